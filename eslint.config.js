import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// The domain core must stay usable from Node (CLI, tests) and from the UI alike:
// it may import nothing from React, the DOM-facing libraries or our own UI layers.
const coreRestrictions = {
  patterns: [
    { group: ['react', 'react-*', 'react/*', 'i18next', 'react-i18next', 'zustand', 'zustand/*'], message: 'The domain core is plain TypeScript: no React, i18next or zustand.' },
    { group: ['**/state/**', '**/features/**', '**/components/**', '**/app/**', '**/i18n/**', '**/cli/**'], message: 'Dependencies point one way: core imports nothing of the app.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist', 'dist-cli', 'dist-learned', 'node_modules', 'coverage', 'test-results', 'docs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  { files: ['src/core/**/*.ts'], ignores: ['src/core/letter/**'], rules: { 'no-restricted-imports': ['error', coreRestrictions] } },
  // core/pdf draws letters, so it may read core/letter; core/letter must never reach back into core/pdf.
  {
    files: ['src/core/letter/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...coreRestrictions.patterns, { group: ['**/pdf/**', '**/pdf'], message: 'core/letter feeds core/pdf; shared shapes live in core/parties.' }] },
      ],
    },
  },
  // Screens and shared components are mounted by the shell; they never import it.
  {
    files: ['src/features/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/app/**'], message: 'Screens never import the app shell; shared pieces live in src/components.' }] }] },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/state/**', '**/features/**', '**/components/**', '**/app/**'], message: 'The CLI speaks to the core only.' }] }] },
  },
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: { ...globals.node } } },
);
