import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { imageSizeFromFile } from 'image-size/fromFile';
import { env } from '../env';
import { defaultPublicDir, publicImageFile } from '../public-files';
import type { z } from 'zod';
import { reservedSlugs } from './slug';
import { ContentError, describeValue } from './errors';
import { splitFrontmatter, type SplitFile } from './frontmatter';
import { compileBody, type CompileResult, type ImageSize, type ImageSizer } from './mdx/compile';
import { frontmatterSchema, topicOf } from './schema';
import { translationErrors, type TranslationLinks } from './translations';
import type { Article } from './types';

interface LoadOptions {
  /** Folder holding `articles/*.mdx` */
  readonly contentDir: string;
  /** Folder that image paths such as `/images/a.jpg` are relative to */
  readonly publicDir?: string;
  /** Drafts are for editors' previews; production builds leave them out */
  readonly includeDrafts: boolean;
  /**
   * Load only these file names (`x.mdx`), e.g. one worker's share of a large
   * archive; related picks are still checked against every file in the folder.
   */
  readonly only?: ReadonlySet<string>;
  /** Compiles a body; defaults to compileBody. The content build passes a cached one (lib/content/compile-cache.ts). */
  readonly compile?: (source: string, imageSize: ImageSizer) => Promise<CompileResult>;
}

export interface LoadResult {
  /** Valid articles, newest first */
  readonly articles: Article[];
  /** Every problem found in every file */
  readonly errors: ContentError[];
}

export function defaultContentDir(): string {
  return path.resolve(env().contentDir);
}

function createImageSizer(publicDir: string): ImageSizer {
  const cache = new Map<string, Promise<ImageSize | undefined>>();
  return (src) => {
    let size = cache.get(src);
    if (!size) {
      // A path the checks refuse has no size, like a missing file: the schema names the mistake.
      size = Promise.resolve()
        .then(() => imageSizeFromFile(publicImageFile(src, publicDir)))
        .then(
          ({ width, height }) => ({ width, height }),
          () => undefined,
        );
      cache.set(src, size);
    }
    return size;
  };
}

function expectedFromIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `only known fields (title, teaser, published, updated, correction, section, topics, authors, sources, image, lang, translations, related, draft, slug)`;
  if (issue.code === 'invalid_type' && issue.input === undefined) return `a value (${issue.message === 'Invalid input' ? issue.expected : issue.message})`;
  return issue.message;
}

/** A rule about a missing companion field (correction without updated) says what is missing, not the field's own value. */
function foundFromIssue(issue: z.core.$ZodIssue): string | undefined {
  if (issue.code !== 'custom') return undefined;
  const found: unknown = issue.params?.['found'];
  return typeof found === 'string' ? found : undefined;
}

function valueAt(data: unknown, keys: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of keys) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function frontmatterErrors(file: string, split: SplitFile, issues: readonly z.core.$ZodIssue[]): ContentError[] {
  return issues.flatMap((issue) => {
    const keys = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map(
        (key) => new ContentError({ file, line: split.lineOf([...keys, key]), field: [...keys, key].join('.'), expected: expectedFromIssue(issue), found: 'an unknown field' }),
      );
    }
    return [
      new ContentError({
        file,
        line: split.lineOf(keys),
        field: keys.join('.') || 'frontmatter',
        expected: expectedFromIssue(issue),
        found: foundFromIssue(issue) ?? describeValue(valueAt(split.data, keys)),
      }),
    ];
  });
}

interface Parsed {
  readonly slug: string;
  readonly related: readonly unknown[];
  readonly translations: readonly unknown[];
  readonly split: SplitFile;
  readonly file: string;
}
interface Loaded {
  readonly article?: Article;
  readonly parsed?: Parsed;
  readonly errors: ContentError[];
}

async function loadFile(absolute: string, file: string, imageSize: ImageSizer, compile: NonNullable<LoadOptions['compile']>): Promise<Loaded> {
  return loadSource(path.basename(absolute, '.mdx'), await readFile(absolute, 'utf8'), file, imageSize, compile);
}

async function loadSource(slug: string, source: string, file: string, imageSize: ImageSizer, compile: NonNullable<LoadOptions['compile']>): Promise<Loaded> {
  const split = splitFrontmatter(source);
  if ('error' in split) {
    return { errors: [new ContentError({ file, line: split.line, field: 'frontmatter', expected: split.error, found: 'none' })] };
  }
  if (split.yamlErrors.length > 0) {
    return {
      errors: split.yamlErrors.map((e) => new ContentError({ file, ...e })),
    };
  }

  const errors: ContentError[] = [];
  const slugCheck = frontmatterSchema.shape.slug.safeParse(slug);
  if (!slugCheck.success) {
    errors.push(new ContentError({ file, line: 1, field: 'file name', expected: slugCheck.error.issues[0]?.message ?? 'a valid slug', found: JSON.stringify(slug) }));
  }
  const result = frontmatterSchema.safeParse(split.data);
  if (!result.success) errors.push(...frontmatterErrors(file, split, result.error.issues));

  const frontmatter = result.success ? result.data : undefined;
  // Checked on the raw values too, so a file with other mistakes still gets these reported in the same run.
  const declaredSlug = valueAt(split.data, ['slug']);
  if (typeof declaredSlug === 'string' && declaredSlug !== slug) {
    errors.push(new ContentError({ file, line: split.lineOf(['slug']), field: 'slug', expected: `the file name (${slug})`, found: JSON.stringify(declaredSlug) }));
  }
  const heroSrc = valueAt(split.data, ['image', 'src']);
  const heroSize = typeof heroSrc === 'string' ? await imageSize(heroSrc) : undefined;
  if (typeof heroSrc === 'string' && !heroSize && !errors.some((e) => e.field === 'image.src')) {
    errors.push(new ContentError({ file, line: split.lineOf(['image', 'src']), field: 'image.src', expected: `an image file at public${heroSrc}`, found: 'no such file' }));
  }

  const compiled = await compile(split.body, imageSize);
  if (!compiled.ok) {
    errors.push(
      ...compiled.violations.map((v) => new ContentError({ file, line: v.line, field: `body: ${v.rule}`, expected: v.expected, found: v.found })),
    );
  }

  const rawRelated = valueAt(split.data, ['related']);
  const rawTranslations = valueAt(split.data, ['translations']);
  const parsed: Parsed = { slug, related: Array.isArray(rawRelated) ? rawRelated : [], translations: Array.isArray(rawTranslations) ? rawTranslations : [], split, file };
  if (errors.length > 0 || !frontmatter || !heroSize || !compiled.ok) return { parsed, errors };
  const article: Article = {
    slug,
    file,
    title: frontmatter.title,
    teaser: frontmatter.teaser,
    published: frontmatter.published,
    ...(frontmatter.updated ? { updated: frontmatter.updated } : {}),
    ...(frontmatter.correction ? { correction: frontmatter.correction } : {}),
    section: frontmatter.section,
    topics: frontmatter.topics.map(topicOf),
    authors: frontmatter.authors,
    sources: frontmatter.sources,
    image: { ...frontmatter.image, ...heroSize },
    lang: frontmatter.lang,
    related: frontmatter.related,
    ...(frontmatter.translations.length > 0 ? { translations: frontmatter.translations } : {}),
    draft: frontmatter.draft,
    body: compiled.body.hast,
    bodyText: compiled.body.text,
  };
  return { article, parsed, errors };
}

/** Manual related picks must name articles that exist. */
function relatedErrors(parsed: readonly Parsed[], slugs: ReadonlySet<string>): ContentError[] {
  return parsed.flatMap(({ related, split, file, slug }) =>
    related.flatMap((pick, index) => {
      if (typeof pick !== 'string') return [];
      if (pick === slug) return [new ContentError({ file, line: split.lineOf(['related', index]), field: `related.${index}`, expected: 'another article', found: 'the article itself' })];
      if (!slugs.has(pick) && !reservedSlugs.has(pick)) return [new ContentError({ file, line: split.lineOf(['related', index]), field: `related.${index}`, expected: 'the slug of an existing article', found: JSON.stringify(pick) })];
      return [];
    }),
  );
}

/**
 * Reads, validates and compiles every article. Never stops at the first bad
 * file: the result carries every error so an editor sees them all at once.
 */
export async function loadCorpus(options: LoadOptions): Promise<LoadResult> {
  const articlesDir = path.join(options.contentDir, 'articles');
  const publicDir = options.publicDir ?? defaultPublicDir();
  const imageSize = createImageSizer(publicDir);
  const names = (await readdir(articlesDir)).filter((name) => name.endsWith('.mdx')).sort();
  const errors: ContentError[] = [];
  const articles: Article[] = [];
  const parsed: Parsed[] = [];

  for (const name of options.only ? names.filter((n) => options.only?.has(n)) : names) {
    const absolute = path.join(articlesDir, name);
    const file = path.relative(process.cwd(), absolute);
    const loaded = await loadFile(absolute, file, imageSize, options.compile ?? compileBody);
    errors.push(...loaded.errors);
    if (loaded.article) articles.push(loaded.article);
    // Only files with related picks can have related errors; keeping every parsed file (YAML document and
    // body included) until the end would hold gigabytes for a 100,000-article archive.
    if (loaded.parsed && (loaded.parsed.related.length > 0 || loaded.parsed.translations.length > 0)) parsed.push(loaded.parsed);
  }

  const fileSlugs = new Set(names.map((name) => path.basename(name, '.mdx')));
  errors.push(...relatedErrors(parsed, fileSlugs));
  errors.push(...translationErrors(parsed.filter((p) => p.translations.length > 0).map(linksOf), articlesBySlug(articles), fileSlugs));
  const published = articles.filter((article) => options.includeDrafts || !article.draft).sort(newestFirst);
  return { articles: errors.length > 0 ? [] : published, errors };
}

export interface SingleSource {
  readonly slug: string;
  /** The MDX file's text */
  readonly source: string;
  /** Named in errors, e.g. `content/articles/x.mdx` */
  readonly file: string;
  /** Slugs a manual related pick may name */
  readonly knownSlugs: ReadonlySet<string>;
  readonly publicDir?: string;
}

/**
 * One article sent whole (the publishing API): the same rules and messages as
 * loadCorpus, with related picks checked against `knownSlugs`.
 */
export async function loadSingleSource(input: SingleSource): Promise<{ readonly article?: Article; readonly errors: ContentError[] }> {
  const imageSize = createImageSizer(input.publicDir ?? defaultPublicDir());
  const loaded = await loadSource(input.slug, input.source, input.file, imageSize, compileBody);
  const errors = [...loaded.errors, ...relatedErrors(loaded.parsed ? [loaded.parsed] : [], new Set([...input.knownSlugs, input.slug]))];
  return errors.length > 0 || !loaded.article ? { errors } : { article: loaded.article, errors: [] };
}

function linksOf(parsed: Parsed): TranslationLinks {
  return { slug: parsed.slug, file: parsed.file, picks: parsed.translations, lineOf: (index) => parsed.split.lineOf(['translations', index]) };
}

function articlesBySlug(articles: readonly Article[]): Map<string, { readonly lang: string; readonly translations: readonly string[] }> {
  return new Map(articles.map((article) => [article.slug, { lang: article.lang, translations: article.translations ?? [] }]));
}

/** Newest first; the slug breaks ties so the order never depends on the file system. */
export function newestFirst(a: { readonly published: string; readonly slug: string }, b: { readonly published: string; readonly slug: string }): number {
  return Date.parse(b.published) - Date.parse(a.published) || a.slug.localeCompare(b.slug);
}
