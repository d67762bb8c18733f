import { draftMode } from 'next/headers';
import { contentStore } from '@/lib/content/live/store';
import { env } from '@/lib/env';
import { answerPreviewRequest, PREVIEW_CACHE_CONTROL } from '@/lib/publishing/preview';

/**
 * Opens an editor's signed preview link (docs/preview.md): checks it, turns
 * on Next's Draft Mode for this browser and sends it to the story's address.
 * Every answer is `private, no-store`: a redirect that sets the Draft Mode
 * cookie must never be replayed from a shared cache to someone else.
 */
export const dynamic = 'force-dynamic';

const headers = { 'Cache-Control': PREVIEW_CACHE_CONTROL };

export async function GET(request: Request): Promise<Response> {
  const store = contentStore();
  const answer = answerPreviewRequest({
    secret: env().publishSecret,
    query: new URL(request.url).searchParams,
    now: new Date(),
    draft: (slug) => store.draft(slug),
    live: (slug) => store.current().bySlug.get(slug),
  });
  if (answer.status !== 303) {
    // Plain text: an editor opens this link in a browser, and the reason is what they need to read.
    return new Response(`${answer.error}\n`, { status: answer.status, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  (await draftMode()).enable();
  // A path, not an absolute URL: the browser resolves it against the origin it asked, whatever SITE_URL says.
  return new Response(null, { status: 303, headers: { ...headers, Location: answer.location } });
}
