import Link from 'next/link';
import type { SiteConfig } from '@/lib/site-config';
import { Dateline } from './Dateline';
import styles from './ArticleHeader.module.css';

interface ArticleHeaderProps {
  readonly title: string;
  readonly teaser: string;
  readonly sectionName: string;
  readonly sectionHref: string;
  readonly published: string;
  readonly updated?: string;
  readonly site?: SiteConfig;
}

/** Kicker, the page's only h1, the standfirst and the dateline. */
export function ArticleHeader({ title, teaser, sectionName, sectionHref, published, updated, site }: ArticleHeaderProps) {
  return (
    <header className={styles.header}>
      <p className={styles.kicker}>
        <Link href={sectionHref}>{sectionName}</Link>
      </p>
      <h1 className={styles.headline}>{title}</h1>
      <Dateline published={published} {...(updated ? { updated } : {})} {...(site ? { site } : {})} />
      <p className={styles.teaser}>{teaser}</p>
    </header>
  );
}
