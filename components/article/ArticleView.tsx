import type { Root } from 'hast';
import type { OnwardTier } from '@/lib/content/onward';
import type { ArticleSummary } from '@/lib/content/types';
import { siteConfig, type SiteConfig } from '@/lib/site-config';
import { ArticleBody } from './ArticleBody';
import { ArticleHeader } from './ArticleHeader';
import { CorrectionNotice } from './CorrectionNotice';
import { HeroFigure } from './HeroFigure';
import { OnwardLinks } from './OnwardLinks';
import { SignOff } from './SignOff';
import { TopicLinks } from './TopicLinks';
import { TranslationLinks } from './TranslationLinks';
import styles from './ArticlePage.module.css';

interface ArticleViewProps {
  readonly article: ArticleSummary;
  readonly body: Root;
  readonly sectionName: string;
  readonly sectionHref: string;
  /** Onward links in labelled tiers: related, same topic, same section */
  readonly onward: readonly OnwardTier[];
  /** Set when the article's language differs from the page's */
  readonly lang?: string;
  /** The edition the page belongs to: its words, dates and paths */
  readonly site?: SiteConfig;
  /** The same story in other editions */
  readonly translations?: readonly ArticleSummary[];
}

/** The article anatomy, top to bottom, as the design guide lists it. */
export function ArticleView({ article, body, sectionName, sectionHref, onward, lang, site = siteConfig, translations = [] }: ArticleViewProps) {
  const { strings } = site.edition;
  return (
    <div className={styles.page}>
      <article className={styles.article} {...(lang ? { lang } : {})}>
        <ArticleHeader
          title={article.title}
          teaser={article.teaser}
          sectionName={sectionName}
          sectionHref={sectionHref}
          published={article.published}
          {...(article.updated ? { updated: article.updated } : {})}
          site={site}
        />
        <TranslationLinks versions={translations} label={strings.readIn} />
        <HeroFigure image={article.image} creditLabel={strings.imageCredit} />
        <ArticleBody body={body} />
        <SignOff authors={article.authors} sources={article.sources} />
        {article.correction && article.updated ? <CorrectionNotice text={article.correction} corrected={article.updated} site={site} /> : null}
        <TopicLinks topics={article.topics} heading={strings.topicsHeading} prefix={site.prefix} />
      </article>
      <OnwardLinks tiers={onward} />
    </div>
  );
}
