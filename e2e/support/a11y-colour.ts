/**
 * Colour maths for the focus-indicator check: parse what getComputedStyle
 * returns, composite translucent layers, and compute WCAG contrast.
 */
export interface Rgba {
  readonly r: number;
  readonly g: number;
  readonly b: number;
  /** 0 (transparent) to 1 (opaque) */
  readonly a: number;
}

/**
 * Chromium serialises computed colours as `rgb()`/`rgba()`, or as
 * `color(srgb r g b / a)` for some modern syntaxes; anything else is an error
 * rather than a guess, so a new colour syntax cannot silently pass.
 */
export function parseCssColour(value: string): Rgba {
  const text = value.trim();
  if (text === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)$/.exec(text);
  if (rgb) {
    const [, r, g, b, alpha, percent] = rgb;
    return { r: Number(r), g: Number(g), b: Number(b), a: parseAlpha(alpha, percent) };
  }
  const srgb = /^color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)(?:\s*\/\s*([\d.]+)(%?))?\s*\)$/.exec(text);
  if (srgb) {
    const [, r, g, b, alpha, percent] = srgb;
    return { r: Number(r) * 255, g: Number(g) * 255, b: Number(b) * 255, a: parseAlpha(alpha, percent) };
  }
  throw new Error(`Cannot parse the CSS colour ${JSON.stringify(value)}`);
}

function parseAlpha(alpha: string | undefined, percent: string | undefined): number {
  if (alpha === undefined) return 1;
  return percent ? Number(alpha) / 100 : Number(alpha);
}

/** `top` painted over `bottom` (source-over); the result is as opaque as the two together. */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const a = top.a + bottom.a * (1 - top.a);
  if (a === 0) return { r: 0, g: 0, b: 0, a: 0 };
  const mix = (t: number, b: number) => (t * top.a + b * bottom.a * (1 - top.a)) / a;
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a };
}

/** Layers from the element outwards to the root, composited over the canvas (white unless the page paints it). */
export function flatten(layers: readonly Rgba[], canvas: Rgba = { r: 255, g: 255, b: 255, a: 1 }): Rgba {
  return [...layers].reverse().reduce((below, layer) => composite(layer, below), canvas);
}

/** WCAG 2.x relative luminance. */
export function relativeLuminance({ r, g, b }: Rgba): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio, 1 to 21. Both colours must be opaque: composite them first. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

export function formatRgba({ r, g, b, a }: Rgba): string {
  return a === 1 ? `rgb(${Math.round(r)} ${Math.round(g)} ${Math.round(b)})` : `rgb(${Math.round(r)} ${Math.round(g)} ${Math.round(b)} / ${a.toFixed(2)})`;
}
