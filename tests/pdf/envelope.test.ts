import { describe, expect, it } from 'vitest';
import { parseAddress } from '../../src/core/address/index.ts';
import { envelopeForms } from '../../src/core/letter/parties.ts';
import {
  ENVELOPE_SIZES,
  STENCIL,
  createEnvelopePdf,
  decodeStencil,
  layoutEnvelopeFace,
  letterEnvelope,
  loadFont,
  replyEnvelope,
  type EnvelopeFormat,
  type EnvelopeSpec,
} from '../../src/core/pdf/index.ts';
import { sans } from './fonts.ts';
import { inkShare, pageSizeMm, renderGray, save, strokes, tool, words, workDir, type Word } from './tools.ts';

const prisoners = [
  '445023, Самарская обл., г. Тольятти, Хрящевское ш., д. 3, ФКУ СИЗО-4 ГУФСИН России по Самарской области, Балину Андрею Альбертовичу, 1974 г. р.',
  '601446, Владимирская обл., г. Вязники, ул. Металлистов, д. 1, ФКУ ИК-3 УФСИН России по Владимирской области, Беркович Евгении Борисовне, 1985 г. р.',
];
const writer = envelopeForms(parseAddress('Петрова Мария Ивановна, ул. Ленина, д. 5, кв. 12, г. Самара, 443001').address);
const dir = workDir();
const { metrics } = loadFont(sans);

// Where the envelope face lies on the page: the whole page, or the C6 face of the A4 net.
const face = (format: EnvelopeFormat) =>
  format === 'A4' ? { x: 24, y: 48, w: ENVELOPE_SIZES.C6.widthMm, h: ENVELOPE_SIZES.C6.heightMm } : { x: 0, y: 0, w: ENVELOPE_SIZES[format].widthMm, h: ENVELOPE_SIZES[format].heightMm };
const sizes: Record<EnvelopeFormat, [number, number]> = { DL: [220, 110], C6: [162, 114], C5: [229, 162], C4: [324, 229], A4: [210, 297] };
const find = (ws: Word[], text: string) => {
  const w = ws.find((x) => x.text.replace(/[,.;]+$/, '') === text);
  if (!w) throw new Error(`"${text}" not found among ${ws.map((x) => x.text).join(' ')}`);
  return w;
};

describe.each(['DL', 'C6', 'C5', 'C4', 'A4'] as const)('the %s envelope PDF', (format) => {
  const forms = envelopeForms(parseAddress(prisoners[0] as string).address);
  const spec: EnvelopeSpec = { format, recipient: forms.recipient, sender: writer.sender };
  const made = createEnvelopePdf({ envelopes: [spec], fonts: { sans } });
  const path = made.then((r) => save(dir, `${format}.pdf`, r.bytes));

  it('has the format’s page size within 0.5 mm, passes qpdf and embeds only a subset font', async () => {
    const pdf = await path;
    const size = pageSizeMm(pdf);
    expect(Math.abs(size.w - sizes[format][0])).toBeLessThanOrEqual(0.5);
    expect(Math.abs(size.h - sizes[format][1])).toBeLessThanOrEqual(0.5);
    expect(tool('qpdf', ['--check', pdf]).status).toBe(0);
    const rows = tool('pdffonts', [pdf]).stdout.trim().split('\n').slice(2);
    for (const row of rows) expect(row).toMatch(/^[A-Z]{6}\+PTSans-Regular\s.*\syes\s+yes\s+yes\s/);
  });

  it('puts the recipient in the lower-right quarter and the sender in the upper-left', async () => {
    const ws = words(await path);
    const f = face(format);
    for (const text of ['Балину', 'Альбертовичу', 'СИЗО-4', 'Тольятти', 'Кому', 'Куда']) {
      const w = find(ws, text);
      expect(w.x1).toBeGreaterThanOrEqual(f.x + f.w / 2);
      expect(w.y1).toBeGreaterThanOrEqual(f.y + f.h / 2);
      expect(w.x2).toBeLessThanOrEqual(f.x + f.w);
      expect(w.y2).toBeLessThanOrEqual(f.y + f.h);
    }
    for (const text of ['Петровой', 'Ленина', 'Самара', 'Откуда']) {
      const w = find(ws, text);
      expect(w.x2).toBeLessThanOrEqual(f.x + f.w / 2);
      expect(w.y2).toBeLessThanOrEqual(f.y + f.h / 2);
      expect(w.x1).toBeGreaterThanOrEqual(f.x);
      expect(w.y1).toBeGreaterThanOrEqual(f.y);
    }
  });

  it('draws the recipient’s postcode in the stencil, and the drawn strokes read back as 445023', async () => {
    const pdf = await path;
    const f = face(format);
    const origin = layoutEnvelopeFace({ recipient: spec.recipient, sender: spec.sender }, f.w, f.h, metrics).stencilOrigin;
    const drawn = strokes(pdf, STENCIL.stroke, sizes[format][1]);
    expect(drawn.length).toBeGreaterThan(0);
    expect(decodeStencil(drawn, { x: origin.x + f.x, y: origin.y + f.y })).toBe('445023');
    // And the rendered page shows ink in each of the six cells.
    const img = renderGray(pdf, 1, 100);
    for (let i = 0; i < 6; i++) {
      const x = f.x + origin.x + i * STENCIL.pitch;
      expect(inkShare(img, x - 0.5, f.y + origin.y - 0.5, x + STENCIL.cellWidth + 0.5, f.y + origin.y + STENCIL.cellHeight + 0.5)).toBeGreaterThan(0.1);
    }
  });

  it('renders with mutool and leaves the middle of the postage area empty', async () => {
    const pdf = await path;
    const draw = tool('mutool', ['draw', '-q', '-o', `${dir}/${format}-%d.png`, pdf]);
    expect(draw.status).toBe(0);
    const f = face(format);
    const img = renderGray(pdf, 1, 100);
    // Between the dashed border and the small label: room for the stamp.
    expect(inkShare(img, f.x + f.w - 53, f.y + 17, f.x + f.w - 17, f.y + 24)).toBe(0);
  });

  it('uses no red, yellow or green ink', async () => {
    const qdf = `${dir}/${format}.qdf`;
    tool('qpdf', ['--qdf', '--object-streams=disable', await path, qdf]);
    const colours = tool('grep', ['-a', '-E', '-o', '^[0-9. ]+ (rg|RG)$', qdf]).stdout.trim().split('\n');
    for (const c of colours) {
      const [r, g, b] = c.split(' ').map(Number) as [number, number, number];
      expect(r <= 0.2 && g <= 0.2 && b <= 0.4).toBe(true);
    }
  });
});

describe('a batch of envelopes with reply envelopes', () => {
  it('prints one page per envelope, each addressed as asked', async () => {
    const specs = prisoners.flatMap((p) => {
      const prisoner = envelopeForms(parseAddress(p).address);
      return [letterEnvelope(prisoner, writer, 'DL'), replyEnvelope(prisoner, writer, 'DL')];
    });
    const r = await createEnvelopePdf({ envelopes: specs, fonts: { sans } });
    const pdf = save(dir, 'batch.pdf', r.bytes);
    expect(pageSizeMm(pdf).pages).toBe(4);
    const ws = words(pdf);
    const onPage = (page: number, text: string) => ws.some((w) => w.page === page && w.text === text);
    expect(onPage(1, 'Балину')).toBe(true);
    expect(onPage(2, 'Петровой')).toBe(true);
    expect(onPage(2, 'Балина')).toBe(true);
    expect(onPage(3, 'Беркович')).toBe(true);
    // On the reply envelope the writer is the recipient: bottom right.
    const reply = ws.find((w) => w.page === 2 && w.text === 'Петровой') as Word;
    expect(reply.x1).toBeGreaterThan(110);
    expect(reply.y1).toBeGreaterThan(55);
    const drawn = strokes(pdf, STENCIL.stroke, 110);
    expect(drawn.length).toBeGreaterThan(4 * 6);
  });
});
