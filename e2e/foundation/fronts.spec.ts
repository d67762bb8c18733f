import { expect, test, type Page } from '@playwright/test';
import { siteConfig } from '../../lib/site-config';
import { paths } from '../../lib/urls';
import { articles, contentIndex } from '../support/content';

/**
 * Fronts are server-rendered lists: read with JavaScript off, so each check
 * here also proves a reader without JavaScript gets the whole list.
 */
test.use({ javaScriptEnabled: false });

async function listedHrefs(page: Page): Promise<string[]> {
  return page.getByRole('main').getByRole('article').getByRole('heading').getByRole('link').evaluateAll((links) =>
    links.map((link) => link.getAttribute('href') ?? ''),
  );
}

test('home leads with the newest story and lists the latest after it', async ({ page }) => {
  await page.goto(paths.home(), { waitUntil: 'domcontentloaded' });
  const hrefs = await listedHrefs(page);
  expect(hrefs.slice(0, 7)).toEqual(articles.slice(0, 7).map((article) => paths.article(article)));
  const lead = page.getByRole('region', { name: 'Lead story' });
  await expect(lead.getByRole('heading', { level: 2 })).toHaveText(articles[0]?.title ?? '');
});

test('home has a block per section that has stories to show', async ({ page }) => {
  await page.goto(paths.home(), { waitUntil: 'domcontentloaded' });
  for (const section of siteConfig.sections) {
    const block = page.getByRole('region', { name: section.name, exact: true });
    const shown = articles.slice(0, 7).map((a) => a.slug);
    const remaining = articles.filter((a) => a.section === section.slug && !shown.includes(a.slug));
    if (remaining.length === 0) continue;
    await expect(block.getByRole('heading', { level: 3 })).toHaveCount(Math.min(3, remaining.length));
  }
});

for (const section of siteConfig.sections) {
  test(`section front /${section.slug} lists exactly its stories, newest first`, async ({ page }) => {
    await page.goto(paths.section(section.slug), { waitUntil: 'domcontentloaded' });
    await expect(page.locator('h1')).toHaveText(section.name);
    const expected = articles.filter((a) => a.section === section.slug).map((a) => paths.article(a));
    expect(expected.length).toBeGreaterThan(0);
    expect(await listedHrefs(page)).toEqual(expected);
  });
}

for (const topic of contentIndex.topics) {
  test(`topic page /topics/${topic.slug} lists exactly the topic's stories, newest first`, async ({ page }) => {
    await page.goto(paths.topic(topic.slug), { waitUntil: 'domcontentloaded' });
    await expect(page.locator('h1')).toContainText(topic.name);
    const expected = articles.filter((a) => a.topics.some((t) => t.slug === topic.slug)).map((a) => paths.article(a));
    expect(await listedHrefs(page)).toEqual(expected);
  });
}

test('drafts never appear in a production build', async ({ request }) => {
  expect(articles.some((article) => article.draft)).toBe(false);
  const draft = await request.get('/world/draft-taliban-first-year-review');
  expect(draft.status()).toBe(404);
});
