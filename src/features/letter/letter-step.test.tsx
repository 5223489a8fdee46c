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

  it('names the empty blanks of a template and keeps it out of the letter until they are filled', async () => {
    renderScreen(<LetterStep />, {
      recipient: { kind: 'directory', prisonerId: 'balin-andrei-albertovich-1974' },
      sender: { name: 'Мария', address: '', gender: 'f', abroad: false },
    });
    await userEvent.selectOptions(screen.getByLabelText(en.letter.templateLabel), 'first-letter');
    await userEvent.click(screen.getByRole('button', { name: en.letter.useTemplate }));
    expect(useDraftStore.getState().body).toBe('');
    expect(screen.getByText(/You have not filled in: Your city, About you\./)).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Your city'), 'Самара');
    await userEvent.type(screen.getByLabelText('About you'), 'Я учитель.');
    await userEvent.click(screen.getByRole('button', { name: en.letter.useTemplate }));
    const text = useDraftStore.getState().body;
    expect(text).toMatch(/^Здравствуйте, Андрей/);
    expect(text).toContain('Мария');
    expect(text).not.toMatch(/[{}]/);
  });

  it('types template blanks in Latin letters as Cyrillic, and offers the Cyrillic spelling of a Latin name', async () => {
    useSettingsStore.setState({ latinInput: true });
    renderScreen(<LetterStep />, { sender: { name: 'Jane', address: '', gender: 'f', abroad: true } });
    await userEvent.selectOptions(screen.getByLabelText(en.letter.templateLabel), 'from-abroad');
    await userEvent.type(screen.getByLabelText('Your city'), 'Moskva');
    expect(screen.getByLabelText('Your city')).toHaveValue('Москва');
    await userEvent.click(screen.getByRole('button', { name: 'Write «Джейн»' }));
    expect(useDraftStore.getState().sender.name).toBe('Джейн');
    useSettingsStore.setState({ latinInput: false });
  });

  it('offers no phrase with a raw {name}, and greets a man as a man', async () => {
    renderScreen(<LetterStep />, { recipient: { kind: 'directory', prisonerId: 'balin-andrei-albertovich-1974' } });
    await userEvent.type(screen.getByLabelText(en.letter.phrasesSearch), 'dear');
    expect(await screen.findByRole('button', { name: 'Insert «Дорогой Андрей!» at the cursor' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Дорогая Андрей/ })).not.toBeInTheDocument();
    expect(screen.queryByText(/\{name\}/)).not.toBeInTheDocument();
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
