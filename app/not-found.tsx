import Link from 'next/link';
import { ContentErrors } from '@/components/dev/ContentErrors';
import { FrontLayout } from '@/components/front/FrontLayout';
import { contentErrorsInDev } from '@/lib/content/live/dev-errors';
import { siteConfig } from '@/lib/site-config';
import { paths } from '@/lib/urls';

export const metadata = { title: 'Page not found', robots: { index: false } };

export default function NotFound() {
  return (
    <FrontLayout>
      <h1>Page not found</h1>
      <ContentErrors errors={contentErrorsInDev()} />
      <p>We could not find that page. It may have moved, or the address may be mistyped.</p>
      <ul>
        <li>
          <Link href={paths.home()}>Go to the {siteConfig.name} home page</Link>
        </li>
        {siteConfig.sections.map((section) => (
          <li key={section.slug}>
            <Link href={paths.section(section.slug)}>{section.name}</Link>
          </li>
        ))}
      </ul>
    </FrontLayout>
  );
}
