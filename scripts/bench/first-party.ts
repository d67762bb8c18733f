/**
 * Tells our JavaScript from the framework's, from the build's own records.
 *
 * Production chunks carry no module paths (Turbopack numbers its modules),
 * so reading the scripts cannot say whose code they are. The build
 * manifests can: `<distDir>/build-manifest.json` lists the runtime every
 * page loads (`rootMainFiles`, `polyfillFiles`), and each route's
 * `page_client-reference-manifest.js` lists every client module the route
 * can hydrate, keyed by source path (`[project]/node_modules/next/…`,
 * `[project]/components/…`), with the chunks that carry it. In the App
 * Router only client modules (and the runtime) ship JavaScript, so a
 * module whose path is outside node_modules is first-party, and so is any
 * chunk that carries one. A script the manifests do not account for at all
 * is reported as unknown, never assumed to be the framework's.
 */
export interface ClientModule {
  /** Source path as the bundler names it, e.g. `[project]/components/Share.tsx` */
  readonly path: string;
  /** `/_next/static/chunks/…` URLs that carry it */
  readonly chunks: readonly string[];
}

export interface BuildManifest {
  readonly rootMainFiles?: readonly string[];
  readonly polyfillFiles?: readonly string[];
}

export type ChunkOwner = 'framework' | 'first-party' | 'unknown';

/**
 * Client modules of one route, from the text of its
 * `page_client-reference-manifest.js` (a script that assigns one JSON object).
 */
export function clientModules(manifestScript: string): ClientModule[] {
  const start = manifestScript.indexOf('] = {');
  if (start === -1) throw new Error('client reference manifest: no `globalThis.__RSC_MANIFEST[...] = {...}` assignment found');
  const json = manifestScript.slice(start + 4).trim().replace(/;\s*$/, '');
  const manifest = JSON.parse(json) as { clientModules?: Record<string, { chunks?: readonly string[] }> };
  return Object.entries(manifest.clientModules ?? {}).map(([path, entry]) => ({ path, chunks: [...(entry.chunks ?? [])] }));
}

/** Code from an npm package (Next, React, …) rather than from this repository. */
export function isThirdPartyModule(path: string): boolean {
  return path.includes('/node_modules/') || path.startsWith('[externals]');
}

export function firstPartyModules(modules: readonly ClientModule[]): ClientModule[] {
  return modules.filter((module) => !isThirdPartyModule(module.path));
}

/** `static/chunks/a.js` and `/_next/static/chunks/a.js` name the same file. */
export function chunkKey(url: string): string {
  const path = url.replace(/^https?:\/\/[^/]+/, '').split('?')[0] ?? '';
  const at = path.indexOf('static/');
  return at === -1 ? path : path.slice(at);
}

/**
 * Who owns each script URL a page loads. A module's `chunks` list its whole
 * chunk group, shared framework chunks included, so a chunk counts as
 * first-party when it is listed for one of our modules and for no framework
 * module; if all of a module's chunks are shared, they all count (our code
 * is in one of them, and which cannot be told).
 */
export function classifyChunks(scripts: readonly string[], modules: readonly ClientModule[], build: BuildManifest): Map<string, ChunkOwner> {
  const framework = new Set([
    ...modules.filter((module) => isThirdPartyModule(module.path)).flatMap((module) => module.chunks.map(chunkKey)),
    ...(build.rootMainFiles ?? []).map(chunkKey),
    ...(build.polyfillFiles ?? []).map(chunkKey),
  ]);
  const firstParty = new Set(
    firstPartyModules(modules).flatMap((module) => {
      const keys = module.chunks.map(chunkKey);
      const own = keys.filter((key) => !framework.has(key));
      return own.length > 0 ? own : keys;
    }),
  );
  return new Map(
    scripts.map((script) => {
      const key = chunkKey(script);
      const owner: ChunkOwner = firstParty.has(key) ? 'first-party' : framework.has(key) ? 'framework' : 'unknown';
      return [script, owner];
    }),
  );
}
