import { test } from '@playwright/test';
test('debug measure', async ({ page }) => {
  await page.goto('/world/kabul-airport-bombing');
  console.log(await page.evaluate(() => {
    const p = document.querySelector<HTMLElement>('main article > div > p')!;
    const s = getComputedStyle(p);
    const c = document.createElement('canvas').getContext('2d')!;
    c.font = `${s.fontStyle} ${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
    const text = (p.textContent ?? '').replace(/\s+/g, ' ').trim();
    const range = document.createRange(); range.selectNodeContents(p);
    const lines = range.getClientRects().length;
    return { font: c.font, cw: p.clientWidth, textLen: text.length, width: c.measureText(text).width, zero: c.measureText('0').width, lines, lineCount: Math.round(p.getBoundingClientRect().height / parseFloat(s.lineHeight)), lh: s.lineHeight };
  }));
});
