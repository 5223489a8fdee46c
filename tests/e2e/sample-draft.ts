/** A saved draft as the app stores it: Balin from the directory, a letter with one innocent trap word and a few real risks. */
export const sampleDraft = {
  state: {
    recipient: { kind: 'directory', prisonerId: 'balin-andrei-albertovich-1974' },
    body: 'Здравствуйте, Андрей Альбертович!\n\nМеня зовут Мария, я живу в Самаре. На даче пошли новые побеги у томатов, а вечерами я читаю «Прощай, оружие!».\n\nАдвокат говорит, что апелляцию подадут в марте. Если что, звоните мне: 8 916 123-45-67.\n\nЧто вы сейчас читаете?',
    sender: { name: 'Петрова Мария Ивановна', address: 'ул. Ленина, д. 5, кв. 12, г. Самара, 443001', gender: 'f', abroad: false },
    nameCorrections: {},
    blankValues: {},
  },
  version: 2,
};
