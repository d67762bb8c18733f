import type { ArticleSummary } from './content/types';
import type { Section } from './site-config';

export interface HomeFront {
  readonly lead?: ArticleSummary;
  readonly latest: readonly ArticleSummary[];
  readonly sections: readonly { readonly section: Section; readonly articles: readonly ArticleSummary[] }[];
}

/**
 * Arranges the home page from the newest-first archive: the lead story, the
 * latest few after it, then a block per section of stories not already shown.
 */
export function arrangeHome(
  articles: readonly ArticleSummary[],
  sections: readonly Section[],
  sizes: { readonly latest: number; readonly perSection: number } = { latest: 6, perSection: 3 },
): HomeFront {
  const [lead, ...rest] = articles;
  const latest = rest.slice(0, sizes.latest);
  const shown = new Set([lead, ...latest].filter(Boolean).map((article) => article?.slug));
  return {
    ...(lead ? { lead } : {}),
    latest,
    sections: sections.map((section) => ({
      section,
      articles: articles.filter((a) => a.section === section.slug && !shown.has(a.slug)).slice(0, sizes.perSection),
    })),
  };
}
