import { readdirSync, readFileSync } from 'node:fs';

/**
 * Peak memory of a process tree: `next build` forks workers (static page
 * generation, type checking) whose memory `/usr/bin/time` would not add up,
 * so the benchmark samples /proc every 250 ms and sums the resident set of
 * the process and all its descendants. Linux only.
 */
export interface ProcessInfo {
  readonly pid: number;
  readonly ppid: number;
  /** Resident set size in bytes */
  readonly rss: number;
}

/**
 * Reads `/proc/<pid>/stat`. The command name (field 2) is in parentheses and
 * may itself contain spaces or parentheses, so fields are counted from the
 * last `)`. Field 4 is the parent pid, field 24 the RSS in pages.
 */
export function parseStat(stat: string, pageSize = 4096): ProcessInfo | undefined {
  const close = stat.lastIndexOf(')');
  const pid = Number.parseInt(stat, 10);
  if (close === -1 || Number.isNaN(pid)) return undefined;
  const fields = stat.slice(close + 2).split(' ');
  // fields[0] is field 3 (state), so field n is fields[n - 3].
  const ppid = Number(fields[1]);
  const rssPages = Number(fields[21]);
  if (Number.isNaN(ppid) || Number.isNaN(rssPages)) return undefined;
  return { pid, ppid, rss: rssPages * pageSize };
}

/** The root and every process whose parent chain reaches it. */
export function treeOf(root: number, processes: readonly ProcessInfo[]): ProcessInfo[] {
  const children = new Map<number, ProcessInfo[]>();
  for (const p of processes) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const tree: ProcessInfo[] = [];
  const self = processes.find((p) => p.pid === root);
  if (self) tree.push(self);
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift() ?? -1;
    for (const child of children.get(pid) ?? []) {
      tree.push(child);
      queue.push(child.pid);
    }
  }
  return tree;
}

function readProcesses(): ProcessInfo[] {
  const out: ProcessInfo[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const info = parseStat(readFileSync(`/proc/${name}/stat`, 'utf8'));
      if (info) out.push(info);
    } catch {
      // The process ended between readdir and read.
    }
  }
  return out;
}

export interface MemorySampler {
  /** Stops sampling; returns the peak summed RSS in bytes and how many samples were taken */
  stop(): { readonly peakBytes: number; readonly samples: number };
}

export function sampleTreeMemory(root: number, everyMs = 250): MemorySampler {
  let peakBytes = 0;
  let samples = 0;
  const sample = () => {
    const total = treeOf(root, readProcesses()).reduce((sum, p) => sum + p.rss, 0);
    peakBytes = Math.max(peakBytes, total);
    samples++;
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return { peakBytes, samples };
    },
  };
}

/**
 * CPU time (user + system) a process has used so far, in milliseconds, from
 * fields 14 and 15 of /proc/<pid>/stat (clock ticks, 100 per second on Linux).
 * The difference over a load test, divided by the requests served, is the
 * server's CPU cost per request: steadier than latency on a shared machine.
 */
export function parseCpuMs(stat: string, ticksPerSecond = 100): number | undefined {
  const close = stat.lastIndexOf(')');
  if (close === -1) return undefined;
  const fields = stat.slice(close + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  if (Number.isNaN(utime) || Number.isNaN(stime)) return undefined;
  return ((utime + stime) * 1000) / ticksPerSecond;
}

export function processCpuMs(pid: number): number {
  return parseCpuMs(readFileSync(`/proc/${pid}/stat`, 'utf8')) ?? Number.NaN;
}

/**
 * CPU time a process and all its descendants have used so far, in
 * milliseconds. `next start` may fork (a worker for rendering, image
 * optimisation); the publish step charges every process of the server to
 * the publishes, not just the one it started. A child that has already
 * exited is not counted: its time is only added to the parent once reaped.
 */
export function treeCpuMs(root: number): number {
  let total = 0;
  for (const p of treeOf(root, readProcesses())) {
    try {
      total += parseCpuMs(readFileSync(`/proc/${p.pid}/stat`, 'utf8')) ?? 0;
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return total;
}
