import Link from 'next/link';
import type { ExternalLink, Section } from '@/lib/site-config';
import { paths } from '@/lib/urls';
import { skipTargets } from './SkipLinks';
import styles from './SiteFooter.module.css';

interface SiteFooterProps {
  readonly siteName: string;
  readonly sections: readonly Section[];
  readonly moreSites: readonly ExternalLink[];
  readonly moreSitesLabel: string;
}

export function SiteFooter({ siteName, sections, moreSites, moreSitesLabel }: SiteFooterProps) {
  return (
    <footer className={styles.footer}>
      <div className={styles.inner}>
        <section id={skipTargets.moreSites} tabIndex={-1} aria-labelledby="more-sites-heading" className={styles.block}>
          <h2 id="more-sites-heading" className={styles.heading}>{moreSitesLabel}</h2>
          <ul className={styles.list}>
            {moreSites.map((site) => (
              <li key={site.href}>
                <a href={site.href} className={styles.link}>{site.name}</a>
              </li>
            ))}
          </ul>
        </section>
        <nav aria-label="Sections" className={styles.block}>
          <h2 className={styles.heading}>Sections</h2>
          <ul className={styles.list}>
            {sections.map((section) => (
              <li key={section.slug}>
                <Link href={paths.section(section.slug)} className={styles.link}>{section.name}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <p className={styles.legal}>
          © {siteName}. Sample journalism written for this open-source project; artwork by {siteName} graphics.
        </p>
      </div>
    </footer>
  );
}
