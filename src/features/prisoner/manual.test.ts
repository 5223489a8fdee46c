import { describe, expect, it } from 'vitest';
import { parseAddress } from '../../core/address/index.ts';
import { emptyManual, manualToOneLine } from './manual.ts';

const balin = {
  ...emptyManual,
  surname: 'Балин',
  first: 'Андрей',
  patronymic: 'Альбертович',
  birthYear: '1974',
  institution: 'ФКУ СИЗО-4 ГУФСИН России по Самарской области',
  street: 'Хрящевское ш.',
  house: '3',
  locality: 'Тольятти',
  region: 'Самарская обл.',
  index: '445023',
};

describe('manualToOneLine', () => {
  it('writes the fields the way projects publish addresses', () => {
    expect(manualToOneLine(balin)).toBe(
      '445023, Самарская обл., г. Тольятти, Хрящевское ш., д. 3, ФКУ СИЗО-4 ГУФСИН России по Самарской области, Балину Андрею Альбертовичу, 1974 г. р.',
    );
  });

  it('is read back by the address parser field for field', () => {
    const { address } = parseAddress(manualToOneLine(balin));
    expect(address.recipient).toMatchObject({ surname: 'Балин', first: 'Андрей', patronymic: 'Альбертович', birthYear: 1974 });
    expect(address).toMatchObject({ index: '445023', locality: 'Тольятти', street: 'Хрящевское ш.', house: '3', institution: 'СИЗО-4' });
  });

  it('keeps a locality type and a house prefix the writer typed', () => {
    expect(manualToOneLine({ ...emptyManual, locality: 'пос. Барашево', house: 'д. 5' })).toBe('пос. Барашево, д. 5');
  });

  it('gives an empty line for empty fields', () => {
    expect(manualToOneLine(emptyManual)).toBe('');
  });
});
