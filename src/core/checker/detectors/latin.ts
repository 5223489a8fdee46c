import english from '../../../data/rules/english-common.json';
import names from '../../translit/names.json';
import { cyrillicNames, translit } from '../../translit/index.ts';
import { boundedMemo } from '../memo.ts';
import type { Token } from '../tokenise.ts';
import type { Hit } from '../types.ts';
import { insideAny, type DetectorInput } from './context.ts';

// Letters not wholly in Russian are often stopped (Memorial processes only Russian
// letters; УИК art. 91 lets foreign-language letters take 7 days for translation).
// One Latin brand name is a hint; a Latin phrase or transliterated Russian is not.

const TRANSLIT = new Set(
  ('privet poka spasibo lyublyu lublu lyubyu tebya tebe menya skuchayu skuchaem zhdu zhdem zhdyom obnimayu tseluyu celuyu ' +
    'kak dela ochen khorosho horosho ya ty my vse vsyo svobode svoboda chto eto sud advokat dorogoy dorogaya lyubimy lyubimyi ' +
    'derzhis budet govorit segodnya zavtra vchera mama papa nas vas nikogda vsegda pishi napishi druzya moy moya tvoy tvoya ' +
    'slava ukraini ukrayini geroyam brat bratan bratishka sestra sestrenka drug druzhishche derzhites vsem skoro uvidimsya obnimaem ' +
    'spokoynoy nochi dobroe utro privetik zhivi zhivy vernis net voyne voine mir miru').split(' '),
);
// Everyday words of greetings, thanks and love in the languages writers use most.
const EVERYDAY = new Set(
  ('dank danke vielen herzlichen liebe lieber gute guten tag morgen nacht merci beaucoup bonjour bonsoir bonne chance amour ami amie mon ma ' +
    'gracias hola amigo amiga buenas buenos noches dias adios grazie ciao amore caro cara buona thank thanks love miss hello hi bye good luck ' +
    'dear darling sorry please kiss kisses hugs best wishes dziekuje kocham ' +
    // Greetings and sign-offs writers abroad add in their own language.
    'cześć czesc buziaki pozdrawiam pozdrowienia serdecznie dziękuję kochany kochana salut bisous bises gros câlins amitiés ' +
    'terveisin moi hei kiitos halusin hallo herzliche grüße grüsse gruesse tschüss tschüs liebste cheers ta xx xoxo ' +
    'saludos besos abrazos querido querida obrigado obrigada beijos tack hej kram hälsningar groetjes doei ' +
    'arigato arigatou sayonara konnichiwa ganbatte matane shalom toda wassup sup yo dude bros hey').split(' '),
);

// Conventional abbreviations written in Latin letters even in Russian text.
const ALLOWED = new Set(['p', 's', 'ps', 'pps', 'ok', 'okay', 'wi', 'fi', 'wifi', 'sms', 'tv', 'dvd', 'usb', 'id', 'pdf', 'e', 'mail', 'email']);

// Common English words (src/data/rules/english-common.json): one of them inside a Russian
// sentence («deadline по книге перенесли») is a foreign word, not a brand or a name.
const COMMON_ENGLISH = new Set(english.words);
// Lower-case brands and services writers mention in passing; a hint at most.
const BRANDS = new Set(
  ('youtube telegram whatsapp viber zoom skype google yandex instagram facebook tiktok vk netflix spotify android windows linux iphone ipad ' +
    'macbook excel powerpoint word chatgpt wildberries ozon avito covid http https html java python gmail ' +
    'apple samsung microsoft sony nintendo playstation xbox nike adidas ikea lego tesla bmw audi toyota honda mercedes volkswagen huawei xiaomi zara uniqlo ' +
    // More brands and services, so that a capitalised Latin word left alone can be read as a name or a word.
    'booking airbnb uber steam discord twitch duolingo coursera wikipedia reddit amazon ebay aliexpress paypal visa mastercard revolut starbucks ' +
    'mcdonalds kfc pepsi lidl aldi rewe mango lacoste puma reebok canon nikon intel nvidia lenovo asus acer philips bosch siemens skoda kia hyundai ' +
    'nissan mazda lada volvo renault peugeot ford opel porsche ferrari boeing airbus aeroflot ryanair lufthansa flixbus blablacar glovo wolt bolt ' +
    'tinder slack notion figma github gitlab jira trello miro canva photoshop dota minecraft fortnite roblox genshin deezer shazam soundcloud kindle ' +
    'storytel bookmate marvel disney pixar hbo okko kinopoisk megogo yandex sber tinkoff alfa raiffeisen wildberries lamoda sberbank vkusvill').split(' '),
);
// Transliterated mat (blyat, pizdec, nahuy…): foreign and obscene at once.
const TRANSLIT_MAT = /^(?:bl[yj]a[dt]?\w*|bljat\w*|pi[zs]d\w*|na[hx]u[iyj]\w*|[hx]u[iyj]\w*|[hx]uinya|zaeb\w*|[jy]?eba[lnt]\w*|mudak\w*|pid[oa]r\w*|[oa][hx]ue\w*|s[uo]{1,2}k[aiu]|suchk\w*|gandon\w*)$/;

const ASCII_LETTER = /[A-Za-z]/;

export function detectLatin({ text, tokens, contactSpans }: DetectorInput): Hit[] {
  // Only a word with a Latin letter (A–Z) is Latin script: most paragraphs have none.
  if (!ASCII_LETTER.test(text)) return [];
  const hits: Hit[] = [];
  let group: Token[] = [];
  // Sentences with any word that is not Latin: a Latin name inside one is a name; a sentence
  // wholly in Latin letters («Tomek», «Cheers, Tom») is written in another language.
  const mixed = new Set<number>();
  for (const t of tokens) if (t.script === 'cyr' || t.script === 'mixed') mixed.add(t.sentence);
  const flush = () => {
    if (group.length) hits.push(...judge(group, text, !mixed.has((group[0] as Token).sentence)));
    group = [];
  };
  for (const t of tokens) {
    if (t.script === 'num' && group.length) continue;
    // {placeholders} of letter templates are filled in before sending, so they are not foreign text.
    const placeholder = text[t.start - 1] === '{' || text[t.end] === '}';
    if (t.script !== 'lat' || placeholder || insideAny(contactSpans, t.start, t.end)) {
      flush();
      continue;
    }
    const prev = group[group.length - 1];
    if (prev && (prev.sentence !== t.sentence || /[\p{Script=Cyrillic}\n]/u.test(text.slice(prev.end, t.start)))) flush();
    group.push(t);
  }
  flush();
  return hits;
}

// First names and places the app's own name speller knows (src/core/translit/names.json).
const FIRST_NAMES = new Set(Object.keys(names.names));
const PLACES = new Set(Object.keys(names.places));
function isName(words: readonly Token[]): boolean {
  const lower = words.map((t) => t.raw.toLowerCase());
  return FIRST_NAMES.has(lower[0] ?? '') || BRANDS.has(lower[0] ?? '') || PLACES.has(lower.join(' ')) || lower.every((w) => PLACES.has(w));
}

// The converters fold the text key by key; a letter's Latin passages repeat on every keystroke.
const inCyrillic = boundedMemo(2_000, translit);
// Known names (Masha → Маша) where there are any, otherwise the plain conversion.
const asNameInCyrillic = boundedMemo(2_000, (passage) => cyrillicNames(passage) ?? inCyrillic(passage));

const SAID = 'говорят|говорю|здороваются|прощаются|благодарят|чокаются|желают|поздравляют|отвечают|пьют|кричат|называют';
const CITED_AFTER = new RegExp(`^[!,]?\\s*(?:[—–-]\\s*)?(?:так\\s+(?:(?:тут|здесь|у\\s+них)\\s+)?(?:${SAID})|(?:тут|здесь)\\s+так|(?:${SAID})(?!\\s*,)|значит|означает|переводится|это\\s+«|(?:перв|главн|любим|нов)\\p{L}*\\s+слово)`, 'iu');
// «Немецкий — язык для злых: Eichhörnchen — это белочка»: a word defined right after a language is named.
const LANGUAGE_BEFORE = /(?:язык|слов[оа]|немецк|английск|французск|испанск|итальянск|польск|чешск|финск|шведск|норвежск|турецк|сербск|хорватск|венгерск|португальск|латыни|латинск|иврит|по-\p{L}+ски)\p{L}*[^.!?\n]*$/iu;
const DEFINED_AFTER = /^\s*[—–-]\s*это\s/u;
const DIGIT = /\d/;
const gluedToDigit = (t: Token, text: string) => DIGIT.test(t.raw) || DIGIT.test(text.charAt(t.start - 1)) || DIGIT.test(text.charAt(t.end));

function judge(group: Token[], text: string, wholeSentence: boolean): Hit[] {
  // A code of letters and digits (a tracking number RA644000191RU, a flight SU1234) is no word of any language.
  const words = group.filter((t) => (t.raw.length > 1 || /^[aiAI]$/.test(t.raw)) && !gluedToDigit(t, text));
  const meaningful = words.filter((t) => !ALLOWED.has(t.forms[0] ?? ''));
  if (meaningful.length === 0) return [];
  const first = group[0] as Token;
  const last = group[group.length - 1] as Token;
  const span = { category: 'foreign' as const, start: first.start, end: last.end };
  // The app's own converter gives the fix: the writer sees (and can take) the Cyrillic.
  const passage = text.slice(first.start, last.end);
  const cyrillic = { replacement: inCyrillic(passage) };
  const mat = meaningful.filter((t) => TRANSLIT_MAT.test(t.forms[0] ?? ''));
  if (mat.length) return [{ ...span, ...cyrillic, severity: 'high', rule: 'translit' }, ...mat.map((t) => ({ category: 'obscene' as const, severity: 'high' as const, start: t.start, end: t.end, rule: 'mat' }))];
  const asName = { replacement: asNameInCyrillic(passage) };
  const translitWords = meaningful.filter((t) => TRANSLIT.has(t.forms[0] ?? '')).length;
  if (translitWords >= 2 || (translitWords === 1 && meaningful.length === 1) || looksTransliterated(meaningful)) {
    return [{ ...span, ...cyrillic, severity: 'high', rule: 'translit' }];
  }
  // A word the writer says people use where they live («Živeli! — так здесь чокаются», «Köszönöm, говорят
  // венгры») or defines («Eichhörnchen — это белочка») is that language, not a name or a brand (rounds 27, 29).
  const after = text.slice(last.end, last.end + 40);
  if (meaningful.length <= 3 && (CITED_AFTER.test(after) || (DEFINED_AFTER.test(after) && LANGUAGE_BEFORE.test(text.slice(Math.max(0, first.start - 60), first.start))))) return [{ ...span, ...inRussian(passage), severity: 'medium', rule: 'foreign-word' }];
  // One word is usually a brand or a name (iPhone); an everyday or common English word is a message.
  if (meaningful.length === 1 && !wholeSentence) {
    const word = meaningful[0] as Token;
    if (EVERYDAY.has(word.forms[0] ?? '')) return [{ ...span, ...inRussian(passage), severity: 'medium', rule: 'latin-word' }];
    const judged = foreignWord(word);
    const said = inRussian(passage);
    return [{ ...span, ...judged, ...(said.replacement ? said : word.cap ? asName : {}) }];
  }
  // Two or three capitalised words are usually a name (Harry Potter, New York), not a message,
  // unless they are everyday words of a greeting or thanks (Vielen Dank, Merci Beaucoup) or
  // stand in quotation marks: the dev corpus reads «Free Andrei» and «No war» as foreign text.
  const phrase = meaningful.some((t) => EVERYDAY.has(t.forms[0] ?? '')) || first.inQuote;
  // A line wholly in Latin letters is not a name in a Russian sentence but a line in another language.
  const names = meaningful.every((t) => t.cap) && meaningful.length <= 2 && !meaningful.some((t) => EVERYDAY.has(t.forms[0] ?? ''));
  if (wholeSentence) return [{ ...span, ...inRussian(passage, asName.replacement), severity: 'medium', rule: names ? 'latin-word' : 'latin-phrase' }];
  // A name is kept, but offered in Cyrillic as names are spelt (Jane → Джейн, not Яне). Two or
  // three capitalised words are a name when they start with a first name or make a place
  // (Harry Potter, New York); otherwise a title in English (Elden Ring, Bonfire Night) is English.
  if (meaningful.length >= 2 && meaningful.length <= 3 && meaningful.every((t) => t.cap) && !phrase && !isName(meaningful)) {
    return [{ ...span, ...asName, severity: 'medium', rule: 'latin-phrase' }];
  }
  if (meaningful.length <= 3 && meaningful.every((t) => t.cap) && !phrase) return [{ ...span, ...asName, severity: 'low', rule: 'latin-word' }];
  return [{ ...span, ...inRussian(passage), severity: meaningful.length >= 5 ? 'high' : 'medium', rule: 'latin-phrase' }];
}

// What writers abroad most often add in their own language, and how a Russian letter says it
// (review §25: "Sorry" → «Простите», "Stay strong" → «Держитесь!»). Longest first.
const IN_RUSSIAN: [RegExp, string][] = (
  [
    ['stay strong', 'Держитесь'], ['hang in there', 'Держитесь'], ['we are with you', 'Мы с Вами'], ["we're with you", 'Мы с Вами'], ['i miss you', 'Скучаю по Вам'],
    ['miss you', 'Скучаю'], ['love you', 'Люблю'], ['take care', 'Берегите себя'], ['see you soon', 'До скорой встречи'], ['good luck', 'Удачи'],
    ['best wishes', 'Всего доброго'], ['kind regards', 'С уважением'], ['happy birthday', 'С днём рождения'], ['happy new year', 'С Новым годом'],
    ['merry christmas', 'С Рождеством'], ['thank you', 'Спасибо'], ['vielen dank', 'Большое спасибо'], ['merci beaucoup', 'Большое спасибо'],
    ['herzliche grüße', 'С сердечным приветом'], ['liebe grüße', 'С приветом'], ['thanks', 'Спасибо'], ['danke', 'Спасибо'], ['merci', 'Спасибо'],
    ['gracias', 'Спасибо'], ['grazie', 'Спасибо'], ['dziękuję', 'Спасибо'], ['kiitos', 'Спасибо'], ['sorry', 'Простите'], ['hugs', 'Обнимаю'],
    ['love', 'Обнимаю'], ['kisses', 'Целую'], ['bisous', 'Целую'], ['buziaki', 'Целую'], ['xoxo', 'Целую'], ['hello', 'Здравствуйте'], ['hallo', 'Здравствуйте'],
    ['bonjour', 'Здравствуйте'], ['hola', 'Привет'], ['hi', 'Привет'], ['hey', 'Привет'], ['hei', 'Привет'], ['salut', 'Привет'], ['cześć', 'Привет'],
    ['ciao', 'Пока'], ['bye', 'До свидания'], ['cheers', 'Всего доброго'], ['terveisin', 'С приветом'],
  ] as const
).map(([en, ru]) => [new RegExp(`(?<![\\p{L}'])${en}(?![\\p{L}'])`, 'giu'), ru]);

/** The passage with the common phrases said in Russian and any names left spelt in Cyrillic. */
function inRussian(passage: string, fallback?: string): { replacement?: string } {
  // Forty-odd phrase patterns per Latin passage, on every keystroke: remembered like the converters.
  const said = saidInRussian(passage);
  if (said === passage) return fallback ? { replacement: fallback } : {};
  return { replacement: said };
}
const saidInRussian = boundedMemo(2_000, sayInRussian);

/**
 * The passage in Russian as far as it can be said, or the passage itself when nothing changed
 * (a passage has no Cyrillic, and any change puts some in, so the two cannot be confused).
 */
function sayInRussian(passage: string): string {
  let out = passage;
  for (const [re, ru] of IN_RUSSIAN) out = out.replace(re, ru);
  if (out === passage) return passage;
  return /[A-Za-z]/.test(out) ? (cyrillicNames(out) ?? out) : out;
}

// Spellings Russian typed in Latin letters has and English does not (zh, kh, shch, ya, yu; the
// endings -iy, -yy, -ogo, -aya, -yut…), and the reverse (th, wh, ck, -ing, -tion, w, q).
const RUSSIAN_SPELLING = /zh|kh|shch|sch|ya|yu|yo|iy$|yy$|ogo$|ego$|aya$|oye$|yye$|ykh$|ikh$|uyu$|yut$|yat$|ish'?$|esh'?$|'/u;
const ENGLISH_SPELLING = /th|wh|ck|oo|ee|ea|ou|igh|tion|ing$|ed$|ly$|w|q|x|c(?!h)/u;

/** Most words read as Russian in Latin letters and none as English: «Ya zhivu v Berline», «Privet, Andrei». */
function looksTransliterated(words: readonly Token[]): boolean {
  let russian = 0;
  let english = 0;
  for (const t of words) {
    const w = t.forms[0] ?? '';
    if (COMMON_ENGLISH.has(w) || EVERYDAY.has(w) || BRANDS.has(w)) english++;
    else if (TRANSLIT.has(w) || RUSSIAN_SPELLING.test(w)) russian++;
    else if (ENGLISH_SPELLING.test(w)) english++;
  }
  return russian >= 1 && english === 0 && (russian >= 2 || words.length >= 2);
}

function foreignWord(t: Token): { severity: 'medium' | 'low'; rule: string } {
  const word = t.forms[0] ?? '';
  if (COMMON_ENGLISH.has(word)) return { severity: 'medium', rule: 'foreign-word' };
  // A lower-case word that is no brand (overtime, deadline) is English in a Russian sentence;
  // iPhone, eBay (a capital inside) and capitalised words are names.
  // Letters of other Latin alphabets count too (živeli, teşekkürler, dziękuję): a lower-case word
  // is no name, and a toast or thanks in the writer's new country is a foreign language to the censor.
  const plain = /^(?:(?=\p{Ll})\p{Script=Latin}){4,}$/u.test(t.raw);
  if (plain && !BRANDS.has(word)) return { severity: 'medium', rule: 'foreign-word' };
  // A capitalised word that is no known brand is mostly a name signed or greeted in Latin letters
  // (Jane, Oma, Vanya): the censor cannot read it either, so it is offered in Cyrillic. Capitals
  // throughout (IKEA, PS) and a capital inside (iPhone) stay hints.
  return /^[A-Z][a-z]{2,}$/.test(t.raw) && !BRANDS.has(word) ? { severity: 'medium', rule: 'latin-word' } : { severity: 'low', rule: 'latin-word' };
}
