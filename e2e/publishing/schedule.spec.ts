import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { putStory, read } from '../support/publishing-api';
import { publishingDir } from '../support/publishing-server';
import { storyMdx, uniqueSlug } from '../support/stories';

/**
 * A story scheduled for later is invisible until its time, then goes live
 * on its own: the server's scheduler releases it and expires the cached
 * pages, with no reader's request and no rebuild.
 */
test('a scheduled story stays invisible, then appears on time on pages that were cached', async () => {
  test.setTimeout(60_000);
  const releaseAt = new Date(Date.now() + 10_000);
  const story = storyMdx({ published: releaseAt, title: `Scheduled report on Alpine lakes ${uniqueSlug('s')}` });
  const articlePath = `/${story.section}/${story.slug}`;

  // Home and the section front are cached before the story is sent.
  await read('/');
  await read(`/${story.section}`);
  const answer = await putStory(story.slug, story.mdx);
  expect(answer.status, JSON.stringify(answer.json)).toBe(201);

  expect((await read(articlePath)).status).toBe(404);
  for (const surface of ['/', `/${story.section}`, '/feed.xml', '/sitemaps/0.xml', '/news-sitemap.xml']) {
    expect((await read(surface)).text.includes(articlePath), surface).toBe(false);
  }

  // No request at all until the time has come and the scheduler (once a second) has had its turn.
  await new Promise((resolve) => setTimeout(resolve, releaseAt.getTime() - Date.now() + 2_500));
  const home = await read('/');
  expect(home.text.includes(articlePath), 'the cached home page was expired by the release, not by this request').toBe(true);
  expect((await read(articlePath)).status).toBe(200);
  expect((await read(`/${story.section}`)).text.includes(articlePath), 'section front').toBe(true);
  expect((await read('/sitemaps/0.xml')).text.includes(articlePath), 'sitemap').toBe(true);
});

/** Every file under `dir` whose text names `needle`: Next's cache keeps each entry's tags (its path) beside it. */
function filesNaming(dir: string, needle: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => {
    const full = path.join(dir, name);
    return statSync(full).isFile() && readFileSync(full, 'utf8').includes(needle);
  });
}

test('bots asking for made-up slugs do not grow the page cache', async () => {
  const tag = uniqueSlug('no-such-story');
  for (let n = 0; n < 200; n++) expect((await read(`/world/${tag}-${n}`)).status).toBe(404);
  expect(filesNaming(path.join(publishingDir, '.next', 'server'), tag)).toEqual([]);
});
