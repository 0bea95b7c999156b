import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Diagnostic } from '../model/types.js';
import {
  decodeData,
  fatalDiagnostic,
  isJsonName,
  parseStructured,
  readStructured,
} from './document.js';
import { gitShow } from './git.js';
import { acceptMatrix } from './matrix.js';
import type { ParityMatrix } from './types.js';

/** Where the baseline matrix is: a file in the working tree, or that path at a git ref. */
export interface BaselineSource {
  /** Workspace-relative path of the matrix file. */
  path: string;
  /** When set, the file is read from this ref (`git show <ref>:./<path>`), not the work tree. */
  ref?: string;
}

/** `origin/main:parity-matrix.json` or `kb/parity/baseline.json`, for messages. */
export function describeBaseline(source: BaselineSource): string {
  return source.ref ? `${source.ref}:${source.path}` : source.path;
}

export interface LoadedBaseline {
  matrix?: ParityMatrix;
  diagnostics: Diagnostic[];
  /** True when the file does not exist (at the ref). */
  missing: boolean;
  /** Line of `score` in the working-tree file; 1 for a baseline read from git. */
  scoreLine: number;
}

const NONE: LoadedBaseline = { diagnostics: [], missing: false, scoreLine: 1 };

/**
 * Loads and checks the baseline matrix. A missing file is a fatal `parity-baseline-missing`
 * diagnostic (`missing` true, so --update-baseline can create it); invalid JSON, a matrix that
 * breaks its schema (pointer and line named) or git failures are fatal too. Never throws.
 */
export async function loadBaseline(root: string, source: BaselineSource): Promise<LoadedBaseline> {
  const { path, ref } = source;
  if (!ref) {
    if (!existsSync(resolve(root, path))) {
      const message = `No baseline: ${path} does not exist. Create it with boardwright parity gate --update-baseline --baseline ${path}, or pass --base-ref to compare with a committed matrix.`;
      return {
        diagnostics: [fatalDiagnostic(path, 'parity-baseline-missing', message)],
        missing: true,
        scoreLine: 1,
      };
    }
    const parsed = readStructured(root, path);
    if (parsed.diagnostic) return { ...NONE, diagnostics: [parsed.diagnostic] };
    const accepted = acceptMatrix(parsed.document);
    return accepted.matrix
      ? { ...NONE, matrix: accepted.matrix, scoreLine: parsed.document.lineOf('/score') }
      : { ...NONE, diagnostics: accepted.diagnostics };
  }
  const shown = await gitShow(root, ref, path);
  if (shown.diagnostic) {
    const missing = shown.diagnostic.rule === 'parity-baseline-missing';
    return { ...NONE, diagnostics: [shown.diagnostic], missing };
  }
  const label = `at ${ref}: `;
  const decoded = decodeData(shown.bytes, path);
  if (decoded.diagnostic) {
    const message = label + decoded.diagnostic.message;
    return { ...NONE, diagnostics: [{ ...decoded.diagnostic, message }] };
  }
  const parsed = parseStructured(decoded.text, path, isJsonName(path));
  if (parsed.diagnostic) {
    const message = label + parsed.diagnostic.message;
    return { ...NONE, diagnostics: [{ ...parsed.diagnostic, message }] };
  }
  const accepted = acceptMatrix(parsed.document, label);
  return accepted.matrix
    ? { ...NONE, matrix: accepted.matrix }
    : { ...NONE, diagnostics: accepted.diagnostics };
}
