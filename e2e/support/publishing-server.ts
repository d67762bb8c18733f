import os from 'node:os';
import path from 'node:path';
import { e2ePort } from './origin';

/**
 * A production server of the sample site that takes writes: the publishing
 * specs publish, correct and take down stories on it, so they never change
 * what the other suites read on the main server. The Playwright config
 * builds and serves it in a scratch copy (scripts/serve-scratch.ts); specs
 * that must stop or restart a server start their own `next start` in the
 * same folder (e2e/support/extra-server.ts). Constants only.
 */
export const publishingPort = e2ePort + 600;
export const publishingOrigin = `http://localhost:${publishingPort}`;
export const publishingDir = path.join(os.tmpdir(), `lede-e2e-publishing-${publishingPort}`);
/** Test-only key: 40 characters, as LEDE_PUBLISH_SECRET requires at least 32. */
export const publishingSecret = 'e2e-publishing-secret-0123456789abcdefgh';
