import en from '../../data/guidance/en.json';
import ru from '../../data/guidance/ru.json';
import { glueForScreen } from '../letter/typography.ts';

export interface GuidanceSection {
  id: string;
  heading: string;
  paragraphs: string[];
  links?: { url: string; label: string }[];
}

// Read on screen: no-break spaces so that «ст. 20» or «55 ₽» never part at a line end.
const glued = (sections: GuidanceSection[], lang: string): GuidanceSection[] =>
  sections.map((s) => ({
    ...s,
    heading: glueForScreen(s.heading, lang),
    paragraphs: s.paragraphs.map((p) => glueForScreen(p, lang)),
    ...(s.links ? { links: s.links.map((l) => ({ ...l, label: glueForScreen(l.label, lang) })) } : {}),
  }));

const guides: Record<string, GuidanceSection[]> = { ru: glued(ru.sections, 'ru'), en: glued(en.sections, 'en') };

/** "How to write" in the reader's language; English where a translation is missing. */
export function guidance(lang: string): GuidanceSection[] {
  return guides[lang] ?? guides.en ?? [];
}
