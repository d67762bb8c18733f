import { getArticles } from '@/lib/content/store';
import { rssContentType, siteFeed } from '@/lib/seo/feeds';
import { publicImageBytes } from '@/lib/seo/image-bytes';

/** Written once at build time, like the pages it lists. */
export const dynamic = 'force-static';

export function GET(): Response {
  return new Response(siteFeed(getArticles(), { imageBytes: publicImageBytes }), { headers: { 'content-type': rssContentType } });
}
