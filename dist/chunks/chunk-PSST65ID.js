import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);

// generators/progress.ts
function progressOf(items) {
  const done = items.filter((i) => i.status === "done").length;
  const cancelled = items.filter((i) => i.status === "cancelled").length;
  const open = items.length - cancelled;
  return {
    items: items.length,
    done,
    inProgress: items.filter((i) => i.status === "in-progress" || i.status === "review").length,
    blocked: items.filter((i) => i.status === "blocked").length,
    percentDone: open > 0 ? Math.floor(done / open * 100) : 0
  };
}
function itemsInGroup(board, group) {
  const ids = /* @__PURE__ */ new Set([group.id]);
  for (const g of board.groups) if (g.parent && ids.has(g.parent)) ids.add(g.id);
  return board.items.filter((i) => i.group !== void 0 && ids.has(i.group));
}

export {
  progressOf,
  itemsInGroup
};
