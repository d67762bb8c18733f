import type { Metadata } from 'next';
import { homeMetadata } from '@/lib/seo/metadata';
import { siteConfig } from '@/lib/site-config';
import { HomeView } from '@/app/_views/HomeView';

export const metadata: Metadata = homeMetadata();

export default function HomeRoute() {
  return <HomeView site={siteConfig} />;
}
