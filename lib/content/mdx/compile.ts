import type { Element, ElementContent, Nodes as HastNodes, Root as HastRoot } from 'hast';
import type { MdxJsxFlowElement, MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import type { Root as MdastRoot } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { findBodyViolations, type BodyViolation } from './rules';

export interface ImageSize {
  readonly width: number;
  readonly height: number;
}

export type ImageSizer = (src: string) => Promise<ImageSize | undefined>;

interface CompiledBody {
  /** Plain JSON tree; rendering maps its elements to React without evaluating anything */
  readonly hast: HastRoot;
  readonly text: string;
}

export type CompileResult =
  | { readonly ok: true; readonly body: CompiledBody }
  | { readonly ok: false; readonly violations: readonly BodyViolation[] };

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
const toHast = unified().use(remarkRehype, { passThrough: ['mdxJsxFlowElement', 'mdxJsxTextElement'] });

function parse(source: string): MdastRoot | BodyViolation {
  try {
    return parser.runSync(parser.parse(source)) as MdastRoot;
  } catch (error) {
    const place = error as { line?: number; reason?: string; message?: string };
    return {
      line: place.line ?? 1,
      rule: 'mdx-syntax',
      expected: 'valid MDX (write "less than" instead of a bare <, no curly braces)',
      found: place.reason ?? place.message ?? String(error),
    };
  }
}

/** Gives every <Figure> its intrinsic size from the image file, or reports the missing file. */
async function resolveFigures(tree: MdastRoot, imageSize: ImageSizer): Promise<BodyViolation[]> {
  const figures: MdxJsxFlowElement[] = [];
  visit(tree, 'mdxJsxFlowElement', (node) => {
    if (node.name === 'Figure') figures.push(node);
  });
  const violations: BodyViolation[] = [];
  for (const figure of figures) {
    const src = figure.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'src')?.value;
    if (typeof src !== 'string') continue;
    const size = await imageSize(src);
    if (!size) {
      violations.push({ line: figure.position?.start.line ?? 1, rule: 'missing-image', expected: `an image file at public${src}`, found: 'no such file' });
      continue;
    }
    figure.attributes.push(
      { type: 'mdxJsxAttribute', name: 'width', value: String(size.width) },
      { type: 'mdxJsxAttribute', name: 'height', value: String(size.height) },
    );
  }
  return violations;
}

/** Words of the body separated by spaces (mdast-util-to-string would glue paragraphs together). */
function plainText(tree: MdastRoot): string {
  const parts: string[] = [];
  visit(tree, (node) => {
    // A line break between blocks, so a heading, list item or table cell never
    // reads as one sentence with the next (the related ranking's entity finder
    // takes a capital after it for a sentence start, not a name).
    if (BLOCKS.has(node.type)) parts.push('\n');
    if (node.type === 'text' || node.type === 'inlineCode') parts.push(node.value);
  });
  return parts
    .join(' ')
    .replace(/\s*\n\s*/g, '\n')
    .replace(/[^\S\n]+/g, ' ')
    .trim();
}

const BLOCKS: ReadonlySet<string> = new Set(['paragraph', 'heading', 'listItem', 'tableCell', 'blockquote', 'code']);

/**
 * Turns the allowed MDX components into plain HAST elements named after the
 * component (`<Quote by=…>` becomes element `Quote` with property `by`), so
 * the stored tree is ordinary HAST and rendering maps names to React
 * components without any evaluation. Source positions are dropped: they are
 * for error messages, which are done by now.
 */
function toPlainHast(tree: HastRoot): HastRoot {
  visit(tree, (node: HastNodes | MdxJsxFlowElementHast | MdxJsxTextElementHast, index, parent) => {
    delete node.position;
    if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || !parent || index === undefined) return;
    const properties: Record<string, string> = {};
    for (const attribute of node.attributes) {
      if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string') properties[attribute.name] = attribute.value;
    }
    const element: Element = { type: 'element', tagName: node.name ?? 'div', properties, children: node.children as ElementContent[] };
    parent.children[index] = element;
  });
  return tree;
}

/**
 * Parses an article body (frontmatter already blanked out, so lines match the
 * file), checks it against Lede's rules, and returns a HAST tree to render.
 * Runs once per article per build. Figures must be inline-level blocks
 * (their own paragraph), which is how editors write them.
 */
export async function compileBody(source: string, imageSize: ImageSizer): Promise<CompileResult> {
  const tree = parse(source);
  if (!('type' in tree)) return { ok: false, violations: [tree] };
  const violations = findBodyViolations(tree);
  if (violations.length > 0) return { ok: false, violations };
  const missing = await resolveFigures(tree, imageSize);
  if (missing.length > 0) return { ok: false, violations: missing };
  const text = plainText(tree);
  const hast = toPlainHast(toHast.runSync(tree) as HastRoot);
  return { ok: true, body: { hast, text } };
}
