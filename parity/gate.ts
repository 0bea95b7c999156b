import type { Diagnostic } from '../model/types.js';
import { contractKey, type ContractLocation } from './run.js';
import type { MatrixContract, ParityMatrix } from './types.js';

/** Points the score may drop before the gate fails, unless configured. */
export const DEFAULT_THRESHOLD = 5;

/** A contract that passed in the baseline and fails now. */
export interface Regression {
  capability: string;
  contract: MatrixContract;
}

export interface GateResult {
  passed: boolean;
  score: number;
  /** Null when the baseline evaluated nothing (there is nothing to fall below). */
  baselineScore: number | null;
  /** score − baselineScore in points, two decimals; null with a null baselineScore. */
  delta: number | null;
  threshold: number;
  regressions: Regression[];
  /** Contracts that failed in the baseline and pass now, as `capability/contract`. */
  fixed: string[];
}

function statuses(
  matrix: ParityMatrix,
): Map<string, { capability: string; contract: MatrixContract }> {
  const out = new Map<string, { capability: string; contract: MatrixContract }>();
  for (const d of matrix.domains) {
    for (const c of d.capabilities) {
      for (const k of c.contracts)
        out.set(contractKey(c.id, k.id), { capability: c.id, contract: k });
    }
  }
  return out;
}

/**
 * The parity gate, as schemas/parity-matrix.schema.json defines it: delta = round(100 × (S − B))
 * / 100 points, and the gate fails when −delta > threshold (a drop of exactly the threshold
 * passes). Also lists the contracts that regressed (pass → fail) and were fixed (fail → pass),
 * matched by capability and contract id. Pure; `current.score` must not be null.
 */
export function compareMatrices(
  current: ParityMatrix,
  baseline: ParityMatrix,
  threshold: number,
): GateResult {
  const score = current.score as number;
  const baselineScore = baseline.score;
  const delta = baselineScore === null ? null : Math.round(100 * (score - baselineScore)) / 100;
  const before = statuses(baseline);
  const regressions: Regression[] = [];
  const fixed: string[] = [];
  for (const [key, now] of statuses(current)) {
    const then = before.get(key)?.contract.status;
    if (then === 'pass' && now.contract.status === 'fail') regressions.push(now);
    if (then === 'fail' && now.contract.status === 'pass') fixed.push(key);
  }
  return {
    passed: delta === null || -delta <= threshold,
    score,
    baselineScore,
    delta,
    threshold,
    regressions,
    fixed,
  };
}

/** Signed points with two decimals: `+1.50`, `-8.00`, `0.00`. */
export function formatDelta(delta: number): string {
  return `${delta > 0 ? '+' : ''}${delta.toFixed(2)}`;
}

/**
 * The gate's findings: `parity-score-drop` (error) when it fails, on the baseline file's line of
 * `score` when known; `parity-regression` (warning) on each regressed contract's line.
 */
export function gateDiagnostics(
  result: GateResult,
  locations: ReadonlyMap<string, ContractLocation>,
  baseline: { label: string; path: string; line: number },
): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (!result.passed && result.delta !== null) {
    out.push({
      rule: 'parity-score-drop',
      severity: 'error',
      message: `Parity score dropped from ${result.baselineScore?.toFixed(2)} (${baseline.label}) to ${result.score.toFixed(2)}: ${formatDelta(result.delta)} points, more than the threshold of ${result.threshold}.`,
      path: baseline.path,
      line: baseline.line,
      column: 1,
    });
  }
  for (const r of result.regressions) {
    const key = contractKey(r.capability, r.contract.id);
    const at = locations.get(key);
    out.push({
      rule: 'parity-regression',
      severity: 'warning',
      message: `Contract ${key} (severity ${r.contract.severity}) passed in ${baseline.label} and fails now: ${r.contract.evidence}.`,
      path: at?.path ?? baseline.path,
      line: at?.line ?? 1,
      column: 1,
    });
  }
  return out;
}
