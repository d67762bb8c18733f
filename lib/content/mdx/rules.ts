import type { Root, Nodes } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { describeValue } from '../errors';
import { allowedComponents, isAllowedComponent, isSafeUrl } from './allowed-components';

/** A broken rule in an article body, at a line of the file. */
export interface BodyViolation {
  readonly line: number;
  readonly rule: string;
  readonly expected: string;
  readonly found: string;
}

type JsxAttribute = MdxJsxAttribute | MdxJsxExpressionAttribute;

/** Lowercase names are HTML (or SVG) elements; capitalised ones are components. */
const isHtmlName = (name: string) => /^[a-z]/.test(name);

/**
 * HTML attributes that load or navigate to a URL. An element carrying one is
 * already rejected as HTML; naming the unsafe URL too tells the editor (and a
 * reviewer reading the build log) that the file was an attack, not a typo.
 */
const urlAttributes: ReadonlySet<string> = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'data', 'cite', 'background', 'ping', 'xlink:href']);

function unsafeUrlAttributes(props: Readonly<Record<string, string>>, line: number): BodyViolation[] {
  return Object.entries(props)
    .filter(([prop, value]) => urlAttributes.has(prop.toLowerCase()) && !isSafeUrl(value))
    .map(([prop, value]) => ({ line, rule: 'unsafe-url', expected: 'a site path, https: or mailto: URL', found: `${prop}=${describeValue(value)}` }));
}

function checkAttributes(name: string, attributes: readonly JsxAttribute[], line: number): BodyViolation[] {
  const violations: BodyViolation[] = [];
  const props: Record<string, string> = {};
  for (const attribute of attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      violations.push({ line, rule: 'no-expression', expected: 'plain "quoted" attributes', found: `spread ${describeValue(attribute.value)}` });
      continue;
    }
    if (/^on/i.test(attribute.name)) {
      violations.push({ line, rule: 'no-event-handler', expected: 'no on* attributes', found: attribute.name });
      continue;
    }
    if (attribute.value === null || attribute.value === undefined) {
      violations.push({ line, rule: 'component-props', expected: `${attribute.name}="..." with a value`, found: 'a bare attribute' });
      continue;
    }
    if (typeof attribute.value !== 'string') {
      violations.push({ line, rule: 'no-expression', expected: `${attribute.name}="..." as plain text`, found: `a JavaScript expression ${describeValue(attribute.value.value)}` });
      continue;
    }
    props[attribute.name] = attribute.value;
  }
  if (!isAllowedComponent(name)) return isHtmlName(name) ? [...violations, ...unsafeUrlAttributes(props, line)] : violations;
  const result = allowedComponents[name].safeParse(props);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const prop = issue.path.join('.') || (issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : '');
      const found = issue.code === 'unrecognized_keys' ? `unknown prop ${issue.keys.join(', ')}` : describeValue(String(props[prop] ?? 'nothing'));
      violations.push({ line, rule: 'component-props', expected: `<${name}> ${prop ? `${prop}: ` : ''}${issue.message}`, found });
    }
  }
  return violations;
}

/**
 * Walks a parsed MDX body and lists every construct Lede will not publish:
 * code (ESM, expressions, event handlers), raw HTML, components off the
 * allow-list, unsafe URLs, and headings that would break the outline.
 */
export function findBodyViolations(tree: Root): BodyViolation[] {
  const violations: BodyViolation[] = [];
  let previousDepth = 1;
  visit(tree, (node: Nodes) => {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'mdxjsEsm':
        violations.push({ line, rule: 'no-import-export', expected: 'Markdown and allowed components only', found: describeValue(node.value) });
        return 'skip';
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        violations.push({ line, rule: 'no-expression', expected: 'no JavaScript expressions (curly braces)', found: describeValue(`{${node.value}}`) });
        return 'skip';
      case 'html':
        violations.push({ line, rule: 'no-html', expected: 'Markdown instead of HTML', found: describeValue(node.value) });
        return 'skip';
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (!name) {
          violations.push({ line, rule: 'unknown-component', expected: 'one of ' + Object.keys(allowedComponents).join(', '), found: 'a fragment <>' });
        } else if (!isAllowedComponent(name)) {
          const isHtml = isHtmlName(name);
          violations.push({
            line,
            rule: isHtml ? 'no-html' : 'unknown-component',
            expected: isHtml ? 'Markdown instead of HTML' : 'one of ' + Object.keys(allowedComponents).join(', '),
            found: `<${name}>`,
          });
        }
        violations.push(...checkAttributes(name, node.attributes, line));
        return undefined;
      }
      case 'link':
      case 'definition':
        if (!isSafeUrl(node.url)) {
          violations.push({ line, rule: 'unsafe-url', expected: 'a site path, https: or mailto: URL', found: describeValue(node.url) });
        }
        return undefined;
      case 'image':
      case 'imageReference':
        violations.push({ line, rule: 'no-markdown-image', expected: '<Figure src alt caption credit /> for images', found: 'a Markdown image' });
        return undefined;
      case 'heading': {
        if (node.depth === 1) {
          violations.push({ line, rule: 'heading-level', expected: '## for subheads (the headline is the only h1)', found: '# heading' });
        } else if (node.depth > previousDepth + 1) {
          violations.push({ line, rule: 'heading-level', expected: `a heading of level ${previousDepth + 1} or higher`, found: `level ${node.depth}` });
        }
        previousDepth = node.depth;
        return undefined;
      }
      default:
        return undefined;
    }
  });
  return violations;
}
