import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import en from '../../../locales/en/screens.json';
import writing from '../../../locales/en/writing.json';
import { useDraftStore } from '../../state/draft-store.ts';
import { useSettingsStore } from '../../state/settings-store.ts';
import { renderScreen } from '../../test-render.tsx';
import { LetterStep } from './letter-step.tsx';

describe('LetterStep', () => {
  it('turns Latin keys into Russian letters when Latin typing is on', async () => {
    useSettingsStore.setState({ latinInput: false });
    renderScreen(<LetterStep />);
    await userEvent.click(screen.getByLabelText(writing.translit.toggle));
    await userEvent.type(screen.getByLabelText(en.letter.bodyLabel), 'Shchi i kasha');
    expect(useDraftStore.getState().body).toBe('Щи и каша');
  });

  it('inserts a phrase at the cursor, between the words around it', async () => {
    useSettingsStore.setState({ latinInput: false });
    renderScreen(<LetterStep />, { body: 'Привет!Пока.' });
    const body = screen.getByLabelText<HTMLTextAreaElement>(en.letter.bodyLabel);
    body.setSelectionRange(7, 7);
    await userEvent.type(screen.getByLabelText(en.letter.phrasesSearch), 'how are you');
    const [insert] = await screen.findAllByRole('button', { name: /^Insert «/ });
    await userEvent.click(insert as HTMLElement);
    const text = useDraftStore.getState().body;
    expect(text.startsWith('Привет! ')).toBe(true);
    expect(text.endsWith(' Пока.')).toBe(true);
    expect(text.length).toBeGreaterThan('Привет!Пока.'.length + 5);
  });

  it('fills a template with the writer’s name and puts it into an empty letter', async () => {
    renderScreen(<LetterStep />, { sender: { name: 'Мария', address: '', gender: 'f', abroad: false } });
    await userEvent.selectOptions(screen.getByLabelText(en.letter.templateLabel), 'first-letter');
    await userEvent.click(screen.getByRole('button', { name: en.letter.useTemplate }));
    const text = useDraftStore.getState().body;
    expect(text).toMatch(/^Здравствуйте/);
    expect(text).toContain('Мария');
    expect(text).not.toContain('{w:');
  });

  it('says under the editor, as the writer types, whether anything may be stopped', async () => {
    useSettingsStore.setState({ latinInput: false });
    renderScreen(<LetterStep />);
    const body = screen.getByLabelText(en.letter.bodyLabel);
    await userEvent.type(body, 'У нас идёт снег.');
    expect(await screen.findByText(en.letter.liveClean)).toBeInTheDocument();
    await userEvent.type(body, ' Следователь опять вызывал меня.');
    expect(await screen.findByText('1 passage a censor may stop.')).toBeInTheDocument();
  });
});
