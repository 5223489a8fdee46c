import { useCallback, useRef } from 'react';
import { useDraftStore } from '../../state/draft-store.ts';
import type { Edited } from '../../core/writing/splice.ts';

/**
 * Owns the letter textarea and its cursor: an edit made by code (a translit key, an
 * inserted phrase) replaces the text through the store, and after React re-renders
 * the textarea the editor puts the cursor back where the edit ended (`caretRef`).
 * It reads the text only when asked, so the step around the editor is not drawn again per keystroke.
 */
export function useLetterEditing() {
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const pendingCaret = useRef<number | null>(null);

  const applyEdit = useCallback((edit: Edited, focus = false) => {
    pendingCaret.current = edit.caret;
    useDraftStore.getState().setBody(edit.text);
    if (focus) textareaRef.current?.focus();
  }, []);

  /** The current selection, or the end of the letter when the textarea is not there. */
  const selection = useCallback(() => {
    const el = textareaRef.current;
    const length = useDraftStore.getState().body.length;
    return { start: el?.selectionStart ?? length, end: el?.selectionEnd ?? length };
  }, []);

  return { textareaRef, caretRef: pendingCaret, applyEdit, selection };
}
