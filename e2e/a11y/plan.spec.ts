import { expect, test } from '@playwright/test';
import { a11yViewports, colorSchemes, onceTag } from '../support/a11y-matrix';
import { rtlTemplateNames } from '../support/a11y-rtl';
import { auditPagesFor, everyWidthPages, spreadPages, spreadWidth, templates, variantCoverage, variants } from '../support/a11y-plan';
import { everyRoute } from '../support/content';

/**
 * The guarantee docs/accessibility.md states, checked against the matrix the
 * suite actually runs (e2e/support/a11y-plan.ts), so a change to the plan
 * that drops a template, a variant or a page fails here.
 */
const widths = a11yViewports.map((viewport) => viewport.name);

test('every route template is audited at every width in both schemes', { tag: onceTag }, () => {
  const names = templates.map((template) => template.name);
  expect(names).toEqual(['home', 'section front', 'topic front', 'article', 'paginated section front', 'paginated topic front', '404 page', ...rtlTemplateNames]);
  for (const width of widths) {
    for (const scheme of colorSchemes) {
      const audited = auditPagesFor(width, scheme).map((page) => page.url);
      for (const template of templates) expect(audited, `${template.name} at ${width}, ${scheme}`).toContain(template.url);
    }
  }
});

test('every content variant is carried by an article audited at every width in both schemes', { tag: onceTag }, () => {
  expect(variantCoverage.missing, 'variants no article carries').toEqual([]);
  const covered = [...variantCoverage.chosen.values()].flat();
  expect(new Set(covered)).toEqual(new Set(variants.map((variant) => variant.name)));
  for (const width of widths) {
    for (const scheme of colorSchemes) {
      const audited = new Set(auditPagesFor(width, scheme).map((page) => page.url));
      for (const page of everyWidthPages) expect(audited.has(page.url), `${page.url} at ${width}, ${scheme}`).toBe(true);
    }
  }
});

test('every published page is audited in each scheme, at two different widths', { tag: onceTag }, () => {
  for (const url of everyRoute) {
    for (const scheme of colorSchemes) {
      const where = widths.filter((width) => auditPagesFor(width, scheme).some((page) => page.url === url));
      expect(where.length, `${url} in the ${scheme} scheme`).toBeGreaterThan(0);
    }
  }
  spreadPages.forEach((page, index) => expect(spreadWidth(index, 'light'), page.url).not.toBe(spreadWidth(index, 'dark')));
});

test('every article is laid out (light scheme) at one width or more, variant articles at every width', { tag: onceTag }, () => {
  for (const page of [...everyWidthPages, ...spreadPages].filter((candidate) => candidate.article)) {
    const where = widths.filter((width) => auditPagesFor(width, 'light').some((audited) => audited.url === page.url));
    expect(where.length, page.url).toBeGreaterThan(0);
    if (everyWidthPages.includes(page)) expect(where, page.url).toEqual(widths);
  }
});
