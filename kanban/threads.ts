import { availableParallelism } from 'node:os';
import {
  isMainThread,
  MessageChannel,
  type MessagePort,
  Worker,
  workerData,
} from 'node:worker_threads';

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

/**
 * Starts a worker thread that runs the bundle module `module` (the caller's
 * `import.meta.url`) with `workerData` = `{ role, port, ...data }`: `port` is its end of a
 * channel whose other end comes back here. `youngGenerationMb` sizes its young generation. The
 * thread does not keep the process alive, and an error it raises is left to the caller's
 * deadlines (the caller waits synchronously, so no event would reach it). Undefined when the
 * thread cannot be started.
 */
export function startThread(
  module: string,
  role: string,
  youngGenerationMb: number,
  data: Record<string, unknown>,
): { worker: Worker; port: MessagePort } | undefined {
  try {
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(new URL(module), {
      workerData: { ...data, role, port: port2 },
      transferList: [port2],
      resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb },
      stdout: false,
      stderr: false,
    });
    worker.unref();
    worker.on('error', () => undefined);
    return { worker, port: port1 };
  } catch {
    return undefined;
  }
}
