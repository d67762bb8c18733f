import { randomBytes } from 'node:crypto';

/**
 * MDX files for the publishing specs: valid by default, each with a slug no
 * other run uses, so specs can run in parallel against one server.
 */
export interface StoryOptions {
  readonly slug?: string;
  readonly title?: string;
  readonly section?: string;
  readonly topics?: readonly string[];
  readonly published?: Date;
  readonly updated?: Date;
  readonly correction?: string;
  readonly draft?: boolean;
  /** Extra body text */
  readonly body?: string;
}

export function uniqueSlug(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}

export function storyMdx(options: StoryOptions = {}): { slug: string; mdx: string; title: string; section: string } {
  const slug = options.slug ?? uniqueSlug('live-story');
  const title = options.title ?? `Glacier lakes in the Alps grow faster than expected ${slug.slice(-8)}`;
  const section = options.section ?? 'climate';
  const topics = options.topics ?? ['Glaciers', 'Alps', 'Climate change'];
  const lines = [
    '---',
    `title: ${JSON.stringify(title)}`,
    'teaser: Researchers counted hundreds of new meltwater lakes and warned that some could flood valleys below.',
    `published: ${(options.published ?? new Date(Date.now() - 60_000)).toISOString()}`,
    ...(options.updated ? [`updated: ${options.updated.toISOString()}`] : []),
    ...(options.correction ? [`correction: ${JSON.stringify(options.correction)}`] : []),
    `section: ${section}`,
    `topics: [${topics.map((t) => JSON.stringify(t)).join(', ')}]`,
    'authors: [Lede staff]',
    'sources: [Reuters]',
    'image:',
    '  src: /images/articles/cop26-glasgow-climate-pact.jpg',
    '  alt: Lede illustration of a mountain glacier above a turquoise lake.',
    '  credit: Lede graphics',
    ...(options.draft ? ['draft: true'] : []),
    '---',
    '',
    'Meltwater lakes are forming at the foot of retreating Alpine glaciers faster than models predicted, a survey of satellite images found.',
    '',
    'The researchers said several of the lakes sit behind unstable moraine and could empty suddenly into the valleys below, where villages and roads lie.',
    '',
    options.body ?? '',
    '',
  ];
  return { slug, mdx: lines.join('\n'), title, section };
}
