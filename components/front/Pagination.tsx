import type { EditionStrings } from '@/lib/editions';
import { formatNumber } from '@/lib/format/locale';
import styles from './Pagination.module.css';

interface PaginationProps {
  readonly page: number;
  readonly pageCount: number;
  /** URL of page n of this front (page 1 is the front itself) */
  readonly hrefFor: (page: number) => string;
  /** What is being paged, for the landmark's name, e.g. "World" */
  readonly label: string;
  readonly strings: Pick<EditionStrings, 'newerStories' | 'olderStories' | 'pageOf' | 'pagesLabel'>;
  /** Locale (with its digits) the page numbers are written in */
  readonly locale: string;
}

/**
 * Older and newer pages of a front. Plain links (no client JavaScript):
 * `rel="prev"`/`rel="next"` tell crawlers and assistive tech the sequence,
 * and the current position is spoken as "Page 2 of 40". Renders nothing on
 * a front that fits on one page. "Newer" comes first in the source, so it
 * sits at the start of the line: the left in English, the right in Dari.
 */
export function Pagination({ page, pageCount, hrefFor, label, strings, locale }: PaginationProps) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={strings.pagesLabel(label)} className={styles.pagination}>
      {page > 1 ? (
        <a href={hrefFor(page - 1)} rel="prev" className={styles.link}>
          {strings.newerStories}
        </a>
      ) : null}
      <p className={styles.position}>{strings.pageOf(formatNumber(page, locale), formatNumber(pageCount, locale))}</p>
      {page < pageCount ? (
        <a href={hrefFor(page + 1)} rel="next" className={styles.link}>
          {strings.olderStories}
        </a>
      ) : null}
    </nav>
  );
}
