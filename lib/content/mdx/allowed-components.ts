import { z } from 'zod';
import { publicImagePath } from '../../public-files';

/** Schemes a link may use once a browser has parsed it. */
const safeSchemes: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);

/**
 * Characters a browser strips or reinterprets while parsing a URL: spaces and
 * control characters vanish (`java\tscript:` is `javascript:`, `/\t/evil` is
 * `//evil`), and a backslash counts as a slash (`/\evil` is `//evil`). None
 * has a place in a link an editor types, so any of them rejects the URL.
 */
const reinterpreted = /[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff\\]/;

/**
 * URLs an article may link to: site paths, fragments, web and mail. Anything
 * else could run code or leave the site unannounced. The scheme is judged by
 * the WHATWG URL parser, the one browsers use, so case, entities already
 * decoded by the MDX parser, and odd spellings cannot slip past a prefix test.
 */
export function isSafeUrl(url: string): boolean {
  const trimmed = url.trim();
  if (trimmed === '' || reinterpreted.test(trimmed)) return false;
  // A site path, but not `//host` (protocol-relative: another site).
  if (trimmed.startsWith('#') || (trimmed.startsWith('/') && !trimmed.startsWith('//'))) return true;
  if (!URL.canParse(trimmed)) return false;
  return safeSchemes.has(new URL(trimmed).protocol);
}

const required = (what: string) => z.string().trim().min(1, what);
const safeUrl = required('a link').refine(isSafeUrl, 'a site path, https: or mailto: URL');

/**
 * The only components an article may use, with the props each takes. The
 * render side (components/mdx/registry.tsx) is typed against these names, so
 * adding one here without a React component is a type error.
 */
export const allowedComponents = {
  Figure: z.strictObject({
    src: required('an image path').regex(publicImagePath, 'a path under /images/'),
    alt: required('alt text describing the image'),
    caption: z.string().optional(),
    credit: required('an image credit'),
  }),
  Quote: z.strictObject({
    by: required('who said it'),
    role: z.string().optional(),
  }),
  MediaTeaser: z.strictObject({
    title: required('a title'),
    kind: z.enum(['video', 'audio', 'gallery', 'story'], 'one of video, audio, gallery, story'),
    href: safeUrl,
    duration: z.string().optional(),
  }),
  FactBox: z.strictObject({
    title: required('a title'),
  }),
} as const;

export type AllowedComponentName = keyof typeof allowedComponents;

export function isAllowedComponent(name: string): name is AllowedComponentName {
  return Object.hasOwn(allowedComponents, name);
}
