import { describe, expect, it } from 'vitest';
import { decodeLanguage, decodeLetters, decodeLists, decodeSettings, encode, lettersVersion } from './migrate.ts';
import { emptyLetters, newDraft, type SavedLetters } from './model.ts';

const balin = { kind: 'directory', prisonerId: 'balin-andrei-albertovich-1974' };
const manual = { surname: 'Беркович', first: 'Евгения', patronymic: 'Борисовна', birthYear: '1985', institution: '', street: '', house: '', locality: '', district: '', region: '', index: '127055' };

// Every shape `konvert.draft` has had (see git history of src/state/draft-store.ts).
const legacy = [
  { name: 'v0 (no version field)', raw: { state: { recipient: balin, body: 'Привет', sender: { name: 'Мария', address: 'Самара' }, nameCorrections: {} } } },
  { name: 'v1', raw: { state: { recipient: { kind: 'pasted', addressText: '445023, Тольятти, Балину А. А.' }, body: 'Привет', sender: { name: 'Мария', address: 'Самара' }, nameCorrections: { 'Балин Андрей': 'Балину Андрею' } }, version: 1 } },
  { name: 'v2 without abroad', raw: { state: { recipient: balin, body: 'Привет', sender: { name: 'Мария', address: 'Самара', gender: 'f' }, nameCorrections: {}, blankValues: { city: 'Самара' } }, version: 2 } },
  { name: 'v2 with abroad', raw: { state: { recipient: null, body: 'Привет', sender: { name: 'Mary', address: 'Berlin', gender: null, abroad: true }, nameCorrections: {}, blankValues: {} }, version: 2 } },
  {
    name: 'v3',
    raw: { state: { recipient: { kind: 'manual', fields: manual }, pastedText: 'old paste', manualFields: manual, body: 'Привет', sender: { name: 'Мария', address: 'Самара', gender: 'f', abroad: false }, nameCorrections: {}, blankValues: {} }, version: 3 },
  },
];

describe('decodeLetters from the old single draft', () => {
  it.each(legacy)('migrates $name, keeping every field the writer saved', ({ raw }) => {
    const decoded = decodeLetters(JSON.stringify(raw), true);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.migrated).toBe(true);
    const { drafts, activeDraftId, profile, nameCorrections } = decoded.value;
    expect(drafts).toHaveLength(1);
    const draft = drafts[0];
    expect(draft?.id).toBe(activeDraftId);
    expect(draft?.body).toBe('Привет');
    expect(draft?.recipient).toEqual(raw.state.recipient);
    expect(draft?.options).toEqual({ returnAddress: true });
    expect(profile.name).toBe(raw.state.sender.name);
    expect(profile.gender).toBe(raw.state.sender.gender ?? null);
    expect(profile.abroad).toBe(raw.state.sender.abroad ?? false);
    expect(nameCorrections).toEqual(raw.state.nameCorrections);
  });

  it('keeps a v1 pasted address in the paste box, where v3 keeps it', () => {
    const decoded = decodeLetters(JSON.stringify(legacy[1]?.raw), true);
    expect(decoded.ok && decoded.value.drafts[0]?.pastedText).toBe('445023, Тольятти, Балину А. А.');
  });

  // The probe's nested cases (security-probe.md #3b): each passed the old shallow check and broke screens.
  const base = { recipient: null, body: 'x', sender: { name: '', address: '' }, nameCorrections: {} };
  it.each([
    ['sender {}', { ...base, sender: {} }, 'sender.name'],
    ['sender.name a number', { ...base, sender: { name: 5, address: '' } }, 'sender.name'],
    ['pasted address a number', { ...base, recipient: { kind: 'pasted', addressText: 5 } }, 'recipient.addressText'],
    ['manual fields null', { ...base, recipient: { kind: 'manual', fields: null } }, 'recipient.fields'],
    ['nameCorrections null', { ...base, nameCorrections: null }, 'nameCorrections'],
    ['a correction a number', { ...base, nameCorrections: { a: 1 } }, 'nameCorrections.a'],
    ['an unknown recipient kind', { ...base, recipient: { kind: 'email', to: 'x' } }, 'recipient.kind'],
    ['body missing', { recipient: null, sender: { name: '', address: '' }, nameCorrections: {} }, 'body'],
    ['gender not m/f', { ...base, sender: { name: '', address: '', gender: 'x' } }, 'sender.gender'],
  ])('finds a stored draft with %s corrupt, naming the bad field', (_, state, path) => {
    const decoded = decodeLetters(JSON.stringify({ state, version: 3 }), true);
    expect(decoded.ok).toBe(false);
    if (decoded.ok) return;
    expect(decoded.reason).toBe('corrupt');
    expect(decoded.issues.map((i) => i.path)).toContain(path);
  });

  it.each([
    ['not JSON', '{"state": {"body": 12'],
    ['a number', '5'],
    ['null', 'null'],
    ['an array', '[]'],
    ['state a number', '{"state": 5, "version": 3}'],
    ['version as text', '{"state": {}, "version": "three"}'],
    ['a negative version', '{"state": {}, "version": -1}'],
  ])('finds %s corrupt', (_, raw) => {
    const decoded = decodeLetters(raw, true);
    expect(decoded).toMatchObject({ ok: false, reason: 'corrupt' });
  });
});

describe('decodeLetters, today’s shape', () => {
  const letters: SavedLetters = emptyLetters();
  const twoDrafts: SavedLetters = (() => {
    const a = newDraft({ body: 'A', recipient: balin as never });
    const b = newDraft({ body: 'B', recipient: { kind: 'directory', prisonerId: 'x', listId: 'list1' } });
    return { ...letters, drafts: [a, b], activeDraftId: b.id, history: { 'id:x': { name: 'Иванов', sent: [{ date: '2026-11-30', way: 'fpismo', draftId: b.id }] } } };
  })();

  it.each([
    ['an empty start', letters],
    ['two drafts and a history', twoDrafts],
  ])('reads back %s exactly', (_, value) => {
    expect(decodeLetters(encode(lettersVersion, value))).toEqual({ ok: true, value, migrated: false });
  });

  it('keeps data from a newer version instead of downgrading it', () => {
    expect(decodeLetters(encode(99, { drafts: [], newField: 1 }))).toMatchObject({ ok: false, reason: 'future' });
  });

  it.each([
    ['no drafts', { ...letters, drafts: [] }, 'drafts'],
    ['an active id that is no draft', { ...letters, activeDraftId: 'nope' }, '(top)'],
    ['two drafts with one id', { ...letters, drafts: [letters.drafts[0], letters.drafts[0]] }, 'drafts'],
    ['a sent record sent by pigeon', { ...letters, history: { k: { name: 'x', sent: [{ date: '2026-01-01', way: 'pigeon', draftId: null }] } } }, 'history.k.sent[0].way'],
    ['a sent date that is no date', { ...letters, history: { k: { name: 'x', sent: [{ date: '2026-13-01', way: 'post', draftId: null }] } } }, 'history.k.sent[0].date'],
    ['a body over the limit', { ...letters, drafts: [{ ...letters.drafts[0], body: 'я'.repeat(200_001) }] }, 'drafts[0].body'],
    ['options missing', { ...letters, drafts: [{ ...letters.drafts[0], options: undefined }] }, 'drafts[0].options'],
  ])('rejects %s', (_, state, path) => {
    const decoded = decodeLetters(encode(lettersVersion, state));
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.issues.map((i) => i.path)).toContain(path);
  });

  it('keeps a __proto__ correction as plain data', () => {
    const raw = `{"version":${lettersVersion},"state":${JSON.stringify({ ...letters, nameCorrections: {} }).replace('"nameCorrections":{}', '"nameCorrections":{"__proto__":"x"}')}}`;
    const decoded = decodeLetters(raw);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(Object.getPrototypeOf(decoded.value.nameCorrections)).toBe(Object.prototype);
    expect(Object.keys(decoded.value.nameCorrections)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('refuses the old single draft under the new key', () => {
    expect(decodeLetters(JSON.stringify(legacy[4]?.raw))).toMatchObject({ ok: false, reason: 'corrupt' });
  });
});

describe('settings and lists', () => {
  it.each([
    ['v1', { state: { keepDrafts: false }, version: 1 }, { keepDrafts: false, latinInput: false, language: null }, true],
    ['v2', { state: { keepDrafts: true, latinInput: true }, version: 2 }, { keepDrafts: true, latinInput: true, language: null }, true],
    ['v3', { state: { keepDrafts: true, latinInput: false, language: 'en' }, version: 3 }, { keepDrafts: true, latinInput: false, language: 'en' }, false],
  ])('reads settings %s', (_, raw, value, migrated) => {
    expect(decodeSettings(JSON.stringify(raw))).toEqual({ ok: true, value, migrated });
  });

  it.each([['{"state":{"keepDrafts":"yes"},"version":2}'], ['{"state":{"keepDrafts":true,"language":"de"},"version":3}']])('finds settings %s corrupt', (raw) => {
    expect(decodeSettings(raw).ok).toBe(false);
  });

  it.each([
    ['ru', 'ru'],
    ['en-GB', 'en'],
    ['de', null],
    [null, null],
  ])('reads the old language key %j', (raw, lang) => {
    expect(decodeLanguage(raw)).toBe(lang);
  });

  it('reads lists and refuses a row with a wrong type', () => {
    const row = {
      id: 'x', surname: 'Иванов', first: null, patronymic: null, gender: null, birthYear: 1980, institution: null, institutionFull: null,
      address: { index: '445023', region: null, district: null, locality: null, localityType: null, street: null, streetType: null, house: null, building: null, buildingType: null, flat: null },
      oneLineAddress: '445023, Тольятти', source: { url: 'https://example.org', title: 'x' }, checkedAt: '2026-01-01', languages: ['ru'], notes: { ru: '', en: '' },
    };
    const list = { id: 'l1', name: 'List', importedAt: '2026-12-01T10:00:00.000Z', source: null, rows: [row] };
    expect(decodeLists(encode(1, [list]))).toMatchObject({ ok: true, value: [list] });
    const bad = decodeLists(encode(1, [{ ...list, rows: [{ ...row, birthYear: '1980' }] }]));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues[0]?.path).toBe('[0].rows[0].birthYear');
  });
});
