import { describe, expect, it } from 'vitest';
import { CACHE_BYPASS_VARIABLES, nginxConfig, nginxFolders } from './nginx-config';

const base = { port: 8080, upstreams: ['127.0.0.1:3101', '127.0.0.1:3102'], dir: '/tmp/lede-nginx' };
const lines = (config: string) => config.split('\n').map((line) => line.trim());

/** The lines of the block that opens with `header` (e.g. `location @write {`), without the braces. */
function block(config: string, header: string): string[] {
  const all = lines(config);
  const start = all.indexOf(header);
  if (start === -1) throw new Error(`no ${header}`);
  let depth = 0;
  for (let i = start; i < all.length; i++) {
    depth += (all[i]?.endsWith('{') ? 1 : 0) - (all[i] === '}' ? 1 : 0);
    if (depth === 0) return all.slice(start + 1, i);
  }
  throw new Error(`${header} is not closed`);
}

describe('nginxConfig', () => {
  const config = nginxConfig({ ...base, purge: true, purgeModule: '/usr/lib/nginx/modules/ngx_http_cache_purge_module.so' });

  it('keeps every file nginx writes under its own folder', () => {
    for (const directive of ['pid', 'error_log', 'client_body_temp_path', 'proxy_temp_path', 'fastcgi_temp_path', 'uwsgi_temp_path', 'scgi_temp_path', 'proxy_cache_path']) {
      const line = lines(config).find((l) => l.startsWith(`${directive} `));
      expect(line, directive).toMatch(new RegExp(`^${directive} /tmp/lede-nginx/`));
    }
    expect(lines(config)).toContain('access_log off;');
    expect(nginxConfig({ ...base, accessLog: true })).toContain('access_log /tmp/lede-nginx/access.log;');
  });

  it('runs in the foreground, as a child that can be stopped by its pid', () => expect(lines(config)).toContain('daemon off;'));

  it('balances over every instance, with keep-alive shorter than Node keeps idle sockets', () => {
    const upstream = block(config, 'upstream lede {');
    expect(upstream).toContain('server 127.0.0.1:3101 max_fails=1 fail_timeout=5s;');
    expect(upstream).toContain('server 127.0.0.1:3102 max_fails=1 fail_timeout=5s;');
    expect(upstream).toContain('keepalive 32;');
    expect(upstream).toContain('keepalive_timeout 4s;');
    expect(lines(config)).toEqual(expect.arrayContaining(['proxy_http_version 1.1;', 'proxy_set_header Connection "";', 'proxy_set_header Host $host;']));
  });

  it('retries reads on another instance, but not on the app’s own 500 or 503', () => {
    const retry = lines(config).find((l) => l.startsWith('proxy_next_upstream '));
    expect(retry).toBe('proxy_next_upstream error timeout invalid_header http_502 http_504;');
    expect(retry).not.toContain('non_idempotent');
  });

  it('sends every method but GET, HEAD and PURGE once, with no retry and no cache', () => {
    expect(lines(config)).toContain('if ($request_method !~ ^(GET|HEAD|PURGE)$) {');
    expect(block(config, 'location @write {')).toEqual(['proxy_next_upstream off;', 'proxy_cache off;', 'proxy_pass http://lede;']);
  });

  it('caches by the path and query alone, as the responses say, with stale pages while instances fail', () => {
    expect(lines(config)).toEqual(
      expect.arrayContaining([
        'proxy_cache lede;',
        'proxy_cache_key $request_uri;',
        'proxy_cache_use_stale error timeout updating http_500 http_502 http_503 http_504;',
        'proxy_cache_background_update on;',
        'proxy_cache_lock on;',
        'add_header X-Cache-Status $upstream_cache_status always;',
      ]),
    );
    expect(config).not.toContain('proxy_cache_valid');
    expect(config).toMatch(/proxy_cache_path \S+ levels=1:2 keys_zone=lede:10m max_size=256m inactive=7d/);
    expect(nginxConfig({ ...base, cacheMaxSize: '2g' })).toContain('max_size=2g');
  });

  it('never stores or serves from the cache a draft session, an authorised or an RSC request', () => {
    const map = lines(config).find((l) => l.startsWith('map '));
    for (const variable of ['$cookie___prerender_bypass', '$http_authorization', '$http_rsc', '$arg__rsc']) expect(map).toContain(variable);
    expect(map).toBe(`map "${CACHE_BYPASS_VARIABLES.join('')}" $lede_bypass {`);
    expect(lines(config)).toEqual(expect.arrayContaining(['proxy_cache_bypass $lede_bypass;', 'proxy_no_cache $lede_bypass;']));
  });

  it('keeps one gzipped copy of a page: asks instances for gzip, ignores Vary, unpacks for the rare client without', () => {
    expect(lines(config)).toEqual(expect.arrayContaining(['proxy_set_header Accept-Encoding gzip;', 'proxy_ignore_headers Vary;', 'gunzip on;', 'gzip on;']));
  });

  it('purges from 127.0.0.1 only, with the cache key, in a location of its own', () => {
    expect(lines(config)[1]).toBe('load_module /usr/lib/nginx/modules/ngx_http_cache_purge_module.so;');
    expect(block(config, 'location @purge {')).toEqual(['allow 127.0.0.1;', 'deny all;', 'proxy_cache_purge lede $request_uri;']);
    expect(block(config, 'location / {')).toEqual(expect.arrayContaining(['error_page 419 = @purge;', 'if ($request_method = PURGE) {']));
  });

  it('refuses TRACE', () => expect(block(config, 'if ($request_method = TRACE) {')).toEqual(['return 405;']));

  it('as a pure load balancer: no cache, no purge, no cache header', () => {
    const balancer = nginxConfig({ ...base, cache: false, purge: true, purgeModule: '/x.so' });
    for (const word of ['proxy_cache', 'load_module', '@purge', 'X-Cache-Status', '$lede_bypass']) expect(balancer).not.toContain(word);
    expect(block(balancer, 'location @write {')).toEqual(['proxy_next_upstream off;', 'proxy_pass http://lede;']);
    expect(block(balancer, 'upstream lede {')).toContain('server 127.0.0.1:3102 max_fails=1 fail_timeout=5s;');
  });

  it('keeps workers as root only when asked (a root master)', () => {
    expect(config).not.toContain('user ');
    expect(lines(nginxConfig({ ...base, root: true }))).toContain('user root;');
  });

  it('without the purge module, leaves PURGE to the write path', () => {
    const plain = nginxConfig(base);
    expect(plain).not.toContain('@purge');
    expect(lines(plain)).toContain('if ($request_method !~ ^(GET|HEAD)$) {');
  });

  it('listens where it is told, and needs an upstream', () => {
    expect(lines(nginxConfig({ ...base, host: '0.0.0.0' }))).toContain('listen 0.0.0.0:8080;');
    expect(() => nginxConfig({ ...base, upstreams: [] })).toThrow(/no upstreams/);
  });

  it('names the folders to create first', () => expect(nginxFolders('/d')).toEqual(['/d/tmp/client_body', '/d/tmp/proxy', '/d/tmp/fastcgi', '/d/tmp/uwsgi', '/d/tmp/scgi', '/d/cache']));
});
