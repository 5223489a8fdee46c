import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import checker from '../../../locales/en/checker.json';
import en from '../../../locales/en/screens.json';
import { renderScreen } from '../../test-render.tsx';
import { CheckStep } from './check-step.tsx';

describe('CheckStep', () => {
  it('asks for a letter when there is none', () => {
    renderScreen(<CheckStep />);
    expect(screen.getByText(en.check.empty)).toBeInTheDocument();
  });

  it('lists each finding with its category, the passage, the reason and a safer phrasing', () => {
    renderScreen(<CheckStep />, { body: 'Адвокат сказал, что апелляцию подадим в марте. Пиши мне на почту ivan@mail.ru.' });
    const list = screen.getByRole('list');
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
});
