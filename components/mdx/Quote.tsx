import type { ReactNode } from 'react';
import styles from './Quote.module.css';

export function Quote({ by, role, children }: { readonly by: string; readonly role?: string; readonly children?: ReactNode }) {
  return (
    <figure className={styles.quote}>
      <blockquote className={styles.text}>{children}</blockquote>
      <figcaption className={styles.attribution}>
        <cite className={styles.name}>{by}</cite>
        {role ? <span>, {role}</span> : null}
      </figcaption>
    </figure>
  );
}
