import { readFileSync } from 'node:fs';

// Test-only: the fonts the app ships for PDFs (scripts/make-fonts.mjs), read as the CLI does.
const read = (name: string) => new Uint8Array(readFileSync(new URL(`../../src/core/pdf/fonts/${name}.ttf`, import.meta.url)));

export const serif = read('pt-serif');
export const sans = read('pt-sans');
