// X fetches twitter:image separately from og:image; the same card serves both.
// Segment config must be a literal in this file for Next to read it.
export { default, generateStaticParams, size, contentType } from './opengraph-image';
export const dynamicParams = true;
