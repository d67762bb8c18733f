import { expect, test } from '@playwright/test';
import { articleBySlug, referenceSlug } from '../support/content';

const reference = articleBySlug(referenceSlug);
const unknown = [
  '/weather',
  '/world/no-such-story',
  `/economy/${reference.slug}`,
  '/topics/no-such-topic',
  '/world/no-such-story/deeper',
];

for (const url of unknown) {
  test(`${url} is the site's 404 page with a 404 status`, async ({ page }) => {
    const response = await page.goto(url);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Page not found');
    await expect(page.getByRole('navigation', { name: 'Main menu' })).toBeAttached();
  });
}
