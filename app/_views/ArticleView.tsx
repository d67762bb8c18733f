import type { Metadata } from 'next';
import { ArticleView } from '@/components/article/ArticleView';
import { JsonLd } from '@/components/seo/JsonLd';
import { getArticleBody, getOnwardTiers, getTranslations } from '@/lib/content/store';
import type { Article, ArticleSummary } from '@/lib/content/types';
import { articleJsonLd, serializeJsonLd } from '@/lib/seo/json-ld';
import { articleMetadata } from '@/lib/seo/metadata';
import type { Section, SiteConfig } from '@/lib/site-config';
import { paths } from '@/lib/urls';

/** Head tags of an article page in its edition, with hreflang alternates to its linked versions. */
export function editionArticleMetadata(article: ArticleSummary, section: Section, site: SiteConfig): Metadata {
  return articleMetadata(article, section, site, getTranslations(article));
}

interface EditionArticleProps {
  readonly article: ArticleSummary;
  readonly section: Section;
  readonly site: SiteConfig;
  /** An editor's draft shown in Draft Mode: its own body, never the stored one */
  readonly draft?: Article;
}

/** The article, its JSON-LD and its onward links, all from its own edition. */
export async function EditionArticle({ article, section, site, draft }: EditionArticleProps) {
  const translations = getTranslations(article);
  return (
    <>
      <JsonLd json={serializeJsonLd(articleJsonLd(article, section, site, translations))} />
      <ArticleView
        article={article}
        body={draft ? draft.body : await getArticleBody(article.slug)}
        sectionName={section.name}
        sectionHref={paths.section(section.slug, site.prefix)}
        onward={getOnwardTiers(article, section.name, site.edition.strings)}
        site={site}
        translations={translations}
        {...(article.lang !== site.language ? { lang: article.lang } : {})}
      />
    </>
  );
}
