/**
 * The boardwright model: every dialect extracts into these shapes, every check and generator
 * reads them. `schemas/board.schema.json` is the normative description; these types mirror it
 * and `test/schema.test.ts` keeps the two in step.
 */

/** Version of the model and of the JSON written by `build` and `--json`. */
export const SCHEMA_VERSION = 1;

/** The canonical statuses every raw status (column, checkbox, emoji, field, suffix) maps onto. */
export const STATUSES = [
  'backlog',
  'ready',
  'in-progress',
  'review',
  'blocked',
  'done',
  'cancelled',
] as const;
export type Status = (typeof STATUSES)[number];

export type Severity = 'error' | 'warning' | 'info';

/**
 * A source span. Lines and columns are 1-based, as in unist; `endLine` is inclusive and
 * `endColumn` is the column just past the span's last character on `endLine`, so that line,
 * column, end line and end column name the span exactly (columns count UTF-16 code units of the
 * text as read: BOM dropped, line endings read as LF, Mac Roman mojibake repaired).
 */
export interface Position {
  line: number;
  column: number;
  endLine: number;
  endColumn?: number;
  /**
   * Workspace-relative file the span is in, when it is not the board's own `path`: a folder-level
   * board (a Backlog.md project, one task per file) points each item at its task file.
   */
  path?: string;
}

/** Where a status was read from, for one item or group. */
export type StatusSource =
  | 'checkbox'
  | 'column'
  | 'section'
  | 'field'
  | 'heading'
  | 'suffix'
  | 'emoji'
  /** The item's text is struck through (`~~…~~`): cancelled. */
  | 'strikethrough';

/**
 * One observation of an item's status. Items keep all of them so that the `status-conflict`
 * rule can compare sources without re-reading the Markdown.
 */
export interface StatusEvidence {
  source: StatusSource;
  /** The text as written, e.g. `✅ Done`, `[x]`, `In Progress`. */
  raw: string;
  /** The canonical status `raw` maps to; absent when the text maps to none. */
  status?: Status;
  line: number;
}

export type GroupKind = 'board' | 'column' | 'milestone' | 'phase' | 'epic' | 'section';

export interface Group {
  /** Unique within the board: the group's number when it has one (`M1`, `1.2`, `A`), else a slug. */
  id: string;
  title: string;
  kind: GroupKind;
  /** The number as written in the heading (`4` in "Milestone 4", `1.2`), for numbering checks. */
  number?: string;
  parent?: string;
  status?: Status;
  rawStatus?: string;
  /** Maximum items the group should hold (Obsidian `## Doing (3)` or config). */
  wipLimit?: number;
  /** A count the group's own text declares, e.g. "Tasks (18 total)". */
  declaredCount?: { value: number; atLeast: boolean; line: number };
  /** Order of appearance in the board, from 0. */
  index: number;
  position: Position;
}

export interface AcceptanceCriterion {
  text: string;
  done: boolean;
  line: number;
}

export interface Item {
  /** As written when the board declares ids (`BSP-012`, `M1.1.1`, `T001`); generated otherwise. */
  id: string;
  /** True when `id` was made up by boardwright because the board gives none. */
  generatedId?: boolean;
  title: string;
  /** Epic, story, task, subtask, bug… as the board names it, lower-cased. */
  kind?: string;
  status: Status;
  rawStatus?: string;
  done: boolean;
  /** Id of the innermost group the item sits in. */
  group?: string;
  /** Id of the parent item for nested subtasks. */
  parent?: string;
  assignee?: string;
  priority?: string;
  /** Ids of items this one depends on, as written (resolved by the linker). */
  dependsOn: string[];
  files: string[];
  acceptance: AcceptanceCriterion[];
  branch?: string;
  labels: string[];
  /** Free text written under the item that is neither a field nor a subtask. */
  description?: string;
  /** Every other `Name: value` the item carries, keyed by the name as written. */
  fields: Record<string, string>;
  statusEvidence: StatusEvidence[];
  position: Position;
}

/** Totals a board declares about itself ("Total Tasks: 94", "Completed: 10"). */
export interface DeclaredTotals {
  total?: { value: number; atLeast: boolean; line: number };
  done?: { value: number; atLeast: boolean; line: number };
  inProgress?: { value: number; atLeast: boolean; line: number };
  backlog?: { value: number; atLeast: boolean; line: number };
  blocked?: { value: number; atLeast: boolean; line: number };
}

export interface BoardMeta {
  version?: string;
  updated?: string;
  status?: string;
  owner?: string;
  declaredTotals?: DeclaredTotals;
  /** Front matter, when the file has any. */
  frontmatter?: Record<string, unknown>;
}

export interface Board {
  /** Unique within the workspace, derived from `path`. */
  id: string;
  title: string;
  /** Path relative to the workspace root, with `/` separators. */
  path: string;
  /** Id of the dialect that extracted the board. */
  dialect: string;
  meta: BoardMeta;
  groups: Group[];
  /** Every item, nested subtasks included; in document order. */
  items: Item[];
}

export interface Diagnostic {
  /** The rule or reader stage that produced it, e.g. `duplicate-item-id`, `invalid-utf8`. */
  rule: string;
  severity: Severity;
  message: string;
  path: string;
  line: number;
  column: number;
  endLine?: number;
  /** True when the file could not be used at all (exit code 2). */
  fatal?: boolean;
  url?: string;
}

export interface Workspace {
  schemaVersion: typeof SCHEMA_VERSION;
  boards: Board[];
  diagnostics: Diagnostic[];
}
