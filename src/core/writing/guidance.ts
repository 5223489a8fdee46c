import en from '../../data/guidance/en.json';
import ru from '../../data/guidance/ru.json';

export interface GuidanceSection {
  id: string;
  heading: string;
  paragraphs: string[];
  links?: { url: string; label: string }[];
}

const guides: Record<string, GuidanceSection[]> = { ru: ru.sections, en: en.sections };

/** "How to write" in the reader's language; English where a translation is missing. */
export function guidance(lang: string): GuidanceSection[] {
  return guides[lang] ?? guides.en ?? [];
}
