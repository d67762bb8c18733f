import { renderCard } from '@/components/og/render-card';
import { cardPrerenderCount, newestToPrerender } from '@/lib/content/prerender';
import { getArticleInSection, getArticles } from '@/lib/content/store';
import { ogImageContentType, ogImageSize } from '@/lib/og';
import { articleCardData } from '@/lib/seo/cards';
import { findSection } from '@/lib/site-config';

/**
 * The article's share card. The head tags that point here are built in
 * lib/seo/metadata.ts (with the article's own alt text), so this route only
 * draws.
 */
interface CardProps {
  readonly params: Promise<{ section: string; slug: string }>;
}

export const size = ogImageSize;
export const contentType = ogImageContentType;
/**
 * Cards of the newest LEDE_PRERENDER_CARDS articles (default 50) are drawn at
 * build time, older ones on their first request (then cached): a card costs
 * far more CPU than a page, and drawing two per prerendered article took most
 * of a 1,000-article build (issue #6, docs/performance.md). A slug that is not
 * a published article in that section is a 404.
 */
export const dynamicParams = true;

export function generateStaticParams() {
  return newestToPrerender(getArticles(), cardPrerenderCount()).map((article) => ({ section: article.section, slug: article.slug }));
}

export default async function ArticleCardImage({ params }: CardProps): Promise<Response> {
  const { section: sectionSlug, slug } = await params;
  const article = getArticleInSection(sectionSlug, slug);
  const section = findSection(sectionSlug);
  if (!article || !section) return new Response('Not found', { status: 404 });
  return renderCard(articleCardData(article, section));
}
