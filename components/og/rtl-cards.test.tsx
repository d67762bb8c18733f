/**
 * The right-to-left cards, checked against Chromium (issue #14): each
 * headline is drawn by the card renderer and, with the same font, size, line
 * height and lines, by Chromium (ICU bidi, HarfBuzz, Skia: what a reader's
 * browser shows). Every word is cut out of Chromium's picture and searched for
 * along its line on the card: it must be found where Chromium put it (within
 * a couple of pixels) and match its ink closely. A word in the wrong place
 * (reversed order), unjoined letters or dots astray fail; the last tests show
 * that with the old @vercel/og text path and with reversed words.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { chromium, type Browser } from '@playwright/test';
import { ImageResponse } from '@vercel/og';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareCard, type ArticleCardInput } from '../../lib/og';
import { arabicFontFiles, fontPath } from '../../lib/og/arabic-fonts';
import { inkMask, locateWord, type InkMask, type Rect } from '../../lib/og/ink-match';
import { articleLayout as L, ogSize } from '../../lib/og/layout';
import type { ShapedBlock } from '../../lib/og/rtl';
import { renderArticleCard } from './render-card';

const systemChromium = '/usr/bin/chromium';

const withdrawal = {
  'fa-AF': 'متحدان ناتو خروج نیروهای خود از افغانستان را آغاز کردند',
  ps: 'د ناټو متحدینو له افغانستانه د خپلو ځواکونو وتل پیل کړل',
  ar: 'حلفاء الناتو يبدأون سحب قواتهم من أفغانستان',
  mixed: 'ناتو و Biden: خروج ۲۰۲۱ از افغانستان با 10,000 سرباز',
} as const;

/** Where the headline block sits on a right-to-left article card (RtlArticleCard): against the column's right padding, above the date. */
function headlineRect(block: ShapedBlock): Rect {
  const right = ogSize.width - L.padLeft;
  const bottom = ogSize.height - L.padBottom - L.footerRow - L.gapBeforeFooter;
  return { x: right - block.width, y: bottom - block.height, width: block.width, height: block.height };
}

async function maskOf(png: Buffer, rect?: Rect): Promise<InkMask> {
  const image = rect ? sharp(png).extract({ left: rect.x, top: rect.y, width: rect.width, height: rect.height }) : sharp(png);
  const { data, info } = await image.removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return inkMask(data, info.width, info.height, info.channels);
}

let browser: Browser;

beforeAll(async () => {
  const executablePath = existsSync(systemChromium) ? systemChromium : undefined;
  try {
    browser = await chromium.launch({
      ...(executablePath ? { executablePath } : {}),
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
    });
  } catch (error) {
    throw new Error(
      `The right-to-left card check needs Chromium: install Debian's (apt-get install chromium, as .ci/run does) or Playwright's. ${error instanceof Error ? error.message : ''}`,
    );
  }
}, 60_000);

async function fontFile(file: string): Promise<Buffer> {
  return readFile(fontPath(file));
}

afterAll(async () => {
  await browser?.close();
});

interface ChromiumLines {
  readonly png: Buffer;
  /** Each word's box, in the block's pixels. */
  readonly words: { readonly text: string; readonly rect: Rect }[];
}

/** The block's lines as Chromium sets them: same font file, size, line height, width, right-aligned. */
async function chromiumLines(block: ShapedBlock, fontData: string): Promise<ChromiumLines> {
  const page = await browser.newPage({ viewport: { width: block.width + 40, height: block.height + 40 }, deviceScaleFactor: 1 });
  try {
    const { fontSize, lineHeight, lines } = block.fitted;
    const html = `<!doctype html><html dir="rtl"><head><style>
      @font-face { font-family: Card; src: url(data:font/ttf;base64,${fontData}); }
      body { margin: 0; background: #fff; }
      #block { position: absolute; left: 0; top: 0; width: ${block.width}px; font: 700 ${fontSize}px/${lineHeight}px Card; color: #121212; }
      .line { white-space: nowrap; height: ${lineHeight}px; text-align: right; }
    </style></head><body><div id="block"></div></body></html>`;
    await page.setContent(html);
    await page.evaluate((texts) => {
      const block = document.getElementById('block')!;
      for (const text of texts) {
        const line = document.createElement('div');
        line.className = 'line';
        line.textContent = text;
        block.append(line);
      }
    }, lines as string[]);
    await page.evaluate(() => document.fonts.ready);
    const words = await page.evaluate(() => {
      const found: { text: string; rect: { x: number; y: number; width: number; height: number } }[] = [];
      document.querySelectorAll('.line').forEach((line, index) => {
        const node = line.firstChild!;
        const text = node.textContent ?? '';
        const height = line.getBoundingClientRect().height;
        for (const match of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const box = range.getBoundingClientRect();
          found.push({ text: match[0], rect: { x: Math.floor(box.left), y: index * height, width: Math.ceil(box.width), height } });
        }
      });
      return found;
    });
    const png = await page.screenshot({ clip: { x: 0, y: 0, width: block.width, height: block.height } });
    return { png, words };
  } finally {
    await page.close();
  }
}

interface CheckResult {
  readonly words: number;
  /** Largest distance between where Chromium put a word and where the card has it, px. */
  readonly maxOffset: number;
  /** Poorest ink match of a word (intersection over union). */
  readonly minIou: number;
}

/** The check itself: every word of Chromium's rendering, looked for in the card's headline box. */
async function compareWithChromium(cardPng: Buffer, block: ShapedBlock, fontFileName: string = arabicFontFiles.headline): Promise<CheckResult> {
  const reference = await chromiumLines(block, (await fontFile(fontFileName)).toString('base64'));
  const referenceMask = await maskOf(reference.png);
  const cardMask = await maskOf(cardPng, headlineRect(block));
  let maxOffset = 0;
  let minIou = 1;
  for (const word of reference.words) {
    const match = locateWord(referenceMask, word.rect, cardMask);
    maxOffset = Math.max(maxOffset, Math.hypot(match.dx, match.dy));
    minIou = Math.min(minIou, match.iou);
  }
  return { words: reference.words.length, maxOffset, minIou };
}

/** Within two pixels and with most of the ink in common: a word in its place, shaped as a browser shapes it. */
const limits = { maxOffset: 3, minIou: 0.75 };

function articleInput(title: string, lang: string): ArticleCardInput {
  return { kind: 'article', title, sectionName: 'جهان', published: '2021-04-14T22:10:00+02:00', imageSrc: '', imageAlt: '', lang, dir: 'rtl', dateText: '۲۵ حمل ۱۴۰۰' };
}

async function rtlCard(title: string, lang: string): Promise<{ png: Buffer; block: ShapedBlock }> {
  const input = articleInput(title, lang);
  const { layout } = await prepareCard(input);
  if (!('dir' in layout) || layout.kind !== 'article') throw new Error('expected a right-to-left article layout');
  const { imageSrc: _unused, ...rest } = input;
  const response = await renderArticleCard({ ...rest, imageSrc: '/images/articles/none-on-purpose.jpg' }, { publicDir: '/nonexistent' });
  return { png: Buffer.from(await response.arrayBuffer()), block: layout.headline };
}

describe('right-to-left cards match Chromium word for word', () => {
  for (const [name, headline] of Object.entries(withdrawal)) {
    it(`${name}: every word where Chromium puts it, shaped alike; card under 300 KB`, async () => {
      const { png, block } = await rtlCard(headline, name === 'mixed' ? 'fa-AF' : name);
      expect(png.byteLength).toBeLessThan(300 * 1024);
      const result = await compareWithChromium(png, block);
      console.log(`rtl check ${name}: ${result.words} words, ${block.fitted.lines.length} lines at ${block.fitted.fontSize}px, max offset ${result.maxOffset.toFixed(1)} px, min IoU ${result.minIou.toFixed(3)}, ${png.byteLength} B`);
      expect(result.words).toBe(headline.split(' ').length);
      expect(result.maxOffset).toBeLessThanOrEqual(limits.maxOffset);
      expect(result.minIou).toBeGreaterThanOrEqual(limits.minIou);
    }, 120_000);
  }
});

describe('the check catches wrong word order', () => {
  /** The same lines in the same box, handed to Satori as text, right-aligned: a card without lib/og/rtl.ts. */
  async function oldPathCard(block: ShapedBlock, file: string): Promise<Buffer> {
    const rect = headlineRect(block);
    const font = await fontFile(file);
    const { fontSize, lineHeight, lines } = block.fitted;
    const old = new ImageResponse(
      (
        <div style={{ display: 'flex', width: ogSize.width, height: ogSize.height, backgroundColor: '#fff' }}>
          <div style={{ display: 'flex', flexDirection: 'column', position: 'absolute', left: rect.x, top: rect.y, width: rect.width }}>
            {lines.map((line, i) => (
              <div key={i} style={{ display: 'flex', justifyContent: 'flex-end', height: lineHeight, fontSize, lineHeight: `${lineHeight}px`, fontFamily: 'Card', whiteSpace: 'nowrap', color: '#121212' }}>
                {line}
              </div>
            ))}
          </div>
        </div>
      ),
      { ...ogSize, fonts: [{ name: 'Card', data: font.buffer.slice(font.byteOffset, font.byteOffset + font.byteLength) as ArrayBuffer, weight: 700, style: 'normal' }] },
    );
    return Buffer.from(await old.arrayBuffer());
  }

  it('fails the old @vercel/og 0.9.0 text path (Satori 0.19 sets the lines itself)', async () => {
    const { block } = await rtlCard(withdrawal['fa-AF'], 'fa-AF');
    // With the Naskh, Satori 0.19 does not even draw: its opentype.js lacks a GSUB lookup the font uses.
    await expect(oldPathCard(block, arabicFontFiles.headline)).rejects.toThrow(/lookupType/);
    // With Vazirmatn it draws, joined but in the wrong order; Chromium gets the same font.
    const result = await compareWithChromium(await oldPathCard(block, arabicFontFiles.label), block, arabicFontFiles.label);
    console.log(`rtl check, old @vercel/og path (Vazirmatn): max offset ${result.maxOffset.toFixed(1)} px, min IoU ${result.minIou.toFixed(3)}`);
    expect(result.maxOffset).toBeGreaterThan(limits.maxOffset);
  }, 120_000);

  it('fails a card whose words are reversed', async () => {
    const { block } = await rtlCard(withdrawal.ar, 'ar');
    const reversed = await rtlCard(withdrawal.ar.split(' ').reverse().join(' '), 'ar');
    const result = await compareWithChromium(reversed.png, block);
    console.log(`rtl check, reversed words: max offset ${result.maxOffset.toFixed(1)} px, min IoU ${result.minIou.toFixed(3)}`);
    expect(result.maxOffset).toBeGreaterThan(limits.maxOffset);
  }, 120_000);
});
