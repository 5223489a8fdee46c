// Where a letter ends with its own closing or signature, so that nothing is
// added twice, and what to add when it does not (issue 12: no hidden sign-off).

// Closings that end a Russian letter on their own («С уважением,», «Обнимаю!»).
const STRONG = /^(?:с уважением|с (?:теплом|любовью|надеждой|благодарностью|поддержкой|наилучшими|добрыми|самыми|приветом)|тепло обнимаю|обнимаю|крепко (?:обнимаю|жму)|целую|всего (?:вам |тебе )?(?:доброго|хорошего|самого)|до (?:свидания|встречи|скорого|связи)|жду (?:ответа|письма|вестей|новостей|Вашего|вашего|твоего)|искренне|берегите себя|будьте здоровы)(?=[\s,.!…]|$)/i;
// Words that close a letter only when a name follows («Ваш Андрей», «Держитесь!⏎Мария»).
const WEAK = /^(?:ваш|ваша|твой|твоя|ваши|держитесь|удачи|пока|на связи|мысленно с вами|с вами)(?=[\s,.!…]|$)/i;
const SIGNER = /^(?:искренне\s+)?(?:ваш|ваша|твой|твоя)(?:\s+(?:друг|подруга))?\s+/i;
// A capitalised word («Мария», «Анна-Мария», «O’Neil») or an initial («П.»).
const NAME_WORD = /^[A-ZА-ЯЁ](?:[a-zа-яё'’]+(?:-[A-ZА-ЯЁ]?[a-zа-яё'’]+)*|\.)$/u;
// Single words that end letters or start sentences, never a signature.
const NOT_A_NAME = /^(?:жду|спасибо|пока|целую|обнимаю|держитесь|удачи|привет|здравствуйте|пишите|всё|все|до|вот)$/i;

const MAX_CLOSING_LINE = 60;
const MAX_CLOSING_LINES = 4;

/** A line short enough, and of one phrase, to belong to a closing. */
// A full stop ends a sentence only after a word, not after an initial («М. П.»).
const short = (line: string) => line.length <= MAX_CLOSING_LINE && !/(?:[!?…]|[^\s.]{2}\.)\s+\S/u.test(line);

/** «Мария», «Маша П.», «Anna Schmidt», «Ваш Андрей»: a line that is only a name (a signature). */
export function isSignatureLine(line: string): boolean {
  const rest = line.trim().replace(SIGNER, '').replace(/!$/, '');
  if (!rest || rest.length > 40) return false;
  const words = rest.split(/\s+/);
  if (words.length > 4 || !words.every((w) => NAME_WORD.test(w))) return false;
  // A single closing word written without punctuation («Обнимаю») is not a name.
  return !(words.length === 1 && (STRONG.test(rest) || WEAK.test(rest) || NOT_A_NAME.test(rest)));
}

/** «Всего доброго, Маша»: a name after the last comma of a closing line. */
const signedInline = (line: string) => {
  const i = line.lastIndexOf(',');
  return i > 0 && isSignatureLine(line.slice(i + 1));
};

export interface ClosingFound {
  /** How many of the last lines form the closing (0: none). */
  lines: number;
  /** Whether the closing ends with the writer's name. */
  signed: boolean;
}

/**
 * Looks at the last few lines (each a line as typed) for a closing: closing
 * phrases, a name, or both («С теплом,⏎Мария», «Обнимаю!», «Держитесь!⏎Мария»,
 * «Всего доброго, Маша»).
 */
export function findClosing(lines: readonly string[], signature?: string | null): ClosingFound {
  const n = lines.length;
  const last = lines[n - 1]?.trim() ?? '';
  const own = signature?.trim().split(/\s+/)[0]?.toLowerCase();
  const nameAtEnd = isSignatureLine(last) || (!!own && own.length > 1 && short(last) && last.toLowerCase().split(/[\s,]+/).includes(own));
  let start = n;
  for (let i = n - 1; i >= Math.max(0, n - MAX_CLOSING_LINES); i--) {
    const line = (lines[i] ?? '').trim();
    if (!short(line)) break;
    const closes = STRONG.test(line) || (WEAK.test(line) && nameAtEnd) || (i === n - 1 && nameAtEnd);
    if (!closes) break;
    start = i;
  }
  const count = n - start;
  return { lines: count, signed: count > 0 && (nameAtEnd || signedInline(last)) };
}

/** All lines of a text as typed, blank ones dropped. */
const linesOf = (text: string) =>
  text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .filter(Boolean);

/**
 * The sign-off Konvert would add below the writer's text, exactly as it will
 * print, or null when the letter already ends with one. A closing without a
 * name («Обнимаю!») gets only the name; a letter with no closing gets
 * «Всего Вам доброго!⏎<name>»: warm, yet polite to a stranger (three native
 * reviews found «С уважением,» an office letter's closing). Null too when the
 * writer's name is unknown.
 * The editor shows this text and the checker reads it (issue 12).
 */
/** The closing line Konvert adds when the letter has none. */
export const ADDED_CLOSING = 'Всего Вам доброго!';

export function signatureToAdd(body: string, signature: string | null | undefined): string | null {
  const name = signature?.replace(/\s+/g, ' ').trim();
  if (!name) return null;
  const lines = linesOf(body);
  if (lines.length === 0) return null;
  const closing = findClosing(lines, name);
  if (closing.signed) return null;
  return closing.lines > 0 ? name : `${ADDED_CLOSING}\n${name}`;
}
