/**
 * Command-line flags of `npm run bench`. Pure, so the defaults and the
 * parsing are tested; scripts/bench/index.ts only reads process.argv.
 */
export const STEPS = ['build', 'compile', 'weight', 'load', 'lighthouse', 'publish', 'related', 'archive', 'cluster'] as const;
export type Step = (typeof STEPS)[number];

export interface BenchFlags {
  /** Archive sizes to build, e.g. 100,1000,10000 */
  readonly sizes: readonly number[];
  /** Steps to run; `archive` (the 100,000-article build and serve) and `cluster` (npm run bench:cluster) only when asked for */
  readonly steps: ReadonlySet<Step>;
  /**
   * Stories the publish step publishes through the API, on the sample site
   * and, when `archive` runs, on the archive (0 leaves the archive's out)
   */
  readonly publishes: number;
  /** Size of the archive step */
  readonly archiveSize: number;
  /** Articles prerendered in benchmark builds (LEDE_PRERENDER_COUNT) */
  readonly prerender?: number;
  /** Seconds per load test */
  readonly duration: number;
  readonly connections: number;
  /** Articles whose MDX compile time is averaged */
  readonly compileSample: number;
  /** Keep generated corpora and build folders for a look afterwards */
  readonly keep: boolean;
  /** Archive step: keep the content index of an earlier --keep run and time only next build and serving */
  readonly reuseIndex: boolean;
  readonly out: string;
  /** First port of the 3210-3219 range this benchmark may use */
  readonly port: number;
}

export const DEFAULT_FLAGS: BenchFlags = {
  sizes: [100, 1000, 10000],
  steps: new Set<Step>(['build', 'compile', 'weight', 'load', 'lighthouse', 'publish', 'related']),
  publishes: 200,
  archiveSize: 100_000,
  duration: 10,
  connections: 50,
  compileSample: 1000,
  keep: false,
  reuseIndex: false,
  out: 'bench-out/bench.json',
  port: 3210,
};

/** A flag's whole-number value (`100_000` and `100,000` read as 100000); bench:load's flags use it too. */
export function wholeNumber(flag: string, raw: string | undefined, min = 0): number {
  const digits = (raw ?? '').replace(/[_,]/g, '');
  const value = Number(digits);
  if (!/^\d+$/.test(digits) || !Number.isSafeInteger(value) || value < min) {
    throw new Error(`${flag} takes a whole number${min > 0 ? ` of at least ${min}` : ''}, not ${JSON.stringify(raw)}`);
  }
  return value;
}

function steps(flag: string, raw: string): Set<Step> {
  const names = raw.split(',').map((s) => s.trim()).filter(Boolean);
  for (const name of names) {
    if (!(STEPS as readonly string[]).includes(name)) throw new Error(`${flag}: unknown step ${JSON.stringify(name)} (steps: ${STEPS.join(', ')})`);
  }
  return new Set(names as Step[]);
}

export const USAGE = `npm run bench -- [flags]
  --sizes 100,1000,10000   archive sizes for the build step
  --only build,weight      run only these steps (${STEPS.join(', ')})
  --skip lighthouse        leave these steps out
  --only cluster           the scale-out comparison of npm run bench:cluster (its own build, ports from port + 20)
  --archive [n]            also build and serve an n-article archive (default 100000), publishing on it too
  --publishes n            stories published live, on the site and the archive (default 200; 0: none on the archive)
  --prerender n            LEDE_PRERENDER_COUNT for benchmark builds (default: the site's, 1000)
  --duration s             seconds per load test (default 10)
  --connections n          concurrent connections (default 50)
  --compile-sample n       articles timed for MDX compile (default 1000)
  --keep                   keep generated archives and build folders
  --reuse-index            archive step: reuse the content index a --keep run left (only next build is timed)
  --out file               JSON output (default bench-out/bench.json)
  --port n                 first port to use (default 3210)`;

export function parseFlags(argv: readonly string[]): BenchFlags {
  let flags: BenchFlags = { ...DEFAULT_FLAGS, steps: new Set(DEFAULT_FLAGS.steps) };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] ?? '';
    const next = () => {
      const value = argv[++i];
      if (value === undefined) throw new Error(`${flag} needs a value`);
      return value;
    };
    switch (flag) {
      case '--sizes':
        flags = { ...flags, sizes: next().split(',').map((s) => wholeNumber(flag, s.trim())) };
        break;
      case '--only':
        flags = { ...flags, steps: steps(flag, next()) };
        break;
      case '--skip': {
        const skipped = steps(flag, next());
        flags = { ...flags, steps: new Set([...flags.steps].filter((s) => !skipped.has(s))) };
        break;
      }
      case '--archive': {
        const value = argv[i + 1];
        const size = value !== undefined && /^[0-9_,]+$/.test(value) ? wholeNumber(flag, next()) : flags.archiveSize;
        flags = { ...flags, archiveSize: size, steps: new Set([...flags.steps, 'archive']) };
        break;
      }
      case '--publishes':
        flags = { ...flags, publishes: wholeNumber(flag, next()) };
        break;
      case '--prerender':
        flags = { ...flags, prerender: wholeNumber(flag, next()) };
        break;
      case '--duration':
        flags = { ...flags, duration: wholeNumber(flag, next()) };
        break;
      case '--connections':
        flags = { ...flags, connections: wholeNumber(flag, next()) };
        break;
      case '--compile-sample':
        flags = { ...flags, compileSample: wholeNumber(flag, next()) };
        break;
      case '--keep':
        flags = { ...flags, keep: true };
        break;
      case '--reuse-index':
        flags = { ...flags, reuseIndex: true };
        break;
      case '--out':
        flags = { ...flags, out: next() };
        break;
      case '--port':
        flags = { ...flags, port: wholeNumber(flag, next()) };
        break;
      default:
        throw new Error(`Unknown flag ${JSON.stringify(flag)}\n\n${USAGE}`);
    }
  }
  return flags;
}
