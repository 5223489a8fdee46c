import { allMatches } from '../matches.ts';
import type { Hit } from '../types.ts';

// A wife named by a woman, or a husband by a man, tells the censor (and everyone in the cell)
// that the writer is in a same-sex couple: "LGBT" has been "extremist" in Russia since
// 30.11.2023, and it can harm the person inside. The writer's gender is read from the letter
// itself (я написала / я написал, «твоя Лена»), so this looks at the whole text, not a paragraph.

const FIRST_PERSON = /(?<![\p{L}])я\s+(?:(?:не|уже|так|очень|тоже|вчера|сегодня|сама|сам|ещё|еще|давно|наконец|всё|все|бы|тут|там|вот)\s+){0,2}(\p{L}{2,}?)(лась|ла|лся|л)(?![\p{L}])/giu;
const STATE = /(?<![\p{L}])я\s+(?:так\s+|очень\s+|тоже\s+)?(рада|счастлива|готова|уверена|должна|благодарна|рад|счастлив|готов|уверен|должен|благодарен)(?![\p{L}])/giu;
const SIGNED = /(?:^|[\n.!?]\s*)(твоя|ваша|любящая|твой|ваш|любящий)\s+\p{Lu}\p{Ll}+\s*[.!]?\s*$/gmu;
const FEMININE_STATE = /а$/u;

function writerGender(text: string): 'f' | 'm' | undefined {
  let f = 0;
  let m = 0;
  for (const x of allMatches(FIRST_PERSON, text)) {
    if (x[2] === 'ла' || x[2] === 'лась') f++;
    else m++;
  }
  for (const x of allMatches(STATE, text)) {
    if (FEMININE_STATE.test(x[1] ?? '')) f++;
    else m++;
  }
  for (const x of allMatches(SIGNED, text)) {
    if (/я$/u.test((x[1] ?? '').toLowerCase()) || (x[1] ?? '').toLowerCase() === 'ваша') f += 2;
    else m += 2;
  }
  if (f > m) return 'f';
  if (m > f) return 'm';
  return undefined;
}

const WIFE = /(?<![\p{L}])(?:(?:моя|моей|мою|моею)\s+(?:жена|жене|женой|жену|супруга|супруге|супругой|супругу|женушк\p{L}*|жёнушк\p{L}*|девушка|девушкой|девушке|девушку)|мы\s+с\s+(?:женой|супругой|женушкой|жёнушкой))(?![\p{L}])/giu;
const HUSBAND = /(?<![\p{L}])(?:(?:мой|моим|моему|моего|моём|моем)\s+(?:муж|мужем|мужу|мужа|муже|супруг|супругом|супругу|супруга|супруге|мужчина|мужчиной|мужчине|мужчину|парень|парнем|парню|парня|парне)|мы\s+с\s+(?:мужем|супругом))(?![\p{L}])/giu;

export function findSameSexPartner(text: string): Hit[] {
  if (!/жен|муж|супруг|девушк|парн|парен/iu.test(text)) return [];
  const gender = writerGender(text);
  if (!gender) return [];
  return allMatches(gender === 'f' ? WIFE : HUSBAND, text).map((x) => ({
    category: 'politics' as const,
    severity: 'high' as const,
    start: x.index,
    end: x.index + x[0].length,
    rule: 'politics.lgbt',
    words: [x[0]],
    what: ['a same-sex partner (the writer is a woman naming her wife, or a man naming his husband)'],
  }));
}
