import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import en from '../../../locales/en/screens.json';
import { balinAddress, renderScreen } from '../../test-render.tsx';
import { AddressStep } from '../address/address-step.tsx';
import { ExportStep } from '../export/export-step.tsx';

const warning = /Warning: this address comes from a source dated 17 March 2023/;

describe('The warning on a directory address its source calls out of date', () => {
  it.each([
    ['the address step', <AddressStep key="a" />],
    ['the print and send step', <ExportStep key="e" />],
  ])('is on %s, with a way back to change it', (_, ui) => {
    renderScreen(ui, { recipient: { kind: 'directory', prisonerId: 'balin-andrei-albertovich-1974' }, body: 'Здравствуйте!' });
    expect(screen.getByText(warning)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: en.prisoner.staleChange }).getAttribute('href')).toBe('#/prisoner');
  });

  it('is not shown for an address the writer pasted', () => {
    renderScreen(<ExportStep />, { recipient: { kind: 'pasted', addressText: balinAddress }, body: 'Здравствуйте!' });
    expect(screen.queryByText(warning)).toBeNull();
  });
});
