import { describe, expect, it } from 'vitest';
import { FRONT_PAGE_SIZE, pageCount, pageOf, parsePageParam } from './pagination';

const numbers = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('pageOf', () => {
  it('cuts the list into pages of 30, the last one shorter', () => {
    const list = numbers(65);
    expect(pageOf(list, 1)?.items).toEqual(numbers(30));
    expect(pageOf(list, 3)).toEqual({ items: [60, 61, 62, 63, 64], page: 3, pageCount: 3, total: 65 });
  });

  it('has no page 0, no page past the end and no fractional page', () => {
    const list = numbers(60);
    expect(pageOf(list, 0)).toBeUndefined();
    expect(pageOf(list, 3)).toBeUndefined();
    expect(pageOf(list, 1.5)).toBeUndefined();
  });

  it('gives an empty front its first page', () => {
    expect(pageOf([], 1)).toEqual({ items: [], page: 1, pageCount: 1, total: 0 });
    expect(pageOf([], 2)).toBeUndefined();
  });

  it('keeps exactly 30 stories on one page', () => {
    expect(pageCount(FRONT_PAGE_SIZE)).toBe(1);
    expect(pageCount(FRONT_PAGE_SIZE + 1)).toBe(2);
  });
});

describe('parsePageParam', () => {
  it('reads plain page numbers', () => {
    expect(parsePageParam('2')).toBe(2);
    expect(parsePageParam('120')).toBe(120);
  });

  it('refuses every other spelling, so each page has one URL', () => {
    for (const raw of ['', '0', '02', '-1', '1.5', '2abc', ' 2', '1e3', '9999999']) expect(parsePageParam(raw), raw).toBeUndefined();
  });
});
