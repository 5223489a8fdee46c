// Rewrites src/data/countries.json from the i18n-iso-countries package (see src/core/countries/build-data.ts).
import { writeFileSync } from 'node:fs';
import { buildCountries } from '../src/core/countries/build-data.ts';

const data = buildCountries();
writeFileSync(new URL('../src/data/countries.json', import.meta.url), `${JSON.stringify(data)}\n`);
console.log(`src/data/countries.json: ${Object.keys(data.countries).length} countries, ${Object.keys(data.lookup).length} names`);
