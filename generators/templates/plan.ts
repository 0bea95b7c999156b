import type { OutputFile } from '../types.js';
import { merge3, type MergeConflict } from './merge3.js';

/**
 * What `update` does to one file:
 * - `create`: new in the template, absent in the repository → written;
 * - `update`: you had not changed it, the template did → the new template output is written;
 * - `merge`: both changed it, in different places → the merge is written;
 * - `conflict`: both changed the same lines → written with conflict markers, listed;
 * - `keep`: only you changed it (or the template's change is already in) → left alone;
 * - `unchanged`: nothing to do;
 * - `skip-deleted`: you deleted it, the template still has it → not re-added;
 * - `delete`: the template dropped it and you had not changed it → removed;
 * - `keep-removed`: the template dropped it but you changed it → left alone;
 * - `skip-binary`: your file is not UTF-8 text → left alone.
 */
export type PlanAction =
  | 'create'
  | 'update'
  | 'merge'
  | 'conflict'
  | 'keep'
  | 'unchanged'
  | 'skip-deleted'
  | 'delete'
  | 'keep-removed'
  | 'skip-binary';

/** One file of an update plan. */
export interface PlanEntry {
  /** Path relative to the repository root, `/`-separated. */
  path: string;
  action: PlanAction;
  /** Why, in a sentence for the plan listing. */
  reason: string;
  /** The text to write for create / update / merge / conflict. */
  content?: string;
  /** Conflict regions in `content` (conflict only). */
  conflicts?: MergeConflict[];
}

/** The state of one file in the user's repository: its text, absent, or present but not UTF-8. */
export type OursFile = string | null | { binary: true };

/** Versions written after the conflict markers. */
export interface PlanLabels {
  from: string;
  to: string;
}

/** `\r\n` when most of the text's line ends are CRLF, else `\n`. */
export function eolOf(text: string): '\n' | '\r\n' {
  const crlf = text.split('\r\n').length - 1;
  const lf = text.split('\n').length - 1 - crlf;
  return crlf > lf ? '\r\n' : '\n';
}

const withEol = (text: string, eol: string): string =>
  eol === '\n' ? text : text.replace(/\r?\n/g, eol);

/**
 * Plans one file from its three versions: `base` (the old template version rendered with the
 * recorded answers), `theirs` (the new version rendered with the current answers) and `ours` (the
 * file in the repository). Either template side may be undefined (file not in that version).
 * A repository file with CRLF line ends is compared and merged with the template outputs
 * converted to CRLF, so a checkout with autocrlf does not make every line a change. Pure.
 */
export function planFile(
  path: string,
  base: string | undefined,
  theirs: string | undefined,
  ours: OursFile,
  labels: PlanLabels,
): PlanEntry {
  if (ours !== null && typeof ours === 'object')
    return { path, action: 'skip-binary', reason: 'not UTF-8 text; left untouched' };
  const eol = ours === null ? '\n' : eolOf(ours);
  const b = base === undefined ? undefined : withEol(base, eol);
  const t = theirs === undefined ? undefined : withEol(theirs, eol);

  if (t === undefined) {
    if (ours === null || b === undefined)
      return { path, action: 'unchanged', reason: 'not in either template version' };
    return ours === b
      ? {
          path,
          action: 'delete',
          reason: `removed in template ${labels.to}; you had not changed it`,
        }
      : {
          path,
          action: 'keep-removed',
          reason: `removed in template ${labels.to}, but you changed it; left in place`,
        };
  }
  if (ours === null) {
    return b === undefined
      ? { path, action: 'create', reason: `new in template ${labels.to}`, content: t }
      : {
          path,
          action: 'skip-deleted',
          reason: `you deleted it; template ${labels.to} still has it (not re-added)`,
        };
  }
  if (ours === t) return { path, action: 'unchanged', reason: 'already up to date' };
  if (b !== undefined && ours === b)
    return {
      path,
      action: 'update',
      reason: `you had not changed it; takes template ${labels.to}`,
      content: t,
    };
  if (b !== undefined && t === b)
    return {
      path,
      action: 'keep',
      reason: `template ${labels.to} did not change it; your edits stay`,
    };
  // Both sides changed it, or the template adds a file the repository already has (empty base).
  const merged = merge3(
    b ?? '',
    ours,
    t,
    { ours: 'yours', base: `template ${labels.from}`, theirs: `template ${labels.to}` },
    eol,
  );
  if (merged.conflicts.length) {
    const lines = merged.conflicts.map((c) => c.line).join(', ');
    return {
      path,
      action: 'conflict',
      reason:
        b === undefined
          ? `new in template ${labels.to}, but you already have a different file; conflict markers at line ${lines}`
          : `${merged.conflicts.length} conflicting hunk(s); markers at line ${lines}`,
      content: merged.text,
      conflicts: merged.conflicts,
    };
  }
  if (merged.text === ours)
    return { path, action: 'keep', reason: `template ${labels.to}'s changes are already in` };
  return {
    path,
    action: 'merge',
    reason: `your edits and template ${labels.to}'s changes merged`,
    content: merged.text,
  };
}

/**
 * Plans every file of an update: the union of the paths of both template outputs, in path
 * order. `readOurs` returns a repository file's state by path. Pure apart from that reader.
 */
export function planUpdate(
  baseFiles: readonly OutputFile[],
  theirFiles: readonly OutputFile[],
  readOurs: (path: string) => OursFile,
  labels: PlanLabels,
): PlanEntry[] {
  const base = new Map(baseFiles.map((f) => [f.path, f.content]));
  const theirs = new Map(theirFiles.map((f) => [f.path, f.content]));
  const paths = [...new Set([...base.keys(), ...theirs.keys()])].sort((a, b) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  return paths.map((p) => planFile(p, base.get(p), theirs.get(p), readOurs(p), labels));
}
