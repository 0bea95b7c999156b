import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import { runRules } from './checks/run.js';
import { compareDiagnostics } from './checks/rule.js';
import { type Config, loadConfig, type LoadedConfig } from './config/load.js';
import { discoverBoards } from './io/discover.js';
import { ReadCache, defaultCacheDir, type CacheStats } from './kanban/cache.js';
import { BUILD_ID } from './model/version.js';
import { readBoard, type ReadOptions, type ReadResult } from './kanban/read.js';
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
    return { workspace, links: linkWorkspace(workspace), config, skipped, unusable: true };
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
  found.files.forEach((path, i) => {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(resolve(root, path));
    } catch (e) {
      diagnostics.push({
        rule: 'unreadable-file',
        severity: 'error',
        message: `File cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}). Check its permissions.`,
        path,
        line: 1,
        column: 1,
        fatal: true,
      });
      options.onProgress?.(i + 1, found.files.length, path);
      return;
    }
    const dialect = overrides.find(([match]) => match(path))?.[1];
    const readOptions: ReadOptions = {
      limits: config.limits,
      mapper,
      ...(dialect ? { dialect } : {}),
    };
    // Everything the result depends on besides the code: the options, the path, the bytes.
    const result = cached(
      cache,
      [JSON.stringify([config.limits, cfg.status ?? {}, dialect ?? '']), path, bytes],
      () => readBoard(bytes, path, readOptions),
    );
    diagnostics.push(
      ...result.diagnostics.filter((d) => d.severity !== 'info' || result.board?.items.length),
    );
    if (result.board) {
      if (result.board.items.length > 0 || found.explicit.has(path)) boards.push(result.board);
      else skipped.push(path);
    }
    options.onProgress?.(i + 1, found.files.length, path);
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

/** What the workspace keeps of a read: the board and the file's diagnostics. */
type KeptRead = Pick<ReadResult, 'board' | 'diagnostics'>;

/**
 * The read result for `parts` from the cache, or `read()` stored there. Only the board and the
 * diagnostics are stored: the mdast tree is most of a read result's size (40 MB of JSON for a
 * 10,000-task board) and nothing after reading needs it.
 */
function cached(
  cache: ReadCache | undefined,
  parts: ReadonlyArray<string | Uint8Array>,
  read: () => ReadResult,
): KeptRead {
  if (!cache) return read();
  const key = cache.key(...parts);
  const hit = cache.get<KeptRead>(key);
  if (hit) return hit;
  const { board, diagnostics } = read();
  const kept: KeptRead = board ? { board, diagnostics } : { diagnostics };
  cache.set(key, kept);
  return kept;
}

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
