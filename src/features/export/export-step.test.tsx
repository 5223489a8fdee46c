import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import exportText from '../../../locales/en/export.json';
import en from '../../../locales/en/screens.json';
import { renderScreen } from '../../test-render.tsx';
import { ExportStep } from './export-step.tsx';

const ready = {
  recipient: { kind: 'directory' as const, prisonerId: 'balin-andrei-albertovich-1974' },
  body: 'Здравствуйте! У нас выпал снег. Что вы читаете?',
  sender: { name: 'Петрова Мария Ивановна', address: 'ул. Ленина, д. 5, кв. 12, г. Самара, 443001', gender: 'f' as const, abroad: false },
};

describe('ExportStep', () => {
  it('says what is still missing and keeps the downloads disabled', () => {
    renderScreen(<ExportStep />);
    expect(screen.getByText(en.export.missingRecipient)).toBeInTheDocument();
    expect(screen.getByText(en.export.missingBody)).toBeInTheDocument();
    expect(screen.getByText(en.export.missingSender)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: en.export.letterButton })).toBeDisabled();
    expect(screen.getByRole('button', { name: en.export.envelopeButton })).toBeDisabled();
  });

  it('lays out the F-pismo form field by field once everything is there and the stale address is checked', async () => {
    renderScreen(<ExportStep />, ready);
    expect(screen.queryByText(en.export.missingHeading)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: en.export.letterButton })).toBeEnabled();
    // The directory's entry calls its own address out of date: no one-click path to paying for it.
    expect(screen.queryByRole('button', { name: `Copy: ${exportText['field-recipient-surname']}` })).not.toBeInTheDocument();
    expect(screen.getByText(en.export.fpismoStaleHidden)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: en.export.fpismoStaleConfirm }));
    expect(screen.getByRole('rowheader', { name: exportText['field-region'] }).nextSibling).toHaveTextContent('Самарская область');
    expect(screen.getByRole('button', { name: `Copy: ${exportText['field-recipient-surname']}` })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: en.export.textLabel })).toHaveValue(`${ready.body}\nВсего Вам доброго!\nМария`);
    // The printed letter ends with «Мой адрес для ответа» (on by default in Russia); the pasted text does not, and says so.
    expect(screen.getByText(en.export.fpismoNoReturnAddress)).toBeInTheDocument();
  });

  it('warns, without blocking, when the check found something serious', () => {
    renderScreen(<ExportStep />, { ...ready, body: 'Следователь опять вызывал меня на допрос.' });
    expect(screen.getByText(/passages? a censor is likely to stop/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: en.export.letterButton })).toBeEnabled();
  });
});
