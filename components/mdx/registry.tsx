import type { ComponentType } from 'react';
import type { AllowedComponentName } from '@/lib/content/mdx/allowed-components';
import { FactBox } from './FactBox';
import { Figure } from './Figure';
import { MediaTeaser } from './MediaTeaser';
import { Quote } from './Quote';
import { ScrollableTable } from './ScrollableTable';

/**
 * Every component an article may use, by its MDX name. Typed against the
 * allow-list in lib/, so a name allowed there but missing here fails to compile.
 * Props are checked by the allow-list's schema when the content is built.
 */
// `any`: props were validated by the content schema; MDX hands them over untyped
const mdxComponents: Record<AllowedComponentName, ComponentType<any>> = {
  Figure,
  Quote,
  MediaTeaser,
  FactBox,
};

/** Markdown elements that need more than their default HTML. */
export const bodyComponents = {
  ...mdxComponents,
  table: ScrollableTable,
};
