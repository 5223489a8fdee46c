import { describe, expect, it } from 'vitest';
import { parseAddress } from '../address/index.ts';
import { composeLetter } from './compose.ts';
import { readWriter } from './writer.ts';

const balin = parseAddress('445023, Самарская обл., г. Тольятти, Хрящевское ш., д. 3, ФКУ СИЗО-4 ГУФСИН России по Самарской области, Балину Андрею Альбертовичу, 1974 г. р.').address;
const compose = (body: string) => composeLetter({ body, address: balin, signature: 'Мария Петрова', date: '2026-11-25' });

describe('composeLetter', () => {
  it('adds a greeting by name and patronymic and a signature when the writer gave none', () => {
    const letter = compose('Пишу вам из Самары.\n\nУ нас снег.');
    expect(letter.greeting).toBe('Здравствуйте, Андрей Альбертович!');
    expect(letter.paragraphs).toEqual(['Пишу вам из Самары.', 'У нас снег.']);
    expect(letter.signature).toEqual(['С уважением,', 'Мария Петрова']);
    expect(letter.recipientLine).toBe('Балину\u00a0А.\u00a0А., 1974\u00a0г.\u00a0р.');
  });

  it('keeps the writer’s own greeting, split off the first paragraph', () => {
    const letter = compose('Здравствуйте, Андрей! Меня зовут Мария.\n\nОбнимаю, Мария');
    expect(letter.greeting).toBe('Здравствуйте, Андрей!');
    expect(letter.paragraphs[0]).toBe('Меня зовут Мария.');
    expect(letter.signature).toEqual([]);
  });

  it('uses the writer’s corrected recipient line', () => {
    expect(composeLetter({ body: 'Текст.', address: balin, signature: '', date: '2026-11-25', recipientLine: 'Балину А. А.' }).recipientLine).toBe('Балину А. А.');
  });
});

describe('readWriter', () => {
  it('reads a Russian address with the name first', () => {
    const writer = readWriter('Петрова Мария Ивановна, 443001, г. Самара, ул. Ленина, д. 5, кв. 12');
    expect(writer?.signature).toBe('Мария Петрова');
    expect(writer?.fullName).toBe('Петрова Мария Ивановна');
    expect(writer?.forms.sender.to[0]).toBe('Петровой Марии Ивановны');
  });

  it('reads a writer abroad in Latin letters', () => {
    const writer = readWriter('Anna Schmidt, Hauptstrasse 5, 10115 Berlin, Germany');
    expect(writer?.signature).toBe('Anna Schmidt');
    expect(writer?.forms.recipient.where.at(-1)).toBe('GERMANY');
  });

  it.each(['', '   ', '12345'])('finds no writer in %j', (text) => {
    expect(readWriter(text)).toBeNull();
  });
});
