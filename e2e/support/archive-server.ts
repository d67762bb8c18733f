import os from 'node:os';
import path from 'node:path';
import { e2ePort } from './origin';

/**
 * A second site built from a synthetic archive, for what the sample site is
 * too small to show: fronts with more than one page. The Playwright config
 * builds and serves it in a scratch copy (scripts/serve-scratch.ts).
 * Constants only: the config imports this before the archive exists.
 */
export const archivePort = e2ePort + 100;
export const archiveOrigin = `http://localhost:${archivePort}`;
export const archiveDir = path.join(os.tmpdir(), `lede-e2e-archive-${archivePort}`);
/** Enough stories for page 2 of several fronts (30 a page). */
export const archiveArticleCount = 240;
