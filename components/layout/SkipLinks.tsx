import styles from './SkipLinks.module.css';

export const skipTargets = {
  content: 'content',
  mainMenu: 'main-menu',
  moreSites: 'more-sites',
} as const;

/** The first three Tab stops on every page, as on the seed site. */
export function SkipLinks({ moreSitesLabel }: { readonly moreSitesLabel: string }) {
  return (
    <ul className={styles.list}>
      <li>
        <a className={styles.link} href={`#${skipTargets.content}`}>Skip to content</a>
      </li>
      <li>
        <a className={styles.link} href={`#${skipTargets.mainMenu}`}>Skip to main menu</a>
      </li>
      <li>
        <a className={styles.link} href={`#${skipTargets.moreSites}`}>Skip to {moreSitesLabel}</a>
      </li>
    </ul>
  );
}
