import { z } from 'zod';

/** URLs an article may link to: site paths, fragments, web and mail. Anything else could run code. */
export function isSafeUrl(url: string): boolean {
  const trimmed = url.trim();
  if (trimmed.startsWith('//')) return false;
  if (trimmed.startsWith('/') || trimmed.startsWith('#')) return true;
  return /^(?:https?:|mailto:)/i.test(trimmed);
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
    src: required('an image path').regex(/^\/images\/[A-Za-z0-9/_-]+\.(?:jpe?g|png|webp|avif)$/, 'a path under /images/'),
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
