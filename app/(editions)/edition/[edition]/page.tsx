import type { Metadata } from 'next';
import { homeMetadata } from '@/lib/seo/metadata';
import { editionSiteOrNotFound } from '@/app/_views/edition-params';
import { HomeView } from '@/app/_views/HomeView';

interface EditionHomeProps {
  readonly params: Promise<{ edition: string }>;
}

export async function generateMetadata({ params }: EditionHomeProps): Promise<Metadata> {
  return homeMetadata(editionSiteOrNotFound((await params).edition));
}

export default async function EditionHomeRoute({ params }: EditionHomeProps) {
  return <HomeView site={editionSiteOrNotFound((await params).edition)} />;
}
