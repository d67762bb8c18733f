import { formatDateTime } from '@/lib/format/date';
import styles from './CorrectionNotice.module.css';

interface CorrectionNoticeProps {
  /** The correction as the editor wrote it, plain text */
  readonly text: string;
  /** When the story was corrected: the article's `updated` time */
  readonly corrected: string;
}

/**
 * The newsroom's correction, boxed and labelled at the end of the story as the
 * Guardian and the BBC print theirs: a reader who reaches the end sees what
 * changed and when. A region, not an aside: the correction is part of the story.
 */
export function CorrectionNotice({ text, corrected }: CorrectionNoticeProps) {
  return (
    <section className={styles.correction} aria-labelledby="correction-heading">
      <h2 id="correction-heading" className={styles.heading}>Correction</h2>
      <p className={styles.text}>{text}</p>
      <p className={styles.date}>
        Corrected <time dateTime={corrected}>{formatDateTime(corrected)}</time>
      </p>
    </section>
  );
}
