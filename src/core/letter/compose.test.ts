import { describe, expect, it } from 'vitest';
import { parseAddress } from '../address/index.ts';
import { composeLetter, letterText } from './compose.ts';
import { letterHeader, recipientLine, runningHead } from './header.ts';
import { letterToPlainText } from './plain-text.ts';
import { includeReturnAddress, returnAddressLine, returnAddressSwitch, returnAddressWanted, type ReturnAddressSwitches } from './return-address.ts';
import { readWriter } from './writer.ts';

const plain = (s: string) => s.replace(/\u00a0/g, ' ');
const SEED = '445023, Самарская обл., г. Тольятти, Хрящевское ш., д. 3, ФКУ СИЗО-4 ГУФСИН России по Самарской области, Балину Андрею Альбертовичу, 1974 г. р.';
const balin = parseAddress(SEED).address;
const compose = (body: string, returnAddress?: string) => composeLetter({ body, address: balin, signature: 'Мария Петрова', date: '2026-11-25', returnAddress });
const words = (s: string) => plain(s).split(/\s+/).filter(Boolean);

describe('composeLetter', () => {
  it('adds no greeting, and a visible sign-off only when the letter has none', () => {
    const letter = compose('Пишу Вам из Самары.\n\nУ нас снег.');
    expect(letter.greeting).toBe('');
    expect(letter.paragraphs).toEqual(['Пишу Вам из Самары.', 'У нас снег.']);
    expect(letter.closing).toEqual(['Всего Вам доброго!', 'Мария Петрова']);
  });

  it.each([
    ['С уважением,\nМария Петрова', ['С уважением,', 'Мария Петрова']],
    ['С теплом,\nМаша', ['С теплом,', 'Маша']],
    ['Обнимаю!', ['Обнимаю!', 'Мария Петрова']],
    ['Всего доброго, Маша', ['Всего доброго, Маша']],
  ])('keeps the writer’s own closing %j on its own lines', (closing, expected) => {
    const letter = compose(`Здравствуйте, Андрей!\n\nПишу Вам из Самары.\n\n${closing}`);
    expect(letter.greeting).toBe('Здравствуйте, Андрей!');
    expect(letter.paragraphs).toEqual(['Пишу Вам из Самары.']);
    expect(letter.closing).toEqual(expected);
  });

  it('keeps a closing typed without blank lines, as in a phone’s notes app', () => {
    const letter = compose('Здравствуйте, Андрей!\nПишу Вам из Самары.\nВсего Вам доброго!\nМария');
    expect(letter.greeting).toBe('Здравствуйте, Андрей!');
    expect(letter.paragraphs).toEqual(['Пишу Вам из Самары.']);
    expect(letter.closing).toEqual(['Всего Вам доброго!', 'Мария']);
  });

  it('keeps line breaks inside a paragraph', () => {
    expect(compose('Стихи:\nпервая строка,\nвторая строка.\n\nДальше.').paragraphs[0]).toBe('Стихи:\nпервая строка,\nвторая строка.');
  });

  it('leaves a greeting run into the text where the writer put it', () => {
    const letter = compose('Здравствуйте, Андрей! Меня зовут Мария.\n\nОбнимаю, Мария');
    expect(letter.greeting).toBe('');
    expect(letter.paragraphs).toEqual(['Здравствуйте, Андрей! Меня зовут Мария.']);
    expect(letter.closing).toEqual(['Обнимаю, Мария']);
  });

  it('heads the letter with the full name in the dative and the birth year', () => {
    const letter = compose('Текст.');
    expect(plain(letter.recipientLine)).toBe('Балину Андрею Альбертовичу, 1974 г. р.');
    expect(plain(letter.runningHead)).toBe('Балину А. А.');
  });

  it('uses the writer’s corrected recipient line', () => {
    const letter = composeLetter({ body: 'Текст.', address: balin, date: '2026-11-25', recipientLine: 'Балину Андрею Альбертовичу' });
    expect(letter.recipientLine).toBe('Балину Андрею Альбертовичу');
    expect(letter.closing).toEqual([]);
  });

  it('ends with the return-address line when the writer asks for it', () => {
    const line = 'Мой адрес для ответа: Петрова Мария Ивановна, 443001, г. Самара, ул. Ленина, д. 5, кв. 12';
    const letter = compose('Текст.', line);
    expect(letter.closing).toEqual(['Всего Вам доброго!', 'Мария Петрова']);
    expect(letter.returnAddress).toBe(line);
  });

  it.each([
    'Пишу Вам из Самары.\n\nУ нас снег.',
    'Здравствуйте, Андрей!\n\nПишу.\n\nС теплом,\nМаша',
    'Здравствуйте!\nстрока\nещё строка\nОбнимаю!',
    'Здравствуйте, Андрей! Пишу.',
  ])('prints exactly the header and letterText, nothing else: %j', (body) => {
    const returnAddress = 'Мой адрес для ответа: 443001, г. Самара';
    const letter = compose(body, returnAddress);
    const header = letterHeader(letter);
    expect(words(letterToPlainText(letter))).toEqual(words([...header, letterText({ body, signature: 'Мария Петрова', returnAddress })].join('\n')));
  });
});

describe('letterText', () => {
  it('is the body as typed plus the added sign-off and the return-address line', () => {
    expect(letterText({ body: '  Текст.\r\nЕщё.  ', signature: 'Мария', returnAddress: 'Мой адрес для ответа: г. Самара' })).toBe(
      'Текст.\nЕщё.\nВсего Вам доброго!\nМария\n\nМой адрес для ответа: г. Самара',
    );
    expect(letterText({ body: 'Текст.\n\nОбнимаю,\nМария' })).toBe('Текст.\n\nОбнимаю,\nМария');
  });
});

describe('header', () => {
  it.each([
    [SEED, 'Балину Андрею Альбертовичу, 1974 г. р.', 'Балину А. А.'],
    ['601446, Владимирская обл., г. Вязники, ФКУ ИК-3 УФСИН России по Владимирской области, Беркович Евгении Борисовне, 1985 г. р.', 'Беркович Евгении Борисовне, 1985 г. р.', 'Беркович Е. Б.'],
    ['445023, г. Тольятти, ФКУ СИЗО-4, Иванову И. И.', 'Иванову И. И.', 'Иванову И. И.'],
  ])('for %s prints %j, and %j on continuation pages', (text, line, head) => {
    const address = parseAddress(text).address;
    expect(plain(recipientLine(address))).toBe(line);
    expect(plain(runningHead(recipientLine(address)))).toBe(head);
  });

  it('gives the header lines as they print', () => {
    expect(letterHeader({ recipientLine: recipientLine(balin), date: '2026-11-25' }).map(plain)).toEqual(['Балину Андрею Альбертовичу, 1974 г. р.', '25 ноября 2026 г.']);
  });
});

describe('returnAddressLine', () => {
  it.each([
    [{ name: 'Петрова Мария', address: '443001, г. Самара,\nул. Ленина, д. 5' }, 'Мой адрес для ответа: Петрова Мария, 443001, г. Самара, ул. Ленина, д. 5'],
    [{ address: 'ул. Ленина, д. 5\n\n443001 Самара' }, 'Мой адрес для ответа: ул. Ленина, д. 5, 443001 Самара'],
    [{ name: 'Мария', address: '  \n ' }, null],
    // A country abroad prints as on the envelope: last, in both scripts (fifth review, item 4).
    [{ name: 'Anna Schmidt', address: 'Hauptstrasse 5\n10115 Berlin\nGermany' }, 'Мой адрес для ответа: Anna Schmidt, Hauptstrasse 5, 10115 Berlin, GERMANY / ГЕРМАНИЯ'],
    [{ address: 'Казахстан, г. Алматы, пр. Абая, д. 1' }, 'Мой адрес для ответа: г. Алматы, пр. Абая, д. 1, KAZAKHSTAN / КАЗАХСТАН'],
    [{ address: 'г. Самара, ул. Ленина, д. 5, Россия' }, 'Мой адрес для ответа: г. Самара, ул. Ленина, д. 5, Россия'],
  ])('writes %j as %j', (sender, expected) => {
    expect(returnAddressLine(sender)).toBe(expected);
  });

  it.each([
    [undefined, false, true],
    [null, true, false],
    [false, false, false],
    [true, true, true],
  ])('with the setting %j and abroad=%j is included: %j', (setting, abroad, expected) => {
    expect(includeReturnAddress(setting, abroad)).toBe(expected);
  });

  it.each<[ReturnAddressSwitches, boolean, boolean]>([
    // Inside Russia: on unless switched off; the switch from abroad does not count.
    [{ returnAddress: true }, false, true],
    [{ returnAddress: false, returnAddressAbroad: true }, false, false],
    // Abroad: off until switched on, whatever the Russia switch says (it defaults to on).
    [{ returnAddress: true }, true, false],
    [{ returnAddress: true, returnAddressAbroad: true }, true, true],
    [{ returnAddress: false, returnAddressAbroad: false }, true, false],
  ])('with the switches %j and abroad=%j the line is printed: %j', (switches, abroad, expected) => {
    expect(returnAddressWanted(switches, abroad)).toBe(expected);
  });

  it.each([
    [false, false, { returnAddress: false }],
    [true, true, { returnAddressAbroad: true }],
  ])('ticking %j (abroad=%j) sets only the switch the writer sees: %j', (on, abroad, expected) => {
    expect(returnAddressSwitch(on, abroad)).toEqual(expected);
    expect(returnAddressWanted({ returnAddress: true, ...returnAddressSwitch(on, abroad) }, abroad)).toBe(on);
  });
});

describe('readWriter', () => {
  it('reads a Russian address with the name first', () => {
    const writer = readWriter('Петрова Мария Ивановна, 443001, г. Самара, ул. Ленина, д. 5, кв. 12');
    expect(writer?.signature).toBe('Мария');
    expect(writer?.fullName).toBe('Петрова Мария Ивановна');
    expect(writer?.forms.sender.to[0]).toBe('Петровой Марии Ивановны');
  });

  it('reads a writer abroad in Latin letters', () => {
    const writer = readWriter('Anna Schmidt, Hauptstrasse 5, 10115 Berlin, Germany');
    expect(writer?.signature).toBe('Анна Шмидт');
    expect(writer?.forms.recipient.where.at(-1)).toBe('GERMANY / ГЕРМАНИЯ');
    expect(writer?.forms.recipient.endsWithCountry).toBe(true);
  });

  it.each(['', '   ', '12345'])('finds no writer in %j', (text) => {
    expect(readWriter(text)).toBeNull();
  });
});
