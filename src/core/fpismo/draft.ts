import type { Address } from '../address/index.ts';
import { estimateFpismo, type EstimateOptions, type FpismoEstimate } from './estimate.ts';
import { fpismoFields, type FpismoField, type FpismoSender } from './fields.ts';
import { countChars, toFpismoText, type FpismoWarning } from './plain-text.ts';

export interface FpismoDraftInput extends EstimateOptions {
  /** The prisoner's parsed address (parseAddress in core/address). */
  address: Address;
  body: string;
  sender?: FpismoSender;
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
  const { text, warnings } = toFpismoText(input.body);
  const chars = countChars(text);
  return {
    text,
    chars,
    fields: fpismoFields(input.address, text, input.sender, input.reply ?? false),
    estimate: estimateFpismo(chars, input),
    warnings,
  };
}
