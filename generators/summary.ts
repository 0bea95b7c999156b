import type { Board, Workspace } from '../model/types.js';
import { itemsInGroup, progressOf, type Progress } from './progress.js';
import type { OutputFile } from './types.js';

/** Escapes text for a GitHub-flavoured Markdown table cell. */
function cell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ')
    .replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'));
}

function row(name: string, p: Progress): string {
  return `| ${cell(name)} | ${p.items} | ${p.done} | ${p.inProgress} | ${p.blocked} | ${p.percentDone}% |`;
}

const HEAD =
  '| | Items | Done | In progress | Blocked | % done |\n| --- | ---: | ---: | ---: | ---: | ---: |';

/** Markdown progress tables: one for all boards, then one per board with a row per top-level group. */
export function summaryMarkdown(workspace: Workspace): string {
  const lines = ['# Board summary', '', HEAD];
  for (const board of workspace.boards)
    lines.push(row(`${board.title} (${board.path})`, progressOf(board.items)));
  lines.push(row('All boards', progressOf(workspace.boards.flatMap((b) => b.items))));
  for (const board of workspace.boards) lines.push('', ...boardSection(board));
  return `${lines.join('\n')}\n`;
}

function boardSection(board: Board): string[] {
  const out = [
    `## ${cell(board.title)}`,
    '',
    `\`${board.path}\` · dialect \`${board.dialect}\``,
    '',
    HEAD,
  ];
  const top = board.groups.filter((g) => !g.parent && g.kind !== 'column');
  const columns = board.groups.filter((g) => g.kind === 'column' && !g.parent);
  for (const g of [...top, ...columns].sort((a, b) => a.index - b.index)) {
    out.push(row(g.title, progressOf(itemsInGroup(board, g))));
  }
  const loose = board.items.filter((i) => i.group === undefined);
  if (loose.length) out.push(row('(no group)', progressOf(loose)));
  out.push(row('Total', progressOf(board.items)));
  return out;
}

/** The summary as an output file. */
export function summaryFiles(workspace: Workspace): OutputFile[] {
  return [{ path: 'summary.md', content: summaryMarkdown(workspace) }];
}
