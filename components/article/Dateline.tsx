import { formatDateTime } from '@/lib/format/date';
import styles from './Dateline.module.css';

export function Dateline({ published, updated }: { readonly published: string; readonly updated?: string }) {
  return (
    <div className={styles.dateline}>
      <p className={styles.line}>
        <span className={styles.label}>Published </span>
        <time dateTime={published}>{formatDateTime(published)}</time>
      </p>
      {updated ? (
        <p className={styles.line}>
          <span className={styles.label}>Updated </span>
          <time dateTime={updated}>{formatDateTime(updated)}</time>
        </p>
      ) : null}
    </div>
  );
}
