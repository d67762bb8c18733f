import type { Metadata } from 'next';
import { draftMode } from 'next/headers';
import { notFound } from 'next/navigation';
import { ContentErrors } from '@/components/dev/ContentErrors';
import { PreviewBanner } from '@/components/preview/PreviewBanner';
import { contentErrorsInDev } from '@/lib/content/live/dev-errors';
import { getArticleInSection, getArticles, getDraftInSection } from '@/lib/content/store';
import { newestToPrerender, prerenderCount } from '@/lib/content/prerender';
import { previewExitPath } from '@/lib/publishing/preview';
import { findSection, siteConfig } from '@/lib/site-config';
import { paths } from '@/lib/urls';
import { EditionArticle, editionArticleMetadata } from '@/app/_views/ArticleView';

interface ArticleRouteProps {
  readonly params: Promise<{ section: string; slug: string }>;
}

/**
 * The newest LEDE_PRERENDER_COUNT articles (default 1,000) are rendered at
 * build time; older ones render on their first request and are cached from
 * then on (ISR), so a 100,000-article archive builds in minutes.
 *
 * In Draft Mode (an editor's signed preview link, docs/preview.md) Next skips
 * its cache for the request and this shows the draft or pending edit, if
 * there is one, under a preview banner. Reading draftMode() while rendering
 * for the cache is allowed and answers "off", so readers' pages stay static.
 */
export const dynamicParams = true;

export function generateStaticParams() {
  return newestToPrerender(getArticles(), prerenderCount()).map((article) => ({ section: article.section, slug: article.slug }));
}

/** The draft at this address when the request is in Draft Mode; never for readers. */
async function previewDraft(section: string, slug: string) {
  const { isEnabled } = await draftMode();
  return { preview: isEnabled, draft: isEnabled ? getDraftInSection(section, slug) : undefined };
}

export async function generateMetadata({ params }: ArticleRouteProps): Promise<Metadata> {
  const { section, slug } = await params;
  const { preview, draft } = await previewDraft(section, slug);
  const article = draft ?? getArticleInSection(section, slug);
  const found = findSection(section);
  if (!article || !found) return {};
  // A preview is for the newsroom: nothing seen in Draft Mode may be indexed, even if the link leaks.
  const meta = editionArticleMetadata(article, found, siteConfig);
  return preview ? { ...meta, robots: { index: false, follow: false } } : meta;
}

export default async function ArticleRoute({ params }: ArticleRouteProps) {
  const { section: sectionSlug, slug } = await params;
  const { preview, draft } = await previewDraft(sectionSlug, slug);
  const article = draft ?? getArticleInSection(sectionSlug, slug);
  const section = findSection(sectionSlug);
  if (!article || !section) notFound();
  return (
    <>
      {preview ? <PreviewBanner unpublished={draft !== undefined} exitHref={previewExitPath(paths.article(article))} /> : null}
      <ContentErrors errors={contentErrorsInDev(slug)} />
      <EditionArticle article={article} section={section} site={siteConfig} {...(draft ? { draft } : {})} />
    </>
  );
}
