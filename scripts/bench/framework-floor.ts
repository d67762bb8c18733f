/**
 * Gzipped JavaScript (zlib default level) a module-capable browser downloads
 * for an App Router page that renders nothing: the framework's runtime,
 * which no page can go below. Measured by scripts/bench/measure-framework-floor.ts
 * on an empty app built with these versions; re-run it after upgrading.
 */
export const FRAMEWORK_FLOOR = {
  jsGzipBytes: 134904,
  scripts: 5,
  next: '16.4.6',
  react: '19.3.1',
  measuredAt: '2026-11-27',
} as const;
