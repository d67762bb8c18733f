// Share cards stay outside the route groups (app/(site), app/(editions)): Next appends a hash to a
// metadata image route inside a group (`opengraph-image-1k8ogo`), which would change every card URL.
import { renderCard } from '@/components/og/render-card';
import { ogImageContentType, ogImageSize } from '@/lib/og';
import { homeCopy } from '@/lib/seo/front-copy';
import { siteConfig } from '@/lib/site-config';

/** The home page's share card; lib/seo/metadata.ts points og:image and twitter:image here. */
export const size = ogImageSize;
export const contentType = ogImageContentType;

export default function HomeCardImage(): Promise<Response> {
  return renderCard(homeCopy(siteConfig));
}
