import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.ts';

describe('parseCsv', () => {
  it.each<[string, string[][]]>([
    ['a,b\n1,2', [['a', 'b'], ['1', '2']]],
    ['a;b\r\n"x;y";"he said ""hi"""\r\n', [['a', 'b'], ['x;y', 'he said "hi"']]],
    // Spaces before a quote still open a quoted field; text after the closing quote is kept.
    ['  "q" tail,z\n', [['q tail', 'z']]],
    ['a\tb\n1\t"2\n3"\n\n', [['a', 'b'], ['1', '2\n3']]],
    ['"unterminated,x', [['unterminated,x']]],
    ['a,b\n,\n', [['a', 'b']]],
    ['', []],
    ['x', [['x']]],
    ['"a""b",c', [['a"b', 'c']]],
    ['\uFEFFname,address\r\nБалин,"445023, г. Тольятти"\r', [['name', 'address'], ['Балин', '445023, г. Тольятти']]],
    ['a,b\n1,"', [['a', 'b'], ['1', '']]],
  ])('reads %j', (input, rows) => {
    expect(parseCsv(input)).toEqual(rows);
  });
});
