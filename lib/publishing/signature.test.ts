import { describe, expect, it } from 'vitest';
import { SIGNATURE_WINDOW_SECONDS, signatureHeaders, signBody, signPreview, verifyPreview, verifySignature, type SignatureCheck } from './signature';

const SECRET = 'test-secret';
const NOW = new Date('2023-11-14T22:13:20Z'); // Unix 1700000000
const T = 1700000000;
const TEXT = 'Grüße aus Köln — 東京 ✓';
// Computed outside Node: printf '1700000000.<TEXT>' | openssl dgst -sha256 -hmac test-secret
const TEXT_SIGNATURE = 'sha256=8b8b7518efe970656a7e3c295ddbda3bd3460e00fdedc832c74fcbe35199084b';

const check = (overrides: Partial<Parameters<typeof verifySignature>[0]> = {}): SignatureCheck =>
  verifySignature({
    secret: SECRET,
    timestampHeader: String(T),
    signatureHeader: TEXT_SIGNATURE,
    body: Buffer.from(TEXT, 'utf8'),
    now: NOW,
    ...overrides,
  });

const reason = (result: SignatureCheck): string => (result.ok ? 'accepted' : result.reason);

describe('signBody', () => {
  it('signs "<timestamp>.<raw body>" with HMAC-SHA256, as lowercase hex after sha256=', () => {
    expect(signBody(SECRET, T, TEXT)).toBe(TEXT_SIGNATURE);
  });

  it('signs a string body as its UTF-8 bytes, the same as the Buffer', () => {
    expect(signBody(SECRET, T, Buffer.from(TEXT, 'utf8'))).toBe(TEXT_SIGNATURE);
  });

  it('refuses a timestamp that is not whole seconds', () => {
    expect(() => signBody(SECRET, 1700000000.5, TEXT)).toThrow(RangeError);
    expect(() => signBody(SECRET, -1, TEXT)).toThrow(RangeError);
  });
});

describe('signatureHeaders', () => {
  it('sends Unix seconds and the signature over them', () => {
    const headers = signatureHeaders(SECRET, TEXT, new Date(NOW.getTime() + 999));
    expect(headers).toEqual({ 'X-Lede-Timestamp': String(T), 'X-Lede-Signature': TEXT_SIGNATURE });
  });
});

describe('verifySignature', () => {
  it('accepts a body signed with the secret (non-ASCII UTF-8 included)', () => {
    expect(check()).toEqual({ ok: true });
  });

  it('accepts what signatureHeaders produced, including an empty body', () => {
    const headers = signatureHeaders(SECRET, '', NOW);
    const result = check({ timestampHeader: headers['X-Lede-Timestamp'] ?? null, signatureHeader: headers['X-Lede-Signature'] ?? null, body: Buffer.alloc(0) });
    expect(result).toEqual({ ok: true });
  });

  it('accepts uppercase hex digits', () => {
    expect(check({ signatureHeader: `sha256=${TEXT_SIGNATURE.slice(7).toUpperCase()}` })).toEqual({ ok: true });
  });

  it('accepts a timestamp exactly at the edge of the window, either way', () => {
    for (const t of [T - SIGNATURE_WINDOW_SECONDS, T + SIGNATURE_WINDOW_SECONDS]) {
      expect(check({ timestampHeader: String(t), signatureHeader: signBody(SECRET, t, TEXT) })).toEqual({ ok: true });
    }
  });

  it('refuses a tampered body', () => {
    const tampered = Buffer.from(TEXT.replace('Köln', 'Koln'), 'utf8');
    expect(reason(check({ body: tampered }))).toMatch(/does not match the request body/);
  });

  it('refuses a body changed by one byte at the end', () => {
    expect(check({ body: Buffer.from(`${TEXT}\n`, 'utf8') }).ok).toBe(false);
  });

  it('refuses the right body signed with another secret', () => {
    expect(check({ signatureHeader: signBody('other-secret', T, TEXT) }).ok).toBe(false);
  });

  it('refuses a signature moved to another timestamp', () => {
    expect(reason(check({ timestampHeader: String(T + 1) }))).toMatch(/does not match/);
  });

  it.each([
    ['timestamp', { timestampHeader: null }, /X-Lede-Timestamp header is missing/],
    ['empty timestamp', { timestampHeader: '' }, /X-Lede-Timestamp header is missing/],
    ['signature', { signatureHeader: null }, /X-Lede-Signature header is missing/],
    ['empty signature', { signatureHeader: '' }, /X-Lede-Signature header is missing/],
  ] as const)('refuses a missing %s', (_name, overrides, expected) => {
    expect(reason(check(overrides))).toMatch(expected);
  });

  it.each(['-1700000000', '1700000000.0', '1.7e9', ' 1700000000', '0x6553f100', 'Tue, 14 Nov 2023 22:13:20 GMT'])(
    'refuses the timestamp %j, which is not all digits',
    (timestampHeader) => expect(reason(check({ timestampHeader }))).toMatch(/whole seconds \(digits only\)/),
  );

  it('says so when the timestamp looks like milliseconds', () => {
    expect(reason(check({ timestampHeader: String(T * 1000) }))).toBe('X-Lede-Timestamp has 13 digits; send Unix time in seconds, not milliseconds.');
  });

  it.each([
    [T - 412, 412],
    [T + 301, 301],
    [0, T],
  ])('refuses the timestamp %i, %i s from the clock', (t, skew) => {
    const result = check({ timestampHeader: String(t), signatureHeader: signBody(SECRET, t, TEXT) });
    expect(reason(result)).toBe(`X-Lede-Timestamp is ${skew} s from the server clock; the limit is 300 s.`);
  });

  it.each(['8b8b7518efe970656a7e3c295ddbda3bd3460e00fdedc832c74fcbe35199084b', 'sha1=8b8b7518efe970656a7e3c295ddbda3bd3460e00', 'sha256=', 'sha256=8b8b', `${TEXT_SIGNATURE}00`, `sha256=${'z'.repeat(64)}`, `SHA256=${TEXT_SIGNATURE.slice(7)}`])(
    'refuses the signature %j, not of the form sha256=<64 hex>',
    (signatureHeader) => expect(reason(check({ signatureHeader }))).toMatch(/"sha256=" followed by 64 hexadecimal digits/),
  );

  it('refuses everything when the server has no secret', () => {
    expect(reason(check({ secret: '', signatureHeader: signBody('', T, TEXT) }))).toMatch(/not configured/);
  });

  it('never puts the secret or the expected signature in a reason', () => {
    const wrong = `sha256=${'0'.repeat(64)}`;
    const reasons = [check({ signatureHeader: wrong }), check({ body: Buffer.from('x') }), check({ timestampHeader: String(T - 1000) })].map(reason);
    for (const text of reasons) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(TEXT_SIGNATURE.slice(7));
    }
  });
});

describe('preview links', () => {
  const SLUG = 'nato-allies';
  const EXPIRES = T + 600;
  // printf 'preview.nato-allies.1700000600' | openssl dgst -sha256 -hmac test-secret
  const TOKEN = 'f9e13ee493caffa2b6ff2eade53213ad28ccf53b05b2bac566d65dde146f4767';

  it('signs "preview.<slug>.<expiresAt>" as hex HMAC-SHA256', () => {
    expect(signPreview(SECRET, SLUG, EXPIRES)).toBe(TOKEN);
  });

  it('accepts a token for its slug before it expires', () => {
    expect(verifyPreview(SECRET, SLUG, String(EXPIRES), TOKEN, NOW)).toEqual({ ok: true });
    expect(verifyPreview(SECRET, SLUG, String(EXPIRES), TOKEN, new Date((EXPIRES - 1) * 1000))).toEqual({ ok: true });
  });

  it('refuses a link at or after its expiry', () => {
    expect(reason(verifyPreview(SECRET, SLUG, String(EXPIRES), TOKEN, new Date(EXPIRES * 1000)))).toBe('The preview link expired at 2023-11-14T22:23:20.000Z.');
    expect(verifyPreview(SECRET, SLUG, String(EXPIRES), TOKEN, new Date((EXPIRES + 3600) * 1000)).ok).toBe(false);
  });

  it('refuses a token for another slug, a moved expiry or another secret', () => {
    expect(reason(verifyPreview(SECRET, 'other-story', String(EXPIRES), TOKEN, NOW))).toMatch(/not valid for this article/);
    expect(verifyPreview(SECRET, SLUG, String(EXPIRES + 86400), TOKEN, NOW).ok).toBe(false);
    expect(verifyPreview(SECRET, SLUG, String(EXPIRES), signPreview('other-secret', SLUG, EXPIRES), NOW).ok).toBe(false);
  });

  it.each([
    [null, TOKEN, /incomplete/],
    [String(EXPIRES), null, /incomplete/],
    ['', TOKEN, /incomplete/],
    ['soon', TOKEN, /whole seconds/],
    [String(EXPIRES * 1000), TOKEN, /whole seconds/],
    [String(EXPIRES), TOKEN.slice(1), /64 hexadecimal digits/],
    [String(EXPIRES), `sha256=${TOKEN}`, /64 hexadecimal digits/],
  ] as const)('refuses expiry %j with token %j', (expires, token, expected) => {
    expect(reason(verifyPreview(SECRET, SLUG, expires, token, NOW))).toMatch(expected);
  });

  it('refuses everything when the server has no secret', () => {
    expect(verifyPreview('', SLUG, String(EXPIRES), signPreview('', SLUG, EXPIRES), NOW).ok).toBe(false);
  });
});
