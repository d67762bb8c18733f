import type { Metadata } from 'next';
import { siteConfig } from '@/lib/site-config';
import { GoneView } from '@/app/_views/GoneView';

interface GoneRouteProps {
  readonly params: Promise<{ slug: string }>;
}

/** Rendered on every request: proxy.ts rewrites a story taken down here with 410 (GoneView says why). */
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: siteConfig.edition.strings.goneTitle, robots: { index: false } };

export default async function GoneRoute({ params }: GoneRouteProps) {
  return <GoneView site={siteConfig} slug={(await params).slug} />;
}
