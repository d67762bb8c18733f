import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FrontHeader } from '@/components/front/FrontHeader';
import { FrontLayout } from '@/components/front/FrontLayout';
import { StoryGrid } from '@/components/teaser/StoryGrid';
import { getTopic, getTopicArticles, getTopics } from '@/lib/content/store';

interface TopicRouteProps {
  readonly params: Promise<{ topic: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return getTopics().map((topic) => ({ topic: topic.slug }));
}

export async function generateMetadata({ params }: TopicRouteProps): Promise<Metadata> {
  const topic = getTopic((await params).topic);
  return topic ? { title: topic.name, description: `Stories about ${topic.name}, newest first.` } : {};
}

export default async function TopicRoute({ params }: TopicRouteProps) {
  const topic = getTopic((await params).topic);
  if (!topic) notFound();
  return (
    <FrontLayout>
      <FrontHeader label="Topic" title={topic.name} description={`Stories about ${topic.name}, newest first.`} />
      <StoryGrid articles={getTopicArticles(topic.slug)} headingLevel={2} showSection />
    </FrontLayout>
  );
}
