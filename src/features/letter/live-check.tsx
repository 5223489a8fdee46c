import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../core/checker/index.ts';
import type { Edited } from '../../core/writing/splice.ts';
import { FindingList } from '../findings/finding-list.tsx';
import { useUndo } from '../findings/undo.tsx';

interface Props {
  body: string;
  findings: readonly Finding[];
  onEdit(edit: Edited): void;
  onShow(start: number, end: number): void;
}

/**
 * The verdict under the editor as the writer types, and the findings themselves behind one
 * toggle (one tab stop on the way from the letter to "Next"), each with its one-click fixes.
 */
export function LiveCheck({ body, findings, onEdit, onShow }: Props) {
  const { t } = useTranslation('screens');
  const [open, setOpen] = useState(false);
  const { act, bar } = useUndo(body, onEdit);
  if (!body.trim()) return bar;
  const serious = findings.filter((f) => f.severity !== 'low').length;
  return (
    <div className="live-check-box">
      <p className={`live-check ${serious === 0 ? 'live-check-ok' : 'live-check-warn'}`} role="status">
        {serious === 0 ? t('letter.liveClean') : t('letter.liveFindings', { count: serious })}
      </p>
      {bar}
      {findings.length > 0 ? (
        <details className="live-findings" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
          <summary>{t('check.passagesToggle')}</summary>
          {/* Drawn only while open: a closed list costs nothing per keystroke. */}
          {open ? <FindingList text={body} findings={findings} onAct={act} onShow={onShow} idPrefix="live-finding" /> : null}
        </details>
      ) : null}
    </div>
  );
}
