import { screen } from '@testing-library/react';
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

  it('shows what it read from a pasted address, names in the nominative', async () => {
    renderScreen(<PrisonerStep />);
    await userEvent.click(screen.getByLabelText(en.prisoner.pasteLabel));
    await userEvent.paste('Кому: Иванову Ивану Петровичу, 1980 г.р. Куда: 601120, Владимирская обл., г. Покров, ул. Ленина, д. 1, ФКУ ИК-3 УФСИН России по Владимирской области');
    expect(screen.getByText(en.prisoner.usable)).toBeInTheDocument();
    expect(screen.getByText('Иванов Иван Петрович')).toBeInTheDocument();
    expect(screen.getByText('601120')).toBeInTheDocument();
  });

  it('keeps an address it cannot read and says what is missing', async () => {
    renderScreen(<PrisonerStep />);
    await userEvent.click(screen.getByLabelText(en.prisoner.pasteLabel));
    await userEvent.paste('где-то в Сибири');
    expect(screen.getByRole('alert')).toHaveTextContent(en.prisoner.unusable);
    expect(screen.getByLabelText(en.prisoner.pasteLabel)).toHaveValue('где-то в Сибири');
  });
});
