import { slugify } from '../../kanban/slug.js';
import type { Board, Item } from '../../model/types.js';

/**
 * Page file names for boards: `boards/<slug>.html`, where the slug is the board id run through
 * `slugify` again (board ids are already slugs when they come from `loadWorkspace`, but a model
 * built by other code may carry anything, `../../etc/passwd` included). Names are made unique in
 * board order with `-2`, `-3`…, so two boards never overwrite each other's page.
 * Returns a map from board to its path relative to the site root (`/`-separated).
 */
export function boardPages(boards: readonly Board[]): Map<Board, string> {
  const pages = new Map<Board, string>();
  const taken = new Set<string>();
  for (const board of boards) {
    const base = slugify(board.id, 'board');
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
    taken.add(name);
    pages.set(board, `boards/${name}.html`);
  }
  return pages;
}

/**
 * Fragment ids for the cards of one board page: `card-` and the item id with every character
 * outside `A-Z a-z 0-9 . _ -` replaced by `-`, at most 80 characters, made unique in document
 * order (a board with a duplicate id still gets one anchor per card). Keeping fragments to this
 * alphabet means they need no percent-encoding in URLs.
 */
export function cardAnchors(board: Board): Map<Item, string> {
  const anchors = new Map<Item, string>();
  const taken = new Set<string>();
  for (const item of board.items) {
    const base = `card-${item.id.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 80)}`;
    let anchor = base;
    for (let n = 2; taken.has(anchor); n++) anchor = `${base}-${n}`;
    taken.add(anchor);
    anchors.set(item, anchor);
  }
  return anchors;
}
