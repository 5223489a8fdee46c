import { describe, expect, it } from 'vitest';
import guidanceRu from '../../data/guidance/ru.json';
import guidanceEn from '../../data/guidance/en.json';
import { blanks, blanksIn, templates } from './templates.ts';
import { phrases, phraseTopics } from './phrasebook.ts';

// Volunteers add a language by adding a key to every text map (and a guidance file):
// these tests say what is missing without anyone reading the code.
const LANGS = ['ru', 'en'];

const expectLocalized = (value: unknown, where: string) => {
  expect(value, where).toBeTypeOf('object');
  for (const lang of LANGS) {
    const text = (value as Record<string, unknown>)[lang];
    expect(typeof text === 'string' && text.trim() !== '', `${where}.${lang} is a non-empty string`).toBe(true);
  }
};

const GENDER_FORM = /\{[wr]:[^|{}]*\|[^|{}]*\}/g;
const stripped = (text: string) => text.replace(GENDER_FORM, '').replace(/\{[a-zA-Z]+\}/g, '');

describe('templates data', () => {
  it('has at least 12 templates with unique kebab-case ids', () => {
    expect(templates.length).toBeGreaterThanOrEqual(12);
    const ids = templates.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
  });

  it.each(templates.map((t) => ({ id: t.id, t })))('$id has every text in every language, well-formed', ({ t }) => {
    for (const field of ['occasion', 'note', 'text'] as const) expectLocalized(t[field], `${t.id}.${field}`);
    for (const lang of LANGS) {
      const text = t.text[lang] ?? '';
      for (const name of blanksIn(text)) expect(blanks[name], `${t.id}: blank {${name}} is defined in blanks.json`).toBeDefined();
      expect(stripped(text), `${t.id}.${lang}: no stray braces or pipes`).not.toMatch(/[{}|]/);
    }
  });

  it.each(templates.map((t) => ({ id: t.id, t })))('$id uses the same blanks in the translation as in Russian', ({ t }) => {
    // English has no cases, so a dative name blank appears there as the plain name.
    const plain = (names: string[]) => new Set(names.map((n) => n.replace(/Dative$/, '')));
    expect(plain(blanksIn(t.text.en))).toEqual(plain(blanksIn(t.text.ru)));
  });

  it('defines every blank with a source, a case and texts in every language', () => {
    for (const [name, blank] of Object.entries(blanks)) {
      expect(['recipient', 'writer']).toContain(blank.source);
      expect(['nominative', 'dative', 'sentence']).toContain(blank.case);
      for (const field of ['label', 'description', 'example'] as const) expectLocalized(blank[field], `${name}.${field}`);
    }
  });
});

describe('phrasebook data', () => {
  it('has at least 200 phrases with unique ids in known topics', () => {
    expect(phrases.length).toBeGreaterThanOrEqual(200);
    expect(new Set(phrases.map((p) => p.id)).size).toBe(phrases.length);
    for (const p of phrases) expect(phraseTopics, p.id).toContain(p.topic);
  });

  it.each(phraseTopics.map((topic) => ({ topic })))('has at least 10 phrases about $topic', ({ topic }) => {
    expect(phrases.filter((p) => p.topic === topic).length).toBeGreaterThanOrEqual(10);
  });

  it('has every phrase in every language, with only known markup', () => {
    for (const p of phrases) {
      expectLocalized(p.text, p.id);
      expect(stripped(p.text.ru), p.id).not.toMatch(/[{}|]/);
      expect(p.text.en, p.id).not.toMatch(/\{w:/);
    }
  });
});

describe('guidance data', () => {
  it('has the same sections, paragraphs and number of links in every language', () => {
    expect(guidanceRu.sections.length).toBeGreaterThanOrEqual(8);
    expect(guidanceEn.sections.map((s) => s.id)).toEqual(guidanceRu.sections.map((s) => s.id));
    guidanceRu.sections.forEach((ru, i) => {
      const en = guidanceEn.sections[i];
      expect(en?.paragraphs.length, ru.id).toBe(ru.paragraphs.length);
      // Each language links to the projects' pages in that language where they have one (review §A 15).
      expect((en as { links?: unknown[] }).links?.length, ru.id).toBe((ru as { links?: unknown[] }).links?.length);
    });
  });

  it('writes «Конверт» in Cyrillic in the Russian guide and links no organisation designated extremist in Russia', () => {
    const text = JSON.stringify(guidanceRu);
    expect(text).not.toMatch(/Konvert/);
    for (const g of [guidanceRu, guidanceEn]) expect(JSON.stringify(g)).not.toMatch(/vesna\.democrat/);
  });

  it.each([guidanceRu, guidanceEn].map((g) => ({ lang: g.lang, g })))('$lang has non-empty headings and paragraphs and https links', ({ g }) => {
    for (const s of g.sections) {
      expect(s.heading.trim()).not.toBe('');
      for (const p of s.paragraphs) expect(p.trim()).not.toBe('');
      for (const l of (s as { links?: { url: string; label: string }[] }).links ?? []) {
        expect(l.url).toMatch(/^https:\/\//);
        expect(l.label.trim()).not.toBe('');
      }
    }
  });
});

describe('writing locale names', () => {
  it('names every phrase topic and explains every fill note in every language', async () => {
    for (const lang of LANGS) {
      const locale = (await import(`../../../locales/${lang}/writing.json`)) as { default: { topic: Record<string, string>; notes: Record<string, string> } };
      for (const topic of phraseTopics) expect(locale.default.topic[topic], `${lang} topic ${topic}`).toBeTruthy();
      for (const code of ['writer-gender-unknown', 'recipient-gender-unknown', 'recipient-name-declined']) expect(locale.default.notes[code], `${lang} ${code}`).toBeTruthy();
    }
  });
});
