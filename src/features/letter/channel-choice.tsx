import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LetterChannel } from '../../state/model.ts';
import { useDraftStore } from '../../state/draft-store.ts';

const choices: readonly (LetterChannel | null)[] = ['paper', 'fpismo', null];
const labels = { paper: 'letter.channelPaper', fpismo: 'letter.channelFpismo', none: 'letter.channelUnknown' } as const;

/**
 * Paper or F-pismo, per letter. Templates and phrases that claim an enclosure (a stamped
 * reply envelope) are offered only once the writer says the letter goes on paper, since
 * nothing can be enclosed with an e-letter (issue 11; the filter is core/writing/situation).
 */
export function ChannelChoice() {
  const { t } = useTranslation('screens');
  const id = useId();
  const channel = useDraftStore((s) => s.options.channel) ?? null;
  const setOptions = useDraftStore((s) => s.setOptions);
  return (
    <div className="tool">
      <fieldset className="inline-choice" aria-describedby={`${id}-hint`}>
        <legend>{t('letter.channelLegend')}</legend>
        {choices.map((c) => (
          <label key={String(c)}>
            <input type="radio" name={`${id}-channel`} checked={channel === c} onChange={() => setOptions({ channel: c ?? undefined })} />
            {t(labels[c ?? 'none'])}
          </label>
        ))}
      </fieldset>
      <p className="hint" id={`${id}-hint`}>
        {t('letter.channelHint')}
      </p>
    </div>
  );
}
