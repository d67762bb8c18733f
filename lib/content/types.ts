import type { Root as HastRoot } from 'hast';

/** A topic as written by the editor and the URL segment derived from it. */
export interface Topic {
  readonly name: string;
  readonly slug: string;
}

export interface ArticleImage {
  /** Public path, e.g. `/images/articles/nato-summit.jpg` */
  readonly src: string;
  readonly alt: string;
  readonly caption?: string;
  readonly credit: string;
  /** Read from the file at build time, never typed by hand */
  readonly width: number;
  readonly height: number;
}

/** Everything known about an article except its body: cheap to keep for the whole archive. */
export interface ArticleSummary {
  readonly slug: string;
  /** Path of the source file relative to the content folder, for error messages */
  readonly file: string;
  readonly title: string;
  readonly teaser: string;
  /** ISO 8601 with offset, as written in the frontmatter */
  readonly published: string;
  readonly updated?: string;
  /** Plain text of a newsroom correction; only ever set together with `updated`, which dates it */
  readonly correction?: string;
  readonly section: string;
  readonly topics: readonly Topic[];
  readonly authors: readonly string[];
  readonly sources: readonly string[];
  readonly image: ArticleImage;
  readonly lang: string;
  /** Manual picks from the frontmatter, by slug, in the editor's order */
  readonly related: readonly string[];
  /** Slugs of the same story in other editions (frontmatter `translations`), checked to be mutual */
  readonly translations?: readonly string[];
  readonly draft: boolean;
}

/** A validated article with its body compiled to a HAST tree (plain JSON, nothing to evaluate). */
export interface Article extends ArticleSummary {
  readonly body: HastRoot;
  /** The body as plain text, for ranking and search */
  readonly bodyText: string;
}
