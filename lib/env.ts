import { z } from 'zod';

/**
 * The environment, read and checked once. Every setting the site and its
 * build scripts take from the environment is declared here, with its default;
 * a value that is set but wrong stops the process with a message naming the
 * variable, rather than building or serving something quietly different.
 * Pure functions elsewhere take these values as arguments, so their tests
 * never touch process.env.
 */

/** The newest articles `next build` renders ahead; older ones on first request (lib/content/prerender.ts). */
export const DEFAULT_PRERENDER_COUNT = 1000;
/** Share cards drawn at build time: a card costs far more CPU than a page (issue #6). */
export const DEFAULT_CARD_PRERENDER_COUNT = 50;
/** Google News reads stories of the last two days from a news sitemap. */
export const DEFAULT_NEWS_WINDOW_HOURS = 48;

/** An empty variable counts as unset, as it does in a shell (`LEDE_X= npm run build`). */
const trimmed = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : typeof value === 'string' ? value.trim() : value);

/** The one number parser: digits only (no `1e3`, `-1` or `1.5`), so a typo is never read as some other number. */
function wholeNumber() {
  return z.preprocess(trimmed, z.string().regex(/^\d+$/, 'a whole number (0, 1, 2, …)').transform(Number).optional());
}

const schema = z.object({
  SITE_URL: z.preprocess(
    trimmed,
    z
      .url({ protocol: /^https?$/, error: 'an http(s) origin such as https://news.example' })
      .transform((url) => url.replace(/\/+$/, ''))
      .default('http://localhost:3000'),
  ),
  LEDE_CONTENT_DIR: z.preprocess(trimmed, z.string().default('content')),
  LEDE_PRERENDER_COUNT: wholeNumber().transform((n) => n ?? DEFAULT_PRERENDER_COUNT),
  LEDE_PRERENDER_CARDS: wholeNumber().transform((n) => n ?? DEFAULT_CARD_PRERENDER_COUNT),
  LEDE_BUILD_WORKERS: wholeNumber(),
  LEDE_NEWS_WINDOW_HOURS: z.preprocess(
    trimmed,
    z
      .string()
      .regex(/^\d+(?:\.\d+)?$/, 'a positive number of hours')
      .transform(Number)
      .refine((hours) => hours > 0, 'a positive number of hours')
      .default(DEFAULT_NEWS_WINDOW_HOURS),
  ),
  LEDE_COMPILE_CACHE: z.preprocess(trimmed, z.enum(['0', '1'], '0 (off) or 1 (on)').default('1')),
  LEDE_COMPILE_CACHE_DIR: z.preprocess(trimmed, z.string().optional()),
  // Short keys are guessable offline from one signed request; 32 characters is what `openssl rand -hex 16` prints.
  LEDE_PUBLISH_SECRET: z.preprocess(trimmed, z.string().min(32, 'at least 32 characters (openssl rand -hex 32 makes one)').optional()),
  LEDE_LIVE_DIR: z.preprocess(trimmed, z.string().default('.lede/live')),
  REDIS_URL: z.preprocess(trimmed, z.url({ protocol: /^rediss?$/, error: 'a Redis address such as redis://127.0.0.1:6379' }).optional()),
  LEDE_REDIS_PREFIX: z.preprocess(trimmed, z.string().regex(/^[\w.:-]+$/, 'letters, digits and . : _ - (a key prefix such as lede:)').default('lede:')),
  LEDE_PURGE_URL: z.preprocess(
    trimmed,
    z
      .string()
      .transform((list) => list.split(',').map((url) => url.trim().replace(/\/+$/, '')))
      .pipe(z.array(z.url({ protocol: /^https?$/ }), { error: 'comma-separated http(s) origins of front caches, such as http://127.0.0.1:8080' }))
      .optional(),
  ),
});

interface Env {
  /** The public origin, no trailing slash */
  readonly siteUrl: string;
  /** Folder of the newsroom's articles, relative to the working directory unless absolute */
  readonly contentDir: string;
  readonly prerenderCount: number;
  readonly cardPrerenderCount: number;
  /** Content-build worker processes; undefined lets the build decide from the CPUs */
  readonly buildWorkers: number | undefined;
  readonly newsWindowHours: number;
  readonly compileCache: boolean;
  /** Where the MDX compile cache lives; undefined means `.lede/cache/mdx` */
  readonly compileCacheDir: string | undefined;
  /** Key of the publishing API's signatures; undefined turns the API off (503) */
  readonly publishSecret: string | undefined;
  /** Where the live records are kept (lib/content/live/journal.ts), relative to the working directory unless absolute */
  readonly liveDir: string;
  /** The shared Redis of a cluster (docs/scaling.md); undefined keeps everything on this machine's disk */
  readonly redisUrl: string | undefined;
  /** Put before every key this site keeps in Redis, so several sites can share one */
  readonly redisPrefix: string;
  /** Front caches (nginx, a CDN) told to forget a page when a publish changes it */
  readonly purgeUrls: readonly string[];
}

type EnvVars = Readonly<Record<string, string | undefined>>;

/** Reads `vars` (process.env in the app), throwing one error that names every variable that is wrong. */
export function readEnv(vars: EnvVars): Env {
  const parsed = schema.safeParse(vars);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      // A secret is never echoed, not even a wrong one: logs outlive the mistake.
      const found = name.endsWith('_SECRET') ? `a value of ${vars[name]?.length ?? 0} characters` : JSON.stringify(vars[name]);
      return `${name} must be ${issue.message}, not ${found}`;
    });
    throw new Error(`The environment is not right:\n  ${problems.join('\n  ')}`);
  }
  const values = parsed.data;
  return {
    siteUrl: values.SITE_URL,
    contentDir: values.LEDE_CONTENT_DIR,
    prerenderCount: values.LEDE_PRERENDER_COUNT,
    cardPrerenderCount: values.LEDE_PRERENDER_CARDS,
    buildWorkers: values.LEDE_BUILD_WORKERS,
    newsWindowHours: values.LEDE_NEWS_WINDOW_HOURS,
    compileCache: values.LEDE_COMPILE_CACHE === '1',
    compileCacheDir: values.LEDE_COMPILE_CACHE_DIR,
    publishSecret: values.LEDE_PUBLISH_SECRET,
    liveDir: values.LEDE_LIVE_DIR,
    redisUrl: values.REDIS_URL,
    redisPrefix: values.LEDE_REDIS_PREFIX,
    purgeUrls: values.LEDE_PURGE_URL ?? [],
  };
}

let current: Env | undefined;

/** The process's environment, read on first use and kept: it does not change while a server or build runs. */
export function env(): Env {
  current ??= readEnv(process.env);
  return current;
}
