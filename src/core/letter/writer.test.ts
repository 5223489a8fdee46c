import { describe, expect, it } from 'vitest';
import { readWriter } from './writer.ts';

const RU = 'Петрова Мария Ивановна, ул. Ленина, д. 5, кв. 12, г. Самара, 443001';
const KZ = 'Иванов Иван, пр. Абая, д. 1, кв. 5, г. Алматы, 050000, Казахстан';
const KZ_NO_COUNTRY = 'Иванов Иван, пр. Абая, д. 1, кв. 5, г. Алматы, 050000';
const DE = 'Anna Schmidt, Hauptstrasse 5, 10115 Berlin, Germany';

describe('readWriter', () => {
  it.each([
    // text, abroad setting, read as abroad, postcode in the boxes, warning codes
    [RU, undefined, false, '443001', []],
    [RU, false, false, '443001', []],
    [KZ, true, true, null, []],
    [KZ, undefined, true, null, []],
    [KZ, false, true, null, ['sender-abroad-unticked']],
    [KZ_NO_COUNTRY, true, true, null, ['sender-country-missing']],
    [DE, true, true, null, []],
    [DE, false, true, null, ['sender-abroad-unticked']],
  ] as const)('reads %j (abroad: %s) as abroad=%s with postcode boxes %s', (text, abroad, isAbroad, index, codes) => {
    const writer = readWriter(text, { abroad });
    expect(writer?.abroad).toBe(isAbroad);
    expect(writer?.forms.recipient.index).toBe(index);
    expect(writer?.forms.recipient.international ?? false).toBe(isAbroad);
    expect(writer?.warnings.map((w) => w.code)).toEqual(codes);
  });

  it('names the country in the warning when the writer did not say they post from abroad', () => {
    expect(readWriter(KZ, { abroad: false })?.warnings[0]).toEqual({ code: 'sender-abroad-unticked', params: { country: 'KAZAKHSTAN / КАЗАХСТАН' } });
  });

  it('keeps the name for the signature and the forms', () => {
    expect(readWriter(KZ, { abroad: true })).toMatchObject({ signature: 'Иванов Иван', fullName: 'Иванов Иван' });
    expect(readWriter(RU)).toMatchObject({ signature: 'Мария', fullName: 'Петрова Мария Ивановна' });
  });
});
