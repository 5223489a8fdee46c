import { useEffect, useRef } from 'react';
import { appStartedEvent, firstScreenPart } from './choose.ts';

/**
 * Placed last inside each Suspense boundary of a screen the build may draw (the screen's own, in
 * app.tsx, and any lazily loaded part of it), and in the screen boundary's message for a screen
 * that failed: its effect runs once React has taken over that part, after the effects of what
 * comes before it. The event comes from its own hidden marker, so boot.ts knows which of the
 * markers in the page have reported; when all have, it hands React what the writer typed,
 * chose or pressed before that.
 */
export function AppStarted() {
  const marker = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    (marker.current ?? document).dispatchEvent(new Event(appStartedEvent, { bubbles: true }));
  }, []);
  return <span hidden ref={marker} {...{ [firstScreenPart]: '' }} />;
}
