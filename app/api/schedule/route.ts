import { revalidatePath } from 'next/cache';
import { internalPath } from '@/lib/routing/editions';
import { contentStore } from '@/lib/content/live/store';
import { isReleaseToken } from '@/lib/publishing/scheduler';

/**
 * Releases the scheduled stories that are due and expires what they change.
 * Called only by this server's own scheduler (instrumentation.ts), with a
 * token that never leaves the process.
 */
export const dynamic = 'force-dynamic';

export async function POST(request: Request): Promise<Response> {
  if (!isReleaseToken(request.headers.get('x-lede-release'))) return Response.json({ error: 'Not for you.' }, { status: 403, headers: { 'Cache-Control': 'no-store' } });
  const outcome = await contentStore().release();
  const paths = outcome && 'paths' in outcome ? outcome.paths : [];
  for (const path of paths) revalidatePath(internalPath(path));
  return Response.json({ released: paths.length > 0 }, { headers: { 'Cache-Control': 'no-store' } });
}
