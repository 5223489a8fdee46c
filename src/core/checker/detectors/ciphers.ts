import { allMatches } from '../matches.ts';
import { perSpelling, type Token } from '../tokenise.ts';
import type { Hit } from '../types.ts';
import type { DetectorInput } from './context.ts';

// Text the censor cannot read counts as cipher (103-FZ art. 20, УИК art. 91): shifted
// alphabets, strings of unexplained capitals (ЖДМ ТБ В ПТ), bare initials standing for people.

const VOWELS = 'аеёиоуыэюя';
// Letters rare in Russian (together about 6 % of text) that shifted alphabets produce in bulk.
const RARES = 'жзйфхцчшщ';
// Every word of a sentence is counted letter by letter: a table indexed by char code is the cheap way.
const CYR_BASE = 0x400;
const VOWEL = 1;
const RARE = 2;
const LETTER_KIND = new Uint8Array(0x100);
for (const ch of VOWELS) LETTER_KIND[ch.charCodeAt(0) - CYR_BASE] = VOWEL;
for (const ch of RARES) LETTER_KIND[ch.charCodeAt(0) - CYR_BASE] = RARE;
// Abbreviations any Russian reader knows; they explain themselves.
const COMMON = new Set(
  ('егэ огэ мфц тз тп то ттх кпд тех жкх мгу спбгу рж рфд ржд тв рф ссср сша вуз загс гибдд гаи мвд мчс пдд дтп нии ран ооо ип ао зао оао тц жк дк мкад вднх ' +
    'цска смс пк ит ии орви орз лфк мрт кт узи экг ссср фсин уфсин гуфсин онк фсб фбк свo сво сизо шизо пкт епкт ик лиу кп удо ук упк уик ' +
    'ес оон нато впк вов впр оге гто мид фнс пфр сбер втб мтс рэш вшэ мфти мгимо фгос дз вк тг ок нг др пс пж спб ло мо нн нск екб ' +
    'рэп джаз рок мп мл кг км см мм чп бомж внж рвп инн снилс омс дмс ндфл жд рр ап ' +
    'гдр фрг юнеско фифа уэфа нхл кхл нба ввс вмс ббс вкп тасс рсфср кгб нквд цру фбр ' +
    'ппш ппс дшк свт птрд мтз ' +
    'тсж снт днт жск гск ндс пнд пмж вдв вмф цб гкб цкб гб птс стс нтв рбк тнт млн млрд тыс руб шт кпп бмв сбп мкд пвз вб лк ' +
    'дпнк квн чгк мхт цтк днк рнк гдз кр пр лр фз гк нк тк пфо цфо дфо сфо сзфо мск крд смп кт цдп цдт дкп мгтс вгтрк бк пм ' +
    'кб окб скб жэк жэу рэу дэз тюз мхат бдт цум гум бти пту фап црб мсч тэц гэс аэс мифи мэи мади мгу мгпу рггу ргу нгу тгу кфу урфу вшэ снг жбк нко сто рсчс дюсш сош доу мбоу гбоу мбдоу уфмс овир рпл фнл апл лч фк пфк мфк хк вхл мхл').split(' '),
);
// Short words that are not abbreviations when a sentence is written in capitals.
const SHORT_WORDS = new Set(
  ('все всё что как так нет где кто мне был вот для или еще ещё уже там тут они она оно его ее её мой моя твой наш ваш всех вас нас них ' +
    'под над при про без вам нам чем сам ну да не ни но то ты мы вы он по на за из от до во со ко об как так где тебя меня ждем ждём ' +
    'люблю жду очень будь был была было были ура ой эх ох ах ага угу мда').split(' '),
);

export function detectCiphers({ tokens, text }: DetectorInput): Hit[] {
  return [...shiftedSentences(tokens), ...shiftedWords(tokens), ...abbreviations(tokens), ...bareInitials(text), ...letterStrings(text), ...reversedWords(tokens)];
}

const VOWEL_POOR_WORDS = /^(?:здравств|чувств|государств|мужеств|свойств|хозяйств|отечеств|качеств|братств)/u;

interface LetterCounts {
  letters: number;
  vowels: number;
  rare: number;
}
const UNCOUNTED: LetterCounts = { letters: 0, vowels: 0, rare: 0 };

/** The letters of a word that count towards its sentence's mix, or UNCOUNTED. */
const lettersOf = perSpelling((t: Token): LetterCounts => {
  if (t.script !== 'cyr' || t.upper) return UNCOUNTED;
  const w = t.forms[0] ?? '';
  let v = 0;
  let r = 0;
  for (let k = 0; k < w.length; k++) {
    const kind = LETTER_KIND[w.charCodeAt(k) - CYR_BASE];
    if (kind === VOWEL) v++;
    else if (kind === RARE) r++;
  }
  // Greetings and a few common words are naturally poor in vowels (здравствуй, чувствую).
  return v * 3 >= w.length || !VOWEL_POOR_WORDS.test(w) ? { letters: w.length, vowels: v, rare: r } : UNCOUNTED;
});

/** A sentence with few vowels (Russian runs ~42 %) and many rare letters, as a shifted alphabet produces. */
function shiftedSentences(tokens: readonly Token[]): Hit[] {
  const hits: Hit[] = [];
  let i = 0;
  while (i < tokens.length) {
    const sentence = (tokens[i] as Token).sentence;
    let j = i;
    let letters = 0;
    let vowels = 0;
    let rare = 0;
    let words = 0;
    let unreadable = 0;
    while (j < tokens.length && (tokens[j] as Token).sentence === sentence) {
      const counts = lettersOf(tokens[j] as Token);
      if (counts !== UNCOUNTED) {
        letters += counts.letters;
        vowels += counts.vowels;
        rare += counts.rare;
        words++;
        if (counts.letters >= 3 && counts.vowels * 4 < counts.letters) unreadable++;
      }
      j++;
    }
    const v = vowels / letters;
    // A short sentence of real words heavy in ж, ш, ч, ф («Жвачку положить в шкаф») nears the mix too; a
    // shifted alphabet also leaves at least one word with under a quarter vowels, which real words have not.
    if (words >= 3 && letters >= 15 && unreadable > 0 && (v < 0.2 || (v < 0.32 && rare / letters > 0.2))) {
      hits.push({ category: 'code', severity: 'high', start: (tokens[i] as Token).start, end: (tokens[j - 1] as Token).end, rule: 'cipher-text' });
    }
    i = j;
  }
  return hits;
}

// One word in a shifted alphabet (Жзуйлфя) is too short for the sentence measure above. Russian
// words of six letters or more almost never have half rare letters with under a third vowels,
// nor (without a soft or hard sign, as in Гданьск) seven letters with under 15 % vowels; a shift
// of a few places produces one or the other in about a third of words.
const unreadable = perSpelling((t: Token): boolean => {
  const { letters, vowels, rare } = lettersOf(t);
  if (letters < 6) return false;
  const w = t.forms[0] ?? '';
  return (rare >= 3 && rare >= letters * 0.5 && vowels <= letters * 0.3) || (letters >= 7 && vowels <= letters * 0.15 && !/[ьъ]/u.test(w));
});

function shiftedWords(tokens: readonly Token[]): Hit[] {
  return tokens.filter(unreadable).map((t) => ({ category: 'code' as const, severity: 'medium' as const, start: t.start, end: t.end, rule: 'cipher-word' }));
}

/** Capital letters without vowels (ЖДМ, ПЛН) that are not common abbreviations. */
function abbreviations(tokens: readonly Token[]): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.upper || t.script !== 'cyr') continue;
    const w = t.forms[0] ?? '';
    if (w.length > 5 || COMMON.has(w) || SHORT_WORDS.has(w)) continue;
    // With a vowel it may be a shouted word (ТАМ, БРАТ); a vowel-less group cannot be read aloud.
    if (/[аеёиоуыэюя]/iu.test(w)) continue;
    if (isWorkplace(w, tokens[i - 1]) || isCenturyNumeral(w, tokens[i + 1])) continue;
    hits.push({ category: 'code', severity: 'medium', start: t.start, end: t.end, rule: 'unexplained-abbreviation' });
  }
  return hits;
}

// A plant or works is named by its initials ending in «завод» or «(металлургический) комбинат»
// (ЧТЗ, КМЗ, ММК, НЛМК): «на ЧТЗ», «с НЛМК», «от ЗСМК» is where someone works, not a code name.
const WORKPLACE_END = /(?:з|мк)$/u;
const WORKPLACE_BEFORE = new Set(['на', 'с', 'со', 'от']);

function isWorkplace(word: string, before: Token | undefined): boolean {
  return word.length >= 3 && WORKPLACE_END.test(word) && before !== undefined && WORKPLACE_BEFORE.has(before.forms[0] ?? '');
}

// A Roman numeral typed with the Cyrillic Х before «век» (ХХ век, ХХI — the I is Latin) is a date.
function isCenturyNumeral(word: string, after: Token | undefined): boolean {
  return /^х{1,3}$/u.test(word) && after !== undefined && (after.forms[0] ?? '').startsWith('век');
}

// Capitalised at a sentence start, these are not surnames before an initial.
const FUNCTION_WORD = /(?:^|[^\p{L}])(?:про|у|от|с|со|к|для|и|а|но|о|об|при|за|на|без|через|или|вот|это|как|что|где|если|когда|пусть|даже)\s*$/iu;

const SIGNED_INITIALS = /^(?:\s*(?:,|и)\s*[А-ЯЁ]\.)+[ \t]*(?:\n|$)/u;
// Or right after a closing formula («Скучаем, С. и Д.», «Ваши Н. и П.»), wherever the line goes on.
const CLOSING = /(?:^|[^\p{L}])(?:обнима\p{L}*|целу\p{L}*|скуча\p{L}*|жд[её]м|любим|тво(?:и|я|й)|ваш(?:и|а)|с любовью|держись|до встречи)[\s,]*$/iu;
const JOINED_INITIAL = /^\s*(?:,|и)\s*[А-ЯЁ]\./u;

/** Initials with no surname (Н. П. просил передать…) hide who is meant; a signature at the end is fine. */
function bareInitials(text: string): Hit[] {
  const hits: Hit[] = [];
  // The look-behind stands after the capital (the one before it is no letter), not before it, so
  // the engine skips ahead to capitals instead of trying every position (also below).
  const re = /[A-ZА-ЯЁ](?<![A-Za-zА-Яа-яЁё.].)\.\s?[A-ZА-ЯЁ]\.(?=\s+[a-zа-яё]|\s*[:,—–])/g;
  for (const m of allMatches(re, text)) {
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    if (/[A-ZА-ЯЁ][a-zа-яё]+\s*$/.test(before) && !/[.!?]\s*[A-ZА-ЯЁ][a-zа-яё]+\s*$/.test(before)) continue;
    hits.push({ category: 'code', severity: 'medium', start: m.index, end: m.index + m[0].length, rule: 'bare-initials' });
  }
  // One initial inside a sentence (про Г. ничего не слышно, а С. сказал) hides a person just as well.
  const single = /[А-ЯЁ](?<![\p{L}\d.].)\.(?=\s+[а-яё]|\s*[,:—–])/gu;
  for (const m of allMatches(single, text)) {
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    const after = text.slice(m.index + 2, m.index + 6);
    // A surname before it (Иванов И.), a second initial (Н. П.), «Т. е.» and a sentence-initial capital are something else.
    if ((/[A-ZА-ЯЁ][a-zа-яё]+\s*$/.test(before) && !FUNCTION_WORD.test(before)) || /[А-ЯЁ]\.\s?$/.test(before) || /^\s?[А-ЯЁ]\./.test(after)) continue;
    if (/^\s*[екдпн]\./u.test(after) || /(?:^|[.!?]\s*)$/.test(before)) continue;
    // A joint sign-off («Обнимаем, К. и А.»): initials joined by «и» or commas end the line — a signature.
    const rest = text.slice(m.index + 2, m.index + 40);
    if (SIGNED_INITIALS.test(rest) || (CLOSING.test(before) && JOINED_INITIAL.test(rest))) continue;
    hits.push({ category: 'code', severity: 'medium', start: m.index, end: m.index + 2, rule: 'bare-initials' });
  }
  return hits;
}

/** Four or more single capital letters in a row (Б В Г Д М Л Ю): an alphabet game or the first letters of a hidden message. */
function letterStrings(text: string): Hit[] {
  const re = /[А-ЯЁ](?<![\p{L}\d.].)(?:[ \t]+[А-ЯЁ]){3,}(?![\p{L}\d.])/gu;
  return allMatches(re, text).map((m) => ({
    category: 'code' as const,
    severity: 'high' as const,
    start: m.index,
    end: m.index + m[0].length,
    rule: 'cipher-text',
  }));
}

// Words a writer is likely to hide by spelling them backwards (юлбюл ябет = люблю тебя).
const REVERSIBLE = new Set(
  ('люблю тебя тебе меня жду целую скучаю обнимаю деньги деньгах телефон симку свобода свободу помощь помоги беги побег ' +
    'адвокат следователь суд срок нож мама папа жив живой держись привет пока вышли пришли скоро').split(' '),
);
// The same words spelled backwards, so a token is looked up without reversing it.
const REVERSED = new Set([...REVERSIBLE].map((w) => [...w].reverse().join('')));

// A word that is itself on the list (a palindrome) reads the same both ways and hides nothing.
const readsBackwards = perSpelling((t: Token): boolean => {
  const w = t.forms[0] ?? '';
  return t.script === 'cyr' && w.length >= 3 && REVERSED.has(w) && !REVERSIBLE.has(w);
});

/** Two or more consecutive words that read as common words backwards. */
function reversedWords(tokens: readonly Token[]): Hit[] {
  const hits: Hit[] = [];
  let run: Token[] = [];
  const flush = () => {
    if (run.length >= 2) {
      const first = run[0] as Token;
      const last = run[run.length - 1] as Token;
      hits.push({ category: 'code', severity: 'high', start: first.start, end: last.end, rule: 'cipher-text' });
    }
    if (run.length) run = [];
  };
  for (const t of tokens) {
    const prev = run[run.length - 1];
    if (prev && prev.sentence !== t.sentence) flush();
    if (readsBackwards(t)) run.push(t);
    else flush();
  }
  flush();
  return hits;
}
