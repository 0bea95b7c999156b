import { stableJson } from '../generators/json.js';
import type { Diagnostic } from '../model/types.js';
import type { StructuredDocument } from './document.js';
import { SCHEMA_FILES } from './classify.js';
import { scoreOf } from './score.js';
import { validateMatrixData, violationDiagnostics } from './schemas.js';
import type { ParityMatrix } from './types.js';

/** The matrix file's bytes: sorted keys, two-space indent, trailing newline (stableJson). */
export function matrixJson(matrix: ParityMatrix): string {
  return stableJson(matrix);
}

/**
 * Accepts a parsed file as a parity matrix: valid against schemas/parity-matrix.schema.json and
 * with a top-level score that agrees with its own weights (a hand-edited score would let a gate
 * pass on a number nothing supports). Problems are fatal diagnostics (unusable input) naming the
 * JSON Pointer and the line; `label` prefixes each message (e.g. `at origin/main: `).
 */
export function acceptMatrix(
  document: StructuredDocument,
  label = '',
):
  | { matrix: ParityMatrix; diagnostics?: undefined }
  | { matrix?: undefined; diagnostics: Diagnostic[] } {
  const found = validateMatrixData(document.data);
  if (found.length) {
    return {
      diagnostics: violationDiagnostics(document, found, SCHEMA_FILES['parity-matrix'], {
        rule: 'invalid-matrix',
        fatal: true,
        label,
      }),
    };
  }
  const matrix = document.data as ParityMatrix;
  const expected = scoreOf(matrix.totals.weight);
  if (matrix.score !== expected) {
    return {
      diagnostics: [
        {
          rule: 'invalid-matrix',
          severity: 'error',
          message: `${label}/score is ${matrix.score} but /totals/weight gives ${expected} (${matrix.totals.weight.passed} of ${matrix.totals.weight.evaluated}); regenerate the file with boardwright parity run or gate --update-baseline.`,
          path: document.path,
          line: document.lineOf('/score'),
          column: 1,
          fatal: true,
        },
      ],
    };
  }
  return { matrix };
}
