import { resolve } from 'node:path';
import { compareDiagnostics } from '../checks/rule.js';
import { BoundaryError } from '../io/boundary.js';
import { writeWorkspaceFile } from '../io/user-files.js';
import type { Diagnostic } from '../model/types.js';
import {
  matrixHeadline,
  matrixTable,
  scoreText,
  unusable,
  type ParityMode,
  type ParityOutcome,
} from './outcome.js';
import { describeBaseline, loadBaseline, type BaselineSource } from './baseline.js';
import { compareMatrices, formatDelta, gateDiagnostics } from './gate.js';
import { matrixJson } from './matrix.js';
import { relativeTo } from './paths.js';
import { contractKey, runParity } from './run.js';
import { DEFAULT_OUT, resolveSettings, type ParityRequest } from './settings.js';
import { validateKb, type ValidatedFile } from './validate.js';

export { exitCode, type OutcomeTable, type ParityMode, type ParityOutcome } from './outcome.js';

/**
 * Writes one named file atomically inside the workspace (io/user-files.ts: a path outside it, or
 * a link leading out, is refused); a fatal diagnostic when it cannot.
 */
function writeFile(root: string, path: string, content: string): Diagnostic | undefined {
  const full = resolve(root, path);
  try {
    writeWorkspaceFile(root, path, content);
    return undefined;
  } catch (e) {
    return {
      rule: 'write-failed',
      severity: 'error',
      message:
        e instanceof BoundaryError
          ? e.message
          : `Cannot write ${relativeTo(root, full)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`,
      path: relativeTo(root, full),
      line: 1,
      column: 1,
      fatal: true,
    };
  }
}

/**
 * `parity run`: evaluates the knowledge base and writes the matrix to `out` (default
 * parity-matrix.json, relative to the root) atomically. Passes unless the input is unusable;
 * failing contracts are warnings on their capability-file line.
 */
export async function parityRun(request: ParityRequest): Promise<ParityOutcome> {
  const root = resolve(request.root);
  const resolved = resolveSettings(root, request);
  if (!resolved.settings) return unusable('run', resolved.diagnostics, 'The parity run');
  const { settings } = resolved;
  const result = await runParity({
    root,
    kb: settings.kb,
    allowCommands: settings.allowCommands,
    ...(request.configPath ? { configPath: request.configPath } : {}),
  });
  if (!result.matrix) return unusable('run', result.diagnostics, 'The parity run');
  const out = request.out ?? DEFAULT_OUT;
  const failed = writeFile(root, out, matrixJson(result.matrix));
  if (failed) return unusable('run', [...result.diagnostics, failed], 'The parity run');
  return {
    mode: 'run',
    passed: true,
    unusable: false,
    diagnostics: result.diagnostics,
    headline: `${matrixHeadline(result.matrix)} Matrix written to ${relativeTo(root, resolve(root, out))}.`,
    tables: [matrixTable(result.matrix)],
    matrix: result.matrix,
    score: result.matrix.score,
    written: [relativeTo(root, resolve(root, out))],
  };
}

/**
 * `parity gate`: evaluates the knowledge base and compares its score with the baseline — the
 * committed file `baseline`, or with `baseRef` that path at the ref (default path: the config's
 * parity.baseline, else `out`, else parity-matrix.json). Fails (exit 1) when the score dropped by
 * more than the threshold. `updateBaseline` writes the current matrix to the baseline path and
 * passes (a missing or broken baseline is then replaced rather than reported). Writes the
 * current matrix to `out` only when `out` is given.
 */
export async function parityGate(request: ParityRequest): Promise<ParityOutcome> {
  const root = resolve(request.root);
  const resolved = resolveSettings(root, request);
  if (!resolved.settings) return unusable('gate', resolved.diagnostics, 'The parity gate');
  const { settings } = resolved;
  const baseRef = request.baseRef ?? (settings.baseline ? undefined : request.fallbackBaseRef);
  const path = settings.baseline ?? (baseRef ? (request.out ?? DEFAULT_OUT) : undefined);
  if (!path) {
    return unusable(
      'gate',
      [
        {
          rule: 'parity-baseline-missing',
          severity: 'error',
          message:
            'No baseline: pass --baseline <file> (a committed matrix), --base-ref <ref> (the matrix at that ref), or set parity.baseline in the config.',
          path: settings.config.path ?? '.',
          line: 1,
          column: 1,
          fatal: true,
        },
      ],
      'The parity gate',
    );
  }
  const source: BaselineSource = {
    path: relativeTo(root, resolve(root, path)),
    ...(baseRef ? { ref: baseRef } : {}),
  };
  const label = describeBaseline(source);
  // The baseline is read first: when it is unusable, no contract (no command) needs to run.
  const baseline = await loadBaseline(root, source);
  if (!baseline.matrix && !request.updateBaseline) {
    return unusable('gate', baseline.diagnostics, 'The parity gate');
  }
  const result = await runParity({
    root,
    kb: settings.kb,
    allowCommands: settings.allowCommands,
    ...(request.configPath ? { configPath: request.configPath } : {}),
  });
  if (!result.matrix) return unusable('gate', result.diagnostics, 'The parity gate');
  const matrix = result.matrix;
  if (matrix.score === null) {
    const diagnostics = result.diagnostics.map((d) =>
      d.rule === 'parity-nothing-evaluated' ? { ...d, severity: 'error' as const, fatal: true } : d,
    );
    return unusable('gate', diagnostics, 'The parity gate');
  }
  const diagnostics = [...result.diagnostics];
  const written: string[] = [];
  const write = (target: string): Diagnostic | undefined => {
    const failed = writeFile(root, target, matrixJson(matrix));
    if (!failed) written.push(relativeTo(root, resolve(root, target)));
    return failed;
  };
  if (request.out) {
    const failed = write(request.out);
    if (failed) return unusable('gate', [...diagnostics, failed], 'The parity gate');
  }

  if (request.updateBaseline) {
    const failed = write(source.path);
    if (failed) return unusable('gate', [...diagnostics, failed], 'The parity gate');
    const before = baseline.matrix?.score;
    const delta = baseline.matrix
      ? compareMatrices(matrix, baseline.matrix, settings.threshold).delta
      : null;
    diagnostics.push({
      rule: 'parity-baseline-updated',
      severity: 'info',
      message: `Baseline ${source.path} now holds score ${matrix.score.toFixed(2)}${before === undefined ? '' : ` (was ${scoreText(before)})`}.`,
      path: source.path,
      line: 1,
      column: 1,
    });
    return {
      mode: 'gate',
      passed: true,
      unusable: false,
      diagnostics,
      headline: `${matrixHeadline(matrix)} Baseline ${source.path} updated${before === undefined ? '' : ` from ${scoreText(before)}`}.`,
      tables: [matrixTable(matrix)],
      matrix,
      score: matrix.score,
      baselineScore: before ?? null,
      delta,
      threshold: settings.threshold,
      written,
    };
  }

  if (!baseline.matrix) return unusable('gate', baseline.diagnostics, 'The parity gate');
  if (baseline.matrix.allowCommands !== matrix.allowCommands) {
    diagnostics.push({
      rule: 'parity-basis-changed',
      severity: 'warning',
      message: `The baseline (${label}) was made with commands ${baseline.matrix.allowCommands ? 'allowed' : 'skipped'} and this run ${matrix.allowCommands ? 'allows' : 'skips'} them, so the two scores cover different contracts.`,
      path: source.path,
      line: 1,
      column: 1,
    });
  }
  const gate = compareMatrices(matrix, baseline.matrix, settings.threshold);
  diagnostics.push(
    ...gateDiagnostics(gate, result.locations, {
      label,
      path: source.path,
      line: source.ref ? 1 : baseline.scoreLine,
    }),
  );
  // A regression replaces the plain "contract fails" warning of the same contract.
  const replaced = new Set(
    gate.regressions.map((r) =>
      result.contractDiagnostics.get(contractKey(r.capability, r.contract.id)),
    ),
  );
  const shown = diagnostics.filter((d) => !replaced.has(d));
  const verdict =
    gate.delta === null
      ? `the baseline (${label}) has no score to compare with`
      : `baseline ${scoreText(gate.baselineScore)} (${label}), ${formatDelta(gate.delta)} points; the gate allows a drop of ${settings.threshold}`;
  return {
    mode: 'gate',
    passed: gate.passed,
    unusable: false,
    diagnostics: shown.sort(compareDiagnostics),
    headline: `${matrixHeadline(matrix)} Compared with ${verdict}.`,
    tables: [
      {
        header: ['Baseline', 'Current', 'Delta', 'Allowed drop', 'Regressed', 'Fixed'],
        rows: [
          [
            `${scoreText(gate.baselineScore)} (${label})`,
            scoreText(gate.score),
            gate.delta === null ? '—' : formatDelta(gate.delta),
            String(settings.threshold),
            String(gate.regressions.length),
            String(gate.fixed.length),
          ],
        ],
      },
      matrixTable(matrix),
    ],
    matrix,
    score: gate.score,
    baselineScore: gate.baselineScore,
    delta: gate.delta,
    threshold: settings.threshold,
    written,
  };
}

const RESULT_TEXT: Record<ValidatedFile['result'], string> = {
  valid: '✅ valid',
  invalid: '❌ invalid',
  unchecked: '⚠️ not checked',
  unusable: '⛔ unreadable',
};

/**
 * `parity validate`: checks every JSON/YAML file under the knowledge-base folder against its
 * schema (see validateKb). Exit 0 all valid, 1 violations, 2 files that cannot be parsed.
 */
export async function parityValidate(request: ParityRequest): Promise<ParityOutcome> {
  const root = resolve(request.root);
  const resolved = resolveSettings(root, request);
  if (!resolved.settings) return unusable('validate', resolved.diagnostics, 'The validation');
  const result = validateKb(root, resolved.settings.kb);
  const fatal = result.diagnostics.some((d) => d.fatal);
  const invalid = result.files.filter(
    (f) => f.result === 'invalid' || f.result === 'unusable',
  ).length;
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  const headline =
    result.files.length === 0 && fatal
      ? `${result.diagnostics[0]?.message ?? 'The knowledge base cannot be read.'}`
      : `${result.files.length} file(s) under ${result.kb}: ${result.files.length - invalid} valid, ${invalid} with problems (${errors} error(s)).`;
  return {
    mode: 'validate',
    passed: errors === 0,
    unusable: fatal,
    diagnostics: result.diagnostics,
    headline,
    tables: [
      {
        header: ['File', 'Schema', 'Result'],
        rows: result.files.map((f) => [
          f.path,
          f.schema,
          f.problems > 1 ? `${RESULT_TEXT[f.result]} (${f.problems})` : RESULT_TEXT[f.result],
        ]),
      },
    ],
    written: [],
    files: result.files,
  };
}

/** Runs one mode. */
export function parityCommand(mode: ParityMode, request: ParityRequest): Promise<ParityOutcome> {
  if (mode === 'run') return parityRun(request);
  if (mode === 'gate') return parityGate(request);
  return parityValidate(request);
}
