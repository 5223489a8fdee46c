import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import en from '../../../locales/en/screens.json';
import { useDraftStore } from '../../state/draft-store.ts';
import { renderScreen } from '../../test-render.tsx';
import { PrisonerStep } from './prisoner-step.tsx';

describe('PrisonerStep', () => {
  it('offers the directory as a group of radio buttons and remembers the choice', async () => {
    renderScreen(<PrisonerStep />);
    const group = screen.getByRole('group', { name: en.prisoner.directoryHeading });
    expect(group).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: /Балин Андрей Альбертович/ }));
    expect(useDraftStore.getState().recipient).toEqual({ kind: 'directory', prisonerId: 'balin-andrei-albertovich-1974' });
  });

  it('gives the prisoner’s name in Latin letters beside the Cyrillic for an English reader', () => {
    renderScreen(<PrisonerStep />);
    expect(screen.getByText('In Latin letters: Balin Andrei Albertovich')).toBeInTheDocument();
  });

  it('shows what it read from a pasted address, names in the nominative', async () => {
    renderScreen(<PrisonerStep />);
    await userEvent.click(screen.getByLabelText(en.prisoner.pasteLabel));
    await userEvent.paste('Кому: Иванову Ивану Петровичу, 1980 г.р. Куда: 601120, Владимирская обл., г. Покров, ул. Ленина, д. 1, ФКУ ИК-3 УФСИН России по Владимирской области');
    expect(screen.getByText(en.prisoner.usable)).toBeInTheDocument();
    expect(within(document.querySelector('.fields') as HTMLElement).getByText('Иванов Иван Петрович')).toBeInTheDocument();
    expect(screen.getByText('601120')).toBeInTheDocument();
  });

  it('keeps an address it cannot read and says what is missing', async () => {
    renderScreen(<PrisonerStep />);
    await userEvent.click(screen.getByLabelText(en.prisoner.pasteLabel));
    await userEvent.paste('где-то в Сибири');
    expect(screen.getByRole('alert')).toHaveTextContent('Konvert could not find the recipient’s name, the six-digit postcode in this address.');
    expect(screen.getByLabelText(en.prisoner.pasteLabel)).toHaveValue('где-то в Сибири');
  });

  it('names exactly what is missing, and opens the field-by-field form with what was read', async () => {
    renderScreen(<PrisonerStep />);
    await userEvent.click(screen.getByLabelText(en.prisoner.pasteLabel));
    await userEvent.paste('Иванову Петру, ИК-40, Кунгур');
    expect(screen.getByRole('alert')).toHaveTextContent(/could not find the six-digit postcode in/);
    await userEvent.click(screen.getByText(en.prisoner.manualHeading));
    expect(screen.getByLabelText(en.prisoner.manualField.surname)).toHaveValue('Иванов');
    expect(screen.getByLabelText(en.prisoner.manualField.first)).toHaveValue('Петр');
  });

  it('keeps the pasted text when the writer picks someone from the directory instead', async () => {
    renderScreen(<PrisonerStep />);
    await userEvent.click(screen.getByLabelText(en.prisoner.pasteLabel));
    await userEvent.paste('где-то в Сибири');
    await userEvent.click(screen.getByRole('radio', { name: /Балин/ }));
    expect(screen.getByLabelText(en.prisoner.pasteLabel)).toHaveValue('где-то в Сибири');
    expect(useDraftStore.getState().recipient?.kind).toBe('directory');
  });

  it('builds the address from fields typed one by one, and explains a bad postcode', async () => {
    renderScreen(<PrisonerStep />);
    await userEvent.click(screen.getByText(en.prisoner.manualHeading));
    await userEvent.type(screen.getByLabelText(en.prisoner.manualField.surname), 'Беркович');
    await userEvent.type(screen.getByLabelText(en.prisoner.manualField.first), 'Евгения');
    await userEvent.type(screen.getByLabelText(en.prisoner.manualField.patronymic), 'Борисовна');
    await userEvent.type(screen.getByLabelText(en.prisoner.manualField.locality), 'г. Москва');
    await userEvent.type(screen.getByLabelText(en.prisoner.manualField.index), '1270');
    await userEvent.tab();
    expect(await screen.findByText(en.prisoner.manualError.index)).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText(en.prisoner.manualField.index), '55');
    await userEvent.tab();
    expect(useDraftStore.getState().recipient).toMatchObject({ kind: 'manual', fields: { surname: 'Беркович', index: '127055' } });
    expect(screen.getByText(en.prisoner.usable)).toBeInTheDocument();
    expect(within(document.querySelector('.manual .fields') as HTMLElement).getByText('Беркович Евгения Борисовна')).toBeInTheDocument();
    // The letters list names the prisoner too.
    expect(screen.getByRole('region', { name: en.letters.heading })).toHaveTextContent('Беркович Евгения Борисовна');
  });
});
