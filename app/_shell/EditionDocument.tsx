import type { ReactNode } from 'react';
import { preload } from 'react-dom';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { SkipLinks } from '@/components/layout/SkipLinks';
import type { SiteConfig } from '@/lib/site-config';

/**
 * The document every page of an edition is drawn in: `<html lang dir>` from
 * the edition, its fonts (linked and preloaded only where the edition has
 * any, so English pages never load an Arabic-script font), the skip links,
 * header, main and footer in its words. Both root layouts (the default
 * edition's and the other editions') and the global 404 use it.
 * (`_shell` is a private folder: no route.)
 */
export function EditionDocument({ site, children }: { readonly site: SiteConfig; readonly children: ReactNode }) {
  const { edition } = site;
  const { strings } = edition;
  // React's own preload: a <link rel="preload"> written in <head> by hand is emitted twice (React hoists a copy).
  for (const href of edition.fonts?.preload ?? []) preload(href, { as: 'font', type: 'font/woff2', crossOrigin: 'anonymous' });
  return (
    <html lang={site.language} dir={site.direction} data-script={edition.script}>
      <head>
        {edition.fonts?.stylesheets.map((href) => <link key={href} rel="stylesheet" href={href} precedence="default" />)}
      </head>
      <body>
        <SkipLinks strings={strings} />
        <SiteHeader siteName={site.name} tagline={site.tagline} sections={site.sections} strings={strings} prefix={site.prefix} />
        <main id="content" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter siteName={site.name} sections={site.sections} moreSites={site.moreSites} strings={strings} prefix={site.prefix} />
      </body>
    </html>
  );
}
