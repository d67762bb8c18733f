import type { Metadata } from 'next';
import { siteConfig } from '@/lib/site-config';
import { EditionDocument } from '@/app/_shell/EditionDocument';
import { NotFoundView } from '@/app/_views/NotFoundView';
import './globals.css';

/**
 * The 404 for an address no route matches. The site has two root layouts
 * (the default edition's and the other editions'), so Next needs a 404 page
 * that brings its own document; proxy.ts sends each edition's missing pages
 * to that edition's own 404 instead (lib/routing/editions.ts).
 */
export const metadata: Metadata = { title: `${siteConfig.edition.strings.notFoundTitle} | ${siteConfig.name}`, robots: { index: false } };

export default function GlobalNotFound() {
  return (
    <EditionDocument site={siteConfig}>
      <NotFoundView site={siteConfig} />
    </EditionDocument>
  );
}
