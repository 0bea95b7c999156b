import { statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { globSync } from 'tinyglobby';

/** Folders never searched for boards. */
export const ALWAYS_EXCLUDED = ['**/node_modules/**', '**/.git/**', '**/dist/**'];
export const DEFAULT_INCLUDE = ['**/*.md', '**/*.markdown'];

export interface Discovery {
  /** Workspace-relative, `/`-separated, sorted. */
  files: string[];
  /** Paths given on the command line that do not exist. */
  missing: string[];
  /** Files named explicitly (they are boards even when they hold no items). */
  explicit: Set<string>;
}

/**
 * Finds board files under `root`. With no `paths`, the config's include globs (default every
 * Markdown file) minus the exclusions; a path that is a directory is searched the same way, a path
 * that is a file is taken as it is. Results are sorted so that runs are deterministic.
 */
export function discoverBoards(
  root: string,
  paths: string[],
  include: string[] | undefined,
  exclude: string[],
): Discovery {
  const ignore = [...ALWAYS_EXCLUDED, ...exclude];
  const patterns = include?.length ? include : DEFAULT_INCLUDE;
  const files = new Set<string>();
  const explicit = new Set<string>();
  const missing: string[] = [];
  const toRel = (p: string): string => relative(root, p).split(sep).join('/');
  const search = (dir: string): void => {
    const prefix = toRel(dir);
    for (const f of globSync(patterns, {
      cwd: dir,
      ignore,
      dot: false,
      onlyFiles: true,
      expandDirectories: false,
    })) {
      files.add(prefix ? `${prefix}/${f}` : f);
    }
  };
  if (paths.length === 0) search(root);
  for (const p of paths) {
    const full = resolve(root, p);
    let stats;
    try {
      stats = statSync(full);
    } catch {
      missing.push(p);
      continue;
    }
    if (stats.isDirectory()) search(full);
    else {
      const rel = toRel(full);
      files.add(rel);
      explicit.add(rel);
    }
  }
  return { files: [...files].sort(), missing, explicit };
}
