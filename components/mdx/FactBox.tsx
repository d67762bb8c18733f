import type { ReactNode } from 'react';
import styles from './FactBox.module.css';

export function FactBox({ title, children }: { readonly title: string; readonly children?: ReactNode }) {
  return (
    <aside className={styles.box} aria-label={title}>
      <p className={styles.title}>{title}</p>
      <div className={styles.content}>{children}</div>
    </aside>
  );
}
