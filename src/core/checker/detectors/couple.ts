import { allMatches } from '../matches.ts';
import type { Hit } from '../types.ts';

// A wife named by a woman, or a husband by a man, tells the censor (and everyone in the cell)
// that the writer is in a same-sex couple: "LGBT" has been "extremist" in Russia since
// 30.11.2023, and it can harm the person inside. The writer's gender is read from the letter
// itself (я написала / я написал, «твоя Лена»), so this looks at the whole text, not a paragraph.

// A word starts here: the letter before the one just read is no letter. Written after a word's
// first letter rather than as (?<![\p{L}]) before it, so the engine can skip ahead to that letter
// instead of trying every position of the whole letter (these patterns read the whole text).
const AT_WORD = String.raw`(?<!\p{L}.)`;
const FIRST_PERSON = /я(?<![\p{L}]я)\s+(?:(?:не|уже|так|очень|тоже|вчера|сегодня|сама|сам|ещё|еще|давно|недавно|наконец|только|сразу|снова|опять|даже|всегда|никогда|долго|здесь|и|всё|все|бы|тут|там|вот|тебе|вам|тебя|вас|ему|ей|его|её|ее|им|их|это)\s+){0,2}(\p{L}{2,}?)(лась|ла|лся|л)(?![\p{L}])/giu;
const STATE = /я(?<![\p{L}]я)\s+(?:так\s+|очень\s+|тоже\s+)?(рада|счастлива|готова|уверена|должна|благодарна|рад|счастлив|готов|уверен|должен|благодарен)(?![\p{L}])/giu;
const SIGNED = /(?:^|[\n.!?]\s*)(твоя|ваша|любящая|твой|ваш|любящий)\s+\p{Lu}\p{Ll}+\s*[.!]?\s*$/gmu;
const FEMININE_STATE = /а$/u;
const CALLED = /[Мм](?<![\p{L}].)еня\s+зовут\s+(\p{Lu}\p{Ll}+)(?![\p{L}])/gu;
// The writer introducing herself at a sentence's start: «Я Соня, учусь…», «Это Лиза, мы с тобой…»,
// «Пишет Вам Оксана из Смоленска» (a name followed by a comma, a dash or «из»).
const INTRODUCED = /(?:^|[.!?\n]\s*)(?:Я|Это|Пишет(?:\s+(?:Вам|вам|тебе))?)\s+(\p{Lu}\p{Ll}+)(?=\s*[,—–-]|\s+из\s)/gu;

/**
 * A given name's gender from its nominative, only where the ending tells: -а/-я is a woman's unless a
 * man's short name (Дима, Ваня; Саша, Женя are either). A consonant does not: Клэр, Мэри, Ингрид.
 */
function nameGender(name: string): 'f' | 'm' | undefined {
  const w = name.toLowerCase();
  return /[ая]$/u.test(w) ? instrumentalGender(`${w.slice(0, -1)}${w.endsWith('я') ? 'ей' : 'ой'}`) : undefined;
}

type Gender = 'f' | 'm';

/** The gender most signs point to (each sign counts its weight); none on a tie. */
function majority(signs: Iterable<readonly [Gender, number]>): Gender | undefined {
  let f = 0;
  let m = 0;
  for (const [g, weight] of signs) {
    if (g === 'f') f += weight;
    else m += weight;
  }
  if (f > m) return 'f';
  if (m > f) return 'm';
  return undefined;
}

// Signs shared by the writer and the addressee: a past-tense verb's ending (я написала, ты писал)
// and a short adjective of state (я рада, ты готов), one point each.
const pastSigns = (pattern: RegExp, text: string) => allMatches(pattern, text).map((x) => [x[2] === 'ла' || x[2] === 'лась' ? 'f' : 'm', 1] as const);
const stateSigns = (pattern: RegExp, text: string) => allMatches(pattern, text).map((x) => [FEMININE_STATE.test(x[1] ?? '') ? 'f' : 'm', 1] as const);

function writerGender(text: string): Gender | undefined {
  return majority([
    ...pastSigns(FIRST_PERSON, text),
    ...stateSigns(STATE, text),
    // «Меня зовут Настя»: a given name in the nominative (Саша, Женя: either), two points.
    ...[...allMatches(CALLED, text), ...allMatches(INTRODUCED, text)].flatMap((x) => {
      const g = nameGender(x[1] ?? '');
      return g ? [[g, 2] as const] : [];
    }),
    ...allMatches(SIGNED, text).map((x) => {
      const word = (x[1] ?? '').toLowerCase();
      return [/я$/u.test(word) || word === 'ваша' ? 'f' : 'm', 2] as const;
    }),
  ]);
}

function addresseeGender(text: string): Gender | undefined {
  return majority([
    ...allMatches(GREETING, text).map((x) => [(x[1] ?? '').toLowerCase() === 'ая' ? 'f' : 'm', 2] as const),
    ...pastSigns(YOU_PAST, text),
    ...stateSigns(YOU_STATE, text),
  ]);
}

// Partner nouns, each with its case forms (a fiancée and a «молодой человек» are partners too).
const WIFE_NOUN = String.raw`(?:жена|жене|женой|жену|супруга|супруге|супругой|супругу|женушк\p{L}*|жёнушк\p{L}*|девушка|девушкой|девушке|девушку|невеста|невесте|невестой|невесту|невесты)`;
const HUSBAND_NOUN = String.raw`(?:муж|мужем|мужу|мужа|муже|супруг|супругом|супругу|супруга|супруге|мужчина|мужчиной|мужчине|мужчину|парень|парнем|парню|парня|парне|жених|женихом|жениху|жениха|женихе|молод(?:ой|ым|ому|ого|ом)\s+человек(?:ом|у|а|е)?)`;
// «живу с девушкой», «живу здесь с мужем»: the writer's own partner without a possessive.
const LIVE_WITH = String.raw`ж${AT_WORD}иву\s+(?:(?:здесь|тут|теперь|сейчас|уже|давно|вместе)\s+){0,2}с\s+`;
const WIFE = new RegExp(String.raw`(?:м${AT_WORD}(?:оя|оей|ою|оею)\s+${WIFE_NOUN}|м${AT_WORD}ы\s+с\s+(?:женой|супругой|женушкой|жёнушкой|невестой)|${LIVE_WITH}(?:девушкой|женой|супругой|невестой))(?![\p{L}])`, 'giu');
const HUSBAND = new RegExp(String.raw`(?:м${AT_WORD}(?:ой|оим|оему|оего|оём|оем)\s+${HUSBAND_NOUN}|м${AT_WORD}ы\s+с\s+(?:мужем|супругом|женихом)|${LIVE_WITH}(?:мужем|парнем|супругом|женихом))(?![\p{L}])`, 'giu');
// «живу со своей девушкой», «мы со своим парнем»: «свой» is the subject's, so only after the writer
// as subject (я, мы, or a verb in the first person) in the same clause — «дочка со своим женихом» is the daughter's.
const SELF = String.raw`(?:я|мы|живу|живём|живем|встречаюсь|встречаемся|сплю|езжу|ездим|хожу|ходим|гуляю|гуляем)(?![\p{L}])(?:[^\p{L}.!?\n]+[\p{L}-]+){0,4}?[^\p{L}.!?\n]+`;
const OWN_WIFE = new RegExp(String.raw`(?<![\p{L}])${SELF}со?\s+сво(?:ей|ею)\s+${WIFE_NOUN}(?![\p{L}])`, 'giu');
const OWN_HUSBAND = new RegExp(String.raw`(?<![\p{L}])${SELF}со?\s+сво(?:им)\s+${HUSBAND_NOUN}(?![\p{L}])`, 'giu');
const OWN_PARTNER_GATE = /сво(?:ей|ею|им)\s/iu;
// The addressee's partner: «твоя девушка» in a letter to a woman, «Ваш муж» to a man.
const YOUR_WIFE = new RegExp(String.raw`(?:т${AT_WORD}во(?:я|ей|ю|ею)|в${AT_WORD}аш(?:а|ей|у|ею))\s+${WIFE_NOUN}(?![\p{L}])`, 'giu');
const YOUR_HUSBAND = new RegExp(String.raw`(?:т${AT_WORD}во(?:й|им|ему|его|ём|ем)|в${AT_WORD}аш(?:|им|ему|его|ем))\s+${HUSBAND_NOUN}(?![\p{L}])`, 'giu');
// Who the letter is to: the greeting («Дорогая Аня», «Здравствуй, милый»), «ты писала», «ты сам».
const GREETING = /(?:^|\n)\s*(?:(?:здравствуй(?:те)?|привет|добрый\s+день|доброго\s+дня),?\s+)?(?:моя\s+|мой\s+)?(?:дорог|мил|уважаем|любим|родн)(ая|ой|ый|ий)(?![\p{L}])/giu;
const YOU_PAST = /ты(?<![\p{L}]ты)\s+(?:(?:не|уже|так|очень|тоже|вчера|сама|сам|ещё|еще|давно|недавно|тогда|же|и|только|сразу|снова|опять|даже|всегда|никогда|всё|все|бы)\s+){0,2}(\p{L}{2,}?)(лась|ла|лся|л)(?![\p{L}])/giu;
const YOU_STATE = /ты(?<![\p{L}]ты)\s+(?:так\s+|очень\s+|тоже\s+|же\s+)?(рада|права|готова|уверена|должна|сама|рад|прав|готов|уверен|должен|сам)(?![\p{L}])/giu;

// A partner named by first name only («мы с Полиной съехались», «ты ещё встречался с Пашей»):
// the name in the instrumental tells its gender. Men's names in a consonant end in -ом/-ем
// there, which no woman's name does; a name in -ой/-ей is a woman's unless it is one of the
// men's short names in -а/-я (Паша → Пашей). Саша, Женя, Валя, Слава are either, so neither.
const MEN_IN_A = /^(?:паш|дим|миш|ром|лёх|лех|тош|ген|вен|сен|вас|вов|тём|тем|кост|лёш|леш|алёш|алеш|серёж|сереж|гриш|пет|ван|кол|тол|фед|гош|стёп|степ|вит|никит|ил|иль|лёв|лев|юр|ег|мит|гош|вад|русл|тим|сём|сем|эдик|тёмк|жор|бор|гл)(?:ей|ёй|ой)$/u;
const EITHER = /^(?:слав|саш|жен|вал|шур)(?:ей|ёй|ой)$/u;
const NAME_INSTR = String.raw`(\p{Lu}\p{Ll}+)`;
// In «мы с ней / с ним вместе уже два года» the pronoun tells the partner's gender as a name would.
const PARTNER_INSTR = String.raw`(\p{Lu}\p{Ll}+|ней|ним)`;
const WE_WITH = new RegExp(String.raw`(?:[Мм]${AT_WORD}ы|[Яя]${AT_WORD})\s+(?:(?:теперь|уже|давно|наконец|всё|все|тоже)\s+)?(?:с|живу\s+с|встречаюсь\s+с)\s+` + PARTNER_INSTR + String.raw`(?![\p{L}])[^.!?\n]{0,60}?(?:съехал\p{L}*|поженил\p{L}*|расписал\p{L}*|встречаемся|живём\s+вместе|живем\s+вместе|вместе\s+(?:уже|живём|живем|снимаем)(?![^.!?\n]{0,30}?(?:работа|учи|служ|дружи|игра|труд|занима|поём|поем|ходи|езди))|как\s+пара|помолвл\p{L}*|обручил\p{L}*|любим\s+друг|(?:лет|года?|месяц\p{L}*)\s+вместе(?!\s+(?:работа|служ|учи|игра|труд|езди|ходи|занима|поём|поем))|(?:наша|настоящая|своя)\s+семья|наш\p{L}*\s+(?:перв\p{L}*\s+)?(?:годовщин\p{L}*|свадьб\p{L}*)|обручальн\p{L}*|целовались|влюбл\p{L}*)`, 'gu');
// «рассказала маме про нас с Дашей»: coming out about the writer's own couple.
const COMING_OUT = new RegExp(String.raw`(?:[Рр]${AT_WORD}ассказал\p{L}*|[Пп]${AT_WORD}ризнал\p{L}*|[Сс]${AT_WORD}казал\p{L}*)\s+(?:\p{L}+\s+){0,2}про\s+нас\s+с\s+` + NAME_INSTR + String.raw`(?![\p{L}])`, 'gu');
// «рассказал бабушке про Максима, она сказала: главное, чтобы любил»: telling the family about a
// partner, with how they took it; without that reaction «рассказала маме про Аню» is just news.
const TOLD_ABOUT = new RegExp(String.raw`(?:[Рр]${AT_WORD}ассказал\p{L}*|[Пп]${AT_WORD}ризнал\p{L}*|[Сс]${AT_WORD}казал\p{L}*)\s+(?:\p{L}+\s+){0,2}про\s+(\p{Lu}\p{Ll}+)(?![\p{L}])[^.!?\n]{0,60}?(?:не\s+пойм[её]т|не\s+поняли|не\s+понял\p{L}*|не\s+прим\p{L}+|принял\p{L}*|приняли|[Гг]лавное,?\s+чтобы\s+(?:любил\p{L}*|был\p{L}*\s+счастлив\p{L}*)|отвернул\p{L}*|выгнал\p{L}*|прокл\p{L}+)`, 'gu');
const DATED = new RegExp(String.raw`(?:([Вв]${AT_WORD}стречался|[Вв]${AT_WORD}стречалась|[Сс]${AT_WORD}ъехался|[Сс]${AT_WORD}ъехалась|[Рр]${AT_WORD}асстался|[Рр]${AT_WORD}ассталась)|([Оо]${AT_WORD}н|[Оо]${AT_WORD}на)\s+(?:теперь\s+|сейчас\s+|уже\s+)?(?:встречается))\s+с\s+(?:(?:тем|той)\s+(?:самым|самой)\s+)?(\p{Lu}\p{Ll}+|парнем|мужчиной|девушкой|женщиной|барменом|барменшей)(?![\p{L}])`, 'gu');

// The accusative after «про»: Аню, Олю → a woman, unless the stem is a man's short name (Пашу,
// Серёжу); Максима, Игоря, Андрея (a man's accusative is his genitive) → a man.
function accusativeGender(word: string): 'f' | 'm' | undefined {
  const w = word.toLowerCase();
  if (/[ую]$/u.test(w)) {
    const instr = `${w.slice(0, -1)}ой`;
    if (EITHER.test(instr)) return undefined;
    return MEN_IN_A.test(instr) ? 'm' : 'f';
  }
  if (/(?:[бвгджзклмнпрстфхцчшщ]а|[ьйе]я)$/u.test(w)) return 'm';
  return undefined;
}

function instrumentalGender(word: string): 'f' | 'm' | undefined {
  const w = word.toLowerCase();
  if (w === 'ним') return 'm';
  if (/(?:ом|ем|ём)$/u.test(w)) return 'm';
  if (EITHER.test(w)) return undefined;
  if (MEN_IN_A.test(w)) return 'm';
  if (/(?:ой|ей|ёй)$/u.test(w)) return 'f';
  return undefined;
}

const OF_WRITER = 'a same-sex partner (the writer is a woman naming her wife, or a man naming his husband)';
const OF_ADDRESSEE = "a same-sex partner of the addressee (a woman's wife or girlfriend, a man's husband or boyfriend)";

const hit = (start: number, end: number, word: string, what = OF_WRITER): Hit => ({
  category: 'politics',
  severity: 'high',
  start,
  end,
  rule: 'politics.lgbt',
  words: [word],
  what: [what],
});

export function findSameSexPartner(text: string): Hit[] {
  const out: Hit[] = [];
  const told = /про\s+\p{Lu}/u.test(text) ? allMatches(TOLD_ABOUT, text) : [];
  // «молод» only as «молодой человек» or «молодожёны»: alone it opened the gate for every «молодец»,
  // «молодость» and «молодёжь».
  const partnerWords = told.length > 0 || /жен|муж|супруг|девушк|парн|парен|невест|жених|молод(?:ой|ым|ому|ого|ом)\s+человек|молодож[её]н|встреча|вместе|съехал|поженил|расписал|пара|про нас|семья|годовщин|свадьб|обручальн|целовались|влюбл/iu.test(text);
  if (partnerWords) {
    // The writer's gender (three more patterns over the whole text) matters only once a partner is named.
    // «со своей/своим …» is rare; without it the two clause-scanning patterns (they try every «я», «мы»
    // and first-person verb of the letter) cannot match, so they are not run at all.
    const own = OWN_PARTNER_GATE.test(text);
    const wives = own ? [...allMatches(WIFE, text), ...allMatches(OWN_WIFE, text)] : allMatches(WIFE, text);
    const husbands = own ? [...allMatches(HUSBAND, text), ...allMatches(OWN_HUSBAND, text)] : allMatches(HUSBAND, text);
    const couples = [...allMatches(WE_WITH, text), ...allMatches(COMING_OUT, text)];
    const gender = wives.length || husbands.length || couples.length || told.length ? writerGender(text) : undefined;
    if (gender) {
      for (const x of gender === 'f' ? wives : husbands) out.push(hit(x.index, x.index + x[0].length, x[0]));
      for (const x of couples) {
        if (instrumentalGender(x[1] ?? '') === gender) out.push(hit(x.index, x.index + x[0].length, x[0]));
      }
      for (const x of told) {
        if (accusativeGender(x[1] ?? '') === gender) out.push(hit(x.index, x.index + x[0].length, x[0]));
      }
    }
  }
  // The addressee's own partner: the addressee's gender, read from the greeting and «ты …ла».
  const yourWives = partnerWords ? allMatches(YOUR_WIFE, text) : [];
  const yourHusbands = partnerWords ? allMatches(YOUR_HUSBAND, text) : [];
  if (yourWives.length || yourHusbands.length) {
    const addressee = addresseeGender(text);
    for (const x of addressee === 'f' ? yourWives : addressee === 'm' ? yourHusbands : []) out.push(hit(x.index, x.index + x[0].length, x[0], OF_ADDRESSEE));
  }
  if (/встреча|съехал|расстал/iu.test(text)) {
    for (const x of allMatches(DATED, text)) {
      const verb = (x[1] ?? x[2] ?? '').toLowerCase();
      const subject = /(?:ась|ла|она)$/u.test(verb) ? 'f' : 'm';
      if (instrumentalGender(x[3] ?? '') === subject) out.push(hit(x.index, x.index + x[0].length, x[0]));
    }
  }
  return out;
}
