import type { FrontCardInput } from '../og';
import type { Topic } from '../content/types';
import type { Section, SiteConfig } from '../site-config';

/**
 * What a front says about itself: the words in its head tags, on its share
 * card and under its heading come from here, so a preview never contradicts
 * the page it links to. It is the front's card input as it stands.
 */
export type FrontCopy = FrontCardInput;

export function homeCopy(site: SiteConfig): FrontCopy {
  const sections = site.sections.map((section) => section.name.toLocaleLowerCase(site.locale));
  const list = sections.length > 1 ? `${sections.slice(0, -1).join(', ')} and ${sections.at(-1)}` : (sections[0] ?? 'news');
  const sentence = list.charAt(0).toLocaleUpperCase(site.locale) + list.slice(1);
  return { kind: 'front', title: site.tagline, description: `${sentence} from the ${site.name} newsroom.` };
}

export function sectionCopy(section: Section): FrontCopy {
  return { kind: 'front', title: section.name, description: section.description, kicker: 'Section' };
}

export function topicCopy(topic: Topic): FrontCopy {
  return { kind: 'front', title: topic.name, description: `Stories about ${topic.name}, newest first.`, kicker: 'Topic' };
}
