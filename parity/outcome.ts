import type { Diagnostic } from '../model/types.js';
import type { CapabilityStatus, ParityMatrix } from './types.js';
import type { ValidatedFile } from './validate.js';

/**
 * The result of a parity command as both adapters consume it — the CLI prints it, the Action
 * publishes it — and how a matrix reads in it (tables, headline).
 */

export type ParityMode = 'run' | 'gate' | 'validate';

/** A table for the text report, the job summary and the PR comment. */
export interface OutcomeTable {
  caption?: string;
  header: string[];
  rows: string[][];
}

/**
 * What a parity command did, for the CLI and the Action alike: the same fields drive the exit
 * code (`exitCode`), the printed or published report and the Action outputs.
 */
export interface ParityOutcome {
  mode: ParityMode;
  passed: boolean;
  /** Some input could not be used (exit 2); nothing was written. */
  unusable: boolean;
  diagnostics: Diagnostic[];
  /** One sentence: the score, the comparison, or the validation counts. */
  headline: string;
  tables: OutcomeTable[];
  matrix?: ParityMatrix;
  score?: number | null;
  baselineScore?: number | null;
  /** Points, two decimals (gate). */
  delta?: number | null;
  threshold?: number;
  /** Files written, relative to the root. */
  written: string[];
  /** validate: every file and its result. */
  files?: ValidatedFile[];
}

/** 0 passed, 1 failed (gate below threshold, validation errors), 2 unusable input. */
export function exitCode(outcome: ParityOutcome): 0 | 1 | 2 {
  if (outcome.unusable) return 2;
  return outcome.passed ? 0 : 1;
}

const STATUS_ICON: Record<CapabilityStatus, string> = {
  pass: '✅ pass',
  partial: '🟡 partial',
  fail: '❌ fail',
  skipped: '⏭️ skipped',
};

export function scoreText(score: number | null | undefined): string {
  return score === null || score === undefined ? '—' : score.toFixed(2);
}

/** An outcome for input that cannot be used: only the fatal diagnostics, which say why. */
export function unusable(mode: ParityMode, all: Diagnostic[], what: string): ParityOutcome {
  const diagnostics = all.filter((d) => d.fatal);
  const shown = diagnostics[0];
  const where = shown ? ` ${shown.path}:${shown.line}: ${shown.message}` : '';
  return {
    mode,
    passed: false,
    unusable: true,
    diagnostics,
    headline: `${what} could not run.${where}`,
    tables: [],
    written: [],
  };
}

/** The capability table of a matrix. */
export function matrixTable(matrix: ParityMatrix): OutcomeTable {
  const rows: string[][] = [];
  for (const d of matrix.domains) {
    for (const c of d.capabilities) {
      const passing = c.contracts.filter((k) => k.status === 'pass').length;
      const evaluated = c.contracts.filter((k) => k.status !== 'skipped').length;
      rows.push([
        d.domain,
        `${c.id} — ${c.title}`,
        STATUS_ICON[c.status],
        scoreText(c.score),
        `${passing}/${evaluated}`,
      ]);
    }
  }
  return { header: ['Domain', 'Capability', 'Status', 'Score', 'Contracts passing'], rows };
}

export function matrixHeadline(matrix: ParityMatrix): string {
  const t = matrix.totals;
  const caps = `${t.capabilities.pass} pass, ${t.capabilities.partial} partial, ${t.capabilities.fail} fail${t.capabilities.skipped ? `, ${t.capabilities.skipped} skipped` : ''}`;
  return `Parity score ${scoreText(matrix.score)} (${t.weight.passed} of ${t.weight.evaluated} severity points) over ${t.capabilities.pass + t.capabilities.partial + t.capabilities.fail + t.capabilities.skipped} capabilities: ${caps}.`;
}
