import type { ReactNode } from 'react';
import styles from './FrontPage.module.css';

export function FrontLayout({ children }: { readonly children: ReactNode }) {
  return <div className={styles.page}>{children}</div>;
}
