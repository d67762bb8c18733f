import type { ContentErrorInit } from '../lib/content/errors';
import type { Article } from '../lib/content/types';

/** What a content-build worker is told at start (as JSON in LEDE_BUILD_WORKER). */
export interface WorkerSetup {
  readonly contentDir: string;
  readonly includeDrafts: boolean;
  readonly staging: string;
}

export interface BatchRequest {
  readonly id: number;
  readonly names: readonly string[];
}

export interface BatchReply {
  readonly id: number;
  readonly cache: { readonly hits: number; readonly misses: number; readonly stale: number };
  readonly articles: readonly Omit<Article, 'body'>[];
  readonly errors: readonly ContentErrorInit[];
}
