import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { rootMetadata } from '@/lib/seo/metadata';
import { EditionDocument } from '@/app/_shell/EditionDocument';
import { editionViewport } from '@/app/_shell/viewport';
import { editionParams, editionSiteOrNotFound } from '@/app/_views/edition-params';
import '../../../globals.css';

/**
 * The root layout of every edition but the default: `<html lang dir>`, fonts
 * and chrome from its configuration. proxy.ts rewrites `/de/…` here
 * (lib/routing/editions.ts).
 */
interface EditionLayoutProps {
  readonly children: ReactNode;
  readonly params: Promise<{ edition: string }>;
}

// No `dynamicParams = false` here: a layout's segment config reaches every page below it, and it turned a
// story published live in an edition (a slug no build listed) into a 404. Unknown editions never get this
// far (proxy.ts rewrites only configured prefixes, and answers /edition/… itself with 404), and
// editionSiteOrNotFound() refuses one anyway.
export function generateStaticParams() {
  return editionParams();
}

export async function generateMetadata({ params }: Omit<EditionLayoutProps, 'children'>): Promise<Metadata> {
  return rootMetadata(editionSiteOrNotFound((await params).edition));
}

export const viewport: Viewport = editionViewport;

export default async function EditionLayout({ children, params }: EditionLayoutProps) {
  const site = editionSiteOrNotFound((await params).edition);
  return <EditionDocument site={site}>{children}</EditionDocument>;
}
