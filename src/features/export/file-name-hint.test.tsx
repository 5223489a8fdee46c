import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import en from '../../../locales/en/screens.json';
import { useLettersStore } from '../../state/letters-store.ts';
import { useSettingsStore } from '../../state/settings-store.ts';
import { renderScreen } from '../../test-render.tsx';
import { FileNameHint } from './file-name-hint.tsx';

describe('FileNameHint', () => {
  it('shows the name the download will get, and follows the setting', () => {
    useSettingsStore.setState({ neutralNames: undefined });
    useLettersStore.getState().setProfile({ abroad: false });
    renderScreen(<FileNameHint file={{ kind: 'letter', surname: 'Балин' }} />);
    expect(screen.getByText(/^Saved as “letter-\d{4}-\d{2}-\d{2}\.pdf”\./)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: en.export.namesNeutral })).toHaveAttribute('href', '#/privacy');
    act(() => useSettingsStore.getState().setNeutralNames(false));
    expect(screen.getByText(/^Saved as “konvert-letter-balin\.pdf”\./)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: en.export.namesNamed })).toBeInTheDocument();
  });
});
