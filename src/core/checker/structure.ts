import { allMatches } from './matches.ts';
// Sentences bound the context a rule looks at; quotation marks tell a book title
// («Прощай, оружие!») from a writer's own words.

export interface QuoteSpan {
  start: number;
  end: number;
  /** A title of a book, film or song: capitalised, with a cue such as «читаю», «фильм» just before. */
  title: boolean;
  /** Starts with a capital letter: a title or a name rather than a phrase of the writer's own. */
  capitalised: boolean;
}

const CLOSERS: Record<string, string> = { '«': '»', '„': '“', '“': '”', '"': '"' };
// A capitalised quotation is a title only after words that introduce one; otherwise it may
// be a slogan («Нет войне»), which the censor reads as the writer's own words.
const TITLE_CUE =
  /(?:книг|роман|повест|рассказ|фильм|кино|сериал|мультфильм|мультик|песн|альбом|спектакл|пьес|опер|балет|мюзикл|журнал|газет|стих|поэм|сказк|читал|читаю|чита|прочит|перечит|смотр|слуша|посмотр|пересматр|экранизац|постановк|выставк|картин|передач|шоу|показыва|показал|крутил|крутят|транслир|игр|групп|театр|глав|манг|аниме|комикс|трек|клип|стрим|называ(?:ет|ют|л)ся|называлась|называлось|называлис|названи|автор|прислать|прислала|прислал|пришлю|пришлём|пришлем|вышлю|высылаю|посылаю|отправил|отправила|отправлю|отправляю|купил|куплю)\p{L}*[\s,:—–-]*(?:\p{L}+[\s,—–-]+){0,3}$/iu;
// …or words right after it that name a genre («…» — фильм тяжёлый) or ask whether the reader knows it («…», читал?).
const TITLE_AFTER =
  /^[\s,:—–-]*(?:(?:\p{L}+\s+){0,2}(?:фильм|книг|книжк|роман|повест|сериал|спектакл|пьес|мультфильм|мультик|песн|альбом|рассказ|стихотворени)|(?:\p{L}+\s+)?(?:читал|читала|читали|смотрел|смотрела|смотрели)\s*\?)/iu;

export function quoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const openers = /[«„“"]/g;
  for (let m = openers.exec(text); m; m = openers.exec(text)) {
    const i = m.index;
    const closer = CLOSERS[m[0]] as string;
    // Quotations longer than a few lines are unbalanced marks, not quotes.
    const end = text.slice(i + 1, i + 301).indexOf(closer) + i + 1;
    if (end <= i) continue;
    const inner = text.slice(i + 1, end);
    const firstLetter = /\p{L}/u.exec(inner)?.[0] ?? '';
    const capitalised = firstLetter !== '' && firstLetter !== firstLetter.toLowerCase();
    const title = capitalised && (TITLE_CUE.test(text.slice(Math.max(0, i - 60), i)) || TITLE_AFTER.test(text.slice(end + 1, end + 61)));
    spans.push({ start: i, end: end + 1, title, capitalised });
    openers.lastIndex = end + 1;
  }
  return spans;
}

// Short words that end in a full stop without ending the sentence. A bare word of one or two
// letters is no longer enough: «ли.», «же.», «ха-ха.», «РФ.» end sentences in real letters, and a
// rule that then reached into the next sentence («…не мёрзнете ли. Целую Вас») raised false alarms.
const ABBREVIATIONS = new Set(
  'ул кв гг вв см ср ст им пр др пл км кг мл мм сб вс пн вт чт пт тт тыс руб коп обл стр тел мкр корп пос пгт млн млрд мин сек напр проч изд ред гл рис табл прим акад проф доц зам нач св пер просп наб'.split(' '),
);

function isAbbreviation(text: string, at: number): boolean {
  const before = /(\p{L}+)$/u.exec(text.slice(Math.max(0, at - 8), at))?.[1] ?? '';
  return before.length === 1 || ABBREVIATIONS.has(before.toLowerCase());
}

/**
 * Offsets where sentences start. A full stop ends a sentence when a capital or a new line follows
 * and the word before it is not an abbreviation (г., ул., Н.). A single full stop, «!» or «?»
 * before a small letter ends one too («её зовут Летов. как там», «привет!!! это лиза»): people
 * who write without capitals still write sentences. An ellipsis before a small letter does not.
 */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  const re = /([.!?…]+)["»”)]*\s+(?=["«„(]?([\p{L}\d]))|\n+/gu;
  for (const m of allMatches(re, text)) {
    const mark = m[1];
    const next = m[2];
    if (mark !== undefined && next !== undefined) {
      const small = next !== next.toUpperCase();
      if (small && mark !== '.' && !/^[!?]+$/.test(mark)) continue;
      if (mark.startsWith('.') && isAbbreviation(text, m.index)) continue;
    }
    starts.push(m.index + m[0].length);
  }
  return starts;
}
