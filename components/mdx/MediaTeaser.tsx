import styles from './MediaTeaser.module.css';

const kindLabels = { video: 'Video', audio: 'Audio', gallery: 'Gallery', story: 'Story' } as const;
type MediaKind = keyof typeof kindLabels;

interface MediaTeaserProps {
  readonly title: string;
  readonly kind: MediaKind;
  readonly href: string;
  readonly duration?: string;
}

/** A card for a related video, audio piece or story, set inside the body like the seed's embed. */
export function MediaTeaser({ title, kind, href, duration }: MediaTeaserProps) {
  return (
    <aside className={styles.card} aria-label={kindLabels[kind]}>
      <p className={styles.kind}>
        <span className={styles.icon} aria-hidden="true" data-kind={kind} />
        {kindLabels[kind]}
        {duration ? <span className={styles.duration}> · {duration}</span> : null}
      </p>
      <p className={styles.title}>
        <a href={href} className={styles.link}>{title}</a>
      </p>
    </aside>
  );
}
