/**
 * `npm run bench:load -- <url> [connections] [seconds]`: the benchmark's
 * load test on any running server, e.g. one started with
 * `LEDE_INSTANCE=perf npx next start -p 3203`. Defaults: 50 connections,
 * 10 seconds. Prints requests per second and latency percentiles.
 */
import { kb, ms, table } from '../../lib/bench/format';
import { loadTest } from './load-step';

async function main(): Promise<void> {
  const [url, connections = '50', duration = '10'] = process.argv.slice(2);
  if (!url || !/^https?:\/\//.test(url)) {
    console.error('usage: npm run bench:load -- <url> [connections] [seconds]');
    process.exitCode = 1;
    return;
  }
  const result = await loadTest(url, Number(connections), Number(duration));
  console.log(
    table(
      ['url', 'conns', 'req/s', 'p50', 'p90', 'p99', 'max', 'per second', 'errors', 'non-2xx'],
      [[url, connections, result.requestsPerSecond.toFixed(0), ms(result.latencyMs.p50, 0), ms(result.latencyMs.p90, 0), ms(result.latencyMs.p99, 0), ms(result.latencyMs.max, 0), kb(result.throughputBytesPerSecond, 0), String(result.errors + result.timeouts), String(result.non2xx)]],
    ),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
