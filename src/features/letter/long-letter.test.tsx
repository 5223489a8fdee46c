import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import en from '../../../locales/en/screens.json';
import { useDraftStore } from '../../state/draft-store.ts';
import { renderScreen } from '../../test-render.tsx';
import { limits } from '../../state/model.ts';
import { marksUpTo } from './editor-marks.tsx';
import { LetterStep } from './letter-step.tsx';

// A huge paste (issue 13): past `marksUpTo` the backdrop does not mirror the letter, the editor
// says why, and the findings list, "Show in the letter" and one-click fixes still work.

const risky = 'Следователь опять вызывал меня на допрос.';
const filler = (n: number) => {
  let text = '';
  while (text.length < n) text += 'У нас выпал снег, и мы гуляли в парке. Что вы читаете сейчас?\n\n';
  return text;
};
const backdrop = () => document.querySelector('.editor-backdrop') as HTMLElement;
const openFindings = () => userEvent.click(screen.getByText(en.check.passagesToggle));

describe('the editor with a long letter', () => {
  it('keeps the marks under the words of a letter of ordinary length', () => {
    renderScreen(<LetterStep />, { body: `${filler(3_000)}${risky}` });
    expect(backdrop().querySelectorAll('mark').length).toBeGreaterThan(0);
    expect(backdrop()).toHaveTextContent(risky);
    expect(screen.queryByText(/Marks under the words are drawn only/)).toBeNull();
  });

  it('past the length for marks, draws no copy of the letter and says the list still holds every finding', () => {
    const body = `${risky}\n\n${filler(marksUpTo)}${risky}`;
    renderScreen(<LetterStep />, { body });
    expect(backdrop().textContent).toBe('');
    expect(backdrop().querySelectorAll('mark')).toHaveLength(0);
    const note = screen.getByText(/Marks under the words are drawn only in letters up to 30,000 characters/);
    expect(note).toHaveTextContent(/: \d+ passages?\.$/);
    // The writer's text is laid out once, in the textarea: no piece of a copy behind it.
    expect(document.querySelectorAll('.editor-piece')).toHaveLength(0);
  });

  it('lists, shows and fixes a finding far down a long letter', async () => {
    const body = `${filler(marksUpTo + 5_000)}${risky} Пишите мне.`;
    renderScreen(<LetterStep />, { body });
    await openFindings();
    const cards = within(document.querySelector('.live-findings') as HTMLElement).getAllByRole('listitem');
    expect(cards.some((c) => c.textContent?.includes('допрос'))).toBe(true);

    await userEvent.click(screen.getAllByRole('button', { name: en.check.show })[0] as HTMLElement);
    const box = screen.getByLabelText<HTMLTextAreaElement>(en.letter.bodyLabel);
    expect(document.activeElement).toBe(box);
    expect(box.selectionStart).toBeGreaterThan(marksUpTo);
    expect(body.slice(box.selectionStart, box.selectionEnd)).toBe('Следователь');

    await userEvent.click(screen.getAllByRole('button', { name: en.check.removeSentence })[0] as HTMLElement);
    expect(useDraftStore.getState().body).not.toContain('допрос');
    expect(useDraftStore.getState().body.endsWith('Пишите мне.')).toBe(true);
  });

  it('puts a big paste in at the cursor in one piece, cut at the letter\'s limit', async () => {
    renderScreen(<LetterStep />, { body: 'Начало. Конец.' });
    const box = screen.getByLabelText<HTMLTextAreaElement>(en.letter.bodyLabel);
    await userEvent.click(box);
    box.setSelectionRange(8, 8);
    const pasted = filler(30_000);
    await userEvent.paste(pasted);
    expect(useDraftStore.getState().body).toBe(`Начало. ${pasted}Конец.`);
    expect(box.value).toBe(useDraftStore.getState().body);
    expect(box.selectionStart).toBe(8 + pasted.length);

    await userEvent.paste(filler(limits.body));
    expect(useDraftStore.getState().body).toHaveLength(limits.body);
    expect(useDraftStore.getState().body.endsWith('Конец.')).toBe(true);
    expect(screen.getByText(/A letter can be at most 200,000 characters long/)).toBeInTheDocument();
  });
});
