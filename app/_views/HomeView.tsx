import { FrontHeader } from '@/components/front/FrontHeader';
import { FrontLayout } from '@/components/front/FrontLayout';
import { SectionBlock } from '@/components/front/SectionBlock';
import { JsonLd } from '@/components/seo/JsonLd';
import { StoryTeaser } from '@/components/teaser/StoryTeaser';
import { getArticles } from '@/lib/content/store';
import { arrangeHome } from '@/lib/fronts';
import { homeJsonLd, serializeJsonLd } from '@/lib/seo/json-ld';
import { findSection, type SiteConfig } from '@/lib/site-config';
import { paths } from '@/lib/urls';

/** An edition's home page: its own stories only, in its words. Shared by both route trees (`_views` is private). */
export function HomeView({ site }: { readonly site: SiteConfig }) {
  const { strings } = site.edition;
  const front = arrangeHome(getArticles(site.prefix), site.sections);
  return (
    <FrontLayout>
      <JsonLd json={serializeJsonLd(homeJsonLd(site))} />
      <FrontHeader title={strings.topStories(site.name)} hidden />
      {front.lead ? (
        <section aria-label={strings.leadStory}>
          <StoryTeaser
            article={front.lead}
            headingLevel={2}
            variant="lead"
            kicker={findSection(front.lead.section, site)?.name ?? front.lead.section}
            priority
          />
        </section>
      ) : null}
      <SectionBlock id="latest-heading" title={strings.latest} articles={front.latest} showSection />
      {front.sections.map(({ section, articles }) => (
        <SectionBlock
          key={section.slug}
          id={`section-${section.slug}-heading`}
          title={section.name}
          href={paths.section(section.slug, site.prefix)}
          articles={articles}
        />
      ))}
    </FrontLayout>
  );
}
