import { renderCard } from '@/components/og/render-card';
import { ogImageContentType, ogImageSize } from '@/lib/og';
import { sectionCopy } from '@/lib/seo/front-copy';
import { findSection, siteConfig } from '@/lib/site-config';

interface CardProps {
  readonly params: Promise<{ section: string }>;
}

/** A section front's share card, one per configured section, rendered at build time. */
export const size = ogImageSize;
export const contentType = ogImageContentType;
export const dynamicParams = false;

export function generateStaticParams() {
  return siteConfig.sections.map((section) => ({ section: section.slug }));
}

export default async function SectionCardImage({ params }: CardProps): Promise<Response> {
  const section = findSection((await params).section);
  if (!section) return new Response('Not found', { status: 404 });
  return renderCard(sectionCopy(section));
}
