import type { FrontCardInput } from '../og';
import type { Topic } from '../content/types';
import { siteConfig, type Section, type SiteConfig } from '../site-config';
import { cardEdition } from './cards';

/**
 * What a front says about itself: the words in its head tags, on its share
 * card and under its heading come from here, so a preview never contradicts
 * the page it links to. It is the front's card input as it stands, with the
 * edition's language, direction and wordmark outside the default edition.
 */
export type FrontCopy = FrontCardInput;

export function homeCopy(site: SiteConfig): FrontCopy {
  // German capitalises its nouns, so only a language that lower-cases its section names in a sentence does so.
  const keepCase = site.language.startsWith('de');
  const sections = site.sections.map((section) => (keepCase ? section.name : section.name.toLocaleLowerCase(site.locale)));
  const text = site.edition.strings.homeDescription(sections, site.name);
  const sentence = text.charAt(0).toLocaleUpperCase(site.locale) + text.slice(1);
  return { kind: 'front', title: site.tagline, description: sentence, ...cardEdition(site) };
}

export function sectionCopy(section: Section, site: SiteConfig = siteConfig): FrontCopy {
  return { kind: 'front', title: section.name, description: section.description, kicker: site.edition.strings.sectionKicker, ...cardEdition(site) };
}

export function topicCopy(topic: Topic, site: SiteConfig = siteConfig): FrontCopy {
  return { kind: 'front', title: topic.name, description: site.edition.strings.topicDescription(topic.name), kicker: site.edition.strings.topicKicker, ...cardEdition(site) };
}
