import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/article/ArticleView';
import { getArticleBody, getArticleInSection, getArticles, getRelatedArticles } from '@/lib/content/store';
import { findSection, siteConfig } from '@/lib/site-config';
import { paths } from '@/lib/urls';

interface ArticleRouteProps {
  readonly params: Promise<{ section: string; slug: string }>;
}

export function generateStaticParams() {
  return getArticles().map((article) => ({ section: article.section, slug: article.slug }));
}

export async function generateMetadata({ params }: ArticleRouteProps): Promise<Metadata> {
  const { section, slug } = await params;
  const article = getArticleInSection(section, slug);
  if (!article) return {};
  return { title: `${article.title} | ${findSection(section)?.name ?? section}`, description: article.teaser };
}

export default async function ArticleRoute({ params }: ArticleRouteProps) {
  const { section: sectionSlug, slug } = await params;
  const article = getArticleInSection(sectionSlug, slug);
  const section = findSection(sectionSlug);
  if (!article || !section) notFound();
  return (
    <ArticleView
      article={article}
      body={await getArticleBody(slug)}
      sectionName={section.name}
      sectionHref={paths.section(section.slug)}
      related={getRelatedArticles(slug)}
      {...(article.lang !== siteConfig.language ? { lang: article.lang } : {})}
    />
  );
}
