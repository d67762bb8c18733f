import { NextResponse, type NextRequest } from 'next/server';
import type { GoneStory, Snapshot } from '@/lib/content/live/snapshot';
import { contentStore, type ContentStore } from '@/lib/content/live/store';
import type { EditionAddress } from '@/lib/routing/editions';
import { articleAddress, DRAFT_MODE_COOKIE } from '@/lib/publishing/preview';
import { goneRewritePath, goneStoryAt } from '@/lib/routing/gone';
import { isMissingPage, notFoundRewritePath } from '@/lib/routing/missing-page';
import { editionAt, editionGonePath, editionNotFoundPath, editionRoot, internalPath, isMissingEditionPage } from '@/lib/routing/editions';
import { guardRequest } from '@/lib/routing/request-guard';
import { editions } from '@/lib/editions';

/**
 * Answers hostile or malformed requests with a precise 4xx before Next
 * routes them (see lib/routing/request-guard.ts for what Next would do
 * otherwise), answers the address of a story taken down with its 410 page,
 * and sends an address that names no page to the real 404 page
 * (lib/routing/missing-page.ts says why the route's own notFound() is not
 * enough). Both read the content store's current snapshot, so they follow
 * every publish and takedown. An editor previewing a draft that has no live
 * story yet is let through to the article route (docs/preview.md). Every
 * other request passes through untouched, so cached pages stay cached.
 * In a cluster, every request first catches the store up with Redis.
 *
 * One request this cannot help: TRACE. Next wraps the request in a fetch
 * `Request` before calling this function, the Fetch standard forbids TRACE,
 * and Next answers 500 before any code of ours runs. Block TRACE at the CDN
 * or load balancer (docs/security.md).
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const { pathname, searchParams } = request.nextUrl;
  const decision = guardRequest({ method: request.method, pathname, searchParams });
  if (decision.action === 'respond') {
    return new NextResponse(request.method === 'HEAD' ? null : `${decision.reason}\n`, {
      status: decision.status,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...decision.headers },
    });
  }
  const store = contentStore();
  await catchUp(store);
  if (pathname.startsWith('/api/')) return NextResponse.next();
  const snapshot = store.current();
  const address = editionAt(pathname);
  if (address) return editionResponse(request, address, snapshot);
  // The editions' own tree is reached only through their prefixes.
  if (pathname === editionRoot || pathname.startsWith(`${editionRoot}/`)) return NextResponse.rewrite(new URL(notFoundRewritePath, request.url));
  const gone = inEdition(goneStoryAt(pathname, snapshot.gone), '');
  if (gone) {
    return NextResponse.rewrite(new URL(goneRewritePath(gone), request.url), { status: 410, headers: { 'Cache-Control': 'no-store' } });
  }
  const pages = snapshot.editions.get('')?.pages ?? snapshot.pages;
  if (isMissingPage(pathname, pages) && !isDraftPreview(request, pathname)) {
    return NextResponse.rewrite(new URL(notFoundRewritePath, request.url));
  }
  return NextResponse.next();
}

/** A story taken down answers 410 only at its own edition's address. */
function inEdition(story: GoneStory | undefined, prefix: string): GoneStory | undefined {
  return story && editions.forLang(story.lang ?? editions.default.lang).prefix === prefix ? story : undefined;
}

/**
 * An address under an edition's prefix (`/de/…`): the same 410 and 404 rules
 * as the default edition's, answered with that edition's pages (its language
 * and direction), and every other address rewritten into the editions' tree.
 */
function editionResponse(request: NextRequest, address: EditionAddress, snapshot: Snapshot): NextResponse {
  const { edition, rest } = address;
  const gone = inEdition(goneStoryAt(rest, snapshot.gone), edition.prefix);
  if (gone) {
    return NextResponse.rewrite(new URL(editionGonePath(edition, gone.slug), request.url), { status: 410, headers: { 'Cache-Control': 'no-store' } });
  }
  const pages = snapshot.editions.get(edition.prefix)?.pages;
  if (!pages || isMissingEditionPage(rest, pages)) {
    return NextResponse.rewrite(new URL(editionNotFoundPath(edition), request.url), { status: 404 });
  }
  return NextResponse.rewrite(new URL(`${internalPath(request.nextUrl.pathname)}${request.nextUrl.search}`, request.url));
}

/**
 * In a cluster, one GET asks Redis whether another server published since
 * (lib/content/live/redis-journal.ts), so a page the front cache was told to
 * forget is drawn from the new state. When Redis is down the last state
 * read stays: readers keep getting pages.
 */
async function catchUp(store: ContentStore): Promise<void> {
  try {
    await store.refresh();
  } catch {
    // Logged once by the connection (lib/cluster/redis.ts); serving what is in hand is the point.
  }
}

/**
 * A request with the Draft Mode cookie for the address of a saved draft. Only
 * the cookie's presence can be seen here; the article route checks it is
 * Next's own (draftMode().isEnabled) before it shows anything, so a made-up
 * cookie gets a 404 from the route instead of from this rewrite.
 */
function isDraftPreview(request: NextRequest, pathname: string): boolean {
  if (!request.cookies.has(DRAFT_MODE_COOKIE)) return false;
  const address = articleAddress(pathname);
  return address !== undefined && contentStore().draft(address.slug)?.section === address.section;
}
