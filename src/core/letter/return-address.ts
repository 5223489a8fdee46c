// «Мой адрес для ответа: …»: the writer's return address repeated at the end of
// the letter, because envelopes are not always handed over and papers get lost
// on transfer (review §A 9, missing point 2). A visible option: on by default
// for a writer inside Russia, off abroad, where the address is in Latin letters
// and the reply needs another route anyway.

export const RETURN_ADDRESS_LABEL = 'Мой адрес для ответа:';

/**
 * The writer's setting, when they made one, else the default for their
 * situation. The draft keeps the setting as `returnAddressInLetter`
 * (true / false / absent = default).
 */
export function includeReturnAddress(setting: boolean | null | undefined, abroad: boolean): boolean {
  return setting ?? !abroad;
}

/**
 * The line as it prints, from the sender's name and address as typed (lines
 * joined with commas), or null when there is no address.
 */
export function returnAddressLine(sender: { name?: string | null; address: string }): string | null {
  const address = sender.address
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+/g, ' ').replace(/[,;\s]+$/, '').trim())
    .filter(Boolean)
    .join(', ');
  if (!address) return null;
  const name = sender.name?.replace(/\s+/g, ' ').trim();
  return `${RETURN_ADDRESS_LABEL} ${name ? `${name}, ` : ''}${address}`;
}
