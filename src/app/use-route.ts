import { useCallback, useSyncExternalStore } from 'react';
import { parseRoute, type Route } from './steps.ts';

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current screen lives in the URL hash, so Back/Forward and reloads keep the writer's place. */
export function useRoute(): [Route, (route: Route) => void] {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash, () => '');
  const navigate = useCallback((route: Route) => {
    window.location.hash = `#/${route}`;
  }, []);
  return [parseRoute(hash), navigate];
}
