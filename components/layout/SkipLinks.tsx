import type { EditionStrings } from '@/lib/editions';
import styles from './SkipLinks.module.css';

export const skipTargets = {
  content: 'content',
  mainMenu: 'main-menu',
  moreSites: 'more-sites',
} as const;

type SkipWords = Pick<EditionStrings, 'skipToContent' | 'skipToMainMenu' | 'skipToMoreSites'>;

/** The first three Tab stops on every page, as on the seed site, in the edition's language. */
export function SkipLinks({ strings }: { readonly strings: SkipWords }) {
  return (
    <ul className={styles.list}>
      <li>
        <a className={styles.link} href={`#${skipTargets.content}`}>{strings.skipToContent}</a>
      </li>
      <li>
        <a className={styles.link} href={`#${skipTargets.mainMenu}`}>{strings.skipToMainMenu}</a>
      </li>
      <li>
        <a className={styles.link} href={`#${skipTargets.moreSites}`}>{strings.skipToMoreSites}</a>
      </li>
    </ul>
  );
}
