import type { Address } from '../address/index.ts';
import { greetingFor, recipientLine } from './parties.ts';
import { splitParagraphs, type Letter } from './types.ts';

const CLOSINGS = /^(с уважением|с теплом|обнимаю|всего доброго|всего хорошего|до свидания|жду ответа|ваш|ваша|твой|твоя|крепко)/i;
const GREETINGS = /^(здравствуй|добрый|доброго|привет|дорог|уважаем)/i;

/** "Здравствуйте, Андрей Альбертович! Пишу вам…" → the greeting up to "!" and the rest. */
function splitGreeting(paragraph: string): { greeting: string; rest: string } {
  if (paragraph.length <= 80 && !/[!.?]\s+\S/.test(paragraph)) return { greeting: paragraph, rest: '' };
  const m = /^(.{1,80}?!)\s+(\S[\s\S]*)$/.exec(paragraph);
  return m ? { greeting: m[1] as string, rest: m[2] as string } : { greeting: '', rest: paragraph };
}

export interface ComposeInput {
  body: string;
  address: Address;
  /** How the writer signs: "Мария Петрова". */
  signature: string;
  /** ISO date (YYYY-MM-DD) or a Date. */
  date: string | Date;
  /** The writer's own form of the recipient line, when they corrected the declined name. */
  recipientLine?: string;
}

/**
 * A letter ready to lay out. The writer's own greeting and closing win over the
 * generated ones, and a greeting run into the first paragraph ("Здравствуйте,
 * Андрей! Пишу…") is split off, so the page never greets twice.
 */
export function composeLetter(input: ComposeInput): Letter {
  const paragraphs = splitParagraphs(input.body);
  const first = paragraphs[0] ?? '';
  const ownGreeting = GREETINGS.test(first) ? splitGreeting(first) : null;
  const last = paragraphs[paragraphs.length - 1] ?? '';
  const ownClosing = CLOSINGS.test(last) && last.length <= 120;
  const body = ownGreeting ? [ownGreeting.rest, ...paragraphs.slice(1)].filter(Boolean) : paragraphs;
  return {
    date: input.date,
    recipientLine: input.recipientLine ?? recipientLine(input.address),
    greeting: ownGreeting ? ownGreeting.greeting : greetingFor(input.address),
    paragraphs: body,
    signature: ownClosing || !input.signature ? [] : ['С уважением,', input.signature],
  };
}
