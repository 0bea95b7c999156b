import type { RootContent } from 'mdast';
import { type MessagePort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import {
  CLAIMED_BY_HELPER,
  type Chunk,
  type ChunkHelper,
  type HelperParse,
  parseChunk,
} from './parse.js';
import { beat, beatInto } from './beat.js';
import {
  awaitThreads,
  PARSE_THREAD,
  sendCounted,
  startThread,
  threadRole,
  threadsAvailable,
} from './threads.js';

/**
 * The parse thread's young generation in MB: its nodes die young (they leave in batches), and
 * a bigger one made a 10,000-task check no faster but 30 MB bigger.
 */
const YOUNG_GENERATION_MB = 48;
const inParseThread = threadRole() === PARSE_THREAD;

/**
 * A helper for `parseMarkdown` (kanban/parse.ts) that parses a big text's last chunks in a
 * worker thread while the calling thread parses the first ones (see `ChunkHelper`); undefined
 * when threads are not available (kanban/threads.ts). The nodes come back as JSON, in batches,
 * and are the same as parsing here. Should the thread fail, or stop beating (see
 * `awaitThreads`), its chunks are parsed here.
 */
export function parseThreadHelper(): ParseThreadHelper | undefined {
  if (!threadsAvailable()) return undefined;
  const helper: ParseThreadHelper = {
    shared: 0,
    start(chunks, claims) {
      const parse = startParseThread(chunks, claims);
      return {
        poll: parse.poll,
        finish() {
          const nodes = parse.finish();
          if (nodes) helper.shared++;
          return nodes;
        },
      };
    },
  };
  return helper;
}

/** A parse helper that counts the parses it took a share of. */
export interface ParseThreadHelper extends ChunkHelper {
  /** Texts whose chunks the thread parsed (not counting the ones it failed on). */
  shared: number;
}

function startParseThread(chunks: readonly Chunk[], claims: Int32Array): HelperParse {
  // [0]: messages sent so far; [1]: the thread's beats.
  const flags = new Int32Array(new SharedArrayBuffer(8));
  const thread = startThread(import.meta.url, PARSE_THREAD, YOUNG_GENERATION_MB, { flags });
  if (!thread) return { poll: () => undefined, finish: () => undefined };
  const { worker, port } = thread;
  port.postMessage({ chunks, claims });
  const started = Date.now();
  // Batches taken in so far, by their first chunk; then the end: where the thread began, or that
  // it failed.
  const batches = new Map<number, RootContent[][]>();
  let end: Reply | undefined;
  // Takes in what has arrived; true once the end has.
  const take = (): boolean => {
    while (!end) {
      const m = receiveMessageOnPort(port);
      if (!m) break;
      const reply = m.message as Reply;
      if (typeof reply.json === 'string')
        batches.set(reply.from, JSON.parse(reply.json) as RootContent[][]);
      else end = reply;
    }
    return end !== undefined;
  };
  return {
    poll() {
      take();
    },
    finish() {
      // Had the thread claimed nothing when this side was done, it never will: no need to wait.
      if (Atomics.load(claims, chunks.length - 1) !== CLAIMED_BY_HELPER) {
        void worker.terminate();
        return undefined;
      }
      awaitThreads({
        flags,
        started,
        busy: () => [1],
        take,
      });
      void worker.terminate();
      if (!end || end.failed) return undefined;
      const nodes: RootContent[][] = [];
      while (end.from + nodes.length < chunks.length) {
        const batch = batches.get(end.from + nodes.length);
        if (!batch) return undefined;
        for (const own of batch) nodes.push(own);
      }
      return { from: end.from, nodes };
    },
  };
}

/** A message of the parse thread: a batch of nodes from chunk `from` on, or the end. */
interface Reply {
  from: number;
  json?: string;
  failed?: boolean;
}

/** Chunks a parse thread sends at a time: its nodes die young rather than pile up. */
const BATCH_CHUNKS = 64;

/**
 * The parse thread's side: claim chunks from the last one back until it meets a chunk the
 * calling thread claimed, parse them, reply with the first one's index and their nodes as JSON.
 */
if (inParseThread) {
  const { flags, port } = workerData as { flags: Int32Array; port: MessagePort };
  beatInto(flags, 1);
  const send = (reply: Reply): void => sendCounted(port, flags, reply);
  port.once('message', ({ chunks, claims }: { chunks: Chunk[]; claims: Int32Array }) => {
    let from = chunks.length;
    let batch: RootContent[][] = [];
    let failed = false;
    try {
      while (from > 0 && Atomics.compareExchange(claims, from - 1, 0, CLAIMED_BY_HELPER) === 0) {
        from--;
        const own = parseChunk(chunks[from]!);
        if (!own) throw new Error('chunk cannot be parsed apart');
        beat();
        batch.push(own);
        if (batch.length >= BATCH_CHUNKS) {
          send({ from, json: JSON.stringify(batch.reverse()) });
          batch = [];
        }
      }
      if (batch.length) send({ from, json: JSON.stringify(batch.reverse()) });
    } catch {
      failed = true; // parsed again on the calling thread
    }
    send(failed ? { from, failed } : { from });
    // The replies are queued; ending the thread now frees its heap while they are taken in.
    process.exit(0);
  });
}
