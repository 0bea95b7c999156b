import type { Heading, ListItem, Nodes, Root } from 'mdast';
import { parseMarkdown } from '../parse.js';

/**
 * The reader's text of one file with its mdast and a line table: the coordinates every edit
 * module works in. Lines are 1-based; offsets are 0-based UTF-16 code units of `text`.
 */
export class EditDoc {
  readonly tree: Root;
  private readonly starts: number[];

  /** `tree` is the text's mdast when the caller has it already (from reading the board). */
  constructor(
    readonly text: string,
    tree?: Root,
  ) {
    this.tree = tree ?? parseMarkdown(text);
    this.starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
      this.starts.push(i + 1);
  }

  /** Number of lines; a final line ending does not start another line. */
  get lineCount(): number {
    const last = this.starts[this.starts.length - 1] as number;
    return last === this.text.length && this.starts.length > 1
      ? this.starts.length - 1
      : this.starts.length;
  }

  /** True when the text ends with a line ending (or is empty). */
  get endsWithNewline(): boolean {
    return this.text.length === 0 || this.text.endsWith('\n');
  }

  /** Offset of the first character of `line`; past the last line, the end of the text. */
  lineStart(line: number): number {
    return line - 1 < this.starts.length ? (this.starts[line - 1] as number) : this.text.length;
  }

  /** Offset of the line ending of `line` (or the end of the text on a last line without one). */
  lineEnd(line: number): number {
    const next = this.starts[line];
    return next === undefined ? this.text.length : next - 1;
  }

  /** Offset of the line after `line` (the end of the text after the last line). */
  nextLineStart(line: number): number {
    return this.starts[line] ?? this.text.length;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }

  /** True for a line that holds only white space, and for lines past the end. */
  isBlank(line: number): boolean {
    return line < 1 || line > this.lineCount || this.lineText(line).trim() === '';
  }

  /** 1-based line of an offset. */
  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** Lines `from`…`to` (inclusive) as text, each with its line ending. */
  linesText(from: number, to: number): string {
    const end = this.nextLineStart(to);
    const text = this.text.slice(this.lineStart(from), end);
    return text.endsWith('\n') || end < this.text.length ? text : `${text}\n`;
  }

  /** The list item that starts at `line` and `column`, if any. */
  listItemAt(line: number, column?: number): ListItem | undefined {
    let found: ListItem | undefined;
    walk(this.tree, (node) => {
      if (found) return false;
      const p = node.position;
      if (!p || p.end.line < line || p.start.line > line) return false;
      if (
        node.type === 'listItem' &&
        p.start.line === line &&
        (column === undefined || p.start.column === column)
      ) {
        found = node;
        return false;
      }
      return true;
    });
    return found;
  }

  /** The heading on `line`, if any. */
  headingAt(line: number): Heading | undefined {
    for (const node of this.tree.children)
      if (node.type === 'heading' && node.position?.start.line === line) return node;
    return undefined;
  }

  /** Top-level node that holds `line`, and its index among the root's children. */
  topLevelAt(line: number): { node: Nodes; index: number } | undefined {
    const children = this.tree.children;
    for (let i = 0; i < children.length; i++) {
      const p = children[i]!.position;
      if (p && p.start.line <= line && p.end.line >= line) return { node: children[i]!, index: i };
    }
    return undefined;
  }
}

/** Visits nodes depth-first; `visit` returns false to skip a node's children. */
export function walk(node: Nodes, visit: (node: Nodes) => boolean): void {
  if (!visit(node)) return;
  if ('children' in node) for (const child of node.children as Nodes[]) walk(child, visit);
}
