import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { awaitThreads } from '../kanban/threads.js';

/**
 * Starts a worker running `body` with `flags` (an Int32Array on a SharedArrayBuffer: [0] the
 * messages sent, [1] the beats) in scope, as boardwright's read and parse threads use them.
 */
function thread(body: string, flags: Int32Array, oldGenerationMb?: number): Worker {
  const worker = new Worker(
    `const { workerData: { flags } } = require('node:worker_threads');\n${body}`,
    {
      eval: true,
      workerData: { flags },
      ...(oldGenerationMb ? { resourceLimits: { maxOldGenerationSizeMb: oldGenerationMb } } : {}),
      stdout: true,
      stderr: true,
    },
  );
  worker.on('error', () => undefined);
  return worker;
}

describe('waiting on worker threads', () => {
  it('gives up a thread that dies without a word (out of memory) once it stops beating', async () => {
    const flags = new Int32Array(new SharedArrayBuffer(8));
    const worker = thread(
      `Atomics.add(flags, 1, 1);
       const hoard = [];
       for (;;) { hoard.push(new Array(1e5).fill({ a: hoard.length })); Atomics.add(flags, 1, 1); }`,
      flags,
      16,
    );
    const exited = new Promise<number>((resolve) => worker.once('exit', resolve));
    const done = awaitThreads({ flags, busy: () => [1], take: () => false, stallMs: 1_000 });
    expect(done).toBe(false);
    // It did start and work before it died.
    expect(Atomics.load(flags, 1)).toBeGreaterThan(1);
    expect(await exited).not.toBe(0);
  });

  it('waits for a slow thread that keeps beating, longer than the stall limit in all', () => {
    const flags = new Int32Array(new SharedArrayBuffer(8));
    const worker = thread(
      `const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
       for (let i = 0; i < 20; i++) { sleep(100); Atomics.add(flags, 1, 1); }
       Atomics.add(flags, 0, 1);
       Atomics.notify(flags, 0);`,
      flags,
    );
    const done = awaitThreads({
      flags,
      busy: () => [1],
      take: () => Atomics.load(flags, 0) === 1,
      stallMs: 500,
    });
    void worker.terminate();
    // All 20 beats, 100 ms apart, came before the reply: it came well after the stall limit,
    // and the beats kept the thread from being given up.
    expect(done).toBe(true);
    expect(Atomics.load(flags, 1)).toBe(20);
  });

  it('gives up a thread that never starts, and waits on no thread that owes nothing', () => {
    const flags = new Int32Array(new SharedArrayBuffer(12));
    // Slot 1 never beats; slot 2 has nothing to do.
    expect(awaitThreads({ flags, busy: () => [1], take: () => false, startMs: 300 })).toBe(false);
    let calls = 0;
    expect(
      awaitThreads({
        flags,
        busy: () => (calls < 3 ? [2] : []),
        take: () => ++calls > 3,
        startMs: 60_000,
      }),
    ).toBe(true);
    expect(calls).toBe(4);
  });
});
