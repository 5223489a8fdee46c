import { describe, expect, it } from 'vitest';
import { addressFields, type AddressFields } from './fields.ts';
import fixtures from './fixtures/addresses.json';
import heldout from './fixtures/heldout.json';
import heldout2 from './fixtures/heldout-2.json';
import heldout3 from './fixtures/heldout-3.json';
import heldout4 from './fixtures/heldout-4.json';
import heldout5 from './fixtures/heldout-5.json';
import heldoutRealA from './fixtures/heldout-real-A.json';
import heldoutRealB from './fixtures/heldout-real-B.json';
import heldoutRealC from './fixtures/heldout-real-C.json';
import heldoutRealD from './fixtures/heldout-real-D.json';
import { parseAddress } from './parse.ts';

interface Row {
  input: string;
  note?: string;
  expect: AddressFields;
}

describe('parseAddress', () => {
  it.each(fixtures.rows as Row[])('reads every field of $input', ({ input, expect: want }) => {
    expect(addressFields(parseAddress(input).address)).toEqual(want);
  });

  // Written from published shapes before the parser was run on them; the score is reported, not tuned.
  it.each([...heldout.rows, ...heldout2.rows, ...heldout3.rows, ...heldout4.rows, ...heldout5.rows, ...heldoutRealA.rows, ...heldoutRealB.rows, ...heldoutRealC.rows, ...heldoutRealD.rows] as Row[])('reads held-out address $input', ({ input, expect: want }) => {
    expect(addressFields(parseAddress(input).address)).toEqual(want);
  });

  it('fixture table holds at least 40 addresses', () => {
    expect((fixtures.rows as Row[]).length).toBeGreaterThanOrEqual(40);
  });

  it('warns, without failing, when the postcode belongs to another region', () => {
    const { address, warnings } = parseAddress('445023, Владимирская обл., г. Вязники, ул. Стахановская, д. 10, ФКУ ИК-7 УФСИН России по Владимирской области, Иванову Ивану Ивановичу, 1980 г.р.');
    expect(address.region).toBe('Владимирская обл.');
    expect(warnings).toContainEqual({ code: 'postcode-region-mismatch', params: { index: '445023', expected: 'Самарская обл.', region: 'Владимирская обл.' } });
  });

  it('does not warn about a Leningrad-oblast postcode under the joint St Petersburg body', () => {
    const { warnings } = parseAddress('188640, г. Всеволожск, ФКУ СИЗО-3 УФСИН России по г. Санкт-Петербургу и Ленинградской области, Иванову Ивану Ивановичу, 1980 г.р.');
    expect(warnings.map((w) => w.code)).not.toContain('postcode-region-mismatch');
  });

  it('keeps what it cannot place and says so', () => {
    const { address, warnings } = parseAddress('445023, Самарская обл., г. Тольятти, Хрящевское ш., д. 3, отряд № 7, ФКУ СИЗО-4 ГУФСИН России по Самарской области, Балину Андрею Альбертовичу, 1974 г. р.');
    expect(address.unplaced).toEqual(['отряд № 7']);
    expect(warnings).toContainEqual({ code: 'unplaced-part', params: { part: 'отряд № 7' } });
  });

  it('reports the replaced Latin look-alikes', () => {
    const { address, warnings } = parseAddress('445023, г. Тольятти, ФКУ CИЗO-4 ГУФСИН России по Самарской области, Балину Андрею Альбертовичу');
    expect(address.institution).toBe('СИЗО-4');
    expect(warnings).toContainEqual({ code: 'latin-lookalikes-fixed' });
  });

  it('returns warnings, not an exception, for text with no address', () => {
    const { address, warnings } = parseAddress('Привет! Как дела?');
    expect(address.index).toBeNull();
    expect(warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['no-index', 'no-recipient']));
  });

  it.each(['', '   ', '\n\n', ',,,;;;', '123456', '1974 г.р.', 'г.', 'ул. д. кв.', '(((', '№', 'ФКУ'])('handles the degenerate input %j', (input) => {
    expect(() => parseAddress(input)).not.toThrow();
  });

  it('handles non-string input passed from untyped code', () => {
    expect(() => parseAddress(undefined as unknown as string)).not.toThrow();
  });

  it('reads the institution short form from the full words', () => {
    const { address } = parseAddress('601446, ФКУ «Исправительная колония № 7» УФСИН России по Владимирской области, Иванову Ивану Ивановичу');
    expect(address.institution).toBe('ИК-7');
  });

  it.each([
    ['169300, Республика Коми, г. Ухта, Промзона, влд. 3, Ахмедову Руслану Тимуровичу', 'Промзона', '3'],
    ['214000, г. Смоленск, пр-кт Гагарина, д. 5, Лукину Льву Ильичу', 'пр-т Гагарина', '5'],
    ['450000, г. Уфа, Уфимское ш., двлд. 12а, Лукину Льву Ильичу', 'Уфимское ш.', '12А'],
    ['628400, г. Сургут, ул. Базовая, соор. 7, Лукину Льву Ильичу', 'ул. Базовая', '7'],
  ])('reads the ФИАС short forms of street and house types in %j', (input, street, house) => {
    const { address } = parseAddress(input);
    expect([address.street, address.house]).toEqual([street, house]);
  });

  it.each([
    ['107076, г. Москва, ГОРИНОВУ Алексею Александровичу, 1961 г. р.', ['Горинов', 'Алексей', 'Александрович']],
    ['692505, г. Уссурийск, Лю Алексею Ивановичу, 1985 г. р.', ['Лю', 'Алексей', 'Иванович']],
    ['Кому: Юрию Дмитриеву, 1956 г.р. Куда: 186500, г. Беломорск', ['Дмитриев', 'Юрий', null]],
    ['186500, г. Беломорск, Петровой Ирине', ['Петрова', 'Ирина', null]],
  ])('reads the recipient of %j in the nominative, in ordinary letter case', (input, want) => {
    const { recipient } = parseAddress(input).address;
    expect([recipient?.surname, recipient?.first, recipient?.patronymic]).toEqual(want);
  });

  it('keeps building and flat apart from the house', () => {
    const { address } = parseAddress('606100, Нижегородская обл., г. Павлово, ул. Коммунистическая, д. 33, стр. 2, кв. 12, Родионову Петру Семеновичу');
    expect([address.house, address.building, address.buildingType, address.flat]).toEqual(['33', '2', 'стр.', '12']);
  });
});
