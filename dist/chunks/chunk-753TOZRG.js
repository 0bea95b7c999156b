import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  itemKey
} from "./chunk-77ZPIAPV.js";
import {
  STATUSES
} from "./chunk-4ALAVELF.js";

// model/board-view.ts
var LABEL = {
  backlog: "Backlog",
  ready: "Ready",
  "in-progress": "In Progress",
  review: "Review",
  blocked: "Blocked",
  done: "Done",
  cancelled: "Cancelled"
};
function sectionColumns(board) {
  const columns = board.groups.filter((g) => g.kind === "column");
  if (columns.length === 0)
    return STATUSES.map((status) => ({
      title: LABEL[status],
      status,
      items: board.items.filter((i) => i.status === status)
    }));
  const byId = new Map(board.groups.map((g) => [g.id, g]));
  const columnOf = (group) => {
    for (let g = group; g; g = g.parent ? byId.get(g.parent) : void 0)
      if (g.kind === "column") return g;
    return void 0;
  };
  const cards = new Map(columns.map((c) => [c.id, []]));
  for (const item of board.items) {
    if (item.parent) continue;
    const column = columnOf(item.group ? byId.get(item.group) : void 0);
    if (column) cards.get(column.id).push(item);
  }
  return columns.map((c) => {
    const view = { title: c.title, items: cards.get(c.id) };
    if (c.status) view.status = c.status;
    const parent = c.parent ? byId.get(c.parent) : void 0;
    if (parent) view.section = parent.number ? `${parent.number}. ${parent.title}` : parent.title;
    return view;
  });
}
function columnMatches(column, name) {
  const norm = (s) => s.toLowerCase().replace(/[\s_-]+/g, " ").trim();
  const n = norm(name);
  return norm(column.title) === n || column.status !== void 0 && norm(column.status) === n;
}

// model/next.ts
var CLOSED = /* @__PURE__ */ new Set(["done", "cancelled"]);
var STARTABLE = /* @__PURE__ */ new Set(["ready", "backlog"]);
function priorityRank(priority) {
  if (!priority) return 2;
  const p = priority.toLowerCase();
  const m = /\bp([0-4])\b/.exec(p);
  if (m) return Number(m[1]);
  if (/\b(?:critical|urgent|blocker|highest)\b/.test(p)) return 0;
  if (/\bhigh\b/.test(p)) return 1;
  if (/\b(?:lowest|someday|trivial)\b/.test(p)) return 4;
  if (/\blow\b/.test(p)) return 3;
  return 2;
}
function nextItems(workspace, links) {
  const { graph } = links;
  const openChildren = /* @__PURE__ */ new Set();
  const byKey = /* @__PURE__ */ new Map();
  const idsOf = /* @__PURE__ */ new Map();
  for (const board of workspace.boards) {
    idsOf.set(board, new Map(board.items.map((i) => [i.id, i])));
    for (const item of board.items) {
      byKey.set(itemKey(board, item), { board, item });
      if (item.parent && !CLOSED.has(item.status)) openChildren.add(`${board.id}#${item.parent}`);
    }
  }
  const closedAncestor = (board, item) => {
    const ids = idsOf.get(board);
    for (let p = item.parent ? ids.get(item.parent) : void 0; p; ) {
      if (CLOSED.has(p.status)) return true;
      p = p.parent ? ids.get(p.parent) : void 0;
    }
    return false;
  };
  const waiting = (key) => {
    const seen = /* @__PURE__ */ new Set();
    const stack = graph.hasNode(key) ? [...graph.inNeighbors(key)] : [];
    while (stack.length) {
      const k = stack.pop();
      if (seen.has(k)) continue;
      const node = byKey.get(k);
      if (!node || CLOSED.has(node.item.status)) continue;
      seen.add(k);
      stack.push(...graph.inNeighbors(k));
    }
    return seen.size;
  };
  const out = [];
  for (const board of workspace.boards) {
    const columns = board.groups.some((g) => g.kind === "column");
    for (const item of board.items) {
      if (!STARTABLE.has(item.status)) continue;
      const key = itemKey(board, item);
      if (columns ? item.parent !== void 0 : openChildren.has(key)) continue;
      if (closedAncestor(board, item)) continue;
      const blocked = graph.hasNode(key) && graph.outNeighbors(key).some((dep) => {
        const node = byKey.get(dep);
        return node !== void 0 && !CLOSED.has(node.item.status);
      });
      if (blocked) continue;
      out.push({ board, item, unblocks: waiting(key), priorityRank: priorityRank(item.priority) });
    }
  }
  const order = new Map(workspace.boards.map((b, i) => [b, i]));
  return out.sort(
    (a, b) => (a.item.status === "ready" ? 0 : 1) - (b.item.status === "ready" ? 0 : 1) || a.priorityRank - b.priorityRank || b.unblocks - a.unblocks || (order.get(a.board) ?? 0) - (order.get(b.board) ?? 0) || a.item.position.line - b.item.position.line
  );
}

export {
  sectionColumns,
  columnMatches,
  priorityRank,
  nextItems
};
