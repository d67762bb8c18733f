/**
 * Writes what was published, corrected or taken down through the publishing
 * API back into content/articles/, for committing to git:
 *
 *   npm run content:export            write and delete files, and say which
 *   npm run content:export -- --check list what would change; exit 1 if anything would
 *
 * The live records stay in .lede/live/: after a commit the build finds the
 * same story on both sides, so nothing changes, and a takedown stays down
 * even if an old copy of the file comes back (docs/publishing.md).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { planExport } from '../lib/content/live/export';
import { Journal } from '../lib/content/live/journal';
import { defaultContentDir } from '../lib/content/load';

function main(): void {
  const check = process.argv.includes('--check');
  const articles = path.join(defaultContentDir(), 'articles');
  const file = (slug: string) => path.join(articles, `${slug}.mdx`);
  const current = (slug: string) => {
    try {
      return readFileSync(file(slug), 'utf8');
    } catch {
      return undefined;
    }
  };
  const steps = planExport(new Journal().readAll().values(), current).filter((step) => step.action !== 'keep');
  for (const step of steps) {
    const target = path.relative(process.cwd(), file(step.slug));
    console.log(`${step.action === 'write' ? 'write ' : 'delete'} ${target}`);
    if (check) continue;
    if (step.action === 'write') writeFileSync(file(step.slug), step.source);
    else rmSync(file(step.slug));
  }
  if (steps.length === 0) console.log('content/ already matches everything published live.');
  else if (check) process.exitCode = 1;
  else console.log(`${steps.length} file${steps.length === 1 ? '' : 's'} changed: review and commit them.`);
}

main();
