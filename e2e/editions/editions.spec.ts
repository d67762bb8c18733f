import { expect, test, type Page } from '@playwright/test';
import { editions } from '../../lib/editions';
import { allArticles } from '../support/content';

/**
 * The language editions (issue #14): each at its prefix, in its language and
 * direction, with its own fronts, feeds, sitemaps, 404 and translations
 * linked both ways. The accessibility matrix audits a few right-to-left
 * pages too (e2e/support/a11y-rtl.ts).
 */
const others = editions.all.filter((edition) => edition.prefix !== '');
const dariNato = '/fa-af/world/natu-aghaz-khuruj-az-afghanistan';
const englishNato = '/world/nato-allies-begin-afghanistan-withdrawal';

async function jsonLdGraph(page: Page): Promise<Record<string, unknown>[]> {
  const text = await page.locator('script[type="application/ld+json"]').first().textContent();
  return (JSON.parse(text ?? '{}') as { '@graph': Record<string, unknown>[] })['@graph'];
}

for (const edition of others) {
  test(`the ${edition.name} home page is in its language and direction, with its own stories only`, async ({ page }) => {
    const response = await page.goto(`/${edition.prefix}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', edition.lang);
    await expect(page.locator('html')).toHaveAttribute('dir', edition.direction);
    await expect(page.getByRole('link', { name: edition.strings.skipToContent })).toHaveCount(1);
    await expect(page.getByRole('navigation', { name: edition.strings.mainMenu })).toBeVisible();
    const storyLinks = await page.locator('main article h2 a, main article h3 a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(storyLinks.length).toBeGreaterThanOrEqual(5);
    for (const href of storyLinks) expect(href.startsWith(`/${edition.prefix}/`), href).toBe(true);
    // Fonts for Arabic script only where the edition has them.
    await expect(page.locator('link[rel="preload"][as="font"]')).toHaveCount(edition.fonts ? 1 : 0);
  });
}

test('the default edition is unchanged at / and loads no Arabic-script font', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.locator('link[href*="vazirmatn"]')).toHaveCount(0);
  const footer = page.locator('#more-sites');
  await expect(footer.getByRole('heading')).toHaveText('More Lede sites');
  await expect(footer.getByRole('link', { name: 'دری' })).toHaveAttribute('href', '/fa-af');
  await expect(footer.getByRole('link', { name: 'دری' })).toHaveAttribute('lang', 'fa-AF');
});

test('a Dari article: chrome, Solar Hijri dates in Persian digits, onward links from its edition, translations linked', async ({ page }) => {
  const response = await page.goto(dariNato);
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fa-AF');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('time').first()).toContainText('حمل ۱۴۰۰');
  await expect(page.locator('figure figcaption').first()).toContainText('تصویر: گرافیک Lede');
  await expect(page.getByText('نشر شده', { exact: false }).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'موضوع‌ها' })).toBeVisible();

  const onward = await page.locator('[data-tier] a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(onward.length).toBeGreaterThanOrEqual(3);
  for (const href of onward) expect(href.startsWith('/fa-af/'), `onward link ${href} stays in the edition`).toBe(true);
  await expect(page.locator('[data-tier] h2').first()).toHaveText(/گزارش‌های مرتبط|بیشتر/);

  const readIn = page.getByRole('navigation', { name: 'این گزارش را بخوانید به' });
  await expect(readIn.getByRole('link', { name: 'English' })).toHaveAttribute('href', englishNato);
  await expect(readIn.getByRole('link', { name: 'پښتو' })).toHaveAttribute('hreflang', 'ps');

  const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((link) => [link.getAttribute('hreflang'), new URL(link.getAttribute('href') ?? '').pathname]));
  expect(alternates).toEqual(expect.arrayContaining([['fa-AF', dariNato], ['en', englishNato], ['x-default', englishNato], ['de', '/de/world/nato-beginnt-abzug-aus-afghanistan']]));

  const [story] = await jsonLdGraph(page);
  expect(story).toMatchObject({ '@type': 'NewsArticle', inLanguage: 'fa-AF' });
  expect(String((story?.['translationOfWork'] as { '@id': string })['@id'])).toContain(englishNato);
});

test('the English original names its translations in hreflang, links and JSON-LD', async ({ page }) => {
  await page.goto(englishNato);
  const readIn = page.getByRole('navigation', { name: 'Read this story in' });
  await expect(readIn.getByRole('link')).toHaveCount(4);
  await expect(readIn.getByRole('link', { name: 'العربية' })).toHaveAttribute('lang', 'ar');
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveCount(1);
  const [story] = await jsonLdGraph(page);
  expect((story?.['workTranslation'] as unknown[]).length).toBe(4);
});

test('a Pashto section front mirrors: the skip links, brand and menu start at the right-hand edge', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/ps/world');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('نړۍ');
  const width = 1280;
  await page.keyboard.press('Tab');
  const skip = await page.locator(':focus').boundingBox();
  expect(skip && skip.x + skip.width, 'the first skip link shows at the right').toBeGreaterThan(width / 2);
  const brand = await page.locator('header a').first().boundingBox();
  const firstItem = await page.getByRole('navigation', { name: 'اصلي لړلیک' }).locator('a').first().boundingBox();
  const lastItem = await page.getByRole('navigation', { name: 'اصلي لړلیک' }).locator('a').last().boundingBox();
  expect(brand && brand.x + brand.width).toBeGreaterThan(width / 2);
  expect(firstItem && lastItem && firstItem.x).toBeGreaterThan(lastItem?.x ?? Number.POSITIVE_INFINITY);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
});

test('each edition answers a missing page with its own 404, in its language and direction', async ({ page }) => {
  for (const [url, lang, dir, title] of [
    ['/ar/no-such-section', 'ar', 'rtl', 'الصفحة غير موجودة'],
    ['/fa-af/world/no-such-story', 'fa-AF', 'rtl', 'صفحه پیدا نشد'],
    ['/de/topics/no-such-topic', 'de', 'ltr', 'Seite nicht gefunden'],
    ['/no-such-section', 'en', 'ltr', 'Page not found'],
  ] as const) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('html')).toHaveAttribute('dir', dir);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  }
  // The editions' internal tree is never an address of its own.
  expect((await page.goto('/edition/de'))?.status()).toBe(404);
  // An English story is not at a Dari address.
  expect((await page.goto(`/fa-af${englishNato}`))?.status()).toBe(404);
});

test('each edition has its own feed, sitemap with hreflang links and Google News sitemap', async ({ request }) => {
  const feed = await (await request.get('/ps/feed.xml')).text();
  expect(feed).toContain('<language>ps</language>');
  const items = [...feed.matchAll(/<link>([^<]+)<\/link>/g)].map((match) => new URL(match[1] ?? '').pathname).filter((path) => path !== '/ps');
  expect(items.length).toBe(allArticles.filter((article) => article.lang === 'ps').length);
  for (const path of items) expect(path.startsWith('/ps/')).toBe(true);

  const index = await (await request.get('/fa-af/sitemap.xml')).text();
  expect(index).toContain('/fa-af/sitemaps/0.xml');
  const sitemap = await (await request.get('/fa-af/sitemaps/0.xml')).text();
  expect(sitemap).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
  expect(sitemap).toMatch(/<xhtml:link rel="alternate" hreflang="x-default" href="[^"]+\/world\/nato-allies-begin-afghanistan-withdrawal" \/>/);
  const english = await (await request.get('/sitemaps/0.xml')).text();
  expect(english).toContain('hreflang="fa-AF"');
  // The Dari version is named as an alternate of the English page, never listed as a page of the English sitemap.
  expect(english).toContain('/fa-af/world/natu');
  expect(english).not.toMatch(/<loc>[^<]*\/fa-af\//);

  const news = await request.get('/de/news-sitemap.xml');
  expect(news.status()).toBe(200);
  expect(await (await request.get('/robots.txt')).text()).toContain('/ar/sitemap.xml');
});
