import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import en from '../../../locales/en/screens.json';
import { useDraftStore } from '../../state/draft-store.ts';
import { renderScreen } from '../../test-render.tsx';
import { LetterStep } from './letter-step.tsx';

const inRussia = { name: 'Петрова Мария Ивановна', address: '443001, г. Самара, ул. Ленина, д. 5, кв. 12', gender: 'f' as const, abroad: false };
const inKazakhstan = { name: 'Иванов Иван', address: 'пр. Абая, д. 1, кв. 5, г. Алматы, 050000, Казахстан', gender: 'm' as const, abroad: true };
const balin = { kind: 'directory' as const, prisonerId: 'balin-andrei-albertovich-1974' };
// sign-offs-18, the stamped reply envelope: only on paper from inside Russia.
const enclosure = /blank sheet and a stamped envelope/;

describe('How the letter goes (paper / F-pismo) on the letter step', () => {
  it('offers the stamped reply envelope only once the writer in Russia says the letter goes on paper', async () => {
    renderScreen(<LetterStep />, { sender: inRussia, recipient: balin });
    await userEvent.type(screen.getByLabelText(en.letter.phrasesSearch), 'blank sheet');
    expect(screen.queryByText(enclosure)).toBeNull();
    const choice = screen.getByRole('group', { name: en.letter.channelLegend });
    await userEvent.click(within(choice).getByRole('radio', { name: en.letter.channelPaper }));
    expect(useDraftStore.getState().options.channel).toBe('paper');
    expect(await screen.findByText(enclosure)).toBeTruthy();
    await userEvent.click(within(choice).getByRole('radio', { name: en.letter.channelFpismo }));
    expect(screen.queryByText(enclosure)).toBeNull();
    await userEvent.click(within(choice).getByRole('radio', { name: en.letter.channelUnknown }));
    expect(useDraftStore.getState().options.channel).toBeUndefined();
  });

  it('never offers the stamped envelope to a writer abroad, even on paper', async () => {
    renderScreen(<LetterStep />, { sender: inKazakhstan, recipient: balin, options: { returnAddress: true, channel: 'paper' } });
    await userEvent.type(screen.getByLabelText(en.letter.phrasesSearch), 'blank sheet');
    expect(screen.queryByText(enclosure)).toBeNull();
  });
});

describe('The return-address line for a writer abroad', () => {
  it('is off by default abroad, and the writer can switch it on', async () => {
    renderScreen(<LetterStep />, { sender: inKazakhstan, recipient: balin });
    const box = screen.getByRole('checkbox', { name: en.letter.returnAddressOption });
    expect((box as HTMLInputElement).checked).toBe(false);
    expect(screen.getByText(en.letter.returnAddressHintAbroad)).toBeTruthy();
    expect(screen.queryByText(/Мой адрес для ответа: [А-Я]/)).toBeNull();
    await userEvent.click(box);
    expect(useDraftStore.getState().options).toMatchObject({ returnAddress: true, returnAddressAbroad: true });
    expect(await screen.findByText(/Мой адрес для ответа: Иванов Иван, пр\. Абая/)).toBeTruthy();
  });

  it('is on by default inside Russia, and unticking it there leaves the abroad switch alone', async () => {
    renderScreen(<LetterStep />, { sender: inRussia, recipient: balin });
    const box = screen.getByRole('checkbox', { name: en.letter.returnAddressOption });
    expect((box as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText(/Мой адрес для ответа: Петрова Мария Ивановна/)).toBeTruthy();
    await userEvent.click(box);
    expect(useDraftStore.getState().options).toEqual({ returnAddress: false });
    expect(screen.queryByText(/Мой адрес для ответа: [А-Я]/)).toBeNull();
  });
});
