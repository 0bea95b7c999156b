import type { Config } from '../config/load.js';
import type { Links } from '../model/link.js';
import type { Board, Diagnostic, Severity, Workspace } from '../model/types.js';

/** What every rule reads: the linked model and the config. Rules never read files. */
export interface RuleContext {
  workspace: Pick<Workspace, 'boards'>;
  links: Links;
  config: Config;
}

/** A finding as a rule reports it; rule id, severity and docs URL are added by the runner. */
export interface Finding {
  board: Board;
  message: string;
  /** The file the finding is in when it is not the board's own (a Backlog.md task file). */
  path?: string;
  line: number;
  column?: number;
  endLine?: number;
}

/**
 * A check in the style of remark-lint: an id, a default severity, a one-line description and a
 * pure function from the model to findings. Each rule module's doc block carries `ok` and
 * `not-ok` Markdown examples with the expected output; test/rules.test.ts runs them.
 */
export interface Rule {
  id: string;
  defaultSeverity: Severity;
  description: string;
  check(context: RuleContext, options: Record<string, unknown>): Finding[];
}

/** Where each rule's documentation lives. */
export function ruleUrl(id: string): string {
  return `https://github.com/boardwright/boardwright/blob/main/docs/rules.md#${id}`;
}

/** `{ path }` of a position in another file than its board's (see Position.path), else `{}`. */
export function fileOf(position: { path?: string }): { path?: string } {
  return position.path ? { path: position.path } : {};
}

/** Sorts diagnostics by path, line, column, rule, message so output is stable. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  const keys: Array<keyof Diagnostic> = ['path', 'line', 'column', 'rule', 'message'];
  for (const k of keys) {
    const x = a[k] as string | number;
    const y = b[k] as string | number;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
