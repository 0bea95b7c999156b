import * as fs from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { globSync } from 'tinyglobby';
import { BoundaryError, isWithin, realRoot, toWorkspacePath } from './boundary.js';

/** A symbolic link met while searching, and why it was left out. */
export interface SkippedLink {
  /** Workspace-relative path of the link. */
  path: string;
  /** `outside`: it leads out of the workspace; `broken`: it leads nowhere. */
  reason: 'outside' | 'broken';
  /** Whether the link names a folder (else a file). */
  folder: boolean;
}

export interface WorkspaceGlob {
  /** Matching files, relative to `cwd`, `/`-separated, sorted. */
  files: string[];
  /** Links that match (files) or could hold matches (folders) but were not followed. */
  skipped: SkippedLink[];
}

export interface WorkspaceGlobOptions {
  /** Folder to search, relative to the root or absolute (default the root). */
  cwd?: string;
  ignore?: string[];
  /** Match dot files and folders (default false). */
  dot?: boolean;
}

/**
 * tinyglobby over a workspace folder without following symbolic links out of the workspace.
 * Folders reached through a link are never searched (their contents are found where they really
 * are, if that is inside the workspace). A link to a file is matched by its own name: it is
 * returned when its real target is a file inside the workspace that the search did not already
 * find, and listed in `skipped` when the target is outside or missing. Links to folders that
 * lead outside are listed in `skipped` too (unless ignored), so a caller can say what it did
 * not search. A `cwd` that does not exist holds nothing; one that leads outside the workspace
 * throws BoundaryError.
 */
export function globWorkspace(
  root: string,
  patterns: string[],
  options: WorkspaceGlobOptions = {},
): WorkspaceGlob {
  const base = resolve(root);
  const rootReal = realRoot(base);
  let cwd: string;
  try {
    cwd = fs.realpathSync.native(resolve(base, options.cwd ?? '.'));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { files: [], skipped: [] };
    throw e;
  }
  if (!isWithin(rootReal, cwd))
    throw new BoundaryError(
      `${options.cwd} leads outside the workspace; boardwright does not search it.`,
      options.cwd ?? '.',
    );
  const ignore = options.ignore ?? [];
  const dot = options.dot ?? false;
  const links: string[] = [];
  const readdirSync = ((path: fs.PathLike, opts?: unknown) => {
    const entries = fs.readdirSync(path, opts as { withFileTypes: true });
    for (const e of entries)
      if (typeof e === 'object' && e.isSymbolicLink()) links.push(join(String(path), e.name));
    return entries;
  }) as typeof fs.readdirSync;
  const found = globSync(patterns, {
    cwd,
    ignore,
    dot,
    onlyFiles: true,
    expandDirectories: false,
    followSymbolicLinks: false,
    fs: { ...fs, readdirSync },
  });
  const files = new Set(found);
  const seen = new Set(found.map((f) => join(cwd, f)));
  const skipped: SkippedLink[] = [];
  const options_ = { dot, posix: true };
  const matches = picomatch(patterns, options_);
  const ignored = picomatch(ignore.length ? ignore : ['\0'], options_);
  for (const link of links.sort()) {
    const rel = relative(cwd, link).split(sep).join('/');
    if (ignored(rel) || ignored(`${rel}/x`)) continue;
    let real: string | undefined;
    let stats: fs.Stats | undefined;
    try {
      real = fs.realpathSync.native(link);
      stats = fs.statSync(real);
    } catch {
      real = undefined;
    }
    const folder = stats?.isDirectory() ?? false;
    if (!folder && !matches(rel)) continue;
    const shown = toWorkspacePath(rootReal, link);
    if (real === undefined) skipped.push({ path: shown, reason: 'broken', folder });
    else if (!isWithin(rootReal, real)) skipped.push({ path: shown, reason: 'outside', folder });
    else if (!folder && stats?.isFile() && !seen.has(real)) {
      seen.add(real);
      files.add(rel);
    }
  }
  return { files: [...files].sort(), skipped };
}
