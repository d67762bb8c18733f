import { ResponsiveImage } from '@/components/media/ResponsiveImage';
import styles from './Figure.module.css';

/** Props arrive as strings from MDX; width and height were added from the file at build time. */
interface FigureProps {
  readonly src: string;
  readonly alt: string;
  readonly caption?: string;
  readonly credit: string;
  readonly width: string;
  readonly height: string;
}

export function Figure({ src, alt, caption, credit, width, height }: FigureProps) {
  return (
    <figure className={styles.figure}>
      <ResponsiveImage src={src} alt={alt} width={Number(width)} height={Number(height)} sizes="(min-width: 48rem) 640px, 100vw" className={styles.image} />
      <figcaption className={styles.caption}>
        {caption ? <span>{caption} </span> : null}
        <span className={styles.credit}>Image: {credit}</span>
      </figcaption>
    </figure>
  );
}
