import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import en from '../../locales/en/screens.json';
import ru from '../../locales/ru/screens.json';
import { setupI18n } from '../i18n/setup.ts';
import { useDraftStore } from '../state/draft-store.ts';
import { App } from './app.tsx';

// Screens are lazy chunks: on a busy machine (load 18 on 2 cores) the first import of a screen took
// more than 10 s; the test limit (60 s) still catches a screen that never comes.
const lazy = { timeout: 30000 };

function renderApp(lng = 'en') {
  return render(
    <I18nextProvider i18n={setupI18n(lng)}>
      <App />
    </I18nextProvider>,
  );
}

describe('App', () => {
  beforeEach(() => {
    localStorage.clear();
    useDraftStore.getState().reset();
    window.location.hash = '';
  });

  it('opens on the first step with the skip link as the first Tab stop', async () => {
    renderApp();
    const heading = await screen.findByRole('heading', { level: 1, name: en.prisoner.title }, lazy);
    expect(heading).not.toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Prisoner' })).toHaveAttribute('aria-current', 'step');
  });

  it('switches the interface language from the header', async () => {
    renderApp('en');
    await screen.findByRole('heading', { level: 1, name: en.prisoner.title }, lazy);
    await userEvent.click(screen.getByRole('button', { name: 'Русский' }));
    expect(await screen.findByRole('heading', { level: 1, name: ru.prisoner.title }, lazy)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Русский' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('moves to the next step from the footer link', async () => {
    renderApp();
    await userEvent.click(await screen.findByRole('link', { name: /^Next: Letter/ }, lazy));
    // A screen opened after the first takes focus on its heading.
    expect(await screen.findByRole('heading', { level: 1, name: en.letter.title }, lazy)).toHaveFocus();
  });

  it('saves the letter as it is typed', async () => {
    window.location.hash = '#/letter';
    renderApp();
    await userEvent.type(await screen.findByLabelText(en.letter.bodyLabel, {}, lazy), 'Привет');
    expect(useDraftStore.getState().body).toBe('Привет');
    expect(screen.getByText('6 characters')).toBeInTheDocument();
  });

  it('labels every form field on the address step', async () => {
    window.location.hash = '#/address';
    renderApp();
    expect(await screen.findByLabelText(en.address.senderName, {}, lazy)).toBeInTheDocument();
    expect(screen.getByLabelText(en.address.senderAddress)).toBeInTheDocument();
  });
});
