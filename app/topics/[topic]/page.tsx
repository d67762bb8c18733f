import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FrontHeader } from '@/components/front/FrontHeader';
import { FrontLayout } from '@/components/front/FrontLayout';
import { Pagination } from '@/components/front/Pagination';
import { StoryGrid } from '@/components/teaser/StoryGrid';
import { getTopic, getTopicPage, getTopics } from '@/lib/content/store';
import { topicCopy } from '@/lib/seo/front-copy';
import { topicMetadata } from '@/lib/seo/metadata';
import { paths } from '@/lib/urls';

interface TopicRouteProps {
  readonly params: Promise<{ topic: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return getTopics().map((topic) => ({ topic: topic.slug }));
}

export async function generateMetadata({ params }: TopicRouteProps): Promise<Metadata> {
  const topic = getTopic((await params).topic);
  return topic ? topicMetadata(topic) : {};
}

/** Page 1 of the topic: its newest stories; older ones are on /topics/{topic}/page/2 and on. */
export default async function TopicRoute({ params }: TopicRouteProps) {
  const topic = getTopic((await params).topic);
  const front = topic ? getTopicPage(topic.slug, 1) : undefined;
  if (!topic || !front) notFound();
  return (
    <FrontLayout>
      <FrontHeader label="Topic" title={topic.name} description={topicCopy(topic).description} />
      <StoryGrid articles={front.items} headingLevel={2} showSection />
      <Pagination page={1} pageCount={front.pageCount} hrefFor={(page) => paths.topicPage(topic.slug, page)} label={topic.name} />
    </FrontLayout>
  );
}
