import type { Metadata } from 'next';
import { editionParams, editionSiteOrNotFound } from '@/app/_views/edition-params';
import { NotFoundView } from '@/app/_views/NotFoundView';

/** The edition's 404 page: proxy.ts rewrites an address under the edition that names nothing here, with status 404. */
interface EditionNotFoundProps {
  readonly params: Promise<{ edition: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return editionParams();
}

export async function generateMetadata({ params }: EditionNotFoundProps): Promise<Metadata> {
  const site = editionSiteOrNotFound((await params).edition);
  return { title: site.edition.strings.notFoundTitle, robots: { index: false } };
}

export default async function EditionNotFoundRoute({ params }: EditionNotFoundProps) {
  return <NotFoundView site={editionSiteOrNotFound((await params).edition)} />;
}
