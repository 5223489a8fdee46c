import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import en from '../../../locales/en/screens.json';
import { useDraftStore } from '../../state/draft-store.ts';
import { flushStorage } from '../../state/scheduler.ts';
import { useSettingsStore } from '../../state/settings-store.ts';
import { renderScreen } from '../../test-render.tsx';
import { PrivacyPage } from './privacy-page.tsx';

describe('PrivacyPage', () => {
  it('stops keeping the draft on this device when asked, and keeps it again when asked', async () => {
    useSettingsStore.setState({ keepDrafts: true });
    renderScreen(<PrivacyPage />);
    useDraftStore.getState().setBody('Секретный черновик');
    flushStorage();
    expect(localStorage.getItem('konvert.letters')).toContain('Секретный черновик');
    await userEvent.click(screen.getByLabelText(en.privacy.keepDrafts));
    expect(localStorage.getItem('konvert.letters')).toBeNull();
    useDraftStore.getState().setBody('Ещё секретнее');
    flushStorage();
    expect(localStorage.getItem('konvert.letters')).toBeNull();
    expect(useDraftStore.getState().body).toBe('Ещё секретнее');
    await userEvent.click(screen.getByLabelText(en.privacy.keepDrafts));
    expect(localStorage.getItem('konvert.letters')).toContain('Ещё секретнее');
  });

  it('erases everything only after the writer confirms', async () => {
    renderScreen(<PrivacyPage />, { body: 'Черновик' });
    localStorage.setItem('konvert.letters', '{"state":{}}');
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    await userEvent.click(screen.getByRole('button', { name: en.privacy.wipeButton }));
    expect(useDraftStore.getState().body).toBe('Черновик');
    await userEvent.click(screen.getByRole('button', { name: en.privacy.wipeButton }));
    expect(useDraftStore.getState().body).toBe('');
    expect(Object.keys(localStorage).filter((k) => k.startsWith('konvert.'))).toEqual([]);
    expect(await screen.findByRole('status')).toHaveTextContent(en.privacy.wiped);
    confirm.mockRestore();
  });
});
