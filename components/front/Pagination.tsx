import styles from './Pagination.module.css';

interface PaginationProps {
  readonly page: number;
  readonly pageCount: number;
  /** URL of page n of this front (page 1 is the front itself) */
  readonly hrefFor: (page: number) => string;
  /** What is being paged, for the landmark's name, e.g. "World" */
  readonly label: string;
}

/**
 * Older and newer pages of a front. Plain links (no client JavaScript):
 * `rel="prev"`/`rel="next"` tell crawlers and assistive tech the sequence,
 * and the current position is spoken as "Page 2 of 40". Renders nothing on
 * a front that fits on one page.
 */
export function Pagination({ page, pageCount, hrefFor, label }: PaginationProps) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={`${label}: pages`} className={styles.pagination}>
      {page > 1 ? (
        <a href={hrefFor(page - 1)} rel="prev" className={styles.link}>
          Newer stories
        </a>
      ) : null}
      <p className={styles.position}>
        Page {page} of {pageCount}
      </p>
      {page < pageCount ? (
        <a href={hrefFor(page + 1)} rel="next" className={styles.link}>
          Older stories
        </a>
      ) : null}
    </nav>
  );
}
