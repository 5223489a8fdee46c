import { useTranslation } from 'react-i18next';
import { useStoreForm } from '../../components/ui/use-store-form.ts';
import { useDraftStore, type ManualRecipient } from '../../state/draft-store.ts';
import { limits } from '../../state/model.ts';

type Key = keyof ManualRecipient;
const layout: Key[][] = [
  ['surname', 'first', 'patronymic', 'birthYear'],
  ['institution'],
  ['street', 'house'],
  ['locality', 'district'],
  ['region', 'index'],
];
const placeholders: Partial<Record<Key, true>> = { institution: true, street: true, locality: true, region: true };

const thisYear = new Date().getFullYear();
const rules: Partial<Record<Key, (v: string) => boolean>> = {
  surname: (v) => v.trim() !== '',
  index: (v) => v.trim() === '' || /^\d{6}$/.test(v.trim()),
  birthYear: (v) => v.trim() === '' || (/^\d{4}$/.test(v.trim()) && Number(v) >= 1900 && Number(v) <= thisYear),
};

/**
 * The address typed field by field; every keystroke is kept in the draft, valid or not. The
 * form shows the draft itself (useStoreForm), so another draft, another tab or an erase is
 * reflected at once. A field is checked once the writer leaves it.
 */
export function ManualForm() {
  const { t } = useTranslation('screens');
  const fields = useDraftStore((s) => s.manualFields);
  const setManualFields = useDraftStore((s) => s.setManualFields);
  const {
    register,
    formState: { errors },
  } = useStoreForm(fields);

  return (
    <form className="form manual-form" onSubmit={(e) => e.preventDefault()} noValidate>
      {layout.map((row) => (
        <div className="form-row" key={row.join()}>
          {row.map((key) => {
            const id = `manual-${key}`;
            const rule = rules[key];
            const error = errors[key];
            return (
              <div className="field" key={key}>
                <label htmlFor={id}>{t(`prisoner.manualField.${key}`)}</label>
                <input
                  id={id}
                  lang="ru"
                  inputMode={key === 'index' || key === 'birthYear' ? 'numeric' : undefined}
                  placeholder={placeholders[key] ? t(`prisoner.manualPlaceholder.${key as 'institution'}`) : undefined}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${id}-error` : undefined}
                  maxLength={limits.field}
                  {...register(key, {
                    ...(rule ? { validate: rule } : {}),
                    // Onto the draft as it is now, so a field another tab changed meanwhile is kept.
                    onChange: (e: { target: HTMLInputElement }) => setManualFields({ ...useDraftStore.getState().manualFields, [key]: e.target.value }),
                  })}
                />
                {error ? (
                  <p id={`${id}-error`} className="field-error">
                    {t(`prisoner.manualError.${key as 'surname'}`)}
                  </p>
                ) : null}
              </div>
            );
          })}
        </div>
      ))}
    </form>
  );
}
