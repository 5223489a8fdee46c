// The shapes in which a person appears on an envelope. They sit in a module of their own
// because both sides need them: core/letter fills them in from addresses and names, and
// core/pdf draws them. Keeping them here lets core/pdf depend on core/letter and never
// the other way round.

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
  /**
   * The last `where` line names the country («RUSSIA / РОССИЯ», «GERMANY / ГЕРМАНИЯ»):
   * it is printed alone on the last line and never run on or broken (UPU practice).
   */
  endsWithCountry?: boolean;
}

/** One person as envelopes need them: as recipient ("Кому", dative) and as sender ("От кого", genitive). */
export interface PartyForms {
  recipient: EnvelopeParty;
  sender: EnvelopeParty;
}
