import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Result } from 'axe-core';

/** WCAG 2.0–2.2 A and AA plus axe's best practices. No rule is disabled, colour contrast included. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] as const;

/**
 * Runs axe on the page as it is. Legacy mode runs axe in the page itself
 * rather than finishing in a second, blank page: Lede pages have no frames,
 * and it saves a page per run over ~700 runs.
 */
export async function axeViolations(page: Page): Promise<Result[]> {
  // resultTypes only trims the detail axe collects for passing checks; every rule still runs.
  const results = await new AxeBuilder({ page }).withTags([...axeTags]).options({ resultTypes: ['violations'] }).setLegacyMode(true).analyze();
  return results.violations;
}

/** One line per failing element: rule, impact, page, target and the element's HTML, so a failure says what to fix. */
export function describeViolations(violations: readonly Result[], url: string): string {
  return violations
    .flatMap((violation) =>
      violation.nodes.map((node) => {
        const detail = node.failureSummary?.replace(/\s+/g, ' ').trim() ?? '';
        return [
          `[${violation.id}] (${violation.impact ?? 'n/a'}) ${violation.help} on ${url}`,
          `  target: ${node.target.join(' ')}`,
          `  html:   ${node.html}`,
          detail ? `  why:    ${detail}` : '',
          `  rule:   ${violation.helpUrl}`,
        ]
          .filter(Boolean)
          .join('\n');
      }),
    )
    .join('\n\n');
}
