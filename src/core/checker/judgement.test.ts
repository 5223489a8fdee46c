import { describe, expect, it } from 'vitest';
import { CONTEXT_GROUPS, RULES } from './catalogue.ts';
import { findHits } from './index.ts';
import { Lexicon } from './lexicon.ts';
import { tokenise } from './tokenise.ts';
import probes from './fixtures/letters.judgement-probes.json';
import probes2 from './fixtures/letters.judgement-probes-2.json';
import probes3 from './fixtures/letters.judgement-probes-3.json';
import { falseAlarmRate, recall, scoreLetters, type LabelledLetter } from './score.ts';
import { strong } from './class-tables.ts';

// The writer's judgement of the prisoner and of the verdict (src/data/rules/judgement.json):
// approval of the act, innocence and fairness told without legal words, the silence of others.
// Each rule is checked on a sentence that is neither one of its examples nor a labelled set's
// sentence, so the test holds the class, not the line; the look-alikes praise ordinary things.
const lexicon = new Lexicon(RULES, CONTEXT_GROUPS);
const rulesHitting = (text: string) => lexicon.check(text, tokenise(text)).map((h) => h.rule);

describe('the judgement class', () => {
  it.each([
    ['politics.judgement-brave', 'Молодчина, что тогда не струсила и всё им высказала.'],
    ['politics.judgement-pride', 'Соседи уважают вас за то, что не промолчали.'],
    ['politics.judgement-same', 'Будь я помоложе, я бы тоже так поступила.'],
    ['politics.judgement-own-silence', 'А я тогда смолчал на собрании, и до сих пор стыдно.'],
    ['politics.judgement-others-silent', 'Весь цех думает как ты, но все помалкивают.'],
    ['politics.judgement-truth-jailed', 'Нынче за убеждения садятся, а не за кражи.'],
    ['politics.judgement-speech-banned', 'Порядочные люди по тюрьмам, а эти жиреют.'],
    ['case.judgement-not-criminal', 'Ну какой ты бандит, ты котят на улице подбираешь.'],
    ['case.judgement-like-a-murderer', 'Дали ей как матёрому рецидивисту.'],
    ['case.judgement-what-for', 'Ночами не сплю, всё думаю: за что вас так?'],
    ['case.judgement-reward-not-term', 'Вам бы грамоту дать, а не срок.'],
    ['case.judgement-words-true', 'В ваших постах не было ни грамма неправды.'],
    ['politics.judgement-words-right', 'Ты на том митинге всё верно говорил.'],
    ['politics.judgement-said-what-all-think', 'Ты написала то, что думают многие у нас в посёлке.'],
    ['politics.judgement-feat', 'Что ты сделал — это подвиг, я так считаю.'],
    ['politics.judgement-like-you', 'Таких, как она, теперь судят за каждое слово.'],
    ['politics.judgement-afraid-to-speak', 'Люди боятся вякнуть против, вот до чего дошло.'],
    ['politics.judgement-stood-for', 'Ты ведь за людей вступился, за справедливость.'],
    ['case.judgement-jailed-for', 'За комментарий под видео столько дают, с ума сойти.'],
    ['case.judgement-blurted', 'Сморозил на кухне при чужих, а его упекли.'],
    ['case.judgement-measured-out', 'Сколько ж тебе намотали, господи.'],
    ['case.judgement-compared', 'Насильники меньше получают, чем он получил.'],
    ['case.judgement-scapegoat', 'Из неё просто сделали козла отпущения.'],
    ['politics.judgement-every-word', 'Под каждым твоим словом подпишусь.'],
    ['case.judgement-did-no-harm', 'Ты за всю жизнь ничего не украла.'],
    ['case.judgement-clean', 'Стыд не твой, сынок, а тех, кто это затеял.'],
    ['politics.judgement-not-afraid', 'Ты одна не испугалась сказать вслух.'],
    ['case.judgement-reproach', 'Незачем было тебе лезть в эту политику, дурачок.'],
    ['politics.judgement-not-silent', 'Ты единственная в отделе не прогнулась.'],
    ['politics.judgement-cowards', 'Мы трусливо отсиживаемся, а ты там за всех.'],
    ['politics.judgement-right-vs-them', 'По-моему, прав был ты, а не суд.'],
    ['politics.judgement-dared', 'Мало кто рискнул бы выступить против, а вы смогли.'],
    ['politics.judgement-nobody-spoke', 'Никто из соседей не заступился, когда тебя увели.'],
    ['politics.judgement-protest-approved', 'Горжусь, что ты не испугалась пойти на митинг.'],
    ['politics.judgement-in-your-place', 'Будь я на твоём месте, сделала бы так же, не сомневайся.'],
    ['politics.judgement-envy-courage', 'Твоего мужества мне не хватает, я всё молчу.'],
    ['politics.judgement-aloud-afraid', 'Многие тебя жалеют, но вслух сказать боятся.'],
    ['politics.judgement-say-what-you-think', 'Скажешь, что думаешь, — и сидит человек годами.'],
    ['case.judgement-instead', 'Сидишь ты, а виновных настоящих и не искали, посадили вместо них тебя.'],
    ['case.judgement-defended', 'Вы ведь отстаивали наш сквер, а вам приписали бог знает что.'],
    ['politics.judgement-worse-than-crime', 'Сейчас пост написать хуже, чем кого-нибудь зарезать.'],
    ['politics.judgement-duty', 'Вы сделали то, что обязан был сделать любой порядочный человек.'],
  ])('%s: %s', (rule, text) => {
    expect(rulesHitting(text)).toContain(rule);
  });

  it('every rule of the class is tested here', () => {
    const tested = new Set(RULES.filter((r) => r.id.includes('.judgement-')).map((r) => r.id));
    expect(tested.size).toBe(42);
  });

  it.each([
    'Молодец, что бросил курить, врач доволен.',
    'Горжусь тобой: ты дочитал «Войну и мир» до конца.',
    'Правильно ты сказал, что рассаду надо сажать в мае.',
    'Десять лет работаю в одной бригаде.',
    'За это время я выучила три рецепта пирогов.',
    'Дали нам премию за квартал, небольшую.',
    'Все молчат, когда бабушка рассказывает про войну с соседкой за забор.',
    'Мне стыдно, что я так давно не писала.',
    'Не знаю, за что тебя так любят дети.',
    'Это была чистая правда про рыбалку, он поймал щуку.',
    'Я бы тоже вышла погулять, но дождь.',
    'Кот ничего не украл, просто понюхал колбасу.',
    'Ты мне верно подсказал, как чинить кран.',
    'Зря ты полез в интернет за рецептом, бабушкин лучше.',
    'Одно слово скажешь свекрови — и обида на неделю.',
    'Ты сделал всё, что должен был, теперь отдыхай.',
    'Таких, как ты, в нашей школе все любили.',
    'Ваш сосед поступил в колледж и передаёт поклон.',
    'Молодец, что сходил на площадь посмотреть салют.',
    'Скажи честно, что думаешь про мой новый суп.',
    'Вместо настоящего кофе пьём цикорий.',
    'Ты защищал честь школы на олимпиаде.',
    'Ты не испугался собаки у ворот, молодец.',
    'Я струсил нырять с моста, а ты прыгнул.',
    'Никто не сказал ни слова, когда забрали последний кусок торта.',
  ])('stays quiet: %s', (text) => {
    expect(strong(text).map((h) => h.rule)).toEqual([]);
  });

  // The three probe sets (written for this class with the rules in view, not blind rounds; docs/checker-eval.md):
  // 126 sentences of the class and 133 innocent ones. The floor is where the class stands, so a change that
  // loses the class shows here first. Their false alarms so far come from rules outside this file
  // («герой» about a child, «поступил правильно» about a loan, a follow-up after a caught sentence).
  it('keeps the class caught on its probe sets', () => {
    const score = scoreLetters([...probes, ...probes2, ...probes3] as LabelledLetter[], findHits);
    expect(recall(score)).toBeGreaterThanOrEqual(0.75);
    expect(falseAlarmRate(score)).toBeLessThanOrEqual(0.06);
  });
});
