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
// `satisfies` keeps each component's own props type; ComponentType<never>
// accepts a component whatever its props (MDX hands them over untyped).
const mdxComponents = {
  Figure,
  Quote,
  MediaTeaser,
  FactBox,
} satisfies Record<AllowedComponentName, ComponentType<never>>;

/** Markdown elements that need more than their default HTML. */
export const bodyComponents = {
  ...mdxComponents,
  table: ScrollableTable,
};
