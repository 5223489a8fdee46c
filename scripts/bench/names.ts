import { readdirSync, readFileSync } from 'node:fs';
import { round, throughput, type Figures } from '../bench-lib.ts';
import table from '../../src/core/names/fixtures/dative.json';
import { declineName, formatFullName, nominativeFromDative, splitFullName, type Gender } from '../../src/core/names/index.ts';

// Full names built from the fixture's parts, so that most lines are distinct
// (thousands of combinations) while each part is a real name of the table.
function mixedNames(): string[] {
  const rows = table as { nominative: string }[];
  const parts = rows.map((r) => splitFullName(r.nominative));
  const out: string[] = [];
  for (let i = 0; i < 5000; i++) {
    const a = parts[i % parts.length];
    const b = parts[(i * 7 + 3) % parts.length];
    const c = parts[(i * 13 + 5) % parts.length];
    if (!a || !b || !c) continue;
    out.push(formatFullName({ surname: a.surname, first: b.first, patronymic: c.patronymic }));
  }
  return out;
}

// Accuracy on the lists written down before the decliner first ran on them.
function heldOut(): Record<string, { names: number; dativeExact: number; nominativeExact: number }> {
  const result: Record<string, { names: number; dativeExact: number; nominativeExact: number }> = {};
  const dir = new URL('../../src/core/names/fixtures/', import.meta.url);
  const files = readdirSync(dir).filter((f) => /^held-out.*\.tsv$/.test(f)).map((f) => f.slice(0, -4));
  for (const file of files.sort()) {
    const text = readFileSync(new URL(`${file}.tsv`, dir), 'utf8');
    const cases = text.split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split('\t'));
    let dative = 0;
    let nominative = 0;
    for (const [nom = '', hint = '', dat = ''] of cases) {
      const g: Gender | null = hint === 'm' || hint === 'f' ? hint : null;
      if (formatFullName(declineName(splitFullName(nom), 'dative', g)) === dat) dative++;
      if (formatFullName(nominativeFromDative(splitFullName(dat), g).name) === formatFullName(splitFullName(nom))) nominative++;
    }
    result[file] = { names: cases.length, dativeExact: round(dative / cases.length, 4), nominativeExact: round(nominative / cases.length, 4) };
  }
  return result;
}

export function figures(): Figures {
  const names = mixedNames();
  const datives = (table as { dative: string }[]).map((r) => r.dative);
  const namesDeclinedPerSecond = throughput(names, (text) => formatFullName(declineName(splitFullName(text), 'dative')));
  const nominativesRecoveredPerSecond = throughput(datives, (text) => nominativeFromDative(splitFullName(text)));
  return {
    namesDeclinedPerSecond,
    nominativesRecoveredPerSecond,
    microsecondsPerName: round(1e6 / namesDeclinedPerSecond, 2),
    heldOut: heldOut(),
  };
}
