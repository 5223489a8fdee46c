import { memo, useState, type RefObject } from 'react';
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
 * editor says why, and the findings list below still holds every finding. Well above 20,000:
 * a 20,000-character letter must keep its marks as the writer goes on typing (issue 15), and
 * at exactly 20,000 they went at the first key.
 */
export const marksUpTo = 30_000;

interface PieceKeys {
  texts: readonly string[];
  keys: readonly number[];
  next: number;
}

/**
 * React keys for the pieces, kept across edits. An edit changes one stretch of the letter: the
 * pieces before it and after it keep their keys (matched from each end), those in between take
 * over the keys of the pieces they replace, in order, and new keys beyond those. So the pieces
 * React keeps never change order and it never moves one. Keys made of the text and how often it
 * came before did move them: a new piece at the top shifted the count of every later piece with
 * the same text (every blank line; every paragraph of a letter of repeats), React moved each of
 * those, and the browser laid the whole backdrop out again (38 ms of CPU for the first key at the
 * top of a 20,000-character letter, in scripts/typing-latency.ts TRACE=1).
 */
export function pieceKeys(previous: PieceKeys, texts: readonly string[]): PieceKeys {
  const old = previous.texts;
  let head = 0;
  while (head < old.length && head < texts.length && old[head] === texts[head]) head++;
  let tail = 0;
  while (tail < old.length - head && tail < texts.length - head && old[old.length - 1 - tail] === texts[texts.length - 1 - tail]) tail++;
  let next = previous.next;
  const middle = texts.length - head - tail;
  const reused = previous.keys.slice(head, old.length - tail);
  const keys = [...previous.keys.slice(0, head), ...Array.from({ length: middle }, (_, i) => reused[i] ?? next++), ...previous.keys.slice(old.length - tail)];
  return { texts, keys, next };
}

/**
 * Keys for one editor's pieces, remembering the last texts it was given. It gives the same keys
 * for the same texts again, so calling it while rendering is safe when React renders twice or
 * throws a render away.
 */
function pieceKeyer(): (texts: readonly string[]) => readonly number[] {
  let last: PieceKeys = { texts: [], keys: [], next: 0 };
  return (texts) => {
    last = pieceKeys(last, texts);
    return last.keys;
  };
}

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
  const [keyer] = useState(pieceKeyer);
  // Too long to mirror: only the backdrop's white stays behind the textarea, the text is laid out once.
  if (text.length > marksUpTo) return <div className="editor-backdrop letter-body" aria-hidden="true" ref={backdropRef} />;
  const pieces = piecesOf(text, findings);
  const keys = keyer(pieces.map((p) => p.text));
  return (
    <div className="editor-backdrop letter-body" aria-hidden="true" ref={backdropRef}>
      {pieces.map((piece, i) => (
        <MarkedPiece key={keys[i]} piece={piece} />
      ))}
      {/* A final line break in a textarea still takes a line: an empty piece stands for it. */}
      {text.endsWith('\n') ? <div className="editor-piece"> </div> : null}
    </div>
  );
}
