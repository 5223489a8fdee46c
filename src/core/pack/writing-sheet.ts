import { formatFullName } from '../names/index.ts';
import { transliterate } from '../address/transliterate.ts';
import { recipientLine } from '../letter/header.ts';
import type { FontMetrics } from '../pdf/font-metrics.ts';
import type { LayoutItem, LayoutPage } from '../pdf/layout-types.ts';
import { A4 } from '../pdf/units.ts';
import { PT, TextSetter } from './text-block.ts';
import type { PackOptions, PackPrisoner } from './types.ts';

/*
 * A4 writing sheet for one prisoner. The top strip is for the writer only, in their own
 * language: who the person is and where they are held. It is cut off along the dashed line
 * before sending, because a letter with anything but Russian in it is often stopped (DOMAIN.md
 * §2). On a busy evening someone forgets the scissors, so the strip holds nothing that harms
 * the letter if it goes out: no notes on the case, no source, no list of what not to write
 * (that is on the rules page; third native review, item 2). Below the line is the letter
 * itself: the recipient in the dative with the birth year, and ruled lines to write by hand.
 */
const MARGIN = { left: 20, right: 20, top: 16, bottom: 16 };
const HEADER_X = 105;
const LINE_PITCH = 9;
/** The blanks above the lines: a label and the length of its line, mm. */
export const LETTER_BLANKS: readonly (readonly [string, number])[] = [['Письмо №', 18], ['Дата', 32]];

/** A SIZO (or a unit working as one): the investigators may read letters there too. */
export function isPretrial(p: PackPrisoner): boolean {
  const a = p.address;
  return /^(?:СИЗО|ПФРСИ)/.test(a.institution ?? '') || /(?:СИЗО|следственн\S*\s+изолятор)/i.test(a.institutionFull ?? '');
}

function withLatin(text: string, latin: boolean): string {
  return latin && /[А-Яа-яЁё]/.test(text) ? `${text} (${transliterate(text, 'passport')})` : text;
}

export function layoutWritingSheet(p: PackPrisoner, opts: Pick<PackOptions, 't' | 'latinNames'>, fonts: { sans: FontMetrics; serif: FontMetrics }): { page: LayoutPage; missing: Set<number> } {
  const { t } = opts;
  const latin = opts.latinNames ?? false;
  const set = new TextSetter({ sans: fonts.sans, serif: fonts.serif });
  const width = A4.widthMm - MARGIN.left - MARGIN.right;
  const at = (y: number) => ({ x: MARGIN.left, y, width });
  const small = { font: 'sans' as const, size: 9 * PT, ink: 'blue' as const, role: 'label' as const };
  const note = { font: 'sans' as const, size: 10 * PT, ink: 'black' as const, role: 'label' as const };
  const a = p.address;
  const r = a.recipient;

  let y = MARGIN.top;
  y = set.paragraph(t('pack.sheet.forYou'), at(y), { ...note, size: 11 * PT }) + 1.5;
  const name = r ? formatFullName({ surname: r.surname ?? '', first: r.first, patronymic: r.patronymic }) : '';
  const who = [withLatin(name, latin), r?.birthYear ? t('pack.sheet.born', { year: r.birthYear }) : null].filter(Boolean).join(', ');
  y = set.paragraph(t('pack.sheet.who', { name: who }), at(y), { ...note, size: 12 * PT }) + 0.5;
  // "СИЗО-1, Барнаул (SIZO-1, Barnaul)": the type word of the town would only confuse in Latin letters.
  const place = [a.institution ?? a.institutionFull, a.locality].filter(Boolean).join(', ');
  if (place) y = set.paragraph(t('pack.sheet.where', { institution: withLatin(place, latin) }), at(y), note);
  // The rules page says what a SIZO means for the letter; here only that it is one.
  if (isPretrial(p)) y = set.paragraph(t('pack.sheet.pretrial'), at(y), small);

  // The cut line, with its label in the gap at the left.
  const cutY = y + 2;
  const label = t('pack.sheet.cut');
  const labelWidth = set.width(label, 'sans', 8 * PT);
  const items: LayoutItem[] = [
    { kind: 'line', x1: MARGIN.left + labelWidth + 3, y1: cutY, x2: A4.widthMm - 8, y2: cutY, width: 0.3, ink: 'blue', role: 'cut', dash: [2, 1.5] },
    { kind: 'line', x1: 8, y1: cutY, x2: MARGIN.left - 2, y2: cutY, width: 0.3, ink: 'blue', role: 'cut', dash: [2, 1.5] },
  ];
  set.paragraph(label, { x: MARGIN.left, y: cutY + 1, width: labelWidth + 1 }, { ...small, size: 8 * PT });

  // The letter: the recipient at the top right, as the printed letter has it, then lines to write on.
  const header = recipientLine(a).replace(/\u00a0/g, ' ');
  const headerEnd = set.paragraph(header, { x: HEADER_X, y: cutY + 14, width: A4.widthMm - MARGIN.right - HEADER_X }, { font: 'serif', size: 12 * PT, ink: 'black', role: 'header' });
  // The rules page asks writers to number their letters, so that the prisoner can tell one went
  // missing (fifth native review, low 21). The blanks are part of the Russian letter, so they are
  // in Russian whatever the writer's language, like «От кого» on the envelope. The signature has
  // no blank: it belongs where the letter ends, which on a long letter is not this page.
  const blankY = headerEnd + 6;
  let blankX = MARGIN.left;
  for (const [label, length] of LETTER_BLANKS) {
    set.paragraph(label, { x: blankX, y: blankY, width: width / 2 }, { font: 'sans', size: 10 * PT, ink: 'blue', role: 'label' });
    blankX += set.width(label, 'sans', 10 * PT) + 1.5;
    items.push({ kind: 'line', x1: blankX, y1: blankY + 3.4, x2: blankX + length, y2: blankY + 3.4, width: 0.15, ink: 'blue', role: 'rule' });
    blankX += length + 12;
  }
  let lineY = blankY + 3.4 + LINE_PITCH;
  for (; lineY <= A4.heightMm - MARGIN.bottom; lineY += LINE_PITCH) {
    items.push({ kind: 'line', x1: MARGIN.left, y1: lineY, x2: A4.widthMm - MARGIN.right, y2: lineY, width: 0.15, ink: 'blue', role: 'rule' });
  }
  return { page: { widthMm: A4.widthMm, heightMm: A4.heightMm, items: [...set.items, ...items] }, missing: set.missing };
}
