import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { classifyChunks, clientModules, type BuildManifest, type ChunkOwner, type ClientModule } from './first-party';
import { fontFaceSources, pageAssets, type PageAssets } from './html-assets';
import { chosenImageUrl, PHONE_390_DPR2, type Viewport } from './srcset';

/**
 * What one page costs a phone on a cold cache, fetched from a running
 * server: HTML, CSS and JS raw and gzipped, JS split by owner, web fonts,
 * and the images a 390 px phone at DPR 2 picks from each srcset.
 *
 * Gzip is zlib's default level, what `next start` (and most CDNs) send, so
 * the numbers are deterministic and close to the wire.
 */
export interface Weighed {
  readonly url: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

export interface WeighedScript extends Weighed {
  readonly owner: ChunkOwner;
}

export interface WeighedImage {
  readonly url: string;
  readonly bytes: number;
  readonly contentType: string;
  readonly lazy: boolean;
  readonly priority: boolean;
}

export interface PageWeight {
  readonly url: string;
  readonly html: Weighed;
  /** Stylesheets, and inline `<style>` blocks (their bytes are also inside the HTML) */
  readonly css: readonly Weighed[];
  /** External scripts a module-capable browser downloads (nomodule polyfills left out) */
  readonly js: readonly WeighedScript[];
  /** Inline `<script>` text (mostly the RSC payload); already inside the HTML bytes */
  readonly inlineScriptBytes: number;
  readonly fonts: readonly { readonly url: string; readonly bytes: number }[];
  readonly fontPreloads: number;
  readonly images: readonly WeighedImage[];
  /** The first high-priority image: the hero of an article, the lead picture of a front */
  readonly hero?: WeighedImage;
  readonly assets: PageAssets;
}

export interface Totals {
  readonly htmlGzip: number;
  readonly cssGzip: number;
  readonly jsGzip: number;
  readonly firstPartyJsGzip: number;
  readonly unknownJsGzip: number;
  readonly eagerImageBytes: number;
  readonly allImageBytes: number;
  readonly heroBytes: number;
}

/** Where the manifests of the build being served live, so scripts can be told apart. */
export interface BuildFiles {
  readonly distDir: string;
  /** Route as Next names it, e.g. `/[section]/[slug]/page` */
  readonly route: string;
}

export const IMAGE_ACCEPT = 'image/avif,image/webp,image/apng,image/*,*/*;q=0.8';

export function gzipSize(bytes: Uint8Array): number {
  return gzipSync(bytes).byteLength;
}

async function fetchBytes(url: string, accept?: string): Promise<{ bytes: Buffer; contentType: string }> {
  const response = await fetch(url, accept ? { headers: { accept } } : {});
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return { bytes: Buffer.from(await response.arrayBuffer()), contentType: response.headers.get('content-type') ?? '' };
}

/** Next's per-route manifests, keyed the way it writes them under `server/app/`. */
export function readRouteManifests(build: BuildFiles): { modules: ClientModule[]; buildManifest: BuildManifest } {
  const routeDir = path.join(build.distDir, 'server', 'app', ...build.route.split('/').filter(Boolean));
  const clientManifest = `${routeDir}_client-reference-manifest.js`;
  return {
    modules: clientModules(readFileSync(clientManifest, 'utf8')),
    buildManifest: JSON.parse(readFileSync(path.join(build.distDir, 'build-manifest.json'), 'utf8')) as BuildManifest,
  };
}

export async function measurePage(origin: string, pagePath: string, build: BuildFiles, viewport: Viewport = PHONE_390_DPR2): Promise<PageWeight> {
  const url = new URL(pagePath, origin).toString();
  const page = await fetchBytes(url);
  const html = page.bytes.toString('utf8');
  const assets = pageAssets(html);
  const absolute = (href: string) => new URL(href, url).toString();

  const cssUrls = [...new Set(assets.stylesheets.map(absolute))];
  const fetched = await Promise.all(cssUrls.map(async (cssUrl) => ({ url: cssUrl, ...(await fetchBytes(cssUrl)) })));
  // Inline styles are inside the HTML bytes too; they are listed as CSS so the CSS budget still sees them.
  const inline = assets.inlineStyles.filter((text) => text.trim() !== '').map((text, i) => ({ url: `${url}#inline-style-${i + 1}`, bytes: Buffer.from(text), contentType: 'text/css' }));
  const cssFiles = [...fetched, ...inline];
  const css = cssFiles.map(({ url: cssUrl, bytes }) => ({ url: cssUrl, bytes: bytes.byteLength, gzipBytes: gzipSize(bytes) }));

  const { modules, buildManifest } = readRouteManifests(build);
  const scriptUrls = [...new Set(assets.scripts.filter((s) => s.src !== undefined && !s.noModule).map((s) => absolute(s.src ?? '')))];
  const owners = classifyChunks(scriptUrls, modules, buildManifest);
  const js = await Promise.all(
    scriptUrls.map(async (scriptUrl) => {
      const { bytes } = await fetchBytes(scriptUrl);
      return { url: scriptUrl, bytes: bytes.byteLength, gzipBytes: gzipSize(bytes), owner: owners.get(scriptUrl) ?? ('unknown' as const) };
    }),
  );

  const fontUrls = [...new Set(cssFiles.flatMap(({ url: cssUrl, bytes }) => fontFaceSources(bytes.toString('utf8')).map((src) => new URL(src, cssUrl).toString())))];
  const fonts = await Promise.all(fontUrls.map(async (fontUrl) => ({ url: fontUrl, bytes: (await fetchBytes(fontUrl)).bytes.byteLength })));

  const seen = new Map<string, WeighedImage>();
  for (const image of assets.images) {
    const chosen = chosenImageUrl(image, viewport);
    if (!chosen || chosen.startsWith('data:')) continue;
    const imageUrl = absolute(chosen);
    if (seen.has(imageUrl)) continue;
    const { bytes, contentType } = await fetchBytes(imageUrl, IMAGE_ACCEPT);
    seen.set(imageUrl, { url: imageUrl, bytes: bytes.byteLength, contentType, lazy: image.loading === 'lazy', priority: image.fetchPriority === 'high' });
  }
  const images = [...seen.values()];
  const hero = images.find((image) => image.priority);

  return {
    url,
    html: { url, bytes: page.bytes.byteLength, gzipBytes: gzipSize(page.bytes) },
    css,
    js,
    inlineScriptBytes: assets.scripts.reduce((sum, s) => sum + s.inlineBytes, 0),
    fonts,
    fontPreloads: assets.preloads.filter((p) => p.as === 'font').length,
    images,
    ...(hero ? { hero } : {}),
    assets,
  };
}

export function totals(weight: PageWeight): Totals {
  const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
  return {
    htmlGzip: weight.html.gzipBytes,
    cssGzip: sum(weight.css.map((c) => c.gzipBytes)),
    jsGzip: sum(weight.js.map((j) => j.gzipBytes)),
    firstPartyJsGzip: sum(weight.js.filter((j) => j.owner === 'first-party').map((j) => j.gzipBytes)),
    unknownJsGzip: sum(weight.js.filter((j) => j.owner === 'unknown').map((j) => j.gzipBytes)),
    eagerImageBytes: sum(weight.images.filter((i) => !i.lazy).map((i) => i.bytes)),
    allImageBytes: sum(weight.images.map((i) => i.bytes)),
    heroBytes: weight.hero?.bytes ?? 0,
  };
}
