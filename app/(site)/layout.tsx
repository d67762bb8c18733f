import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { rootMetadata } from '@/lib/seo/metadata';
import { siteConfig } from '@/lib/site-config';
import { EditionDocument } from '@/app/_shell/EditionDocument';
import { editionViewport } from '@/app/_shell/viewport';
import '../globals.css';

/** The default edition's root layout: every page at `/` and below, as the site always had them. */
export const metadata: Metadata = rootMetadata();

export const viewport: Viewport = editionViewport;

export default function RootLayout({ children }: { readonly children: ReactNode }) {
  return <EditionDocument site={siteConfig}>{children}</EditionDocument>;
}
