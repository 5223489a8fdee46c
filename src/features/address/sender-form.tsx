import { useTranslation } from 'react-i18next';
import { useStoreForm } from '../../components/ui/use-store-form.ts';
import { useDraftStore } from '../../state/draft-store.ts';
import { limits } from '../../state/model.ts';

/** The writer's own name and address, shown from and saved to the shared profile as they are typed. */
export function SenderForm() {
  const { t } = useTranslation('screens');
  const sender = useDraftStore((s) => s.sender);
  const setSender = useDraftStore((s) => s.setSender);
  const { register } = useStoreForm(sender);
  return (
    <form className="form" onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor="sender-name">{t('address.senderName')}</label>
        <input
          id="sender-name"
          autoComplete="name"
          aria-describedby="sender-name-hint"
          maxLength={limits.shortText}
          {...register('name', { onChange: (e: { target: HTMLInputElement }) => setSender({ name: e.target.value }) })}
        />
        <p id="sender-name-hint" className="hint">
          {t('address.senderNameHint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor="sender-address">{t('address.senderAddress')}</label>
        <textarea
          id="sender-address"
          rows={3}
          autoComplete="street-address"
          aria-describedby="sender-address-hint"
          maxLength={limits.addressText}
          {...register('address', { onChange: (e: { target: HTMLTextAreaElement }) => setSender({ address: e.target.value }) })}
        />
        <p id="sender-address-hint" className="hint">
          {t('address.senderAddressHint')}
        </p>
      </div>
    </form>
  );
}
