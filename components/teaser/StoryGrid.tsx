import type { ArticleSummary } from '@/lib/content/types';
import { findSection, siteForLang } from '@/lib/site-config';
import { StoryTeaser } from './StoryTeaser';
import styles from './StoryGrid.module.css';

interface StoryGridProps {
  readonly articles: readonly ArticleSummary[];
  readonly headingLevel: 2 | 3;
  /** Show each story's section above its headline (for mixed lists) */
  readonly showSection?: boolean;
  /** Accessible name of the list, e.g. "Related stories" */
  readonly label?: string;
}

/** A responsive list of story cards: one column on phones, up to three on desktop. */
export function StoryGrid({ articles, headingLevel, showSection = false, label }: StoryGridProps) {
  return (
    <ul className={styles.grid} {...(label ? { 'aria-label': label } : {})}>
      {articles.map((article) => (
        <li key={article.slug} className={styles.item}>
          <StoryTeaser
            article={article}
            headingLevel={headingLevel}
            {...(showSection ? { kicker: findSection(article.section, siteForLang(article.lang))?.name ?? article.section } : {})}
          />
        </li>
      ))}
    </ul>
  );
}
