import { BoundaryError, statWorkspacePath } from '../../io/boundary.js';
import { workspacePath } from '../paths.js';
import type { Evaluator } from './check.js';

/**
 * `file-exists`: passes when the file or folder exists. Symbolic links are followed only while
 * they stay inside the workspace; one that leads out fails, naming the link.
 */
export const fileExists: Evaluator<'file-exists'> = (check, { root }) => {
  const path = workspacePath(check.file) ?? check.file;
  try {
    const folder = statWorkspacePath(root, path).isDirectory();
    return { status: 'pass', evidence: `${path} exists${folder ? ' (a folder)' : ''}` };
  } catch (e) {
    if (e instanceof BoundaryError) return { status: 'fail', evidence: e.message };
    return { status: 'fail', evidence: `${path} does not exist` };
  }
};
