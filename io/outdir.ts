/**
 * Out dirs: the folders boardwright generates into (build's boardwright-out, the site, the
 * diagrams). An out dir must lie inside the workspace (real paths: no link on the way may lead
 * out), must not be the workspace root, inside `.git`, or hold the command's inputs. Each out dir
 * keeps a manifest of the files boardwright wrote there, per command; a command deletes only
 * files its own earlier run listed there, and a missing or garbled manifest means it deletes
 * nothing.
 */
import { lstatSync, readFileSync, rmSync } from 'node:fs';
import { isAbsolute, join, resolve, sep } from 'node:path';
import type { OutputFile } from '../generators/types.js';
import { escapePath } from 'tinyglobby';
import {
  isWithin,
  linkLeading,
  realPathOf,
  realRoot,
  resolveInside,
  toWorkspacePath,
} from './boundary.js';
import { writeOutputs } from './write.js';

/** The manifest file each out dir keeps. */
export const MANIFEST_FILE = '.boardwright-manifest.json';

/** Thrown when an out dir is refused; the message says why and what to do instead. */
export class OutDirError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutDirError';
  }
}

/** An out dir that passed the checks of resolveOutDir. */
export interface OutDir {
  /** Real path of the workspace root. */
  root: string;
  /** Real path of the out dir (it may not exist yet). */
  dir: string;
  /** The out dir for messages: workspace-relative, `/`-separated. */
  shown: string;
}

/**
 * Checks the out dir `out` (relative to `root`, or absolute) and returns where it really is.
 * `inputs` are paths the command reads (workspace-relative or absolute: board files, the config
 * file, paths named on the command line); an out dir that holds any of them is refused, since
 * writing there would overwrite or delete them. Throws OutDirError naming the problem and the
 * fix: outside the workspace (`../x`, an absolute path elsewhere, or a symbolic link on the way
 * that leads out), the workspace root itself, a folder in `.git`, or a folder holding inputs.
 */
export function resolveOutDir(root: string, out: string, inputs: readonly string[] = []): OutDir {
  const base = resolve(root);
  const rootReal = realRoot(base);
  const full = resolve(base, out);
  const dir = realPathOf(full);
  const fix = 'Choose a folder of its own inside the workspace, e.g. --out boardwright-out.';
  if (!isWithin(rootReal, dir)) {
    const lexical = isWithin(base, full) ? base : isWithin(rootReal, full) ? rootReal : undefined;
    const link = lexical === undefined ? undefined : linkLeading(lexical, full, rootReal);
    throw new OutDirError(
      link
        ? `Refusing the out dir "${out}": ${link} is a symbolic link that leads outside the workspace. Remove the link, or ${fix[0]!.toLowerCase()}${fix.slice(1)}`
        : `Refusing the out dir "${out}": it is outside the workspace ${base}. ${fix}`,
    );
  }
  if (dir === rootReal)
    throw new OutDirError(
      `Refusing the out dir "${out}": it is the workspace root, where boardwright would overwrite and delete your own files. ${fix}`,
    );
  const shown = toWorkspacePath(rootReal, dir);
  if (shown.split('/').includes('.git'))
    throw new OutDirError(`Refusing the out dir "${out}": it is inside .git. ${fix}`);
  const held = inputs.filter((p) => {
    try {
      return isWithin(dir, realPathOf(resolve(base, p)));
    } catch {
      return false;
    }
  });
  if (held.length) {
    const list = held.slice(0, 3).join(', ') + (held.length > 3 ? `, … (${held.length})` : '');
    throw new OutDirError(
      `Refusing the out dir "${out}": it holds input files (${list}), which generated files would overwrite or delete. ${fix}`,
    );
  }
  return { root: rootReal, dir, shown };
}

/** The manifest's content: per command, the out-dir-relative files it wrote. */
interface Manifest {
  schemaVersion: 1;
  written: Record<string, string[]>;
}

const ABOUT =
  'Files boardwright wrote into this folder, by command. boardwright deletes only files listed here; without this file it deletes nothing.';

/**
 * Reads the out dir's manifest. A missing, linked or garbled manifest, or one with any entry
 * that is not a plain relative path inside the out dir, reads as undefined: delete nothing.
 */
export function readManifest(dir: string): Manifest | undefined {
  const path = join(dir, MANIFEST_FILE);
  try {
    if (!lstatSync(path).isFile()) return undefined;
    const data = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    if (typeof data !== 'object' || data === null) return undefined;
    const { schemaVersion, written } = data as Partial<Manifest>;
    if (schemaVersion !== 1 || typeof written !== 'object' || written === null) return undefined;
    for (const list of Object.values(written)) {
      if (!Array.isArray(list) || !list.every(isManifestPath)) return undefined;
    }
    return { schemaVersion, written };
  } catch {
    return undefined;
  }
}

/**
 * Whether a manifest entry may be acted on: a `/`-separated relative path with no empty, `.` or
 * `..` segment, backslash or NUL, so that it can only name something inside the out dir.
 */
export function isManifestPath(p: unknown): p is string {
  if (typeof p !== 'string' || p === '' || isAbsolute(p) || /[\\\0]/.test(p)) return false;
  return p.split('/').every((s) => s !== '' && s !== '.' && s !== '..');
}

/** What writeOutDir did. */
export interface OutDirWrite {
  /** Out-dir-relative paths written, in the order given. */
  written: string[];
  /** Files an earlier run of the same command wrote that this run did not, now deleted. */
  removed: string[];
}

/**
 * Writes `files` (paths relative to the out dir) into a checked out dir atomically (io/write.ts:
 * every file to a temporary sibling, then renamed into place; symbolic links to folders inside
 * the out dir are refused), then deletes the files `owner` (a command name such as `build`)
 * listed in the manifest last time and did not write now — only regular files and links, only
 * inside the out dir, never a path in `keep` — and records this run in the manifest (written
 * atomically; other commands' entries are kept). Throws OutputPathError or the fs error.
 */
export function writeOutDir(
  outDir: OutDir,
  owner: string,
  files: readonly OutputFile[],
  keep: readonly string[] = [],
): OutDirWrite {
  const written = writeOutputs(outDir.dir, files);
  const previous = readManifest(outDir.dir);
  const now = new Set(written);
  const kept = new Set(keep.map((p) => resolve(outDir.root, p)));
  const removed: string[] = [];
  const stuck: string[] = [];
  for (const rel of previous?.written[owner] ?? []) {
    if (now.has(rel) || rel === MANIFEST_FILE) continue;
    const full = join(outDir.dir, ...rel.split('/'));
    if (kept.has(full) || !removableInside(outDir.dir, full)) continue;
    try {
      rmSync(full);
      removed.push(rel);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') stuck.push(rel);
    }
  }
  const manifest: Manifest = {
    schemaVersion: 1,
    written: { ...previous?.written, [owner]: [...new Set([...written, ...stuck])].sort() },
  };
  const ordered = Object.fromEntries(
    Object.entries(manifest.written).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  writeOutputs(outDir.dir, [
    {
      path: MANIFEST_FILE,
      content: `${JSON.stringify({ about: ABOUT, schemaVersion: 1, written: ordered }, null, 2)}\n`,
    },
  ]);
  return { written, removed: removed.sort() };
}

/**
 * Whether `full` may be deleted: every folder from `dir` down to it is a real folder (not a
 * link), and it is a regular file or a link (deleting a link never touches its target).
 */
function removableInside(dir: string, full: string): boolean {
  const parts = full.slice(dir.length + 1).split(sep);
  let at = dir;
  for (const [i, part] of parts.entries()) {
    at = join(at, part);
    let stat;
    try {
      stat = lstatSync(at);
    } catch {
      return false;
    }
    const last = i === parts.length - 1;
    if (!last && (stat.isSymbolicLink() || !stat.isDirectory())) return false;
    if (last) return stat.isFile() || stat.isSymbolicLink();
  }
  return false;
}

/**
 * Glob patterns (workspace-relative, escaped) of the files boardwright wrote into the out dir
 * `out`, so that discovery never reads them back: those its manifest lists, or, for an out dir
 * without a manifest, its summary.md (which builds wrote before out dirs had manifests). An out
 * dir that leads outside the workspace gives none. Never throws.
 */
export function outDirOwnFiles(root: string, out: string): string[] {
  try {
    const { real, rel } = resolveInside(root, out);
    const manifest = readManifest(real);
    const files = manifest ? Object.values(manifest.written).flat() : ['summary.md'];
    return files.map((f) => escapePath(rel === '.' ? f : `${rel}/${f}`));
  } catch {
    return [];
  }
}
