import { describe, expect, it } from 'vitest';
import { answerPreviewRequest } from '../../lib/publishing/preview';
import { previewLink } from './preview-link';

const SECRET = 'a-test-secret-of-at-least-32-characters';
const NOW = new Date('2023-11-14T22:13:20Z'); // Unix 1700000000
const env = { LEDE_PUBLISH_SECRET: SECRET, LEDE_URL: 'https://news.example/' };

function linkOf(args: string[], vars: Record<string, string | undefined> = env) {
  const result = previewLink(args, vars, NOW);
  if (!result.ok) throw new Error(result.message);
  return { ...result, link: new URL(result.url) };
}

describe('previewLink', () => {
  it('signs a link on LEDE_URL that the server accepts, for 24 hours by default', () => {
    const { link, expiresAt } = linkOf(['new-story']);
    expect(link.origin).toBe('https://news.example');
    expect(link.pathname).toBe('/api/preview');
    expect(link.searchParams.get('expires')).toBe(String(1700000000 + 24 * 3600));
    expect(expiresAt.toISOString()).toBe('2023-11-15T22:13:20.000Z');
    const answer = answerPreviewRequest({ secret: SECRET, query: link.searchParams, now: NOW, draft: () => ({ section: 'world' }), live: () => undefined });
    expect(answer).toEqual({ status: 303, location: '/world/new-story' });
  });

  it('takes --hours, before or after the slug, and a slug as unpublish takes it', () => {
    expect(linkOf(['--hours', '2', 'new-story']).link.searchParams.get('expires')).toBe(String(1700000000 + 7200));
    expect(linkOf(['world/new-story', '--hours', '0.5']).link.searchParams.get('expires')).toBe(String(1700000000 + 1800));
    expect(linkOf(['https://news.example/world/new-story']).link.searchParams.get('slug')).toBe('new-story');
  });

  it('defaults to http://localhost:3000', () => {
    expect(linkOf(['new-story'], { LEDE_PUBLISH_SECRET: SECRET }).link.origin).toBe('http://localhost:3000');
  });

  it.each([
    [[], /usage/],
    [['a', 'b'], /usage/],
    [['new-story', '--hours'], /--hours must be/],
    [['new-story', '--hours', '0'], /--hours must be/],
    [['new-story', '--hours', '-1'], /--hours must be/],
    [['new-story', '--hours', '1e3'], /--hours must be/],
    [['new-story', '--days', '1'], /unknown option --days/],
    [['New Story'], /not a slug/],
  ])('refuses %j', (args, message) => {
    const result = previewLink(args, env, NOW);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('refuses to sign without a secret, and says which variable to set', () => {
    const result = previewLink(['new-story'], {}, NOW);
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('LEDE_PUBLISH_SECRET') as string });
  });
});
