import { screen, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import checker from '../../../locales/en/checker.json';
import { checkLetter, disableLearnedLayer, enableLearnedLayer } from '../../core/checker/index.ts';
import { renderScreen } from '../../test-render.tsx';
import { CheckStep } from './check-step.tsx';

// The check screen with the learned second opinion switched on (as the config switch would, with
// the shipped model): a sentence no rule matches gets a medium finding that says it is a
// statistical guess, why such sentences are stopped and which of its words weighed most.

// A labelled sentence (case) of the team's rounds that the rules leave silent.
const BODY = 'Соседа этого, говорят, самого прижали, вот он и подписал, что велели.';

describe('CheckStep with the learned layer', () => {
  beforeAll(async () => {
    // The rules alone find nothing here (whatever the config switch says).
    disableLearnedLayer();
    expect(checkLetter(BODY)).toEqual([]);
    expect(await enableLearnedLayer()).toBe(true);
  });
  afterAll(() => disableLearnedLayer());

  it('shows the learned finding as a statistical guess, with its category, reason, words and a safer way', () => {
    renderScreen(<CheckStep />, { body: BODY });
    const cards = within(screen.getAllByRole('list')[0] as HTMLElement).getAllByRole('listitem');
    expect(cards).toHaveLength(1);
    const card = cards[0] as HTMLElement;
    expect(card).toHaveTextContent(checker.severity.medium);
    expect(card).toHaveTextContent(checker.category.case);
    expect(card).toHaveTextContent(checker.learned.guess);
    expect(card).toHaveTextContent(checker.learned.why.case);
    // The named words are the sentence's own (which ones depends on the trained weights).
    const named = /The words? that weighed most: (.+?)\./.exec(card.textContent ?? '')?.[1] ?? '';
    const words = [...named.matchAll(/«([^»]+)»/g)].map((m) => m[1] as string);
    expect(words.length).toBeGreaterThan(0);
    for (const w of words) expect(BODY).toContain(w);
    expect(card).toHaveTextContent(checker.learned.instead.case);
    // The whole sentence is the passage, marked in the letter as a link to the card.
    expect(screen.getByRole('link', { name: BODY.slice(0, -1) })).toBeInTheDocument();
  });
});
