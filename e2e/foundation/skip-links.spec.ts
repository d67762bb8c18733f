import { expect, test } from '@playwright/test';
import { paths } from '../../lib/urls';
import { articleBySlug, referenceSlug } from '../support/content';

const targets = [
  { name: 'Skip to content', id: 'content' },
  { name: 'Skip to main menu', id: 'main-menu' },
  { name: 'Skip to More Lede sites', id: 'more-sites' },
];

test('the three skip links are the first Tab stops and each moves focus to its target', async ({ page, browserName }) => {
  test.skip(browserName !== 'chromium', 'Tab order is checked in Chromium');
  for (const [index, target] of targets.entries()) {
    await page.goto(paths.article(articleBySlug(referenceSlug)));
    for (let press = 0; press <= index; press += 1) await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect(focused).toHaveText(target.name);
    await expect(focused).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.locator(':focus')).toHaveAttribute('id', target.id);
  }
});
