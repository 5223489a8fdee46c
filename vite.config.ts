/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { firstScreen } from './scripts/first-screen.ts';
import { hosting } from './scripts/hosting.ts';
import { pdfSlim } from './scripts/pdf-slim.ts';
import { rulesSlim } from './scripts/rules-slim.ts';

export default defineConfig({
  plugins: [
    react(),
    // The CSP meta tag, the _headers file and the same headers from `vite preview`, the manifest and sw.js.
    hosting(),
    pdfSlim(),
    // The checker's rules without their test cases (scripts/rules-slim.ts).
    rulesSlim(),
    // What a first visit shows, fetched along with the entry instead of after it (scripts/first-screen.ts).
    firstScreen({
      screen: 'src/features/prisoner/prisoner-step.tsx',
      // Its names are in Cyrillic and bold in either language; PT Serif sets only the brand name.
      fonts: ['pt-sans-400-latin.woff2', 'pt-sans-400-cyrillic.woff2', 'pt-sans-700-latin.woff2', 'pt-sans-700-cyrillic.woff2'],
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    manifest: true,
    reportCompressedSize: false,
    // pdf-lib and the font subsetter make one large chunk; it loads only on export (npm run size).
    chunkSizeWarningLimit: 1200,
  },
  preview: { port: 4173, strictPort: true },
  test: {
    // Many core tests start the CLI or render whole PDFs; on a shared 2-core machine one such test
    // can take over 20 s. Speed is measured by the bench, not here: this limit only catches hangs.
    testTimeout: 60000,
    // The domain core, the CLI and the PDF checks need no DOM: they run in plain Node,
    // which starts much faster than jsdom. Only the UI gets a browser-like environment.
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          environment: 'node',
          include: ['src/core/**/*.test.ts', 'src/cli/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/pdf/**/*.test.ts'],
          // pdf-lib and fontkit go through Vite here too, so the tests run the slimmed PDF code that ships (scripts/pdf-slim.ts).
          server: { deps: { inline: [/@cantoo\//] } },
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['src/{app,features,state,components,i18n}/**/*.test.{ts,tsx}'],
          setupFiles: ['src/test-setup.ts'],
        },
      },
    ],
  },
});
