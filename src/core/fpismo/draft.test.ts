import { describe, expect, it } from 'vitest';
import { parseAddress } from '../address/index.ts';
import { buildFpismoDraft } from './draft.ts';
import { fpismoRegion } from './fields.ts';

const SEED = '445023, Самарская обл., г. Тольятти, Хрящевское ш., д. 3, ФКУ СИЗО-4 ГУФСИН России по Самарской области, Балину Андрею Альбертовичу, 1974 г. р.';

describe('fpismoRegion', () => {
  it.each([
    [SEED, 'Самарская область'],
    ['601446, г. Вязники, ФКУ ИК-3, Иванову Ивану Ивановичу', 'Владимирская область'],
    ['г. Москва, ул. Матросская Тишина, д. 18, ФКУ СИЗО-1, Иванову Ивану Ивановичу', 'Москва'],
    ['Иванову Ивану Ивановичу, ФКУ ИК-3', null],
  ])('names the region of %s as %s', (text, expected) => {
    expect(fpismoRegion(parseAddress(text).address)).toBe(expected);
  });
});

describe('buildFpismoDraft', () => {
  const draft = buildFpismoDraft({ address: parseAddress(SEED).address, body: 'Здравствуйте! 😀\n\nКак дела?', sender: { name: 'Петрова Мария Ивановна' }, reply: true });

  it('lists the form fields in order, the recipient in the nominative', () => {
    expect(draft.fields.map((f) => [f.key, f.value])).toEqual([
      ['region', 'Самарская область'],
      ['institution', 'ФКУ СИЗО-4 ГУФСИН России по Самарской области'],
      ['recipient-surname', 'Балин'],
      ['recipient-first', 'Андрей'],
      ['recipient-patronymic', 'Альбертович'],
      ['recipient-birth-year', '1974'],
      ['sender-name', 'Петрова Мария Ивановна'],
      ['sender-phone', null],
      ['sender-email', null],
      ['text', 'Здравствуйте!\n\nКак дела?'],
      ['reply', 'да'],
    ]);
  });

  it('counts the cleaned text and estimates with the reply form', () => {
    expect(draft.chars).toBe('Здравствуйте!\n\nКак дела?'.length);
    expect(draft.estimate.pages).toBe(1);
    expect(draft.estimate.total).toBe(draft.estimate.perPage + draft.estimate.replyForm);
    expect(draft.warnings.map((w) => w.code)).toEqual(['fpismo-emoji-removed']);
  });

  it('gives every field a label key that both locales translate', async () => {
    const en = (await import('../../../locales/en/export.json')).default as Record<string, string>;
    const ru = (await import('../../../locales/ru/export.json')).default as Record<string, string>;
    for (const f of draft.fields) {
      expect(en[f.labelKey]).toBeTruthy();
      expect(ru[f.labelKey]).toBeTruthy();
    }
  });
});
