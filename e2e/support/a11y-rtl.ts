import { paths } from '../../lib/urls';
import { allArticles } from './content';

/**
 * The right-to-left pages the matrix audits at every width in both schemes
 * (issue #14): a few, not every edition's every page, so the suite stays
 * cheap. A Dari article (the longest template, with quotes and a caption), a
 * Pashto front and the Arabic 404. Every other page of those editions is
 * built from the same components and CSS.
 */
export const rtlDariArticleSlug = 'natu-aghaz-khuruj-az-afghanistan';

function articleUrl(slug: string): string {
  const article = allArticles.find((candidate) => candidate.slug === slug);
  if (!article) throw new Error(`No article ${slug} in the content index`);
  return paths.article(article);
}

export const rtlTemplates = [
  { name: 'article, Dari (right to left)', url: articleUrl(rtlDariArticleSlug), status: 200 as const },
  { name: 'section front, Pashto (right to left)', url: paths.section('world', 'ps'), status: 200 as const },
  { name: '404 page, Arabic (right to left)', url: '/ar/no-such-section', status: 404 as const },
];

export const rtlTemplateNames = rtlTemplates.map((template) => template.name);
