import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Edited } from '../../core/writing/splice.ts';

interface Done {
  before: string;
  after: string;
  message: string;
}

/**
 * One-step undo for the one-click fixes: the letter before the fix is kept, and offered back
 * while the letter is still what the fix made of it (any other edit ends the offer).
 */
export function useUndo(text: string, apply: (edit: Edited) => void) {
  const [done, setDone] = useState<Done | null>(null);
  const [undone, setUndone] = useState(false);
  const act = (edit: Edited, message: string) => {
    setDone({ before: text, after: edit.text, message });
    setUndone(false);
    apply(edit);
  };
  const undo = () => {
    if (!done) return;
    apply({ text: done.before, caret: 0 });
    setDone(null);
    setUndone(true);
  };
  return { act, bar: <UndoBar done={done?.after === text ? done : null} undone={undone} onUndo={undo} /> };
}

function UndoBar({ done, undone, onUndo }: { done: Done | null; undone: boolean; onUndo: () => void }) {
  const { t } = useTranslation('screens');
  return (
    <p role="status" className="finding-status">
      {done ? (
        <>
          {done.message}{' '}
          <button type="button" className="link-button" onClick={onUndo}>
            {t('check.undo')}
          </button>
        </>
      ) : undone ? (
        t('check.undone')
      ) : null}
    </p>
  );
}
