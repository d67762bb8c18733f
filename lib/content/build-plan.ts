/**
 * How the content build splits a large archive across processes. Parsing
 * MDX is CPU-bound (2–7 ms per article), so a 100,000-article archive is
 * loaded by one worker process per CPU, in batches, each worker writing the
 * bodies of its batch and sending back only summaries and plain text. Small
 * archives (the newsroom's day-to-day content) load in-process: starting
 * workers would cost more than it saves.
 */
export const BATCH_SIZE = 2000;
const MAX_WORKERS = 4;

/** `override` (LEDE_BUILD_WORKERS) decides when set; otherwise one per CPU (at most 4), and none below two batches. */
export function workerCount(files: number, cpus: number, override: number | undefined): number {
  if (override !== undefined) return override;
  if (files < 2 * BATCH_SIZE || cpus < 2) return 0;
  return Math.min(cpus, MAX_WORKERS);
}

/** Consecutive batches of at most `size` names, in order. */
export function batches<T>(items: readonly T[], size: number = BATCH_SIZE): T[][] {
  const out: T[][] = [];
  for (let at = 0; at < items.length; at += size) out.push(items.slice(at, at + size));
  return out;
}
