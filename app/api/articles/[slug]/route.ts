import { revalidatePath } from 'next/cache';
import { internalPath } from '@/lib/routing/editions';
import { contentStore } from '@/lib/content/live/store';
import { env } from '@/lib/env';
import { handleArticleRequest, MAX_BODY_BYTES } from '@/lib/publishing/api';
import { readLimitedBody } from '@/lib/publishing/read-body';

/**
 * The publishing API: PUT an MDX file to publish or correct a story, DELETE
 * to take it down (docs/publishing.md). Signed with LEDE_PUBLISH_SECRET; what
 * changed is expired from Next's cache path by path before the answer.
 */
interface ArticleApiContext {
  readonly params: Promise<{ slug: string }>;
}

export const dynamic = 'force-dynamic';

async function handle(method: 'PUT' | 'DELETE', request: Request, context: ArticleApiContext): Promise<Response> {
  if (new URL(request.url).search !== '') {
    return Response.json({ error: 'The publishing API takes no query parameters: sign requests with the X-Lede-* headers.' }, { status: 400, headers: noStore });
  }
  const { slug } = await context.params;
  const result = await handleArticleRequest(
    { method, slug, headers: request.headers, body: await readLimitedBody(request.body, MAX_BODY_BYTES), secret: env().publishSecret, now: new Date() },
    contentStore(),
  );
  // Editions' pages are drawn by the editions' tree: expire them there (lib/routing/editions.ts).
  for (const path of result.paths) revalidatePath(internalPath(path));
  return Response.json(result.json, { status: result.status, headers: noStore });
}

const noStore = { 'Cache-Control': 'no-store' };

export function PUT(request: Request, context: ArticleApiContext): Promise<Response> {
  return handle('PUT', request, context);
}

export function DELETE(request: Request, context: ArticleApiContext): Promise<Response> {
  return handle('DELETE', request, context);
}
