import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import base from './playwright.config';

/**
 * `npm run test:hostile`: builds the site from fixtures/hostile-content
 * (a valid article whose every field looks like markup, beside two real
 * ones) in a scratch copy of the project (scripts/serve-scratch.ts), serves
 * it, and checks that pages, head tags, JSON-LD, feeds and share cards show
 * that markup as text. One extra build, so it is a config of its own rather
 * than a project of the main one, which serves the real content.
 *
 * The port derives from the main run's (port + 500) so parallel runs by
 * several engineers stay apart, and so does the scratch folder. Both the
 * port and the copy's index folder are set in the environment here because
 * the test workers, which inherit it, read them through e2e/support (origin,
 * content index).
 */
const port = Number(process.env.LEDE_HOSTILE_PORT ?? Number(process.env.LEDE_E2E_PORT ?? 3100) + 500);
const origin = `http://localhost:${port}`;
const scratchDir = path.join(os.tmpdir(), `lede-hostile-${port}`);
process.env.LEDE_HOSTILE_PORT = String(port);
process.env.LEDE_E2E_PORT = String(port);
process.env.LEDE_E2E_INDEX_DIR = path.join(scratchDir, '.lede', 'site');

const contentDir = 'fixtures/hostile-content';

export default defineConfig({
  ...base,
  testDir: 'e2e/security/hostile',
  testMatch: '**/*.hostile.ts',
  outputDir: 'test-results-hostile',
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report-hostile' }]],
  use: { ...base.use, baseURL: origin },
  webServer: {
    // Always a fresh build: a server left running on this port may hold other content.
    command: `node node_modules/tsx/dist/cli.mjs scripts/serve-scratch.ts --content ${contentDir} --port ${port} --dir ${scratchDir}`,
    // The news sitemap lists only the last 48 hours; widened so the 2021 fixture is in it.
    env: { SITE_URL: origin, LEDE_NEWS_WINDOW_HOURS: '1000000' },
    // SIGTERM rather than Playwright's default SIGKILL, so serve-scratch.ts stops its server and deletes the copy.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
    url: origin,
    reuseExistingServer: false,
    // A full content and Next build happens first; this only stops one that hangs.
    timeout: 600_000,
  },
  projects: [{ name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } } }],
});
