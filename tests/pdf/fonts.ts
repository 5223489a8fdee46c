import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Test-only: the fonts the app ships, read from node_modules as the CLI does.
// Paths are taken from the repository root, where vitest runs.
const read = (pkg: string, file: string) => new Uint8Array(readFileSync(join(process.cwd(), 'node_modules/@expo-google-fonts', pkg, '400Regular', file)));

export const serif = read('pt-serif', 'PTSerif_400Regular.ttf');
export const sans = read('pt-sans', 'PTSans_400Regular.ttf');
