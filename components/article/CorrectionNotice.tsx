import { formatDateTime } from '@/lib/format/date';
import { siteConfig, type SiteConfig } from '@/lib/site-config';
import styles from './CorrectionNotice.module.css';

interface CorrectionNoticeProps {
  /** The correction as the editor wrote it, plain text */
  readonly text: string;
  /** When the story was corrected: the article's `updated` time */
  readonly corrected: string;
  readonly site?: SiteConfig;
}

/**
 * The newsroom's correction, boxed and labelled at the end of the story as the
 * Guardian and the BBC print theirs: a reader who reaches the end sees what
 * changed and when. A region, not an aside: the correction is part of the story.
 */
export function CorrectionNotice({ text, corrected, site = siteConfig }: CorrectionNoticeProps) {
  const { strings } = site.edition;
  return (
    <section className={styles.correction} aria-labelledby="correction-heading">
      <h2 id="correction-heading" className={styles.heading}>{strings.correction}</h2>
      <p className={styles.text}>{text}</p>
      <p className={styles.date}>
        {strings.corrected} <time dateTime={corrected}>{formatDateTime(corrected, site)}</time>
      </p>
    </section>
  );
}
