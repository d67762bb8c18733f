import type { FrontPage } from '@/lib/fronts';
import { frontPagePath } from '@/lib/fronts';
import { formatNumber, numberLocale } from '@/lib/format/locale';
import { siteConfig, type SiteConfig } from '@/lib/site-config';
import { FrontHeader } from './FrontHeader';
import { FrontLayout } from './FrontLayout';
import { Pagination } from './Pagination';
import { StoryGrid } from '../teaser/StoryGrid';

interface FrontListingProps {
  readonly front: FrontPage;
  /** Absolute URLs of the neighbouring pages (lib/seo/metadata.ts frontPageLinks) */
  readonly links: { readonly prev?: string; readonly next?: string };
  /** The edition the front belongs to */
  readonly site?: SiteConfig;
}

/**
 * Any page of a section or topic front: heading, stories, pagination. Page 1
 * says what the front is about; later pages say where the reader is.
 */
export function FrontListing({ front, links, site = siteConfig }: FrontListingProps) {
  const { strings } = site.edition;
  const { page, pageCount, items } = front.stories;
  const isTopic = front.kind === 'topic';
  return (
    <FrontLayout>
      {/* React puts these in the head; Next's Metadata has no field for them. */}
      {links.prev ? <link rel="prev" href={links.prev} /> : null}
      {links.next ? <link rel="next" href={links.next} /> : null}
      <FrontHeader
        {...(isTopic && front.copy.kicker ? { label: front.copy.kicker } : {})}
        title={front.name}
        description={page === 1 ? front.copy.description : strings.pageOf(formatNumber(page, numberLocale(site)), formatNumber(pageCount, numberLocale(site)))}
      />
      {items.length > 0 ? <StoryGrid articles={items} headingLevel={2} showSection={isTopic} /> : <p>{strings.noStories(front.kind)}</p>}
      <Pagination page={page} pageCount={pageCount} hrefFor={(target) => frontPagePath(front, target)} label={front.name} strings={strings} locale={numberLocale(site)} />
    </FrontLayout>
  );
}
