import { useEffect } from 'react';
import { useForm, type FieldValues, type Path } from 'react-hook-form';

/**
 * A react-hook-form form that shows the store, never a copy of it. `values` are the store's
 * own values: when they change elsewhere (another tab, an erase, another draft opened), the form
 * shows the change at once, so it can never write stale text back. Each input writes its own
 * change to the store (register's `onChange`), so the form keeps no state of its own but which
 * fields the writer has left and what is wrong with them.
 *
 * A field is checked when the writer leaves it, then again on every change to it, whoever made
 * the change: a message never describes text that is no longer there.
 */
export function useStoreForm<T extends FieldValues>(values: T) {
  const form = useForm<T>({ values, mode: 'onTouched', resetOptions: { keepErrors: true, keepTouched: true } });
  const { trigger, getFieldState } = form;
  useEffect(() => {
    const left = (Object.keys(values) as Path<T>[]).filter((name) => getFieldState(name).isTouched);
    if (left.length > 0) void trigger(left);
  }, [values, trigger, getFieldState]);
  return form;
}
