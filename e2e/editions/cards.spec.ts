import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { editions } from '../../lib/editions';
import { articleCardData, cardVersion } from '../../lib/seo/cards';
import { findSection, editionSite } from '../../lib/site-config';
import { paths } from '../../lib/urls';
import { allArticles } from '../support/content';
import { botUserAgent, expectGoodCard, expectOnSite, fetchAsBot, fetchCard, one, readHead } from '../previews/bot';

/**
 * The editions' share cards (issue #14, docs/editions.md): every kind of page
 * points at a card under its edition's prefix, the card is a 1200×630 PNG
 * within the bots' limit, and a right-to-left edition's card is mirrored
 * (the dark brand panel of a front card at the left, not the right). How
 * the words inside are shaped and ordered is checked against Chromium word by
 * word in components/og/rtl-cards.test.tsx.
 */
const others = editions.all.filter((edition) => edition.prefix !== '');

/** Mean luminance (0–255) of a band of columns of the card. */
async function bandLuminance(body: Buffer, left: number, width: number): Promise<number> {
  const { data, info } = await sharp(body).extract({ left, top: 0, width, height: 630 }).greyscale().raw().toBuffer({ resolveWithObject: true });
  let sum = 0;
  for (const value of data) sum += value;
  return sum / (info.width * info.height);
}

for (const edition of others) {
  test(`the ${edition.name} edition's pages point at its own cards, drawn ${edition.direction}`, async ({ page, request }, testInfo) => {
    const site = editionSite(edition);
    const article = allArticles.find((candidate) => editions.forLang(candidate.lang) === edition);
    if (!article) throw new Error(`No article in the ${edition.prefix} edition`);
    const [topic] = article.topics;
    if (!topic) throw new Error(`${article.slug} has no topic`);
    const pages = {
      article: paths.article(article),
      home: `/${edition.prefix}`,
      section: `/${edition.prefix}/${article.section}`,
      topic: `/${edition.prefix}/topics/${topic.slug}`,
    };
    const sizes: Record<string, number> = {};
    for (const [kind, path] of Object.entries(pages)) {
      const tags = await readHead(page, await fetchAsBot(request, path));
      const card = expectOnSite(one(tags, 'og:image'), `${path} og:image`);
      expect(card.pathname, path).toBe(`${path}/opengraph-image`);
      expect(card.searchParams.get('v'), path).toMatch(/^[0-9a-f]{10}$/);
      // The version hashes what the card draws, the edition's language, direction and date included.
      if (kind === 'article') expect(card.searchParams.get('v')).toBe(cardVersion(articleCardData(article, findSection(article.section, site)!, site)));
      await expectGoodCard(request, card.toString());
      sizes[kind] = (await fetchCard(request, card.toString())).bytes;
    }
    testInfo.annotations.push({ type: 'card bytes', description: `${edition.prefix}: ${JSON.stringify(sizes)}` });

    // Mirrored or not: the section card's brand panel (dark) is at the start of the reading direction's far side.
    const response = await request.get(`${pages.section}/opengraph-image`, { headers: { 'user-agent': botUserAgent } });
    const body = await response.body();
    const left = await bandLuminance(body, 0, 300);
    const right = await bandLuminance(body, 900, 300);
    if (edition.direction === 'rtl') expect(left, 'brand panel at the left of a right-to-left card').toBeLessThan(right);
    else expect(right, 'brand panel at the right of a left-to-right card').toBeLessThan(left);
  });
}
