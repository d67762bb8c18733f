import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { FrontLayout } from '@/components/front/FrontLayout';
import { getGoneStory } from '@/lib/content/store';
import { formatDate } from '@/lib/format/date';
import { findSection, siteConfig } from '@/lib/site-config';
import { paths } from '@/lib/urls';

/**
 * What the address of a story taken down shows. proxy.ts rewrites the
 * story's own address here and sets 410 Gone and `no-store`, so search
 * engines drop it and no cache keeps the story. Rendered on every request.
 */
interface GoneRouteProps {
  readonly params: Promise<{ slug: string }>;
}

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'This story has been removed', robots: { index: false } };

export default async function GoneRoute({ params }: GoneRouteProps) {
  const story = getGoneStory((await params).slug);
  if (!story) notFound();
  const section = findSection(story.section);
  return (
    <FrontLayout>
      <h1>This story has been removed</h1>
      <p>
        {siteConfig.name} removed this story on <time dateTime={story.at}>{formatDate(story.at)}</time>. It is no longer available.
      </p>
      <ul>
        <li>
          <Link href={paths.home()}>Go to the {siteConfig.name} home page</Link>
        </li>
        {section ? (
          <li>
            <Link href={paths.section(section.slug)}>More from {section.name}</Link>
          </li>
        ) : null}
      </ul>
    </FrontLayout>
  );
}
