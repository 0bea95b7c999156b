import { availableParallelism } from 'node:os';
import {
  type MessagePort,
  type Worker,
  receiveMessageOnPort,
  workerData,
} from 'node:worker_threads';
import type { Board, Diagnostic, Status } from '../model/types.js';
import type { ReadLimits } from './limits.js';
import { parseThreadHelper } from './parse-threads.js';
import { readBoard } from './read.js';
import { StatusMapper } from './status.js';
import { beatInto } from './beat.js';
import { awaitThreads, READ_THREAD, sendCounted, startThread, threadRole } from './threads.js';

/** One file to read in a read thread: what `readBoard` takes, the mapper as its overrides. */
export interface ReadJob {
  bytes: Uint8Array;
  path: string;
  limits: ReadLimits;
  statusMap: Record<string, Status>;
  dialect?: string;
}

/** What a read thread gives back of a read: the board, the file's diagnostics, why it is no board. */
export interface ThreadRead {
  board?: Board;
  diagnostics: Diagnostic[];
  skipReason?: string;
  /** The parse was shared with a parse thread (kanban/parse-threads.ts). */
  sharedParse?: boolean;
}

/**
 * Files smaller than this are read on the calling thread: a read thread costs about as much to
 * start as 50 KB cost to read.
 */
export const THREAD_MIN_BYTES = 256 * 1024;

/**
 * A read thread's young generation. Parsing allocates many short-lived objects: with V8's
 * default semi-spaces a third of a big read went into scavenges, with 32 MB ones about a tenth,
 * so a big file reads faster in a thread than on the main one even when no core is free.
 */
const YOUNG_GENERATION_MB = 96;
const inReadThread = threadRole() === READ_THREAD;

/**
 * Reads one job. `shareParse`: a CPU is free, so the parse of a big file is shared with a parse
 * thread.
 */
function readJob(job: ReadJob, shareParse = false): ThreadRead {
  const helper = shareParse ? parseThreadHelper() : undefined;
  const options = {
    ...(helper ? { parseHelper: helper } : {}),
    limits: job.limits,
    mapper: new StatusMapper(job.statusMap),
    ...(job.dialect ? { dialect: job.dialect } : {}),
  };
  const { board, diagnostics, skipReason } = readBoard(job.bytes, job.path, options);
  const read: ThreadRead = board ? { board, diagnostics } : { diagnostics };
  if (skipReason) read.skipReason = skipReason;
  if (helper?.shared) read.sharedParse = true;
  return read;
}

interface Thread {
  worker: Worker;
  port: MessagePort;
  jobs: number[];
}

/**
 * Reads big files in worker threads, one thread per CPU (at most one per file), the biggest
 * files first, while `meanwhile` runs on this thread; returns the reads in `jobs` order, so the
 * outcome is the same as reading them one after another. The call is synchronous: this thread
 * waits with Atomics.wait. A file whose thread fails or stops beating (see `awaitThreads`) is
 * read here instead.
 * Boards travel as JSON, as the parse cache stores them.
 */
export function readInThreads(jobs: readonly ReadJob[], meanwhile: () => void): ThreadRead[] {
  const results: Array<ThreadRead | undefined> = jobs.map(() => undefined);
  // [0]: replies sent so far; [1 + i]: thread i's beats.
  const count = Math.min(jobs.length, availableParallelism());
  const flags = new Int32Array(new SharedArrayBuffer(4 * (1 + count)));
  const threads: Thread[] = [];
  for (let i = 0; i < count; i++) {
    const thread = startThread(import.meta.url, READ_THREAD, YOUNG_GENERATION_MB, {
      flags,
      index: i,
    });
    if (!thread) break;
    threads.push({ ...thread, jobs: [] });
  }
  // Biggest first, each to the thread with the fewest bytes so far.
  // With fewer threads than CPUs, each shares its parses with a parse thread of its own.
  const shareParse = threads.length < availableParallelism();
  const order = jobs.map((_, i) => i).sort((a, b) => jobs[b]!.bytes.length - jobs[a]!.bytes.length);
  const load = threads.map(() => 0);
  for (const i of threads.length ? order : []) {
    const t = load.indexOf(Math.min(...load));
    load[t]! += jobs[i]!.bytes.length;
    threads[t]!.jobs.push(i);
    threads[t]!.port.postMessage({ index: i, job: jobs[i], shareParse });
  }
  const started = Date.now();
  meanwhile();
  // Replies each thread still owes.
  const owed = threads.map((t) => t.jobs.length);
  awaitThreads({
    flags,
    started,
    busy: () => owed.flatMap((n, i) => (n > 0 ? [1 + i] : [])),
    take: () => {
      threads.forEach((t, i) => {
        for (let m = receiveMessageOnPort(t.port); m; m = receiveMessageOnPort(t.port)) {
          const reply = m.message as { index: number; json?: string };
          if (typeof reply.json === 'string') results[reply.index] = JSON.parse(reply.json);
          owed[i]!--;
        }
      });
      return owed.every((n) => n === 0);
    },
  });
  for (const t of threads) void t.worker.terminate();
  return jobs.map((job, i) => results[i] ?? readJob(job));
}

/** A read thread's side: read what arrives, reply as JSON, count the reply. */
if (inReadThread) {
  const { flags, index, port } = workerData as {
    flags: Int32Array;
    index: number;
    port: MessagePort;
  };
  beatInto(flags, 1 + index);
  port.on('message', (message: { index: number; job: ReadJob; shareParse: boolean }) => {
    const { index: job, job: input, shareParse } = message;
    let json: string | undefined;
    try {
      json = JSON.stringify(readJob(input, shareParse));
    } catch {
      json = undefined; // read again on the main thread, which reports the failure
    }
    sendCounted(port, flags, { index: job, json });
  });
}
