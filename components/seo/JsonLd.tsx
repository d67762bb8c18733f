import type { SafeJsonLd } from '@/lib/seo/json-ld';

interface JsonLdProps {
  /** Already escaped for a script element by serializeJsonLd; never raw JSON. */
  readonly json: SafeJsonLd;
}

/** Structured data for crawlers: a data block, not a script the browser runs. */
export function JsonLd({ json }: JsonLdProps) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
