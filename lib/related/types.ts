/**
 * What the related-stories ranking needs from an article. `Article` from
 * lib/content/types.ts satisfies it structurally, so the build passes its
 * articles straight in without mapping.
 */
export interface RelatedTopic {
  readonly name: string;
  readonly slug: string;
}

export interface RelatedDocument {
  readonly slug: string;
  readonly title: string;
  readonly teaser: string;
  readonly bodyText: string;
  readonly topics: readonly RelatedTopic[];
  readonly section: string;
  /** ISO 8601 with offset */
  readonly published: string;
  /** ISO 8601 with offset; decides which of two near-duplicate versions is kept */
  readonly updated?: string;
  readonly draft: boolean;
  /** Manual picks by slug, in the editor's order */
  readonly related: readonly string[];
  /** BCP 47 tag; its prefix chooses the stop-word list */
  readonly lang: string;
}

/** Each part of a candidate's score, kept so an editor can see why it was picked. */
export interface ScoreParts {
  /** Picked by hand in the frontmatter: ranked before every computed candidate */
  readonly manual: boolean;
  /** IDF-weighted cosine of the two topic sets, 0..1 */
  readonly topic: number;
  /** TF-IDF cosine of title, teaser and body, 0..1 */
  readonly text: number;
  /** IDF-weighted cosine of the named entities (people, places, organisations), 0..1 */
  readonly entity: number;
  /** Multiplier for distance in time, floor..1 */
  readonly time: number;
  /** 1 when both are in the same section, else 0 */
  readonly section: number;
  readonly total: number;
}

/** Why a candidate is listed but not shown; only `explain` lists them. */
export type Exclusion = 'duplicate' | 'below-threshold' | 'over-limit';

export interface RankedCandidate {
  readonly slug: string;
  readonly parts: ScoreParts;
  /** A part of the article's running story (running-story.ts), listed before other candidates */
  readonly storyPart?: boolean;
  /** Slug of the version shown in its place (or of the article itself) */
  readonly duplicateOf?: string;
  /** Set only with `explain: true`, on candidates that are not shown */
  readonly excluded?: Exclusion;
}

/** How the parts are combined; see the comment block in score.ts. */
export interface ScoreWeights {
  readonly topic: number;
  readonly text: number;
  readonly entity: number;
  readonly section: number;
  /** Time multiplier never drops below this, so strong evidence still wins */
  readonly timeFloor: number;
  readonly halfLifeDays: number;
  /** Computed candidates below this total are not shown */
  readonly threshold: number;
  /** Text cosine at or above which two stories count as versions of one report */
  readonly duplicateCosine: number;
  /** Entity cosine at or above which two stories are linked as parts of one running story */
  readonly storyLink: number;
  /** …when they are at most this many days apart */
  readonly storyWindowDays: number;
}

export interface BuildOptions {
  /** Most distinctive terms per article used to find candidates (default 25) */
  readonly keyTerms?: number;
  /** Terms kept in each article's text vector (default 64) */
  readonly vectorTerms?: number;
  /** Terms and topics in more than this share of articles find no candidates (default 0.1) */
  readonly maxDocumentShare?: number;
  /** Postings longer than this are walked only this many entries around the article's date (default 100) */
  readonly postingsWindow?: number;
  /** Postings walked per article at most, rarest lists first, so cost per article stays flat (default 600) */
  readonly walkBudget?: number;
  readonly weights?: Partial<ScoreWeights>;
}

export interface RankOptions {
  readonly now: Date;
  /** Stories shown, manual picks included (default 5) */
  readonly limit?: number;
  /** Also return duplicates, below-threshold and over-limit candidates, marked */
  readonly explain?: boolean;
}
