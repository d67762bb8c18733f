import type { GoneStory } from '../content/live/snapshot';

/**
 * The address of a story taken down, or one of its share cards, names that
 * story: readers get a 410 page, link-preview bots a 410 for the card, and
 * nothing of it is served from a cache.
 */
export function goneStoryAt(pathname: string, gone: ReadonlyMap<string, GoneStory>): GoneStory | undefined {
  if (gone.size === 0) return undefined;
  const [section, slug, rest, ...more] = pathname.split('/').filter((segment) => segment !== '');
  if (!section || !slug || more.length > 0) return undefined;
  if (rest !== undefined && rest !== 'opengraph-image' && rest !== 'twitter-image') return undefined;
  const story = gone.get(slug);
  return story?.section === section ? story : undefined;
}

/** The page that says a story was taken down (app/gone/[slug]/page.tsx); proxy.ts rewrites to it with status 410. */
export function goneRewritePath(story: GoneStory): string {
  return `/gone/${story.slug}`;
}
