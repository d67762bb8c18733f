import type { OnwardTier } from '@/lib/content/onward';
import { StoryGrid } from '@/components/teaser/StoryGrid';
import styles from './OnwardLinks.module.css';

/**
 * Where to go after the story: each tier its own labelled region with an h2,
 * and its list named after it, so a screen reader's landmark and heading
 * lists say which links are related and which are only the same topic or
 * section.
 */
export function OnwardLinks({ tiers }: { readonly tiers: readonly OnwardTier[] }) {
  if (tiers.length === 0) return null;
  return (
    <div className={styles.onward}>
      {tiers.map((tier) => {
        const id = `onward-${tier.kind}`;
        return (
          <section key={tier.kind} aria-labelledby={id} className={styles.tier} data-tier={tier.kind}>
            <h2 id={id} className={styles.heading}>
              {tier.heading}
            </h2>
            <StoryGrid articles={tier.articles} headingLevel={3} showSection={tier.kind !== 'section'} label={tier.heading} />
          </section>
        );
      })}
    </div>
  );
}
