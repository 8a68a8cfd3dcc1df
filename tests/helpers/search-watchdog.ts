// Runs pastes through the search in a worker thread with a watchdog: a paste that does not finish
// within `perInput` ms stops the worker and fails, naming the paste. A hung regex or loop cannot be
// interrupted in the thread that runs it, so it must not run in the test's own thread.
import { Worker } from 'node:worker_threads';

export interface WatchdogReport {
  problems: { input: string; problem: string }[];
  times: number[];
}

export function searchInWorker(inputs: string[], options: { dist?: string; perInput?: number } = {}): Promise<WatchdogReport> {
  const perInput = options.perInput ?? 10_000;
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./search-fuzz-worker.ts', import.meta.url), { workerData: { inputs, dist: options.dist } });
    let current = -1;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        void worker.terminate();
        const input = inputs[current] ?? '';
        reject(
          new Error(
            `the search did not finish within ${perInput} ms for paste #${current} (${input.length} chars): ${JSON.stringify(input.slice(0, 200))}`,
          ),
        );
      }, perInput);
    };
    arm();
    worker.on('message', (m: { at?: number; done?: boolean } & Partial<WatchdogReport>) => {
      if (m.done) {
        clearTimeout(timer);
        void worker.terminate();
        resolve({ problems: m.problems ?? [], times: m.times ?? [] });
      } else if (m.at !== undefined) {
        current = m.at;
        arm();
      }
    });
    worker.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}
