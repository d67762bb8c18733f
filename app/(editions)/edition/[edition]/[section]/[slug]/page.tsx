import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getArticleInSection, getArticles } from '@/lib/content/store';
import { findSection } from '@/lib/site-config';
import { EditionArticle, editionArticleMetadata } from '@/app/_views/ArticleView';
import { editionParams, editionSiteOrNotFound } from '@/app/_views/edition-params';

interface EditionArticleRouteProps {
  readonly params: Promise<{ edition: string; section: string; slug: string }>;
}

/** Every edition's articles are prerendered (editions are small next to the default edition's archive); new ones render on demand. */
export const dynamicParams = true;

export function generateStaticParams() {
  return editionParams().flatMap(({ edition }) => getArticles(edition).map((article) => ({ edition, section: article.section, slug: article.slug })));
}

async function articleOf(params: EditionArticleRouteProps['params']) {
  const { edition, section: sectionSlug, slug } = await params;
  const site = editionSiteOrNotFound(edition);
  const article = getArticleInSection(sectionSlug, slug, site.prefix);
  const section = findSection(sectionSlug, site);
  return { site, article, section };
}

export async function generateMetadata({ params }: EditionArticleRouteProps): Promise<Metadata> {
  const { site, article, section } = await articleOf(params);
  return article && section ? editionArticleMetadata(article, section, site) : {};
}

export default async function EditionArticleRoute({ params }: EditionArticleRouteProps) {
  const { site, article, section } = await articleOf(params);
  if (!article || !section) notFound();
  return <EditionArticle article={article} section={section} site={site} />;
}
