import type { Root } from 'mdast';
import type { BoardBuilder } from './builder.js';

/** What a dialect sees of one file: already decoded and parsed. */
export interface DialectInput {
  /** Workspace-relative path with `/` separators. */
  path: string;
  /** The file's base name, e.g. `tasks.md`. */
  fileName: string;
  text: string;
  tree: Root;
  frontmatter?: Record<string, unknown>;
}

/**
 * A style of Markdown board. `detect` weighs evidence (front matter keys, heading and item
 * patterns) and returns a score from 0 (none) to 1 (certain); the highest score wins, ties go to
 * the dialect listed first. `extract` walks the mdast and records groups and items on the builder;
 * it never throws on odd input, it records what it can.
 */
export interface Dialect {
  id: string;
  title: string;
  /** One line for `boardwright dialects`, naming the style's source or convention. */
  description: string;
  detect(input: DialectInput): number;
  extract(input: DialectInput, board: BoardBuilder): void;
}
