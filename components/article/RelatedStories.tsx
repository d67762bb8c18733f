import type { ArticleSummary } from '@/lib/content/types';
import { StoryGrid } from '@/components/teaser/StoryGrid';
import styles from './RelatedStories.module.css';

export function RelatedStories({ articles }: { readonly articles: readonly ArticleSummary[] }) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="related-heading" className={styles.related}>
      <h2 id="related-heading" className={styles.heading}>Related stories</h2>
      <StoryGrid articles={articles} headingLevel={3} showSection label="Related stories" />
    </section>
  );
}
