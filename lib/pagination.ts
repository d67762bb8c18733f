/**
 * Fronts list an archive 30 stories at a time: page 1 at the front's own
 * URL, page n at `/…/page/n`. Pure helpers so the routes stay thin.
 */
export const FRONT_PAGE_SIZE = 30;

export interface PageSlice<T> {
  readonly items: readonly T[];
  /** 1-based */
  readonly page: number;
  /** At least 1: an empty front still has its first page */
  readonly pageCount: number;
  readonly total: number;
}

export function pageCount(total: number, size: number = FRONT_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** Page `page` of `items`, or undefined when there is no such page. */
export function pageOf<T>(items: readonly T[], page: number, size: number = FRONT_PAGE_SIZE): PageSlice<T> | undefined {
  const count = pageCount(items.length, size);
  if (!Number.isInteger(page) || page < 1 || page > count) return undefined;
  return { items: items.slice((page - 1) * size, page * size), page, pageCount: count, total: items.length };
}

/**
 * The `[page]` URL segment as a page number: digits only, no leading zero,
 * so each page has exactly one URL (`/world/page/02` is not a second copy of
 * page 2). Undefined for anything else.
 */
export function parsePageParam(raw: string): number | undefined {
  if (!/^[1-9][0-9]{0,5}$/.test(raw)) return undefined;
  return Number(raw);
}
