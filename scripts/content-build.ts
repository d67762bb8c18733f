/**
 * Validates every article and writes the content index Next renders from.
 * Runs before `next build` (prebuild): bad content stops the build here,
 * before anything is written, and every error is listed at once.
 *
 *   npm run content:build              production: drafts left out
 *   npm run content:build -- --drafts  editors' preview: drafts included
 */
import { performance } from 'node:perf_hooks';
import { formatContentErrors } from '../lib/content/errors';
import { defaultIndexDir, writeContentIndex } from '../lib/content/index-file';
import { defaultContentDir, loadCorpus } from '../lib/content/load';
import { buildContentIndex, publishable } from '../lib/content/publish';

async function main(): Promise<void> {
  const started = performance.now();
  const includeDrafts = process.argv.includes('--drafts');
  const { articles, errors } = await loadCorpus({ contentDir: defaultContentDir(), includeDrafts });
  if (errors.length > 0) {
    console.error(formatContentErrors(errors));
    console.error('Nothing was published: fix the errors above and build again.');
    process.exitCode = 1;
    return;
  }
  const now = new Date();
  const index = buildContentIndex(articles, now);
  await writeContentIndex(defaultIndexDir(), index, publishable(articles, now));
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(`Content index: ${index.articles.length} articles, ${index.topics.length} topics in ${seconds} s`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
