import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startExtraServer } from '../support/extra-server';
import { putStory, read } from '../support/publishing-api';
import { extraPorts, publishingDir } from '../support/publishing-server';
import { storyMdx, uniqueSlug } from '../support/stories';

/**
 * The store under load and under failure: concurrent publishes all land,
 * a server killed mid-publish leaves the old or the new state (never a mix),
 * and what was published survives a restart.
 */
const recordsDir = path.join(publishingDir, '.lede', 'live', 'records');

function recordTitle(slug: string): string | undefined {
  try {
    const record = JSON.parse(readFileSync(path.join(recordsDir, `${slug}.json`), 'utf8')) as { article?: { title?: string } };
    return record.article?.title;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

test('twenty concurrent publishes all land, and every list agrees', async () => {
  const tag = uniqueSlug('burst').slice(-8);
  const stories = Array.from({ length: 20 }, (_, n) => storyMdx({ slug: `burst-${tag}-${n}`, topics: [`Burst ${tag}`] }));
  const answers = await Promise.all(stories.map((story) => putStory(story.slug, story.mdx)));
  expect(answers.map((answer) => answer.status)).toEqual(stories.map(() => 201));

  const topic = (await read(`/topics/burst-${tag}`)).text;
  const sitemap = (await read('/sitemaps/0.xml')).text;
  const feed = (await read('/climate/feed.xml')).text;
  for (const story of stories) {
    expect((await read(`/climate/${story.slug}`)).status, story.slug).toBe(200);
    expect(topic.includes(`/climate/${story.slug}"`), `topic front lists ${story.slug}`).toBe(true);
    expect(sitemap.includes(`/climate/${story.slug}<`), `sitemap lists ${story.slug}`).toBe(true);
    expect(feed.includes(`/climate/${story.slug}<`), `section feed lists ${story.slug}`).toBe(true);
    expect(recordTitle(story.slug), story.slug).toBe(story.title);
  }
  // Every record on disk is whole JSON, and no write was left half-done.
  for (const name of readdirSync(recordsDir)) {
    if (name.startsWith('.tmp-')) continue;
    expect(() => JSON.parse(readFileSync(path.join(recordsDir, name), 'utf8')), name).not.toThrow();
  }
});

test('a server killed in the middle of a publish comes back with the old or the new story, never a mix', async () => {
  const slug = uniqueSlug('crash');
  const original = storyMdx({ slug, title: `Original title before the crash ${slug}` });
  const port = extraPorts.crash;
  let server = await startExtraServer(port);
  try {
    expect((await putStory(slug, original.mdx, { origin: server.origin })).status).toBe(201);
    let title = original.title;
    // A body near the limit makes the write long enough to be interrupted at different points.
    for (let attempt = 0; attempt < 5; attempt++) {
      const next = storyMdx({ slug, title: `Corrected title ${attempt} ${slug}`, body: 'More detail. '.repeat(20_000 + attempt) });
      const sent = putStory(slug, next.mdx, { origin: server.origin }).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 5 + attempt * 15));
      await server.stop('SIGKILL');
      await sent;
      server = await startExtraServer(port);
      const page = await read(`/climate/${slug}`, server.origin);
      expect(page.status).toBe(200);
      const shown = [title, next.title].find((candidate) => page.text.includes(candidate));
      expect(shown, `attempt ${attempt}: the page shows neither the old nor the new title`).toBeDefined();
      expect(recordTitle(slug)).toBe(shown);
      title = shown ?? title;
    }
  } finally {
    await server.stop();
  }
});

test('a published story survives a restart, on the home page too', async () => {
  const story = storyMdx();
  let server = await startExtraServer(extraPorts.restart);
  try {
    // Home is read first, so the old home page is in the cache when the story is published.
    expect((await read('/', server.origin)).text.includes(story.slug)).toBe(false);
    expect((await putStory(story.slug, story.mdx, { origin: server.origin })).status).toBe(201);
    await server.stop();
    server = await startExtraServer(extraPorts.restart);
    expect((await read(`/climate/${story.slug}`, server.origin)).status).toBe(200);
    expect((await read('/', server.origin)).text.includes(`/climate/${story.slug}"`), 'the home page after the restart lists the story').toBe(true);
  } finally {
    await server.stop();
  }
});
