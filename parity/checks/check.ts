import type { Board } from '../../model/types.js';
import type { Check, CheckKind, ContractStatus } from '../types.js';

/** What evaluating one contract found: its status and one sentence of evidence. */
export interface CheckResult {
  status: ContractStatus;
  evidence: string;
}

/** A board read for `board-item-done`, or why it could not be read. */
export type BoardRead =
  { board: Board; problem?: undefined } | { board?: undefined; problem: string };

/** What every check may use. One context serves a whole run. */
export interface CheckContext {
  /** Absolute workspace root; every path in a check is relative to it. */
  root: string;
  /** Config file for reading boards (status map, dialect overrides), relative to root. */
  configPath?: string;
  /** Whether `command` contracts may run; when false they are skipped. */
  allowCommands: boolean;
  /** Boards already read in this run, by workspace-relative path, so each is read once. */
  boards: Map<string, BoardRead>;
}

/**
 * One check kind: evaluates a contract's check against the repository. Paths in the check have
 * already been validated to stay inside the workspace. Never throws for anything the repository
 * contains: a missing or unreadable file is a failed contract with evidence saying so.
 */
export type Evaluator<K extends CheckKind> = (
  check: Extract<Check, { kind: K }>,
  context: CheckContext,
) => CheckResult | Promise<CheckResult>;

/** A value for evidence: JSON, cut to `max` characters. */
export function shown(value: unknown, max = 80): string {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
