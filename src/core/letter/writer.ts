import { parseAddress, type AddressWarning } from '../address/index.ts';
import type { PartyForms } from '../parties/index.ts';
import { addressParts, envelopeForms, foreignCountryPart, freeFormForms } from './parties.ts';
import { cyrillicNames } from '../translit/names.ts';
import { declineName, detectGender, formatFullName, splitFullName } from '../names/index.ts';
import { listedFirstNameGender } from '../names/first-name.ts';

/** What is worth checking in the writer's own address, beyond what the address parser notes. */
export interface WriterWarning {
  /**
   * `sender-country-missing`: the writer posts from abroad but names no country we know;
   * `sender-abroad-unticked`: the address names a foreign country, but the writer did not
   * say they post from abroad (the prisoner's envelope then lacks «RUSSIA / РОССИЯ»).
   */
  code: 'sender-country-missing' | 'sender-abroad-unticked';
  params?: Record<string, string | number>;
}

export interface Writer {
  /** The writer as the recipient of the reply envelope and as the sender of the letter. */
  forms: PartyForms;
  /** "Мария Петрова", for the signature. */
  signature: string;
  /** "Петрова Мария Ивановна", for forms such as F-pismo's. */
  fullName: string;
  /** The address is abroad: no Russian postcode boxes or stencil, the country last. */
  abroad: boolean;
  warnings: Array<AddressWarning | WriterWarning>;
}

export interface ReadWriterOptions {
  /**
   * The writer said they post from abroad («Я отправляю письмо из-за границы»). Their
   * address is then read as a foreign one in any script: Russian speakers in Kazakhstan,
   * Armenia or Georgia type it in Cyrillic, and a Russian reading would put a Kazakh
   * postcode into the stencil Russian sorting machines read.
   */
  abroad?: boolean;
}

/**
 * The writer's own name and address, as typed: a Russian address the parser can
 * read (name first or last, with a postcode or a town), or an address abroad —
 * free lines in any script with the name first (DOMAIN.md §6). An address that
 * names a foreign country is read as one abroad even when the writer did not say
 * so. Null when no name can be found, so the caller can ask for one.
 */
export function readWriter(text: string, opts: ReadWriterOptions = {}): Writer | null {
  if (!text.trim()) return null;
  const foreign = foreignCountryPart(addressParts(text)) >= 0;
  if (!foreign && !opts.abroad) {
    const { address, warnings } = parseAddress(text);
    const r = address.recipient;
    if (r?.surname && (address.index || address.locality)) {
      return {
        forms: envelopeForms(address),
        // Signed with the first name only, as the guide advises: the sheet stays with the prisoner
        // and other inmates may read it (fifth native review, item 1).
        signature: r.first ?? r.surname ?? '',
        fullName: [r.surname, r.first, r.patronymic].filter(Boolean).join(' '),
        abroad: false,
        // A writer's own address has no institution, and a city address often no region: no reason to warn.
        warnings: warnings.filter((w) => w.code !== 'no-institution' && w.code !== 'no-region'),
      };
    }
  }
  const free = freeFormForms(text, foreign || opts.abroad ? { international: true } : {});
  if (!free) return null;
  const abroad = !!free.recipient.international;
  const warnings: WriterWarning[] = [];
  if (abroad && !free.country && opts.abroad) warnings.push({ code: 'sender-country-missing' });
  if (free.country && opts.abroad === false) warnings.push({ code: 'sender-abroad-unticked', params: { country: free.country } });
  const forms = declined(free.name);
  const recipient = forms ? { ...free.recipient, to: [forms.dative] } : free.recipient;
  const sender = forms ? { ...free.sender, to: [forms.genitive] } : free.sender;
  return { forms: { recipient, sender }, signature: signatureFrom(free.name), fullName: free.name, abroad, warnings };
}

/**
 * A Cyrillic name abroad («Иванов Иван», Kazakhstan) in the dative for «Кому» on the reply envelope
 * and the genitive for «От кого», as a Russian-language address has it (fifth native review,
 * item 17). Only when the order is sure (surname first, then a first name we know); otherwise the
 * name stays as typed, which is still deliverable.
 */
function declined(name: string): { dative: string; genitive: string } | null {
  if (!/^[А-ЯЁа-яё\s-]+$/.test(name)) return null;
  const full = splitFullName(name);
  if (!full.first || !listedFirstNameGender(full.first)) return null;
  const gender = detectGender(full);
  if (!gender) return null;
  return { dative: formatFullName(declineName(full, 'dative', gender)), genitive: formatFullName(declineName(full, 'genitive', gender)) };
}

/**
 * A writer abroad signs in Cyrillic («Anna Schmidt» → «Анна Шмидт»): Latin letters in the letter
 * itself can stop it (fifth native review, item 1). The name's order is not known here (a Kazakh
 * address may put the surname first), so the whole name is kept.
 */
function signatureFrom(name: string): string {
  return cyrillicNames(name) ?? name;
}
