import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Thin wrappers over poppler-utils, mupdf-tools and qpdf: the PDF tests judge
// the files the code really writes with the tools printers and readers use.

export const workDir = () => mkdtempSync(join(tmpdir(), 'konvert-pdf-'));

export function save(dir: string, name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

export function tool(cmd: string, args: string[]): { stdout: string; stderr: string; status: number } {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { stdout: r.stdout, stderr: r.stderr, status: r.status ?? -1 };
}

/** Page size in mm from pdfinfo (first page). */
export function pageSizeMm(pdf: string): { w: number; h: number; pages: number } {
  const out = tool('pdfinfo', [pdf]).stdout;
  const m = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(out);
  const pages = Number(/Pages:\s+(\d+)/.exec(out)?.[1] ?? 0);
  if (!m) throw new Error(`no page size in ${out}`);
  return { w: (Number(m[1]) * 25.4) / 72, h: (Number(m[2]) * 25.4) / 72, pages };
}

export interface Word {
  page: number;
  text: string;
  /** mm from the top-left corner. */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Words with their boxes from `pdftotext -bbox`. */
export function words(pdf: string): Word[] {
  const html = tool('pdftotext', ['-bbox', pdf, '-']).stdout;
  const out: Word[] = [];
  let page = 0;
  const re = /<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  const pt = (s: string | undefined) => (Number(s) * 25.4) / 72;
  for (const m of html.matchAll(re)) {
    if (m[0].startsWith('<page')) page++;
    else out.push({ page, text: decodeEntities(m[5] ?? ''), x1: pt(m[1]), y1: pt(m[2]), x2: pt(m[3]), y2: pt(m[4]) });
  }
  return out;
}

const decodeEntities = (s: string) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");

export interface Gray {
  width: number;
  height: number;
  /** Pixels per mm. */
  scale: number;
  data: Uint8Array;
}

/** Renders one page to 8-bit gray with mutool and reads the PGM. */
export function renderGray(pdf: string, page: number, dpi = 50): Gray {
  const out = join(workDir(), `p${page}.pgm`);
  const r = tool('mutool', ['draw', '-q', '-r', String(dpi), '-c', 'gray', '-o', out, pdf, String(page)]);
  if (r.status !== 0) throw new Error(`mutool draw failed: ${r.stderr}`);
  const buf = readFileSync(out);
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(buf.subarray(0, 50).toString('latin1'));
  if (!header) throw new Error('not a binary PGM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, scale: dpi / 25.4, data: new Uint8Array(buf.subarray(header[0].length, header[0].length + width * height)) };
}

/** Share of dark pixels (value < 128) inside a box given in mm. */
export function inkShare(img: Gray, x1: number, y1: number, x2: number, y2: number): number {
  const [a, b, c, d] = [x1, y1, x2, y2].map((v) => Math.round(v * img.scale)) as [number, number, number, number];
  let dark = 0;
  let all = 0;
  for (let y = Math.max(0, b); y < Math.min(img.height, d); y++)
    for (let x = Math.max(0, a); x < Math.min(img.width, c); x++) {
      all++;
      if ((img.data[y * img.width + x] ?? 255) < 128) dark++;
    }
  return all === 0 ? 0 : dark / all;
}

/** Stroked straight segments of a given width, in mm from the top-left, read from the uncompressed content streams. */
export function strokes(pdf: string, widthMm: number, pageHeightMm: number): Array<[number, number, number, number]> {
  const qdf = join(workDir(), 'q.pdf');
  tool('qpdf', ['--qdf', '--object-streams=disable', pdf, qdf]);
  const lines = readFileSync(qdf).toString('latin1').split('\n');
  const out: Array<[number, number, number, number]> = [];
  const toMm = (v: string) => (Number(v) * 25.4) / 72;
  let width = 0;
  let at: [number, number] | null = null;
  let pending: Array<[number, number, number, number]> = [];
  for (const line of lines) {
    const t = line.trim().split(/\s+/);
    const op = t[t.length - 1];
    if (op === 'w') width = toMm(t[0] ?? '0');
    else if (op === 'm') at = [toMm(t[0] ?? '0'), pageHeightMm - toMm(t[1] ?? '0')];
    else if (op === 'l' && at) {
      const next: [number, number] = [toMm(t[0] ?? '0'), pageHeightMm - toMm(t[1] ?? '0')];
      pending.push([at[0], at[1], next[0], next[1]]);
      at = next;
    } else if (op === 'S') {
      if (Math.abs(width - widthMm) < 0.01) out.push(...pending);
      pending = [];
    } else if (op === 'Q' || op === 'n' || op === 'f') pending = [];
  }
  return out;
}
