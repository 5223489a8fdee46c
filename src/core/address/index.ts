export type {
  Address,
  AddressWarning,
  AddressWarningCode,
  BuildingType,
  EnvelopeAddress,
  Gender,
  ParsedAddress,
  Recipient,
  Sender,
  SenderBlock,
} from './types.ts';
export { emptyAddress } from './types.ts';
export { parseAddress } from './parse.ts';
export { formatEnvelope, formatAddressLines, formatOneLine, recipientDative, type EnvelopeOptions } from './format.ts';
export { formatSender } from './sender.ts';
export { transliterate, type TranslitSystem } from './transliterate.ts';
export { regionByPostcode, allRegions, type Region } from './regions.ts';
export { checkAddress } from './validate.ts';
export { NBSP, withNbsp } from './typography.ts';
export { addressFields, type AddressFields } from './fields.ts';
