import { describe, expect, it } from 'vitest';
import { formatAddressLines, formatEnvelope, formatOneLine } from './format.ts';
import { parseAddress } from './parse.ts';
import { NBSP } from './typography.ts';

const SEED =
  '445023, Самарская обл., г. Тольятти, Хрящевское ш., д. 3, ФКУ СИЗО-4 ГУФСИН России по Самарской области, Балину Андрею Альбертовичу, 1974 г. р.';
const seed = parseAddress(SEED).address;
const nb = (s: string) => s.replace(/ /g, NBSP);

describe('formatEnvelope', () => {
  it('puts the recipient in the dative with the birth year', () => {
    expect(formatEnvelope(seed).to).toEqual(['Балину Андрею Альбертовичу', nb('1974 г. р.')]);
  });

  it('lists the "Куда" lines in Russian Post order with no-break spaces after abbreviations', () => {
    expect(formatEnvelope(seed)).toEqual({
      to: ['Балину Андрею Альбертовичу', nb('1974 г. р.')],
      where: ['ФКУ СИЗО-4 ГУФСИН России по Самарской области', `Хрящевское${NBSP}ш., д.${NBSP}3`, `г.${NBSP}Тольятти`, `Самарская${NBSP}обл.`],
      index: '445023',
    });
  });

  it('adds the country last, in capitals, for letters from abroad', () => {
    expect(formatEnvelope(seed, { international: true }).where.at(-1)).toBe('RUSSIA / РОССИЯ');
  });

  it('writes a federal city once, with no region line', () => {
    const { where } = formatEnvelope(parseAddress('127055, г. Москва, ул. Новослободская, д. 45, ФКУ СИЗО-2 УФСИН России по г. Москве, Иванову Ивану Ивановичу').address);
    expect(where).toEqual([`ФКУ СИЗО-2 УФСИН России по г.${NBSP}Москве`, `ул.${NBSP}Новослободская, д.${NBSP}45`, `г.${NBSP}Москва`]);
  });

  it('puts district before region, and building and flat after the house', () => {
    const { where } = formatEnvelope(
      parseAddress('431200, Республика Мордовия, Теньгушевский р-н, п. Барашево, ул. Свердлова, д. 5, корп. 2, кв. 7, Иванову Ивану Ивановичу').address,
    );
    expect(where).toEqual([`ул.${NBSP}Свердлова, д.${NBSP}5, корп.${NBSP}2, кв.${NBSP}7`, `п.${NBSP}Барашево`, `Теньгушевский${NBSP}р-н`, 'Республика Мордовия']);
  });

  it('declines a woman recipient with an indeclinable surname', () => {
    expect(formatEnvelope(parseAddress('109383, г. Москва, Беркович Евгения Борисовна, 1985 г.р.').address).to[0]).toBe('Беркович Евгении Борисовне');
  });
});

describe('formatOneLine', () => {
  it('gives back the seed exactly as Memorial publishes it', () => {
    expect(formatOneLine(seed)).toBe(SEED);
  });

  it('writes index first and the name last whatever the input order', () => {
    const a = parseAddress('Балин Андрей Альбертович (1974 г.р.)\nФКУ СИЗО-4 ГУФСИН России по Самарской области\nХрящевское шоссе, дом 3\nг. Тольятти\nСамарская область\n445023').address;
    expect(formatOneLine(a)).toBe(SEED);
  });
});

describe('formatAddressLines', () => {
  it('makes one block with "Кому:" and "Куда:" labels and the postcode last', () => {
    expect(formatAddressLines(seed).split('\n')).toEqual([
      `Кому: Балину Андрею Альбертовичу, ${nb('1974 г. р.')}`,
      'Куда: ФКУ СИЗО-4 ГУФСИН России по Самарской области',
      `Хрящевское${NBSP}ш., д.${NBSP}3`,
      `г.${NBSP}Тольятти`,
      `Самарская${NBSP}обл.`,
      '445023',
    ]);
  });
});

describe('parts the parser could not place', () => {
  it('still reach the envelope and the one-line form, next to the locality', () => {
    const { address } = parseAddress('624590, Свердловская обл., г. Ивдель, пос. Лозьвинский, ФКУ ИК-63 ГУФСИН России по Свердловской области, Иванову Ивану Ивановичу, 1980 г.р.');
    expect(address.unplaced).toEqual(['пос. Лозьвинский']);
    const lines = formatEnvelope(address).where.map((l) => l.replace(/\u00a0/g, ' '));
    expect(lines.indexOf('пос. Лозьвинский')).toBe(lines.indexOf('г. Ивдель') - 1);
    expect(formatOneLine(address)).toContain('г. Ивдель, пос. Лозьвинский, ФКУ ИК-63');
  });
});
