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

/** The recipient and sender as already-formatted lines (see formatEnvelope in core/address). */
export interface EnvelopeParty {
  /** "Кому": name lines. */
  to: string[];
  /** "Куда": address lines in the official order. */
  where: string[];
  /** Six digits, or null when unknown (the boxes stay empty for handwriting). */
  index: string | null;
  /** An address abroad: its postcode is part of the lines, so no Russian postcode boxes or stencil. */
  international?: boolean;
}
