// Stands in for html-entities (two copies of its table of named references, ~70 KB),
// which pdf-lib uses only to escape text in XMP metadata and form XML. Its default
// `encode` mode escapes exactly these five characters.
const special: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function encode(text: string | null | undefined): string {
  return text ? text.replace(/[&<>"']/g, (ch) => special[ch] as string) : '';
}
