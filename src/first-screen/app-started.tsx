import { useEffect } from 'react';
import { appStartedEvent, firstScreenPart } from './choose.ts';

/**
 * Placed last inside each Suspense boundary of a screen the build may draw (the screen's own, in
 * app.tsx, and any lazily loaded part of it): its effect runs once React has taken over that
 * part, after the effects of what comes before it. The hidden marker lets boot.ts count the
 * parts in the drawn screen; when all have said so, it hands React what the writer typed, chose
 * or pressed before that.
 */
export function AppStarted() {
  useEffect(() => {
    document.dispatchEvent(new Event(appStartedEvent));
  }, []);
  return <span hidden {...{ [firstScreenPart]: '' }} />;
}
