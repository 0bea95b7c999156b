import { statWorkspacePath } from '../../io/boundary.js';
import { loadWorkspace } from '../../workspace.js';
import { workspacePath } from '../paths.js';
import type { BoardRead, CheckContext, Evaluator } from './check.js';

/** A file inside the workspace (not reached through a link that leads out). */
function isFile(root: string, path: string): boolean {
  try {
    return statWorkspacePath(root, path).isFile();
  } catch {
    return false;
  }
}

/**
 * Reads one board as `boardwright build` would (the workspace config's status map and dialect
 * overrides apply), once per run. Unusable files come back as a problem sentence.
 */
function readBoardOnce(path: string, context: CheckContext): BoardRead {
  const cached = context.boards.get(path);
  if (cached) return cached;
  let read: BoardRead;
  if (!isFile(context.root, path)) {
    read = { problem: `${path} does not exist or is not a file` };
  } else {
    const loaded = loadWorkspace({
      root: context.root,
      paths: [path],
      ...(context.configPath ? { configPath: context.configPath } : {}),
    });
    const board = loaded.workspace.boards.find((b) => b.path === path);
    const fatal = loaded.workspace.diagnostics.find((d) => d.fatal);
    if (board) read = { board };
    else if (fatal)
      read = { problem: `${fatal.path}:${fatal.line} cannot be read: ${fatal.message}` };
    else read = { problem: `${path} cannot be read as a board` };
  }
  context.boards.set(path, read);
  return read;
}

function short(title: string): string {
  return title.length > 60 ? `${title.slice(0, 59)}…` : title;
}

/**
 * `board-item-done`: passes when the item with the given id on the board is done (canonical
 * status `done`). When the board lists the id more than once, every copy must be done.
 */
export const boardItemDone: Evaluator<'board-item-done'> = (check, context) => {
  const path = workspacePath(check.board) ?? check.board;
  const read = readBoardOnce(path, context);
  if (!read.board) return { status: 'fail', evidence: read.problem };
  const items = read.board.items.filter((i) => i.id === check.item);
  const first = items[0];
  if (!first) return { status: 'fail', evidence: `${path} has no item ${check.item}` };
  const open = items.find((i) => !i.done);
  if (!open) {
    return {
      status: 'pass',
      evidence: `${first.id} "${short(first.title)}" is done on ${path}:${first.position.line}`,
    };
  }
  return {
    status: 'fail',
    evidence: `${open.id} "${short(open.title)}" is ${open.status} on ${path}:${open.position.line}`,
  };
};
