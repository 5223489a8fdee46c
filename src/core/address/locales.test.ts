import { describe, expect, it } from 'vitest';
import en from '../../../locales/en/address.json';
import ru from '../../../locales/ru/address.json';
import type { AddressWarningCode } from './types.ts';

// Every code the parser can emit needs a sentence in both languages.
const CODES: AddressWarningCode[] = [
  'no-index', 'no-recipient', 'no-institution', 'no-region', 'no-locality', 'postcode-unknown',
  'postcode-region-mismatch', 'unplaced-part', 'latin-lookalikes-fixed', 'recipient-initials',
  'recipient-case-guessed', 'several-indexes',
];

describe('address warning texts', () => {
  it.each(CODES)('%s has an English and a Russian sentence', (code) => {
    expect(en.warnings[code]).toBeTruthy();
    expect(ru.warnings[code]).toBeTruthy();
  });
});
