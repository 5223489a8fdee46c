/*
 * Characters a reader cannot see but a program keeps: pasted from web pages, messengers and
 * word processors (zero-width spaces, direction marks, byte-order marks, soft hyphens), or
 * hostile (NUL and other control codes, bidi overrides that reorder what is shown). Before
 * text becomes PDF text, an F-pismo field or a parsed address, they are removed, or turned
 * into what they mean (a line separator is a line break). Everything here is one linear pass.
 */

/**
 * Format characters with no glyph: soft hyphen, Arabic letter mark, Mongolian vowel separator,
 * zero-width space and non-joiner, LRM/RLM, bidi embeddings and overrides (U+202A–E), word
 * joiner and invisible operators (U+2060–4), isolates and deprecated format controls
 * (U+2066–F), BOM / zero-width no-break space, interlinear annotation marks.
 * The zero-width joiner (U+200D) is not here: it holds emoji sequences together, and the PDF
 * writer drops it with them (glyph-coverage.ts).
 */
export const invisibleFormat = /[\u00AD\u061C\u180E\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]/gu;

/** C0 and C1 control codes other than tab and line feed (a carriage return is handled with line breaks). */
// eslint-disable-next-line no-control-regex -- matching control codes is the point
const controls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F]/gu;

/** A UTF-16 half without its other half: not a character; shown as U+FFFD. */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function isInvisibleFormat(cp: number): boolean {
  return (
    cp === 0xad ||
    cp === 0x61c ||
    cp === 0x180e ||
    cp === 0x200b ||
    cp === 0x200c ||
    cp === 0x200e ||
    cp === 0x200f ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x2064) ||
    (cp >= 0x2066 && cp <= 0x206f) ||
    cp === 0xfeff ||
    (cp >= 0xfff9 && cp <= 0xfffb)
  );
}

/** Line and paragraph separators that are not "\n": they mean a line break. */
export function isLineSeparator(cp: number): boolean {
  return cp === 0x2028 || cp === 0x2029 || cp === 0x85;
}

/**
 * Text as the writer sees it: invisible format characters and control codes gone, line breaks
 * as "\n" (CR LF, CR, NEL, U+2028; U+2029 is a paragraph: a blank line), tabs as spaces, lone
 * surrogates as U+FFFD.
 */
export function visibleText(text: string): string {
  return text
    .replace(loneSurrogate, '\uFFFD')
    .replace(/\r\n?|\u0085|\u2028/g, '\n')
    .replace(/\u2029/g, '\n\n')
    .replace(/\t/g, ' ')
    .replace(controls, '')
    .replace(invisibleFormat, '');
}

/** One line of a form field: visible text with every run of spaces and line breaks as one space. */
export function visibleField(text: string): string {
  return visibleText(text).replace(/\u200D/g, '').replace(/\s+/g, ' ').trim();
}
