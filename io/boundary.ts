/**
 * The workspace boundary for files. Every read of a workspace file goes through here: a path is
 * resolved to its real path (every symbolic link followed) and compared with the real path of
 * the workspace root, so a link committed in a pull request cannot carry a read outside the
 * workspace. Writes use the same checks (io/user-files.ts, io/outdir.ts).
 */
import { lstatSync, readFileSync, readlinkSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/**
 * Thrown when a path, or a symbolic link on the way to it, leads outside the workspace. `path`
 * is the path as asked for; `link` the workspace-relative link that leads out (absent when the
 * path itself lies outside). `code` is `EOUTSIDE`, so callers that print an fs error code still
 * print something meaningful.
 */
export class BoundaryError extends Error {
  readonly code = 'EOUTSIDE';
  constructor(
    message: string,
    readonly path: string,
    readonly link?: string,
  ) {
    super(message);
    this.name = 'BoundaryError';
  }
}

/** True when `child` is `parent` or lies below it (both absolute, already resolved). */
export function isWithin(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** The real path of the workspace root; throws the fs error when it does not exist. */
export function realRoot(root: string): string {
  return realpathSync.native(resolve(root));
}

/** `full` relative to `root`, `/`-separated (`.` for the root itself). */
export function toWorkspacePath(root: string, full: string): string {
  return relative(root, full).split(sep).join('/') || '.';
}

/**
 * The real path `full` would have: the deepest part that exists is resolved through its links,
 * the rest is appended as written. For paths that are about to be created.
 */
export function realPathOf(full: string): string {
  const missing: string[] = [];
  let at = resolve(full);
  for (;;) {
    try {
      const real = realpathSync.native(at);
      return missing.length ? join(real, ...missing.reverse()) : real;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw e;
      const parent = dirname(at);
      if (parent === at) return resolve(full);
      // A dangling link is a name that exists: resolve where it points, as a write would.
      let link: string | undefined;
      try {
        if (lstatSync(at).isSymbolicLink()) link = readlinkSync(at);
      } catch {
        // absent
      }
      if (link !== undefined) return realPathOf(resolve(dirname(at), link)) + rest(missing);
      missing.push(basename(at));
      at = parent;
    }
  }
  function rest(parts: string[]): string {
    return parts.length ? sep + [...parts].reverse().join(sep) : '';
  }
}

/**
 * The first symbolic link on the way from `root` to `full` (both absolute, `full` lexically
 * inside `root`) whose target lies outside `realRootPath`, as a workspace-relative path.
 */
export function linkLeading(root: string, full: string, realRootPath: string): string | undefined {
  const parts = relative(root, full).split(sep).filter(Boolean);
  let at = root;
  for (const part of parts) {
    at = join(at, part);
    let stat: Stats;
    try {
      stat = lstatSync(at);
    } catch {
      return undefined;
    }
    if (!stat.isSymbolicLink()) continue;
    let target: string;
    try {
      target = realpathSync.native(at);
    } catch {
      target = realPathOf(resolve(dirname(at), readlinkSync(at)));
    }
    if (!isWithin(realRootPath, target)) return toWorkspacePath(root, at);
  }
  return undefined;
}

/** Where a checked path really is. */
export interface Resolved {
  /** The path as written, made absolute against the root. */
  full: string;
  /** Its real path (links resolved), inside the workspace. */
  real: string;
  /** Workspace-relative, `/`-separated. */
  rel: string;
}

/**
 * Resolves `path` (relative to `root`, or absolute) and checks that it stays in the workspace:
 * throws BoundaryError when it lies outside, or when a symbolic link on the way leads outside
 * (the message names the link). A path that does not exist resolves through the part that does.
 */
export function resolveInside(root: string, path: string): Resolved {
  const base = resolve(root);
  const rootReal = realRoot(base);
  const full = resolve(base, path);
  // The root may be reached through a link itself (macOS /tmp): accept either spelling.
  const lexicalBase = isWithin(base, full) ? base : isWithin(rootReal, full) ? rootReal : undefined;
  if (lexicalBase === undefined) {
    throw new BoundaryError(
      `${path} is outside the workspace ${base}. Name a file inside it, or run boardwright with -C at a folder that holds it.`,
      path,
    );
  }
  const real = realPathOf(full);
  if (!isWithin(rootReal, real)) {
    const link = linkLeading(lexicalBase, full, rootReal) ?? toWorkspacePath(lexicalBase, full);
    throw new BoundaryError(
      `${link} is a symbolic link that leads outside the workspace; boardwright does not read or write through it. Replace the link with the file itself.`,
      path,
      link,
    );
  }
  return { full, real, rel: toWorkspacePath(lexicalBase, full) };
}

/**
 * Reads a workspace file (bytes) after resolveInside. Throws BoundaryError for a path or link
 * that leads outside the workspace, and the fs error (ENOENT, EACCES, EISDIR…) otherwise.
 */
export function readWorkspaceFile(root: string, path: string): Buffer {
  return readFileSync(resolveInside(root, path).real);
}

/** readWorkspaceFile decoded as UTF-8. */
export function readWorkspaceText(root: string, path: string): string {
  return readWorkspaceFile(root, path).toString('utf8');
}

/** fs.statSync of a workspace path after resolveInside (throws as readWorkspaceFile does). */
export function statWorkspacePath(root: string, path: string): Stats {
  return statSync(resolveInside(root, path).real);
}

/**
 * Whether `path` exists inside the workspace. A path that exists only through a link leading
 * outside the workspace does not exist as far as boardwright is concerned.
 */
export function existsInWorkspace(root: string, path: string): boolean {
  try {
    statWorkspacePath(root, path);
    return true;
  } catch {
    return false;
  }
}
