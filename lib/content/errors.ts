/**
 * Every problem found in the newsroom's files is a ContentError: it names the
 * file, the line, the field (or MDX rule) and says what was expected and found,
 * so an editor can fix all of them in one pass.
 */
export interface ContentErrorInit {
  /** Path relative to the project, e.g. `content/articles/nato.mdx` */
  readonly file: string;
  /** 1-based line in the file */
  readonly line: number;
  /** Frontmatter field (`image.alt`) or body rule (`body: no-expression`) */
  readonly field: string;
  readonly expected: string;
  readonly found: string;
}

export class ContentError extends Error implements ContentErrorInit {
  readonly file: string;
  readonly line: number;
  readonly field: string;
  readonly expected: string;
  readonly found: string;

  constructor(init: ContentErrorInit) {
    super(`${init.file}:${init.line} ${init.field}: expected ${init.expected}, found ${init.found}`);
    this.name = 'ContentError';
    this.file = init.file;
    this.line = init.line;
    this.field = init.field;
    this.expected = init.expected;
    this.found = init.found;
  }

  format(): string {
    return this.message;
  }
}

export function formatContentErrors(errors: readonly ContentError[]): string {
  const files = new Set(errors.map((error) => error.file)).size;
  const lines = [...errors]
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)
    .map((error) => `  ${error.format()}`);
  return `${errors.length} content error${errors.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}

/** Shows a found value briefly and unambiguously in an error message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return JSON.stringify(shown);
  }
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${String(value)}`;
}
