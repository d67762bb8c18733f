import { getArticles } from '@/lib/content/store';
import { rssContentType, siteFeed } from '@/lib/seo/feeds';
import { publicImageBytes } from '@/lib/seo/image-bytes';
import { editionParams, editionSiteOrNotFound } from '@/app/_views/edition-params';

/** The edition's own feed, `/de/feed.xml`: its stories only, in its language. */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return editionParams();
}

export async function GET(_request: Request, { params }: { readonly params: Promise<{ edition: string }> }): Promise<Response> {
  const site = editionSiteOrNotFound((await params).edition);
  return new Response(siteFeed(getArticles(site.prefix), { imageBytes: publicImageBytes, site }), { headers: { 'content-type': rssContentType } });
}
