import { useEffect } from 'react';
import { appStartedEvent } from './choose.ts';

/**
 * Placed beside the current screen, inside its Suspense boundary: its effect runs once the
 * screen is live, which for a screen drawn by the build means React has adopted all of it.
 * Then boot.ts hands React what the writer typed, chose or pressed before that. Draws nothing.
 */
export function AppStarted() {
  useEffect(() => {
    document.dispatchEvent(new Event(appStartedEvent));
  }, []);
  return null;
}
