import { z } from 'zod';
import { publicImagePath, publicImagePathRule } from '../public-files';
import { editions } from '../editions';
import { siteConfig } from '../site-config';
import { isIsoDateTimeWithOffset } from './dates';
import { reservedSlugs, slugify, slugPattern } from './slug';

const sectionSlugs = siteConfig.sections.map((section) => section.slug);

const text = (max: number) => z.string().trim().min(1, 'a non-empty text').max(max, `at most ${max} characters`);

const dateTime = z
  .string()
  .refine(isIsoDateTimeWithOffset, 'an ISO 8601 date-time with offset, e.g. 2021-04-14T19:32:00+02:00');

const articleSlug = z
  .string()
  .regex(slugPattern, 'lowercase words joined by hyphens, e.g. nato-allies-withdraw')
  .max(120, 'at most 120 characters')
  .refine((slug) => !reservedSlugs.has(slug), 'a slug that is not reserved for a route');

const topicName = z
  .string()
  .trim()
  .min(1, 'a topic name')
  .max(60, 'at most 60 characters')
  .refine((name) => slugify(name) !== '', 'a topic name with letters or digits that can form a URL');

/**
 * A topic: its name, whose slug is derived (`Women's rights` → `womens-rights`),
 * or, for a name in a script with no Latin letters, the name with its slug
 * (`{ name: افغانستان, slug: afghanistan }`), since every URL segment is ASCII.
 */
const topicEntry = z.union(
  [topicName, z.strictObject({ name: z.string().trim().min(1, 'a topic name').max(60, 'at most 60 characters'), slug: z.string().regex(slugPattern, 'an ASCII slug, e.g. afghanistan').max(60) })],
  'a topic name with Latin letters or digits, or { name, slug } with an ASCII slug',
);

/** Public path of an image shipped in `public/`, never a remote URL. */
const imagePath = z.string().regex(publicImagePath, publicImagePathRule);

const imageSchema = z.strictObject({
  src: imagePath,
  alt: text(300),
  caption: text(400).optional(),
  credit: text(120),
});

/** What an editor reads when a correction has no date; load.ts reports it with found "none". */
export const correctionNeedsUpdated = 'an `updated` time for the correction';

export const frontmatterSchema = z
  .strictObject({
    title: text(200),
    teaser: text(400),
    published: dateTime,
    updated: dateTime.optional(),
    /**
     * A newsroom correction, plain text like the teaser: shown as written
     * under the story and in JSON-LD, never parsed as Markdown or HTML.
     */
    correction: text(500).optional(),
    section: z.enum(sectionSlugs as [string, ...string[]], `one of the sections: ${sectionSlugs.join(', ')}`),
    topics: z.array(topicEntry).min(1, 'at least one topic').max(12, 'at most 12 topics'),
    authors: z.array(text(80)).min(1, 'at least one author'),
    sources: z.array(text(40)).default([]),
    image: imageSchema,
    /** Decides the edition (lib/editions/config.ts); written as that edition's tag, in any case */
    lang: z
      .string()
      .refine((lang) => editions.exactLang(lang) !== undefined, `the language of an edition: ${editions.all.map((e) => e.lang).join(', ')}`)
      .transform((lang) => editions.exactLang(lang)?.lang ?? lang)
      .default(siteConfig.language),
    /** Slugs of this story's versions in other editions; each must name this one back (load.ts) */
    translations: z.array(articleSlug).default([]),
    related: z.array(articleSlug).default([]),
    draft: z.boolean().default(false),
    /** Optional; when present it must equal the file name */
    slug: articleSlug.optional(),
  })
  .superRefine((value, context) => {
    if (value.updated && Date.parse(value.updated) < Date.parse(value.published)) {
      context.addIssue({ code: 'custom', path: ['updated'], message: 'a time after published' });
    }
    // A correction is dated by `updated`: without it the notice and CorrectionComment would have no date.
    if (value.correction !== undefined && value.updated === undefined) {
      context.addIssue({ code: 'custom', path: ['correction'], message: correctionNeedsUpdated, params: { found: 'none' } });
    }
    const topicSlugs = value.topics.map(topicSlug);
    topicSlugs.forEach((slug, index) => {
      if (topicSlugs.indexOf(slug) !== index) {
        context.addIssue({ code: 'custom', path: ['topics', index], message: 'each topic once' });
      }
    });
  });

export type Frontmatter = z.output<typeof frontmatterSchema>;

/** The URL segment of a topic entry as written. */
export function topicSlug(entry: string | { readonly slug: string }): string {
  return typeof entry === 'string' ? slugify(entry) : entry.slug;
}

export function topicOf(entry: string | { readonly name: string; readonly slug: string }): { name: string; slug: string } {
  return typeof entry === 'string' ? { name: entry, slug: slugify(entry) } : { name: entry.name, slug: entry.slug };
}
