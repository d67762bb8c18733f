/**
 * Runs once when a Next server starts. Joins the cluster, if REDIS_URL names
 * one (lib/cluster/join.ts), and starts the scheduler that releases
 * stories whose `published` time has come (lib/publishing/scheduler.ts):
 * it asks this same server, on the loopback address, to release them, so
 * the cached pages are expired inside a request as Next requires.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { joinCluster } = await import('@/lib/cluster/join');
  await joinCluster();
  const { contentStore } = await import('@/lib/content/live/store');
  const { releaseToken, startScheduler } = await import('@/lib/publishing/scheduler');
  const { releasePath } = await import('@/lib/routing/request-guard');
  startScheduler({
    store: contentStore,
    fire: async () => {
      // PORT is set once the server listens; until then there is nothing to expire.
      const port = process.env.PORT;
      if (!port) return;
      const response = await fetch(`http://127.0.0.1:${port}${releasePath}`, { method: 'POST', headers: { 'X-Lede-Release': releaseToken() } });
      if (!response.ok) throw new Error(`${releasePath} answered ${response.status}`);
    },
  });
}
