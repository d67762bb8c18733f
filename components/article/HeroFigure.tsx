import { ResponsiveImage } from '@/components/media/ResponsiveImage';
import type { ArticleImage } from '@/lib/content/types';
import styles from './HeroFigure.module.css';

/**
 * The story's lead picture: usually the page's largest paint, so it is
 * preloaded with high fetch priority; width and height reserve its space.
 */
export function HeroFigure({ image, creditLabel = (credit) => `Image: ${credit}` }: { readonly image: ArticleImage; readonly creditLabel?: (credit: string) => string }) {
  return (
    <figure className={styles.figure}>
      <ResponsiveImage
        src={image.src}
        alt={image.alt}
        width={image.width}
        height={image.height}
        sizes="(min-width: 76rem) 720px, (min-width: 48rem) 66vw, 100vw"
        priority
        className={styles.image}
      />
      <figcaption className={styles.caption}>
        {image.caption ? <span>{image.caption} </span> : null}
        <span className={styles.credit}>{creditLabel(image.credit)}</span>
      </figcaption>
    </figure>
  );
}
