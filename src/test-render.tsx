import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { setupI18n } from './i18n/setup.ts';
import { emptyDraft, useDraftStore, type DraftState } from './state/draft-store.ts';

/** Renders a screen as the app would, in English, with a fresh draft (optionally partly filled). */
export function renderScreen(ui: ReactElement, draft: Partial<DraftState> = {}) {
  localStorage.clear();
  useDraftStore.getState().reset();
  useDraftStore.setState({ ...emptyDraft, ...draft });
  return render(<I18nextProvider i18n={setupI18n('en')}>{ui}</I18nextProvider>);
}

export const balinAddress =
  '445023, Самарская обл., г. Тольятти, Хрящевское ш., д. 3, ФКУ СИЗО-4 ГУФСИН России по Самарской области, Балину Андрею Альбертовичу, 1974 г. р.';
