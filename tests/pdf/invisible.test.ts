import { describe, expect, it } from 'vitest';
import { parseAddress } from '../../src/core/address/index.ts';
import { buildFpismoDraft } from '../../src/core/fpismo/index.ts';
import { createLetterPdf } from '../../src/core/pdf/index.ts';
import { serif } from './fonts.ts';
import { sampleLetter } from './sample-letter.ts';
import { save, tool, workDir } from './tools.ts';

// security-probe #15 and #16: what a reader cannot see is never printed as "?" and never
// copied into a parsed field or an F-pismo field.
const hidden = ['\u200B', '\u200C', '\uFEFF', '\u200E', '\u200F', '\u202A', '\u202E', '\u202C', '\u2066', '\u2069', '\u2060', '\u00AD', '\u0000', '\u001B'];
const salted = (s: string) => s.split(' ').map((w, i) => `${w}${hidden[i % hidden.length]}`).join(' ');

describe('invisible characters', () => {
  it('vanish from the letter PDF: no "?", no warning about them', async () => {
    const base = sampleLetter(2);
    const letter = { ...base, paragraphs: [...base.paragraphs.map(salted), 'Первая строка\u2028вторая строка\u2029третья'] };
    const result = await createLetterPdf({ letter, fonts: { serif } });
    const text = tool('pdftotext', [save(workDir(), 'invisible.pdf', result.bytes), '-']).stdout;
    expect(text).not.toContain('?');
    expect(text.replace(/\s+/g, ' ')).toContain('Первая строка вторая строка третья');
    expect(result.warnings).toEqual([]);
  });

  it('never reach the fields of a parsed address or of the F-pismo form', () => {
    const pasted = '445023,\u0000 Самарская обл.,\u200B г. Тольятти,\u0007 ФКУ СИЗО-4\u202E ГУФСИН России по Самарской области,\uFEFF Балину Андрею Альбертовичу,\u2066 1974 г. р.';
    const { address } = parseAddress(pasted);
    const all = JSON.stringify(address);
    // eslint-disable-next-line no-control-regex -- control codes are what must be absent
    expect(all).not.toMatch(/[\u0000-\u001F\u200B\u202E\uFEFF\u2066]/);
    expect(address).toMatchObject({ index: '445023', institution: 'СИЗО-4', recipient: { surname: 'Балин' } });
    const draft = buildFpismoDraft({ address, body: 'Здравствуйте!', sender: { name: 'Мария\u0000 Петрова', phone: null, email: null }, reply: false, photos: 0, signature: null });
    // eslint-disable-next-line no-control-regex -- control codes are what must be absent
    for (const f of draft.fields) if (f.key !== 'text') expect(f.value ?? '').not.toMatch(/[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF]/);
    expect(draft.fields.find((f) => f.key === 'sender-name')?.value).toBe('Мария Петрова');
  });
});
