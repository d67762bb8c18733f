import { NextResponse, type NextRequest } from 'next/server';
import { defaultIndexDir } from '@/lib/content/index-file';
import { isMissingPage, notFoundRewritePath } from '@/lib/routing/missing-page';
import { loadPageDirectory } from '@/lib/routing/page-directory';
import { guardRequest } from '@/lib/routing/request-guard';

/**
 * Answers hostile or malformed requests with a precise 4xx before Next
 * routes them (see lib/routing/request-guard.ts for what Next would do
 * otherwise), and sends an address that names no page to the real 404 page
 * (lib/routing/missing-page.ts says why the route's own notFound() is not
 * enough). Every other request passes through untouched, so static pages
 * stay static. If a route handler ever needs POST (a newsletter form, say),
 * allow it in the guard, not here.
 *
 * One request this cannot help: TRACE. Next wraps the request in a fetch
 * `Request` before calling this function, the Fetch standard forbids TRACE,
 * and Next answers 500 before any code of ours runs. Block TRACE at the CDN
 * or load balancer (docs/security.md).
 */
export function proxy(request: NextRequest): NextResponse {
  const { pathname, searchParams } = request.nextUrl;
  const decision = guardRequest({ method: request.method, pathname, searchParams });
  if (decision.action === 'respond') {
    return new NextResponse(request.method === 'HEAD' ? null : `${decision.reason}\n`, {
      status: decision.status,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...decision.headers },
    });
  }
  const directory = loadPageDirectory(defaultIndexDir());
  if (directory && isMissingPage(pathname, directory)) {
    return NextResponse.rewrite(new URL(notFoundRewritePath, request.url));
  }
  return NextResponse.next();
}
