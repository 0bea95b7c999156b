import { availableParallelism } from 'node:os';
import {
  isMainThread,
  MessageChannel,
  type MessagePort,
  Worker,
  workerData,
} from 'node:worker_threads';
import { beat } from './beat.js';

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
 * thread does not keep the process alive, and an error it raises is left to `awaitThreads`
 * (the caller waits synchronously, so no event would reach it). Undefined when the
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

/**
 * A thread that has not beaten (kanban/beat.ts) for this long while replies are owed is given
 * up: it has died, or the machine is too loaded for it to pay. In ms.
 */
export const STALL_MS = 60_000;
/** A thread that has not beaten once this long after it was started is given up. In ms. */
export const START_MS = 10_000;

/**
 * A worker thread's reply: posts `message` on `port`, then counts it in `flags[0]` and wakes the
 * thread waiting in `awaitThreads`.
 */
export function sendCounted(port: MessagePort, flags: Int32Array, message: unknown): void {
  port.postMessage(message);
  Atomics.add(flags, 0, 1);
  Atomics.notify(flags, 0);
}

/** What `awaitThreads` waits on. */
export interface ThreadWait {
  /**
   * Shared counters: `[0]` the messages sent so far (a thread adds 1 and notifies after each
   * message), the other slots the threads' beats.
   */
  flags: Int32Array;
  /** The beat slots of the threads that still owe replies. */
  busy: () => readonly number[];
  /** Takes in the messages that have arrived; true once all the replies are in. */
  take: () => boolean;
  /** When the threads were started, in ms since the epoch (default: now). */
  started?: number;
  stallMs?: number;
  startMs?: number;
}

/**
 * Waits synchronously for worker threads' replies: calls `take` whenever a message may have
 * arrived (Atomics.wait on `flags[0]`, at most 200 ms at a time) until it returns true, and then
 * returns true. Returns false, giving up, once a busy thread has not beaten for `stallMs`
 * (`STALL_MS`), or not at all `startMs` (`START_MS`) after it was started; the caller then does
 * its work itself. A slow thread that keeps beating is waited for, however long it takes. While
 * waiting, this thread beats itself, so that a thread waiting on a thread of its own is not
 * taken for dead.
 */
export function awaitThreads(wait: ThreadWait): boolean {
  const { flags, busy, take, stallMs = STALL_MS, startMs = START_MS } = wait;
  const started = wait.started ?? Date.now();
  const last = new Map<number, { beats: number; at: number }>();
  for (;;) {
    const seen = Atomics.load(flags, 0);
    if (take()) return true;
    beat();
    const now = Date.now();
    for (const slot of busy()) {
      const beats = Atomics.load(flags, slot);
      const before = last.get(slot);
      if (beats === 0) {
        if (now - started > startMs) return false;
      } else if (!before || before.beats !== beats) {
        last.set(slot, { beats, at: now });
      } else if (now - before.at > stallMs) {
        return false;
      }
    }
    Atomics.wait(flags, 0, seen, 200);
  }
}
