import { existsSync } from 'node:fs';
import { defineConfig, devices, type Project } from '@playwright/test';
import { a11yViewports, colorSchemes, projectGrep, type A11yViewport, type ColorScheme } from './e2e/support/a11y-matrix';
import { archiveArticleCount, archiveDir, archiveOrigin, archivePort } from './e2e/support/archive-server';
import { e2eOrigin, e2ePort } from './e2e/support/origin';
import { publishingDir, publishingOrigin, publishingPort, publishingSecret } from './e2e/support/publishing-server';

/**
 * Debian's Chromium when it is installed (Playwright cannot download its own
 * browser on our machines); Playwright's bundled browser otherwise.
 */
const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const executablePath = existsSync(systemChromium) ? systemChromium : undefined;

/** The accessibility suite is the only one that runs at every width and in both schemes. */
const a11ySpecs = 'a11y/**/*.spec.ts';

/**
 * One project per width × colour scheme, each with reduced motion honoured.
 * Desktop Chrome emulation at every width: WCAG's reflow and target-size
 * criteria are about CSS pixels, not about touch emulation.
 */
function a11yProject(viewport: A11yViewport, colorScheme: ColorScheme): Project {
  return {
    name: `a11y-${viewport.name}-${colorScheme}`,
    testMatch: a11ySpecs,
    // Each project runs its share of the matrix (e2e/support/a11y-matrix.ts, a11y-plan.ts).
    grep: projectGrep(viewport, colorScheme),
    // Hang protection, not a speed target: an audit runs axe and a dozen layout passes, slow on a shared 2-core machine.
    timeout: 120_000,
    use: {
      ...devices['Desktop Chrome'],
      viewport: { width: viewport.width, height: viewport.height },
      colorScheme,
      reducedMotion: 'reduce',
    },
  };
}

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  workers: process.env.CI ? 2 : undefined,
  // A failing run leaves the HTML report, with screenshots, in playwright-report/ (CI keeps it).
  reporter: [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: e2eOrigin,
    // Recording a trace of every test costs more than a rare failure's trace is worth: a failure
    // still leaves its screenshot and a message naming the rule, element and page.
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      // Our machines have no network: stop Chromium phoning home at start.
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
    },
  },
  webServer: [
    {
      // The build must have been made with SITE_URL=e2eOrigin (npm test does it).
      command: `npx next start -p ${e2ePort}`,
      url: e2eOrigin,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      // Fronts with more than one page, which the sample site is too small to have (e2e/support/archive.ts).
      command: `node node_modules/tsx/dist/cli.mjs scripts/serve-scratch.ts --synthetic ${archiveArticleCount} --port ${archivePort} --dir ${archiveDir}`,
      // Nothing rendered ahead: the suite asks for a handful of its pages, which render on first request.
      env: { SITE_URL: archiveOrigin, LEDE_PRERENDER_COUNT: '0', LEDE_PRERENDER_CARDS: '0' },
      url: archiveOrigin,
      reuseExistingServer: !process.env.CI,
      // A content build and a Next build happen first; this only stops one that hangs.
      timeout: 600_000,
      // SIGTERM rather than Playwright's default SIGKILL, so serve-scratch.ts stops its server and deletes the copy;
      // tsx itself (found without PATH) rather than through npx, which takes its children down before they clean up.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
      stdout: 'ignore',
    },
    {
      // The sample site with the publishing API on (e2e/support/publishing-server.ts): the publishing specs write to it.
      command: `node node_modules/tsx/dist/cli.mjs scripts/serve-scratch.ts --content content --port ${publishingPort} --dir ${publishingDir}`,
      env: { SITE_URL: publishingOrigin, LEDE_PUBLISH_SECRET: publishingSecret, LEDE_PRERENDER_CARDS: '0' },
      url: publishingOrigin,
      reuseExistingServer: !process.env.CI,
      timeout: 600_000,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
      stdout: 'ignore',
    },
  ],
  projects: [
    // Every other suite (foundation, previews, budgets, security, …) runs once, on desktop.
    { name: 'desktop', testIgnore: a11ySpecs, use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } } },
    // The page anatomy once more on an emulated phone (touch, mobile viewport). What fronts list and what shows
    // without JavaScript does not change with the width; the a11y projects check every page at phone widths.
    {
      name: 'phone',
      testMatch: 'foundation/**/*.spec.ts',
      testIgnore: ['foundation/fronts.spec.ts', 'foundation/no-javascript.spec.ts'],
      use: { ...devices['Pixel 7'] },
    },
    ...a11yViewports.flatMap((viewport) => colorSchemes.map((scheme) => a11yProject(viewport, scheme))),
  ],
});
