/**
 * What a page asks the browser to fetch, read from its HTML: scripts,
 * stylesheets, preloads and images. Enough of an HTML tokenizer for markup
 * React renders (attributes quoted, no comments inside tags); not a general
 * HTML parser.
 */
export interface PageScript {
  /** Absent for inline scripts */
  readonly src?: string;
  /** `nomodule` scripts are skipped by every browser that runs modules, so they cost a modern phone nothing */
  readonly noModule: boolean;
  /** Bytes of an inline script's text (already counted in the HTML) */
  readonly inlineBytes: number;
}

export interface PagePreload {
  readonly href?: string;
  readonly as: string;
  readonly imageSrcSet?: string;
  readonly imageSizes?: string;
  readonly type?: string;
}

export interface PageImage {
  readonly src?: string;
  readonly srcSet?: string;
  readonly sizes?: string;
  readonly alt?: string;
  readonly loading?: string;
  readonly fetchPriority?: string;
}

export interface PageAssets {
  readonly scripts: readonly PageScript[];
  readonly stylesheets: readonly string[];
  /** Text of each inline `<style>` (Next's inlineCss puts the site's CSS there) */
  readonly inlineStyles: readonly string[];
  readonly preloads: readonly PagePreload[];
  readonly images: readonly PageImage[];
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#x27': "'", '#39': "'" };

export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    const known = ENTITIES[name.toLowerCase()];
    if (known !== undefined) return known;
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return whole;
  });
}

/** Attributes of one start tag, names lower-cased (HTML attribute names are case-insensitive: React writes `srcSet`). */
export function parseAttributes(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const body = tag.replace(/^<[a-z0-9-]+/i, '').replace(/\/?>$/, '');
  const pattern = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (const match of body.matchAll(pattern)) {
    const name = (match[1] ?? '').toLowerCase();
    if (!attributes.has(name)) attributes.set(name, decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attributes;
}

function startTags(html: string, name: string): string[] {
  return [...html.matchAll(new RegExp(`<${name}(?=[\\s>/])[^>]*>`, 'gi'))].map((match) => match[0]);
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}

function scripts(html: string): PageScript[] {
  return [...html.matchAll(/<script(?=[\s>])([^>]*)>([\s\S]*?)<\/script>/gi)].map((match) => {
    const attributes = parseAttributes(`<script${match[1] ?? ''}>`);
    const src = attributes.get('src');
    return {
      ...optional('src', src),
      noModule: attributes.has('nomodule'),
      inlineBytes: src === undefined ? Buffer.byteLength(match[2] ?? '') : 0,
    };
  });
}

export function pageAssets(html: string): PageAssets {
  const links = startTags(html, 'link').map(parseAttributes);
  const relIs = (attributes: Map<string, string>, rel: string) => (attributes.get('rel') ?? '').toLowerCase().split(/\s+/).includes(rel);
  return {
    scripts: scripts(html),
    stylesheets: links.filter((l) => relIs(l, 'stylesheet')).map((l) => l.get('href') ?? '').filter((href) => href !== ''),
    inlineStyles: [...html.matchAll(/<style(?=[\s>])[^>]*>([\s\S]*?)<\/style>/gi)].map((match) => match[1] ?? ''),
    preloads: links
      .filter((l) => relIs(l, 'preload'))
      .map((l) => ({
        as: (l.get('as') ?? '').toLowerCase(),
        ...optional('href', l.get('href')),
        ...optional('imageSrcSet', l.get('imagesrcset')),
        ...optional('imageSizes', l.get('imagesizes')),
        ...optional('type', l.get('type')),
      })),
    images: startTags(html, 'img')
      .map(parseAttributes)
      .map((a) => ({
        ...optional('src', a.get('src')),
        ...optional('srcSet', a.get('srcset')),
        ...optional('sizes', a.get('sizes')),
        ...optional('alt', a.get('alt')),
        ...optional('loading', a.get('loading')),
        ...optional('fetchPriority', a.get('fetchpriority')?.toLowerCase()),
      })),
  };
}

/** `url(...)` sources of every `@font-face` in a stylesheet. */
export function fontFaceSources(css: string): string[] {
  const sources: string[] = [];
  for (const face of css.matchAll(/@font-face\s*\{([^}]*)\}/gi)) {
    for (const url of (face[1] ?? '').matchAll(/url\(\s*(?:"([^"]+)"|'([^']+)'|([^)\s]+))\s*\)/gi)) {
      const value = url[1] ?? url[2] ?? url[3];
      if (value && !value.startsWith('data:')) sources.push(value);
    }
  }
  return sources;
}
