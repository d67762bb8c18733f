/**
 * Shows why an article's related stories were picked:
 *   npx tsx scripts/related.ts <slug> [--now=ISO] [--limit=N] [--drafts]
 * Loads the real corpus (LEDE_CONTENT_DIR or ./content), ranks every candidate
 * the index considered for <slug> and prints each part of its score, marking
 * the ones not shown (below the threshold, over the limit, duplicate of X).
 */
import { env } from '../lib/env';
import { loadCorpus } from '../lib/content/load';
import {
  buildRelatedIndex,
  defaultWeights,
  rankRelated,
  runningStory,
  sharedEntities,
  sharedTerms,
  sharedTopics,
  type RankedCandidate,
  type RelatedIndex,
} from '../lib/related';

interface CliOptions {
  readonly slug: string;
  readonly now: Date;
  readonly limit: number;
  readonly includeDrafts: boolean;
}

const USAGE = 'usage: npx tsx scripts/related.ts <slug> [--now=2024-06-01T12:00:00+02:00] [--limit=5] [--drafts]';

function parseArgs(args: readonly string[]): CliOptions {
  let slug: string | undefined;
  let now = new Date();
  let limit = 5;
  let includeDrafts = false;
  for (const arg of args) {
    if (arg.startsWith('--now=')) now = new Date(arg.slice('--now='.length));
    else if (arg.startsWith('--limit=')) limit = Number(arg.slice('--limit='.length));
    else if (arg === '--drafts') includeDrafts = true;
    else if (arg.startsWith('--') || slug !== undefined) throw new Error(`unknown argument ${arg}\n${USAGE}`);
    else slug = arg;
  }
  if (!slug) throw new Error(USAGE);
  if (Number.isNaN(now.getTime())) throw new Error(`--now is not a date\n${USAGE}`);
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`--limit must be a positive whole number\n${USAGE}`);
  return { slug, now, limit, includeDrafts };
}

function status(candidate: RankedCandidate): string {
  switch (candidate.excluded) {
    case undefined:
      return candidate.storyPart ? 'shown, story part' : 'shown';
    case 'duplicate':
      return `duplicate of ${candidate.duplicateOf ?? '?'}`;
    case 'below-threshold':
      return 'below threshold';
    case 'over-limit':
      return 'over limit';
  }
}

/** What links the two stories, in words an editor recognises. */
function why(index: RelatedIndex, slug: string, candidate: string): string {
  const entities = sharedEntities(index, slug, candidate)
    .slice(0, 4)
    .map((e) => `${e.name} (${e.contribution.toFixed(2)})`);
  const topics = sharedTopics(index, slug, candidate).slice(0, 2);
  const words = sharedTerms(index, slug, candidate, 3);
  return [entities.join(', '), [...topics.map((t) => `#${t}`), ...words].join(' ')].filter(Boolean).join(' · ');
}

/** The running story the article belongs to, oldest first, the article marked. */
function storyLines(index: RelatedIndex, slug: string, now: Date): string {
  const d = index.bySlug.get(slug) ?? -1;
  const parts = runningStory(index, d, now.getTime());
  if (parts.length < 2) return 'Running story: none (no other article names enough of the same people, places and organisations within the window).';
  const lines = parts.map((e) => {
    const doc = index.docs[e];
    return `  ${e === d ? '→' : ' '} ${doc?.published.slice(0, 10) ?? ''}  ${doc?.slug ?? ''}`;
  });
  return [`Running story: ${parts.length} parts, oldest first (→ this article); listed newest, then the first, then by score`, ...lines].join('\n');
}

function table(index: RelatedIndex, slug: string, candidates: readonly RankedCandidate[]): string {
  const header = ['#', 'slug', 'manual', 'topic', 'text', 'entity', 'time', 'section', 'total', 'status', 'shared entities (share of entity cosine), topics and words'];
  let rank = 0;
  const rows = candidates.map((c) => [
    c.excluded ? '' : String(++rank),
    c.slug,
    c.parts.manual ? 'yes' : '',
    c.parts.topic.toFixed(3),
    c.parts.text.toFixed(3),
    c.parts.entity.toFixed(3),
    c.parts.time.toFixed(3),
    c.parts.section ? `+${defaultWeights.section}` : '',
    c.parts.total.toFixed(3),
    status(c),
    why(index, slug, c.slug),
  ]);
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((row) => row[i]?.length ?? 0)));
  const numeric = new Set([0, 3, 4, 5, 6, 8]);
  const line = (row: readonly string[]) =>
    row.map((cell, i) => (numeric.has(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const contentDir = env().contentDir;
  const { articles, errors } = await loadCorpus({ contentDir, includeDrafts: options.includeDrafts });
  if (errors.length > 0) {
    console.error(`${errors.length} content error(s); ranking the ${articles.length} valid articles:`);
    for (const error of errors) console.error(`  ${error.format()}`);
  }
  const index = buildRelatedIndex(articles);
  const article = articles.find((a) => a.slug === options.slug);
  if (!article) {
    const near = articles.filter((a) => a.slug.includes(options.slug) || options.slug.includes(a.slug)).map((a) => a.slug);
    const hint = options.includeDrafts ? '' : ' (add --drafts if it is a draft)';
    throw new Error(`no article with slug "${options.slug}" in ${contentDir}${hint}${near.length ? `; did you mean ${near.slice(0, 5).join(', ')}?` : ''}`);
  }
  const candidates = rankRelated(index, options.slug, { now: options.now, limit: options.limit, explain: true });
  const w = index.weights;
  console.log(`${article.title}\n${article.slug} · ${article.section} · ${article.published} · ${articles.length} articles · now ${options.now.toISOString()}\n`);
  console.log(
    `total = time × (${w.topic}·topic + ${w.text}·text + ${w.entity}·entity + ${w.section}·same section); time = ${w.timeFloor} + ${1 - w.timeFloor}·0.5^(days/${w.halfLifeDays}); ` +
      `shown when total ≥ ${w.threshold}; manual picks first, then the parts of its running story\n`,
  );
  console.log(`${storyLines(index, options.slug, options.now)}\n`);
  console.log(candidates.length > 0 ? table(index, options.slug, candidates) : 'No candidates: it shares no topic or distinctive word with any published story.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
