import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Suspense } from 'react';
import { lazyScreen, ScreenBoundary } from './screen-boundary.tsx';

let broken = true;
function Flaky() {
  if (broken) throw new Error('boom');
  return <p>screen works</p>;
}

describe('ScreenBoundary', () => {
  it('shows the fallback instead of a failing screen, and retries', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const fallback = (retry: () => void) => (
      <button type="button" onClick={retry}>
        retry
      </button>
    );
    const { rerender } = render(
      <ScreenBoundary resetKey="a" fallback={fallback}>
        <Flaky />
      </ScreenBoundary>,
    );
    expect(screen.getByRole('button', { name: 'retry' })).toBeInTheDocument();
    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'retry' }));
    expect(screen.getByText('screen works')).toBeInTheDocument();
    broken = true;
    rerender(
      <ScreenBoundary resetKey="b" fallback={fallback}>
        <Flaky />
      </ScreenBoundary>,
    );
    expect(screen.getByRole('button', { name: 'retry' })).toBeInTheDocument();
    quiet.mockRestore();
  });
});

describe('lazyScreen', () => {
  it('loads a screen again after a failed load, when asked', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let attempts = 0;
    const Screen = lazyScreen(() => {
      attempts++;
      return attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve({ default: () => <p>loaded</p> });
    });
    render(
      <ScreenBoundary resetKey="a" fallback={(retry) => <button type="button" onClick={retry}>retry</button>}>
        <Suspense fallback={<p>loading</p>}>
          <Screen />
        </Suspense>
      </ScreenBoundary>,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'retry' }));
    expect(await screen.findByText('loaded')).toBeInTheDocument();
    expect(attempts).toBe(2);
    quiet.mockRestore();
  });
});
