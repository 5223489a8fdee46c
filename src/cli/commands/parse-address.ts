import { readFileSync } from 'node:fs';
import { addressFields } from '../../core/address/fields.ts';
import { parseAddress, type AddressWarning } from '../../core/address/index.ts';
import { CliError, parseArgs, type Command } from '../command.ts';

type Messages = Record<string, string>;

function loadWarnings(lang: 'en' | 'ru'): Messages {
  const url = new URL(`../../../locales/${lang}/address.json`, import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { warnings: Messages }).warnings;
}

/** Human text of a warning code, i18next-style `{{param}}` interpolation. */
export function warningText(w: AddressWarning, lang: 'en' | 'ru' = 'en'): string {
  const template = loadWarnings(lang)[w.code] ?? w.code;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_m, key: string) => String(w.params?.[key] ?? ''));
}

const usage = `Usage: npm run --silent cli -- parse-address [--lang en|ru] < address.txt

Reads one published address (any common order, "Кому:/Куда:" labels, commas, semicolons
or line breaks) from stdin and prints one JSON object.

Keys (absent parts are null):
  index            "445023" (six digits)
  region           official abbreviated form: "Самарская обл.", "Республика Мордовия",
                   "Чувашская Республика", "Краснодарский край", "Ямало-Ненецкий АО";
                   federal cities as "г. Москва", "г. Санкт-Петербург", "г. Севастополь"
  district         "Теньгушевский р-н"
  locality         name only, without its type word: "Тольятти", "Барашево"
                   (the type is in localityType: "г.", "п.", "с.", "пгт"...)
  street           name with its type in the official abbreviation, in the written order:
                   "ул. Свердлова", "Хрящевское ш.", "Красный пр-т", "5-я линия В.О.";
                   without a type word as written ("Матросская Тишина"); a microdistrict and
                   a street both, comma-separated ("мкр. Юность, ул. Лесная")
  house            "3", "5А", "12/2"; houseType null for "д.", else "вл.", "двлд.", "зд.", "соор.";
                   building/buildingType "2"/"корп.", flat "12"
  institution      short form: "СИЗО-4", "ИК-3", "ЛИУ-8", "Т-2" ("№ 4" → "-4")
  institutionFull  as written, spacing normalised: "ФКУ СИЗО-4 ГУФСИН России по Самарской области"
  surname, name, patronymic   nominative case (a dative "Балину Андрею" becomes "Балин Андрей");
                   initials kept as "П.", "А."
  birthYear        number, e.g. 1974
  gender           "m", "f" or null
  warnings         array of English sentences
  unplaced         parts of the text that could not be placed

Exit status: 0 on success; 1 (message on stderr) if no recipient or no postcode is found.`;

export const command: Command = {
  name: 'parse-address',
  summary: 'Parse one address from stdin into JSON fields.',
  usage,
  async run(args, io) {
    const lang = parseArgs(args).str('lang') === 'ru' ? 'ru' : 'en';
    const text = await io.readStdin();
    const { address, warnings } = parseAddress(text);
    if (!address.recipient?.surname) throw new CliError('no recipient name found in the address', 1);
    if (!address.index) throw new CliError('no postcode (6 digits) found in the address', 1);
    const out = {
      ...addressFields(address),
      country: address.country,
      localityType: address.localityType,
      streetType: address.streetType,
      houseType: address.houseType,
      building: address.building,
      buildingType: address.buildingType,
      flat: address.flat,
      gender: address.recipient.gender,
      initials: address.recipient.initials,
      warnings: warnings.map((w) => warningText(w, lang)),
      unplaced: address.unplaced,
    };
    io.out(JSON.stringify(out, null, 2));
    return 0;
  },
};
