import { describe, expect, it } from 'vitest';
import { parseAddress } from '../../core/address/index.ts';
import { nameKey, prisonerForms, readSender } from './parties.ts';

const balin = parseAddress('445023, Самарская обл., г. Тольятти, Хрящевское ш., д. 3, ФКУ СИЗО-4 ГУФСИН России по Самарской области, Балину Андрею Альбертовичу, 1974 г. р.').address;

describe('prisonerForms', () => {
  it('puts the dative first and the birth year after it', () => {
    const forms = prisonerForms(balin, { international: false });
    expect(forms.recipient.to[0]).toBe('Балину Андрею Альбертовичу');
    expect(forms.recipient.index).toBe('445023');
  });

  it('uses the writer’s correction of the dative', () => {
    expect(prisonerForms(balin, { international: false, correctedDative: 'Балину Андрею' }).recipient.to[0]).toBe('Балину Андрею');
  });

  it('adds the country line for letters posted abroad', () => {
    expect(prisonerForms(balin, { international: true }).recipient.where.at(-1)).toBe('RUSSIA / РОССИЯ');
  });
});

describe('nameKey', () => {
  it('is the nominative full name', () => {
    expect(nameKey(balin)).toBe('Балин Андрей Альбертович');
  });
});

describe('readSender', () => {
  it('reads a name and a multi-line Russian address', () => {
    const writer = readSender({ name: 'Петрова Мария Ивановна', address: 'ул. Ленина, д. 5, кв. 12\nг. Самара\n443001', gender: 'f', abroad: false });
    expect(writer?.forms.sender.to[0]).toBe('Петровой Марии Ивановны');
    expect(writer?.forms.recipient.index).toBe('443001');
  });
  it('needs both a name and an address', () => {
    expect(readSender({ name: 'Мария', address: '', gender: null, abroad: false })).toBeNull();
  });
});

describe('readSender with a Latin address', () => {
  it('keeps a postcode typed on its own line (first-use review item 13)', () => {
    const writer = readSender({ name: 'Мария Петрова', address: 'ul. Lenina, d. 5, kv. 12\ng. Samara\n443001', gender: 'f', abroad: false });
    expect(writer?.forms.sender.index).toBe('443001');
  });
});
