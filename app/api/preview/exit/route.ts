import { draftMode } from 'next/headers';
import { PREVIEW_CACHE_CONTROL, safeReturnPath } from '@/lib/publishing/preview';

/**
 * The preview banner's exit link: turns Draft Mode off and goes back to the
 * page, a path on this site only (`?to=https://elsewhere` goes home), so the
 * link cannot be used to bounce readers to another site. A GET, because the
 * banner is a plain link: article pages ship no JavaScript and the request
 * guard lets no forms post. Ending someone else's preview is all a forged
 * link could do.
 */
export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  (await draftMode()).disable();
  const location = safeReturnPath(new URL(request.url).searchParams.get('to'));
  return new Response(null, { status: 303, headers: { 'Cache-Control': PREVIEW_CACHE_CONTROL, Location: location } });
}
