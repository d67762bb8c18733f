import type { Metadata } from 'next';
import { editionSiteOrNotFound } from '@/app/_views/edition-params';
import { GoneView } from '@/app/_views/GoneView';

interface EditionGoneProps {
  readonly params: Promise<{ edition: string; slug: string }>;
}

/** Rendered on every request: proxy.ts rewrites a story taken down here with 410 (GoneView says why). */
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: EditionGoneProps): Promise<Metadata> {
  const site = editionSiteOrNotFound((await params).edition);
  return { title: site.edition.strings.goneTitle, robots: { index: false } };
}

export default async function EditionGoneRoute({ params }: EditionGoneProps) {
  const { edition, slug } = await params;
  return <GoneView site={editionSiteOrNotFound(edition)} slug={slug} />;
}
