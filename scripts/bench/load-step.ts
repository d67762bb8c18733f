/**
 * Throughput of one URL under load: autocannon's CLI in its own process (so
 * the load generator does not share an event loop with this script), N
 * connections on loopback for D seconds. On a 2-core machine the generator
 * and the server share the CPUs, so these are lower bounds for the server.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { processCpuMs } from './proc-tree';
import { root } from './run';

export interface LoadResult {
  readonly url: string;
  readonly connections: number;
  readonly durationS: number;
  readonly requests: number;
  readonly requestsPerSecond: number;
  readonly latencyMs: { readonly p50: number; readonly p90: number; readonly p99: number; readonly max: number; readonly mean: number };
  readonly throughputBytesPerSecond: number;
  readonly errors: number;
  readonly timeouts: number;
  readonly non2xx: number;
  /** Server CPU (user + system) per request served, when the server's PID is known */
  readonly serverCpuMsPerRequest?: number;
}

/** The part of `autocannon --json` output read here. */
interface AutocannonJson {
  readonly requests: { readonly average: number; readonly total: number };
  readonly latency: { readonly p50: number; readonly p90: number; readonly p99: number; readonly max: number; readonly average: number };
  readonly throughput: { readonly average: number };
  readonly errors: number;
  readonly timeouts: number;
  readonly non2xx: number;
}

/**
 * Requests carry `Accept-Encoding: gzip` as every browser's do, so the
 * server's compression is part of the cost measured.
 */
export async function loadTest(url: string, connections: number, durationS: number, serverPid?: number): Promise<LoadResult> {
  // One request first: an on-demand page is rendered and cached before the clock starts.
  const warm = await fetch(url);
  await warm.arrayBuffer();
  if (!warm.ok) throw new Error(`${url}: HTTP ${warm.status} before the load test`);
  const cpuBefore = serverPid === undefined ? Number.NaN : processCpuMs(serverPid);
  const cli = path.join(root, 'node_modules', 'autocannon', 'autocannon.js');
  const output = await new Promise<string>((resolve, reject) => {
    const args = [cli, '--json', '-c', String(connections), '-d', String(durationS), '-H', 'accept-encoding=gzip', url];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`autocannon exited with ${code}`))));
  });
  const json = JSON.parse(output.trim().split('\n').pop() ?? '{}') as AutocannonJson;
  const cpuMs = serverPid === undefined ? Number.NaN : processCpuMs(serverPid) - cpuBefore;
  return {
    url,
    connections,
    durationS,
    requests: json.requests.total,
    requestsPerSecond: json.requests.average,
    latencyMs: { p50: json.latency.p50, p90: json.latency.p90, p99: json.latency.p99, max: json.latency.max, mean: json.latency.average },
    throughputBytesPerSecond: json.throughput.average,
    errors: json.errors,
    timeouts: json.timeouts,
    non2xx: json.non2xx,
    ...(Number.isNaN(cpuMs) ? {} : { serverCpuMsPerRequest: cpuMs / Math.max(1, json.requests.total) }),
  };
}
