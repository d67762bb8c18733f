import { CST, LineCounter, Lexer, parseDocument, isMap, isNode, isScalar, visit, type Document, type Pair } from 'yaml';

/** A problem in the frontmatter's YAML, in the terms of a ContentError (lib/content/errors.ts). */
export interface YamlProblem {
  /** 1-based line in the .mdx file */
  readonly line: number;
  /** The top-level field the problem is under, or `frontmatter` */
  readonly field: string;
  readonly expected: string;
  readonly found: string;
}

/** Frontmatter split from an MDX file, with a way to find the line of any field. */
export interface SplitFile {
  readonly data: unknown;
  /** Line of the opening `---` (always 1) */
  readonly startLine: number;
  /**
   * The body with the frontmatter replaced by blank lines, so positions the
   * MDX parser reports are lines of the original file.
   */
  readonly body: string;
  /** 1-based line of a field path such as `['image', 'alt']`; the closest existing parent otherwise */
  lineOf(path: readonly (string | number)[]): number;
  /** YAML syntax problems and YAML beyond plain data, with their lines; when there are any, `data` is not read */
  readonly yamlErrors: readonly YamlProblem[];
}

const fence = /^---[ \t]*$/;

/**
 * Frontmatter is plain data: mappings, lists and scalars written out. What
 * YAML offers beyond that is refused rather than interpreted:
 *
 * - tags (`!!binary`, `!custom`, `!!js/function`): the yaml library drops a
 *   tag it does not know and keeps the text, so `title: !Breaking news` would
 *   publish "news";
 * - anchors and aliases (`&a`, `*a`): one value standing for another, and the
 *   way to an alias bomb ("billion laughs");
 * - merge keys (`<<: *a`), parsed with `merge: false` so `<<` is never expanded;
 * - duplicate keys (`uniqueKeys`): which of two titles would win is not
 *   something an editor should have to know.
 */
const plainData = {
  tag: 'plain YAML data without tags (quote a value that starts with !)',
  anchor: 'plain YAML data without anchors or aliases (write the value out; quote a value that starts with & or *)',
  merge: 'plain YAML data without merge keys (write the fields out)',
  duplicate: 'each field once',
} as const;

/**
 * Anchors, aliases and tags with their offsets, straight from the lexer: a
 * node's range starts after its tag and anchor (on the next line for a block
 * mapping), so the node tree cannot say where those were written.
 */
function propertyTokens(yamlText: string): { type: 'anchor' | 'alias' | 'tag'; source: string; offset: number }[] {
  const found: { type: 'anchor' | 'alias' | 'tag'; source: string; offset: number }[] = [];
  let offset = 0;
  let atScalar = false;
  // Offsets are counted as yaml's own Parser counts them: the lexer's control tokens take no room in the text.
  for (const source of new Lexer().lex(yamlText)) {
    if (atScalar) {
      atScalar = false;
      offset += source.length;
      continue;
    }
    const type = CST.tokenType(source);
    if (type === 'scalar') {
      atScalar = true;
      continue;
    }
    if (type === 'doc-mode' || type === 'flow-error-end') continue;
    if (type === 'anchor' || type === 'alias' || type === 'tag') found.push({ type, source, offset });
    offset += source.length;
  }
  return found;
}

/** The top-level key whose entry holds `offset`; `frontmatter` when the frontmatter is not a mapping. */
function topLevelField(document: Document, offset: number): string {
  const root = document.contents;
  if (!isMap(root)) return 'frontmatter';
  let field = 'frontmatter';
  let start = 0;
  for (const pair of root.items as Pair[]) {
    // An entry starts where the one before it ends, so a tag or anchor written before a key belongs to that key.
    if (offset < start) break;
    field = keyName(pair.key);
    const end = (isNode(pair.value) ? pair.value.range?.[1] : undefined) ?? (isNode(pair.key) ? pair.key.range?.[1] : undefined);
    if (end !== undefined) start = end;
  }
  return field;
}

function keyName(key: unknown): string {
  if (isScalar(key)) return String(key.value);
  return isNode(key) ? key.toString() : String(key);
}

/** Every pair of the document with the mapping that holds it, for naming a duplicate key found at an offset. */
function pairs(document: Document): { pair: Pair; map: unknown }[] {
  const all: { pair: Pair; map: unknown }[] = [];
  visit(document, {
    Pair(_key, pair, path) {
      all.push({ pair: pair as Pair, map: path[path.length - 1] });
    },
  });
  return all;
}

export function splitFrontmatter(source: string): SplitFile | { error: string; line: number } {
  const text = source.replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/);
  if (!fence.test(lines[0] ?? '')) {
    return { error: 'a frontmatter block opened by --- on the first line', line: 1 };
  }
  const closing = lines.findIndex((line, index) => index > 0 && fence.test(line));
  if (closing === -1) {
    return { error: 'a closing --- after the frontmatter', line: lines.length };
  }

  const yamlText = lines.slice(1, closing).join('\n');
  const counter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true, merge: false });
  // The YAML starts on the file's second line.
  const toFileLine = (offset: number): number => counter.linePos(offset).line + 1;
  const problem = (offset: number, expected: string, found: string, field = topLevelField(document, offset)): YamlProblem & { offset: number } => ({
    offset,
    line: toFileLine(offset),
    field,
    expected,
    found,
  });

  const yamlErrors: (YamlProblem & { offset: number })[] = [];
  const allPairs = pairs(document);
  for (const error of document.errors) {
    if (error.code === 'DUPLICATE_KEY') {
      const second = allPairs.find(({ pair }) => isNode(pair.key) && pair.key.range?.[0] === error.pos[0]);
      const name = second ? keyName(second.pair.key) : undefined;
      const first = allPairs.find(({ pair, map }) => second && map === second.map && keyName(pair.key) === name)?.pair.key;
      const firstLine = isNode(first) && first.range ? ` (first on line ${toFileLine(first.range[0])})` : '';
      yamlErrors.push(problem(error.pos[0], plainData.duplicate, `${name === undefined ? 'a key' : JSON.stringify(name)} a second time${firstLine}`));
    } else {
      yamlErrors.push(problem(error.pos[0], 'valid YAML', error.message.split('\n')[0] ?? error.message, 'frontmatter'));
    }
  }
  for (const token of propertyTokens(yamlText)) {
    if (token.type === 'tag') yamlErrors.push(problem(token.offset, plainData.tag, `the tag ${token.source}`));
    else yamlErrors.push(problem(token.offset, plainData.anchor, `the ${token.type} ${token.source}`));
  }
  for (const { pair } of allPairs) {
    // With `merge: false` a merge key is an ordinary key named <<; quoted ("<<") it is one, and the schema refuses it as unknown.
    if (isScalar(pair.key) && pair.key.type === 'PLAIN' && pair.key.value === '<<' && pair.key.range) {
      yamlErrors.push(problem(pair.key.range[0], plainData.merge, 'the merge key <<'));
    }
  }
  for (const warning of document.warnings) {
    // An unknown tag is a warning (its text would be kept); every tag is reported above already.
    if (warning.code !== 'TAG_RESOLVE_FAILED') yamlErrors.push(problem(warning.pos[0], 'valid YAML', warning.message.split('\n')[0] ?? warning.message, 'frontmatter'));
  }

  const lineOf = (path: readonly (string | number)[]): number => {
    for (let depth = path.length; depth > 0; depth -= 1) {
      const node = document.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return toFileLine(node.range[0]);
    }
    return 1;
  };

  const body = [...lines.slice(0, closing + 1).map(() => ''), ...lines.slice(closing + 1)].join('\n');
  // The same alias repeated on a line (`[*a, *a, *a]`) is one mistake to fix, reported once.
  const reported = new Set<string>();
  const unique: YamlProblem[] = yamlErrors
    .sort((a, b) => a.offset - b.offset)
    .filter((error) => {
      const key = `${error.line}\0${error.field}\0${error.expected}\0${error.found}`;
      if (reported.has(key)) return false;
      reported.add(key);
      return true;
    })
    .map(({ offset: _offset, ...error }) => error);
  let data: unknown;
  if (unique.length === 0) {
    try {
      data = document.toJS();
    } catch (error) {
      // Not expected once aliases are refused above; kept so a yaml library surprise is this file's error, not a crash.
      unique.push({ line: 2, field: 'frontmatter', expected: 'valid YAML', found: error instanceof Error ? error.message : String(error) });
    }
  }
  return {
    data,
    startLine: 1,
    body,
    lineOf,
    yamlErrors: unique,
  };
}
