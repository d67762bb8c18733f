import type { ContentErrorInit } from '@/lib/content/errors';
import styles from './ContentErrors.module.css';

interface ContentErrorsProps {
  /** From contentErrorsInDev (lib/content/live/dev-errors.ts): always empty outside `next dev` */
  readonly errors: readonly ContentErrorInit[];
}

/**
 * `npm run dev` only: what is wrong with the file an editor just saved, in
 * the words `npm run content:check` uses, at the top of the page they are
 * looking at. The page below still shows the last version without errors.
 * Renders nothing when there are no errors, which is always the case in
 * production. An alert, so a screen reader announces it when the page loads.
 */
export function ContentErrors({ errors }: ContentErrorsProps) {
  if (errors.length === 0) return null;
  const files = new Set(errors.map((error) => error.file)).size;
  return (
    <section className={styles.panel} role="alert" aria-labelledby="content-errors-heading">
      <h2 id="content-errors-heading" className={styles.heading}>
        {`${errors.length} content error${errors.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`}
      </h2>
      <p className={styles.note}>Fix and save: the site keeps showing the last version without errors until then.</p>
      <ul className={styles.list}>
        {errors.map((error, index) => (
          <li key={`${error.file}:${error.line}:${error.field}:${index}`}>
            <code className={styles.where}>{`${error.file}:${error.line}`}</code> {`${error.field}: expected ${error.expected}, found ${error.found}`}
          </li>
        ))}
      </ul>
    </section>
  );
}
