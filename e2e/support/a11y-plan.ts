import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element as HastElement, Root as HastRoot, RootContent } from 'hast';
import { defaultIndexDir, type StoredBody } from '../../lib/content/index-file';
import type { ArticleSummary } from '../../lib/content/types';
import { paths } from '../../lib/urls';
import { a11yViewports, type A11yViewport, type ColorScheme } from './a11y-matrix';
import { archivePaginatedFronts } from './archive';
import { archiveOrigin } from './archive-server';
import { rtlDariArticleSlug, rtlTemplates } from './a11y-rtl';
import { allArticles, articleBySlug, articles, contentIndex, everyRoute, referenceSlug, routes } from './content';

/**
 * What the accessibility suite audits where, derived from two declared lists
 * rather than "every page at every width":
 * - every route template, at every width in both schemes;
 * - every content variant (each MDX component, a table, the longest headline,
 *   long unbroken words, a correction notice), in an article audited at every
 *   width in both schemes;
 * - every other published page once in each scheme, at widths spread round-robin.
 * docs/accessibility.md states the guarantee; a11y-plan.test.ts checks it.
 */

export interface AuditPage {
  /** Absolute URL on the server under test, or on the archive server for paginated fronts */
  readonly url: string;
  readonly status: 200 | 404;
  /** Why the page is in the matrix: a template, a variant, or "page" */
  readonly reasons: readonly string[];
  /** An article, for the layout checks that only articles have */
  readonly article?: ArticleSummary;
}

/** The site's 404 page, reached through an unknown section (no-javascript.spec.ts reaches it every other way). */
export const notFoundUrl = '/no-such-section';

/** The topic with the most stories: its page has the longest list. */
function busiestTopic(): string {
  const count = (slug: string) => contentIndex.listings.byTopic[slug]?.length ?? 0;
  const [busiest] = [...contentIndex.topics].sort((a, b) => count(b.slug) - count(a.slug));
  if (!busiest) throw new Error('The content index has no topics');
  return busiest.slug;
}

export interface Template {
  readonly name: string;
  readonly url: string;
  readonly status: 200 | 404;
}

/** One page of each route template. Paginated fronts need more stories than the sample site has: the archive serves them. */
export const templates: readonly Template[] = [
  { name: 'home', url: routes.home, status: 200 },
  { name: 'section front', url: routes.sections[0] ?? '/world', status: 200 },
  { name: 'topic front', url: paths.topic(busiestTopic()), status: 200 },
  { name: 'article', url: paths.article(articleBySlug(referenceSlug)), status: 200 },
  ...archivePaginatedFronts.map((front) => ({ name: front.name, url: `${archiveOrigin}${front.path}`, status: 200 as const })),
  { name: '404 page', url: notFoundUrl, status: 404 },
  ...rtlTemplates,
];

function readBody(slug: string): HastRoot {
  return (JSON.parse(readFileSync(path.join(defaultIndexDir(), 'articles', `${slug}.json`), 'utf8')) as StoredBody).body;
}

function elements(node: HastRoot | RootContent): HastElement[] {
  const own = node.type === 'element' ? [node] : [];
  const children = 'children' in node ? node.children.flatMap((child) => elements(child)) : [];
  return [...own, ...children];
}

function texts(node: HastRoot | RootContent): string[] {
  if (node.type === 'text') return [node.value];
  return 'children' in node ? node.children.flatMap((child) => texts(child)) : [];
}

/** A word this long cannot fit a 320 px column at body size without wrapping inside it. */
const longWordLength = 28;

interface ArticleFacts {
  readonly article: ArticleSummary;
  readonly tags: ReadonlySet<string>;
  readonly longestWord: number;
}

const facts: readonly ArticleFacts[] = articles.map((article) => {
  const body = readBody(article.slug);
  const words = texts(body).flatMap((text) => text.split(/\s+/));
  return {
    article,
    tags: new Set(elements(body).map((element) => element.tagName)),
    longestWord: Math.max(0, ...words.map((word) => word.length)),
  };
});

const longestHeadline = Math.max(...articles.map((article) => article.title.length));

/** Each content variant an article can carry, and how to recognise it in the built index. */
export const variants: readonly { readonly name: string; readonly carries: (facts: ArticleFacts) => boolean }[] = [
  { name: 'longest headline', carries: (f) => f.article.title.length === longestHeadline },
  { name: 'table', carries: (f) => f.tags.has('table') },
  { name: 'Quote', carries: (f) => f.tags.has('Quote') },
  { name: 'FactBox', carries: (f) => f.tags.has('FactBox') },
  { name: 'Figure', carries: (f) => f.tags.has('Figure') },
  { name: 'MediaTeaser', carries: (f) => f.tags.has('MediaTeaser') },
  { name: 'long unbroken word', carries: (f) => f.longestWord >= longWordLength },
  { name: 'correction notice', carries: (f) => f.article.correction !== undefined },
];

/**
 * The fewest articles that carry every variant, chosen greedily (the reference
 * article first, as it is a template anyway). A variant no article carries is
 * reported, never silently dropped.
 */
function variantArticles(): { readonly chosen: ReadonlyMap<string, string[]>; readonly missing: readonly string[] } {
  const chosen = new Map<string, string[]>();
  let open = variants.map((variant) => variant.name);
  const ordered = [...facts].sort((a, b) => Number(b.article.slug === referenceSlug) - Number(a.article.slug === referenceSlug));
  while (open.length > 0) {
    const covers = (f: ArticleFacts) => variants.filter((variant) => open.includes(variant.name) && variant.carries(f)).map((variant) => variant.name);
    const best = ordered.reduce<{ facts?: ArticleFacts; names: string[] }>((top, f) => {
      const names = covers(f);
      return names.length > top.names.length ? { facts: f, names } : top;
    }, { names: [] });
    if (!best.facts) break;
    chosen.set(best.facts.article.slug, best.names);
    open = open.filter((name) => !best.names.includes(name));
  }
  return { chosen, missing: open };
}

export const variantCoverage = variantArticles();

const everyWidth: AuditPage[] = [
  ...templates.map((template) => ({
    url: template.url,
    status: template.status,
    reasons: [`template: ${template.name}`],
    ...(template.name === 'article' ? { article: articleBySlug(referenceSlug) } : {}),
    ...(template.url === rtlTemplates[0]?.url ? { article: allArticles.find((article) => article.slug === rtlDariArticleSlug) } : {}),
  })),
  ...[...variantCoverage.chosen].map(([slug, names]) => ({ url: paths.article(articleBySlug(slug)), status: 200 as const, reasons: names.map((name) => `variant: ${name}`), article: articleBySlug(slug) })),
];

/** Pages audited at every width in both schemes (a page both template and variant is listed once). */
export const everyWidthPages: readonly AuditPage[] = everyWidth.reduce<AuditPage[]>((merged, page) => {
  const known = merged.find((other) => other.url === page.url);
  if (!known) return [...merged, page];
  return merged.map((other) => (other === known ? { ...other, reasons: [...other.reasons, ...page.reasons] } : other));
}, []);

const articleByUrl = new Map(articles.map((article) => [paths.article(article), article]));

/** Every published page not audited at every width: each is audited once per scheme, at two different widths. */
export const spreadPages: readonly AuditPage[] = everyRoute
  .filter((url) => !everyWidthPages.some((page) => page.url === url))
  .map((url) => {
    const article = articleByUrl.get(url);
    return { url, status: 200 as const, reasons: ['page'], ...(article ? { article } : {}) };
  });

/**
 * The width a spread page is audited at in a scheme: round-robin over the
 * widths, the dark scheme offset by half the list so each page is seen at
 * two widths as well as in both schemes.
 */
export function spreadWidth(index: number, scheme: ColorScheme): A11yViewport['name'] {
  const offset = scheme === 'light' ? 0 : Math.floor(a11yViewports.length / 2);
  const viewport = a11yViewports[(index + offset) % a11yViewports.length];
  if (!viewport) throw new Error('no a11y viewports');
  return viewport.name;
}

/**
 * `npm run test:a11y:full` audits every page at every width in both schemes,
 * as the suite did before the matrix was planned: for a release, or after a
 * change to the plan.
 */
export const fullMatrix = process.env.LEDE_A11Y_FULL === '1';

/** What one Playwright project (a width and a scheme) audits. */
export function auditPagesFor(width: A11yViewport['name'], scheme: ColorScheme): readonly AuditPage[] {
  return [...everyWidthPages, ...spreadPages.filter((_, index) => fullMatrix || spreadWidth(index, scheme) === width)];
}
