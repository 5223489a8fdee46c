import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import en from '../../../locales/en/screens.json';
import { SenderForm } from '../../features/address/sender-form.tsx';
import { ManualForm } from '../../features/prisoner/manual-form.tsx';
import { useDraftStore } from '../../state/draft-store.ts';
import { useLettersStore } from '../../state/letters-store.ts';
import { emptyContent, limits } from '../../state/model.ts';
import { resetPersistence } from '../../state/persistence.ts';
import { flushStorage } from '../../state/scheduler.ts';
import { renderScreen } from '../../test-render.tsx';

// The two react-hook-form forms show the store, not a copy taken when they opened: what another
// tab, an erase or another draft changes is on screen at once, and nothing stale is written back.

/** Another tab of Konvert erases everything (it tells the others over the broadcast channel). */
async function otherTabErases() {
  const channel = new BroadcastChannel('konvert');
  channel.postMessage('erased');
  channel.close();
  await waitFor(() => expect(useDraftStore.getState().body).toBe(''));
}

/** Another tab saves the letters with `change` applied to the active draft; this tab hears the storage event. */
function otherTabEdits(change: (draft: Record<string, unknown>) => void) {
  flushStorage();
  const oldValue = localStorage.getItem('konvert.letters');
  const saved = JSON.parse(oldValue ?? 'null') as { state: { drafts: Record<string, unknown>[]; activeDraftId: string } };
  const draft = saved.state.drafts.find((d) => d.id === saved.state.activeDraftId);
  if (!draft) throw new Error('no active draft saved');
  change(draft);
  draft.updatedAt = new Date(Date.now() + 1000).toISOString();
  const newValue = JSON.stringify(saved);
  localStorage.setItem('konvert.letters', newValue);
  act(() => window.dispatchEvent(new StorageEvent('storage', { key: 'konvert.letters', oldValue, newValue, storageArea: localStorage })));
}

afterEach(() => {
  resetPersistence();
  localStorage.clear();
});

const surname = () => screen.getByLabelText(en.prisoner.manualField.surname);
const index = () => screen.getByLabelText(en.prisoner.manualField.index);

describe('the hand-typed address form follows the draft', () => {
  it('empties at once when another tab erases everything, and writes nothing back', async () => {
    renderScreen(<ManualForm />);
    await userEvent.type(surname(), 'Беркович');
    await userEvent.type(index(), '1270');
    await otherTabErases();
    await waitFor(() => expect(surname()).toHaveValue(''));
    expect(index()).toHaveValue('');
    expect(useDraftStore.getState().manualFields.surname).toBe('');
  });

  it('shows the other draft when the writer switches drafts, and back', async () => {
    renderScreen(<ManualForm />);
    await userEvent.type(surname(), 'Беркович');
    const first = useDraftStore.getState().draftId;
    act(() => {
      useLettersStore.getState().createDraft({ ...emptyContent, manualFields: { ...emptyContent.manualFields, surname: 'Петрийчук', index: '127055' } });
    });
    expect(surname()).toHaveValue('Петрийчук');
    expect(index()).toHaveValue('127055');
    act(() => useLettersStore.getState().openDraft(first));
    expect(surname()).toHaveValue('Беркович');
    expect(index()).toHaveValue('');
  });

  it('shows a field another tab changed, and keeps it when this tab types in another field', async () => {
    renderScreen(<ManualForm />);
    await userEvent.type(surname(), 'Беркович');
    otherTabEdits((draft) => {
      draft.manualFields = { ...(draft.manualFields as object), surname: 'Беркович-Петрийчук' };
    });
    await waitFor(() => expect(surname()).toHaveValue('Беркович-Петрийчук'));
    await userEvent.type(index(), '127055');
    expect(useDraftStore.getState().manualFields).toMatchObject({ surname: 'Беркович-Петрийчук', index: '127055' });
  });

  it('checks a field when it is left, and drops the message once the text changes elsewhere', async () => {
    renderScreen(<ManualForm />);
    await userEvent.type(index(), '1270');
    await userEvent.tab();
    expect(await screen.findByText(en.prisoner.manualError.index)).toBeInTheDocument();
    expect(index()).toHaveAttribute('aria-invalid', 'true');
    act(() => useDraftStore.getState().setManualFields({ ...useDraftStore.getState().manualFields, index: '127055' }));
    await waitFor(() => expect(screen.queryByText(en.prisoner.manualError.index)).toBeNull());
    expect(index()).toHaveValue('127055');
  });

  it('holds each field to the length limit of the saved model', () => {
    renderScreen(<ManualForm />);
    expect(surname()).toHaveAttribute('maxlength', String(limits.field));
    expect(index()).toHaveAttribute('maxlength', String(limits.field));
  });
});

describe('the writer’s details follow the shared profile', () => {
  const name = () => screen.getByLabelText(en.address.senderName);
  const address = () => screen.getByLabelText(en.address.senderAddress);

  it('empties at once when another tab erases everything', async () => {
    renderScreen(<SenderForm />);
    await userEvent.type(name(), 'Мария Петрова');
    await userEvent.type(address(), 'Самара');
    expect(useDraftStore.getState().sender).toMatchObject({ name: 'Мария Петрова', address: 'Самара' });
    await otherTabErases();
    await waitFor(() => expect(name()).toHaveValue(''));
    expect(address()).toHaveValue('');
  });

  it('shows the details changed in another tab', async () => {
    renderScreen(<SenderForm />);
    await userEvent.type(name(), 'Мария');
    flushStorage();
    const oldValue = localStorage.getItem('konvert.letters');
    const saved = JSON.parse(oldValue ?? 'null') as { state: { profile: Record<string, unknown> } };
    saved.state.profile = { ...saved.state.profile, name: 'Мария Петрова', address: 'Самара, а/я 12' };
    const newValue = JSON.stringify(saved);
    localStorage.setItem('konvert.letters', newValue);
    act(() => window.dispatchEvent(new StorageEvent('storage', { key: 'konvert.letters', oldValue, newValue, storageArea: localStorage })));
    await waitFor(() => expect(name()).toHaveValue('Мария Петрова'));
    expect(address()).toHaveValue('Самара, а/я 12');
  });
});
