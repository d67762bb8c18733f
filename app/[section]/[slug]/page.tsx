import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/article/ArticleView';
import { ContentErrors } from '@/components/dev/ContentErrors';
import { JsonLd } from '@/components/seo/JsonLd';
import { getArticleBody, getArticleInSection, getArticles, getRelatedArticles } from '@/lib/content/store';
import { contentErrorsInDev } from '@/lib/content/live/dev-errors';
import { newestToPrerender, prerenderCount } from '@/lib/content/prerender';
import { articleJsonLd, serializeJsonLd } from '@/lib/seo/json-ld';
import { articleMetadata } from '@/lib/seo/metadata';
import { findSection, siteConfig } from '@/lib/site-config';
import { paths } from '@/lib/urls';

interface ArticleRouteProps {
  readonly params: Promise<{ section: string; slug: string }>;
}

/**
 * The newest LEDE_PRERENDER_COUNT articles (default 1,000) are rendered at
 * build time; older ones render on their first request and are cached from
 * then on (ISR), so a 100,000-article archive builds in minutes.
 */
export const dynamicParams = true;

export function generateStaticParams() {
  return newestToPrerender(getArticles(), prerenderCount()).map((article) => ({ section: article.section, slug: article.slug }));
}

export async function generateMetadata({ params }: ArticleRouteProps): Promise<Metadata> {
  const { section, slug } = await params;
  const article = getArticleInSection(section, slug);
  const found = findSection(section);
  return article && found ? articleMetadata(article, found) : {};
}

export default async function ArticleRoute({ params }: ArticleRouteProps) {
  const { section: sectionSlug, slug } = await params;
  const article = getArticleInSection(sectionSlug, slug);
  const section = findSection(sectionSlug);
  if (!article || !section) notFound();
  return (
    <>
      <JsonLd json={serializeJsonLd(articleJsonLd(article, section))} />
      <ContentErrors errors={contentErrorsInDev(slug)} />
      <ArticleView
        article={article}
        body={await getArticleBody(slug)}
        sectionName={section.name}
        sectionHref={paths.section(section.slug)}
        related={getRelatedArticles(slug)}
        {...(article.lang !== siteConfig.language ? { lang: article.lang } : {})}
      />
    </>
  );
}
