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

export const dynamicParams = false;

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
