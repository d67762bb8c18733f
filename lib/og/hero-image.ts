import sharp, { type Sharp } from 'sharp';
import { publicImageFile } from '../public-files';

export interface ImageBox {
  readonly width: number;
  readonly height: number;
}

interface HeroImageOptions {
  /** Folder public paths resolve against; the site's `public/` unless a script says otherwise. */
  readonly publicDir?: string;
}

interface EdgeColour {
  readonly colour: { r: number; g: number; b: number };
  /** Largest per-channel standard deviation along the edge: near 0 for a flat background. */
  readonly spread: number;
}

/** Mean colour and spread of a strip of raw RGB pixels. */
function edgeColour(data: Buffer): EdgeColour {
  const pixels = Math.max(1, data.length / 3);
  const mean = [0, 0, 0];
  const spread = [0, 0, 0];
  for (let channel = 0; channel < 3; channel += 1) {
    let sum = 0;
    let squares = 0;
    for (let i = channel; i < data.length; i += 3) {
      const value = data[i]!;
      sum += value;
      squares += value * value;
    }
    mean[channel] = sum / pixels;
    spread[channel] = Math.sqrt(Math.max(0, squares / pixels - (sum / pixels) ** 2));
  }
  const [r = 0, g = 0, b = 0] = mean.map(Math.round);
  return { colour: { r, g, b }, spread: Math.max(...spread) };
}

/**
 * Edges flatter than this (per-channel standard deviation, 0–255) count as a
 * background that can be continued. The newsroom's charts and maps measure
 * 0–8 at their edges; photos 15 and up.
 */
const flatEdgeSpread = 12;

/**
 * Reads a hero image from disk and returns it sized to exactly `box` as a
 * data: URI for Satori (drawn 1:1, nothing fetched over the network).
 *
 * The newsroom's pictures are mostly charts and maps with words near their
 * edges, which cropping would cut. So the picture is scaled to fit inside the
 * box and, when the edges it leaves open are flat, the box is filled with those
 * edges' colours: the background simply continues. A picture with busy edges
 * (a photo) is cropped to fill the box instead, around its most interesting part.
 */
export async function loadHeroImage(src: string, box: ImageBox, options: HeroImageOptions = {}): Promise<string> {
  // Not traced by the bundler (a dynamic path makes it trace the whole project); public/ is deployed by hand (docs/deployment.md).
  const realFile = publicImageFile(src, options.publicDir);

  const source = sharp(realFile)
    .rotate() // honour EXIF orientation from cameras
    .flatten({ background: '#ffffff' });
  const { data, info } = await source.clone().resize(box.width, box.height, { fit: 'inside' }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const { width, height } = info;
  const raw = { width, height, channels: 3 } as const;
  const edge = Math.min(6, width, height);
  const strip = async (left: number, top: number, w: number, h: number): Promise<EdgeColour> =>
    edgeColour(await sharp(data, { raw }).extract({ left, top, width: w, height: h }).raw().toBuffer());

  const padTop = Math.floor((box.height - height) / 2);
  const padLeft = Math.floor((box.width - width) / 2);
  const pads = { top: padTop, bottom: box.height - height - padTop, left: padLeft, right: box.width - width - padLeft };
  const sides = [
    { side: 'top', pad: pads.top, edge: pads.top > 0 ? await strip(0, 0, width, edge) : null },
    { side: 'bottom', pad: pads.bottom, edge: pads.bottom > 0 ? await strip(0, height - edge, width, edge) : null },
    { side: 'left', pad: pads.left, edge: pads.left > 0 ? await strip(0, 0, edge, height) : null },
    { side: 'right', pad: pads.right, edge: pads.right > 0 ? await strip(width - edge, 0, edge, height) : null },
  ] as const;

  let jpegInput: Sharp;
  if (sides.some(({ edge: found }) => found && found.spread > flatEdgeSpread)) {
    jpegInput = source.resize(box.width, box.height, { fit: 'cover', position: sharp.strategy.attention });
  } else {
    // sharp extends with one colour per call, so each open side is its own pass.
    let image = data;
    let size: { width: number; height: number } = { width, height };
    for (const { side, pad, edge: found } of sides) {
      if (!found) continue;
      const extended = await sharp(image, { raw: { ...size, channels: 3 } })
        .extend({ top: 0, bottom: 0, left: 0, right: 0, [side]: pad, background: found.colour })
        .raw()
        .toBuffer({ resolveWithObject: true });
      image = extended.data;
      size = { width: extended.info.width, height: extended.info.height };
    }
    jpegInput = sharp(image, { raw: { ...size, channels: 3 } });
  }

  // JPEG keeps the data URI (and Satori's SVG) small. It does not make the
  // card smaller: the pixels end up in the card's PNG whatever the format here
  // (see shrink-png.ts for that). 4:4:4 keeps thin coloured lines in charts crisp.
  const jpeg = await jpegInput.jpeg({ quality: 85, mozjpeg: true, chromaSubsampling: '4:4:4' }).toBuffer();
  return `data:image/jpeg;base64,${jpeg.toString('base64')}`;
}
