import { generateSyntheticCorpus, seededRandom, type SyntheticDocument } from '../related/synthetic';
import { siteConfig } from '../site-config';

/**
 * Benchmark archives as real MDX files: the related-stories generator's
 * text, topics, running stories, drafts and future-dated stories, written
 * with frontmatter the schema accepts and bodies that use every component
 * an article may (subheads, quotes, fact boxes, media teasers, figures), so
 * the content build does the same work per article it does for the newsroom.
 */
export interface BenchCorpusOptions {
  readonly count: number;
  readonly seed?: number;
  /** Public paths of the pictures articles reference, e.g. `/images/bench/hero-0.jpg` */
  readonly images: readonly string[];
  /** The newest publication date (default 2025-01-01) */
  readonly end?: Date;
}

export interface BenchArticleFile {
  readonly slug: string;
  readonly section: string;
  readonly draft: boolean;
  readonly mdx: string;
}

/** The generator's eight desks folded onto the site's six sections, every section used. */
const SECTION_OF: Readonly<Record<string, string>> = {
  world: 'world',
  politics: 'world',
  germany: 'climate',
  economy: 'economy',
  sport: 'sport',
  culture: 'culture',
  science: 'science',
  opinion: 'climate',
};

const siteSections = new Set(siteConfig.sections.map((section) => section.slug));

export function benchSection(generatorSection: string): string {
  const section = SECTION_OF[generatorSection] ?? 'world';
  if (!siteSections.has(section)) throw new Error(`bench: section ${section} is not configured in lib/site-config.ts`);
  return section;
}

/** YAML double-quoted scalars are JSON strings, so JSON.stringify is a safe quoting. */
const yamlString = (value: string) => JSON.stringify(value);

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Words into sentences of 8–16 words, each capitalised and ended with a full stop. */
function sentences(words: readonly string[], random: () => number): string {
  const out: string[] = [];
  let at = 0;
  while (at < words.length) {
    const length = 8 + Math.floor(random() * 9);
    out.push(`${capitalise(words.slice(at, at + length).join(' '))}.`);
    at += length;
  }
  return out.join(' ');
}

interface BodyContext {
  readonly doc: SyntheticDocument;
  readonly random: () => number;
  readonly image: string;
  /** Another article to point a media teaser at */
  readonly teaserTarget?: { readonly slug: string; readonly section: string; readonly title: string };
}

function body({ doc, random, image, teaserTarget }: BodyContext): string {
  const words = doc.bodyText.split(' ');
  const paragraphs: string[] = [];
  for (let at = 0; at < words.length; at += 55) paragraphs.push(sentences(words.slice(at, at + 55), random));
  const blocks: string[] = [];
  paragraphs.forEach((paragraph, index) => {
    blocks.push(paragraph);
    if (index === 1) blocks.push(`## ${capitalise(words.slice(3, 7).join(' '))}`);
    if (index === 2) blocks.push(`<Quote by="${capitalise(words[10] ?? 'A')} ${capitalise(words[11] ?? 'Speaker')}" role="Spokesperson">\n${sentences(words.slice(20, 32), random)}\n</Quote>`);
    if (index === 3 && teaserTarget) {
      blocks.push(`<MediaTeaser kind="video" title="${capitalise(teaserTarget.title)}" href="/${teaserTarget.section}/${teaserTarget.slug}" duration="02:14" />`);
    }
    if (index === 4) blocks.push(`## ${capitalise(words.slice(40, 43).join(' '))}`);
    if (index === 5 && random() < 0.3) {
      const items = [0, 1, 2].map((i) => `- ${sentences(words.slice(60 + i * 9, 69 + i * 9), random)}`).join('\n');
      blocks.push(`<FactBox title="${capitalise(words.slice(50, 53).join(' '))}">\n${items}\n</FactBox>`);
    }
    if (index === 6 && random() < 0.2) {
      blocks.push(`<Figure src="${image}" alt="${capitalise(words.slice(80, 88).join(' '))}" credit="Lede bench" />`);
    }
  });
  return blocks.join('\n\n');
}

function frontmatter(doc: SyntheticDocument, section: string, image: string): string {
  const lines = [
    '---',
    `title: ${yamlString(capitalise(doc.title))}`,
    `teaser: ${yamlString(`${capitalise(doc.teaser)}.`)}`,
    `published: ${doc.published}`,
    `section: ${section}`,
    `topics: [${doc.topics.map((topic) => yamlString(topic.name)).join(', ')}]`,
    'authors: [bench]',
    'sources: [Lede]',
    'image:',
    `  src: ${image}`,
    `  alt: ${yamlString(capitalise(doc.title))}`,
    '  credit: Lede bench',
    ...(doc.related.length > 0 ? [`related: [${doc.related.join(', ')}]`] : []),
    ...(doc.draft ? ['draft: true'] : []),
    '---',
  ];
  return lines.join('\n');
}

/**
 * Every article of a synthetic archive as an MDX file, in slug order.
 * Deterministic for a seed. A generator, so a 100,000-article archive is
 * written file by file instead of being held as strings all at once.
 */
export function* benchArticles(options: BenchCorpusOptions): Generator<BenchArticleFile> {
  if (options.images.length === 0) throw new Error('bench: at least one image is needed');
  const docs = generateSyntheticCorpus({ count: options.count, seed: options.seed ?? 42, end: options.end ?? new Date('2025-01-01T00:00:00Z') });
  const random = seededRandom((options.seed ?? 42) + 1);
  for (const [i, doc] of docs.entries()) {
    const section = benchSection(doc.section);
    const image = options.images[i % options.images.length] ?? '';
    const target = i > 0 ? docs[i - 1] : undefined;
    const teaserTarget = target ? { slug: target.slug, section: benchSection(target.section), title: target.title } : undefined;
    const mdx = `${frontmatter(doc, section, image)}\n\n${body({ doc, random, image, ...(teaserTarget ? { teaserTarget } : {}) })}\n`;
    yield { slug: doc.slug, section, draft: doc.draft, mdx };
  }
}
