import type { TestProject } from 'vitest/node';
import { startPreview } from './preview-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
  }
}

/** Serves the production build, as users get it, for the whole e2e run, on a port of its own. */
export default async function setup(project: TestProject) {
  const server = await startPreview();
  project.provide('appUrl', server.url);
  return () => server.stop();
}
