import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import picomatch from 'picomatch';
import { runRules } from './checks/run.js';
import { compareDiagnostics } from './checks/rule.js';
import { type Config, loadConfig, type LoadedConfig } from './config/load.js';
import { DEFAULT_LIMITS } from './kanban/limits.js';
import { BoundaryError, readWorkspaceFile, resolveInside } from './io/boundary.js';
import { DEFAULT_INCLUDE, discoverBoards } from './io/discover.js';
import { outDirOwnFiles } from './io/outdir.js';
import { readBacklogProject } from './kanban/backlog-md/board.js';
import { findBacklogProjects } from './kanban/backlog-md/project.js';
import { ReadCache, defaultCacheDir, type CacheStats } from './kanban/cache.js';
import { decodeMarkdown } from './kanban/decode.js';
import { BUILD_ID } from './model/version.js';
import { readBoard, type ReadResult } from './kanban/read.js';
import { parseThreadHelper } from './kanban/parse-threads.js';
import { type ReadJob, readInThreads, THREAD_MIN_BYTES } from './kanban/read-threads.js';
import { threadsAvailable } from './kanban/threads.js';
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

/** A discovered file that was not read as a board, and why, in words a user can act on. */
export interface SkippedFile {
  /** Workspace-relative path. */
  path: string;
  reason: string;
}

export interface LoadedWorkspace {
  workspace: Workspace;
  links: Links;
  config: LoadedConfig;
  /** Files read that hold no board, with the reason, in path order. */
  skipped: SkippedFile[];
  /** Every file discovered and read (boards and skipped), workspace-relative. */
  read: string[];
  /** True when some input could not be used at all (exit code 2). */
  unusable: boolean;
  /** Files read in worker threads (the big ones); absent when none. */
  threads?: number;
  /** Files whose parse was shared with a parse thread; absent when none. */
  parseThreads?: number;
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
  const boards: Board[] = [];
  const skipped: SkippedFile[] = [];
  const read: string[] = [];
  const missingRoot = rootProblem(root);
  const config: LoadedConfig = missingRoot
    ? { config: {}, limits: DEFAULT_LIMITS, diagnostics: [missingRoot] }
    : loadConfig(root, options.configPath);
  const diagnostics: Diagnostic[] = [...config.diagnostics];
  if (config.diagnostics.some((d) => d.fatal)) {
    const workspace: Workspace = { schemaVersion: SCHEMA_VERSION, boards, diagnostics };
    return {
      workspace,
      links: linkWorkspace(workspace),
      config,
      skipped,
      read,
      unusable: true,
      threads: 0,
    };
  }
  const cfg = config.config;
  const outDir = options.outDir ?? cfg.out ?? 'boardwright-out';
  // Files boardwright wrote into the out dir are never read back as boards; anything else there
  // is read like any other file (an out dir holding boards is refused by the writing commands).
  const found = discoverBoards(root, options.paths ?? [], cfg.include, [
    ...(cfg.exclude ?? []),
    ...outDirOwnFiles(root, outDir),
  ]);
  for (const r of found.refused) {
    diagnostics.push({
      rule: 'outside-workspace',
      severity: 'error',
      message: r.message,
      path: r.path,
      line: 1,
      column: 1,
      fatal: true,
    });
  }
  for (const link of found.skippedLinks) {
    diagnostics.push({
      rule: link.reason === 'outside' ? 'link-outside-workspace' : 'broken-link',
      severity: link.reason === 'outside' ? 'warning' : 'info',
      message:
        link.reason === 'outside'
          ? `${link.path} is a symbolic link to a ${link.folder ? 'folder' : 'file'} outside the workspace; it was not ${link.folder ? 'searched' : 'read'}. Replace the link with the ${link.folder ? 'folder' : 'file'} itself, or exclude it.`
          : `${link.path} is a symbolic link to nothing; it was skipped.`,
      path: link.path,
      line: 1,
      column: 1,
    });
  }
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
  const included = picomatch(cfg.include?.length ? cfg.include : DEFAULT_INCLUDE, { dot: true });
  const mapper = new StatusMapper(cfg.status?.map ?? {});
  const cache = openCache(root, options.cache, cfg.cache, diagnostics);
  const overrides = Object.entries(cfg.dialects ?? {}).map(
    ([glob, id]) => [picomatch(glob, { dot: true }), id] as const,
  );
  // Backlog.md folders are one board each, read before the files that stand alone.
  const { projects, rest } = findBacklogProjects(found.files, (path) => {
    try {
      return new TextDecoder().decode(readWorkspaceFile(root, path));
    } catch {
      return undefined;
    }
  });
  let done = 0;
  const total = found.files.length;
  for (const project of projects) {
    const backlog = readBacklogProject(
      project,
      (path) => {
        read.push(path);
        let bytes: Uint8Array;
        try {
          bytes = readWorkspaceFile(root, path);
        } catch (e) {
          diagnostics.push(unreadable(path, e));
          return undefined;
        }
        const decoded = decodeMarkdown(bytes, path, config.limits);
        diagnostics.push(...decoded.diagnostics);
        return decoded.text;
      },
      mapper,
    );
    diagnostics.push(...backlog.diagnostics);
    boards.push(backlog.board);
    for (const s of project.notOnBoard) {
      read.push(s.path);
      skipped.push({
        path: s.path,
        reason: `part of the Backlog.md board ${project.dir}: ${s.reason}`,
      });
    }
    done += project.tasks.length + project.notOnBoard.length;
    options.onProgress?.(done, total, project.dir);
  }
  // Each file's bytes and cache key first; files the cache does not hold are read then, the big
  // ones in worker threads while this thread reads the others, and taken in path order.
  interface Pending {
    path: string;
    result?: KeptRead;
    job?: ReadJob;
    key?: string;
  }
  const pending: Pending[] = [];
  for (const path of rest) {
    let bytes: Uint8Array;
    read.push(path);
    try {
      bytes = readWorkspaceFile(root, path);
    } catch (e) {
      pending.push({ path, result: { diagnostics: [unreadable(path, e)] } });
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
  // Several big files are read in threads, side by side, each sharing its parse with a parse
  // thread while CPUs outnumber them. One big file alone is read here with its parse shared: a
  // read thread's start and the board's way back cost more than its young generation saves (on
  // two cores a 2.7 MB board read 5% faster and in 45 MB less here; a 13.5 MB one as fast).
  const bigOnes = unread.filter((p) => p.job!.bytes.length >= THREAD_MIN_BYTES);
  const threads = threadsAvailable();
  const lone = bigOnes.length === 1 ? bigOnes[0] : undefined;
  const big = threads && !lone ? bigOnes : [];
  const helper = threads && lone ? parseThreadHelper() : undefined;
  const inBig = new Set(big);
  const readHere = (p: Pending): void => {
    const { board, diagnostics, skipReason } = readBoard(p.job!.bytes, p.path, {
      limits: p.job!.limits,
      mapper,
      ...(p.job!.dialect ? { dialect: p.job!.dialect } : {}),
      ...(helper && p === lone ? { parseHelper: helper } : {}),
    });
    p.result = board ? { board, diagnostics } : { diagnostics };
    if (skipReason) p.result.skipReason = skipReason;
  };
  const inThreads = readInThreads(
    big.map((p) => p.job!),
    () => unread.filter((p) => !inBig.has(p)).forEach(readHere),
  );
  let sharedParses = 0;
  big.forEach((p, i) => {
    const { sharedParse, ...read } = inThreads[i]!;
    if (sharedParse) sharedParses++;
    p.result = read;
  });
  pending.forEach((p, i) => {
    const result = p.result!;
    if (p.key && cache) cache.set(p.key, result);
    diagnostics.push(
      ...result.diagnostics.filter((d) => d.severity !== 'info' || result.board?.items.length),
    );
    if (result.board) {
      // A file named on the command line is read as asked, if it is Markdown at all; found ones
      // must look like boards.
      const named = found.explicit.has(p.path) && (MARKDOWN_NAME.test(p.path) || included(p.path));
      if (named || (result.board.items.length > 0 && !result.skipReason)) boards.push(result.board);
      else skipped.push({ path: p.path, reason: result.skipReason ?? 'no board items' });
    }
    options.onProgress?.(done + i + 1, total, p.path);
  });
  skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  boards.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  read.sort();
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
    read,
    unusable: diagnostics.some((d) => d.fatal),
  };
  if (cache) loaded.cache = { ...cache.stats, dir: cache.dir };
  if (big.length) loaded.threads = big.length;
  sharedParses += helper?.shared ?? 0;
  if (sharedParses) loaded.parseThreads = sharedParses;
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
  // By real path: a folder inside that is a link leading out counts as outside (io/boundary.ts).
  let dir: string | undefined;
  try {
    dir = resolveInside(root, setting.dir).real;
  } catch {
    dir = undefined;
  }
  if (dir === undefined) {
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
type KeptRead = Pick<ReadResult, 'board' | 'diagnostics' | 'skipReason'>;

/** The diagnostic for a file that cannot be read: a link leading out, or an I/O error. */
function unreadable(path: string, e: unknown): Diagnostic {
  const outside = e instanceof BoundaryError;
  return {
    rule: outside ? 'link-outside-workspace' : 'unreadable-file',
    severity: 'error',
    message: outside
      ? e.message
      : `File cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}). Check its permissions.`,
    path,
    line: 1,
    column: 1,
    fatal: true,
  };
}

/** A fatal diagnostic when the workspace root is missing or not a folder. */
function rootProblem(root: string): Diagnostic | undefined {
  let folder = false;
  try {
    folder = statSync(root).isDirectory();
  } catch {
    // missing
  }
  if (folder) return undefined;
  return {
    rule: 'missing-path',
    severity: 'error',
    message: `The workspace folder ${root} does not exist or is not a folder. Check -C (or the Action's working-directory).`,
    path: '.',
    line: 1,
    column: 1,
    fatal: true,
  };
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

/** File names that are Markdown whatever the include globs say. */
const MARKDOWN_NAME = /\.(?:md|markdown|mdown|mkdn|mkd|mdx|txt)$/i;

/**
 * When a load found no board at all and nothing else explains it (no fatal diagnostic), a fatal
 * `no-boards` diagnostic that says why: no file matched the include globs (and where it looked),
 * or the files read hold no board items (naming a few), or a named file is not Markdown. `paths`
 * are the paths the load was given. Undefined when there are boards or the load already failed.
 */
export function noBoardsDiagnostic(
  loaded: LoadedWorkspace,
  paths: readonly string[],
): Diagnostic | undefined {
  if (loaded.workspace.boards.length > 0 || loaded.unusable) return undefined;
  const cfg = loaded.config.config;
  const globs = (cfg.include?.length ? cfg.include : DEFAULT_INCLUDE).join(', ');
  const where = paths.length ? paths.join(', ') : 'the workspace';
  const links = loaded.workspace.diagnostics.filter((d) => d.rule === 'link-outside-workspace');
  const linkNote = links.length
    ? ` ${links.length} symbolic link(s) leading outside the workspace were not followed (${links
        .slice(0, 3)
        .map((d) => d.path)
        .join(', ')}).`
    : '';
  let why: string;
  if (loaded.read.length === 0) {
    why = `no file in ${where} matches ${globs}${cfg.include?.length ? ' (the config include globs)' : ''}.${linkNote} Add a board, or name one: boardwright check docs/ROADMAP.md.`;
  } else {
    const skippedPaths = loaded.skipped.map((s) => s.path);
    const foreign = skippedPaths.filter((p) => !MARKDOWN_NAME.test(p));
    const named = skippedPaths.slice(0, 3).join(', ') + (skippedPaths.length > 3 ? ', …' : '');
    why =
      foreign.length === loaded.skipped.length && paths.length
        ? `${foreign.join(', ')} ${foreign.length === 1 ? 'is not a Markdown file' : 'are not Markdown files'} and ${foreign.length === 1 ? 'holds' : 'hold'} no board items. Name a Markdown board (.md) instead.`
        : `${loaded.read.length} Markdown file(s) in ${where} were read (${named}), and none holds board items (task-list checkboxes, items under column or milestone headings).${linkNote} Run "boardwright build --verbose" to see why each file was skipped, or "boardwright dialects <file>" to see how a file is read.`;
  }
  return {
    rule: 'no-boards',
    severity: 'error',
    message: `0 boards found — ${why}`,
    path: '.',
    line: 1,
    column: 1,
    fatal: true,
  };
}

/**
 * The paths a load read or was told to read, for the out-dir checks of the commands that write
 * (io/outdir.ts resolveOutDir): every board, the config file and the paths named.
 */
export function workspaceInputs(loaded: LoadedWorkspace, paths: readonly string[] = []): string[] {
  return [
    ...loaded.workspace.boards.map((b) => b.path),
    ...(loaded.config.path ? [loaded.config.path] : []),
    ...paths,
  ];
}
