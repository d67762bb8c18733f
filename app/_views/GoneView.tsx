import Link from 'next/link';
import { notFound } from 'next/navigation';
import { FrontLayout } from '@/components/front/FrontLayout';
import { getGoneStory } from '@/lib/content/store';
import { formatDate } from '@/lib/format/date';
import { findSection, type SiteConfig } from '@/lib/site-config';
import { paths } from '@/lib/urls';

/**
 * What the address of a story taken down shows, in its edition's words.
 * proxy.ts rewrites the story's own address here and sets 410 Gone and
 * `no-store`, so search engines drop it and no cache keeps the story.
 */
export function GoneView({ site, slug }: { readonly site: SiteConfig; readonly slug: string }) {
  const story = getGoneStory(slug);
  if (!story) notFound();
  const { strings } = site.edition;
  const section = findSection(story.section, site);
  const [before, date, after] = strings.goneText(site.name, formatDate(story.at, site));
  return (
    <FrontLayout>
      <h1>{strings.goneTitle}</h1>
      <p>
        {before}
        <time dateTime={story.at}>{date}</time>
        {after}
      </p>
      <ul>
        <li>
          <Link href={paths.home(site.prefix)}>{strings.goHome(site.name)}</Link>
        </li>
        {section ? (
          <li>
            <Link href={paths.section(section.slug, site.prefix)}>{strings.moreFrom(section.name)}</Link>
          </li>
        ) : null}
      </ul>
    </FrontLayout>
  );
}
