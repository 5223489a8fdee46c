import type { Letter } from '../../src/core/letter/types.ts';
import { createEnvelopePdf, createLetterPdf, layoutLetter, loadFont, type EnvelopeSpec } from '../../src/core/pdf/index.ts';
import { sans, serif } from '../../tests/pdf/fonts.ts';
import { sampleLetter } from '../../tests/pdf/sample-letter.ts';
import { medianMsAsync, round, type Figures } from '../bench-lib.ts';

/** The first letter of growing length that fills exactly three A4 pages. */
function threePageLetter(serif: Uint8Array): Letter {
  const { metrics } = loadFont(serif);
  for (let n = 10; n < 200; n++) {
    const letter = sampleLetter(n, 4);
    if (layoutLetter(letter, metrics).pages.length === 3) return letter;
  }
  throw new Error('no three-page letter');
}

export async function figures(): Promise<Figures> {
  const letter = threePageLetter(serif);
  const letterPdf = await createLetterPdf({ letter, fonts: { serif } });
  const envelope: EnvelopeSpec = {
    format: 'DL',
    recipient: {
      to: ['Балину Андрею Альбертовичу', '1974 г. р.'],
      where: ['ФКУ СИЗО-4 ГУФСИН России по Самарской области', 'Хрящевское ш., д. 3', 'г. Тольятти', 'Самарская обл.'],
      index: '445023',
    },
    sender: { to: ['Петровой Марии Ивановны'], where: ['ул. Ленина, д. 5, кв. 12', 'г. Самара'], index: '443001' },
  };
  const envelopePdf = await createEnvelopePdf({ envelopes: [envelope], fonts: { sans } });
  return {
    letter3Pages: letterPdf.pageCount,
    letter3PagesMs: await medianMsAsync(() => createLetterPdf({ letter, fonts: { serif } }), 20, 5),
    letter3PagesKB: round(letterPdf.bytes.length / 1024, 1),
    envelopeMs: await medianMsAsync(() => createEnvelopePdf({ envelopes: [envelope], fonts: { sans } }), 20, 5),
    envelopeKB: round(envelopePdf.bytes.length / 1024, 1),
  };
}
