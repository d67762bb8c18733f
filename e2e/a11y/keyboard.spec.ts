import { expect, test, type Page } from '@playwright/test';
import { focusIndicatorProblem, readFocused, walkTabOrder, type FocusSnapshot } from '../support/a11y-focus';
import { lightTag } from '../support/a11y-matrix';
import { everyWidthPages } from '../support/a11y-plan';
import { editions } from '../../lib/editions';
import { editionAt } from '../../lib/routing/editions';
import { siteConfig } from '../../lib/site-config';

/** The page's own direction: right-to-left pages are walked right to left. */
async function pageDirection(page: Page): Promise<'ltr' | 'rtl'> {
  return (await page.evaluate(() => document.documentElement.dir)) === 'rtl' ? 'rtl' : 'ltr';
}

/**
 * What a keyboard user meets on one page of each template and on each
 * content-variant article, at every width. Tab order and skip links do not
 * depend on the colour scheme, so they run in the light scheme; every page's
 * focus indicators are checked in both schemes by audit.spec.ts.
 */
/** The skip links in the words of the page's edition (the default edition's: "Skip to content", …). */
function skipLinksAt(url: string) {
  const { strings } = (editionAt(new URL(url, 'http://x').pathname)?.edition ?? editions.default);
  return [
    { name: strings.skipToContent, target: 'content' },
    { name: strings.skipToMainMenu, target: 'main-menu' },
    { name: strings.skipToMoreSites, target: 'more-sites' },
  ];
}

/** Below 48rem the main menu is a disclosure; from there on it is always open (SiteHeader.module.css). */
const menuBreakpoint = 48 * 16;

async function tab(page: Page, key = 'Tab'): Promise<FocusSnapshot | null> {
  await page.keyboard.press(key);
  return readFocused(page);
}

for (const { url } of everyWidthPages) {
  test.describe(`keyboard on ${url}`, { tag: lightTag }, () => {
    test('the three skip links are the first Tab stops, show on focus and move focus to their targets', async ({ page }) => {
      for (const [index, link] of skipLinksAt(url).entries()) {
        await page.goto(url);
        let focused: FocusSnapshot | null = null;
        for (let press = 0; press <= index; press += 1) focused = await tab(page);
        await expect(page.locator(':focus'), `Tab stop ${index + 1}`).toHaveText(link.name);
        expect(focused && focusIndicatorProblem(focused), `${link.name} is visible with a focus indicator`).toBeUndefined();
        await page.keyboard.press('Enter');
        await expect(page.locator(':focus'), `${link.name} moves focus`).toHaveAttribute('id', link.target);
        await expect(page.locator(`#${link.target}`)).toBeInViewport();
      }
    });

    test('Tab visits every control once, in reading order, with a visible indicator, and leaves the page', async ({ page }) => {
      await page.goto(url);
      const { count, stops, leftPage, problems } = await walkTabOrder(page, await pageDirection(page));
      expect(stops.map((stop) => stop.order), 'Tab order is the DOM order of every rendered control, each once').toEqual([...Array(count).keys()]);
      expect(leftPage, 'after the last control focus leaves the page (no trap)').toBe(true);
      expect(problems, problems.join('\n')).toEqual([]);
      expect((await tab(page))?.order, 'the next Tab wraps to the first skip link').toBe(0);
      const back = await tab(page, 'Shift+Tab');
      expect(back === null || back.order === count - 1, 'Shift+Tab from the first control leaves the page or wraps to the last control').toBe(true);
    });
  });
}

/**
 * The main menu with the keyboard, with and without JavaScript: a native
 * disclosure on narrow screens (Enter and Space toggle it), always open on
 * wide ones.
 */
for (const javaScriptEnabled of [true, false]) {
  test.describe(`main menu by keyboard, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, { tag: lightTag }, () => {
    test.use({ javaScriptEnabled });

    test('opens, closes and is reachable with the keyboard', async ({ page }) => {
      await page.goto('/');
      const menu = page.getByRole('navigation', { name: 'Main menu' });
      const toggle = menu.locator('summary');
      // CSS, not role, locators: they find the links while the closed menu hides them.
      const links = menu.locator('a');
      const first = links.first();
      const wide = (page.viewportSize()?.width ?? 0) >= menuBreakpoint;
      // Past the skip links and the brand.
      for (let press = 0; press < skipLinksAt('/').length + 1; press += 1) await page.keyboard.press('Tab');

      if (wide) {
        await expect(toggle, 'no toggle on wide screens').toBeHidden();
        await expect(links).toHaveCount(siteConfig.sections.length + 1);
        await page.keyboard.press('Tab');
        await expect(first, 'the first menu link follows the brand').toBeFocused();
        for (const link of await links.all()) await expect(link).toBeVisible();
        return;
      }

      await page.keyboard.press('Tab');
      await expect(toggle, 'the toggle follows the brand').toBeFocused();
      await expect(first, 'the menu starts closed').toBeHidden();
      await page.keyboard.press('Enter');
      await expect(first, 'Enter opens the menu').toBeVisible();
      await page.keyboard.press('Tab');
      await expect(first, 'Tab moves into the open menu').toBeFocused();
      await page.keyboard.press('Shift+Tab');
      await expect(toggle).toBeFocused();
      await page.keyboard.press('Space');
      await expect(first, 'Space closes the menu').toBeHidden();
      await page.keyboard.press('Space');
      await expect(first, 'Space opens it again').toBeVisible();
      await page.keyboard.press('Enter');
      await expect(first, 'Enter closes it').toBeHidden();
      await page.keyboard.press('Tab');
      await expect(menu.locator('a:focus'), 'a closed menu is skipped by Tab').toHaveCount(0);
      await expect(page.getByRole('main').locator(':focus'), 'focus moves on into the page').toHaveCount(1);
    });
  });
}
