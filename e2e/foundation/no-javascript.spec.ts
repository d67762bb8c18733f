import { expect, test } from '@playwright/test';
import { formatSignOff } from '../../lib/format/sign-off';
import { paths } from '../../lib/urls';
import { articles, routes } from '../support/content';

/**
 * Every article shows its story without JavaScript. Fronts are read with
 * JavaScript off by fronts.spec.ts, which checks their whole lists.
 */
test.use({ javaScriptEnabled: false });

test.describe('every article shows its full content without JavaScript', () => {
  for (const article of articles) {
    test(`article ${article.slug}`, async ({ page }) => {
      expect((await page.goto(paths.article(article)))?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveText(article.title);
      await expect(page.getByText(formatSignOff(article.authors, article.sources), { exact: true })).toBeVisible();
      await expect(page.getByRole('article').first().locator('figure img').first()).toBeVisible();
    });
  }

  test('the main menu opens and closes without JavaScript on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(routes.home);
    const menu = page.getByRole('navigation', { name: 'Main menu' });
    const world = menu.getByRole('link', { name: 'World' });
    await expect(world).toBeHidden();
    await menu.getByText('Sections').click();
    await expect(world).toBeVisible();
    await menu.getByText('Sections').click();
    await expect(world).toBeHidden();
  });
});
