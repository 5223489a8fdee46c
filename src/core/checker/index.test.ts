import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkLetter } from './index.ts';
import { CATEGORIES, SEVERITIES } from './types.ts';

const strong = (text: string) => checkLetter(text).filter((f) => f.severity !== 'low');

describe('checkLetter', () => {
  it('finds nothing in an empty letter', () => {
    expect(checkLetter('')).toEqual([]);
  });

  it('returns findings sorted by start, with offsets into the text', () => {
    const text = 'Привет! Следователь звонил. Вкладываю в конверт тысячу рублей. Пиши на a.b@mail.ru.';
    const findings = checkLetter(text);
    expect(findings.map((f) => f.category)).toEqual(['case', 'enclosures', 'contacts']);
    expect(findings.map((f) => f.start)).toEqual([...findings.map((f) => f.start)].sort((a, b) => a - b));
    expect(text.slice(findings[0]?.start, findings[0]?.end)).toBe('Следователь');
  });

  it('merges overlapping findings of one category into one', () => {
    const findings = checkLetter('Суд и прокурор и обвинение.').filter((f) => f.category === 'case');
    expect(findings.length).toBeLessThanOrEqual(3);
    for (let i = 1; i < findings.length; i++) expect(findings[i]?.start).toBeGreaterThanOrEqual(findings[i - 1]?.end ?? 0);
  });

  it('speaks Russian by default and English when asked', () => {
    const [ru] = checkLetter('Следователь звонил.');
    const [en] = checkLetter('Следователь звонил.', { lang: 'en' });
    expect(ru?.message).toMatch(/[а-я]/);
    expect(en?.message).toMatch(/^[A-Za-z]/);
    expect(en?.suggestion).not.toBe('');
  });

  it.each([
    ['case', 'Адвокат сказал, что апелляцию подадим до конца месяца.'],
    ['case', 'Свидетель готов отказаться от своих показаний.'],
    ['politics', 'Вся эта вoйна — одно сплошное преступление.'],
    ['politics', 'Вчера по телевизору ПУТИН опять выступал.'],
    ['crime', 'Ваши охранники могут занести тебе телефон.'],
    ['crime', 'В этом году придётся давать взятку за место в садике.'],
    ['staff', 'Тебя опять закрыли в ШИЗО.'],
    ['staff', 'Майор Сизов опять не отдал посылку.'],
    ['enclosures', 'Положил тебе в конверт пару пластинок жвачки.'],
    ['contacts', 'Передай сокамернику, что его ждут.'],
    ['code', 'Читай по первым буквам строк.'],
    ['foreign', 'Love you, жду тебя.'],
    ['obscene', 'Эти козлы из конвоя опять за своё.'],
  ])('flags %s in «%s»', (category, text) => {
    expect(strong(text).map((f) => f.category)).toContain(category);
  });

  // Trap words from the projects' advice: innocent senses a good checker must leave alone.
  it.each([
    'Сейчас я перечитываю «Прощай, оружие!» Хемингуэя.',
    'Сам я теперь соблюдаю режим дня.',
    'На работе начался новый фронт работ.',
    'Вчера я передала показания счётчиков.',
    'В субботу я была свидетельницей на свадьбе у Кати.',
    'На даче у помидоров пошли новые побеги.',
    'Котят мы назвали Бандитом и Прокурором.',
    'Собаку зовут Шериф, а кота Адвокат.',
    'Держи хвост пистолетом!',
    'Вчера показывали «Побег из Шоушенка».',
    'Расчёты опор прошли экспертизу.',
    'Про «Мастера и Маргариту» помнишь, как спорили?',
    'Задержание рейса на три часа всех вымотало.',
    'Цены выросли до двухсот рублей.',
    'Дед говорит, что в этом году хороший взяток, мёду хватит.',
    'У дяди на Камчатке отличная путина: рыбы полно.',
    'В клубе я проиграл три партии в шахматы.',
    'Врач велел мне употреблять поменьше соли.',
    'Клеили с сыном модель корабля.',
    'Посадил мандарин в горшке.',
    'Бабушка лечит радикулит скипидаром.',
    'Я застрахую дачу на лето.',
    'А у меня, блин, сломалась машина.',
    'Ё-моё, чуть не забыл!',
    'Наш кот Генерал спит на батарее.',
    'Вкладываю чистый лист и конверт с маркой для ответа.',
    'Бабушка передаёт тебе привет.',
    'Она сдала ЕГЭ на 92 балла.',
    'P.S. Кружку я храню.',
  ])('leaves «%s» alone', (text) => {
    expect(strong(text)).toEqual([]);
  });

  it('never throws and keeps every finding inside the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        for (const f of checkLetter(text)) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.start).toBeLessThan(f.end);
          expect(CATEGORIES).toContain(f.category);
          expect(SEVERITIES).toContain(f.severity);
          expect(f.message).not.toBe('');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('copes with a huge letter', () => {
    const text = 'Следователь звонил, а мы сажали помидоры. '.repeat(5000);
    expect(checkLetter(text).length).toBe(5000);
  });
});
