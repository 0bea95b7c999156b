import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  itemsInGroup
} from "./chunk-PSST65ID.js";
import {
  stableJsonFile
} from "./chunk-E3QC6DGJ.js";
import {
  STATUSES
} from "./chunk-4ALAVELF.js";

// generators/labels.ts
import { createHash } from "node:crypto";
var MAX_NAME = 50;
var MAX_DESCRIPTION = 100;
var STATUS_COLOR = {
  backlog: "c5def5",
  ready: "bfdadc",
  "in-progress": "fbca04",
  review: "d4c5f9",
  blocked: "b60205",
  done: "0e8a16",
  cancelled: "cccccc"
};
function clip(text, max) {
  const chars = [...text.replace(/\s+/g, " ").trim()];
  return chars.length <= max ? chars.join("") : `${chars.slice(0, max - 1).join("")}\u2026`;
}
function colorOf(name) {
  return createHash("sha256").update(name).digest("hex").slice(0, 6);
}
var ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/;
function isoDate(text) {
  const m = text ? ISO_DATE.exec(text) : null;
  if (!m) return void 0;
  const date = /* @__PURE__ */ new Date(`${m[1]}-${m[2]}-${m[3]}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== m[0] ? void 0 : m[0];
}
var DUE_FIELDS = /* @__PURE__ */ new Set(["due", "due date", "deadline", "target date", "target"]);
function dueOf(board, group) {
  const own = isoDate(group.title) ?? isoDate(group.rawStatus);
  if (own) return own;
  let latest;
  for (const item of itemsInGroup(board, group)) {
    for (const [name, value] of Object.entries(item.fields)) {
      const date = DUE_FIELDS.has(name.toLowerCase()) ? isoDate(value) : void 0;
      if (date && (!latest || date > latest)) latest = date;
    }
  }
  return latest;
}
function milestoneTitle(group) {
  const title = group.title.replace(/\s+/g, " ").trim();
  return group.number && !title.includes(group.number) ? `${group.id}: ${title}` : title;
}
function labelsManifest(workspace) {
  const counts = /* @__PURE__ */ new Map();
  const items = [];
  const milestones = [];
  const add = (source, raw) => {
    const name = clip(source === "label" ? raw : `${source}:${raw}`, MAX_NAME);
    const entry = counts.get(name) ?? { source, items: 0, raw };
    entry.items++;
    counts.set(name, entry);
    return name;
  };
  const titleCount = /* @__PURE__ */ new Map();
  const perBoard = [];
  for (const board of workspace.boards)
    for (const group of board.groups.filter((g) => g.kind === "milestone")) {
      const title = milestoneTitle(group);
      perBoard.push({ board, group, title });
      titleCount.set(title, (titleCount.get(title) ?? 0) + 1);
    }
  const milestoneOfGroup = /* @__PURE__ */ new Map();
  for (const { board, group, title } of perBoard) {
    const unique = titleCount.get(title) > 1 ? `${title} (${board.id}/${group.id})` : title;
    const final = clip(unique, 255);
    const members = itemsInGroup(board, group);
    const done = members.filter((i) => i.status === "done").length;
    const finished = members.filter((i) => i.status === "done" || i.status === "cancelled").length;
    const due = dueOf(board, group);
    milestones.push({
      title: final,
      state: group.status === "done" || members.length > 0 && finished === members.length ? "closed" : "open",
      description: clip(`${group.title} \u2014 ${board.title} (${board.path})`, 1e3),
      ...due ? { due_on: `${due}T00:00:00Z` } : {},
      board: board.id,
      group: group.id,
      items: members.length,
      done
    });
    milestoneOfGroup.set(`${board.id}\0${group.id}`, final);
  }
  for (const board of workspace.boards) {
    const parentOf = new Map(board.groups.map((g) => [g.id, g.parent]));
    const milestoneOf = (groupId) => {
      const seen = /* @__PURE__ */ new Set();
      for (let g = groupId; g !== void 0 && !seen.has(g); g = parentOf.get(g)) {
        seen.add(g);
        const m = milestoneOfGroup.get(`${board.id}\0${g}`);
        if (m) return m;
      }
      return void 0;
    };
    for (const item of board.items) {
      const names = /* @__PURE__ */ new Set([add("status", item.status)]);
      if (item.kind) names.add(add("kind", item.kind));
      const priority = item.priority?.replace(/\s+/g, " ").trim().toLowerCase();
      if (priority) names.add(add("priority", priority));
      for (const label of item.labels) if (label.trim()) names.add(add("label", label));
      const milestone = milestoneOf(item.group);
      items.push({
        board: board.id,
        id: item.id,
        title: item.title,
        labels: [...names].sort(),
        ...milestone ? { milestone } : {}
      });
    }
  }
  const sourceRank = { status: 0, kind: 1, priority: 2, label: 3 };
  const labels = [...counts.entries()].map(([name, { source, items: n, raw }]) => ({
    name,
    color: source === "status" ? STATUS_COLOR[raw] : colorOf(name),
    description: clip(
      source === "status" ? `Board status ${raw} (boardwright)` : source === "kind" ? `Board item kind ${raw} (boardwright)` : `Board label ${raw} (boardwright)`,
      MAX_DESCRIPTION
    ),
    source,
    items: n
  })).sort((a, b) => {
    if (a.source !== b.source) return sourceRank[a.source] - sourceRank[b.source];
    if (a.source === "status")
      return STATUSES.indexOf(a.name.slice(7)) - STATUSES.indexOf(b.name.slice(7));
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  });
  milestones.sort((a, b) => a.title < b.title ? -1 : a.title > b.title ? 1 : 0);
  return { schemaVersion: 1, labels, milestones, items };
}
function labelsFiles(workspace) {
  return [stableJsonFile("labels.json", labelsManifest(workspace))];
}

export {
  labelsManifest,
  labelsFiles
};
