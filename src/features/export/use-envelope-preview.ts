import { useEffect, useMemo, useState } from 'react';
import type * as PdfModule from '../../core/pdf/index.ts';
import type { EnvelopeSpec, LayoutPage } from '../../core/pdf/index.ts';
import { sansFont } from './fonts.ts';

/**
 * The envelope face laid out exactly as it will print. The layout code and PT Sans
 * (for measuring text) load once, after the step opens; until then there is no preview.
 */
export function useEnvelopePreview(spec: EnvelopeSpec | null): LayoutPage | null {
  const [tools, setTools] = useState<{ pdf: typeof PdfModule; sans: Uint8Array } | null>(null);
  useEffect(() => {
    let live = true;
    Promise.all([import('../../core/pdf/index.ts'), sansFont()]).then(
      ([pdf, sans]) => live && setTools({ pdf, sans }),
      () => undefined, // no preview; the download still reports its own error
    );
    return () => {
      live = false;
    };
  }, []);
  return useMemo(() => {
    if (!tools || !spec) return null;
    return tools.pdf.layoutEnvelopePage(spec, tools.pdf.loadFont(tools.sans).metrics).page;
  }, [tools, spec]);
}
