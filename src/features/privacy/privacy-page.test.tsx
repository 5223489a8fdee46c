import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import en from '../../../locales/en/screens.json';
import { useDraftStore } from '../../state/draft-store.ts';
import { useSettingsStore } from '../../state/settings-store.ts';
import { renderScreen } from '../../test-render.tsx';
import { PrivacyPage } from './privacy-page.tsx';

describe('PrivacyPage', () => {
  it('stops keeping the draft on this device when asked, and keeps it again when asked', async () => {
    useSettingsStore.setState({ keepDrafts: true });
    renderScreen(<PrivacyPage />);
    useDraftStore.getState().setBody('Секретный черновик');
    expect(localStorage.getItem('konvert.draft')).toContain('Секретный черновик');
    await userEvent.click(screen.getByLabelText(en.privacy.keepDrafts));
    expect(localStorage.getItem('konvert.draft')).toBeNull();
    useDraftStore.getState().setBody('Ещё секретнее');
    expect(localStorage.getItem('konvert.draft')).toBeNull();
    expect(useDraftStore.getState().body).toBe('Ещё секретнее');
    await userEvent.click(screen.getByLabelText(en.privacy.keepDrafts));
    expect(localStorage.getItem('konvert.draft')).toContain('Ещё секретнее');
  });

  it('erases everything only after the writer confirms', async () => {
    renderScreen(<PrivacyPage />, { body: 'Черновик' });
    localStorage.setItem('konvert.draft', '{"state":{}}');
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    await userEvent.click(screen.getByRole('button', { name: en.privacy.wipeButton }));
    expect(useDraftStore.getState().body).toBe('Черновик');
    await userEvent.click(screen.getByRole('button', { name: en.privacy.wipeButton }));
    expect(useDraftStore.getState().body).toBe('');
    expect(Object.keys(localStorage).filter((k) => k.startsWith('konvert.'))).toEqual([]);
    expect(screen.getByRole('status')).toHaveTextContent(en.privacy.wiped);
    confirm.mockRestore();
  });
});
