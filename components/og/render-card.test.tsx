import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ogImageContentType, ogImageSize } from '../../lib/og';
import { renderCard } from './render-card';

let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'og-card-'));
  await mkdir(path.join(root, 'images', 'articles'), { recursive: true });
  await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#dbe7ef' } })
    .jpeg()
    .toFile(path.join(root, 'images', 'articles', 'hero.jpg'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function expectCard(response: Response): Promise<void> {
  expect(response.headers.get('content-type')).toBe(ogImageContentType);
  const png = Buffer.from(await response.arrayBuffer());
  expect(png.byteLength).toBeLessThan(300 * 1024);
  expect(await sharp(png).metadata()).toMatchObject({ format: 'png', ...ogImageSize });
}

describe('renderCard: article', () => {
  it('renders a 1200×630 PNG under 300 KB with the hero read from disk', async () => {
    await expectCard(
      await renderCard(
        {
          kind: 'article',
          title: 'Ceasefire talks resume in Doha as aid trucks queue at border',
          sectionName: 'World',
          published: '2025-03-05T23:30:00Z',
          imageSrc: '/images/articles/hero.jpg',
          imageAlt: 'A map',
        },
        { publicDir: root },
      ),
    );
  }, 30_000);

  it('still renders, with the brand panel, when the hero is missing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expectCard(
      await renderCard(
        { kind: 'article', title: 'No picture', sectionName: 'World', published: '2025-03-05T12:00:00+01:00', imageSrc: '/images/articles/none.jpg', imageAlt: '' },
        { publicDir: root },
      ),
    );
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  }, 30_000);
});

describe('renderCard: front', () => {
  it('renders a front card', async () => {
    await expectCard(await renderCard({ kind: 'front', title: 'Topic: Taliban', description: 'Every story on the Taliban.', kicker: 'Topic' }));
  }, 30_000);
});
