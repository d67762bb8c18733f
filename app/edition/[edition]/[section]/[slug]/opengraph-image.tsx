import { renderCard } from '@/components/og/render-card';
import { getArticleInSection } from '@/lib/content/store';
import { ogImageContentType, ogImageSize } from '@/lib/og';
import { articleCardData } from '@/lib/seo/cards';
import { findSection } from '@/lib/site-config';
import { editionSiteOrNotFound } from '@/app/_views/edition-params';

/**
 * An edition's article card: the edition's section name and the story's own
 * words, in the edition's language and direction, its wordmark, and the date
 * as the article page writes it (calendar, digits, order: articleCardData).
 * Drawn on first request, then cached.
 */
interface CardProps {
  readonly params: Promise<{ edition: string; section: string; slug: string }>;
}

export const size = ogImageSize;
export const contentType = ogImageContentType;
export const dynamicParams = true;

export function generateStaticParams(): { edition: string; section: string; slug: string }[] {
  return [];
}

export default async function EditionArticleCardImage({ params }: CardProps): Promise<Response> {
  const { edition, section: sectionSlug, slug } = await params;
  const site = editionSiteOrNotFound(edition);
  const article = getArticleInSection(sectionSlug, slug, site.prefix);
  const section = findSection(sectionSlug, site);
  if (!article || !section) return new Response('Not found', { status: 404 });
  return renderCard(articleCardData(article, section, site));
}
