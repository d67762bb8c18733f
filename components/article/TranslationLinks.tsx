import type { ArticleSummary } from '@/lib/content/types';
import { editions } from '@/lib/editions';
import { paths } from '@/lib/urls';
import styles from './TranslationLinks.module.css';

interface TranslationLinksProps {
  /** The story's linked versions in other editions */
  readonly versions: readonly ArticleSummary[];
  /** "Read this story in", in the page's language */
  readonly label: string;
}

/**
 * "Read in …": one link per version, named by its language in that language
 * and marked with `lang` and `hreflang`, so a screen reader switches voice.
 */
export function TranslationLinks({ versions, label }: TranslationLinksProps) {
  if (versions.length === 0) return null;
  return (
    <nav aria-labelledby="translations-heading" className={styles.translations}>
      <h2 id="translations-heading" className={styles.heading}>{label}</h2>
      <ul className={styles.list}>
        {versions.map((version) => {
          const edition = editions.forLang(version.lang);
          return (
            <li key={version.slug}>
              <a href={paths.article(version)} lang={edition.lang} hrefLang={edition.lang} dir={edition.direction} className={styles.link}>
                {edition.name}
                {/* The language alone names a different place in the footer (the edition's home): the headline tells them apart. */}
                <span className="visually-hidden">: {version.title}</span>
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
