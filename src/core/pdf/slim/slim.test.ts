import * as fontkit from '@cantoo/fontkit';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { serif } from '../../../../tests/pdf/fonts.ts';
import { loadFont } from '../font-metrics.ts';
import { encode } from './html-entities.ts';
import { isMark } from './unicode-properties.ts';

// The stand-ins of scripts/pdf-slim.ts: the tests run through it (vite.config.ts), so
// here '@cantoo/fontkit' and '@cantoo/pdf-lib' are the slimmed builds that ship.
describe('the slimmed PDF libraries', () => {
  it.each([
    ['Балину & Co <A> "B" \'C\'', 'Балину &amp; Co &lt;A&gt; &quot;B&quot; &apos;C&apos;'],
    ['«Война и мир» — №5', '«Война и мир» — №5'],
    ['', ''],
  ])('escape XML metadata as html-entities did: %s', (text, escaped) => {
    expect(encode(text)).toBe(escaped);
  });

  it.each([
    [0x0301, true],
    [0x0306, true],
    [0x0430, false],
    [0x0041, false],
    [0x20e3, true],
  ])('tell combining marks from letters: U+%s', (cp, mark) => {
    expect(isMark(cp)).toBe(mark);
  });

  it('map each character to its own glyph, so "fi" prints as the two letters that were measured', () => {
    const { font } = loadFont(serif);
    const glyphs = font.layout('fio').glyphs.map((g) => g?.id);
    expect(glyphs).toEqual([...'fio'].map((ch) => font.glyphForCodePoint(ch.codePointAt(0) as number)?.id));
  });

  it('refuse what was left out with a message that names it', async () => {
    const doc = await PDFDocument.create();
    await expect(doc.embedFont(StandardFonts.Helvetica)).rejects.toThrow(/standard PDF font Helvetica is not included/);
    expect(() => fontkit.create(new Uint8Array([0x77, 0x4f, 0x46, 0x32, 0, 0, 0, 0]))).toThrow(/Unknown font format/);
    const { font } = loadFont(serif);
    expect(() => Object.getPrototypeOf(font).layout.call(font, 'a')).toThrow(/OpenType text shaping is not included/);
  });
});
