import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signatures for the publishing API and for Draft Mode preview links.
 *
 * A publishing request carries X-Lede-Timestamp (Unix seconds) and
 * X-Lede-Signature: `sha256=` + HMAC-SHA256 of `<timestamp>.<raw body>`,
 * keyed with the shared secret (LEDE_PUBLISH_SECRET). The timestamp bounds a
 * replay to SIGNATURE_WINDOW_SECONDS. A preview link carries an expiry and
 * HMAC-SHA256 of `preview.<slug>.<expiry>`; a body signature always starts
 * with digits, so one can never pass for the other under the same secret.
 *
 * Refusal reasons go back to the caller in a 401 body: they say what was
 * wrong, never the secret or the signature that was expected.
 */

/** How far X-Lede-Timestamp may be from the server clock, either way. */
export const SIGNATURE_WINDOW_SECONDS = 300;

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

const SIGNATURE_FORM = /^sha256=([0-9a-fA-F]{64})$/;
const HEX_DIGEST = /^[0-9a-f]{64}$/i;
const DIGITS = /^\d+$/;
/** Unix seconds have 10 digits until the year 2286; 13 is almost always milliseconds by mistake. */
const MAX_SECONDS_DIGITS = 11;

const refuse = (reason: string): SignatureCheck => ({ ok: false, reason });

function hmac(secret: string, ...parts: (Buffer | string)[]): Buffer {
  const mac = createHmac('sha256', secret);
  for (const part of parts) mac.update(part);
  return mac.digest();
}

/** Both sides are 32-byte digests, so timingSafeEqual never throws and takes the same time whatever the bytes. */
function sameDigest(expected: Buffer, givenHex: string): boolean {
  const given = Buffer.from(givenHex, 'hex');
  return given.length === expected.length && timingSafeEqual(expected, given);
}

const unixSeconds = (date: Date): number => Math.floor(date.getTime() / 1000);

/** A whole, non-negative number of seconds: anything else would be signed as text the server refuses. */
function assertSeconds(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be whole Unix seconds, got ${value}`);
}

/** `sha256=<hex>` over `<timestamp>.<body>`; a string body is signed as its UTF-8 bytes. */
export function signBody(secret: string, timestamp: number, body: Buffer | string): string {
  assertSeconds('timestamp', timestamp);
  return `sha256=${hmac(secret, `${timestamp}.`, body).toString('hex')}`;
}

/** The two headers a publishing request sends, signed at `now`. */
export function signatureHeaders(secret: string, body: Buffer | string, now: Date): Record<string, string> {
  const timestamp = unixSeconds(now);
  return { 'X-Lede-Timestamp': String(timestamp), 'X-Lede-Signature': signBody(secret, timestamp, body) };
}

/** "" is what a header sent empty reads as; it is as good as missing. */
const isMissing = (value: string | null): value is null | '' => value === null || value === '';

export function verifySignature(input: {
  secret: string;
  timestampHeader: string | null;
  signatureHeader: string | null;
  body: Buffer;
  now: Date;
}): SignatureCheck {
  const { secret, timestampHeader, signatureHeader, body, now } = input;
  // An empty key makes every signature forgeable; the route should have answered 503 before this.
  if (secret === '') return refuse('Publishing is not configured on this server.');
  if (isMissing(timestampHeader)) return refuse('The X-Lede-Timestamp header is missing.');
  if (isMissing(signatureHeader)) return refuse('The X-Lede-Signature header is missing.');
  if (!DIGITS.test(timestampHeader)) return refuse('X-Lede-Timestamp must be Unix time in whole seconds (digits only).');
  if (timestampHeader.length > MAX_SECONDS_DIGITS) {
    return refuse(`X-Lede-Timestamp has ${timestampHeader.length} digits; send Unix time in seconds, not milliseconds.`);
  }
  const skew = Math.abs(Number(timestampHeader) - unixSeconds(now));
  if (skew > SIGNATURE_WINDOW_SECONDS) {
    return refuse(`X-Lede-Timestamp is ${skew} s from the server clock; the limit is ${SIGNATURE_WINDOW_SECONDS} s.`);
  }
  const form = SIGNATURE_FORM.exec(signatureHeader);
  if (!form?.[1]) return refuse('X-Lede-Signature must be "sha256=" followed by 64 hexadecimal digits.');
  // The header text as sent, not the number re-printed, is what the client signed.
  const expected = hmac(secret, `${timestampHeader}.`, body);
  if (!sameDigest(expected, form[1])) {
    return refuse('X-Lede-Signature does not match the request body; check the publishing secret and that the body was sent unchanged.');
  }
  return { ok: true };
}

/** Hex HMAC for a preview link to `slug` that works until `expiresAt` (Unix seconds). */
export function signPreview(secret: string, slug: string, expiresAt: number): string {
  assertSeconds('expiresAt', expiresAt);
  return hmac(secret, `preview.${slug}.${expiresAt}`).toString('hex');
}

export function verifyPreview(secret: string, slug: string, expiresHeader: string | null, token: string | null, now: Date): SignatureCheck {
  if (secret === '') return refuse('Previews are not configured on this server.');
  if (isMissing(expiresHeader) || isMissing(token)) return refuse('The preview link is incomplete: it needs both an expiry and a token.');
  if (!DIGITS.test(expiresHeader) || expiresHeader.length > MAX_SECONDS_DIGITS) {
    return refuse('The preview link’s expiry must be Unix time in whole seconds.');
  }
  if (!HEX_DIGEST.test(token)) return refuse('The preview token must be 64 hexadecimal digits.');
  const expiresAt = Number(expiresHeader);
  if (expiresAt <= unixSeconds(now)) return refuse(`The preview link expired at ${new Date(expiresAt * 1000).toISOString()}.`);
  if (!sameDigest(hmac(secret, `preview.${slug}.${expiresHeader}`), token)) return refuse('The preview token is not valid for this article.');
  return { ok: true };
}
