import { statSync } from 'node:fs';
import { BoundaryError, realRoot, resolveInside, toWorkspacePath } from './boundary.js';
import { globWorkspace, type SkippedLink } from './glob.js';

/** Folders never searched for boards. */
export const ALWAYS_EXCLUDED = ['**/node_modules/**', '**/.git/**', '**/dist/**'];
export const DEFAULT_INCLUDE = ['**/*.md', '**/*.markdown'];

/**
 * Folders whose name starts with a dot are skipped by the default globs, except these well-known
 * homes of boards and plans (at any depth): Kiro specs (`.kiro/specs/<feature>/tasks.md`),
 * spec-kit (`.specify/`), GitHub (`.github/`: its issue and pull-request templates are then
 * recognised and skipped with a reason), Backlog.md (`.backlog/`), GSD planning (`.planning/`),
 * and `.kanban/`, `.tasks/`, `.todo/`, `.plans/`. Every other dot-folder (`.git`, `.vscode`,
 * `.cursor`, `.claude`, caches) is not read unless the config's `include` names it.
 */
export const DEFAULT_DOT_INCLUDE = [
  '.kiro',
  '.specify',
  '.github',
  '.backlog',
  '.planning',
  '.kanban',
  '.tasks',
  '.todo',
  '.plans',
].flatMap((dir) => [`**/${dir}/**/*.md`, `**/${dir}/**/*.markdown`]);

export interface Discovery {
  /** Workspace-relative, `/`-separated, sorted. */
  files: string[];
  /** Paths given on the command line that do not exist. */
  missing: string[];
  /** Files named explicitly (they are boards even when they hold no items). */
  explicit: Set<string>;
  /** Paths given that lie outside the workspace or reach it through a link that leads out. */
  refused: Array<{ path: string; message: string }>;
  /** Symbolic links met while searching that were not followed (outside the workspace, broken). */
  skippedLinks: SkippedLink[];
}

/**
 * Finds board files under `root`. With no `paths`, the config's include globs (default every
 * Markdown file) minus the exclusions; a path that is a directory is searched the same way, a path
 * that is a file is taken as it is. Nothing is read through a symbolic link that leads outside
 * the workspace (io/glob.ts): such links are listed in `skippedLinks`, and a named path that
 * leaves the workspace is listed in `refused`. Results are sorted so that runs are deterministic.
 */
export function discoverBoards(
  root: string,
  paths: string[],
  include: string[] | undefined,
  exclude: string[],
): Discovery {
  const ignore = [...ALWAYS_EXCLUDED, ...exclude];
  const patterns = include?.length ? include : DEFAULT_INCLUDE;
  const rootReal = realRoot(root);
  const files = new Set<string>();
  const explicit = new Set<string>();
  const missing: string[] = [];
  const refused: Discovery['refused'] = [];
  const skippedLinks = new Map<string, SkippedLink>();
  const search = (dir: string, real: string): void => {
    const prefix = toWorkspacePath(rootReal, real);
    const found = globWorkspace(root, patterns, { cwd: dir, ignore });
    for (const f of found.files) files.add(prefix === '.' ? f : `${prefix}/${f}`);
    for (const link of found.skipped) skippedLinks.set(link.path, link);
    if (include?.length) return;
    // The well-known homes of boards and plans, though their names start with a dot.
    const dotted = globWorkspace(root, DEFAULT_DOT_INCLUDE, { cwd: dir, ignore, dot: true });
    for (const f of dotted.files) files.add(prefix === '.' ? f : `${prefix}/${f}`);
    for (const link of dotted.skipped) skippedLinks.set(link.path, link);
  };
  if (paths.length === 0) search('.', rootReal);
  for (const p of paths) {
    let resolved;
    try {
      resolved = resolveInside(root, p);
    } catch (e) {
      if (!(e instanceof BoundaryError)) throw e;
      refused.push({ path: p, message: e.message });
      continue;
    }
    let stats;
    try {
      stats = statSync(resolved.real);
    } catch {
      missing.push(p);
      continue;
    }
    if (stats.isDirectory()) search(resolved.real, resolved.real);
    else {
      files.add(resolved.rel);
      explicit.add(resolved.rel);
    }
  }
  return {
    files: [...files].sort(),
    missing,
    explicit,
    refused,
    skippedLinks: [...skippedLinks.values()].sort((a, b) => (a.path < b.path ? -1 : 1)),
  };
}
