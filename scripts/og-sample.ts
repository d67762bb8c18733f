/**
 * Renders sample Open Graph cards to /tmp/og-samples/ and checks them: size,
 * decoded dimensions, and that no headline ink reaches past its box.
 *
 *   npx tsx scripts/og-sample.ts
 *
 * Uses the JPEGs in public/images/articles/ when there are any; otherwise (or
 * in addition, for the worst case) it makes test pictures in /tmp and points
 * the renderer at them through the `publicDir` option.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { renderCard } from '../components/og/render-card';
import { cardByteBudget, fitArticleHeadline, ogImageSize, type ArticleCardInput } from '../lib/og';
import { articleHeadlineBox, articleLayout as L } from '../lib/og/layout';

const outDir = '/tmp/og-samples';
const testPublicDir = '/tmp/og-sample-public';
const hardLimit = 300 * 1024;

/** Headlines of exactly 20, 60, 110, 160 and 200 characters, written like real ones (with ø, ö, ğ, ı). */
const headlines = [
  'Storm floods Hamburg',
  'Ceasefire talks resume in Doha as aid trucks queue at border',
  'Germany’s coalition agrees a budget after weeks of wrangling, with deep cuts to rail, research and foreign aid',
  'Scientists in Tromsø report the Arctic’s warmest summer on record, as the sea ice retreats further and fishing communities count the cost of the shifting stocks',
  'After a decade of delays, the Brenner Base Tunnel finally has an opening date – but Austria, Italy and Bavaria still disagree over who pays for the access lines, and hauliers from Görlitz to Ağrı wait',
];

/** A flat-colour "map" like the newsroom's artwork in content/art. */
function illustrationSvg(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900" viewBox="0 0 1600 900">
  <rect width="1600" height="900" fill="#dbe7ef"/>
  <path d="M0 620 C300 540 520 700 820 610 S1300 520 1600 600 V900 H0Z" fill="#c8d8b9"/>
  <path d="M200 120 L640 90 L760 300 L600 520 L260 470 Z" fill="#e9dfc8" stroke="#8a7d62" stroke-width="4"/>
  <path d="M760 300 L1120 180 L1380 360 L1200 560 L600 520 Z" fill="#f1e8d2" stroke="#8a7d62" stroke-width="4"/>
  <circle cx="930" cy="380" r="22" fill="#b00020"/>
  <circle cx="480" cy="300" r="14" fill="#121212"/>
  <path d="M480 300 L930 380" stroke="#b00020" stroke-width="6" stroke-dasharray="18 12" fill="none"/>
</svg>`;
}

async function makeTestImages(): Promise<string[]> {
  const dir = path.join(testPublicDir, 'images', 'articles');
  await mkdir(dir, { recursive: true });
  await sharp(Buffer.from(illustrationSvg())).jpeg({ quality: 78, mozjpeg: true }).toFile(path.join(dir, 'test-illustration.jpg'));
  // Worst case for a PNG: a photo-like picture, smooth gradients under fine grain.
  const grain = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } } })
    .blur(1.2)
    .png()
    .toBuffer();
  const sky = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900">
    <defs><linearGradient id="g" x1="0" y1="0" x2="0.4" y2="1">
      <stop offset="0" stop-color="#6d8fb3"/><stop offset="0.55" stop-color="#d9a066"/><stop offset="1" stop-color="#3b2a1e"/>
    </linearGradient></defs><rect width="1600" height="900" fill="url(#g)"/></svg>`);
  await sharp(sky)
    .composite([{ input: grain, blend: 'soft-light' }])
    .jpeg({ quality: 85, mozjpeg: true })
    .toFile(path.join(dir, 'test-photo.jpg'));
  return ['/images/articles/test-illustration.jpg', '/images/articles/test-photo.jpg'];
}

/**
 * The strip between the headline box and the hero must stay paper-white: any
 * ink there means Satori set a line wider than the box it was fitted to.
 */
async function headlineOverflow(png: Buffer): Promise<{ inkPixels: number; maxInkX: number }> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  // The headline sits at the column's foot, so scan everything between the wordmark and the date.
  const top = L.topRule + L.padTop + L.brandRow;
  const bottom = ogImageSize.height - L.padBottom - L.footerRow;
  const boxRight = L.padLeft + articleHeadlineBox.width;
  const columnRight = ogImageSize.width - L.hero.width;
  let inkPixels = 0;
  let maxInkX = 0;
  for (let y = top; y < bottom; y += 1) {
    for (let x = L.padLeft; x < columnRight; x += 1) {
      const i = (y * info.width + x) * info.channels;
      const dark = (data[i] ?? 255) < 200 || (data[i + 1] ?? 255) < 200 || (data[i + 2] ?? 255) < 200;
      if (!dark) continue;
      maxInkX = Math.max(maxInkX, x);
      if (x >= boxRight) inkPixels += 1;
    }
  }
  return { inkPixels, maxInkX };
}

async function save(name: string, response: Response): Promise<{ bytes: number; png: Buffer }> {
  const png = Buffer.from(await response.arrayBuffer());
  await writeFile(path.join(outDir, name), png);
  const meta = await sharp(png).metadata();
  const flag = png.byteLength > hardLimit ? '  OVER 300 KB' : png.byteLength > cardByteBudget ? '  over target' : '';
  console.log(`${name.padEnd(58)} ${String(png.byteLength).padStart(7)} B  ${(png.byteLength / 1024).toFixed(0).padStart(4)} KB  ${meta.width}x${meta.height} ${meta.format}${flag}`);
  if (meta.width !== ogImageSize.width || meta.height !== ogImageSize.height) throw new Error(`${name}: wrong size`);
  return { bytes: png.byteLength, png };
}

async function main(): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const realDir = path.join(process.cwd(), 'public', 'images', 'articles');
  const real = (await readdir(realDir).catch(() => [])).filter((name) => /\.jpe?g$/i.test(name)).sort();
  const images: { src: string; publicDir?: string; label: string }[] = real
    .slice(0, 2)
    .map((name) => ({ src: `/images/articles/${name}`, label: path.parse(name).name }));
  for (const src of await makeTestImages()) images.push({ src, publicDir: testPublicDir, label: path.parse(src).name });

  let failures = 0;
  console.log(`headline box ${articleHeadlineBox.width}x${articleHeadlineBox.height}; writing to ${outDir}`);
  for (const image of images) {
    for (const title of headlines) {
      const input: ArticleCardInput = {
        kind: 'article',
        title,
        sectionName: 'World',
        published: '2025-03-05T23:30:00Z',
        imageSrc: image.src,
        imageAlt: 'Sample picture',
      };
      const name = `article-${image.label}-${title.length}.png`;
      const { bytes, png } = await save(name, await renderCard(input, { publicDir: image.publicDir }));
      const overflow = await headlineOverflow(png);
      if (overflow.inkPixels > 0 || bytes > hardLimit) failures += 1;
      const fitted = await fitArticleHeadline(title);
      console.log(
        `${''.padEnd(58)} ${fitted.fontSize}px × ${fitted.lines.length} lines${fitted.truncated ? ' (ellipsis)' : ''}; ` +
          `ink up to x=${overflow.maxInkX} (box ends at ${L.padLeft + articleHeadlineBox.width}), ${overflow.inkPixels} px outside`,
      );
    }
  }

  // Edge cases: a headline that is one 200-character word, markup as text, a missing picture.
  const edge: [string, ArticleCardInput][] = [
    ['article-no-spaces.png', { kind: 'article', title: 'Donaudampfschifffahrtsgesellschaft'.repeat(6).slice(0, 200), sectionName: 'Économie', published: '2025-07-01T00:30:00+02:00', imageSrc: images[0]!.src, imageAlt: '' }],
    ['article-markup.png', { kind: 'article', title: 'Why “</script>” and <b>bold</b> tags stay text: ä é ğ Ω 🚀', sectionName: 'Science', published: '2025-01-01T12:00:00+01:00', imageSrc: images[0]!.src, imageAlt: '' }],
    ['article-missing-image.png', { kind: 'article', title: 'When the picture is missing, the brand panel stands in', sectionName: 'Culture', published: '2025-01-01T12:00:00+01:00', imageSrc: '/images/articles/does-not-exist.jpg', imageAlt: '' }],
  ];
  for (const [name, input] of edge) {
    const { bytes, png } = await save(name, await renderCard(input, { publicDir: images[0]!.publicDir }));
    const overflow = await headlineOverflow(png);
    if (overflow.inkPixels > 0 || bytes > hardLimit) failures += 1;
    const fitted = await fitArticleHeadline(input.title);
    console.log(`${''.padEnd(58)} ${fitted.fontSize}px × ${fitted.lines.length} lines; ink up to x=${overflow.maxInkX}, ${overflow.inkPixels} px outside`);
  }

  await save('front-home.png', await renderCard({ kind: 'front', title: 'Independent news, clearly told', description: 'World, economy, climate, science, culture and sport from Lede’s newsroom.' }));
  await save('front-section.png', await renderCard({ kind: 'front', title: 'World', description: 'Conflict, diplomacy and the people caught up in them.', kicker: 'Section' }));
  await save('front-topic.png', await renderCard({ kind: 'front', title: 'Topic: Taliban', description: 'Every Lede story on the Taliban, newest first, with background and analysis from our correspondents.' }));
  await save('front-long.png', await renderCard({ kind: 'front', title: 'Russia’s war in Ukraine and the reconstruction of Europe’s security order', description: 'All our reporting.', kicker: 'Topic' }));

  if (failures > 0) {
    console.error(`${failures} card(s) failed a check`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
