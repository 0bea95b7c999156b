import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import { runRules } from './checks/run.js';
import { compareDiagnostics } from './checks/rule.js';
import { type Config, loadConfig, type LoadedConfig } from './config/load.js';
import { discoverBoards } from './io/discover.js';
import { ReadCache, defaultCacheDir, type CacheStats } from './kanban/cache.js';
import { BUILD_ID } from './model/version.js';
import { readBoard, type ReadResult } from './kanban/read.js';
import {
  type ReadJob,
  readInThreads,
  THREAD_MIN_BYTES,
  threadsAvailable,
} from './kanban/read-threads.js';
import { slugify } from './kanban/slug.js';
import { StatusMapper } from './kanban/status.js';
import { type Links, linkWorkspace } from './model/link.js';
import { SCHEMA_VERSION, type Board, type Diagnostic, type Workspace } from './model/types.js';
import { validateWorkspace } from './model/validate.js';

export interface LoadOptions {
  /** Workspace root; config and relative paths are resolved against it. */
  root: string;
  /** Files or folders to read; empty means the config's include globs. */
  paths?: string[];
  /** Config file, relative to root; default: the first of boardwright.config.{yaml,yml,json}. */
  configPath?: string;
  /** Output folder to leave out of discovery, relative to root. */
  outDir?: string;
  /** Called after each file is read: (files done, files in all, path). */
  onProgress?: (done: number, total: number, path: string) => void;
  /**
   * The parse cache: `false` reads every file afresh; a folder (absolute, or relative to the
   * root) or a ReadCache to use. Default: the config's `cache`, then $BOARDWRIGHT_CACHE_DIR,
   * then ~/.cache/boardwright; on in the bundled package, off when running the sources.
   */
  cache?: false | string | ReadCache;
}

export interface LoadedWorkspace {
  workspace: Workspace;
  links: Links;
  config: LoadedConfig;
  /** Files read that hold no board (no items), workspace-relative. */
  skipped: string[];
  /** True when some input could not be used at all (exit code 2). */
  unusable: boolean;
  /** Files read in worker threads (big files, two or more at a time); absent when none. */
  threads?: number;
  /** What the parse cache did; absent when it was off. */
  cache?: CacheStats & { dir: string };
}

/**
 * The main pipeline as one library call: config → discover → read every file (decode, parse,
 * dialect, meta) → link dependencies → run the rules → validate the model against its schema.
 * A bad file yields a fatal diagnostic and the others are still read. Never throws on bad input;
 * an invalid config returns an empty workspace with the config's diagnostics.
 */
export function loadWorkspace(options: LoadOptions): LoadedWorkspace {
  const root = resolve(options.root);
  const config = loadConfig(root, options.configPath);
  const diagnostics: Diagnostic[] = [...config.diagnostics];
  const boards: Board[] = [];
  const skipped: string[] = [];
  if (config.diagnostics.some((d) => d.fatal)) {
    const workspace: Workspace = { schemaVersion: SCHEMA_VERSION, boards, diagnostics };
    return {
      workspace,
      links: linkWorkspace(workspace),
      config,
      skipped,
      unusable: true,
      threads: 0,
    };
  }
  const cfg = config.config;
  const outDir = options.outDir ?? cfg.out ?? 'boardwright-out';
  const found = discoverBoards(root, options.paths ?? [], cfg.include, [
    ...(cfg.exclude ?? []),
    `${outDir}/**`,
  ]);
  for (const p of found.missing) {
    diagnostics.push({
      rule: 'missing-path',
      severity: 'error',
      message: `Path "${p}" does not exist. Check the spelling, or run from the repository root.`,
      path: p,
      line: 1,
      column: 1,
      fatal: true,
    });
  }
  const mapper = new StatusMapper(cfg.status?.map ?? {});
  const cache = openCache(root, options.cache, cfg.cache, diagnostics);
  const overrides = Object.entries(cfg.dialects ?? {}).map(
    ([glob, id]) => [picomatch(glob, { dot: true }), id] as const,
  );
  // Each file's bytes and cache key first; files the cache does not hold are read then, the big
  // ones in worker threads while this thread reads the others, and taken in path order.
  interface Pending {
    path: string;
    result?: KeptRead;
    job?: ReadJob;
    key?: string;
  }
  const pending: Pending[] = [];
  for (const path of found.files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(resolve(root, path));
    } catch (e) {
      pending.push({
        path,
        result: {
          diagnostics: [
            {
              rule: 'unreadable-file',
              severity: 'error',
              message: `File cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}). Check its permissions.`,
              path,
              line: 1,
              column: 1,
              fatal: true,
            },
          ],
        },
      });
      continue;
    }
    const dialect = overrides.find(([match]) => match(path))?.[1];
    const job: ReadJob = {
      bytes,
      path,
      limits: config.limits,
      statusMap: cfg.status?.map ?? {},
      ...(dialect ? { dialect } : {}),
    };
    // Everything the result depends on besides the code: the options, the path, the bytes.
    const key = cache?.key(
      JSON.stringify([config.limits, cfg.status ?? {}, dialect ?? '']),
      path,
      bytes,
    );
    const hit = key ? cache?.get<KeptRead>(key) : undefined;
    pending.push(hit ? { path, result: hit } : { path, job, ...(key ? { key } : {}) });
  }
  const unread = pending.filter((p) => p.job && !p.result);
  // Threads pay when two or more big files can be read side by side; one big file alone reads
  // as fast here, in less memory.
  const bigOnes = unread.filter((p) => p.job!.bytes.length >= THREAD_MIN_BYTES);
  const big = bigOnes.length >= 2 && threadsAvailable() ? bigOnes : [];
  const inBig = new Set(big);
  const readHere = (p: Pending): void => {
    const { board, diagnostics } = readBoard(p.job!.bytes, p.path, {
      limits: p.job!.limits,
      mapper,
      ...(p.job!.dialect ? { dialect: p.job!.dialect } : {}),
    });
    p.result = board ? { board, diagnostics } : { diagnostics };
  };
  const inThreads = readInThreads(
    big.map((p) => p.job!),
    () => unread.filter((p) => !inBig.has(p)).forEach(readHere),
  );
  big.forEach((p, i) => (p.result = inThreads[i]));
  pending.forEach((p, i) => {
    const result = p.result!;
    if (p.key && cache) cache.set(p.key, result);
    diagnostics.push(
      ...result.diagnostics.filter((d) => d.severity !== 'info' || result.board?.items.length),
    );
    if (result.board) {
      if (result.board.items.length > 0 || found.explicit.has(p.path)) boards.push(result.board);
      else skipped.push(p.path);
    }
    options.onProgress?.(i + 1, pending.length, p.path);
  });
  assignBoardIds(boards);
  const links = linkWorkspace({ boards });
  diagnostics.push(...runRules({ boards }, links, cfg, config.path));
  diagnostics.sort(compareDiagnostics);
  const workspace: Workspace = { schemaVersion: SCHEMA_VERSION, boards, diagnostics };
  const schemaErrors = validateWorkspace(workspace);
  for (const err of schemaErrors.slice(0, 20)) {
    diagnostics.push({
      rule: 'internal-model',
      severity: 'error',
      message: `The extracted model breaks schemas/board.schema.json at ${err.pointer}: ${err.message}. This is a boardwright bug; please report it with the input file.`,
      path: '.',
      line: 1,
      column: 1,
    });
  }
  cache?.prune();
  const loaded: LoadedWorkspace = {
    workspace,
    links,
    config,
    skipped,
    unusable: diagnostics.some((d) => d.fatal),
  };
  if (cache) loaded.cache = { ...cache.stats, dir: cache.dir };
  if (big.length) loaded.threads = big.length;
  return loaded;
}

/**
 * The parse cache for this run, or undefined when it is off. A folder named in the config must
 * stay inside the workspace (a pull request can change the config); the CLI flag and the
 * environment can point anywhere.
 */
function openCache(
  root: string,
  option: LoadOptions['cache'],
  setting: Config['cache'],
  diagnostics: Diagnostic[],
): ReadCache | undefined {
  if (option === false) return undefined;
  if (option instanceof ReadCache) return option;
  if (typeof option === 'string') return new ReadCache(resolve(root, option));
  if (setting === false || !BUILD_ID) return undefined;
  if (process.env.BOARDWRIGHT_CACHE_DIR || typeof setting !== 'object' || !setting.dir)
    return new ReadCache(defaultCacheDir());
  const dir = resolve(root, setting.dir);
  const rel = relative(root, dir);
  if (rel.startsWith('..') || isAbsolute(rel)) {
    diagnostics.push({
      rule: 'config-cache-dir',
      severity: 'warning',
      message: `The config's cache folder "${setting.dir}" is outside the workspace, so the default folder is used. Pass --cache-dir or set BOARDWRIGHT_CACHE_DIR to use another folder.`,
      path: '.',
      line: 1,
      column: 1,
    });
    return new ReadCache(defaultCacheDir());
  }
  return new ReadCache(dir);
}

/**
 * What the workspace keeps of a read, and the parse cache stores: the board and the file's
 * diagnostics. The mdast tree is most of a read result's size (40 MB of JSON for a 10,000-task
 * board) and nothing after reading needs it.
 */
type KeptRead = Pick<ReadResult, 'board' | 'diagnostics'>;

/** Board ids from paths: `docs/ROADMAP.md` → `docs-roadmap`, made unique in path order. */
function assignBoardIds(boards: Board[]): void {
  const taken = new Set<string>();
  for (const board of boards) {
    const base = slugify(
      board.path.replace(/\.(md|markdown|txt)$/i, '').replace(/\//g, '-'),
      'board',
    );
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    board.id = id;
  }
}
