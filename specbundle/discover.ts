import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { globSync } from 'tinyglobby';
import { readWorkspaceText } from '../io/boundary.js';
import { ALWAYS_EXCLUDED } from '../io/discover.js';
import { globWorkspace } from '../io/glob.js';
import type { Bundle, BundleLayout, FileRule, SpecProfile } from './types.js';

/** Markdown files, for linting every document of a bundle, not only the required ones. */
const MARKDOWN = ['**/*.md', '**/*.markdown'];

/**
 * The bundle folders of a profile under `root`: every folder a layout's glob matches, minus its
 * excludes and the folders boardwright never reads (node_modules, .git, dist). Sorted by folder,
 * so runs are deterministic. Does not include the shared pseudo-bundle.
 */
export function findBundles(
  root: string,
  profile: SpecProfile,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Bundle[] {
  const out: Bundle[] = [];
  for (const layout of profile.bundles) {
    const dirs = globSync(layout.glob, {
      cwd: root,
      onlyDirectories: true,
      expandDirectories: false,
      ignore: [...ALWAYS_EXCLUDED, ...(layout.exclude ?? [])],
      // A marker layout walks a tree (openspec/specs/**): linked folders are not followed.
      ...(layout.marker ? { followSymbolicLinks: false } : {}),
    });
    const base = globBase(layout.glob);
    for (const d of dirs) {
      const dir = d.replace(/\/$/, '');
      if (layout.marker && (dir === base || !isFile(join(root, dir, layout.marker)))) continue;
      out.push({ profile, layout, dir });
    }
    const current = currentDir(root, layout, env);
    if (current !== undefined) {
      const known = out.find((b) => b.layout === layout && b.dir === current);
      if (known) known.current = true;
      else out.push({ profile, layout, dir: current, current: true });
    }
  }
  return out.sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0));
}

/**
 * The folder a layout's `current` names (an environment variable, else a key of a JSON file),
 * workspace-relative, when it exists inside the workspace; undefined otherwise. A relative value
 * is relative to the workspace root, as spec-kit's scripts read it.
 */
export function currentDir(
  root: string,
  layout: BundleLayout,
  env: Readonly<Record<string, string | undefined>>,
): string | undefined {
  const spec = layout.current;
  if (!spec) return undefined;
  let value = spec.env ? env[spec.env]?.trim() : undefined;
  if (!value && spec.file && spec.key) {
    try {
      const data = JSON.parse(readWorkspaceText(root, spec.file)) as Record<string, unknown>;
      const v = data?.[spec.key];
      if (typeof v === 'string') value = v.trim();
    } catch {
      // No file or not JSON: no current folder.
    }
  }
  if (!value) return undefined;
  const rel = relative(root, resolve(root, value));
  if (!rel || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined;
  try {
    if (!statSync(join(root, rel)).isDirectory()) return undefined;
  } catch {
    return undefined;
  }
  return rel.split(sep).join('/');
}

/** True when `path` is a regular file (a link to one counts). */
function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Bundle folders strictly inside `dir` (OpenSpec capabilities nest: identity/ and
 * identity/user-auth/ can both be bundles), so that a bundle does not check its inner ones' files.
 */
export function innerBundles(bundles: readonly Bundle[], dir: string): string[] {
  return bundles.filter((b) => b.dir !== dir && isInside(b.dir, dir)).map((b) => b.dir);
}

/** True when any of the profile's shared files exists under `root`. */
export function hasSharedFiles(root: string, profile: SpecProfile): boolean {
  return (profile.shared ?? []).some((f) => matchFiles(root, '.', f).length > 0);
}

/**
 * Files a file rule names inside a bundle folder (`dir`, workspace-relative; `.` for the root):
 * the file itself when the path is a plain name and it exists, or every file a glob matches,
 * sorted. Paths returned are workspace-relative.
 */
export function matchFiles(root: string, dir: string, rule: FileRule): string[] {
  const rel = (p: string): string => (dir === '.' ? p : posix.join(dir, p));
  if (!picomatch.scan(rule.path).isGlob) {
    const full = join(root, rel(rule.path));
    // A folder where a file should be is left to the reader, which reports it as unreadable.
    return existsSync(full) ? [rel(rule.path)] : [];
  }
  return globWorkspace(root, [rule.path], { cwd: dir, dot: true, ignore: ALWAYS_EXCLUDED })
    .files.map(rel)
    .sort();
}

/** Every Markdown file inside a bundle folder, workspace-relative, sorted. */
export function markdownFiles(root: string, dir: string): string[] {
  return globWorkspace(root, MARKDOWN, { cwd: dir, ignore: ALWAYS_EXCLUDED })
    .files.map((p) => posix.join(dir, p))
    .sort();
}

/** The static folder a glob starts in (`specs` for `specs/*`), for messages about absent bundles. */
export function globBase(glob: string): string {
  return picomatch.scan(glob).base || '.';
}

/** True when `path` is `dir` or lies inside it (both workspace-relative, `/`-separated). */
export function isInside(path: string, dir: string): boolean {
  return dir === '.' || path === dir || path.startsWith(`${dir}/`);
}

/**
 * Keeps the bundles that the given paths select: a bundle at or under a path, or a bundle
 * holding the path (a file of it). Returns the paths that select nothing as well. Paths are
 * workspace-relative; `.` selects everything.
 */
export function selectByPaths(
  bundles: readonly Bundle[],
  paths: readonly string[],
): { selected: Bundle[]; unmatched: string[] } {
  const unmatched: string[] = [];
  const selected = new Set<Bundle>();
  for (const p of paths) {
    // A path inside nested bundles selects the innermost one of each profile.
    const holders = bundles.filter((b) => isInside(p, b.dir) && b.dir !== p);
    const innermost = holders.filter(
      (b) =>
        !holders.some((o) => o.profile === b.profile && o.dir !== b.dir && isInside(o.dir, b.dir)),
    );
    const hits = [...bundles.filter((b) => isInside(b.dir, p)), ...innermost];
    if (hits.length === 0) unmatched.push(p);
    for (const b of hits) selected.add(b);
  }
  return { selected: bundles.filter((b) => selected.has(b)), unmatched };
}
