import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const SEED =
  '445023, Самарская обл., г. Тольятти, Хрящевское ш., д. 3, ФКУ СИЗО-4 ГУФСИН России по Самарской области, Балину Андрею Альбертовичу, 1974 г. р.';
const NBSP = '\u00A0';

function cli(args: string[], input: string) {
  return spawnSync('node', ['--import', 'tsx', 'src/cli/main.ts', ...args], { input, encoding: 'utf8' });
}

describe('cli format-address', () => {
  it('prints Кому, Куда and the postcode in Russian Post order', () => {
    const run = cli(['format-address'], SEED);
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')).toEqual([
      `Кому: Балину Андрею Альбертовичу, 1974${NBSP}г.${NBSP}р.`,
      'Куда: ФКУ СИЗО-4 ГУФСИН России по Самарской области',
      `      Хрящевское${NBSP}ш., д.${NBSP}3`,
      `      г.${NBSP}Тольятти`,
      `      Самарская${NBSP}обл.`,
      'Индекс: 445023',
      '',
    ]);
  });

  it('adds the country line with --international', () => {
    expect(cli(['format-address', '--international'], SEED).stdout).toContain('RUSSIA / РОССИЯ');
  });

  it('prints the one-line form with --one-line', () => {
    expect(cli(['format-address', '--one-line'], SEED).stdout.trim()).toBe(SEED);
  });

  it('exits 1 on empty input', () => {
    expect(cli(['format-address'], '').status).toBe(1);
  });
});
