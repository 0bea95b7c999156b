import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../model/types.js';
import { formatGithub } from './format.js';

/**
 * The root of the git repository that holds `root`, the folder a check ran in: the nearest
 * folder at or above it with a `.git` entry (a folder, or the file of a worktree or submodule).
 * On a runner the search stops at GITHUB_WORKSPACE (a checkout with `path:` sits below it);
 * with no `.git` found, GITHUB_WORKSPACE, else `root` itself. Absolute.
 */
export function repositoryRoot(root: string): string {
  const limit = process.env.GITHUB_WORKSPACE ? resolve(process.env.GITHUB_WORKSPACE) : undefined;
  for (let dir = resolve(root); ; dir = dirname(dir)) {
    if (existsSync(resolve(dir, '.git'))) return dir;
    if (dir === limit || dirname(dir) === dir) break;
  }
  return limit ?? resolve(root);
}

/**
 * The path an annotation must name for GitHub to show it on the pull request's file: relative
 * to the repository root (repositoryRoot), with `/` separators, as the runner matches
 * annotations to the files of a pull request — `path` is relative to `root`, the folder the
 * check ran in (an Action's `working-directory`, the CLI's `-C`). Undefined when `path` is no
 * regular file inside the repository ("PR title", "commit 8eb7942", a folder, a file that is
 * gone): such a finding gets an annotation without a file.
 */
export function annotationFile(
  root: string,
  path: string,
  repository = repositoryRoot(root),
): string | undefined {
  const file = resolve(root, path);
  try {
    if (!statSync(file).isFile()) return undefined;
  } catch {
    return undefined;
  }
  const rel = relative(resolve(repository), file);
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}

/**
 * The `github` format for findings read under `root` (report/format.ts formatGithub), each
 * `file=` the repository-relative path the runner needs (annotationFile); a finding on no file
 * of the repository keeps its path in the message and has no file, line or column.
 */
export function githubAnnotations(diagnostics: readonly Diagnostic[], root: string): string {
  const repository = repositoryRoot(root);
  return formatGithub(diagnostics, (d) => annotationFile(root, d.path, repository));
}
