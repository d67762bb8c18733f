import Link from 'next/link';
import type { ArticleSummary } from '@/lib/content/types';
import { StoryGrid } from '@/components/teaser/StoryGrid';
import styles from './FrontPage.module.css';

interface SectionBlockProps {
  readonly id: string;
  readonly title: string;
  readonly href?: string;
  readonly articles: readonly ArticleSummary[];
  readonly showSection?: boolean;
}

/** A headed block of story cards on a front. */
export function SectionBlock({ id, title, href, articles, showSection = false }: SectionBlockProps) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby={id} className={styles.block}>
      <h2 id={id} className={styles.blockHeading}>
        {href ? <Link href={href}>{title}</Link> : title}
      </h2>
      <StoryGrid articles={articles} headingLevel={3} showSection={showSection} />
    </section>
  );
}
