import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function cli(args: string[], input?: string) {
  const result = spawnSync('node', ['--import', 'tsx', 'src/cli/main.ts', 'decline', ...args], { input, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('cli decline', () => {
  it('prints the dative of a name given as an argument', () => {
    const { code, out } = cli(['Балин Андрей Альбертович']);
    expect(code).toBe(0);
    expect(out).toBe('Балину Андрею Альбертовичу\n');
  });

  it('prints the genitive with --case genitive', () => {
    expect(cli(['--case', 'genitive', 'Беркович Евгения Борисовна']).out).toBe('Беркович Евгении Борисовны\n');
  });

  it('reads stdin line by line, honours a TAB gender hint and keeps empty lines', () => {
    const { code, out } = cli([], 'Мамедов Ильхам Гейдар оглы\n\nПак Е. В.\tf\nПак Е. В.\tm\nЯшин И. В.\n');
    expect(code).toBe(0);
    expect(out).toBe('Мамедову Ильхаму Гейдар оглы\n\nПак Е. В.\nПаку Е. В.\nЯшину И. В.\n');
  });

  it('keeps the capitalisation it was given', () => {
    expect(cli(['ПЕТРОВ ИВАН']).out).toBe('ПЕТРОВУ ИВАНУ\n');
  });

  it('recovers the nominative with --from-dative', () => {
    expect(cli(['--from-dative', 'Беркович Евгении Борисовне']).out).toBe('Беркович Евгения Борисовна\n');
  });

  it('rejects an unknown case with exit code 2', () => {
    const { code, err } = cli(['--case', 'ablative', 'Петров Иван']);
    expect(code).toBe(2);
    expect(err).toContain('--case');
  });

  it('rejects a gender hint other than m or f with exit code 2', () => {
    expect(cli([], 'Петров Иван\tx\n').code).toBe(2);
  });
});
