import type { RootContent } from 'mdast';
import {
  MessageChannel,
  type MessagePort,
  Worker,
  isMainThread,
  receiveMessageOnPort,
  workerData,
} from 'node:worker_threads';
import { type Chunk, type ChunkHelper, parseChunk } from './parse.js';
import { threadsAvailable } from './read-threads.js';

/**
 * Texts shorter than this (in characters) are parsed on one thread: starting a parse thread
 * costs about as much as parsing 100 KB.
 */
export const PARSE_THREAD_MIN_CHARS = 256 * 1024;

/**
 * The share of a big text the parse thread takes. It parses with a young generation of its
 * own (fewer, cheaper scavenges) while this thread also has to take its nodes in as JSON, so
 * it gets a little more than half.
 */
const THREAD_SHARE = 0.55;

/** The parse thread's young generation in MB (see read-threads.ts). */
const YOUNG_GENERATION_MB = 96;
const ROLE = 'boardwright-parse';
const inParseThread = !isMainThread && (workerData as { role?: string } | null)?.role === ROLE;

/**
 * A helper for `parseMarkdown` (kanban/parse.ts) that parses the last part of a big text in a
 * worker thread while the calling thread parses the first part; undefined when threads are not
 * available (one CPU, `BOARDWRIGHT_THREADS=1`, already in a thread, running from the sources).
 * The nodes come back as JSON and are the same as parsing here. Should the thread fail or not
 * answer in time (10 s to start, then a minute per MB), its chunks are parsed here.
 */
export function parseThreadHelper(): ParseThreadHelper | undefined {
  if (!threadsAvailable()) return undefined;
  const helper: ParseThreadHelper = {
    share: THREAD_SHARE,
    shared: 0,
    start(chunks) {
      const collect = startParseThread(chunks);
      return () => {
        const nodes = collect();
        if (nodes) helper.shared++;
        return nodes;
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

function startParseThread(chunks: readonly Chunk[]): () => RootContent[][] | undefined {
  // [0]: 1 once the reply is sent; [1]: 1 once the thread runs.
  const flags = new Int32Array(new SharedArrayBuffer(8));
  let worker: Worker;
  let port: MessagePort;
  try {
    const channel = new MessageChannel();
    port = channel.port1;
    worker = new Worker(new URL(import.meta.url), {
      workerData: { role: ROLE, flags, port: channel.port2 },
      transferList: [channel.port2],
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      stdout: false,
      stderr: false,
    });
  } catch {
    return () => undefined;
  }
  worker.unref();
  worker.on('error', () => undefined);
  port.postMessage(chunks);
  const started = Date.now();
  const chars = chunks.reduce((n, c) => n + c.text.length, 0);
  const deadline = started + 60_000 * Math.max(1, chars / 1e6);
  return () => {
    let json: string | undefined;
    for (;;) {
      const m = receiveMessageOnPort(port);
      if (m) {
        json = (m.message as { json?: string }).json;
        break;
      }
      const now = Date.now();
      if (now > deadline || (Atomics.load(flags, 1) === 0 && now > started + 10_000)) break;
      Atomics.wait(flags, 0, 0, 200);
    }
    void worker.terminate();
    return typeof json === 'string' ? (JSON.parse(json) as RootContent[][]) : undefined;
  };
}

/** The parse thread's side: parse the chunks it is given, reply with their nodes as JSON. */
if (inParseThread) {
  const { flags, port } = workerData as { flags: Int32Array; port: MessagePort };
  Atomics.store(flags, 1, 1);
  port.once('message', (chunks: Chunk[]) => {
    let json: string | undefined;
    try {
      const nodes: RootContent[][] = [];
      for (const chunk of chunks) {
        const own = parseChunk(chunk);
        if (!own) throw new Error('chunk cannot be parsed apart');
        nodes.push(own);
      }
      json = JSON.stringify(nodes);
    } catch {
      json = undefined; // parsed again on the calling thread
    }
    port.postMessage({ json });
    Atomics.store(flags, 0, 1);
    Atomics.notify(flags, 0);
  });
}
