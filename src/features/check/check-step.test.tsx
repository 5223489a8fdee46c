import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import checker from '../../../locales/en/checker.json';
import en from '../../../locales/en/screens.json';
import { useDraftStore } from '../../state/draft-store.ts';
import { renderScreen } from '../../test-render.tsx';
import { CheckStep } from './check-step.tsx';

describe('CheckStep', () => {
  it('asks for a letter when there is none', () => {
    renderScreen(<CheckStep />);
    expect(screen.getByText(en.check.empty)).toBeInTheDocument();
  });

  it('lists each finding with its category, the passage, the reason and a safer phrasing', () => {
    renderScreen(<CheckStep />, { body: 'Адвокат сказал, что апелляцию подадим в марте. Пиши мне на почту ivan@mail.ru.' });
    const list = screen.getAllByRole('list')[0] as HTMLElement;
    const items = within(list).getAllByRole('listitem');
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(list).toHaveTextContent(checker.category.case);
    expect(list).toHaveTextContent(checker.category.contacts);
    expect(list).toHaveTextContent('«ivan@mail.ru»');
    expect(screen.getAllByText(en.check.instead).length).toBe(items.length);
  });

  it('marks the flagged passages in the letter as links to their explanation', () => {
    renderScreen(<CheckStep />, { body: 'Позвони мне: 8 916 123-45-67.' });
    const mark = screen.getByRole('link', { name: '8 916 123-45-67' });
    const target = document.getElementById((mark.getAttribute('href') ?? '').slice(1));
    expect(target).toHaveTextContent('«8 916 123-45-67»');
  });

  it('says the letter is clean when nothing is found, and does not flag innocent trap words', () => {
    renderScreen(<CheckStep />, { body: 'На даче пошли новые побеги у томатов, а я перечитываю «Прощай, оружие!».' });
    expect(screen.getByText(en.check.clean)).toBeInTheDocument();
  });

  it('lists high-risk findings first and merges the same passage found twice', () => {
    renderScreen(<CheckStep />, { body: 'Меня зовут Jane. Jane живёт в Лондоне. Следователь опять вызывал меня на допрос.' });
    const cards = within(screen.getAllByRole('list')[0] as HTMLElement).getAllByRole('listitem');
    expect(cards[0]).toHaveTextContent(checker.severity.high);
    const jane = cards.filter((c) => c.textContent?.includes('«Jane»'));
    expect(jane).toHaveLength(1);
    expect(jane[0]).toHaveTextContent('2 times');
  });

  it('removes a flagged sentence in one click, and undoes it', async () => {
    const body = 'У нас выпал снег. Следователь опять вызывал меня на допрос. Что вы читаете?';
    renderScreen(<CheckStep />, { body });
    await userEvent.click(screen.getAllByRole('button', { name: en.check.removeSentence })[0] as HTMLElement);
    expect(useDraftStore.getState().body).toBe('У нас выпал снег. Что вы читаете?');
    expect(await screen.findByText(en.check.clean)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: en.check.undo }));
    expect(useDraftStore.getState().body).toBe(body);
  });

  it('writes a Latin name in Cyrillic in one click, everywhere it occurs', async () => {
    renderScreen(<CheckStep />, { body: 'Меня зовут Jane. Jane живёт далеко.' });
    await userEvent.click(screen.getByRole('button', { name: 'Use «Джейн»' }));
    expect(useDraftStore.getState().body).toBe('Меня зовут Джейн. Джейн живёт далеко.');
  });

  it('sends the writer to the editor with the passage selected', async () => {
    renderScreen(<CheckStep />, { body: 'Следователь опять вызывал меня на допрос.' });
    await userEvent.click(screen.getAllByRole('button', { name: en.check.show })[0] as HTMLElement);
    expect(window.location.hash).toBe('#/letter');
  });
});
