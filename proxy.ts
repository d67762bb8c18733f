import { NextResponse, type NextRequest } from 'next/server';
import { guardRequest } from '@/lib/security/request-guard';

/**
 * Answers hostile or malformed requests with a precise 4xx before Next
 * routes them (see lib/security/request-guard.ts for what Next would do
 * otherwise). Every other request passes through untouched, so static pages
 * stay static. If a route handler ever needs POST (a newsletter form, say),
 * allow it in the guard, not here.
 *
 * One request this cannot help: TRACE. Next wraps the request in a fetch
 * `Request` before calling this function, the Fetch standard forbids TRACE,
 * and Next answers 500 before any code of ours runs. Block TRACE at the CDN
 * or load balancer (docs/security.md).
 */
export function proxy(request: NextRequest): NextResponse {
  const decision = guardRequest({
    method: request.method,
    pathname: request.nextUrl.pathname,
    searchParams: request.nextUrl.searchParams,
  });
  if (decision.action === 'continue') return NextResponse.next();
  return new NextResponse(request.method === 'HEAD' ? null : `${decision.reason}\n`, {
    status: decision.status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...decision.headers },
  });
}
