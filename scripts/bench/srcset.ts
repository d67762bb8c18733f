/**
 * Which image a phone downloads: the `sizes` attribute gives the slot width
 * in CSS pixels for the viewport, the device pixel ratio turns that into
 * device pixels, and the browser takes the smallest `srcset` candidate whose
 * density covers the ratio (the largest one if none does). This is the
 * selection Chromium makes with an empty cache.
 */
export interface SrcsetCandidate {
  readonly url: string;
  /** Width descriptor (`828w`) */
  readonly width?: number;
  /** Density descriptor (`2x`); 1 when a candidate has no descriptor */
  readonly density?: number;
}

export interface Viewport {
  /** CSS pixels */
  readonly width: number;
  readonly devicePixelRatio: number;
  /** Root font size for `rem`/`em` in media queries and lengths (default 16) */
  readonly rootFontSize?: number;
}

/**
 * Parses a srcset as the HTML standard does: a URL runs to the next
 * whitespace (so commas inside URLs stay), a URL ending in commas has no
 * descriptor, otherwise descriptors run to the next comma.
 */
export function parseSrcset(srcset: string): SrcsetCandidate[] {
  const candidates: SrcsetCandidate[] = [];
  let at = 0;
  while (at < srcset.length) {
    while (at < srcset.length && /[\s,]/.test(srcset[at] ?? '')) at++;
    if (at >= srcset.length) break;
    let end = at;
    while (end < srcset.length && !/\s/.test(srcset[end] ?? '')) end++;
    let url = srcset.slice(at, end);
    at = end;
    let descriptor = '';
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      const comma = srcset.indexOf(',', at);
      const stop = comma === -1 ? srcset.length : comma;
      descriptor = srcset.slice(at, stop).trim();
      at = stop + 1;
    }
    const match = /^([0-9.]+)([wx])$/.exec(descriptor);
    if (match?.[2] === 'w') candidates.push({ url, width: Number(match[1]) });
    else if (match?.[2] === 'x') candidates.push({ url, density: Number(match[1]) });
    else candidates.push({ url, density: 1 });
  }
  return candidates;
}

/** A CSS length as used in `sizes` (px, rem, em, vw), in CSS pixels. */
export function cssLength(length: string, viewport: Viewport): number | undefined {
  const match = /^\s*([0-9.]+)\s*(px|rem|em|vw)?\s*$/.exec(length);
  if (!match) return undefined;
  const value = Number(match[1]);
  const unit = match[2] ?? 'px';
  if (unit === 'px') return value;
  if (unit === 'vw') return (value * viewport.width) / 100;
  return value * (viewport.rootFontSize ?? 16);
}

/** `(min-width: 48rem)` and `(max-width: 600px)`, alone or joined with `and`; anything else never matches. */
function mediaMatches(condition: string, viewport: Viewport): boolean {
  const parts = condition.split(/\s+and\s+/i);
  return parts.every((part) => {
    const match = /^\(\s*(min|max)-width\s*:\s*([^)]+)\)$/i.exec(part.trim());
    if (!match) return false;
    const limit = cssLength(match[2] ?? '', viewport);
    if (limit === undefined) return false;
    return match[1]?.toLowerCase() === 'min' ? viewport.width >= limit : viewport.width <= limit;
  });
}

/** The slot width `sizes` gives for this viewport; 100vw when `sizes` is missing, as browsers assume. */
export function slotWidth(sizes: string | undefined, viewport: Viewport): number {
  if (!sizes) return viewport.width;
  for (const entry of sizes.split(',')) {
    const trimmed = entry.trim();
    const match = /^(\(.*\))\s+(\S+)$/.exec(trimmed);
    if (match) {
      if (mediaMatches(match[1] ?? '', viewport)) return cssLength(match[2] ?? '', viewport) ?? viewport.width;
      continue;
    }
    return cssLength(trimmed, viewport) ?? viewport.width;
  }
  return viewport.width;
}

/** The candidate the browser fetches for this slot on this viewport. */
export function pickCandidate(candidates: readonly SrcsetCandidate[], slotCssPx: number, viewport: Viewport): SrcsetCandidate | undefined {
  const withDensity = candidates.map((candidate) => ({
    candidate,
    density: candidate.width !== undefined ? candidate.width / slotCssPx : (candidate.density ?? 1),
  }));
  withDensity.sort((a, b) => a.density - b.density);
  const enough = withDensity.find((c) => c.density >= viewport.devicePixelRatio);
  return (enough ?? withDensity[withDensity.length - 1])?.candidate;
}

/** The URL a phone at `viewport` downloads for an `<img srcset sizes src>`. */
export function chosenImageUrl(image: { readonly src?: string; readonly srcSet?: string; readonly sizes?: string }, viewport: Viewport): string | undefined {
  if (!image.srcSet) return image.src;
  return pickCandidate(parseSrcset(image.srcSet), slotWidth(image.sizes, viewport), viewport)?.url ?? image.src;
}

/** A 390 CSS-pixel phone at DPR 2 (iPhone 12–15 class): 780 device pixels across. */
export const PHONE_390_DPR2: Viewport = { width: 390, devicePixelRatio: 2 };
