const entities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Text or attribute value for the hand-written sitemap XML (Next writes its
 * own sitemaps the same way). Characters XML 1.0 cannot carry at all are
 * dropped rather than producing a file no parser accepts.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/[&<>"']/g, (char) => entities[char] ?? char);
}
