import { memo, type RefObject } from 'react';
import type { Finding } from '../../core/checker/index.ts';
import { highlightSegments } from '../check/highlight.ts';
import { pieceStarts } from '../findings/live-findings.ts';

interface Piece {
  start: number;
  text: string;
  findings: Finding[];
}

/** The letter cut where the live check cuts it, each piece with its own findings (offsets local to it). */
function piecesOf(text: string, findings: readonly Finding[]): Piece[] {
  const starts = pieceStarts(text);
  const pieces: Piece[] = starts.map((start, i) => ({ start, text: text.slice(start, starts[i + 1] ?? text.length), findings: [] }));
  let p = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    while (p + 1 < pieces.length && (pieces[p + 1] as Piece).start <= f.start) p++;
    const piece = pieces[p] as Piece;
    piece.findings.push({ ...f, start: f.start - piece.start, end: f.end - piece.start });
  }
  return pieces;
}

const sameFindings = (a: readonly Finding[], b: readonly Finding[]) =>
  a.length === b.length && a.every((f, i) => f.start === b[i]?.start && f.end === b[i]?.end && f.severity === b[i]?.severity);

// A keystroke changes one piece: the others keep their text and findings and are not drawn again,
// wherever they now start (a piece's findings are local to it, so typing above does not touch them).
const MarkedPiece = memo(
  function MarkedPiece({ piece }: { piece: Piece }) {
    return (
      // A block per piece: a keystroke lays out again only the piece it changed. The piece's
      // closing line break ends the block's last line, so the lines fall exactly as in the textarea.
      <div className="editor-piece">
        {highlightSegments(piece.text, piece.findings).map((s) =>
          s.severity ? (
            <mark key={s.start} className={`mark mark-${s.severity}`}>
              {s.text}
            </mark>
          ) : (
            s.text
          ),
        )}
      </div>
    );
  },
  (a, b) => a.piece.text === b.piece.text && sameFindings(a.piece.findings, b.piece.findings),
);

/**
 * The longest letter the backdrop draws marks for. A real letter is a few thousand characters;
 * a 200,000-character paste mirrored with its marks cost Chromium an 8-second layout before the
 * first frame (scripts/measure-hostile.ts paste). Past this length the backdrop stays empty, the
 * editor says why, and the findings list below still holds every finding.
 */
export const marksUpTo = 20_000;

interface Props {
  text: string;
  findings: readonly Finding[];
  backdropRef: RefObject<HTMLDivElement | null>;
}

/**
 * The marks drawn behind the transparent textarea, in the same font, size and wrapping, so
 * each mark sits under its words. Hidden from assistive technology: the findings list says
 * the same in words.
 */
export function EditorMarks({ text, findings, backdropRef }: Props) {
  // Too long to mirror: only the backdrop's white stays behind the textarea, the text is laid out once.
  if (text.length > marksUpTo) return <div className="editor-backdrop letter-body" aria-hidden="true" ref={backdropRef} />;
  // Keyed by their text: a new paragraph, or one removed, leaves every other piece as it is.
  const seen = new Map<string, number>();
  const keyOf = (piece: Piece) => {
    const n = seen.get(piece.text) ?? 0;
    seen.set(piece.text, n + 1);
    return `${n}:${piece.text}`;
  };
  return (
    <div className="editor-backdrop letter-body" aria-hidden="true" ref={backdropRef}>
      {piecesOf(text, findings).map((piece) => (
        <MarkedPiece key={keyOf(piece)} piece={piece} />
      ))}
      {/* A final line break in a textarea still takes a line: an empty piece stands for it. */}
      {text.endsWith('\n') ? <div className="editor-piece"> </div> : null}
    </div>
  );
}
