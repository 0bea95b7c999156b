import { statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../model/types.js';
import { formatGithub } from './format.js';

/**
 * The path an annotation must name for GitHub to show it on the pull request's file: relative
 * to the repository root (GITHUB_WORKSPACE, else the current folder), with `/` separators —
 * `path` is relative to `root`, the folder the check ran in (an Action's `working-directory`).
 * Undefined when `path` is no regular file inside the workspace ("PR title", "commit 8eb7942",
 * a folder, a file that is gone): such a finding gets an annotation without a file.
 */
export function annotationFile(
  root: string,
  path: string,
  workspace = process.env.GITHUB_WORKSPACE || process.cwd(),
): string | undefined {
  const file = resolve(root, path);
  try {
    if (!statSync(file).isFile()) return undefined;
  } catch {
    return undefined;
  }
  const rel = relative(resolve(workspace), file);
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}

/**
 * The `github` format for findings read under `root`: formatGithub with each path made
 * repository-relative (annotationFile); a finding on no file keeps its path in the message and
 * has no file, line or column.
 */
export function githubAnnotations(diagnostics: readonly Diagnostic[], root: string): string {
  return diagnostics
    .map((d) => {
      const file = annotationFile(root, d.path);
      if (file !== undefined) return formatGithub([{ ...d, path: file }]);
      return formatGithub([{ ...d, message: `${d.path}: ${d.message}` }]).replace(
        / file=[^,]*,line=\d+,col=\d+,(endLine=\d+,)?/,
        ' ',
      );
    })
    .join('');
}
