import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  require_lib
} from "./chunk-UECIVNYX.js";
import {
  dependencyDot,
  renderSvg
} from "./chunk-6ITDG7DN.js";
import {
  progressOf
} from "./chunk-PSST65ID.js";
import {
  itemKey
} from "./chunk-77ZPIAPV.js";
import {
  slugify
} from "./chunk-J5VXYQXS.js";
import {
  STATUSES
} from "./chunk-4ALAVELF.js";
import {
  __toESM
} from "./chunk-VFBDS4U7.js";

// generators/diagrams/index.ts
async function dependencySvg(board, links, options = {}) {
  return renderSvg(dependencyDot(board, links), options);
}

// generators/site/diagram.ts
async function dependencyDiagram(board, links) {
  if (!board.items.some((i) => i.dependsOn.length > 0)) return void 0;
  try {
    return inlineSvg(await dependencySvg(board, links));
  } catch {
    return void 0;
  }
}
var UNSAFE_ELEMENTS = /* @__PURE__ */ new Set(["script", "foreignobject", "iframe", "object", "embed"]);
function inlineSvg(svg) {
  const start = svg.search(/<svg[\s>]/i);
  const end = svg.lastIndexOf("</svg>");
  if (start === -1 || end < start) return void 0;
  const body = svg.slice(start, end + "</svg>".length).replace(/<!--[\s\S]*?-->/g, "");
  if (/<!--|<!\[CDATA\[|<\?/i.test(body)) return void 0;
  for (const tag of body.matchAll(/<([A-Za-z][\w:-]*)([^>]*)>/g)) {
    const name = tag[1].toLowerCase();
    if (UNSAFE_ELEMENTS.has(name)) return void 0;
    const attributes = tag[2];
    const rest = attributes.replace(/\s+[\w:-]+="[^"]*"/g, "").replace(/\s*\/?\s*$/, "");
    if (rest !== "") return void 0;
    for (const [, attr, value] of attributes.matchAll(/([\w:-]+)="([^"]*)"/g)) {
      const key = attr.toLowerCase();
      if (key.startsWith("on")) return void 0;
      if (key.endsWith("href") && !value.startsWith("#")) return void 0;
    }
  }
  return body;
}

// generators/site/templates.ts
var import_handlebars = __toESM(require_lib(), 1);
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var SiteTemplateError = class extends Error {
};
function siteTemplateRoot() {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, "templates", "site");
    if (existsSync(join(candidate, "board.hbs"))) return candidate;
    dir = dirname(dir);
  }
  throw new SiteTemplateError("The bundled site templates folder (templates/site) is missing.");
}
var cache = /* @__PURE__ */ new Map();
function siteTemplates(root = siteTemplateRoot()) {
  const cached = cache.get(root);
  if (cached) return cached;
  const read = (name) => {
    try {
      return readFileSync(join(root, name), "utf8").replace(/\r\n/g, "\n");
    } catch (e) {
      throw new SiteTemplateError(`Cannot read site template ${name}: ${e.message}`);
    }
  };
  const hb = import_handlebars.default.create();
  const options = {
    strict: true,
    knownHelpersOnly: true,
    knownHelpers: { eq: true },
    preventIndent: true
  };
  const compile = (name, partial = false) => {
    const source = read(name);
    const text = partial ? source.replace(/\n$/, "") : source;
    try {
      hb.parse(text);
      return hb.compile(text, options);
    } catch (e) {
      throw new SiteTemplateError(
        `Site template ${name} does not compile: ${e.message}`
      );
    }
  };
  hb.registerHelper("eq", (a, b) => a === b);
  for (const file of readdirSync(root).sort()) {
    const m = /^_([a-z-]+)\.hbs$/.exec(file);
    if (m) hb.registerPartial(m[1], compile(file, true));
  }
  hb.registerPartial("layout", compile("layout.hbs"));
  const index = compile("index.hbs");
  const board = compile("board.hbs");
  const render = (template, name) => (view) => {
    try {
      return template(view);
    } catch (e) {
      throw new SiteTemplateError(`Site template ${name} failed: ${e.message}`);
    }
  };
  const built = {
    index: render(index, "index.hbs"),
    board: render(board, "board.hbs"),
    assets: { css: read("site.css"), js: read("site.js") },
    trusted: (html) => new hb.SafeString(html)
  };
  cache.set(root, built);
  return built;
}

// generators/site/columns.ts
var STATUS_LABELS = {
  backlog: "Backlog",
  ready: "Ready",
  "in-progress": "In progress",
  review: "Review",
  blocked: "Blocked",
  done: "Done",
  cancelled: "Cancelled"
};
var rank = (s) => s === void 0 ? -1 : STATUSES.indexOf(s);
function boardColumns(board) {
  const groups = new Map(board.groups.map((g) => [g.id, g]));
  const columns = [];
  const byTitle = /* @__PURE__ */ new Map();
  for (const g of [...board.groups].sort((a, b) => a.index - b.index)) {
    if (g.kind !== "column") continue;
    const key = g.title.trim().toLowerCase();
    if (byTitle.has(key)) continue;
    const column = {
      title: g.title.trim() || STATUS_LABELS[g.status ?? "backlog"],
      items: []
    };
    if (g.status) column.status = g.status;
    byTitle.set(key, column);
    columns.push(column);
  }
  const made = [];
  for (const item of board.items) {
    const group = columnGroupOf(item, groups);
    let column = group ? byTitle.get(group.title.trim().toLowerCase()) : void 0;
    column ??= columns.find((c) => c.status === item.status);
    if (!column) {
      column = { title: STATUS_LABELS[item.status], status: item.status, items: [] };
      columns.push(column);
      made.push(column);
    }
    column.items.push(item);
  }
  const fixed = columns.filter((c) => !made.includes(c));
  for (const column of [...made].sort((a, b) => rank(a.status) - rank(b.status))) {
    const at = fixed.findIndex((c) => rank(c.status) > rank(column.status));
    fixed.splice(at === -1 ? fixed.length : at, 0, column);
  }
  return fixed;
}
function columnGroupOf(item, groups) {
  const seen = /* @__PURE__ */ new Set();
  for (let id = item.group; id !== void 0 && !seen.has(id); ) {
    seen.add(id);
    const group = groups.get(id);
    if (!group) return void 0;
    if (group.kind === "column") return group;
    id = group.parent;
  }
  return void 0;
}
function carriesNumber(title, number) {
  const escaped = number.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])v?${escaped}(?![\\p{L}\\p{N}])`, "iu").test(title);
}
function sectionOf(item, groups) {
  const titles = [];
  const seen = /* @__PURE__ */ new Set();
  for (let id = item.group; id !== void 0 && !seen.has(id); ) {
    seen.add(id);
    const group = groups.get(id);
    if (!group) break;
    if (group.kind !== "column") {
      const numbered = group.number !== void 0 && !carriesNumber(group.title, group.number);
      titles.unshift(numbered ? `${group.number} \u2014 ${group.title}` : group.title);
    }
    id = group.parent;
  }
  return titles.join(" \u203A ");
}

// generators/site/names.ts
function boardPages(boards) {
  const pages = /* @__PURE__ */ new Map();
  const taken = /* @__PURE__ */ new Set();
  for (const board of boards) {
    const base = slugify(board.id, "board");
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
    taken.add(name);
    pages.set(board, `boards/${name}.html`);
  }
  return pages;
}
function cardAnchors(board) {
  const anchors = /* @__PURE__ */ new Map();
  const taken = /* @__PURE__ */ new Set();
  for (const item of board.items) {
    const base = `card-${item.id.replace(/[^A-Za-z0-9._-]+/g, "-").slice(0, 80)}`;
    let anchor = base;
    for (let n = 2; taken.has(anchor); n++) anchor = `${base}-${n}`;
    taken.add(anchor);
    anchors.set(item, anchor);
  }
  return anchors;
}

// generators/site/links.ts
var SiteMap = class {
  constructor(boards, links) {
    this.links = links;
    this.pages = boardPages(boards);
    for (const board of boards) this.anchors.set(board, cardAnchors(board));
    const note = (item, ref, value) => {
      const refs = this.special.get(item) ?? /* @__PURE__ */ new Map();
      if (!refs.has(ref)) refs.set(ref, value);
      this.special.set(item, refs);
    };
    for (const g of links.groupRefs)
      note(g.item, g.ref, { id: g.ref, title: g.group.title, note: g.group.kind });
    for (const d of links.dangling) note(d.item, d.ref, { id: d.ref, note: "not found" });
    for (const a of links.ambiguous) note(a.item, a.ref, a.resolved);
  }
  links;
  pages;
  anchors = /* @__PURE__ */ new Map();
  /** What the linker made of each (item, reference) that did not become an item edge. */
  special = /* @__PURE__ */ new Map();
  /** The fragment id of `item`'s card on its board's page. */
  anchor(board, item) {
    return this.anchors.get(board)?.get(item) ?? "card";
  }
  /** The page of `board` relative to the site root, e.g. `boards/release.html`. */
  page(board) {
    return this.pages.get(board) ?? "index.html";
  }
  /** A link to `item`'s card as seen from a page of board `from` (every board page is in `boards/`). */
  linkTo(from, board, item) {
    const fragment = `#${this.anchor(board, item)}`;
    const href = board === from ? fragment : `${this.page(board).slice("boards/".length)}${fragment}`;
    return {
      id: item.id,
      title: item.title,
      href,
      ...board === from ? {} : { note: `on ${board.title || board.path}` }
    };
  }
  /**
   * Each dependency of `item` as written, resolved the way the linker resolved it: an item on
   * this board first, then a group of this board, then the one item with that id elsewhere.
   * References the linker could not resolve are kept with the note "not found".
   */
  dependsOn(board, item) {
    const { graph } = this.links;
    const from = itemKey(board, item);
    return item.dependsOn.map((ref) => {
      const special = this.special.get(item)?.get(ref);
      if (typeof special === "object") return special;
      const local = `${board.id}#${ref}`;
      const key = special ?? (graph.hasNode(local) ? local : graph.hasNode(from) ? graph.outNeighbors(from).find((k) => graph.getNodeAttributes(k).item.id === ref) : void 0);
      if (!key || !graph.hasNode(key)) return { id: ref, note: "not found" };
      const target = graph.getNodeAttributes(key);
      return this.linkTo(board, target.board, target.item);
    });
  }
  /** The cards that depend on `item` (the linker's reverse edges), in graph order. */
  neededBy(board, item) {
    const { graph } = this.links;
    const key = itemKey(board, item);
    if (!graph.hasNode(key) || graph.getNodeAttributes(key).item !== item) return [];
    return graph.inNeighbors(key).map((k) => {
      const source = graph.getNodeAttributes(k);
      return this.linkTo(board, source.board, source.item);
    });
  }
};

// generators/site/view.ts
var KIND_CLASSES = /* @__PURE__ */ new Set(["epic", "story", "task", "subtask", "bug", "feature", "chore"]);
var letters = (text) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
var lineText = (d) => d.column > 1 ? `line ${d.line}, column ${d.column}` : `line ${d.line}`;
function counts(list) {
  const c = { error: 0, warning: 0, info: 0 };
  for (const d of list) c[d.severity]++;
  return c;
}
function findingsByItem(board, diagnostics) {
  const owner = /* @__PURE__ */ new Map();
  const items = [...board.items].sort((a, b) => a.position.line - b.position.line);
  for (const d of diagnostics) {
    let found;
    for (const item of items) {
      if (item.position.line > d.line) break;
      if (d.line <= item.position.endLine) found = item;
    }
    if (found) owner.set(d, found);
  }
  return owner;
}
function diagnosticView(d, card) {
  return {
    severity: d.severity,
    rule: d.rule,
    message: d.message,
    where: lineText(d),
    ...card ? { card } : {},
    ...d.url && /^https:\/\//.test(d.url) ? { url: d.url } : {}
  };
}
function cardView(ctx, item, findings) {
  const { board, site, groups, byId, children } = ctx;
  const section = sectionOf(item, groups);
  const statusLabel = STATUS_LABELS[item.status];
  const fields = [
    {
      name: "Status",
      // The raw text only when it says more than the label ("⏳ Backlog" does not).
      value: item.rawStatus && letters(item.rawStatus) !== letters(statusLabel) ? `${statusLabel} (${item.rawStatus})` : statusLabel
    }
  ];
  const add = (name, value) => {
    if (value) fields.push({ name, value });
  };
  add("Kind", item.kind);
  add("Assignee", item.assignee);
  add("Priority", item.priority);
  add("Section", section);
  add("Branch", item.branch);
  add("Labels", item.labels.join(", "));
  for (const name of Object.keys(item.fields).sort()) add(name, item.fields[name]);
  add("Source", `${board.path}:${item.position.line}`);
  const parentItem = item.parent !== void 0 ? byId.get(item.parent) : void 0;
  const accDone = item.acceptance.filter((a) => a.done).length;
  const kind = item.kind?.toLowerCase();
  return {
    anchor: site.anchor(board, item),
    id: item.id,
    title: item.title,
    ...item.kind ? { kind: item.kind } : {},
    kindClass: kind && KIND_CLASSES.has(kind) ? `kind-${kind}` : "kind-other",
    status: item.status,
    statusLabel,
    ...item.assignee ? { assignee: item.assignee } : {},
    section,
    search: [
      item.id,
      item.title,
      item.kind,
      item.assignee,
      item.priority,
      statusLabel,
      section,
      ...item.labels
    ].filter(Boolean).join(" ").toLowerCase(),
    ...item.acceptance.length ? {
      acceptance: {
        done: accDone,
        total: item.acceptance.length,
        label: `Acceptance criteria: ${accDone} of ${item.acceptance.length} met`
      }
    } : {},
    findings: findings.length,
    details: {
      fields,
      ...item.description ? { description: item.description } : {},
      acceptance: item.acceptance.map((a) => ({ text: a.text, done: a.done })),
      ...parentItem && parentItem !== item ? { parent: site.linkTo(board, board, parentItem) } : item.parent ? { parent: { id: item.parent, note: "not found" } } : {},
      subtasks: (byId.get(item.id) === item ? children.get(item.id) ?? [] : []).filter((c) => c !== item).map((c) => site.linkTo(board, board, c)),
      dependsOn: site.dependsOn(board, item),
      neededBy: site.neededBy(board, item),
      files: item.files,
      diagnostics: findings
    }
  };
}
function boardView(board, workspace, site) {
  const byId = /* @__PURE__ */ new Map();
  const children = /* @__PURE__ */ new Map();
  for (const item of board.items) {
    if (!byId.has(item.id)) byId.set(item.id, item);
    if (item.parent === void 0) continue;
    const list = children.get(item.parent);
    if (list) list.push(item);
    else children.set(item.parent, [item]);
  }
  const ctx = {
    board,
    site,
    groups: new Map(board.groups.map((g) => [g.id, g])),
    byId,
    children
  };
  const own = workspace.diagnostics.filter((d) => d.path === board.path);
  const owners = findingsByItem(board, own);
  const diagnostics = [];
  const perItem = /* @__PURE__ */ new Map();
  for (const d of own) {
    const item = owners.get(d);
    const view = diagnosticView(d, item ? site.linkTo(board, board, item) : void 0);
    diagnostics.push(view);
    if (!item) continue;
    const list = perItem.get(item);
    if (list) list.push(view);
    else perItem.set(item, [view]);
  }
  const cards = /* @__PURE__ */ new Map();
  for (const item of board.items) cards.set(item, cardView(ctx, item, perItem.get(item) ?? []));
  const columns = boardColumns(board).map((column, i) => ({
    title: column.title,
    status: column.status ?? "none",
    anchor: `column-${i + 1}`,
    count: column.items.length,
    cards: column.items.map((item) => cards.get(item))
  }));
  const meta = [];
  for (const [name, value] of [
    ["Version", board.meta.version],
    ["Status", board.meta.status],
    ["Owner", board.meta.owner],
    ["Updated", board.meta.updated]
  ])
    if (value) meta.push({ name, value });
  return {
    title: board.title || board.path,
    path: board.path,
    dialect: board.dialect,
    meta,
    progress: progressOf(board.items),
    columns,
    cardCount: board.items.length,
    dependencies: board.items.filter((item) => item.dependsOn.length > 0).map((item) => ({
      card: site.linkTo(board, board, item),
      dependsOn: cards.get(item).details.dependsOn
    })),
    diagnostics,
    counts: counts(own)
  };
}
function indexView(workspace, site) {
  const paths = new Set(workspace.boards.map((b) => b.path));
  const loose = workspace.diagnostics.filter((d) => !paths.has(d.path));
  return {
    boards: workspace.boards.map((board) => ({
      title: board.title || board.path,
      path: board.path,
      dialect: board.dialect,
      href: site.page(board),
      progress: progressOf(board.items),
      counts: counts(workspace.diagnostics.filter((d) => d.path === board.path))
    })),
    total: progressOf(workspace.boards.flatMap((b) => b.items)),
    diagnostics: loose.map((d) => ({
      ...diagnosticView(d, void 0),
      where: `${d.path}, ${lineText(d)}`
    })),
    counts: counts(loose)
  };
}

// generators/site/index.ts
async function siteFiles(workspace, links) {
  const templates = siteTemplates();
  const site = new SiteMap(workspace.boards, links);
  const files = [
    { path: ".nojekyll", content: "" },
    { path: "assets/site.css", content: templates.assets.css },
    { path: "assets/site.js", content: templates.assets.js },
    {
      path: "index.html",
      content: templates.index({ root: "", page: "index", ...indexView(workspace, site) })
    }
  ];
  for (const board of workspace.boards) {
    const svg = await dependencyDiagram(board, links);
    const view = boardView(board, workspace, site);
    files.push({
      path: site.page(board),
      content: templates.board({
        root: "../",
        page: "board",
        ...view,
        diagram: svg === void 0 ? false : templates.trusted(svg)
      })
    });
  }
  return files.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

export {
  dependencySvg,
  inlineSvg,
  SiteTemplateError,
  boardColumns,
  siteFiles
};
