import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { workspacePath } from '../paths.js';
import type { Evaluator } from './check.js';

/** `file-exists`: passes when the file or folder exists (symbolic links are followed). */
export const fileExists: Evaluator<'file-exists'> = (check, { root }) => {
  const path = workspacePath(check.file) ?? check.file;
  try {
    const folder = statSync(resolve(root, path)).isDirectory();
    return { status: 'pass', evidence: `${path} exists${folder ? ' (a folder)' : ''}` };
  } catch {
    return { status: 'fail', evidence: `${path} does not exist` };
  }
};
