import { LineCounter, parseDocument, isNode } from 'yaml';

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
  /** YAML syntax problems, with their lines */
  readonly yamlErrors: readonly { line: number; message: string }[];
}

const fence = /^---[ \t]*$/;

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
  const document = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  // The YAML starts on the file's second line.
  const toFileLine = (offset: number): number => counter.linePos(offset).line + 1;

  const yamlErrors = document.errors.map((error) => ({
    line: toFileLine(error.pos[0]),
    message: error.message.split('\n')[0] ?? error.message,
  }));

  const lineOf = (path: readonly (string | number)[]): number => {
    for (let depth = path.length; depth > 0; depth -= 1) {
      const node = document.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return toFileLine(node.range[0]);
    }
    return 1;
  };

  const body = [...lines.slice(0, closing + 1).map(() => ''), ...lines.slice(closing + 1)].join('\n');
  let data: unknown;
  if (yamlErrors.length === 0) {
    try {
      data = document.toJS();
    } catch (error) {
      // The yaml library refuses alias bombs ("billion laughs") here; report it as this file's error, not a crash.
      yamlErrors.push({ line: 2, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return {
    data,
    startLine: 1,
    body,
    lineOf,
    yamlErrors,
  };
}
