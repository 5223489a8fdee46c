import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import en from '../../../locales/en/screens.json';
import { useDraftStore } from '../../state/draft-store.ts';
import { makeBackup } from '../../state/backup.ts';
import { useLettersStore } from '../../state/letters-store.ts';
import { newDraft } from '../../state/model.ts';
import { rescue } from '../../state/rescued.ts';
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

describe('PrivacyPage backup and kept copies', () => {
  it('restores a backup file and names each item it left out', async () => {
    renderScreen(<PrivacyPage />);
    const draft = { ...newDraft({ body: 'Из копии' }), id: 'd1' };
    const backup = JSON.parse(makeBackup({ ...useLettersStore.getState(), drafts: [draft], activeDraftId: 'd1' }, []));
    backup.letters.state.drafts.push({ id: 'bad', body: 5 });
    const file = new File([JSON.stringify(backup)], 'konvert-backup.json', { type: 'application/json' });
    await userEvent.upload(screen.getByLabelText(en.privacy.backupRestore), file);
    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent('Restored from konvert-backup.json: 1 draft, the history of 0 prisoners, 0 lists.');
    expect(status).toHaveTextContent('1 item could not be read and was left out:');
    expect(status).toHaveTextContent(`letters.drafts[1].createdAt: ${en.privacy.issue.missing}`);
    expect(useDraftStore.getState().body).toBe('Из копии');
  });

  it('says why a file is not a backup', async () => {
    renderScreen(<PrivacyPage />);
    await userEvent.upload(screen.getByLabelText(en.privacy.backupRestore), new File(['{"hello":'], 'notes.json'));
    expect(await screen.findByRole('alert')).toHaveTextContent(`notes.json could not be read as a Konvert backup: ${en.privacy.issue.json}`);
  });

  it('lists a kept copy, and deletes it after asking', async () => {
    renderScreen(<PrivacyPage />);
    rescue('letters', 'future', '{"version": 9}', true, Date.UTC(2026, 10, 30, 12));
    expect(await screen.findByText(/data from a newer version, 14 characters, on this device/)).toBeInTheDocument();
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    await userEvent.click(screen.getByRole('button', { name: /^Delete: / }));
    expect(screen.queryByText(/data from a newer version/)).toBeNull();
    expect(Object.keys(localStorage).filter((k) => k.startsWith('konvert.rescued.'))).toEqual([]);
    confirm.mockRestore();
  });
});

describe('PrivacyPage neutral file names', () => {
  /** The name the next download is offered under (jsdom makes no files: the link's click is caught). */
  async function backupName(): Promise<string> {
    const names: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    // jsdom has no object URLs; left in place, as download() revokes its URL on a timer.
    Object.assign(URL, { createObjectURL: () => 'blob:test', revokeObjectURL: () => undefined });
    await userEvent.click(screen.getByRole('button', { name: en.privacy.backupDownload }));
    click.mockRestore();
    expect(names).toHaveLength(1);
    return names[0] ?? '';
  }

  it('is on for a writer in Russia until chosen, off abroad, and the choice is saved and names the next file', async () => {
    useSettingsStore.setState({ keepDrafts: true, neutralNames: undefined });
    useLettersStore.getState().setProfile({ abroad: false });
    renderScreen(<PrivacyPage />);
    const box = screen.getByRole('checkbox', { name: en.privacy.neutralNames });
    expect(box).toBeChecked();
    expect(box).toHaveAccessibleDescription(/Files you download get plain names such as “letter-\d{4}-\d{2}-\d{2}\.pdf”/);
    expect(await backupName()).toMatch(/^backup-\d{4}-\d{2}-\d{2}\.json$/);

    act(() => useLettersStore.getState().setProfile({ abroad: true }));
    expect(box).not.toBeChecked();
    expect(await backupName()).toMatch(/^konvert-backup-\d{4}-\d{2}-\d{2}\.json$/);

    await userEvent.click(box);
    expect(box).toBeChecked();
    expect(JSON.parse(localStorage.getItem('konvert.settings') ?? '{}').state.neutralNames).toBe(true);
    expect(await backupName()).toMatch(/^backup-\d{4}-\d{2}-\d{2}\.json$/);
    await userEvent.click(box);
    expect(box).not.toBeChecked();
    expect(useSettingsStore.getState().neutralNames).toBe(false);
  });
});
