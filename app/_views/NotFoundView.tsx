import Link from 'next/link';
import { ContentErrors } from '@/components/dev/ContentErrors';
import { FrontLayout } from '@/components/front/FrontLayout';
import { contentErrorsInDev } from '@/lib/content/live/dev-errors';
import type { SiteConfig } from '@/lib/site-config';
import { paths } from '@/lib/urls';

/** An edition's 404 page, in its words. */
export function NotFoundView({ site }: { readonly site: SiteConfig }) {
  const { strings } = site.edition;
  return (
    <FrontLayout>
      <h1>{strings.notFoundTitle}</h1>
      <ContentErrors errors={contentErrorsInDev()} />
      <p>{strings.notFoundText}</p>
      <ul>
        <li>
          <Link href={paths.home(site.prefix)}>{strings.goHome(site.name)}</Link>
        </li>
        {site.sections.map((section) => (
          <li key={section.slug}>
            <Link href={paths.section(section.slug, site.prefix)}>{section.name}</Link>
          </li>
        ))}
      </ul>
    </FrontLayout>
  );
}
