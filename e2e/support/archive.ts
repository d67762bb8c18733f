import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentIndex } from '../../lib/content/index-file';
import { buildPageTable, type PageTable } from '../../lib/routing/page-directory';
import { paths } from '../../lib/urls';
import { archiveDir } from './archive-server';

export interface PaginatedFront {
  readonly name: string;
  readonly path: string;
}

function readPageTable(): PageTable | undefined {
  try {
    return buildPageTable(JSON.parse(readFileSync(path.join(archiveDir, '.lede', 'site', 'index.json'), 'utf8')) as ContentIndex);
  } catch {
    return undefined;
  }
}

/**
 * The busiest section's and topic's second page of the archive. Playwright
 * starts its web servers before it loads the tests, so the archive is built
 * by then; before that (`playwright test --list`) there are none, and the
 * matrix check (a11y/plan.spec.ts) fails a run without them.
 */
function paginatedFronts(): readonly PaginatedFront[] {
  const table = readPageTable();
  if (!table) return [];
  const busiest = (pages: Readonly<Record<string, number>>) => Object.entries(pages).sort((a, b) => b[1] - a[1])[0];
  const section = busiest(table.sectionPages);
  const topic = busiest(table.topicPages);
  if (!section || section[1] < 2 || !topic || topic[1] < 2) throw new Error(`The archive in ${archiveDir} has no paginated section and topic front`);
  return [
    { name: 'paginated section front', path: paths.sectionPage(section[0], 2) },
    { name: 'paginated topic front', path: paths.topicPage(topic[0], 2) },
  ];
}

export const archivePaginatedFronts = paginatedFronts();
