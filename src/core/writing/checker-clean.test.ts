import { describe, expect, it } from 'vitest';
import { checkLetter } from '../checker/index.ts';
import type { Gender } from '../names/index.ts';
import { fillTemplate } from './fill-template.ts';
import { applyGenderForms } from './gender-forms.ts';
import { blanks, templates } from './templates.ts';
import { phrases } from './phrasebook.ts';

// Konvert must not suggest text its own checker would warn about: every template (filled with the
// blanks' examples, for every gender pairing) and every phrase must pass with no high or medium finding.
const RECIPIENTS = [
  { surname: 'Балин', first: 'Андрей', patronymic: 'Альбертович' },
  { surname: 'Беркович', first: 'Евгения', patronymic: 'Борисовна' },
];
const GENDERS: Gender[] = ['m', 'f'];
const exampleValues = Object.fromEntries(Object.entries(blanks).filter(([, b]) => b.source === 'writer').map(([name, b]) => [name, b.example.ru]));

const serious = (text: string) =>
  checkLetter(text)
    .filter((f) => f.severity === 'high' || f.severity === 'medium')
    .map((f) => `${f.severity} ${f.rule}: «${text.slice(f.start, f.end)}»`);

describe('templates and phrases under the checker', () => {
  it.each(templates.map((t) => ({ id: t.id, t })))('the $id template has no high or medium finding', ({ t }) => {
    for (const recipient of RECIPIENTS) {
      for (const writerGender of GENDERS) {
        const { text, missing } = fillTemplate(t, exampleValues, { recipient, writerGender });
        expect(missing).toEqual([]);
        expect(serious(text), `${t.id}, writer ${writerGender}, to ${recipient.first}`).toEqual([]);
      }
    }
  });

  it.each(phrases.map((p) => ({ id: p.id, p })))('phrase $id has no high or medium finding', ({ p }) => {
    for (const writerGender of GENDERS) {
      const text = applyGenderForms(p.text.ru, writerGender, undefined).text.replace(/\{name\}/g, 'Андрей');
      expect(serious(text), p.id).toEqual([]);
    }
  });
});
