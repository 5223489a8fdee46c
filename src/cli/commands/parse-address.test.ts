import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const SEED =
  '445023, Самарская обл., г. Тольятти, Хрящевское ш., д. 3, ФКУ СИЗО-4 ГУФСИН России по Самарской области, Балину Андрею Альбертовичу, 1974 г. р.';

function cli(args: string[], input: string) {
  return spawnSync('node', ['--import', 'tsx', 'src/cli/main.ts', ...args], { input, encoding: 'utf8' });
}

describe('cli parse-address', () => {
  it('prints the fields of the seed address as JSON', () => {
    const run = cli(['parse-address'], SEED);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      index: '445023',
      region: 'Самарская обл.',
      district: null,
      locality: 'Тольятти',
      street: 'Хрящевское ш.',
      house: '3',
      institution: 'СИЗО-4',
      institutionFull: 'ФКУ СИЗО-4 ГУФСИН России по Самарской области',
      surname: 'Балин',
      name: 'Андрей',
      patronymic: 'Альбертович',
      birthYear: 1974,
      warnings: [],
    });
  });

  it('prints warnings as English sentences', () => {
    const run = cli(['parse-address'], SEED.replace('445023', '601446'));
    const out = JSON.parse(run.stdout) as { warnings: string[] };
    expect(out.warnings).toEqual(['Postcode 601446 belongs to Владимирская обл., but the address names Самарская обл.; check it.']);
  });

  it('exits 1 with a message when there is no recipient', () => {
    const run = cli(['parse-address'], '445023, Самарская обл., г. Тольятти');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/no recipient/);
  });

  it('exits 1 with a message when there is no postcode', () => {
    const run = cli(['parse-address'], 'Самарская обл., г. Тольятти, Балину Андрею Альбертовичу');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/no postcode/);
  });

  it('documents its field conventions in --help', () => {
    expect(cli(['parse-address', '--help'], '').stdout).toMatch(/"Самарская обл\."/);
  });
});
