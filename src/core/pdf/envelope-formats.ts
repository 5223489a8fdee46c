/** Envelope sizes of GOST R 51506-99 (ISO 269), landscape: width × height in mm. */
export const ENVELOPE_SIZES = {
  DL: { widthMm: 220, heightMm: 110 },
  C6: { widthMm: 162, heightMm: 114 },
  C5: { widthMm: 229, heightMm: 162 },
  C4: { widthMm: 324, heightMm: 229 },
} as const;

/** "A4" is a sheet to cut and fold into a C6 envelope, for writers who have no envelopes. */
export type EnvelopeFormat = keyof typeof ENVELOPE_SIZES | 'A4';

export const ENVELOPE_FORMATS: readonly EnvelopeFormat[] = ['DL', 'C6', 'C5', 'C4', 'A4'];

export const isEnvelopeFormat = (s: string): s is EnvelopeFormat => (ENVELOPE_FORMATS as readonly string[]).includes(s);

export type { EnvelopeParty } from '../parties/index.ts';
