import { PDFDocument } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { parseAddress } from '../../src/core/address/index.ts';
import { memorialLayout, samplePeople } from '../../src/core/directory/fixtures/sample-list.ts';
import { importList } from '../../src/core/directory/list-import.ts';
import { envelopeForms } from '../../src/core/letter/parties.ts';
import { translator } from '../../src/core/pack/fixtures/translate.ts';
import { createPackPdf, prisonerFromRecord } from '../../src/core/pack/index.ts';
import { createEnvelopePdf, createLetterPdf, letterEnvelope, replyEnvelope } from '../../src/core/pdf/index.ts';
import { sans, serif } from './fonts.ts';
import { sampleLetter } from './sample-letter.ts';
import { save, tool, workDir } from './tools.ts';

// Issue 13: with neutral properties a PDF names no one and no tool in its document information,
// whatever a viewer, a file manager or `pdfinfo` shows; with them off, today's properties stay.

const dir = workDir();
const prisoner = envelopeForms(parseAddress('445023, Самарская обл., г. Тольятти, Хрящевское ш., д. 3, ФКУ СИЗО-4 ГУФСИН России по Самарской области, Балину Андрею Альбертовичу, 1974 г. р.').address);
const writer = envelopeForms(parseAddress('Петрова Мария Ивановна, ул. Ленина, д. 5, кв. 12, г. Самара, 443001').address);
const list = importList(memorialLayout(samplePeople(3)), { today: '2026-12-06' });
const packPrisoners = list.records.map((r, i) => prisonerFromRecord(r, i + 1, 'en'));

const makers: Record<string, (neutral: boolean) => Promise<Uint8Array>> = {
  letter: async (neutral) => (await createLetterPdf({ letter: sampleLetter(3), fonts: { serif }, neutral })).bytes,
  'envelope and reply envelope': async (neutral) =>
    (await createEnvelopePdf({ envelopes: [letterEnvelope(prisoner, writer, 'DL'), replyEnvelope(prisoner, writer, 'DL')], fonts: { sans }, neutral })).bytes,
  'evening pack': async (neutral) =>
    (await createPackPdf(packPrisoners, writer, { format: 'C6', reply: true, sheets: true, rules: false, neutral, t: translator('en') }, { sans, serif })).bytes,
};

const infoFields = ['Title', 'Subject', 'Keywords', 'Author', 'Creator', 'Producer', 'CreationDate', 'ModDate'];
// Words that would tell who the letter is to, or which tool made it.
const telling = [/Балин/, /Balin/i, /Konvert/i, /pdf-lib/i, /Письмо/, /Конверт/, /Вечер/, /evening/i];

/** The whole file with its streams unpacked, as text: what a hex editor or `strings` would find. */
function uncompressed(path: string): string {
  const qdf = `${path}.qdf`;
  tool('qpdf', ['--qdf', '--object-streams=disable', '--decode-level=none', path, qdf]);
  return tool('cat', [qdf]).stdout;
}

describe.each(Object.keys(makers))('the %s PDF', (name) => {
  const make = makers[name] as (neutral: boolean) => Promise<Uint8Array>;

  it('with neutral properties: pdfinfo and pdf-lib find no document information, and the file names no one', async () => {
    const bytes = await make(true);
    const path = save(dir, `${name.replace(/\W+/g, '-')}-neutral.pdf`, bytes);
    const info = tool('pdfinfo', [path]).stdout;
    for (const field of infoFields) expect(info).not.toMatch(new RegExp(`^${field}:`, 'm'));
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect([doc.getTitle(), doc.getSubject(), doc.getKeywords(), doc.getAuthor(), doc.getCreator(), doc.getProducer(), doc.getCreationDate(), doc.getModificationDate()]).toEqual(Array(8).fill(undefined));
    const raw = uncompressed(path);
    expect(raw).not.toMatch(/\/Info\b/);
    expect(raw).not.toMatch(/DisplayDocTitle/);
    // Page text is compressed in the file (decode-level none): the people's names are only in what prints.
    for (const word of telling) expect(raw).not.toMatch(word);
    expect(raw).toContain('/Lang (ru)');
    // Nor XMP metadata or a document ID, in the file as written (qpdf adds an ID when it rewrites).
    expect(Buffer.from(bytes).toString('latin1')).not.toMatch(/\/Metadata\b|\/ID\s*\[/);
    expect(tool('qpdf', ['--check', path]).status).toBe(0);
  });

  it('without them: a title and Konvert as creator, as before', async () => {
    const path = save(dir, `${name.replace(/\W+/g, '-')}-named.pdf`, await make(false));
    const info = tool('pdfinfo', [path]).stdout;
    expect(info).toMatch(/^Title:\s+\S/m);
    expect(info).toMatch(/^Producer:\s+Konvert$/m);
    expect(info).toMatch(/^CreationDate:\s+\S/m);
  });
});

describe('neutral properties change nothing that prints', () => {
  it.each(Object.keys(makers))('%s: the same text on the same pages', async (name) => {
    const make = makers[name] as (neutral: boolean) => Promise<Uint8Array>;
    const [on, off] = [save(dir, `${name.replace(/\W+/g, '-')}-p1.pdf`, await make(true)), save(dir, `${name.replace(/\W+/g, '-')}-p0.pdf`, await make(false))];
    expect(tool('pdftotext', ['-layout', on, '-']).stdout).toBe(tool('pdftotext', ['-layout', off, '-']).stdout);
  });
});
