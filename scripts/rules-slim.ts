import type { Plugin } from 'vite';

// Each rule of the checker's catalogue carries test cases (`examples`, read by
// src/core/checker/catalogue.test.ts) and the id of its `source` (checked by schema.ts in the
// tests): about a sixth of the catalogue, never read when a letter is checked. The app build
// leaves them out of the lazy checker chunk; tests and scripts read the files as they are.

const RULE_FILE = /[\\/]src[\\/]data[\\/]rules[\\/][^\\/]+\.json$/;
const TEST_ONLY = ['examples', 'source'];

export function rulesSlim(): Plugin {
  return {
    name: 'konvert-rules-slim',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      // Only the plain JSON import; `?url`, `?raw` and the like are other modules.
      if (id.includes('?') || !RULE_FILE.test(id)) return null;
      const data = JSON.parse(code) as { rules?: Record<string, unknown>[] };
      if (!Array.isArray(data.rules)) return null;
      for (const rule of data.rules) for (const key of TEST_ONLY) delete rule[key];
      return { code: JSON.stringify(data), map: null };
    },
  };
}
