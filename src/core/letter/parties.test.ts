import { describe, expect, it } from 'vitest';
import { parseAddress } from '../address/index.ts';
import { envelopeForms, freeFormForms } from './parties.ts';

const plain = (s: string) => s.replace(/\u00a0/g, ' ');
const SEED = '445023, Самарская обл., г. Тольятти, Хрящевское ш., д. 3, ФКУ СИЗО-4 ГУФСИН России по Самарской области, Балину Андрею Альбертовичу, 1974 г. р.';

describe('envelopeForms', () => {
  it('gives the prisoner as recipient (dative) and as the sender of the reply (genitive, with birth year)', () => {
    const forms = envelopeForms(parseAddress(SEED).address);
    expect(forms.recipient.to.map(plain)).toEqual(['Балину Андрею Альбертовичу', '1974 г. р.']);
    expect(forms.sender.to.map(plain)).toEqual(['Балина Андрея Альбертовича', '1974 г. р.']);
    expect(forms.sender.index).toBe('445023');
    expect(forms.sender.where.map(plain)).toContain('ФКУ СИЗО-4 ГУФСИН России по Самарской области');
  });
});

describe('freeFormForms', () => {
  it('keeps a foreign return address as written, name first, the country in capitals', () => {
    expect(freeFormForms('John Smith, 10 Downing Street, London SW1A 2AA, United Kingdom')).toEqual({
      name: 'John Smith',
      recipient: { to: ['John Smith'], where: ['10 Downing Street', 'London SW1A 2AA', 'UNITED KINGDOM'], index: null, international: true },
      sender: { to: ['John Smith'], where: ['10 Downing Street', 'London SW1A 2AA', 'UNITED KINGDOM'], index: null, international: true },
    });
  });

  it.each(['John Smith', '10 Downing Street, London', ''])('refuses %j, which has no name and address', (text) => {
    expect(freeFormForms(text)).toBeNull();
  });
});
