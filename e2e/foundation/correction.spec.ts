import { expect, test } from '@playwright/test';
import { formatDateTime } from '../../lib/format/date';
import { paths } from '../../lib/urls';
import { articles } from '../support/content';

/** The sample content carries one correction (content/articles/ingenuity-first-flight-mars.mdx). */
const corrected = articles.find((article) => article.correction !== undefined);

test.describe('a corrected article', () => {
  test('shows a labelled, dated correction after the story and gives it to search engines', async ({ page }) => {
    if (!corrected?.correction || !corrected.updated) throw new Error('the content index must hold an article with a correction and its updated time');
    const response = await page.goto(paths.article(corrected));
    expect(response?.status()).toBe(200);

    const article = page.getByRole('article').first();
    const notice = article.getByRole('region', { name: 'Correction', exact: true });
    await expect(notice).toBeVisible();
    await expect(notice.getByRole('heading', { level: 2, name: 'Correction', exact: true })).toBeVisible();
    await expect(notice.getByText(corrected.correction, { exact: true })).toBeVisible();
    const time = notice.locator(`time[datetime="${corrected.updated}"]`);
    await expect(time).toHaveText(formatDateTime(corrected.updated));
    await expect(notice).toContainText(`Corrected ${formatDateTime(corrected.updated)}`);

    // The notice ends the story: after the body's subheads, just before the topic links.
    const headings = await article.locator('h2').allTextContents();
    expect(headings.slice(-2)).toEqual(['Correction', 'Topics']);

    const jsonLd = await page.locator('script[type="application/ld+json"]').first().textContent();
    const graph = (JSON.parse(jsonLd ?? '{}') as { '@graph'?: Record<string, unknown>[] })['@graph'] ?? [];
    const news = graph.find((node) => node['@type'] === 'NewsArticle');
    expect(news?.correction).toEqual({ '@type': 'CorrectionComment', text: corrected.correction, datePublished: corrected.updated });
  });

  test('an article without a correction has no notice', async ({ page }) => {
    const plain = articles.find((article) => article.correction === undefined);
    if (!plain) throw new Error('the content index must hold an article without a correction');
    await page.goto(paths.article(plain));
    await expect(page.getByRole('region', { name: 'Correction', exact: true })).toHaveCount(0);
  });
});
