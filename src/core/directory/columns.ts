import type { PrisonerInput } from './record.ts';

/**
 * Column headers of published lists and spreadsheets, in Russian or English, mapped to the
 * fields of a prisoner. Headers are compared folded: lower case, ё → е, punctuation and
 * repeated spaces dropped ("Адрес для писем:" and "адрес для писем" are one header).
 */
export type Column =
  | keyof PrisonerInput
  | 'fullName'
  | 'notes'
  | 'birthDate'
  | 'index'
  | 'region'
  | 'district'
  | 'locality'
  | 'street'
  | 'house';

const NAMES: Record<Column, string[]> = {
  id: ['id'],
  fullName: ['фио', 'фамилия имя отчество', 'имя фамилия', 'имя и фамилия', 'полное имя', 'заключенный', 'политзаключенный', 'получатель', 'кому', 'full name', 'fullname', 'fio', 'prisoner', 'recipient', 'person'],
  surname: ['фамилия', 'surname', 'last name', 'lastname', 'family name'],
  first: ['first name', 'firstname', 'given name', 'first'],
  patronymic: ['отчество', 'patronymic', 'middle name', 'middlename'],
  gender: ['пол', 'gender', 'sex'],
  birthYear: ['год рождения', 'гр', 'г р', 'birth year', 'birthyear', 'birth_year', 'year of birth', 'born'],
  birthDate: ['дата рождения', 'др', 'д р', 'date of birth', 'birth date', 'birthdate', 'dob'],
  institution: ['учреждение', 'колония', 'сизо', 'место заключения', 'institution', 'facility', 'prison', 'colony'],
  oneLineAddress: ['адрес', 'адрес для писем', 'адрес для переписки', 'почтовый адрес', 'куда', 'address', 'address for letters', 'mailing address', 'postal address', 'onelineaddress', 'one line address'],
  index: ['индекс', 'почтовый индекс', 'postcode', 'post code', 'postal code', 'zip', 'index'],
  region: ['регион', 'область', 'субъект', 'region', 'oblast'],
  district: ['район', 'district'],
  locality: ['город', 'населенный пункт', 'нас пункт', 'city', 'town', 'locality', 'settlement'],
  street: ['улица', 'street'],
  house: ['дом', 'house', 'building'],
  sourceUrl: ['источник', 'ссылка', 'source', 'sourceurl', 'source url', 'url', 'link'],
  sourceTitle: ['название источника', 'sourcetitle', 'source title'],
  checkedAt: ['дата проверки', 'проверено', 'checkedat', 'checked', 'checked at', 'updated', 'last checked'],
  languages: ['языки', 'язык', 'languages', 'language'],
  notes: ['примечание', 'примечания', 'заметки', 'комментарий', 'notes', 'note', 'comment'],
  notesRu: ['notes_ru', 'notesru', 'notes ru'],
  notesEn: ['notes_en', 'notesen', 'notes en'],
};

export function foldHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^a-zа-я0-9_]+/g, ' ')
    .trim();
}

const BY_NAME = new Map<string, Column>();
for (const [column, names] of Object.entries(NAMES) as [Column, string[]][]) for (const n of names) BY_NAME.set(foldHeader(n), column);

/**
 * Which field each header holds. "Имя"/"name" is the first name beside a surname column and the
 * whole name without one (English lists usually write "Name: Andrei Balin").
 */
export function mapHeaders(headers: string[]): (Column | null)[] {
  const folded = headers.map(foldHeader);
  const hasSurname = folded.some((h) => BY_NAME.get(h) === 'surname');
  return folded.map((h) => {
    if (h === 'имя' || h === 'name') return hasSurname ? 'first' : 'fullName';
    return BY_NAME.get(h) ?? null;
  });
}

/** The address parts of a spreadsheet that splits them, in the order a published one-line address gives them. */
export const ADDRESS_PARTS: readonly Column[] = ['index', 'region', 'district', 'locality', 'street', 'house', 'institution'];
