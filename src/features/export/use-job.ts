import { useCallback, useState } from 'react';

export type JobState = { status: 'idle' } | { status: 'working' } | { status: 'done'; pages: number } | { status: 'failed'; message: string };

/** Runs one export at a time and keeps its outcome for the screen: a failure is shown, never thrown. */
export function useJob() {
  const [state, setState] = useState<JobState>({ status: 'idle' });
  const run = useCallback(async (job: () => Promise<number>) => {
    setState({ status: 'working' });
    try {
      setState({ status: 'done', pages: await job() });
    } catch (error) {
      setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }, []);
  return { state, run };
}
