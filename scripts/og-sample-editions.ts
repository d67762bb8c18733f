/**
 * Writes the right-to-left reference cards shown in docs/editions.md to
 * docs/images/cards/ and prints their sizes. Look at them after a change to
 * lib/og/rtl.ts or the RTL card components; the automated check is
 * components/og/rtl-cards.test.tsx.
 *
 *   npm run og:sample:editions
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { renderArticleCard, renderFrontCard } from '../components/og/render-card';

const outDir = path.join(process.cwd(), 'docs', 'images', 'cards');
const published = '2021-04-14T22:10:00+02:00';
const hero = '/images/articles/nato-allies-begin-afghanistan-withdrawal.jpg';

const cards: [string, () => Promise<Response>][] = [
  ['withdrawal-fa-af.png', () => renderArticleCard({ title: 'متحدان ناتو خروج نیروهای خود از افغانستان را آغاز کردند', sectionName: 'جهان', published, imageSrc: hero, imageAlt: '', lang: 'fa-AF', dir: 'rtl' })],
  ['withdrawal-ps.png', () => renderArticleCard({ title: 'د ناټو متحدینو له افغانستانه د خپلو ځواکونو وتل پیل کړل', sectionName: 'نړۍ', published, imageSrc: hero, imageAlt: '', lang: 'ps', dir: 'rtl' })],
  ['withdrawal-ar.png', () => renderArticleCard({ title: 'حلفاء الناتو يبدأون سحب قواتهم من أفغانستان', sectionName: 'العالم', published, imageSrc: hero, imageAlt: '', lang: 'ar', dir: 'rtl' })],
  ['mixed-fa-af.png', () => renderArticleCard({ title: 'ناتو و Biden: خروج ۲۰۲۱ از افغانستان با 10,000 سرباز (گزارش)', sectionName: 'جهان', published, imageSrc: '/images/articles/none.jpg', imageAlt: '', lang: 'fa-AF', dir: 'rtl' })],
  ['front-topic-fa-af.png', () => renderFrontCard({ title: 'افغانستان', description: 'همه گزارش‌های ما درباره افغانستان، تازه‌ترین در ابتدا.', kicker: 'موضوع', lang: 'fa-AF', dir: 'rtl' })],
];

async function main(): Promise<void> {
  await mkdir(outDir, { recursive: true });
  for (const [name, render] of cards) {
    const png = Buffer.from(await (await render()).arrayBuffer());
    await writeFile(path.join(outDir, name), png);
    console.log(`${name.padEnd(24)} ${String(png.byteLength).padStart(7)} B  ${(png.byteLength / 1024).toFixed(0).padStart(4)} KB`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
