import Link from 'next/link';
import type { EditionStrings } from '@/lib/editions';
import type { Section } from '@/lib/site-config';
import { paths } from '@/lib/urls';
import { skipTargets } from './SkipLinks';
import styles from './SiteHeader.module.css';

interface SiteHeaderProps {
  readonly siteName: string;
  readonly tagline: string;
  readonly sections: readonly Section[];
  readonly strings: Pick<EditionStrings, 'mainMenu' | 'sectionsToggle' | 'home'>;
  /** The edition's path prefix ('' at `/`) */
  readonly prefix: string;
}

/**
 * Brand and main menu. The menu is a native disclosure (`details`), so it
 * opens and closes with Enter or Space and needs no JavaScript; on wide
 * screens it is always open and the toggle is hidden.
 */
export function SiteHeader({ siteName, tagline, sections, strings, prefix }: SiteHeaderProps) {
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <Link href={paths.home(prefix)} className={styles.brand}>
          <span className={styles.name}>{siteName}</span>
          <span className={styles.tagline}>{tagline}</span>
        </Link>
        <nav id={skipTargets.mainMenu} aria-label={strings.mainMenu} tabIndex={-1} className={styles.nav}>
          <details className={styles.menu}>
            <summary className={styles.toggle}>{strings.sectionsToggle}</summary>
            <ul className={styles.list}>
              <li>
                <Link href={paths.home(prefix)} className={styles.item}>{strings.home}</Link>
              </li>
              {sections.map((section) => (
                <li key={section.slug}>
                  <Link href={paths.section(section.slug, prefix)} className={styles.item}>
                    {section.name}
                  </Link>
                </li>
              ))}
            </ul>
          </details>
        </nav>
      </div>
    </header>
  );
}
