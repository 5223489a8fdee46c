import type { Address } from '../address/index.ts';
import { letterText } from '../letter/compose.ts';
import { estimateFpismo, type EstimateOptions, type FpismoEstimate } from './estimate.ts';
import { fpismoFields, type FpismoField, type FpismoSender } from './fields.ts';
import { countChars, toFpismoText, type FpismoWarning } from './plain-text.ts';

export interface FpismoDraftInput extends EstimateOptions {
  /** The prisoner's parsed address (parseAddress in core/address). */
  address: Address;
  body: string;
  sender?: FpismoSender;
  /** How the writer signs: added below the text exactly as on paper, when the body has no closing (letterText). */
  signature?: string | null;
}

export interface FpismoDraft {
  text: string;
  chars: number;
  fields: FpismoField[];
  estimate: FpismoEstimate;
  warnings: FpismoWarning[];
}

/** Everything the writer copies into the F-pismo form, field by field. */
export function buildFpismoDraft(input: FpismoDraftInput): FpismoDraft {
  // The same letter text as the PDF and the checker: body as typed plus any added sign-off.
  const { text, warnings } = toFpismoText(letterText({ body: input.body, signature: input.signature }));
  const chars = countChars(text);
  return {
    text,
    chars,
    fields: fpismoFields(input.address, text, input.sender, input.reply ?? false),
    estimate: estimateFpismo(chars, input),
    warnings,
  };
}
