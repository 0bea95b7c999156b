import { availableParallelism } from 'node:os';
import { isMainThread, workerData } from 'node:worker_threads';

/** The `workerData.role` of boardwright's own worker threads. */
export const READ_THREAD = 'boardwright-read';
export const PARSE_THREAD = 'boardwright-parse';

/** The role of the thread this code runs in: a boardwright worker's, or undefined. */
export function threadRole(): string | undefined {
  return isMainThread ? undefined : (workerData as { role?: string } | null)?.role;
}

/**
 * Whether boardwright may start worker threads: not with `BOARDWRIGHT_THREADS=1`, on one CPU,
 * inside a parse thread, or when running from the TypeScript sources (a thread runs the
 * bundle's code). A read thread may start a parse thread.
 */
export function threadsAvailable(): boolean {
  return (
    threadRole() !== PARSE_THREAD &&
    process.env.BOARDWRIGHT_THREADS !== '1' &&
    availableParallelism() > 1 &&
    new URL(import.meta.url).pathname.endsWith('.js')
  );
}
