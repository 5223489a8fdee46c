/*
 * The service worker, written here as a function so it is type-checked and linted, and
 * emitted as sw.js by scripts/hosting.ts with this build's version and file list.
 * - install: caches every file of the build (the page, all chunks, fonts, icons); the new
 *   version then waits: it never takes over a page that is open (a half-written letter);
 * - activate (once no page runs the old version, or the writer asks): drops older caches;
 * - fetch: same-origin GETs from the cache, the network only for what is not in it;
 *   any navigation gets the cached page (the app routes with #, so one page serves all).
 * It stores nothing else and never talks to another origin.
 */

interface ExtendableEvent extends Event {
  waitUntil(p: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(r: Promise<Response> | Response): void;
}
interface WorkerScope {
  location: Location;
  registration: { scope: string };
  clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', fn: (e: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', fn: (e: FetchEvent) => void): void;
  addEventListener(type: 'message', fn: (e: MessageEvent) => void): void;
}

function worker(version: string, files: string[]) {
  const scope = globalThis as unknown as WorkerScope;
  const cacheName = `konvert-${version}`;
  const page = new URL('./', scope.registration.scope).href;

  scope.addEventListener('install', (event) => {
    event.waitUntil(caches.open(cacheName).then((cache) => cache.addAll(files.map((f) => new Request(new URL(f, scope.registration.scope).href, { cache: 'reload' })))));
  });

  scope.addEventListener('activate', (event) => {
    event.waitUntil(
      caches
        .keys()
        .then((keys) => Promise.all(keys.filter((k) => k.startsWith('konvert-') && k !== cacheName).map((k) => caches.delete(k))))
        .then(() => scope.clients.claim()),
    );
  });

  scope.addEventListener('message', (event) => {
    if (event.data === 'skip-waiting') void scope.skipWaiting();
  });

  scope.addEventListener('fetch', (event) => {
    const request = event.request;
    if (request.method !== 'GET' || new URL(request.url).origin !== scope.location.origin) return;
    const key = request.mode === 'navigate' ? page : request;
    event.respondWith(
      caches
        .open(cacheName)
        // ignoreVary: a module script asks with an Origin header the cached copy was fetched without.
        .then((cache) => cache.match(key, { ignoreSearch: request.mode === 'navigate', ignoreVary: true }))
        .then((hit) => hit ?? fetch(request)),
    );
  });
}

/** sw.js for one build: the function above, called with its version and files. */
export function serviceWorkerSource(version: string, files: string[]): string {
  return `// Konvert's service worker (scripts/service-worker.ts), build ${version}.\n(${worker.toString()})(${JSON.stringify(version)}, ${JSON.stringify(files)});\n`;
}
