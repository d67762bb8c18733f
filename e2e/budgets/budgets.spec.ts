import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { budgetViolations, LIMITS, type PageKind } from '../../scripts/bench/budgets';
import { clientModules, firstPartyModules } from '../../scripts/bench/first-party';
import { FRAMEWORK_FLOOR } from '../../scripts/bench/framework-floor';
import { measurePage, totals, type BuildFiles } from '../../scripts/bench/page-weight';
import { paths } from '../../lib/urls';
import { allArticles, articleBySlug, referenceSlug } from '../support/content';
import { rtlDariArticleSlug } from '../support/a11y-rtl';
import { e2eOrigin } from '../support/origin';

/**
 * Byte budgets of the built site (issue #6), measured as a phone on a cold
 * cache pays them: see scripts/bench/page-weight.ts for how, and
 * scripts/bench/first-party.ts for how our scripts are told from the
 * framework's. Bytes only, never time.
 */

/** The build the server under test serves (next.config.js keeps Next's default distDir). */
const dist = path.resolve('.next');

const reference = articleBySlug(referenceSlug);
const dariReference = allArticles.find((article) => article.slug === rtlDariArticleSlug)!;
const pages: readonly { readonly name: string; readonly path: string; readonly route: string; readonly kind: PageKind }[] = [
  { name: 'reference article', path: paths.article(reference), route: '/(site)/[section]/[slug]/page', kind: 'article' },
  { name: 'home page', path: paths.home(), route: '/(site)/page', kind: 'front' },
  { name: 'section front', path: paths.section(reference.section), route: '/(site)/[section]/page', kind: 'front' },
  // A right-to-left edition's article pays for its Arabic-script font as well (issue #14).
  { name: 'Dari article', path: paths.article(dariReference), route: '/(editions)/edition/[edition]/[section]/[slug]/page', kind: 'article' },
];

test('the framework floor was measured with the Next and React installed', () => {
  const installed = (pkg: string) => (JSON.parse(readFileSync(path.resolve('node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  expect({ next: installed('next'), react: installed('react') }, 'run `npx tsx scripts/bench/measure-framework-floor.ts` after an upgrade').toEqual({
    next: FRAMEWORK_FLOOR.next,
    react: FRAMEWORK_FLOOR.react,
  });
});

test('article pages hydrate no client component of ours', () => {
  // The default edition's routes sit in the (site) route group, the other editions' in (editions) (docs/editions.md).
  const manifest = readFileSync(path.join(dist, 'server', 'app', '(site)', '[section]', '[slug]', 'page_client-reference-manifest.js'), 'utf8');
  const modules = clientModules(manifest);
  // Never vacuous: the framework's own client modules (layout router, error boundary…) are always listed.
  expect(modules.length).toBeGreaterThan(0);
  expect(firstPartyModules(modules).map((m) => m.path)).toEqual([]);
});

for (const page of pages) {
  test(`${page.name} stays within its byte budgets`, async () => {
    const build: BuildFiles = { distDir: dist, route: page.route };
    const weight = await measurePage(e2eOrigin, page.path, build);
    const t = totals(weight);
    test.info().annotations.push({ type: 'bytes', description: JSON.stringify({ ...t, jsLimit: LIMITS.jsGzipBytes }) });
    // Never vacuous: the page was really weighed.
    expect(weight.js.length).toBeGreaterThan(0);
    expect(weight.css.length).toBeGreaterThan(0);
    expect(budgetViolations(weight, page.kind)).toEqual([]);
  });
}
