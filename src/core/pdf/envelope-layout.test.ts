import { describe, expect, it } from 'vitest';
import { sans } from '../../../tests/pdf/fonts.ts';
import { ENVELOPE_SIZES, type EnvelopeParty } from './envelope-formats.ts';
import { layoutEnvelopeFace } from './envelope-layout.ts';
import { layoutEnvelopePage } from './envelope-pdf.ts';
import { loadFont } from './font-metrics.ts';
import type { LayoutItem } from './layout-types.ts';
import { decodeStencil } from './stencil.ts';

const { metrics } = loadFont(sans);
const recipient: EnvelopeParty = {
  to: ['Балину Андрею Альбертовичу', '1974 г. р.'],
  where: ['ФКУ СИЗО-4 ГУФСИН России по Самарской области', 'Хрящевское ш., д. 3', 'г. Тольятти', 'Самарская обл.'],
  index: '445023',
};
const sender: EnvelopeParty = { to: ['Петровой Марии Ивановны'], where: ['ул. Ленина, д. 5, кв. 12', 'г. Самара'], index: '443001' };

/** Bounding box of items, with text extents from the font. */
function box(items: LayoutItem[]) {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const it of items) {
    if (it.kind === 'text') {
      xs.push(it.x, it.x + metrics.width(it.text, it.size));
      ys.push(it.y - it.size * 0.8, it.y + it.size * 0.25);
    } else if (it.kind === 'line') {
      xs.push(it.x1, it.x2);
      ys.push(it.y1, it.y2);
    } else if (it.kind === 'path') {
      for (const [x1, y1, x2, y2] of it.segments) {
        xs.push(x1, x2);
        ys.push(y1, y2);
      }
    } else {
      xs.push(it.x, it.x + it.w);
      ys.push(it.y, it.y + it.h);
    }
  }
  return { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
}

const formats = Object.entries(ENVELOPE_SIZES).map(([name, s]) => [name, s.widthMm, s.heightMm] as const);

describe('layoutEnvelopeFace', () => {
  it.each(formats)('on %s (%i×%i mm) puts the sender in the upper-left quarter and the recipient in the lower-right', (_, w, h) => {
    const { items, warnings } = layoutEnvelopeFace({ recipient, sender }, w, h, metrics);
    const s = box(items.filter((i) => i.role === 'sender'));
    const r = box(items.filter((i) => i.role === 'recipient'));
    expect(s.right).toBeLessThanOrEqual(w / 2);
    expect(s.bottom).toBeLessThanOrEqual(h / 2);
    expect(r.left).toBeGreaterThanOrEqual(w / 2);
    expect(r.top).toBeGreaterThanOrEqual(h / 2);
    expect(r.right).toBeLessThanOrEqual(w);
    expect(r.bottom).toBeLessThanOrEqual(h);
    expect(warnings.filter((x) => x.code === 'envelope-text-overflow')).toEqual([]);
  });

  it.each(formats)('on %s draws the 40×25 mm postage area 15 mm in from the top-right corner', (_, w, h) => {
    const postage = layoutEnvelopeFace({ recipient, sender }, w, h, metrics).items.find((i) => i.role === 'postage');
    expect(postage).toMatchObject({ kind: 'rect', x: w - 55, y: 15, w: 40, h: 25 });
  });

  it.each(formats)('on %s draws the recipient postcode in the stencil, bottom left, 25 mm above the edge', (_, w, h) => {
    const face = layoutEnvelopeFace({ recipient, sender }, w, h, metrics);
    const strokes = face.items.flatMap((i) => (i.kind === 'line' && i.role === 'stencil-digit' ? [[i.x1, i.y1, i.x2, i.y2] as [number, number, number, number]] : []));
    expect(decodeStencil(strokes, face.stencilOrigin)).toBe('445023');
    const b = box(face.items.filter((i) => i.role === 'stencil-digit'));
    expect(h - b.top).toBeCloseTo(25, 5);
    expect(b.right).toBeLessThan(w / 2);
  });

  it.each(formats)('on %s prints the birth year with no comma before it (second native review §23)', (_, w, h) => {
    const texts = layoutEnvelopeFace({ recipient, sender }, w, h, metrics).items.flatMap((i) => (i.kind === 'text' && i.role === 'recipient' ? [i.text] : []));
    expect(texts.some((t) => /1974/.test(t))).toBe(true);
    expect(texts.filter((t) => /Альбертовичу,$/.test(t))).toEqual([]);
  });

  it('uses only black and dark blue ink', () => {
    const { items } = layoutEnvelopeFace({ recipient, sender }, 220, 110, metrics);
    expect(new Set(items.map((i) => i.ink))).toEqual(new Set(['black', 'blue']));
  });

  it('shrinks a very long address and says so, and leaves empty boxes without a postcode', () => {
    const long = { ...recipient, index: null, where: [...recipient.where, 'Ставропольский р-н', 'пос. Очень Длинное Название Посёлка Городского Типа'] };
    const { items, warnings } = layoutEnvelopeFace({ recipient: long, sender }, 162, 114, metrics);
    expect(warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['envelope-postcode-missing']));
    expect(warnings.some((w) => w.code === 'envelope-text-shrunk' || w.code === 'envelope-text-overflow')).toBe(true);
    expect(items.some((i) => i.role === 'stencil-digit')).toBe(false);
  });

  it('draws no stencil or postcode boxes for an address abroad, and does not ask for a Russian postcode', () => {
    const abroad: EnvelopeParty = { to: ['John Smith'], where: ['10 Downing Street', 'London SW1A 2AA', 'UNITED KINGDOM'], index: null, international: true };
    const { items, warnings } = layoutEnvelopeFace({ recipient: abroad, sender: recipient }, 220, 110, metrics);
    expect(items.some((i) => i.role === 'stencil-digit' || i.role === 'stencil-guide')).toBe(false);
    expect(items.filter((i) => i.role === 'postcode-box')).toHaveLength(6);
    expect(warnings.filter((w) => w.code === 'envelope-postcode-missing')).toEqual([]);
  });
});

describe('region names on the envelope', () => {
  it('never breaks inside «по Самарской области»: the line breaks after «России»', () => {
    const { items } = layoutEnvelopeFace({ recipient, sender }, 220, 110, metrics);
    const lines = items.flatMap((i) => (i.kind === 'text' && i.role === 'recipient' ? [i.text.replace(/\u00a0/g, ' ')] : []));
    expect(lines).toContain('по Самарской области');
    expect(lines.some((l) => /(^| )(по|Самарской)$/.test(l))).toBe(false);
  });
});

describe('a sender address left blank (reply envelope to a possibly stale address)', () => {
  const texts = (items: LayoutItem[]) => items.flatMap((i) => (i.kind === 'text' ? [i.text] : []));
  it.each<[string, EnvelopeParty, number]>([
    ['inside Russia: empty postcode boxes', { to: ['Балина Андрея Альбертовича'], where: [], index: null }, 6],
    ['posted from abroad: the country stays last, no boxes', { to: ['Балина Андрея Альбертовича'], where: ['RUSSIA / РОССИЯ'], index: null, endsWithCountry: true }, 0],
  ])('%s', (_, blank, boxes) => {
    const { items, warnings } = layoutEnvelopeFace({ recipient: sender, sender: blank }, 220, 110, metrics);
    const printed = texts(items);
    expect(printed).toEqual(expect.arrayContaining(['От кого', 'Откуда', 'Балина Андрея Альбертовича']));
    expect(printed.join(' ')).not.toMatch(/СИЗО|Хрящевское/);
    expect(items.filter((i) => i.role === 'postcode-box')).toHaveLength(boxes + 6);
    expect(warnings.filter((w) => w.code === 'envelope-postcode-missing')).toEqual([]);
    if (blank.endsWithCountry) expect(printed).toContain('RUSSIA / РОССИЯ');
  });
});

describe('layoutEnvelopePage', () => {
  it('lays the A4 cut-and-fold sheet out as a C6 face with cut and fold lines inside the sheet', () => {
    const { page } = layoutEnvelopePage({ format: 'A4', recipient, sender }, metrics);
    expect([page.widthMm, page.heightMm]).toEqual([210, 297]);
    const all = box(page.items);
    expect(all.left).toBeGreaterThanOrEqual(5);
    expect(all.right).toBeLessThanOrEqual(205);
    expect(all.bottom).toBeLessThanOrEqual(292);
    const segments = (role: string) => page.items.flatMap((i) => (i.kind === 'path' && i.role === role ? i.segments : []));
    expect(segments('cut').length).toBeGreaterThan(8);
    expect(segments('fold')).toHaveLength(4);
  });
});
