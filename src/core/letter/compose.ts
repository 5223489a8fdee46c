import type { Address } from '../address/index.ts';
import { findClosing, signatureToAdd } from './closing.ts';
import { recipientLine, runningHead } from './header.ts';
import { splitParagraphs, type Letter } from './types.ts';

const GREETING = /^(?:здравствуй|добрый|доброго|привет|дорог|уважаем|милая|милый)/i;

export interface LetterTextInput {
  /** What the writer typed in the editor. */
  body: string;
  /** How the writer signs ("Мария Петрова"); used only when the text does not end with a closing. */
  signature?: string | null;
  /** «Мой адрес для ответа: …» (returnAddressLine), when the writer wants it; null or absent for none. */
  returnAddress?: string | null;
}

/**
 * The one text of the letter below its header: the body as typed, then the
 * sign-off Konvert adds (if any, see signatureToAdd), then the return-address
 * line. The checker reads it, the PDF prints it and the F-pismo draft holds
 * it, so all three see the same words (issue 12).
 */
export function letterText(input: LetterTextInput): string {
  const body = input.body.replace(/\r\n?/g, '\n').trim();
  const added = signatureToAdd(body, input.signature);
  const signed = added ? `${body}\n${added}` : body;
  const returnAddress = input.returnAddress?.trim();
  return returnAddress ? `${signed}\n\n${returnAddress}` : signed;
}

export interface ComposeInput extends LetterTextInput {
  address: Address;
  /** ISO date (YYYY-MM-DD) or a Date. */
  date: string | Date;
  /** The writer's own form of the recipient line, when they corrected the declined name. */
  recipientLine?: string;
}

/** «Здравствуйте, Андрей Альбертович!» alone on the first line is set centred; a greeting run into the text stays in it. */
function takeGreeting(paragraphs: string[]): { greeting: string; rest: string[] } {
  const [first, ...others] = paragraphs;
  if (!first) return { greeting: '', rest: [] };
  const [line, ...more] = first.split('\n');
  if (!line || !GREETING.test(line) || line.length > 80 || /[.!?…]\s+\S/.test(line) || (more.length === 0 && others.length === 0))
    return { greeting: '', rest: paragraphs };
  return { greeting: line, rest: more.length > 0 ? [more.join('\n'), ...others] : others };
}

/** Removes the last `count` lines from the paragraphs and returns them. */
function takeLastLines(paragraphs: string[], count: number): string[] {
  const taken: string[] = [];
  while (taken.length < count && paragraphs.length > 0) {
    const lines = (paragraphs.pop() as string).split('\n');
    const keep = lines.length - (count - taken.length);
    taken.unshift(...lines.slice(Math.max(0, keep)));
    if (keep > 0) paragraphs.push(lines.slice(0, keep).join('\n'));
  }
  return taken;
}

/**
 * A letter ready to lay out: the header Konvert adds (recipient line, date)
 * and the letter text as typed, its closing lines set apart so they print on
 * the right. Nothing is added beyond letterText(input).
 */
export function composeLetter(input: ComposeInput): Letter {
  const text = letterText(input);
  const returnAddress = input.returnAddress?.trim() ?? '';
  const signedPart = returnAddress ? text.slice(0, text.length - returnAddress.length).trim() : text;
  const paragraphs = splitParagraphs(signedPart);
  const { greeting, rest } = takeGreeting(paragraphs);
  const lines = rest.flatMap((p) => p.split('\n'));
  const closing = takeLastLines(rest, Math.min(findClosing(lines, input.signature).lines, lines.length));
  const line = input.recipientLine ?? recipientLine(input.address);
  return {
    date: input.date,
    recipientLine: line,
    runningHead: runningHead(line),
    greeting,
    paragraphs: rest,
    closing,
    returnAddress,
  };
}
