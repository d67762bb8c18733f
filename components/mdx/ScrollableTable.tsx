import type { ComponentProps } from 'react';
import styles from './ScrollableTable.module.css';

/**
 * Wide tables scroll inside their own focusable region instead of making the
 * page scroll sideways at 320 px (WCAG 1.4.10).
 */
export function ScrollableTable(props: ComponentProps<'table'>) {
  return (
    <div className={styles.region} role="region" aria-label="Table" tabIndex={0}>
      <table {...props} className={styles.table} />
    </div>
  );
}
