/**
 * The stories the publish step sends to the publishing API: valid MDX files
 * made on the spot, so the bench needs no fixture on disk and every publish
 * is a new story with its own slug. Pure, so the tests can run a generated
 * file through the same validation the API runs.
 */
import { seededRandom } from '../../fixtures/random';

export interface LiveStory {
  readonly slug: string;
  readonly title: string;
  readonly teaser: string;
  readonly section: string;
  /** Must not be after the server's clock, or the story is scheduled rather than live */
  readonly published: Date;
  /** A correction: the time it was made, with `correction` saying what changed */
  readonly updated?: Date;
  readonly correction?: string;
  readonly topics: readonly string[];
  readonly image: { readonly src: string; readonly alt: string; readonly credit: string };
  /** Makes the body's words differ from story to story, as real stories' do, for the related-story ranking */
  readonly seed: number;
}

/**
 * Zero-padded so no slug is the start of another (`…-0001` never matches
 * inside `…-0010`), and a run tag so a copy kept from an earlier run cannot
 * hold a story of the same name.
 */
export function liveSlug(runTag: string, index: number): string {
  return `live-bench-${runTag}-${String(index).padStart(4, '0')}`;
}

/** Whole seconds with `Z`: the frontmatter's ISO 8601 form, and what a newsroom's CMS stamps. */
export function isoSeconds(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/** YAML double-quoted scalars are JSON strings, so JSON.stringify is a safe quoting. */
const yaml = (value: string) => JSON.stringify(value);

const WORDS = [
  'council', 'minister', 'agreement', 'talks', 'report', 'figures', 'budget', 'vote', 'border', 'market',
  'energy', 'prices', 'court', 'ruling', 'workers', 'strike', 'harvest', 'storm', 'study', 'researchers',
  'league', 'season', 'festival', 'museum', 'election', 'coalition', 'treaty', 'summit', 'exports', 'rates',
] as const;

function paragraph(random: () => number, sentences: number): string {
  const out: string[] = [];
  for (let s = 0; s < sentences; s++) {
    const length = 9 + Math.floor(random() * 8);
    const words = Array.from({ length }, () => WORDS[Math.floor(random() * WORDS.length)] ?? 'news');
    const text = words.join(' ');
    out.push(`${text.charAt(0).toUpperCase()}${text.slice(1)}.`);
  }
  return out.join(' ');
}

/**
 * The MDX file: frontmatter the schema accepts and a body of about 300
 * words with a subhead and a quote, so the server validates and compiles
 * about what a newsroom's short story costs.
 */
export function liveStoryMdx(story: LiveStory): string {
  const random = seededRandom(story.seed);
  const lines = [
    '---',
    `title: ${yaml(story.title)}`,
    `teaser: ${yaml(story.teaser)}`,
    `published: ${isoSeconds(story.published)}`,
    ...(story.updated ? [`updated: ${isoSeconds(story.updated)}`] : []),
    ...(story.correction !== undefined ? [`correction: ${yaml(story.correction)}`] : []),
    `section: ${story.section}`,
    `topics: [${story.topics.map(yaml).join(', ')}]`,
    'authors: [bench]',
    'sources: [Lede]',
    'image:',
    `  src: ${story.image.src}`,
    `  alt: ${yaml(story.image.alt)}`,
    `  credit: ${yaml(story.image.credit)}`,
    '---',
    '',
    paragraph(random, 4),
    '',
    paragraph(random, 4),
    '',
    '## What happens next',
    '',
    paragraph(random, 4),
    '',
    '<Quote by="A Spokesperson" role="Press office">',
    paragraph(random, 1),
    '</Quote>',
    '',
    paragraph(random, 4),
    '',
  ];
  return lines.join('\n');
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * True when `text` (a page, feed or sitemap) links to `path`, e.g.
 * `/world/some-story`: as an href, or inside an absolute URL. The next
 * character must not continue the slug, so `/world/a-story` is not found in
 * `/world/a-story-2`; a share-card address (`…/opengraph-image`) counts,
 * since it names the story too.
 */
export function mentions(text: string, path: string): boolean {
  return new RegExp(`${escapeRegExp(path)}(?![a-z0-9-])`).test(text);
}

/**
 * True when the sitemap lists `path` with `lastModified` (an ISO string) as
 * its `<lastmod>`: within that URL's `<url>` element, after its image entries.
 */
export function sitemapLastModified(text: string, path: string, lastModified: string): boolean {
  return new RegExp(`${escapeRegExp(path)}</loc>(?:(?!</url>)[\\s\\S])*<lastmod>${escapeRegExp(lastModified)}</lastmod>`).test(text);
}

/**
 * The Unix second to sign a request at. The server takes each signature
 * once, and a signature covers only `<timestamp>.<body>`: two takedowns
 * (empty bodies) signed in the same second would be one signature, and the
 * second would be refused as a replay. So a body signed before gets a later
 * second than last time; the server allows 300 s of skew either way.
 */
export class SigningClock {
  private readonly last = new Map<string, number>();

  secondsFor(body: string, nowSeconds: number): number {
    const previous = this.last.get(body);
    const at = previous !== undefined && previous >= nowSeconds ? previous + 1 : nowSeconds;
    this.last.set(body, at);
    return at;
  }
}
