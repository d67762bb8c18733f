import styles from './PreviewBanner.module.css';

interface PreviewBannerProps {
  /** True when the page shows a draft or pending edit; false when Draft Mode is on but there is nothing unpublished here */
  readonly unpublished: boolean;
  /** Leaves Draft Mode and comes back to this page (lib/publishing/preview.ts previewExitPath) */
  readonly exitHref: string;
}

/**
 * Tells an editor in Draft Mode what they are looking at, and how to stop.
 * A region named by its own text, not a heading: it sits above the story's
 * h1 and must not change the page's outline. The exit link is a plain <a>,
 * never next/link, which could prefetch it and so end the preview unasked.
 */
export function PreviewBanner({ unpublished, exitHref }: PreviewBannerProps) {
  return (
    <section className={styles.frame} aria-labelledby="preview-banner-text">
      <div className={styles.banner}>
        <p id="preview-banner-text" className={styles.text}>
          {unpublished ? 'Preview — not published' : 'Preview — no unpublished changes: this is the published story'}
        </p>
        <a className={styles.exit} href={exitHref}>
          Exit preview
        </a>
      </div>
    </section>
  );
}
