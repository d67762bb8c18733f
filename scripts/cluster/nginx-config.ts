/**
 * The nginx configuration in front of a cluster of `next start` instances
 * (docs/scaling.md): load balancer and front cache in one. Pure, so what it
 * says is unit-tested; scripts/cluster/nginx.ts writes it and runs nginx.
 *
 * Everything nginx writes (pid, logs, temp files, the cache) goes under
 * `dir`, so it runs without root and beside a system nginx, and stopping it
 * leaves nothing elsewhere.
 */
import path from 'node:path';

export interface NginxOptions {
  /** Where nginx listens */
  readonly port: number;
  /** Address nginx listens on; default 127.0.0.1 */
  readonly host?: string;
  /** The instances, as `host:port` */
  readonly upstreams: readonly string[];
  /** nginx's own folder: config, pid, logs, temp files, cache */
  readonly dir: string;
  /** Front cache on (default) or off: a pure load balancer, for the benchmark's comparison */
  readonly cache?: boolean;
  /** Upper bound of the cache on disk, in nginx's size syntax; default 256m */
  readonly cacheMaxSize?: string;
  /** Accept `PURGE <path>` from 127.0.0.1 (needs the cache purge module and the cache) */
  readonly purge?: boolean;
  /** The cache purge module's .so, loaded with load_module; leave out when nginx has it built in */
  readonly purgeModule?: string;
  /**
   * Master runs as root (CI does): workers would drop to `nobody` and then
   * could not write the cache and temp folders under a private `dir`
   * (mkdtemp makes them 0700). A local harness, not a production
   * install, so its workers stay root instead.
   */
  readonly root?: boolean;
  /** Worker processes; default 1: one worker serves tens of thousands of cached pages a second, the cores are for Node */
  readonly workers?: number | 'auto';
  /** Write an access log to dir/access.log; default off (every request would cost a write) */
  readonly accessLog?: boolean;
}

/** Upstream name, and the cache zone's. */
const UPSTREAM = 'lede';

/** Request headers and arguments that ask Next for something other than the public HTML of a page. */
export const CACHE_BYPASS_VARIABLES = [
  // An editor's Draft Mode session (docs/preview.md): must reach Next, and never be stored.
  '$cookie___prerender_bypass',
  // Anything authenticated.
  '$http_authorization',
  // App Router client navigations and prefetches: RSC payloads, not HTML. Next sends Vary on these
  // headers, which this cache ignores (see proxy_ignore_headers), so they must never use it.
  '$http_rsc',
  '$http_next_router_prefetch',
  '$http_next_router_state_tree',
  '$http_next_router_segment_prefetch',
  '$http_next_url',
  '$arg__rsc',
] as const;

/** Content types nginx compresses for clients, when the instance did not (gzip is then for bypassed requests). */
export const GZIP_TYPES = ['text/css', 'text/xml', 'text/plain', 'text/x-component', 'application/javascript', 'application/json', 'application/xml', 'application/rss+xml', 'application/atom+xml', 'image/svg+xml'] as const;

const indent = (lines: readonly string[], by = '  '): string[] => lines.map((line) => (line === '' ? '' : `${by}${line}`));

export function nginxConfig(options: NginxOptions): string {
  const { port, upstreams, dir } = options;
  if (upstreams.length === 0) throw new Error('nginxConfig: no upstreams');
  const cache = options.cache ?? true;
  const purge = cache && options.purge === true;
  const at = (name: string) => path.join(dir, name);
  const listen = `${options.host ?? '127.0.0.1'}:${port}`;

  const main = [
    `# Written by scripts/cluster/nginx-config.ts at every start: edit that, not this.`,
    ...(purge && options.purgeModule ? [`load_module ${options.purgeModule};`] : []),
    ...(options.root ? ['user root;'] : []),
    `worker_processes ${options.workers ?? 1};`,
    'daemon off;',
    `pid ${at('nginx.pid')};`,
    `error_log ${at('error.log')} warn;`,
    '',
    'events {',
    '  worker_connections 1024;',
    '}',
    '',
  ];

  const http = [
    `client_body_temp_path ${at('tmp/client_body')};`,
    `proxy_temp_path ${at('tmp/proxy')};`,
    `fastcgi_temp_path ${at('tmp/fastcgi')};`,
    `uwsgi_temp_path ${at('tmp/uwsgi')};`,
    `scgi_temp_path ${at('tmp/scgi')};`,
    options.accessLog ? `access_log ${at('access.log')};` : 'access_log off;',
    'server_tokens off;',
    // The publishing API takes bodies up to 1 MiB and answers a larger one with its own 413 and message.
    'client_max_body_size 2m;',
    '',
    // One cached copy of each page, gzipped: every instance is asked for gzip (proxy_set_header below),
    // so a cache hit costs no compression, and Vary from Next is ignored (proxy_ignore_headers), since
    // the requests it would split by (RSC and friends) never use the cache. The few clients without
    // gzip get it unpacked by gunzip. `gzip` compresses what the instance sent uncompressed. No
    // gzip_vary: Next's own Vary already names Accept-Encoding, and reaches clients and CDNs.
    'gzip on;',
    'gzip_proxied any;',
    'gzip_min_length 1024;',
    `gzip_types ${GZIP_TYPES.join(' ')};`,
    'gunzip on;',
    '',
    ...(cache
      ? [
          // inactive=7d: a page stays on disk (within max_size) as long as stale-if-error lets it be served.
          `proxy_cache_path ${at('cache')} levels=1:2 keys_zone=${UPSTREAM}:10m max_size=${options.cacheMaxSize ?? '256m'} inactive=7d use_temp_path=off;`,
          '',
          `map "${CACHE_BYPASS_VARIABLES.join('')}" $lede_bypass {`,
          '  "" 0;',
          '  default 1;',
          '}',
          '',
        ]
      : []),
    `upstream ${UPSTREAM} {`,
    // least_conn: a slow render (an old article on demand) does not queue fast hits behind it.
    '  least_conn;',
    // max_fails=1: one refused connection takes an instance out for fail_timeout, so a dead instance
    // costs one connect attempt every 5 s, not one per request.
    ...upstreams.map((upstream) => `  server ${upstream} max_fails=1 fail_timeout=5s;`),
    '  keepalive 32;',
    // Below Node's keep-alive timeout (5 s): an idle connection is closed by nginx before Node closes it
    // under nginx's feet, which would fail the request sent on it.
    '  keepalive_timeout 4s;',
    '}',
    '',
  ];

  const proxy = [
    'proxy_http_version 1.1;',
    'proxy_set_header Connection "";',
    'proxy_set_header Host $host;',
    'proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;',
    'proxy_set_header X-Forwarded-Proto $scheme;',
    'proxy_set_header Accept-Encoding gzip;',
    // Loopback or a LAN: a connect that takes a second is a dead host, try the next.
    'proxy_connect_timeout 1s;',
    'proxy_read_timeout 30s;',
    'proxy_send_timeout 30s;',
    // Next's response headers (Link preloads, Vary, Cache-Control) outgrow the default 4k/8k.
    'proxy_buffer_size 16k;',
    'proxy_buffers 16 16k;',
    // GET and HEAD (and nothing else: see @write) go to the next instance when one is dead or failing.
    // Not http_503 or http_500: the app answers those itself on purpose (publishing switched off, a
    // failed render), and each one would take a healthy instance out for fail_timeout; with every
    // instance out, nginx answers 502 to everything (tried: one 503 from /api/preview, then a killed
    // instance, and 98% of requests failed).
    'proxy_next_upstream error timeout invalid_header http_502 http_504;',
    'proxy_next_upstream_timeout 10s;',
    ...(cache
      ? [
          '',
          // The site's own Cache-Control decides what is kept and how long (s-maxage, which nginx reads
          // before max-age; stale-while-revalidate; stale-if-error). private, no-store and Set-Cookie keep
          // a response out. No proxy_cache_valid: a response that says nothing is not stored.
          `proxy_cache ${UPSTREAM};`,
          // One site, so the path and query name a page; scheme and host would only split the cache.
          'proxy_cache_key $request_uri;',
          'proxy_cache_bypass $lede_bypass;',
          'proxy_no_cache $lede_bypass;',
          'proxy_ignore_headers Vary;',
          // Stale pages for readers while an instance, or Redis behind all of them, fails.
          'proxy_cache_use_stale error timeout updating http_500 http_502 http_503 http_504;',
          'proxy_cache_background_update on;',
          // Many readers missing the same page at once: one request renders it, the others wait for it.
          'proxy_cache_lock on;',
          // An expired page is asked for with its ETag; a 304 costs Next no render and no bytes.
          'proxy_cache_revalidate on;',
          'add_header X-Cache-Status $upstream_cache_status always;',
        ]
      : []),
  ];

  const server = [
    `listen ${listen};`,
    '',
    // docs/security.md: Next answers TRACE with a 500; the load balancer refuses it.
    'if ($request_method = TRACE) {',
    '  return 405;',
    '}',
    '',
    ...proxy,
    '',
    'location / {',
    // Writes (the publishing API's PUT and DELETE) are sent once, never retried on another instance:
    // nginx counts PUT and DELETE as idempotent and would retry them after a failure, and a publish
    // that did land would then come back as a replay. `return` inside `if` is safe in a location.
    ...(purge ? ['  error_page 419 = @purge;', '  if ($request_method = PURGE) {', '    return 419;', '  }'] : []),
    '  error_page 418 = @write;',
    `  if ($request_method !~ ^(GET|HEAD${purge ? '|PURGE' : ''})$) {`,
    '    return 418;',
    '  }',
    `  proxy_pass http://${UPSTREAM};`,
    '}',
    '',
    ...(purge
      ? [
          // The instances send `PURGE <path>` after a publish: 200 when the page was cached, 404 when not.
          // The module's other form (`proxy_cache_purge PURGE from 127.0.0.1` beside proxy_pass) crashes
          // the worker with Debian's module 2.3 on nginx 1.22 (signal 11, tried); the zone-and-key form
          // in a location of its own works, with the same key as the cache.
          'location @purge {',
          '  allow 127.0.0.1;',
          '  deny all;',
          `  proxy_cache_purge ${UPSTREAM} $request_uri;`,
          '}',
          '',
        ]
      : []),
    'location @write {',
    '  proxy_next_upstream off;',
    ...(cache ? ['  proxy_cache off;'] : []),
    `  proxy_pass http://${UPSTREAM};`,
    '}',
  ];

  return [...main, 'http {', ...indent(http), ...indent(['server {', ...indent(server), '}']), '}', ''].join('\n');
}

/** The folders nginx needs to exist before it starts (it creates the files, not the folders). */
export function nginxFolders(dir: string): string[] {
  return ['tmp/client_body', 'tmp/proxy', 'tmp/fastcgi', 'tmp/uwsgi', 'tmp/scgi', 'cache'].map((name) => path.join(dir, name));
}
