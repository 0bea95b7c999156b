import type { Nodes } from 'mdast';
import type { ItemSpec } from '../builder.js';
import type { Dialect, DialectInput } from '../dialect.js';
import { enterSectionHeading, GroupStack, recordTaskItem, walkSections } from './shared.js';

/**
 * Status-line logs: one task per line, written as plain lines rather than list items —
 * `[TASK-12] - Done - 2025-05-28 - Title` (id, status, optional date, title) or a checkbox
 * without a list marker, `[x] - done - Title`. Consecutive lines make one Markdown paragraph,
 * so the lines are read from the source text of each paragraph (and of list items that carry the
 * same shape). Each line is an item positioned on its own line.
 */

/** `[TASK-12] - Done - 2025-05-28 - Title`: id, status, optional date, title. */
export const ID_LINE =
  /^\s*(?:[-*+]\s+)?\[([A-Za-z][A-Za-z0-9]*-\d+(?:\.\d+)*)\]\s*[-–—:|]\s*([^-–—|]{2,30}?)\s*[-–—|]\s*(?:(\d{4}-\d{2}-\d{2})\s*[-–—|]\s*)?(\S.*)$/;
/** `[x] - done - Title`: box, status, title. */
export const BOX_LINE = /^\s*\[([ xX])\]\s*[-–—:]\s*([A-Za-z][A-Za-z ]{0,20}?)\s*[-–—:]\s*(\S.*)$/;

interface StatusLine {
  line: number;
  column: number;
  id?: string;
  status: string;
  box?: string;
  date?: string;
  title: string;
}

/** Reads one source line; undefined when it is not a status line. */
export function parseStatusLine(text: string, line: number): StatusLine | undefined {
  const m = ID_LINE.exec(text);
  if (m) {
    const out: StatusLine = {
      line,
      column: 1,
      id: (m[1] as string).toUpperCase(),
      status: (m[2] as string).trim(),
      title: (m[4] as string).trimEnd(),
    };
    if (m[3]) out.date = m[3];
    return out;
  }
  const b = BOX_LINE.exec(text);
  if (b)
    return {
      line,
      column: 1,
      status: (b[2] as string).trim(),
      box: `[${b[1] as string}]`,
      title: (b[3] as string).trimEnd(),
    };
  return undefined;
}

/** Status lines in the paragraphs (and plain list items) of the document, in order. */
function statusLines(input: DialectInput, nodes: readonly Nodes[]): StatusLine[] {
  const lines = input.text.split('\n');
  const out: StatusLine[] = [];
  for (const node of nodes) {
    if (node.type !== 'paragraph' && node.type !== 'list') continue;
    const from = node.position?.start.line ?? 0;
    const to = node.position?.end.line ?? 0;
    for (let l = from; l <= to && l > 0; l++) {
      const found = parseStatusLine(lines[l - 1] ?? '', l);
      if (found) out.push(found);
    }
  }
  return out;
}

export const statusLog: Dialect = {
  id: 'status-log',
  title: 'Status-line log',
  description:
    'One task per line: `[TASK-12] - Done - 2025-05-28 - Title` or `[x] - done - Title`, outside list syntax.',
  detect(input) {
    const found = statusLines(input, input.tree.children);
    if (found.length < 2) return 0;
    return Math.min(0.85, 0.5 + 0.05 * found.length);
  },
  extract(input, board) {
    const stack = new GroupStack();
    walkSections(input.tree, (node) => {
      if (node.type === 'heading') {
        enterSectionHeading(node, board, stack);
        return;
      }
      const group = stack.current();
      const found = statusLines(input, [node]);
      for (const s of found) {
        const lineNode: Nodes = {
          type: 'text',
          value: s.title,
          position: { start: { line: s.line, column: s.column }, end: { line: s.line, column: 1 } },
        };
        const evidence = [board.evidence('field', s.status, s.line)];
        if (s.box) evidence.unshift(board.evidence('checkbox', s.box, s.line));
        const spec: ItemSpec = { title: s.title, node: lineNode, evidence };
        if (s.id && !board.recordedItems.some((i) => i.id === s.id)) spec.id = s.id;
        if (group) spec.group = group;
        const item = board.item(spec);
        if (s.date) item.fields.date = s.date;
      }
      // Ordinary checkboxes elsewhere in the file are items too.
      if (node.type === 'list' && !found.length)
        for (const li of node.children)
          if (typeof li.checked === 'boolean') recordTaskItem(board, li, group ? { group } : {});
    });
  },
};
