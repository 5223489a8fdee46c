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
  { ignores: ['dist', 'node_modules', 'coverage', 'test-results', 'docs'] },
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
  { files: ['src/core/**/*.ts'], rules: { 'no-restricted-imports': ['error', coreRestrictions] } },
  {
    files: ['src/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/state/**', '**/features/**', '**/components/**', '**/app/**'], message: 'The CLI speaks to the core only.' }] }] },
  },
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: { ...globals.node } } },
);
