import Link from 'next/link';
import type { EditionStrings } from '@/lib/editions';
import type { ExternalLink, Section } from '@/lib/site-config';
import { paths } from '@/lib/urls';
import { skipTargets } from './SkipLinks';
import styles from './SiteFooter.module.css';

interface SiteFooterProps {
  readonly siteName: string;
  readonly sections: readonly Section[];
  readonly moreSites: readonly ExternalLink[];
  readonly strings: Pick<EditionStrings, 'moreSites' | 'sectionsHeading' | 'footerLegal'>;
  /** The edition's path prefix ('' at `/`) */
  readonly prefix: string;
}

/** The other editions (each named in its own language and marked so), the sections, the legal line. */
export function SiteFooter({ siteName, sections, moreSites, strings, prefix }: SiteFooterProps) {
  return (
    <footer className={styles.footer}>
      <div className={styles.inner}>
        <section id={skipTargets.moreSites} tabIndex={-1} aria-labelledby="more-sites-heading" className={styles.block}>
          <h2 id="more-sites-heading" className={styles.heading}>{strings.moreSites}</h2>
          <ul className={styles.list}>
            {moreSites.map((site) => (
              <li key={site.href}>
                <a href={site.href} className={styles.link} {...(site.lang ? { lang: site.lang, hrefLang: site.lang } : {})}>
                  {site.name}
                </a>
              </li>
            ))}
          </ul>
        </section>
        <nav aria-label={strings.sectionsHeading} className={styles.block}>
          <h2 className={styles.heading}>{strings.sectionsHeading}</h2>
          <ul className={styles.list}>
            {sections.map((section) => (
              <li key={section.slug}>
                <Link href={paths.section(section.slug, prefix)} className={styles.link}>{section.name}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <p className={styles.legal}>
          {strings.footerLegal(siteName)}
        </p>
      </div>
    </footer>
  );
}
