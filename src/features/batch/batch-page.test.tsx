import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import en from '../../../locales/en/batch.json';
import { memorialLayout, samplePeople } from '../../core/directory/fixtures/sample-list.ts';
import { useLettersStore } from '../../state/letters-store.ts';
import { renderScreen } from '../../test-render.tsx';
import { BatchPage } from './batch-page.tsx';

const people = samplePeople(3);
const LIST = `${memorialLayout(people)}\n\nАдрес для писем: 170100, г. Тверь, ФКУ СИЗО-1`;
const s = en.screen;
const rowBoxes = () => within(screen.getByRole('region', { name: s.rows.heading })).getAllByRole('checkbox');

async function readList(text: string) {
  await userEvent.click(screen.getByLabelText(s.import.pasteLabel));
  await userEvent.paste(text);
  await userEvent.click(screen.getByRole('button', { name: s.import.button }));
  await screen.findByText(/Read 4 rows/);
}

describe('BatchPage', () => {
  beforeEach(() => {
    useLettersStore.setState({ lists: [], history: {} });
    renderScreen(<BatchPage />);
  });

  it('reads a pasted list, says what became of every row, and keeps the list', async () => {
    await readList(LIST);
    expect(screen.getByText('Read 4 rows: 3 ready, 0 merged, 1 could not be used.')).toBeInTheDocument();
    const failed = screen.getByRole('heading', { name: s.import.failedHeading }).nextElementSibling as HTMLElement;
    expect(within(failed).getByText(/Row 4 \(line \d+\)/)).toBeInTheDocument();
    expect(failed).toHaveTextContent('The row has no surname');
    expect(useLettersStore.getState().lists[0]?.rows).toHaveLength(3);
    expect(screen.getByRole('radio', { name: /List of .* \(3\)/ })).toBeChecked();
  });

  it('chooses everyone read, and lets the writer clear the choice and choose again', async () => {
    await readList(LIST);
    const boxes = rowBoxes;
    expect(boxes()).toHaveLength(3);
    expect(boxes().every((b) => (b as HTMLInputElement).checked)).toBe(true);
    expect(screen.getByText('3 of 3 chosen')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: s.rows.none }));
    expect(screen.getByText('0 of 3 chosen')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Print the pack for 0 prisoners/ })).toBeDisabled();
    await userEvent.click(boxes()[1] as HTMLElement);
    expect(screen.getByRole('button', { name: 'Print the pack for 1 prisoner' })).toBeInTheDocument();
  });

  it('finds people in Latin letters', async () => {
    await readList(LIST);
    await userEvent.type(screen.getByLabelText(s.rows.searchLabel), 'Smirnov');
    const rows = rowBoxes();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.closest('label')).toHaveTextContent(`${people[1]?.surname} ${people[1]?.first}`);
  });

  it('asks for the writer\'s own name and address before printing', async () => {
    await readList(LIST);
    expect(screen.getByText(s.print.senderMissing)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Print the pack for 3 prisoners/ })).toBeDisabled();
  });

  it('removes a list from the device when asked', async () => {
    await readList(LIST);
    await userEvent.click(screen.getByRole('button', { name: s.lists.remove }));
    await waitFor(() => expect(useLettersStore.getState().lists).toEqual([]));
    expect(screen.getByText(s.lists.removed)).toBeInTheDocument();
  });

  it('opens a short file into the text box, and keeps a long one apart, still reading it', async () => {
    const short = new File([memorialLayout(people)], 'short.txt', { type: 'text/plain' });
    await userEvent.upload(screen.getByLabelText(s.import.fileLabel), short);
    await waitFor(() => expect(screen.getByLabelText(s.import.pasteLabel)).toHaveValue(memorialLayout(people)));
    const many = samplePeople(600);
    const long = new File([memorialLayout(many)], 'long.txt', { type: 'text/plain' });
    await userEvent.upload(screen.getByLabelText(s.import.fileLabel), long);
    await screen.findByText(/“long\.txt” is open: \d+ lines\. It is too long to show here/);
    await userEvent.click(screen.getByRole('button', { name: s.import.button }));
    expect(await screen.findByText('Read 600 rows: 600 ready, 0 merged, 0 could not be used.', {}, { timeout: 60_000 })).toBeInTheDocument();
  }, 90_000);
});
