import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
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

/** Page 1 lives at the topic's own URL only; `/topics/x/page/1` is a 404. */
function resolve(raw: { topic: string; page: string }) {
  const topic = getTopic(raw.topic);
  const page = parsePageParam(raw.page);
  if (!topic || page === undefined || page === 1) return undefined;
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
  const found = resolve(await params);
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
