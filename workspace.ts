import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import picomatch from 'picomatch';
import { runRules } from './checks/run.js';
import { compareDiagnostics } from './checks/rule.js';
import { loadConfig, type LoadedConfig } from './config/load.js';
import { discoverBoards } from './io/discover.js';
import { readBoard } from './kanban/read.js';
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
}

export interface LoadedWorkspace {
  workspace: Workspace;
  links: Links;
  config: LoadedConfig;
  /** Files read that hold no board (no items), workspace-relative. */
  skipped: string[];
  /** True when some input could not be used at all (exit code 2). */
  unusable: boolean;
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
    const result = readBoard(bytes, path, {
      limits: config.limits,
      mapper,
      ...(dialect ? { dialect } : {}),
    });
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
  return { workspace, links, config, skipped, unusable: diagnostics.some((d) => d.fatal) };
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
