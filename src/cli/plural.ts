/**
 * A counted message from a locale table the CLI reads itself (it runs without i18next): the
 * form i18next would pick for `count` in `lang` (`key_one`, `key_few`, `key_many`, `key_other`,
 * by Intl.PluralRules, as i18next does), with its {{placeholders}} filled in.
 */
export function counted(table: Readonly<Record<string, string>>, key: string, lang: string, values: { count: number } & Record<string, string | number>): string {
  const form = new Intl.PluralRules(lang).select(values.count);
  const text = table[`${key}_${form}`] ?? table[`${key}_other`] ?? key;
  return text.replace(/{{\s*(\w+)\s*}}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
