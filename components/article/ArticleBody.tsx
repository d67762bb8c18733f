import type { Root } from 'hast';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { bodyComponents } from '@/components/mdx/registry';
import styles from './ArticleBody.module.css';

/**
 * Renders a compiled body. The tree is data: elements map to React elements
 * and allowed components, and nothing in it is evaluated as code.
 */
export function ArticleBody({ body }: { readonly body: Root }) {
  return <div className={styles.body}>{toJsxRuntime(body, { Fragment, jsx, jsxs, components: bodyComponents })}</div>;
}
