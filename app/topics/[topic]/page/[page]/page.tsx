import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { FrontHeader } from '@/components/front/FrontHeader';
import { FrontLayout } from '@/components/front/FrontLayout';
import { Pagination } from '@/components/front/Pagination';
import { StoryGrid } from '@/components/teaser/StoryGrid';
import { getTopic, getTopicPage } from '@/lib/content/store';
import { parsePageParam } from '@/lib/pagination';
import { paths } from '@/lib/urls';

interface TopicPageRouteProps {
  readonly params: Promise<{ topic: string; page: string }>;
}

/** Older pages of a topic front: rendered on first request, then cached; past the end is a 404. */
export function generateStaticParams(): { topic: string; page: string }[] {
  return [];
}

function resolve(raw: { topic: string; page: string }) {
  const topic = getTopic(raw.topic);
  const page = parsePageParam(raw.page);
  if (!topic || page === undefined) return undefined;
  const front = getTopicPage(topic.slug, page);
  return front ? { topic, front } : undefined;
}

export async function generateMetadata({ params }: TopicPageRouteProps): Promise<Metadata> {
  const found = resolve(await params);
  if (!found) return {};
  const { topic, front } = found;
  return { title: `${topic.name}: page ${front.page} of ${front.pageCount}`, description: `Stories about ${topic.name}, newest first.` };
}

export default async function TopicPageRoute({ params }: TopicPageRouteProps) {
  const raw = await params;
  if (raw.page === '1' && getTopic(raw.topic)) permanentRedirect(paths.topic(raw.topic));
  const found = resolve(raw);
  if (!found) notFound();
  const { topic, front } = found;
  return (
    <FrontLayout>
      <FrontHeader label="Topic" title={topic.name} description={`Page ${front.page} of ${front.pageCount}`} />
      <StoryGrid articles={front.items} headingLevel={2} showSection />
      <Pagination page={front.page} pageCount={front.pageCount} hrefFor={(page) => paths.topicPage(topic.slug, page)} label={topic.name} />
    </FrontLayout>
  );
}
