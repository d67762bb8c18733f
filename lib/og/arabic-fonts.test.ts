import { describe, expect, it, vi } from 'vitest';

const read = vi.hoisted(() => [] as string[]);

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...actual,
    readFile: (file: Parameters<typeof actual.readFile>[0], ...rest: unknown[]) => {
      read.push(String(file));
      return (actual.readFile as (...args: unknown[]) => Promise<unknown>)(file, ...rest);
    },
  };
});

const { prepareCard } = await import('./index');

describe('Arabic-script fonts', () => {
  it('are read for a right-to-left card only, never for an English one', async () => {
    await prepareCard({ kind: 'front', title: 'Independent news', description: 'Every story.' });
    expect(read.filter((file) => file.endsWith('.ttf'))).toEqual([]);
    await prepareCard({ kind: 'front', title: 'افغانستان', description: 'همه گزارش‌ها', lang: 'fa-AF', dir: 'rtl' });
    expect(read.filter((file) => file.endsWith('.ttf')).map((file) => file.split('/').pop()).sort()).toEqual([
      'noto-naskh-arabic-700.ttf',
      'vazirmatn-400.ttf',
      'vazirmatn-700.ttf',
    ]);
  }, 30_000);
});
