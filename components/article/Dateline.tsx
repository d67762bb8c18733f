import { formatDateTime } from '@/lib/format/date';
import { siteConfig, type SiteConfig } from '@/lib/site-config';
import styles from './Dateline.module.css';

interface DatelineProps {
  readonly published: string;
  readonly updated?: string;
  /** The edition whose words, calendar and digits the dates are written in */
  readonly site?: SiteConfig;
}

export function Dateline({ published, updated, site = siteConfig }: DatelineProps) {
  const { strings } = site.edition;
  return (
    <div className={styles.dateline}>
      <p className={styles.line}>
        <span className={styles.label}>{strings.published} </span>
        <time dateTime={published}>{formatDateTime(published, site)}</time>
      </p>
      {updated ? (
        <p className={styles.line}>
          <span className={styles.label}>{strings.updated} </span>
          <time dateTime={updated}>{formatDateTime(updated, site)}</time>
        </p>
      ) : null}
    </div>
  );
}
