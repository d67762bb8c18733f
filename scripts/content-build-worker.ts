/**
 * One worker of a parallel content build (see lib/content/build-plan.ts and
 * scripts/content-build.ts, which forks it). For each batch of file names it
 * is sent: load and validate them, write the bodies of those published by
 * into the staging folder (scheduled ones too), and send back the articles without their
 * bodies (summaries and plain text are all the index and the related-stories
 * ranking need) plus every error found.
 */
import { compileCache } from '../lib/content/compile-cache';
import { writeBodies } from '../lib/content/index-file';
import { loadCorpus } from '../lib/content/load';
import type { BatchRequest, BatchReply, WorkerSetup } from './content-build-messages';

const setup = JSON.parse(process.env.LEDE_BUILD_WORKER ?? 'null') as WorkerSetup | null;
if (!setup) throw new Error('content-build-worker: started without LEDE_BUILD_WORKER');
const cache = compileCache();

async function load(request: BatchRequest): Promise<BatchReply> {
  const before = { ...(cache?.stats ?? { hits: 0, misses: 0, stale: 0 }) };
  const { articles, errors } = await loadCorpus({
    contentDir: setup?.contentDir ?? '',
    includeDrafts: setup?.includeDrafts ?? false,
    only: new Set(request.names),
    ...(cache ? { compile: cache.compile } : {}),
  });
  const after = cache?.stats ?? before;
  if (errors.length === 0) await writeBodies(setup?.staging ?? '', articles);
  return {
    id: request.id,
    cache: { hits: after.hits - before.hits, misses: after.misses - before.misses, stale: after.stale - before.stale },
    articles: articles.map(({ body: _body, ...rest }) => rest),
    errors: errors.map(({ file, line, field, expected, found }) => ({ file, line, field, expected, found })),
  };
}

process.on('message', (message: BatchRequest | 'exit') => {
  if (message === 'exit') {
    process.disconnect();
    return;
  }
  load(message).then(
    (reply) => process.send?.(reply),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
});
