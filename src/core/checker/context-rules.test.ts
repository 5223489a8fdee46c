import { describe, expect, it } from 'vitest';
import { checkLetter, findHits } from './index.ts';

const rules = (text: string) => findHits(text).filter((h) => h.severity !== 'low').map((h) => h.rule);

describe('context that crosses words and sentences', () => {
  it.each([
    ['a continuation after the case was raised', 'Следователь опять вызывал меня на допрос. Я ничего не сказала.', 'case.said-to-investigators'],
    ['a continuation after a bribe', 'Нашла человека, за тридцать тысяч обещает перевести в нормальный отряд. Деньги я уже передала.', 'crime.follow-up'],
    ['another item after an enclosure', 'Вложила тебе в конверт пакетик чая. И ещё пару таблеток от головы.', 'enclosures.follow-up'],
  ])('%s', (_name, text, rule) => {
    expect(rules(text)).toContain(rule);
  });

  it.each([
    ['a continuation with nothing before it', 'Я ничего не сказала, мама.', 'case.said-to-investigators'],
    ['a continuation in another paragraph', 'Следователь вызывал на допрос.\n\nЯ ничего не сказала про торт.', 'case.said-to-investigators'],
    ['the writer’s relative’s job', 'Мой папа был следователем, сейчас на пенсии.', 'case.investigation'],
  ])('stays quiet on %s', (_name, text, rule) => {
    expect(rules(text)).not.toContain(rule);
  });

  it('marks the lines of a poem whose first letters hide a message', () => {
    const text = 'Ветер гуляет по крышам. Осень пришла незаметно. Лист упал на дорожку. Прочитай первые буквы, там главное.';
    expect(findHits(text).filter((h) => h.rule === 'acrostic-lines')).toHaveLength(3);
    expect(findHits('Здорово! Купил лопату. Снега много. Я всё сказал между строк.').map((h) => h.rule)).not.toContain('acrostic-lines');
  });

  it('reads a question as a question', () => {
    expect(rules('Как Вас там кормят?')).toContain('staff.ask-conditions');
    expect(rules('Как Вас там кормят.')).not.toContain('staff.ask-conditions');
  });

  it('knows a woman naming her wife from the letter as a whole', () => {
    const text = 'Я так рада, что написала тебе.\nМы с моей женой часто тебя вспоминаем.\nТвоя Лена';
    expect(findHits(text).map((h) => h.rule)).toContain('politics.lgbt');
    expect(findHits('Я так рад, что написал тебе.\nМы с моей женой часто тебя вспоминаем.').map((h) => h.rule)).not.toContain('politics.lgbt');
  });

  it('tells the writer when a passage endangers them', () => {
    const [f] = checkLetter('Я ведь тоже им донатила в прошлом году.', { lang: 'en' }).filter((x) => x.category === 'politics');
    expect(f?.risksWriter).toBe(true);
    expect(f?.suggestion).toMatch(/endangers you/);
  });

  it.each([
    ['Stay strong, Андрей!', 'Держитесь'],
    ['Sorry, я пишу с ошибками.', 'Простите'],
    ['Love, Emma', 'Обнимаю, Эмма'],
    ['Ya zhivu v Berline.', 'Я живу в Берлине'],
    ['Привет от Jane.', 'Джейн'],
  ])('offers Russian for «%s»', (text, replacement) => {
    expect(checkLetter(text).find((f) => f.category === 'foreign')?.replacement).toBe(replacement);
  });

  it('names what was matched, in both languages', () => {
    const ru = checkLetter('Положила в конверт немного сушёной мяты.').find((f) => f.category === 'enclosures');
    const en = checkLetter('Положила в конверт немного сушёной мяты.', { lang: 'en' }).find((f) => f.category === 'enclosures');
    expect(ru?.message).toContain('«мяты»');
    expect(en?.message).toMatch(/mint/);
    expect(en?.gloss).toMatch(/mint/);
  });
});
