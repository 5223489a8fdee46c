import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A fresh copy of the state modules, as a newly opened tab loads them from what is stored now. */
async function openTab() {
  vi.resetModules();
  const [letters, draft, storage, scheduler, privacy, rescued, settings] = await Promise.all([
    import('./letters-store.ts'),
    import('./draft-store.ts'),
    import('./safe-storage.ts'),
    import('./scheduler.ts'),
    import('./privacy.ts'),
    import('./rescued.ts'),
    import('./settings-store.ts'),
  ]);
  return { ...letters, ...draft, ...storage, ...scheduler, ...privacy, ...rescued, ...settings };
}

const keys = () => Object.keys(localStorage).sort();
const problems = (tab: Awaited<ReturnType<typeof openTab>>) => tab.storageProblems().map((p) => p.kind);
const v3 = (body: string) => JSON.stringify({ state: { recipient: null, pastedText: '', manualFields: { surname: '', first: '', patronymic: '', birthYear: '', institution: '', street: '', house: '', locality: '', district: '', region: '', index: '' }, body, sender: { name: 'Мария', address: 'Самара', gender: 'f', abroad: false }, nameCorrections: {}, blankValues: {} }, version: 3 });

/** Another tab saving: the value lands in storage and this tab gets the storage event. */
function otherTabWrites(key: string, value: string | null) {
  const oldValue = localStorage.getItem(key);
  if (value === null) localStorage.removeItem(key);
  else localStorage.setItem(key, value);
  window.dispatchEvent(new StorageEvent('storage', { key, oldValue, newValue: value, storageArea: localStorage }));
}

beforeEach(() => localStorage.clear());
afterEach(() => vi.useRealTimers());

describe('loading what is stored', () => {
  it('migrates the v3 single draft to the letters key and removes the old key', async () => {
    localStorage.setItem('konvert.draft', v3('Здравствуйте'));
    const tab = await openTab();
    expect(tab.useDraftStore.getState().body).toBe('Здравствуйте');
    expect(tab.useDraftStore.getState().sender.name).toBe('Мария');
    expect(keys()).toEqual(['konvert.letters']);
    expect(problems(tab)).toEqual([]);
  });

  it('moves a draft with wrong inner types aside, says so, and starts clean', async () => {
    const raw = JSON.stringify({ state: { body: 'тайна', sender: {}, nameCorrections: {} }, version: 3 });
    localStorage.setItem('konvert.draft', raw);
    const tab = await openTab();
    expect(tab.useDraftStore.getState().body).toBe('');
    expect(problems(tab)).toEqual(['corrupt']);
    const [copy] = tab.rescuedCopies();
    expect(copy).toMatchObject({ from: 'draft', reason: 'corrupt', stored: true });
    expect(tab.readRescued(copy?.id ?? '')).toBe(raw);
    expect(localStorage.getItem('konvert.draft')).toBeNull();
  });

  it('keeps two rescued copies side by side', async () => {
    localStorage.setItem('konvert.letters', 'first garbage');
    await openTab();
    localStorage.setItem('konvert.letters', 'second garbage');
    const tab = await openTab();
    expect(tab.rescuedCopies().map((c) => tab.readRescued(c.id)).sort()).toEqual(['first garbage', 'second garbage']);
  });

  it('keeps data from a newer version aside instead of downgrading it', async () => {
    const raw = JSON.stringify({ version: 99, state: { drafts: [], something: 'new' } });
    localStorage.setItem('konvert.letters', raw);
    const tab = await openTab();
    expect(problems(tab)).toEqual(['future']);
    tab.useDraftStore.getState().setBody('новое');
    tab.flushStorage();
    expect(tab.readRescued(tab.rescuedCopies()[0]?.id ?? '')).toBe(raw);
  });

  it('never writes over unreadable data it could not move aside (full storage)', async () => {
    const raw = `{"broken": "${'x'.repeat(3_000_000)}`;
    localStorage.setItem('konvert.letters', raw);
    const tab = await openTab();
    expect(problems(tab)).toEqual(['not-kept']);
    expect(tab.rescuedCopies()[0]).toMatchObject({ stored: false });
    tab.useDraftStore.getState().setBody('a keystroke');
    tab.flushStorage();
    expect(localStorage.getItem('konvert.letters')).toBe(raw);
  });

  it('adopts the old .corrupt key as a rescued copy', async () => {
    localStorage.setItem('konvert.draft.corrupt', 'old rescue');
    const tab = await openTab();
    expect(keys()).toEqual([tab.rescuedCopies()[0]?.id]);
    expect(tab.readRescued(tab.rescuedCopies()[0]?.id ?? '')).toBe('old rescue');
  });

  it('folds the old language key into the settings', async () => {
    localStorage.setItem('konvert.language', 'en');
    const tab = await openTab();
    expect(tab.useSettingsStore.getState().language).toBe('en');
    expect(keys()).toEqual(['konvert.settings']);
  });

  it('reports blocked storage at once', async () => {
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', { configurable: true, get: () => { throw new DOMException('blocked', 'SecurityError'); } });
    try {
      const tab = await openTab();
      expect(problems(tab)).toEqual(['unavailable']);
      tab.useDraftStore.getState().setBody('still typing');
      expect(tab.useDraftStore.getState().body).toBe('still typing');
    } finally {
      if (original) Object.defineProperty(window, 'localStorage', original);
      else Reflect.deleteProperty(window, 'localStorage');
    }
  });
});

describe('saving', () => {
  it('writes after a pause, not on every key', async () => {
    vi.useFakeTimers();
    const tab = await openTab();
    for (const ch of 'Привет') tab.useDraftStore.getState().setBody(tab.useDraftStore.getState().body + ch);
    expect(localStorage.getItem('konvert.letters')).toBeNull();
    await vi.advanceTimersByTimeAsync(2000);
    expect(localStorage.getItem('konvert.letters')).toContain('Привет');
  });

  it('writes at once when the page is hidden', async () => {
    const tab = await openTab();
    tab.useDraftStore.getState().setBody('перед закрытием');
    window.dispatchEvent(new Event('pagehide'));
    expect(localStorage.getItem('konvert.letters')).toContain('перед закрытием');
  });

  it('writes nothing for an untouched start', async () => {
    const tab = await openTab();
    tab.useDraftStore.setState({});
    tab.flushStorage();
    expect(keys()).toEqual([]);
  });

  it('reports full storage, keeps typing, and saves once there is room', async () => {
    const tab = await openTab();
    localStorage.setItem('filler', 'x'.repeat(4_999_000));
    tab.useDraftStore.getState().setBody('я'.repeat(5000));
    tab.flushStorage();
    expect(problems(tab)).toContain('full');
    expect(tab.useDraftStore.getState().body).toHaveLength(5000);
    localStorage.removeItem('filler');
    tab.useDraftStore.getState().setBody('я'.repeat(5001));
    tab.flushStorage();
    expect(localStorage.getItem('konvert.letters')).toContain('я'.repeat(5001));
  });

  it('restores several drafts, each to its own prisoner, exactly', async () => {
    const tab = await openTab();
    const s = tab.useLettersStore.getState();
    const first = s.activeDraftId;
    tab.useDraftStore.getState().chooseRecipient({ kind: 'directory', prisonerId: 'balin-andrei-albertovich-1974' });
    tab.useDraftStore.getState().setBody('Андрею');
    s.createDraft({ recipient: { kind: 'pasted', addressText: '445023, Тольятти, Иванову И. И.' }, pastedText: '445023, Тольятти, Иванову И. И.', body: 'Ивану' });
    tab.useDraftStore.getState().setOptions({ returnAddress: false });
    tab.useDraftStore.getState().setSender({ name: 'Мария' });
    s.markSent([{ key: 'id:balin-andrei-albertovich-1974', name: 'Балин Андрей', way: 'post', date: '2026-12-01', draftId: first }]);
    tab.flushStorage();
    const saved = tab.useLettersStore.getState();
    const reopened = await openTab();
    const { drafts, activeDraftId, profile, history } = reopened.useLettersStore.getState();
    expect({ drafts, activeDraftId, profile, history }).toEqual({ drafts: saved.drafts, activeDraftId: saved.activeDraftId, profile: saved.profile, history: saved.history });
    expect(reopened.useDraftStore.getState()).toMatchObject({ body: 'Ивану', options: { returnAddress: false } });
  });
});

describe('every tab agrees', () => {
  it('merges what another tab saved with what this tab changed', async () => {
    const tab = await openTab();
    const a = tab.useLettersStore.getState().activeDraftId;
    tab.useDraftStore.getState().setBody('A1');
    tab.flushStorage();
    // The other tab adds draft B (it read A1); meanwhile this tab goes on typing in A.
    const other = JSON.parse(localStorage.getItem('konvert.letters') ?? '') as { state: { drafts: { id: string; body: string }[] } };
    other.state.drafts.push({ ...(other.state.drafts[0] as { id: string; body: string }), id: 'draftB', body: 'B' });
    tab.useDraftStore.getState().setBody('A2');
    otherTabWrites('konvert.letters', JSON.stringify(other));
    expect(tab.useLettersStore.getState().drafts.map((d) => [d.id, d.body])).toEqual([
      [a, 'A2'],
      ['draftB', 'B'],
    ]);
    tab.flushStorage();
    expect(localStorage.getItem('konvert.letters')).toContain('"A2"');
    expect(localStorage.getItem('konvert.letters')).toContain('draftB');
  });

  it('forgets everything when another tab erases, and writes nothing back when typed into', async () => {
    const tab = await openTab();
    tab.useDraftStore.getState().setBody('секрет');
    tab.flushStorage();
    otherTabWrites('konvert.letters', null);
    expect(tab.useDraftStore.getState().body).toBe('');
    expect(problems(tab)).toEqual(['erased-elsewhere']);
    tab.useDraftStore.getState().setBody('x');
    tab.flushStorage();
    expect(keys()).toEqual([]);
  });

  it('hears an erase over the broadcast channel even when nothing was stored', async () => {
    const tab = await openTab();
    tab.useDraftStore.getState().setBody('только в памяти');
    const other = new BroadcastChannel('konvert');
    other.postMessage('erased');
    await vi.waitFor(() => expect(tab.useDraftStore.getState().body).toBe(''));
    other.close();
  });

  it('notices an erase it slept through, before writing', async () => {
    const tab = await openTab();
    tab.useDraftStore.getState().setBody('секрет');
    tab.flushStorage();
    localStorage.clear(); // no event: the tab was frozen
    tab.useDraftStore.getState().setBody('секрет!');
    tab.flushStorage();
    expect(keys()).toEqual([]);
    expect(tab.useDraftStore.getState().body).toBe('');
  });

  it('stops writing when another tab chooses to keep nothing, and keeps the letter in memory', async () => {
    const tab = await openTab();
    tab.useDraftStore.getState().setBody('мой черновик');
    tab.flushStorage();
    otherTabWrites('konvert.settings', JSON.stringify({ version: 3, state: { keepDrafts: false } }));
    otherTabWrites('konvert.letters', null);
    tab.useDraftStore.getState().setBody('мой черновик, дальше');
    tab.flushStorage();
    expect(keys()).toEqual(['konvert.settings']);
    expect(tab.useDraftStore.getState().body).toBe('мой черновик, дальше');
    expect(tab.useSettingsStore.getState().keepDrafts).toBe(false);
  });
});

describe('keep nothing and erase everything, here', () => {
  it('keeps nothing but the choice itself, and saves again when asked', async () => {
    localStorage.setItem('konvert.letters', 'garbage');
    const tab = await openTab();
    tab.useDraftStore.getState().setBody('Секретный черновик');
    tab.flushStorage();
    await tab.setKeepDrafts(false);
    tab.useDraftStore.getState().setBody('Ещё секретнее');
    tab.useSettingsStore.getState().setLatinInput(true);
    tab.flushStorage();
    expect(keys()).toEqual(['konvert.settings']);
    expect(localStorage.getItem('konvert.settings')).toBe('{"version":3,"state":{"keepDrafts":false}}');
    // The rescued copy left the device but can still be downloaded from this tab.
    expect(tab.rescuedCopies()).toMatchObject([{ stored: false }]);
    await tab.setKeepDrafts(true);
    expect(localStorage.getItem('konvert.letters')).toContain('Ещё секретнее');
  });

  it('erases every key, and the next tab starts empty', async () => {
    localStorage.setItem('konvert.draft.corrupt', 'x');
    localStorage.setItem('other-site-key', 'kept');
    const tab = await openTab();
    tab.useDraftStore.getState().setBody('Черновик');
    tab.useSettingsStore.getState().setLatinInput(true);
    tab.flushStorage();
    await tab.eraseEverything();
    expect(keys()).toEqual(['other-site-key']);
    expect(tab.useDraftStore.getState().body).toBe('');
    expect(tab.useSettingsStore.getState().latinInput).toBe(false);
    expect(tab.rescuedCopies()).toEqual([]);
    const next = await openTab();
    expect(next.useDraftStore.getState().body).toBe('');
  });
});

describe('neutral file names', () => {
  const openWithNeutral = async () => {
    const tab = await openTab();
    const neutral = await import('./neutral-names.ts');
    return { ...tab, ...neutral };
  };

  it.each<[string, boolean | undefined, boolean, boolean]>([
    ['not chosen, writer in Russia (or not said)', undefined, false, true],
    ['not chosen, writer abroad', undefined, true, false],
    ['chosen on, writer abroad', true, true, true],
    ['chosen off, writer in Russia', false, false, false],
  ])('%s: neutral %s', async (_, choice, abroad, expected) => {
    const tab = await openWithNeutral();
    expect(tab.neutralNamesFor(choice, abroad)).toBe(expected);
    if (choice !== undefined) tab.useSettingsStore.getState().setNeutralNames(choice);
    tab.useLettersStore.getState().setProfile({ abroad });
    expect(tab.neutralNamesNow()).toBe(expected);
  });

  it('saves the choice with the settings and reads it back in the next tab', async () => {
    const tab = await openWithNeutral();
    tab.useSettingsStore.getState().setNeutralNames(false);
    expect(localStorage.getItem('konvert.settings')).toBe('{"version":3,"state":{"keepDrafts":true,"latinInput":false,"language":null,"neutralNames":false}}');
    const next = await openWithNeutral();
    expect(next.useSettingsStore.getState().neutralNames).toBe(false);
    expect(next.neutralNamesNow()).toBe(false);
  });

  it('with keep nothing, writes no choice, and a reload is neutral again', async () => {
    const tab = await openWithNeutral();
    await tab.setKeepDrafts(false);
    tab.useSettingsStore.getState().setNeutralNames(false);
    // This tab follows the choice; the device does not learn it.
    expect(tab.neutralNamesNow()).toBe(false);
    expect(localStorage.getItem('konvert.settings')).toBe('{"version":3,"state":{"keepDrafts":false}}');
    const next = await openWithNeutral();
    expect(next.neutralNamesNow()).toBe(true);
  });

  it('erase brings back the default: neutral, as no profile is left', async () => {
    const tab = await openWithNeutral();
    tab.useLettersStore.getState().setProfile({ abroad: true });
    tab.useSettingsStore.getState().setNeutralNames(true);
    tab.flushStorage();
    await tab.eraseEverything();
    expect(tab.useSettingsStore.getState().neutralNames).toBeUndefined();
    expect(tab.neutralNamesNow()).toBe(true);
    expect(keys()).toEqual([]);
  });

  it('follows another tab that changes the choice', async () => {
    const tab = await openWithNeutral();
    tab.useSettingsStore.getState().setNeutralNames(false);
    otherTabWrites('konvert.settings', '{"version":3,"state":{"keepDrafts":true,"latinInput":false,"language":null}}');
    expect(tab.useSettingsStore.getState().neutralNames).toBeUndefined();
    otherTabWrites('konvert.settings', '{"version":3,"state":{"keepDrafts":true,"latinInput":false,"language":null,"neutralNames":false}}');
    expect(tab.neutralNamesNow()).toBe(false);
  });
});
