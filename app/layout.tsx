import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { SkipLinks } from '@/components/layout/SkipLinks';
import { rootMetadata } from '@/lib/seo/metadata';
import { siteConfig } from '@/lib/site-config';
import './globals.css';

const moreSitesLabel = `More ${siteConfig.name} sites`;

export const metadata: Metadata = rootMetadata();

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#131313' },
  ],
};

export default function RootLayout({ children }: { readonly children: ReactNode }) {
  return (
    <html lang={siteConfig.language} dir={siteConfig.direction}>
      <body>
        <SkipLinks moreSitesLabel={moreSitesLabel} />
        <SiteHeader siteName={siteConfig.name} tagline={siteConfig.tagline} sections={siteConfig.sections} />
        <main id="content" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter
          siteName={siteConfig.name}
          sections={siteConfig.sections}
          moreSites={siteConfig.moreSites}
          moreSitesLabel={moreSitesLabel}
        />
      </body>
    </html>
  );
}
