import { describe, expect, it } from 'vitest';
import table from './fixtures/dative.json';
import { declineName, formatFullName, nominativeFromDative, splitFullName, type Gender } from './index.ts';

interface Row { rule: string; nominative: string; gender: string | null; dative: string }
const rows = table as Row[];

describe('nominativeFromDative', () => {
  it.each([
    ['Балину Андрею Альбертовичу', 'Балин Андрей Альбертович', 'm'],
    ['Беркович Евгении Борисовне', 'Беркович Евгения Борисовна', 'f'],
    ['Яшину И. В.', 'Яшин И. В.', 'm'],
    ['Петровой Анне', 'Петрова Анна', 'f'],
    ['Толстому Льву Николаевичу', 'Толстой Лев Николаевич', 'm'],
    ['Семёнову Петру Алексеевичу', 'Семёнов Пётр Алексеевич', 'm'],
    ['Мамедову Ильхаму Гейдар оглы', 'Мамедов Ильхам Гейдар оглы', 'm'],
    ['Данелии Георгию Николаевичу', 'Данелия Георгий Николаевич', 'm'],
    ['Кобахидзе Давиду Зурабовичу', 'Кобахидзе Давид Зурабович', 'm'],
    ['Римскому-Корсакову Андрею', 'Римский-Корсаков Андрей', 'm'],
    ['Соболь Любови Эдуардовне', 'Соболь Любовь Эдуардовна', 'f'],
    ['Кравцу Сергею Николаевичу', 'Кравец Сергей Николаевич', 'm'],
    ['Горобцу Андрею Андреевичу', 'Горобец Андрей Андреевич', 'm'],
    ['Сеитосманову Эмиру-Усеину Сейрановичу', 'Сеитосманов Эмир-Усеин Сейранович', 'm'],
    ['Алиевой Нигяр Эльдар кызы', 'Алиева Нигяр Эльдар кызы', 'f'],
    // кы inside a Turkic name is no sign of a malformed candidate (only a final -кый is).
    ['Осмонову Азамату Бакытовичу', 'Осмонов Азамат Бакытович', 'm'],
    ['Жуковскому Акылбеку Кыдыровичу', 'Жуковский Акылбек Кыдырович', 'm'],
  ])('%s → %s (%s)', (dative, nominative, gender) => {
    const result = nominativeFromDative(splitFullName(dative));
    expect(formatFullName(result.name)).toBe(nominative);
    expect(result.gender).toBe(gender);
  });

  // Every recovered nominative must at least decline back to the dative it came from.
  it.each(rows)('[$rule] $dative declines back from its recovered nominative', ({ dative, gender }) => {
    const hint = gender as Gender | null;
    const result = nominativeFromDative(splitFullName(dative), hint);
    expect(formatFullName(declineName(result.name, 'dative', result.gender))).toBe(dative);
  });

  it('recovers the nominative of most of the table exactly', () => {
    const exact = rows.filter((r) => {
      const result = nominativeFromDative(splitFullName(r.dative), r.gender as Gender | null);
      return formatFullName(result.name) === r.nominative;
    });
    expect(exact.length / rows.length).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps a surname the writer left undeclined and still recovers the given names', () => {
    const result = nominativeFromDative(splitFullName('Шмидт Андрею Ивановичу'));
    expect(formatFullName(result.name)).toBe('Шмидт Андрей Иванович');
    expect(result.gender).toBe('m');
  });

  it('leaves a name it cannot read as it was', () => {
    const name = { surname: '', first: null, patronymic: null };
    expect(nominativeFromDative(name).name).toEqual(name);
  });
});
