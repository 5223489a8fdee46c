import { typographRussian } from '../letter/typography.ts';
import { blockHeight, breakFields, drawBlock, type Field } from './address-block.ts';
import type { EnvelopeParty } from './envelope-formats.ts';
import type { FontMetrics } from './font-metrics.ts';
import { codePointLabel, replaceMissingGlyphs } from './glyph-coverage.ts';
import type { LayoutItem, PdfWarning } from './layout-types.ts';
import { STENCIL, stencilDigits, stencilGuide } from './stencil.ts';

export interface EnvelopeParties {
  sender: EnvelopeParty;
  recipient: EnvelopeParty;
}

export interface FaceLayout {
  items: LayoutItem[];
  warnings: PdfWarning[];
  /** Where the stencil's first cell starts, for decoding and previews. */
  stencilOrigin: { x: number; y: number };
}

// GOST R 51506-99: postage area 40×25 mm, 15 mm from the top and right edges.
const POSTAGE = { w: 40, h: 25, inset: 15 };
// Stencil cells 10 mm tall with their top 25 mm above the bottom edge (DOMAIN.md §3).
const STENCIL_TOP_FROM_BOTTOM = 25;
const MIN_SIZE = 2.8;

type Block = 'sender' | 'recipient';

// Prefer each address part on its own ruled line (Russian Post's order, easy to
// read) at a slightly smaller size, then run some parts together, then all of
// them; shrink further only when even the run-on form does not fit. The country
// line stays alone on the last line in every form.
function fit(variants: Field[][], width: number, startSize: number, maxHeight: number, metrics: FontMetrics, role: Block, withIndex: boolean) {
  const tries: Array<[Field[], number]> = [];
  variants.forEach((fields, i) => {
    const floor = i === variants.length - 1 ? MIN_SIZE : startSize * 0.85;
    for (let size = startSize; size >= floor - 1e-9; size -= 0.1) tries.push([fields, size]);
  });
  for (const [fields, size] of tries) {
    const broken = nameBreaks(breakFields(fields, { x: 0, width, size, role }, metrics));
    if (blockHeight(broken, size, withIndex) <= maxHeight) return { fields, broken, size, fits: true };
  }
  const compact = variants[variants.length - 1] as Field[];
  return { fields: compact, broken: nameBreaks(breakFields(compact, { x: 0, width, size: MIN_SIZE, role }, metrics)), size: MIN_SIZE, fits: false };
}

// The name lines run together with commas («Балину Андрею Альбертовичу, 1974 г. р.»); where the
// line breaks at such a comma, the year starts a line of its own and the comma goes, so every
// format prints «Балину Андрею Альбертовичу⏎1974 г. р.» alike (second native review §23).
function nameBreaks(broken: string[][]): string[][] {
  const [to, ...rest] = broken;
  return to ? [to.map((l, i) => (i < to.length - 1 ? l.replace(/,$/, '') : l)), ...rest] : broken;
}

/** A Russian address that ends with «RUSSIA / РОССИЯ»: its postcode is printed in the text, not in boxes. */
function indexInText(party: EnvelopeParty): boolean {
  return Boolean(party.endsWithCountry && !party.international && party.index);
}

/**
 * The postcode boxes under a block, unless the address is abroad or ends with its country: the
 * country is the very last line, so the postcode goes in the text above it (or, left blank for
 * the prisoner on a reply envelope, on the ruled lines).
 */
function indexBoxes(party: EnvelopeParty): { label: string; value: string | null } | null {
  return party.international || party.endsWithCountry ? null : { label: 'Индекс', value: party.index };
}

/**
 * The forms a block can take, roomiest first: every part on its own line; the
 * institution alone and the rest run together; everything run together. The
 * name lines join too once parts run together. A country line («RUSSIA /
 * РОССИЯ») is never joined to anything.
 */
function fieldsets(party: EnvelopeParty, labels: [string, string]): Field[][] {
  const country = party.endsWithCountry && party.where.length > 0 ? (party.where[party.where.length - 1] as string) : null;
  const given = country ? party.where.slice(0, -1) : party.where;
  // No address lines (the reply envelope's sender when the prisoner's address may be out of
  // date): two empty ruled lines under the label, to be filled in by hand.
  const lines = given.length > 0 ? given : ['', ''];
  // A Russian address posted from abroad: the country must be the very last line, so the
  // postcode goes on the line above it instead of the boxes below (the stencil stays).
  const tail = country ? (indexInText(party) ? [party.index as string, country] : [country]) : [];
  const join = (parts: string[]) => (parts.length > 0 ? [parts.join(', ')] : []);
  const to = { label: labels[0], lines: party.to };
  const joinedTo = { label: labels[0], lines: join(party.to) };
  const where = (ls: string[]) => ({ label: labels[1], lines: [...ls, ...tail] });
  return [
    [to, where(lines)],
    [joinedTo, where(lines.length > 2 ? [lines[0] as string, ...join(lines.slice(1))] : lines)],
    [joinedTo, where(given.length > 0 ? join(lines) : lines)],
  ];
}

/**
 * «по Самарской области», «по Алтайскому краю»: the region's adjective stays with its noun, so an
 * institution's name breaks before «по» or after «России», never inside the region (third native
 * review, item 24). A no-break space; it prints as a space.
 */
function keepRegionTogether(text: string): string {
  return text
    .replace(/([а-яё]) (?=(?:области|края|округа|республики|обл\.)(?![а-яё]))/giu, '$1\u00a0')
    .replace(/(^|\s)по (?=\S+\u00a0)/giu, '$1по\u00a0');
}

/**
 * The address side of an envelope, w × h mm, laid out per GOST R 51506-99:
 * sender top left, postage area top right, recipient bottom right, the
 * recipient's postcode in the machine-readable stencil bottom left.
 */
export function layoutEnvelopeFace(parties: EnvelopeParties, w: number, h: number, metrics: FontMetrics): FaceLayout {
  const missing = new Set<number>();
  const clean = (p: EnvelopeParty): EnvelopeParty => {
    const fix = (s: string) => replaceMissingGlyphs(keepRegionTogether(typographRussian(s)), metrics, missing).trim();
    return { to: p.to.map(fix).filter(Boolean), where: p.where.map(fix).filter(Boolean), index: p.index, international: p.international, endsWithCountry: p.endsWithCountry };
  };
  const sender = clean(parties.sender);
  const recipient = clean(parties.recipient);
  const margin = h >= 150 ? 12 : 8;
  // Big envelopes (C5, C4) get larger handwriting-sized text, as a person would write on them.
  const scale = Math.min(1.35, Math.max(1, h / 114));
  const senderSize = 3.5 * scale;
  const recipientSize = 4.2 * scale;
  const warnings: PdfWarning[] = [];
  const items: LayoutItem[] = [];

  const postageX = w - POSTAGE.inset - POSTAGE.w;
  items.push({ kind: 'rect', x: postageX, y: POSTAGE.inset, w: POSTAGE.w, h: POSTAGE.h, width: 0.2, ink: 'blue', role: 'postage', dash: [1, 1] });
  const stampLabel = 'Место для марки';
  items.push({ kind: 'text', x: postageX + (POSTAGE.w - metrics.width(stampLabel, 2.2)) / 2, y: POSTAGE.inset + POSTAGE.h / 2 + 0.8, text: stampLabel, font: 'sans', size: 2.2, ink: 'blue', role: 'label' });

  // Sender: the upper-left quarter, clear of the postage area.
  const senderWidth = Math.min(w / 2 - margin - 4, postageX - margin - 6, 100);
  const s = fit(fieldsets(sender, ['От кого', 'Откуда']), senderWidth, senderSize, h / 2 - margin - 2, metrics, 'sender', indexBoxes(sender) !== null);
  items.push(...drawBlock(s.fields, s.broken, indexBoxes(sender), { x: margin, width: senderWidth, size: s.size, role: 'sender' }, margin, metrics));

  // Recipient: the lower-right quarter, below the postage area, bottom-aligned.
  const recipientX = Math.max(w / 2 + 4, w - margin - 125);
  const recipientWidth = w - margin - recipientX;
  const recipientTop = Math.max(h / 2 + 2, POSTAGE.inset + POSTAGE.h + 3);
  const r = fit(fieldsets(recipient, ['Кому', 'Куда']), recipientWidth, recipientSize, h - margin - recipientTop, metrics, 'recipient', indexBoxes(recipient) !== null);
  const rTop = Math.max(recipientTop, h - margin - blockHeight(r.broken, r.size, indexBoxes(recipient) !== null));
  items.push(...drawBlock(r.fields, r.broken, indexBoxes(recipient), { x: recipientX, width: recipientWidth, size: r.size, role: 'recipient' }, rTop, metrics));

  // Shrinking is worth a word only below the size used on the standard DL/C6 envelopes.
  for (const [block, res, start] of [['sender', s, 3.5], ['recipient', r, 4.2]] as const) {
    if (!res.fits) warnings.push({ code: 'envelope-text-overflow', params: { block, lines: res.broken.flat().length } });
    else if (res.size < start - 1e-9) warnings.push({ code: 'envelope-text-shrunk', params: { block, sizePt: Math.round((res.size * 72) / 25.4 * 10) / 10 } });
  }

  // The stencil is read by Russian sorting machines: only for a recipient in Russia.
  const stencilOrigin = { x: margin + 4, y: h - STENCIL_TOP_FROM_BOTTOM };
  if (!recipient.international) {
    items.push(stencilGuide(stencilOrigin));
    if (recipient.index && /^\d{6}$/.test(recipient.index)) items.push(...stencilDigits(recipient.index, stencilOrigin));
    else warnings.push({ code: 'envelope-postcode-missing', params: { block: 'recipient' } });
    const label = 'Индекс места назначения';
    items.push({ kind: 'text', x: stencilOrigin.x, y: stencilOrigin.y + STENCIL.cellHeight + 4, text: label, font: 'sans', size: 2.2, ink: 'blue', role: 'label' });
  }
  // A sender address left blank on purpose (the reply envelope's, for the prisoner to fill in) is no omission.
  const leftBlank = sender.where.length <= (sender.endsWithCountry ? 1 : 0);
  if (!sender.index && !sender.international && !leftBlank) warnings.push({ code: 'envelope-postcode-missing', params: { block: 'sender' } });

  if (missing.size > 0)
    warnings.unshift({ code: 'pdf-missing-glyphs', params: { codePoints: [...missing].sort((a, b) => a - b).map(codePointLabel), count: missing.size } });
  return { items, warnings, stencilOrigin };
}

/** Moves face items onto a larger sheet. */
export function shiftItems(items: LayoutItem[], dx: number, dy: number): LayoutItem[] {
  return items.map((it) => {
    if (it.kind === 'line') return { ...it, x1: it.x1 + dx, x2: it.x2 + dx, y1: it.y1 + dy, y2: it.y2 + dy };
    if (it.kind === 'path') return { ...it, segments: it.segments.map(([a, b, c, d]): [number, number, number, number] => [a + dx, b + dy, c + dx, d + dy]) };
    return { ...it, x: it.x + dx, y: it.y + dy };
  });
}
