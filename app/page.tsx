import type { Metadata } from 'next';
import { FrontHeader } from '@/components/front/FrontHeader';
import { FrontLayout } from '@/components/front/FrontLayout';
import { SectionBlock } from '@/components/front/SectionBlock';
import { JsonLd } from '@/components/seo/JsonLd';
import { StoryTeaser } from '@/components/teaser/StoryTeaser';
import { getArticles } from '@/lib/content/store';
import { arrangeHome } from '@/lib/fronts';
import { homeJsonLd, serializeJsonLd } from '@/lib/seo/json-ld';
import { homeMetadata } from '@/lib/seo/metadata';
import { findSection, siteConfig } from '@/lib/site-config';
import { paths } from '@/lib/urls';

export const metadata: Metadata = homeMetadata();

export default function HomeRoute() {
  const front = arrangeHome(getArticles(), siteConfig.sections);
  return (
    <FrontLayout>
      <JsonLd json={serializeJsonLd(homeJsonLd())} />
      <FrontHeader title={`${siteConfig.name}: top stories`} hidden />
      {front.lead ? (
        <section aria-label="Lead story">
          <StoryTeaser
            article={front.lead}
            headingLevel={2}
            variant="lead"
            kicker={findSection(front.lead.section)?.name ?? front.lead.section}
            priority
          />
        </section>
      ) : null}
      <SectionBlock id="latest-heading" title="Latest" articles={front.latest} showSection />
      {front.sections.map(({ section, articles }) => (
        <SectionBlock
          key={section.slug}
          id={`section-${section.slug}-heading`}
          title={section.name}
          href={paths.section(section.slug)}
          articles={articles}
        />
      ))}
    </FrontLayout>
  );
}
