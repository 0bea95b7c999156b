import type { Root } from 'mdast';
import type { Board, Diagnostic } from '../model/types.js';
import { BoardBuilder } from './builder.js';
import { decodeMarkdown } from './decode.js';
import type { Dialect, DialectInput } from './dialect.js';
import { DIALECTS, detectDialect, findDialect } from './dialects/index.js';
import { readFrontmatter } from './frontmatter.js';
import type { ReadLimits } from './limits.js';
import { applyCheckboxMarkers, readMarkerLegend } from './markers.js';
import { plain } from './mdast.js';
import { notABoardReason } from './not-a-board.js';
import { extractMeta } from './meta.js';
import { type ChunkHelper, parseMarkdown } from './parse.js';
import { StatusMapper } from './status.js';

export interface ReadOptions {
  limits: ReadLimits;
  mapper?: StatusMapper;
  /** Dialect id to use instead of detection. */
  dialect?: string;
  /** Parses part of the text in another thread (kanban/parse-threads.ts); same tree. */
  parseHelper?: ChunkHelper;
}

/** The outcome of reading one file. `board` is absent when the file was unusable. */
export interface ReadResult {
  board?: Board;
  diagnostics: Diagnostic[];
  /** Detection scores by dialect id, for `--explain` style output. */
  scores?: Record<string, number>;
  /** The status mapping the board was read with (config overrides plus the board's own legend). */
  mapper?: StatusMapper;
  /** The mdast the board was read from (edits reuse it rather than parse again). */
  tree?: Root;
  /**
   * Why the file is not a board, when it is not: it holds no items, or evidence says it is
   * something else (a changelog, a template, a page of examples). Set only on detection, never
   * when the dialect was chosen by the caller.
   */
  skipReason?: string;
}

/**
 * Reads one Markdown file into a board: decode, parse, front matter, dialect detection and
 * extraction, board metadata. Never throws: unusable input comes back as a fatal diagnostic.
 * `path` is the workspace-relative path used in the model and in diagnostics.
 */
export function readBoard(bytes: Uint8Array, path: string, options: ReadOptions): ReadResult {
  const decoded = decodeMarkdown(bytes, path, options.limits);
  const diagnostics = [...decoded.diagnostics];
  if (decoded.text === undefined) return { diagnostics };
  return readBoardText(decoded.text, path, options, diagnostics);
}

/** Same as `readBoard` for text that is already decoded. */
export function readBoardText(
  text: string,
  path: string,
  options: ReadOptions,
  diagnostics: Diagnostic[] = [],
): ReadResult {
  let tree: Root;
  try {
    tree = parseMarkdown(text, undefined, options.parseHelper);
  } catch (e) {
    diagnostics.push(
      failure(path, 'parse-failed', `Markdown could not be parsed: ${(e as Error).message}`),
    );
    return { diagnostics };
  }
  applyCheckboxMarkers(tree);
  const fm = readFrontmatter(tree, path);
  const fileName = path.split('/').pop() ?? path;
  const input: DialectInput = { path, fileName, text, tree };
  if (fm.data) input.frontmatter = fm.data;

  let dialect: Dialect | undefined;
  let scores: Record<string, number> | undefined;
  if (options.dialect) {
    dialect = findDialect(options.dialect);
    if (!dialect) {
      diagnostics.push(
        failure(
          path,
          'unknown-dialect',
          `Unknown dialect "${options.dialect}". Known dialects: ${DIALECTS.map((d) => d.id).join(', ')}.`,
        ),
      );
      return { diagnostics };
    }
  } else {
    const detected = detectDialect(input);
    dialect = detected.dialect;
    scores = detected.scores;
  }

  const builder = new BoardBuilder(path, dialect.id, options.mapper ?? new StatusMapper());
  builder.markerLegend = readMarkerLegend(tree);
  try {
    dialect.extract(input, builder);
  } catch (e) {
    diagnostics.push(
      failure(
        path,
        'extract-failed',
        `The ${dialect.id} dialect could not read this file: ${(e as Error).message}`,
      ),
    );
    return { diagnostics };
  }
  const meta = extractMeta(tree, text, fm.data);
  Object.assign(builder.meta, { ...meta, ...builder.meta });
  const firstHeading = tree.children.find((n) => n.type === 'heading' && n.depth === 1);
  const defaultTitle =
    (firstHeading && plain(firstHeading)) || fileName.replace(/\.(md|markdown)$/i, '');
  diagnostics.push(...builder.diagnostics);
  const board = builder.build(defaultTitle);
  if (fm.diagnostic) {
    // A board whose front matter is broken is unusable; a file that holds no board only warns.
    const notBoard = scores ? notABoardReason(path, tree, board) : undefined;
    if (board.items.length > 0 && !notBoard)
      return { diagnostics: [...diagnostics, fm.diagnostic] };
    const warning: Diagnostic = { ...fm.diagnostic, severity: 'warning' };
    delete warning.fatal;
    diagnostics.push(warning);
    return {
      board,
      diagnostics,
      skipReason: `${notBoard ?? 'no board items'}, and its front matter is not usable YAML (line ${fm.diagnostic.line})`,
      ...(scores ? { scores } : {}),
    };
  }
  const result: ReadResult = { board, diagnostics, mapper: builder.mapper, tree };
  if (scores) result.scores = scores;
  if (scores) {
    const reason =
      notABoardReason(path, tree, board) ??
      (board.items.length === 0 ? noItemsReason(input) : undefined);
    if (reason) result.skipReason = reason;
  }
  return result;
}

/** Why a file without items holds no board, in words that tell the user what boardwright looks for. */
function noItemsReason(input: DialectInput): string {
  const text = input.text;
  if (!/^\s*(?:[-*+]|\d+[.)])\s/m.test(text) && !/^\s*\|/m.test(text))
    return 'no lists or tables: nothing here reads as board items';
  return 'no board items: no task-list checkboxes, status table rows or cards under column headings';
}

function failure(path: string, rule: string, message: string): Diagnostic {
  return { rule, severity: 'error', message, path, line: 1, column: 1, fatal: true };
}
