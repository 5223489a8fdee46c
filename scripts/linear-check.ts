// Long unbroken words cost linear time (issue 13, security-probe #12): the CPU time of letter
// layout, envelope layout and translit for one word of n and 2n characters. A ratio near 2 is
// linear, near 4 quadratic. Usage: node --import tsx scripts/linear-check.ts [part of a case name]
import { cpuUsage } from 'node:process';
import { layoutLetter, loadFont, createEnvelopePdf, type EnvelopeSpec } from '../src/core/pdf/index.ts';
import { translit, translitKeystroke } from '../src/core/translit/index.ts';
import { sans, serif } from '../tests/pdf/fonts.ts';
import { sampleLetter } from '../tests/pdf/sample-letter.ts';

const cpuMs = async (f: () => unknown) => {
  const start = cpuUsage();
  await f();
  const used = cpuUsage(start);
  return (used.user + used.system) / 1000;
};

const { metrics } = loadFont(serif);
const word = (n: number) => 'абвгдежзик'.repeat(Math.ceil(n / 10)).slice(0, n);
const latin = (n: number) => 'shchastye'.repeat(Math.ceil(n / 9)).slice(0, n);
const envelope = (tail: string): EnvelopeSpec => ({
  format: 'DL',
  recipient: { to: ['Балину Андрею Альбертовичу'], where: [`ФКУ СИЗО-4 ${tail}`, 'г. Тольятти'], index: '445023' },
  sender: { to: ['Петровой Марии'], where: ['г. Самара'], index: '443001' },
});

const cases: [string, number, (n: number) => unknown][] = [
  ['letter layout, one word', 40_000, (n) => layoutLetter({ ...sampleLetter(1), paragraphs: [word(n)] }, metrics)],
  ['envelope PDF, one word in the address', 20_000, (n) => createEnvelopePdf({ envelopes: [envelope(word(n))], fonts: { sans } })],
  ['translit, one word', 20_000, (n) => translit(latin(n))],
  ['translit keystroke after one word', 100_000, (n) => translitKeystroke(latin(n), 'a')],
  ['translit paste into the editor, with a backtick', 20_000, (n) => translitKeystroke('`', latin(n))],
];
const out: Record<string, { n: number; msN: number; ms2N: number; ratio: number }> = {};
const only = process.argv[2];
for (const [name, n, f] of cases) {
  if (only && !name.includes(only)) continue;
  await cpuMs(() => f(1000)); // warm-up
  const a = await cpuMs(() => f(n));
  const b = await cpuMs(() => f(2 * n));
  out[name] = { n, msN: Math.round(a), ms2N: Math.round(b), ratio: Math.round((b / a) * 100) / 100 };
}
console.log(JSON.stringify(out, null, 2));
