import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import en from '../../../locales/en/screens.json';
import { useDraftStore } from '../../state/draft-store.ts';
import { limits } from '../../state/model.ts';
import { renderScreen } from '../../test-render.tsx';
import { PrisonerStep } from '../prisoner/prisoner-step.tsx';
import { LetterStep } from './letter-step.tsx';

// Hostile and huge input (issue 13): a paste past the limits is cut, kept, and the writer is told.

describe('a paste past the limits', () => {
  it('keeps the first 200,000 characters of a letter and says the rest was not added', async () => {
    renderScreen(<LetterStep />);
    const body = screen.getByLabelText(en.letter.bodyLabel);
    expect(body).toHaveAttribute('maxlength', String(limits.body));
    expect(screen.queryByText(/at most 200,000 characters/)).toBeNull();
    act(() => useDraftStore.getState().setBody('Здравствуйте. '.repeat(20_000)));
    expect(useDraftStore.getState().body).toHaveLength(limits.body);
    expect(await screen.findByText('A letter can be at most 200,000 characters long, so text past that was not added. Split a longer letter into two.')).toBeInTheDocument();
  });

  it('keeps the first 2,000 characters of a pasted address, says so, and does not repeat the rest', async () => {
    renderScreen(<PrisonerStep />);
    const box = screen.getByLabelText(en.prisoner.pasteLabel);
    expect(box).toHaveAttribute('maxlength', String(limits.addressText));
    await userEvent.click(box);
    await userEvent.paste('а'.repeat(2_000_000));
    expect(useDraftStore.getState().pastedText).toHaveLength(limits.addressText);
    expect(screen.getByText(en.prisoner.pasteAtLimit.replace('{{max}}', '2,000'))).toBeInTheDocument();
    // No screen repeats a huge paste back into the page.
    expect(document.body.textContent?.length ?? 0).toBeLessThan(20_000);
  });
});
