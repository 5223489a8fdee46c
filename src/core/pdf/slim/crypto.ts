import { unsupported } from './unsupported.ts';

// Stands in for pdf-lib's core/crypto.js: Konvert neither opens encrypted PDFs nor encrypts its own.
const refuse = (): never => unsupported('PDF encryption');
class Refused {
  constructor() {
    refuse();
  }
}
/** pdf-lib makes one of these when it loads, and only hashes with it when encrypting. */
class PDF20 {
  hash(): never {
    return refuse();
  }
}
export {
  Refused as AES128Cipher,
  Refused as AES256Cipher,
  Refused as ARCFourCipher,
  Refused as CipherTransformFactory,
  PDF20,
  refuse as calculateMD5,
  refuse as encodeRevision6Password,
};
