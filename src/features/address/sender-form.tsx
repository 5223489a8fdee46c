import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useDraftStore, type Sender } from '../../state/draft-store.ts';

/** The writer's own name and address; every change is saved to the draft as it is typed. */
export function SenderForm() {
  const { t } = useTranslation('screens');
  const sender = useDraftStore((s) => s.sender);
  const setSender = useDraftStore((s) => s.setSender);
  const { register, subscribe } = useForm<Sender>({ defaultValues: sender });
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ values }) => setSender({ name: values.name, address: values.address }),
      }),
    [subscribe, setSender],
  );
  return (
    <form className="form" onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor="sender-name">{t('address.senderName')}</label>
        <input id="sender-name" autoComplete="name" aria-describedby="sender-name-hint" {...register('name')} />
        <p id="sender-name-hint" className="hint">
          {t('address.senderNameHint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor="sender-address">{t('address.senderAddress')}</label>
        <textarea id="sender-address" rows={3} autoComplete="street-address" aria-describedby="sender-address-hint" {...register('address')} />
        <p id="sender-address-hint" className="hint">
          {t('address.senderAddressHint')}
        </p>
      </div>
    </form>
  );
}
