import type { Board, Workspace } from '../model/types.js';
import { itemsInGroup, progressOf, type Progress } from './progress.js';
import type { OutputFile } from './types.js';
import { mdCode, mdText } from '../report/markdown.js';

/**
 * Board and group titles and paths come from the files read: GitHub renders summary.md and the
 * injected block, so every one goes through report/markdown.ts (no HTML, link or mention).
 */
const cell = mdText;

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
    `${mdCode(board.path)} · dialect ${mdCode(board.dialect)}`,
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
