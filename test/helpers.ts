import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { Board, Diagnostic, Item } from '../model/types.js';
import type { DialectInput } from '../kanban/dialect.js';
import { decodeMarkdown } from '../kanban/decode.js';
import { readFrontmatter } from '../kanban/frontmatter.js';
import { parseMarkdown } from '../kanban/parse.js';
import { applyCheckboxMarkers } from '../kanban/markers.js';
import { readBoard, readBoardText } from '../kanban/read.js';
import { DEFAULT_LIMITS } from '../kanban/limits.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The seed trackers the project was described in, beside the repository. */
export const SEEDS_DIR = join(ROOT, '..', 'shared', 'seeds');

/** Seed file names by number (000…004) as they are bundled under examples/boards. */
export const SEED_EXAMPLES: Record<string, string> = {
  '000': 'examples/boards/release-kanban.md',
  '001': 'examples/boards/platform-kit-tasks.md',
  '002': 'examples/boards/epic-backlog.md',
  '003': 'examples/boards/autogit-task-tracker.md',
  '004': 'examples/boards/kubilitics-tasks.md',
};

/** Reads a file of the repository as a board; fails the test when the file is unusable. */
export function readExample(
  relPath: string,
  dialect?: string,
): { board: Board; diagnostics: Diagnostic[] } {
  const bytes = readFileSync(join(ROOT, relPath));
  const result = readBoard(bytes, relPath, {
    limits: DEFAULT_LIMITS,
    ...(dialect ? { dialect } : {}),
  });
  if (!result.board) throw new Error(`unusable: ${JSON.stringify(result.diagnostics)}`);
  return { board: result.board, diagnostics: result.diagnostics };
}

/** Reads Markdown text given inline as a board. */
export function readText(
  text: string,
  path = 'board.md',
  dialect?: string,
): { board: Board; diagnostics: Diagnostic[] } {
  const result = readBoardText(text, path, {
    limits: DEFAULT_LIMITS,
    ...(dialect ? { dialect } : {}),
  });
  if (!result.board) throw new Error(`unusable: ${JSON.stringify(result.diagnostics)}`);
  return { board: result.board, diagnostics: result.diagnostics };
}

/** Counts items by a predicate, for the hand-counted assertions. */
export function count<T>(list: readonly T[], pred: (x: T) => boolean = () => true): number {
  return list.filter(pred).length;
}

/** The item with `id`; throws (failing the test) when there is none. */
export function byId(items: readonly Item[], id: string): Item {
  const item = items.find((i) => i.id === id);
  if (!item) throw new Error(`no item ${id}`);
  return item;
}

/** The dialect input for Markdown text, built the way kanban/read.ts builds it. */
export function inputOfText(text: string, path = 'b.md'): DialectInput {
  const tree = parseMarkdown(text);
  applyCheckboxMarkers(tree);
  const input: DialectInput = { path, fileName: path.split('/').pop() ?? path, text, tree };
  const fm = readFrontmatter(tree, path);
  if (fm.data) input.frontmatter = fm.data;
  return input;
}

/** The dialect input for a repository file (decoded, mojibake repaired). */
export function inputOf(rel: string): DialectInput {
  return inputOfText(
    decodeMarkdown(readFileSync(join(ROOT, rel)), rel, DEFAULT_LIMITS).text ?? '',
    rel,
  );
}
