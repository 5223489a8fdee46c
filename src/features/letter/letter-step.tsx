import { useTranslation } from 'react-i18next';
import { StepFooter } from '../../components/flow/step-footer.tsx';
import { Screen } from '../../components/ui/screen.tsx';
import { useDraftStore } from '../../state/draft-store.ts';
import { ChannelChoice } from './channel-choice.tsx';
import { LetterEditor } from './letter-editor.tsx';
import { PhrasebookPanel } from './phrasebook-panel.tsx';
import { insertPhrase } from '../../core/writing/splice.ts';
import { TemplatePicker } from './template-picker.tsx';
import { useLetterEditing } from './use-letter-editing.ts';

export function LetterStep() {
  const { t } = useTranslation('screens');
  const { textareaRef, caretRef, applyEdit, selection } = useLetterEditing();

  const insertAtCursor = (phrase: string) => {
    const { start, end } = selection();
    // No focus: the page stays where the writer is, and the next phrase goes after this one.
    applyEdit(insertPhrase(useDraftStore.getState().body, start, end, phrase), false);
  };

  const putTemplate = (text: string) => {
    if (useDraftStore.getState().body.trim() && !window.confirm(t('letter.replaceConfirm'))) return false;
    applyEdit({ text, caret: 0 }, true);
    return true;
  };

  return (
    <Screen title={t('letter.title')} intro={<p>{t('letter.intro')}</p>} footer={<StepFooter step="letter" />}>
      <div className="letter-layout">
        <LetterEditor textareaRef={textareaRef} caretRef={caretRef} onEdit={applyEdit} />
        <div className="letter-tools">
          <ChannelChoice />
          <TemplatePicker onUse={putTemplate} />
          <PhrasebookPanel onInsert={insertAtCursor} />
        </div>
      </div>
    </Screen>
  );
}
