import { siteConfig } from '@/lib/site-config';
import { NotFoundView } from '@/app/_views/NotFoundView';

export const metadata = { title: siteConfig.edition.strings.notFoundTitle, robots: { index: false } };

export default function NotFound() {
  return <NotFoundView site={siteConfig} />;
}
