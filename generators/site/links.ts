import { itemKey, type Links } from '../../model/link.js';
import type { Board, Item } from '../../model/types.js';
import { boardPages, cardAnchors } from './names.js';

/** A link from one card to another card, or a reference that leads nowhere. */
export interface CardLink {
  /** The referenced id as shown. */
  id: string;
  /** Title of the card it leads to; absent for references that name no item. */
  title?: string;
  /** Relative URL of the card (`#card-X` on the same page, `other.html#card-X` across boards). */
  href?: string;
  /** Why there is no link, or where the link leads: "not found", "group: …", "on board …". */
  note?: string;
}

/**
 * Where every board page and every card lives in the site, computed once for the whole
 * workspace so cards can link to cards on other boards. Pages and anchors come from
 * `boardPages` and `cardAnchors`.
 */
export class SiteMap {
  readonly pages: Map<Board, string>;
  private readonly anchors = new Map<Board, Map<Item, string>>();
  /** What the linker made of each (item, reference) that did not become an item edge. */
  private readonly special = new Map<Item, Map<string, CardLink | string>>();

  constructor(
    boards: readonly Board[],
    private readonly links: Links,
  ) {
    this.pages = boardPages(boards);
    for (const board of boards) this.anchors.set(board, cardAnchors(board));
    const note = (item: Item, ref: string, value: CardLink | string): void => {
      const refs = this.special.get(item) ?? new Map<string, CardLink | string>();
      if (!refs.has(ref)) refs.set(ref, value);
      this.special.set(item, refs);
    };
    for (const g of links.groupRefs)
      note(g.item, g.ref, { id: g.ref, title: g.group.title, note: g.group.kind });
    for (const d of links.dangling) note(d.item, d.ref, { id: d.ref, note: 'not found' });
    for (const a of links.ambiguous) note(a.item, a.ref, a.resolved);
  }

  /** The fragment id of `item`'s card on its board's page. */
  anchor(board: Board, item: Item): string {
    return this.anchors.get(board)?.get(item) ?? 'card';
  }

  /** The page of `board` relative to the site root, e.g. `boards/release.html`. */
  page(board: Board): string {
    return this.pages.get(board) ?? 'index.html';
  }

  /** A link to `item`'s card as seen from a page of board `from` (every board page is in `boards/`). */
  linkTo(from: Board, board: Board, item: Item): CardLink {
    const fragment = `#${this.anchor(board, item)}`;
    const href =
      board === from ? fragment : `${this.page(board).slice('boards/'.length)}${fragment}`;
    return {
      id: item.id,
      title: item.title,
      href,
      ...(board === from ? {} : { note: `on ${board.title || board.path}` }),
    };
  }

  /**
   * Each dependency of `item` as written, resolved the way the linker resolved it: an item on
   * this board first, then a group of this board, then the one item with that id elsewhere.
   * References the linker could not resolve are kept with the note "not found".
   */
  dependsOn(board: Board, item: Item): CardLink[] {
    const { graph } = this.links;
    const from = itemKey(board, item);
    return item.dependsOn.map((ref) => {
      const special = this.special.get(item)?.get(ref);
      if (typeof special === 'object') return special;
      const local = `${board.id}#${ref}`;
      const key =
        special ??
        (graph.hasNode(local)
          ? local
          : graph.hasNode(from)
            ? graph.outNeighbors(from).find((k) => graph.getNodeAttributes(k).item.id === ref)
            : undefined);
      if (!key || !graph.hasNode(key)) return { id: ref, note: 'not found' };
      const target = graph.getNodeAttributes(key);
      return this.linkTo(board, target.board, target.item);
    });
  }

  /** The cards that depend on `item` (the linker's reverse edges), in graph order. */
  neededBy(board: Board, item: Item): CardLink[] {
    const { graph } = this.links;
    const key = itemKey(board, item);
    // A duplicate id is one graph node, owned by the first item with that id.
    if (!graph.hasNode(key) || graph.getNodeAttributes(key).item !== item) return [];
    return graph.inNeighbors(key).map((k) => {
      const source = graph.getNodeAttributes(k);
      return this.linkTo(board, source.board, source.item);
    });
  }
}
