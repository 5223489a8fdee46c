import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

/** A port the OS says is free right now, so parallel runs and a developer's own server never collide. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface PreviewServer {
  url: string;
  stop: () => void;
}

/**
 * Serves the production build with `vite preview` on a free port and waits until it answers.
 * If our own server exits (a port race, a broken build), this fails loudly with its output
 * instead of trusting whatever else may be listening.
 */
export async function startPreview(timeoutMs = 30000, outDir = 'dist'): Promise<PreviewServer> {
  if (!existsSync(`${outDir}/index.html`)) throw new Error(`No build in ${outDir}/: run \`npm run build\` first.`);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  server.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  server.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  let exited: number | null = null;
  server.on('exit', (code) => (exited = code ?? -1));
  const stop = () => {
    if (server.pid && exited === null) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
    }
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`vite preview exited (${exited}) before answering on ${url}:\n${output}`);
    // Ours only once it has said which port it listens on: a stranger on the same port never counts.
    if (output.includes(String(port))) {
      try {
        if ((await fetch(url)).ok) return { url, stop };
      } catch {
        /* not up yet */
      }
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`vite preview did not answer on ${url} within ${timeoutMs} ms:\n${output}`);
}
