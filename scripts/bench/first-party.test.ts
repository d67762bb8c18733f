import { describe, expect, it } from 'vitest';
import { chunkKey, classifyChunks, clientModules, firstPartyModules } from './first-party';

/** The shape Next 16 writes to `<distDir>/server/app/<route>/page_client-reference-manifest.js`. */
const manifest = `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};
globalThis.__RSC_MANIFEST["/[section]/[slug]/page"] = {"moduleLoading":{"prefix":""},"clientModules":{
"[project]/node_modules/next/dist/client/app-dir/link.js":{"id":1,"name":"*","chunks":["/_next/static/chunks/link.js","/_next/static/chunks/shared.js"],"async":false},
"[project]/node_modules/next/dist/esm/client/components/layout-router.js":{"id":2,"name":"*","chunks":["/_next/static/chunks/shared.js"],"async":false},
"[project]/components/article/ShareButton.tsx":{"id":3,"name":"*","chunks":["/_next/static/chunks/shared.js","/_next/static/chunks/share.js"],"async":false}
},"ssrModuleMapping":{}};`;

describe('clientModules', () => {
  it('reads every client module and its chunks from the manifest script', () => {
    const modules = clientModules(manifest);
    expect(modules.map((m) => m.path)).toHaveLength(3);
    expect(firstPartyModules(modules)).toEqual([{ path: '[project]/components/article/ShareButton.tsx', chunks: ['/_next/static/chunks/shared.js', '/_next/static/chunks/share.js'] }]);
  });

  it('refuses a file that is not a client reference manifest', () => {
    expect(() => clientModules('module.exports = {}')).toThrow(/client reference manifest/);
  });
});

describe('classifyChunks', () => {
  const build = { rootMainFiles: ['static/chunks/main.js'], polyfillFiles: ['static/chunks/polyfills.js'] };

  it('calls runtime and Next-module chunks framework, chunks with our modules first-party, the rest unknown', () => {
    const scripts = ['/_next/static/chunks/main.js', '/_next/static/chunks/link.js', '/_next/static/chunks/share.js', '/_next/static/chunks/stray.js'];
    expect([...classifyChunks(scripts, clientModules(manifest), build).values()]).toEqual(['framework', 'framework', 'first-party', 'unknown']);
  });

  it('keeps a shared framework chunk framework when our module has a chunk of its own', () => {
    expect(classifyChunks(['/_next/static/chunks/shared.js'], clientModules(manifest), build).get('/_next/static/chunks/shared.js')).toBe('framework');
  });

  it('calls shared chunks first-party when our module has no chunk of its own', () => {
    const mixed = manifest.replace('"/_next/static/chunks/shared.js","/_next/static/chunks/share.js"', '"/_next/static/chunks/shared.js"');
    expect(classifyChunks(['/_next/static/chunks/shared.js'], clientModules(mixed), build).get('/_next/static/chunks/shared.js')).toBe('first-party');
  });

  it('matches manifest paths and page URLs of the same file', () => {
    expect(chunkKey('http://localhost:3100/_next/static/chunks/a.js?dpl=1')).toBe(chunkKey('static/chunks/a.js'));
  });
});
