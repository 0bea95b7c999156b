import { globWorkspace } from '../../io/glob.js';
import type { Evaluator } from './check.js';

/** Files named in evidence before it says "…". */
const LISTED = 3;

/**
 * `glob-exists`: passes when at least `min` (default 1) files match the glob, relative to the
 * workspace root. `node_modules` and `.git` are never searched; dot files match only when the
 * pattern names them (picomatch rules, as tinyglobby applies them). Files reached through a
 * symbolic link that leads outside the workspace never count (io/glob.ts).
 */
export const globExists: Evaluator<'glob-exists'> = (check, { root }) => {
  const min = check.min ?? 1;
  const files = globWorkspace(root, [check.glob], {
    ignore: ['**/node_modules/**', '**/.git/**'],
  }).files;
  const list = files.slice(0, LISTED).join(', ') + (files.length > LISTED ? ', …' : '');
  const matched =
    files.length === 0
      ? `no file matches ${check.glob}`
      : `${files.length} file${files.length === 1 ? '' : 's'} match${files.length === 1 ? 'es' : ''} ${check.glob} (${list})`;
  if (files.length >= min) return { status: 'pass', evidence: matched };
  return { status: 'fail', evidence: `${matched}; at least ${min} needed` };
};
