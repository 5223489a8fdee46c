import { describe, expect, it } from 'vitest';
import { findInstitution, shortInstitution } from './institution.ts';
import { fold } from './normalize.ts';

describe('shortInstitution', () => {
  it.each([
    ['ФКУ СИЗО-4 ГУФСИН России по Самарской области', 'СИЗО-4'],
    ['ФКУ СИЗО № 4 ГУФСИН России по Самарской области', 'СИЗО-4'],
    ['ФКУ СИЗО 4 УФСИН России по г. Москве', 'СИЗО-4'],
    ['ФКУ ИК–3 УФСИН России по Владимирской области', 'ИК-3'],
    ['ФКУ ЛИУ-8 УФСИН России по Тверской области', 'ЛИУ-8'],
    ['ФКЛПУ КТБ-17 ГУФСИН России по Красноярскому краю', 'КТБ-17'],
    ['ФКУ Т-2 УФСИН России по Владимирской области', 'Т-2'],
    ['ФКУ «Исправительная колония № 6» УФСИН России', 'ИК-6'],
    ['ФКУ Следственный изолятор № 1 УФСИН России по Республике Карелия', 'СИЗО-1'],
    ['ПФРСИ при ФКУ ИК-4 УФСИН России по Курганской области', 'ПФРСИ при ИК-4'],
    ['ФКУ ИК-6 (ЕПКТ) УФСИН России по Владимирской области', 'ИК-6 (ЕПКТ)'],
    ['ФКУ Тюрьма УФСИН России по Липецкой области', 'Тюрьма'],
  ])('shortens %s to %s', (full, short) => {
    expect(shortInstitution(full)).toBe(short);
  });
});

describe('findInstitution', () => {
  it.each(['Тверская обл.', 'ул. Котовского, д. 5', 'Иванову Ивану', 'об этом', 'т. 5'])('sees no institution in %s', (text) => {
    expect(findInstitution(text, fold(text))).toBeNull();
  });

  it('starts at the organisational form and runs to the end of the piece', () => {
    const text = 'Иванову И. И. ФКУ ИК-3 УФСИН России по Владимирской области';
    expect(findInstitution(text, fold(text))).toEqual({ start: 14, end: text.length, full: 'ФКУ ИК-3 УФСИН России по Владимирской области', short: 'ИК-3' });
  });
});
