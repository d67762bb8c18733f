import Link from 'next/link';
import type { ArticleSummary } from '@/lib/content/types';
import { ResponsiveImage } from '@/components/media/ResponsiveImage';
import { formatDate } from '@/lib/format/date';
import { siteForLang } from '@/lib/site-config';
import { paths } from '@/lib/urls';
import styles from './StoryTeaser.module.css';

interface StoryTeaserProps {
  readonly article: ArticleSummary;
  /** Where the card sits in the page outline */
  readonly headingLevel: 2 | 3;
  /** Section shown above the headline (on mixed lists) */
  readonly kicker?: string;
  readonly variant?: 'lead' | 'standard' | 'compact';
  /** The lead story's picture is the front's largest paint */
  readonly priority?: boolean;
}

const imageSizes = {
  lead: '(min-width: 48rem) 60vw, 100vw',
  standard: '(min-width: 64rem) 22rem, (min-width: 40rem) 45vw, 100vw',
  compact: '8rem',
} as const;

/** A story card: headline (the one link), teaser, time and picture. */
export function StoryTeaser({ article, headingLevel, kicker, variant = 'standard', priority = false }: StoryTeaserProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className={`${styles.teaser} ${styles[variant]}`}>
      <div className={styles.text}>
        {kicker ? <p className={styles.kicker}>{kicker}</p> : null}
        <Heading className={styles.headline}>
          <Link href={paths.article(article)} className={styles.link}>{article.title}</Link>
        </Heading>
        {variant === 'compact' ? null : <p className={styles.summary}>{article.teaser}</p>}
        <p className={styles.meta}>
          <time dateTime={article.published}>{formatDate(article.published, siteForLang(article.lang))}</time>
        </p>
      </div>
      <ResponsiveImage
        src={article.image.src}
        alt=""
        width={article.image.width}
        height={article.image.height}
        sizes={imageSizes[variant]}
        className={styles.image}
        priority={priority}
      />
    </article>
  );
}
