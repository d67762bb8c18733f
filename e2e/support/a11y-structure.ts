import type { Page } from '@playwright/test';

/** What the page's markup says about its structure, read in the browser by `readStructure`. */
export interface StructureReport {
  readonly lang: string;
  readonly dir: string;
  /** Headings exposed to assistive technology, in document order */
  readonly headings: readonly { readonly level: number; readonly text: string }[];
  readonly landmarks: { readonly banner: number; readonly main: number; readonly contentinfo: number };
  readonly navs: readonly { readonly name: string; readonly html: string }[];
  readonly images: readonly { readonly alt: string | null; readonly src: string; readonly inFigure: boolean; readonly onlyContentOfControl: boolean; readonly html: string }[];
  readonly times: readonly { readonly datetime: string | null; readonly text: string }[];
  readonly links: readonly { readonly name: string; readonly href: string; readonly html: string }[];
  /** Elements with a positive tabindex, which would take them out of reading order */
  readonly positiveTabIndex: readonly string[];
}

/**
 * Runs in the page: must be self-contained (Playwright serialises it).
 * Elements hidden from everyone (display: none, visibility: hidden, the
 * hidden attribute, aria-hidden) are left out; visually hidden text stays in,
 * because screen readers read it.
 */
function collectStructure(): StructureReport {
  const exposed = (element: Element): boolean => {
    if (element.closest('[aria-hidden="true"], [hidden]')) return false;
    const style = getComputedStyle(element);
    // checkVisibility covers display: none on any ancestor and closed <details> content.
    return element.checkVisibility({ visibilityProperty: true }) || style.display === 'contents';
  };
  const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const accessibleName = (element: Element): string => {
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy) {
      return labelledBy
        .split(/\s+/)
        .map((id) => text(document.getElementById(id)))
        .join(' ')
        .trim();
    }
    const label = element.getAttribute('aria-label')?.trim();
    if (label) return label;
    if (element.tagName === 'A') {
      // Text plus the alt of images inside, as the accessible name computation does.
      const parts: string[] = [];
      const walk = (node: Node) => {
        if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
        else if (node instanceof HTMLImageElement) parts.push(node.alt);
        else if (node instanceof Element && !node.closest('[aria-hidden="true"]')) node.childNodes.forEach(walk);
      };
      walk(element);
      return parts.join(' ').replace(/\s+/g, ' ').trim();
    }
    return '';
  };
  const topLevel = (element: Element) => !element.parentElement?.closest('article, aside, main, nav, section');

  const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')]
    .filter(exposed)
    .map((heading) => ({
      level: Number(heading.getAttribute('aria-level') ?? heading.tagName.slice(1)),
      text: text(heading),
    }));
  const headers = [...document.querySelectorAll('header, [role="banner"]')].filter((h) => exposed(h) && (h.getAttribute('role') === 'banner' || topLevel(h)));
  const footers = [...document.querySelectorAll('footer, [role="contentinfo"]')].filter((f) => exposed(f) && (f.getAttribute('role') === 'contentinfo' || topLevel(f)));
  const mains = [...document.querySelectorAll('main, [role="main"]')].filter(exposed);
  const navs = [...document.querySelectorAll('nav, [role="navigation"]')]
    .filter(exposed)
    .map((nav) => ({ name: accessibleName(nav), html: nav.outerHTML.slice(0, 120) }));
  const images = [...document.querySelectorAll('img')].filter(exposed).map((img) => {
    const control = img.closest('a, button');
    return {
      alt: img.getAttribute('alt'),
      src: img.currentSrc || img.src,
      inFigure: Boolean(img.closest('figure')),
      onlyContentOfControl: Boolean(control && text(control) === ''),
      html: img.outerHTML.slice(0, 200),
    };
  });
  const times = [...document.querySelectorAll('time')].map((time) => ({ datetime: time.getAttribute('datetime'), text: text(time) }));
  const links = [...document.querySelectorAll('a[href]')]
    .filter(exposed)
    .map((link) => ({ name: accessibleName(link), href: (link as HTMLAnchorElement).href, html: link.outerHTML.slice(0, 160) }));

  return {
    lang: document.documentElement.getAttribute('lang') ?? '',
    dir: document.documentElement.getAttribute('dir') ?? '',
    headings,
    landmarks: { banner: headers.length, main: mains.length, contentinfo: footers.length },
    navs,
    images,
    times,
    links,
    positiveTabIndex: [...document.querySelectorAll('[tabindex]')].filter((element) => (element as HTMLElement).tabIndex > 0).map((element) => element.outerHTML.slice(0, 120)),
  };
}

export function readStructure(page: Page): Promise<StructureReport> {
  return page.evaluate(collectStructure);
}

/** Link texts that say nothing out of context (WCAG 2.4.4, 2.4.9). */
const vagueLinkText = /^(click here|click|here|read more|more|more\.{3}|link|this|this link|learn more|continue|continue reading|details|go|page)$/i;
const bareUrl = /^(https?:\/\/|www\.)\S+$/i;
/** Placeholder alt texts: a file name or the word "image" describes nothing. */
const placeholderAlt = /^(image|photo|picture|img|graphic|\S+\.(jpe?g|png|gif|webp|avif|svg))$/i;

/** Every structural rule the page breaks, one readable line each. */
export function structureProblems(report: StructureReport): string[] {
  const problems: string[] = [];

  if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(report.lang)) problems.push(`html lang is ${JSON.stringify(report.lang)}, not a language tag`);
  if (report.dir !== 'ltr' && report.dir !== 'rtl') problems.push(`html dir is ${JSON.stringify(report.dir)}, not ltr or rtl`);

  const h1s = report.headings.filter((h) => h.level === 1);
  if (h1s.length !== 1) problems.push(`expected exactly one h1, found ${h1s.length}: ${h1s.map((h) => JSON.stringify(h.text)).join(', ')}`);
  const first = report.headings[0];
  if (first && first.level !== 1) problems.push(`the first heading is h${first.level} ${JSON.stringify(first.text)}, not the h1`);
  report.headings.forEach((heading, index) => {
    const previous = report.headings[index - 1];
    if (previous && heading.level > previous.level + 1) {
      problems.push(`heading level skipped: h${previous.level} ${JSON.stringify(previous.text)} is followed by h${heading.level} ${JSON.stringify(heading.text)}`);
    }
    if (heading.text === '') problems.push(`an empty h${heading.level}`);
  });

  for (const [landmark, count] of Object.entries(report.landmarks)) {
    if (count !== 1) problems.push(`expected one ${landmark} landmark, found ${count}`);
  }
  if (report.navs.length === 0) problems.push('no navigation landmark');
  for (const nav of report.navs) if (nav.name === '') problems.push(`navigation landmark without a name: ${nav.html}`);

  for (const image of report.images) {
    if (image.alt === null) problems.push(`image without alt: ${image.html}`);
    else if (image.alt.trim() === '' && (image.inFigure || image.onlyContentOfControl)) {
      problems.push(`image with empty alt is not decorative (${image.inFigure ? 'it is a figure' : 'it is the only content of a link or button'}): ${image.html}`);
    } else if (placeholderAlt.test(image.alt.trim())) problems.push(`image alt ${JSON.stringify(image.alt)} is a placeholder: ${image.html}`);
  }

  for (const time of report.times) {
    if (!time.datetime) problems.push(`time without datetime: ${JSON.stringify(time.text)}`);
    else if (Number.isNaN(Date.parse(time.datetime))) problems.push(`time datetime ${JSON.stringify(time.datetime)} is not a date`);
  }

  for (const html of report.positiveTabIndex) problems.push(`positive tabindex takes an element out of reading order: ${html}`);

  const hrefsByName = new Map<string, Set<string>>();
  for (const link of report.links) {
    if (link.name === '') problems.push(`link without text: ${link.html}`);
    else if (vagueLinkText.test(link.name)) problems.push(`link text ${JSON.stringify(link.name)} makes no sense out of context: ${link.html}`);
    else if (bareUrl.test(link.name)) problems.push(`link text is a bare URL: ${link.html}`);
    const key = link.name.toLowerCase();
    hrefsByName.set(key, (hrefsByName.get(key) ?? new Set()).add(link.href.replace(/\/$/, '')));
  }
  for (const [name, hrefs] of hrefsByName) {
    if (name !== '' && hrefs.size > 1) problems.push(`links named ${JSON.stringify(name)} go to different places: ${[...hrefs].join(', ')}`);
  }

  return problems;
}
