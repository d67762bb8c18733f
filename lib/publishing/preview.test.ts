import { describe, expect, it } from 'vitest';
import { answerPreviewRequest, articleAddress, previewExitPath, previewPath, previewUrl, safeReturnPath, type PreviewRequest } from './preview';
import { signPreview } from './signature';

const SECRET = 'a-test-secret-of-at-least-32-characters';
const NOW = new Date('2023-11-14T22:13:20Z'); // Unix 1700000000
const LATER = 1700000000 + 3600;

const stories = {
  drafts: new Map([
    ['new-story', { section: 'world' }],
    ['moved-story', { section: 'economy' }],
  ]),
  live: new Map([
    ['moved-story', { section: 'world' }],
    ['live-story', { section: 'science' }],
  ]),
};

function ask(query: string, overrides: Partial<PreviewRequest> = {}) {
  return answerPreviewRequest({
    secret: SECRET,
    query: new URLSearchParams(query),
    now: NOW,
    draft: (slug) => stories.drafts.get(slug),
    live: (slug) => stories.live.get(slug),
    ...overrides,
  });
}

const signedQuery = (slug: string, expires = LATER) => previewPath(SECRET, slug, expires).split('?')[1] ?? '';

describe('previewPath and previewUrl', () => {
  it('carry the slug, the expiry and the token signPreview makes', () => {
    const query = new URLSearchParams(signedQuery('new-story'));
    expect(query.get('slug')).toBe('new-story');
    expect(query.get('expires')).toBe(String(LATER));
    expect(query.get('token')).toBe(signPreview(SECRET, 'new-story', LATER));
    expect(previewPath(SECRET, 'new-story', LATER)).toMatch(/^\/api\/preview\?slug=new-story&expires=\d+&token=[0-9a-f]{64}$/);
  });

  it('puts the path on the origin, with or without a trailing slash', () => {
    const path = previewPath(SECRET, 'new-story', LATER);
    expect(previewUrl('https://news.example', SECRET, 'new-story', LATER)).toBe(`https://news.example${path}`);
    expect(previewUrl('https://news.example/', SECRET, 'new-story', LATER)).toBe(`https://news.example${path}`);
  });
});

describe('answerPreviewRequest', () => {
  it('sends a signed link to the draft’s address', () => {
    expect(ask(signedQuery('new-story'))).toEqual({ status: 303, location: '/world/new-story' });
  });

  it('prefers the section of a pending edit to the live story’s', () => {
    expect(ask(signedQuery('moved-story'))).toEqual({ status: 303, location: '/economy/moved-story' });
  });

  it('sends a live story without a draft to its own address', () => {
    expect(ask(signedQuery('live-story'))).toEqual({ status: 303, location: '/science/live-story' });
  });

  it('answers 404 when there is neither a draft nor a live story', () => {
    expect(ask(signedQuery('nothing-here'))).toMatchObject({ status: 404 });
  });

  it('answers 503 without a secret, before looking at the link', () => {
    expect(ask(signedQuery('new-story'), { secret: undefined })).toMatchObject({ status: 503 });
    expect(ask(signedQuery('new-story'), { secret: '' })).toMatchObject({ status: 503 });
  });

  it.each([
    ['an expired link', () => signedQuery('new-story', 1700000000 - 1)],
    ['a link that expires now', () => signedQuery('new-story', 1700000000)],
    ['a token for another slug', () => signedQuery('live-story').replace('slug=live-story', 'slug=new-story')],
    ['a later expiry than was signed', () => signedQuery('new-story').replace(`expires=${LATER}`, `expires=${LATER + 1}`)],
    ['a tampered token', () => signedQuery('new-story').replace(/token=(.)/, (_, c: string) => `token=${c === '0' ? '1' : '0'}`)],
    ['another secret', () => previewPath('another-secret-of-at-least-32-characters', 'new-story', LATER).split('?')[1] ?? ''],
    ['no token', () => `slug=new-story&expires=${LATER}`],
    ['no slug', () => signedQuery('new-story').replace('slug=new-story&', '')],
    ['nothing at all', () => ''],
  ])('answers 401 to %s', (_, query) => {
    expect(ask(query())).toMatchObject({ status: 401, error: expect.any(String) as string });
  });

  it('never looks up a signed slug that is not a slug', () => {
    const looked: string[] = [];
    const record = (slug: string) => {
      looked.push(slug);
      return { section: 'world' };
    };
    const query = previewPath(SECRET, '../../etc/passwd', LATER).split('?')[1] ?? '';
    expect(ask(query, { draft: record, live: record })).toMatchObject({ status: 404 });
    expect(looked).toEqual([]);
  });
});

describe('safeReturnPath', () => {
  it.each([
    ['/world/new-story', '/world/new-story'],
    ['/', '/'],
    ['/topics/nato?x=1', '/topics/nato?x=1'],
    ['/world/../economy', '/economy'],
    ['/world/café', '/world/caf%C3%A9'],
  ])('keeps the same-site path %j', (to, expected) => expect(safeReturnPath(to)).toBe(expected));

  it.each([
    null,
    undefined,
    '',
    'world/new-story',
    'https://evil.example/',
    '//evil.example/',
    '///evil.example/',
    '/\\evil.example/',
    '\\\\evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    '/ /evil.example',
    '/world/x\r\nSet-Cookie: a=b',
    'javascript:alert(1)',
    ' /world',
  ])('sends %j to the home page instead', (to) => expect(safeReturnPath(to)).toBe('/'));
});

describe('previewExitPath', () => {
  it('encodes the return path as the exit route’s `to`', () => {
    const path = previewExitPath('/world/new-story?x=1&y=2');
    expect(path).toBe('/api/preview/exit?to=%2Fworld%2Fnew-story%3Fx%3D1%26y%3D2');
    expect(new URLSearchParams(path.split('?')[1]).get('to')).toBe('/world/new-story?x=1&y=2');
  });
});

describe('articleAddress', () => {
  it('reads section and slug from an article address', () => {
    expect(articleAddress('/world/new-story')).toEqual({ section: 'world', slug: 'new-story' });
  });

  it.each(['/', '/world', '/world/', '/world/new-story/', '/world/page/2', '/topics/nato/page/2', '/world/New-Story', '/world/a.xml', '/world/%2e%2e', 'world/new-story'])(
    'is undefined for %j',
    (pathname) => expect(articleAddress(pathname)).toBeUndefined(),
  );
});
