/**
 * Writing the files a command names — a changelog, a README with summary markers, agent
 * instruction files, a parity matrix, the files of a repository template — under one policy for
 * symbolic links (README "Files, links and the workspace boundary"):
 *
 * - the file must lie inside the workspace, and not inside `.git`;
 * - a folder on the way may be a link only if its real path stays inside the workspace;
 * - a file that is a link is written through: its real target, which must be an existing file
 *   inside the workspace, is replaced and the link stays a link; a link that leads outside, or
 *   to nothing, is refused;
 * - every write is atomic (a temporary sibling of the real target, created exclusively, then
 *   renamed over it) and keeps the file's permission bits; several files are written all or
 *   nothing.
 */
import {
  lstatSync,
  mkdirSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { BoundaryError, realRoot, resolveInside } from './boundary.js';
import { tempSibling } from './write.js';

/** A file to write: a path relative to the workspace root (or absolute) and its content. */
export interface WorkspaceFile {
  path: string;
  content: string | Uint8Array;
}

interface Planned {
  /** The real path that is replaced. */
  target: string;
  /** Permission bits to keep, when the file exists. */
  mode?: number;
  content: string | Uint8Array;
}

function refuse(path: string, why: string): never {
  throw new BoundaryError(`Refusing to write ${path}: ${why}`, path);
}

/** Where a write of `path` really goes, checked against the policy above. */
function plan(root: string, file: WorkspaceFile): Planned {
  const resolved = resolveInside(root, file.path);
  const inGit = (p: string): boolean => p.split(/[\\/]/).includes('.git');
  if (inGit(resolved.rel) || inGit(relative(realRoot(root), resolved.real)))
    refuse(resolved.rel, 'it is inside .git.');
  let stat;
  try {
    stat = lstatSync(resolved.full);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    return { target: resolved.real, content: file.content };
  }
  let target = resolved.real;
  if (stat.isSymbolicLink()) {
    try {
      target = realpathSync.native(resolved.full);
    } catch {
      refuse(
        resolved.rel,
        'it is a symbolic link to a file that does not exist. Point the link at a file inside the workspace, or replace it with a file.',
      );
    }
    stat = statSync(target);
  }
  if (stat.isDirectory()) refuse(resolved.rel, 'it is a folder.');
  return { target, mode: stat.mode & 0o7777, content: file.content };
}

/**
 * Writes named workspace files under the link policy above, all or nothing: every path is
 * checked first (BoundaryError, with a message saying what to do, when one is refused), then
 * every content goes to a temporary sibling of its real target, then all are renamed into place.
 * Missing folders on the way are created. Returns the real paths written. fs errors (EACCES,
 * ENOSPC…) are thrown after the temporary files are removed.
 */
export function writeWorkspaceFiles(root: string, files: readonly WorkspaceFile[]): string[] {
  const planned = files.map((f) => plan(root, f));
  const temps: string[] = [];
  try {
    for (const p of planned) {
      mkdirSync(dirname(p.target), { recursive: true });
      const temp = tempSibling(p.target);
      writeFileSync(temp, p.content, {
        flag: 'wx',
        ...(p.mode === undefined ? {} : { mode: p.mode }),
      });
      temps.push(temp);
    }
  } catch (e) {
    for (const t of temps) rmSync(t, { force: true });
    throw e;
  }
  planned.forEach((p, i) => renameSync(temps[i]!, p.target));
  return planned.map((p) => p.target);
}

/** writeWorkspaceFiles for one file. */
export function writeWorkspaceFile(
  root: string,
  path: string,
  content: string | Uint8Array,
): string {
  return writeWorkspaceFiles(root, [{ path, content }])[0]!;
}

/**
 * Deletes a named workspace file. A link is removed itself, never its target; a folder on the
 * way must stay inside the workspace; a missing file is not an error. Throws BoundaryError when
 * refused and the fs error otherwise.
 */
export function removeWorkspaceFile(root: string, path: string): void {
  // The name is settled lexically first (`a/b/..` is `a`), then its folder by real path.
  const named = resolve(root, path);
  const parent = resolveInside(root, dirname(named));
  if (named === resolve(root))
    throw new BoundaryError(`Refusing to delete ${path}: it is the workspace root.`, path);
  const full = join(parent.real, basename(named));
  const shown = parent.rel === '.' ? basename(named) : `${parent.rel}/${basename(named)}`;
  let stat;
  try {
    stat = lstatSync(full);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw e;
  }
  if (stat.isDirectory())
    throw new BoundaryError(`Refusing to delete ${shown}: it is a folder.`, path);
  rmSync(full);
}
