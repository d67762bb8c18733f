import styles from './FrontPage.module.css';

interface FrontHeaderProps {
  readonly title: string;
  /** Small label above the title, e.g. "Topic" */
  readonly label?: string;
  readonly description?: string;
  /** Home's h1 names the page for screen readers without repeating the brand on screen */
  readonly hidden?: boolean;
}

export function FrontHeader({ title, label, description, hidden = false }: FrontHeaderProps) {
  return (
    <>
      <h1 className={hidden ? 'visually-hidden' : styles.title}>
        {label ? <span className={styles.label}>{label}</span> : null}
        {title}
      </h1>
      {description ? <p className={styles.description}>{description}</p> : null}
    </>
  );
}
