import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memorialLayout, samplePeople } from '../core/directory/fixtures/sample-list.ts';
import type { Command } from './command.ts';

// Issue 13: --neutral on every command that writes a PDF; the properties pdfinfo shows name no one.

const TO = '445023, Самарская обл., г. Тольятти, Хрящевское ш., д. 3, ФКУ СИЗО-4 ГУФСИН России по Самарской области, Балину Андрею Альбертовичу, 1974 г. р.';
const FROM = 'Петрова Мария Ивановна, ул. Ленина, д. 5, кв. 12, г. Самара, 443001';
const cli = (...args: string[]) => spawnSync('node', ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'konvert-cli-neutral-'));
const body = join(dir, 'body.txt');
writeFileSync(body, 'Пишу вам из Самары. У нас выпал первый снег.\n');
const list = join(dir, 'list.txt');
writeFileSync(list, memorialLayout(samplePeople(2)));

const commands: [string, string[]][] = [
  ['letter', ['--to', TO, '--from', FROM, '--body', body]],
  ['envelope', ['--to', TO, '--from', FROM, '--with-reply']],
  ['batch', ['--list', list, '--from', FROM, '--reply']],
];
const fields = /^(Title|Subject|Keywords|Author|Creator|Producer|CreationDate|ModDate):/m;

describe.each(commands)('cli %s', (name, args) => {
  it('with --neutral writes a PDF whose properties name no one, and says so in its help', async () => {
    const out = join(dir, `${name}-neutral.pdf`);
    const r = cli(name, ...args, '--neutral', '-o', out);
    expect(r.stderr).not.toMatch(/error/i);
    expect(r.status).toBe(0);
    const info = spawnSync('pdfinfo', [out], { encoding: 'utf8' }).stdout;
    expect(info).toMatch(/^Pages:\s+[1-9]/m);
    expect(info).not.toMatch(fields);
    // Without the flag the same PDF has a title and Konvert as producer: tests/pdf/neutral-properties.test.ts.
    const { command } = (await import(`./commands/${name}.ts`)) as { command: Command };
    expect(command.usage).toMatch(/--neutral +PDF properties that name no/);
  });
});
