import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

export const previewPort = 4173;
const url = `http://127.0.0.1:${previewPort}/`;

async function waitForServer(deadline: number) {
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer on ${url}`);
}

/** Serves the production build, as users get it, for the whole e2e run. */
export default async function setup() {
  if (!existsSync('dist/index.html')) throw new Error('No build in dist/: run `npm run build` first.');
  const server: ChildProcess = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(previewPort), '--strictPort'], {
    stdio: 'ignore',
    detached: true,
  });
  await waitForServer(Date.now() + 30000);
  return () => {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  };
}
