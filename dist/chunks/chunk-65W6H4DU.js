import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  ChangeCollector,
  ReleaseError,
  createAnnotatedTag,
  fileStatus,
  hasControlCharacter,
  isAncestor,
  parseChanges,
  parseHeader,
  readCommitDate,
  readCommits,
  readRemoteUrl,
  readRepoState,
  readTags,
  streamCommits,
  tagExists
} from "./chunk-IH4CVIRP.js";
import {
  require_semver
} from "./chunk-2IVUQWTP.js";
import {
  loadWorkspace
} from "./chunk-77ZPIAPV.js";
import {
  writeWorkspaceFile
} from "./chunk-23KL7PU6.js";
import {
  BoundaryError,
  readWorkspaceFile
} from "./chunk-URQ42WZF.js";
import {
  __toESM
} from "./chunk-VFBDS4U7.js";

// release/render.ts
var LAYOUTS = ["conventional", "keep-a-changelog", "git-cliff"];
var DEPRECATE = /* @__PURE__ */ new Set(["deprecate", "deprecated", "deprecation"]);
var ADDED = ["Added"];
var CHANGED = ["Changed"];
var DEPRECATED = ["Deprecated"];
var REMOVED = ["Removed"];
var FIXED = ["Fixed"];
var SECURITY = ["Security"];
var NONE = [];
var REVERTS = ["Reverts"];
var REMOVE = /* @__PURE__ */ new Set(["remove", "removed", "removal"]);
var GIT_CLIFF_GROUPS = [
  ["Features", "\u{1F680} Features"],
  ["Bug Fixes", "\u{1F41B} Bug Fixes"],
  ["Documentation", "\u{1F4DA} Documentation"],
  ["Performance", "\u26A1 Performance"],
  ["Refactor", "\u{1F69C} Refactor"],
  ["Styling", "\u{1F3A8} Styling"],
  ["Testing", "\u{1F9EA} Testing"],
  ["Miscellaneous Tasks", "\u2699\uFE0F Miscellaneous Tasks"],
  ["Security", "\u{1F6E1}\uFE0F Security"],
  ["Revert", "\u25C0\uFE0F Revert"],
  ["Other", "\u{1F4BC} Other"]
];
var CLIFF_GROUP = new Map(GIT_CLIFF_GROUPS.map(([name]) => [name, [name]]));
var GIT_CLIFF_ORDERS = {
  byName: [
    "Features",
    "Bug Fixes",
    "Other",
    "Refactor",
    "Documentation",
    "Performance",
    "Styling",
    "Testing",
    "Miscellaneous Tasks",
    "Security",
    "Revert"
  ],
  byParser: GIT_CLIFF_GROUPS.map(([name]) => name)
};
var cliff = (name) => CLIFF_GROUP.get(name);
function gitCliffGroup(c) {
  if (!c.type || !parseHeader(c.header)?.type) return NONE;
  const h = c.header;
  if (h.startsWith("feat")) return cliff("Features");
  if (h.startsWith("fix")) return cliff("Bug Fixes");
  if (h.startsWith("doc")) return cliff("Documentation");
  if (h.startsWith("perf")) return cliff("Performance");
  if (h.startsWith("refactor")) return cliff("Refactor");
  if (h.startsWith("style")) return cliff("Styling");
  if (h.startsWith("test")) return cliff("Testing");
  if (/^chore\((?:release\): prepare for|deps.*\)|pr\)|pull\))/.test(h)) return NONE;
  if (h.startsWith("chore") || h.startsWith("ci")) return cliff("Miscellaneous Tasks");
  if (c.body.includes("security")) return cliff("Security");
  if (h.startsWith("revert")) return cliff("Revert");
  return cliff("Other");
}
function upperFirst(text) {
  const first = text.codePointAt(0);
  if (first === void 0) return text;
  const char = String.fromCodePoint(first);
  return char.toUpperCase() + text.slice(char.length);
}
var SPECS = {
  conventional: {
    categories: ["Breaking Changes", "Features", "Bug Fixes", "Performance", "Reverts"],
    categorize(c) {
      if (c.type === "revert") return REVERTS;
      const out = [];
      if (c.breaking) out.push("Breaking Changes");
      if (c.type === "feat") out.push("Features");
      if (c.type === "fix") out.push("Bug Fixes");
      if (c.type === "perf") out.push("Performance");
      return out;
    },
    markBreaking: false,
    notesIn: (category) => category === "Breaking Changes"
  },
  // Keep a Changelog 1.1.0 "Types of changes". Each change goes under exactly one of them.
  "keep-a-changelog": {
    categories: ["Added", "Changed", "Deprecated", "Removed", "Fixed", "Security"],
    categorize(c) {
      if (c.revert) return c.revert.paired ? NONE : REMOVED;
      switch (c.type) {
        case "feat":
          return ADDED;
        case "fix":
          return c.scope?.length === 8 && c.scope.toLowerCase() === "security" ? SECURITY : FIXED;
        case "perf":
          return CHANGED;
        case "security":
          return SECURITY;
      }
      if (DEPRECATE.has(c.type)) return DEPRECATED;
      if (REMOVE.has(c.type)) return REMOVED;
      return c.breaking ? CHANGED : NONE;
    },
    markBreaking: true,
    notesIn: () => true
  },
  // git-cliff's default template: no links and no notes; scope and breaking marker before the
  // subject; each group oldest first.
  "git-cliff": {
    categories: GIT_CLIFF_ORDERS.byName,
    categorize: gitCliffGroup,
    markBreaking: false,
    notesIn: () => false,
    oldestFirst: true,
    entry(c) {
      const own = c.revert ? parseHeader(c.header) : void 0;
      const scope = own ? own.scope?.trim() : c.scope;
      const subject = own ? own.subject.trim() : c.subject;
      return `- ${scope ? `*(${scope})* ` : ""}${c.breaking ? "[**breaking**] " : ""}${upperFirst(subject)}
`;
    }
  }
};
function isListed(change, layout) {
  return SPECS[layout].categorize(change).length > 0;
}
function sectionHeading(input, layout) {
  if (layout === "git-cliff") {
    return input.version ? `## [${input.version}] - ${input.date}` : "## [unreleased]";
  }
  if (layout === "keep-a-changelog") {
    return input.version ? `## [${input.version}] - ${input.date}` : "## [Unreleased]";
  }
  if (!input.version) return "## Unreleased";
  const url = versionUrl(input);
  return url ? `## [${input.version}](${url}) (${input.date})` : `## ${input.version} (${input.date})`;
}
function versionUrl(input) {
  if (!input.links) return void 0;
  return input.previousTag ? input.links.compare(input.previousTag, input.tag) : input.links.tag(input.tag);
}
function sectionBody(input, layout) {
  let byLayout = bodies.get(input);
  if (!byLayout) bodies.set(input, byLayout = /* @__PURE__ */ new Map());
  let body = byLayout.get(layout);
  if (body === void 0) byLayout.set(layout, body = renderBody(input, layout));
  return body;
}
var bodies = /* @__PURE__ */ new WeakMap();
function renderBody(input, layout) {
  const spec = SPECS[layout];
  const byCategory = new Map(spec.categories.map((c) => [c, []]));
  for (const change of input.changes) {
    for (const category of spec.categorize(change)) byCategory.get(category).push(change);
  }
  const context = {
    links: input.links,
    commitBase: input.links?.commit(""),
    itemLinks: input.itemLinks
  };
  let body = "";
  const order = layout === "git-cliff" && input.groupOrder ? input.groupOrder : spec.categories;
  for (const category of order) {
    const list = byCategory.get(category);
    if (!list.length) continue;
    const heading = layout === "git-cliff" ? input.groupHeadings?.get(category) ?? GIT_CLIFF_GROUPS.find(([name]) => name === category)[1] : category;
    body += `${body ? "\n" : ""}### ${heading}

`;
    if (spec.oldestFirst) list.reverse();
    const ordered = spec.markBreaking && list.some((c) => c.breaking) ? breakingFirst(list) : list;
    const notes = spec.notesIn(category);
    for (const change of ordered)
      body += spec.entry ? spec.entry(change) : entry(change, context, spec.markBreaking, notes);
  }
  return body || (layout === "git-cliff" ? "" : "No notable changes.\n");
}
function renderSection(input, layout) {
  const body = sectionBody(input, layout);
  const heading = sectionHeading(input, layout);
  return body ? `${heading}

${body}` : `${heading}
`;
}
function renderReleaseNotes(input, layout) {
  const body = sectionBody(input, layout);
  if (!input.links || !input.previousTag) return body;
  const url = input.links.compare(input.previousTag, input.tag);
  return `${body}
**Changes since ${input.previousTag}:** [${input.previousTag}...${input.tag}](${url})
`;
}
function itemRef(id, context) {
  const target = context.itemLinks?.get(id);
  return target ? `[${id}](${target})` : id;
}
function breakingFirst(list) {
  return [...list.filter((c) => c.breaking), ...list.filter((c) => !c.breaking)];
}
function commitRef(change, context) {
  const short = change.hash.slice(0, 7);
  return context.commitBase === void 0 ? `(${short})` : `([${short}](${context.commitBase}${change.hash}))`;
}
function entry(change, context, markBreaking, notes) {
  const { links } = context;
  const breaking = markBreaking && change.breaking ? "**Breaking:** " : "";
  if (change.revert) {
    const quoted = `Revert "${change.subject}"`;
    return `- ${breaking}${quoted} ${commitRef(change, context)}
`;
  }
  const scope = change.scope ? `**${change.items.includes(change.scope) ? itemRef(change.scope, context) : change.scope}:** ` : "";
  const subject = links && change.subject.includes("#") ? change.subject.replace(
    /(^|[\s(])#(\d+)\b/g,
    (_, pre, n) => `${pre}[#${n}](${links.issue(n)})`
  ) : change.subject;
  const commit = commitRef(change, context);
  let refs = "";
  if (change.items.length) {
    const other = change.items.filter((id) => id !== change.scope);
    if (other.length) refs = `, refs ${other.map((id) => itemRef(id, context)).join(", ")}`;
  }
  let text = "";
  if (notes && change.breakingNotes.length) {
    for (const note of change.breakingNotes) {
      for (const line of note.split("\n")) if (line.trim()) text += `
  ${line.trim()}`;
    }
  }
  return `- ${breaking}${scope}${subject} ${commit}${refs}${text}
`;
}

// release/changelog.ts
var import_semver = __toESM(require_semver(), 1);
function changelogPreamble(layout) {
  if (layout === "git-cliff") return "";
  return layout === "keep-a-changelog" ? "# Changelog\n\nAll notable changes to this project are listed here, newest first. The format follows\n[Keep a Changelog 1.1.0](https://keepachangelog.com/en/1.1.0/), and versions follow\n[Semantic Versioning 2.0.0](https://semver.org/spec/v2.0.0.html).\n" : "# Changelog\n\nAll notable changes to this project are listed here, newest first, generated from\n[Conventional Commits](https://www.conventionalcommits.org/en/v1.0.0/) with\n[Semantic Versioning 2.0.0](https://semver.org/spec/v2.0.0.html).\n";
}
var utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function decodeChangelog(bytes, path) {
  let text;
  try {
    text = utf8.decode(bytes);
  } catch {
    const lossy = new TextDecoder("utf-8").decode(bytes);
    const line = lossy.slice(0, lossy.indexOf("\uFFFD")).split("\n").length;
    throw new ReleaseError(
      "changelog-invalid-utf8",
      `${path} is not valid UTF-8 (line ${line}); convert it to UTF-8 first. Nothing was written.`,
      path,
      line
    );
  }
  const lines = text.split("\n");
  const open = lines.findIndex((l) => /^<{7}(?: |\r?$)/.test(l));
  if (open >= 0 && lines.slice(open + 1).some((l) => /^>{7}(?: |\r?$)/.test(l))) {
    throw new ReleaseError(
      "changelog-conflict-markers",
      `${path} has unresolved merge conflict markers (<<<<<<< on line ${open + 1}): resolve the conflict and commit, then run again. Nothing was written.`,
      path,
      open + 1
    );
  }
  return text;
}
function detectLayout(text) {
  if (isGitCliff(text)) return "git-cliff";
  if (/keepachangelog\.com/i.test(text) || /^#{2} \[(?:unreleased|\d+\.\d+\.\d+[^\]]*)\](?: - \d{4}-\d{2}-\d{2})?\s*$/im.test(text))
    return "keep-a-changelog";
  if (/^#{2,3} (?:\[\d+\.\d+\.\d+[^\]]*\]\([^)]*\)|\d+\.\d+\.\d+\S*) \(\d{4}-\d{2}-\d{2}\)/m.test(
    text
  ))
    return "conventional";
  return void 0;
}
var GIT_CLIFF_MARKER = /<!-- (?:generated by git-cliff|git-cliff: end of header) -->/;
var RELEASE_HEADING = /^#{2} \[\d+\.\d+\.\d+[^\]\n]*\] - \d{4}-\d{2}-\d{2}[ \t]*$/m;
var CLIFF_GROUP_HEADING = /^#{3} (?:\S+ +)?(?:Features|Bug Fixes|Documentation|Performance|Refactor|Styling|Testing|Miscellaneous Tasks|Revert|Other)[ \t]*$/m;
var KEEP_A_CHANGELOG_SIGNS = /^#{3} (?:Added|Changed|Deprecated|Removed|Fixed)[ \t]*$|^#{2} \[Unreleased\]/m;
function isGitCliff(text) {
  if (GIT_CLIFF_MARKER.test(text) || /^#{2} \[unreleased\][ \t]*$/m.test(text)) return true;
  return RELEASE_HEADING.test(text) && CLIFF_GROUP_HEADING.test(text) && !/keepachangelog\.com/i.test(text) && !KEEP_A_CHANGELOG_SIGNS.test(text);
}
function gitCliffHeadings(text) {
  const out = /* @__PURE__ */ new Map();
  for (const m of text.matchAll(/^#{3} ([^\n]+)$/gm)) {
    const heading = m[1].trimEnd();
    const group = GIT_CLIFF_GROUPS.find(([n]) => heading === n || heading.endsWith(` ${n}`));
    if (group && !out.has(group[0])) out.set(group[0], heading);
  }
  return out;
}
function gitCliffOrder(text) {
  const headings = gitCliffHeadings(text);
  const names = new Map([...headings].map(([name, heading]) => [heading, name]));
  let section = [];
  const sections = [section];
  for (const m of text.matchAll(/^(#{2,3}) ([^\n]+)$/gm)) {
    if (m[1] === "##") sections.push(section = []);
    else {
      const name = names.get(m[2].trimEnd());
      if (name) section.push(name);
    }
  }
  for (const groups of sections) {
    const at = (name) => groups.indexOf(name);
    const other = at("Other");
    if (other >= 0 && groups.slice(other + 1).some((g) => g !== "Other")) {
      return GIT_CLIFF_ORDERS.byName;
    }
    const refactor = at("Refactor");
    if (refactor >= 0 && (at("Documentation") >= 0 || at("Performance") >= 0)) {
      const earlier = Math.min(...[at("Documentation"), at("Performance")].filter((i) => i >= 0));
      return earlier < refactor ? GIT_CLIFF_ORDERS.byParser : GIT_CLIFF_ORDERS.byName;
    }
    if (other > 0) return GIT_CLIFF_ORDERS.byParser;
  }
  return GIT_CLIFF_ORDERS.byName;
}
var VERSION_TEXT = /^\[?v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)\]?(?=$|[\s(\]])/;
var UNRELEASED_TEXT = /^\[?unreleased\]?(?=$|[\s(\]])/i;
var DEFINITION = /^ {0,3}\[([^\]]+)\]:\s*\S/;
function splitLines(text) {
  const lines = [];
  let start = 0;
  while (start < text.length) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    const next = nl < 0 ? text.length : nl + 1;
    lines.push({ start, next, text: text.slice(start, end).replace(/\r$/, "") });
    start = next;
  }
  return lines;
}
function headingsOf(lines) {
  const headings = [];
  let fence;
  lines.forEach((line, i) => {
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line.text);
    if (f) {
      const run = f[1];
      if (!fence) fence = { char: run[0], length: run.length };
      else if (run[0] === fence.char && run.length >= fence.length && !/[^`~\s]/.test(line.text.trim().slice(run.length)))
        fence = void 0;
      return;
    }
    if (fence) return;
    const h = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/.exec(line.text);
    if (!h) return;
    const level = h[1].length;
    const content = (h[2] ?? "").replace(/[ \t]+#+$/, "");
    const v = level <= 3 ? VERSION_TEXT.exec(content) : null;
    if (v) headings.push({ line: i, level, kind: "version", version: v[1] });
    else if (level <= 3 && UNRELEASED_TEXT.test(content))
      headings.push({ line: i, level, kind: "unreleased" });
    else headings.push({ line: i, level, kind: "other" });
  });
  return headings;
}
function definitionsStart(lines) {
  let start = lines.length;
  for (let i = lines.length - 1; i >= 0; i--) {
    const t = lines[i].text;
    if (!t.trim()) continue;
    if (DEFINITION.test(t) || t.startsWith("<!--") && t.trimEnd().endsWith("-->")) start = i;
    else break;
  }
  return start;
}
function blankBetweenReleases(lines, headings) {
  const release = headings.filter((h) => h.kind !== "other")[1];
  return release !== void 0 && !lines[release.line - 1].text.trim();
}
function updateChangelog(existing, input, layout) {
  const original = existing ?? changelogPreamble(layout);
  const eol = /\r\n/.test(original.slice(0, original.indexOf("\n") + 1)) ? "\r\n" : "\n";
  const lines = splitLines(original);
  const headings = headingsOf(lines);
  const defsAt = definitionsStart(lines);
  const rendered = renderSection(input, layout);
  const section = [rendered.endsWith("\n") ? rendered.slice(0, -1) : rendered];
  const notices = [];
  const edits = [];
  const kac = layout === "keep-a-changelog";
  const cliff2 = layout === "git-cliff";
  const gap = cliff2 ? blankBetweenReleases(lines, headings) : true;
  const sectionEnd = (h) => {
    for (const other of headings) {
      if (other.line <= h.line) continue;
      if (other.level <= h.level || other.kind !== "other") return Math.min(other.line, defsAt);
    }
    return Math.max(h.line + 1, defsAt);
  };
  const target = headings.find(
    (h) => input.version ? h.kind === "version" && h.version === input.version : h.kind === "unreleased"
  ) ?? (cliff2 && input.version ? headings.find((h) => h.kind === "unreleased") : void 0);
  const unreleased = headings.find((h) => h.kind === "unreleased");
  const firstVersion = headings.find((h) => h.kind === "version");
  let action;
  let sectionEdit;
  if (target) {
    const end = sectionEnd(target);
    const blankAfter = gap || end > target.line + 1 && !lines[end - 1].text.trim();
    const body = end < lines.length && blankAfter ? [...section, ""] : section;
    sectionEdit = { from: target.line, to: end, lines: body, spacing: "exact" };
    action = "replaced";
  } else {
    const older = input.version ? headings.find(
      (h) => h.kind === "version" && h.line >= (unreleased?.line ?? -1) && import_semver.default.valid(h.version) && import_semver.default.lt(h.version, input.version)
    ) : firstVersion;
    const at = older?.line ?? defsAt;
    sectionEdit = cliff2 ? {
      from: at,
      to: at,
      lines: at < lines.length && gap ? [...section, ""] : section,
      spacing: "exact"
    } : { from: at, to: at, lines: section, spacing: "block" };
    action = "inserted";
  }
  if (kac && input.version) {
    if (!unreleased) {
      const at = firstVersion?.line ?? sectionEdit.from;
      edits.push({ from: at, to: at, lines: ["## [Unreleased]"], spacing: "block" });
    } else {
      const end = sectionEnd(unreleased);
      const body = lines.slice(unreleased.line + 1, end).map((l) => l.text).join("\n").trim();
      if (body && body === sectionBody(input, layout).trim()) {
        edits.push({ from: unreleased.line + 1, to: end, lines: [""], spacing: "exact" });
      } else if (body) {
        notices.push(
          `The Unreleased section has entries of its own; they were kept. Move those that shipped in ${input.version} into its section by hand.`
        );
      }
    }
  }
  edits.push(sectionEdit);
  if (kac && input.links) edits.push(...definitionEdits(lines, defsAt, input));
  const text = applyEdits(original, lines, edits, eol);
  const changed = existing === void 0 || text !== original;
  return { text, changed, action: changed ? action : "unchanged", notices };
}
function definitionEdits(lines, defsAt, input) {
  const links = input.links;
  const wanted = [];
  if (input.version) {
    wanted.push({ label: "unreleased", url: links.compare(input.tag, "HEAD") });
    wanted.push({ label: input.version, url: versionUrl(input) });
  } else if (input.previousTag) {
    wanted.push({ label: "unreleased", url: links.compare(input.previousTag, "HEAD") });
  }
  const existing = /* @__PURE__ */ new Map();
  for (let i = defsAt; i < lines.length; i++) {
    const m = DEFINITION.exec(lines[i].text);
    if (m) existing.set(m[1].toLowerCase(), i);
  }
  const edits = [];
  const hasBlock = existing.size > 0;
  const fresh = [];
  for (const { label, url } of wanted) {
    const at = existing.get(label.toLowerCase());
    if (at !== void 0) {
      const written = DEFINITION.exec(lines[at].text)[1];
      edits.push({ from: at, to: at + 1, lines: [`[${written}]: ${url}`], spacing: "exact" });
      continue;
    }
    if (!hasBlock) {
      fresh.push(`[${label}]: ${url}`);
      continue;
    }
    let before = lines.length;
    if (label === "unreleased") before = defsAt;
    else {
      for (const [other, i] of existing) {
        if (import_semver.default.valid(other) && import_semver.default.lt(other, label) && i < before) before = i;
      }
      if (before === lines.length) {
        before = Math.max(...existing.values()) + 1;
      }
    }
    edits.push({ from: before, to: before, lines: [`[${label}]: ${url}`], spacing: "tight" });
  }
  if (fresh.length)
    edits.push({ from: lines.length, to: lines.length, lines: fresh, spacing: "block" });
  return edits;
}
function applyEdits(original, lines, edits, eol) {
  const offset = (i) => i < lines.length ? lines[i].start : original.length;
  const groups = /* @__PURE__ */ new Map();
  for (const e of edits) {
    const key = `${e.from}:${e.to}`;
    groups.set(key, [...groups.get(key) ?? [], e]);
  }
  const ordered = [...groups.values()].sort(
    (a, b) => b[0].from - a[0].from || b[0].to - a[0].to
  );
  let text = original;
  for (const group of ordered) {
    const { from, to } = group[0];
    let insert = "";
    group.forEach((e, k) => {
      if (k > 0 && (e.spacing === "block" || group[k - 1].spacing === "block")) insert += eol;
      for (const l of e.lines) insert += (eol === "\n" ? l : l.replace(/\n/g, eol)) + eol;
    });
    const first = group[0];
    const last = group[group.length - 1];
    if (from === to) {
      if (first.spacing === "block" && from > 0) {
        const endsWithBreak = from < lines.length || /\n$/.test(original);
        if (!endsWithBreak) insert = eol + eol + insert;
        else if (lines[from - 1].text.trim()) insert = eol + insert;
      } else if (from === lines.length && from > 0 && !/\n$/.test(original)) {
        insert = eol + insert;
      }
      if (last.spacing === "block" && from < lines.length) insert += eol;
    } else if (to === lines.length && !/\n$/.test(original) && last.spacing === "exact") {
      insert = insert.slice(0, -eol.length);
    }
    text = text.slice(0, offset(from)) + insert + text.slice(offset(to));
  }
  return text;
}

// release/history.ts
var import_semver3 = __toESM(require_semver(), 1);

// release/tags.ts
var import_semver2 = __toESM(require_semver(), 1);
var DEFAULT_TAG_PATTERN = "v{version}";
function parseTagPattern(pattern = DEFAULT_TAG_PATTERN) {
  const source = pattern.includes("{version}") ? pattern : `${pattern}{version}`;
  const parts = source.split("{version}");
  if (parts.length !== 2) {
    throw new ReleaseError("bad-option", `Tag pattern "${pattern}" must contain {version} once.`);
  }
  if (source.startsWith("-")) {
    throw new ReleaseError(
      "bad-option",
      `Tag pattern "${pattern}" gives tag names starting with "-", which git would read as options.`
    );
  }
  const fixed = source.replace("{version}", "");
  if (/[\s~^:?*[\\]/.test(fixed) || hasControlCharacter(fixed)) {
    throw new ReleaseError(
      "bad-option",
      `Tag pattern "${pattern}" has characters git does not allow in tag names.`
    );
  }
  return { prefix: parts[0], suffix: parts[1], source };
}
function tagName(pattern, version) {
  return `${pattern.prefix}${version}${pattern.suffix}`;
}
function classifyTags(refs, pattern) {
  const releases = [];
  const malformed = [];
  const other = [];
  for (const ref of refs) {
    const { name } = ref;
    if (!name.startsWith(pattern.prefix) || !name.endsWith(pattern.suffix) || name.length < pattern.prefix.length + pattern.suffix.length + 1) {
      other.push(ref);
      continue;
    }
    const version = name.slice(pattern.prefix.length, name.length - pattern.suffix.length);
    if (import_semver2.default.valid(version) === version) {
      releases.push({
        name,
        version,
        commit: ref.commit,
        prerelease: import_semver2.default.prerelease(version) !== null
      });
    } else if (/^v?\d/.test(version) && !(pattern.prefix === "" && version.startsWith("v"))) {
      malformed.push(ref);
    } else {
      other.push(ref);
    }
  }
  releases.sort((a, b) => import_semver2.default.rcompare(a.version, b.version) || a.name.localeCompare(b.name));
  return { releases, malformed, other };
}

// release/history.ts
async function readReleaseHistory(cwd, options) {
  const [stateRun, everyRun, remoteRun] = await Promise.allSettled([
    readRepoState(cwd),
    readTags(cwd, null),
    options.repoUrl ? Promise.resolve(options.repoUrl) : readRemoteUrl(cwd, options.remote)
  ]);
  const state = settled(stateRun);
  const remoteUrl = settled(remoteRun);
  const every = settled(everyRun);
  const all = classifyTags(every, options.pattern);
  const base = {
    root: state.root,
    head: state.head,
    prereleases: all.releases.filter((t) => t.prerelease).map((t) => t.version),
    ...remoteUrl ? { remoteUrl } : {}
  };
  const guess = all.releases.find((t) => !t.prerelease);
  const paths = options.paths?.length ? options.paths : void 0;
  if (guess && !paths) {
    const tagsAt = /* @__PURE__ */ new Map();
    for (const ref of every) tagsAt.set(ref.commit, [...tagsAt.get(ref.commit) ?? [], ref]);
    const newer = [];
    let proven = guess.commit === state.head;
    const read2 = await readRange(cwd, guess, void 0, state.head, (c) => {
      if (!proven && c.parents.includes(guess.commit)) proven = true;
      const at = tagsAt.get(c.hash);
      if (at) newer.push(...at);
    });
    if (proven) {
      const inRange = classifyTags(newer, options.pattern);
      const malformed = inRange.malformed[0];
      if (malformed) throw nonSemverTag(malformed, guess, options.pattern.source);
      const top = inRange.releases[0];
      const latest2 = top && import_semver3.default.gt(top.version, guess.version) ? top : guess;
      return { ...base, stable: guess, latest: latest2, ...read2 };
    }
  }
  const reachable = await readTags(cwd);
  const tags = classifyTags(reachable, options.pattern);
  const stable = tags.releases.find((t) => !t.prerelease);
  const latest = tags.releases[0];
  for (const tag of tags.malformed) {
    if (latest && await isAncestor(cwd, tag.commit, latest.commit)) continue;
    throw nonSemverTag(tag, latest, options.pattern.source);
  }
  if (!latest && !options.allowNoTag) {
    throw noReleaseTag(
      options.pattern.source,
      reachable.map((r) => r.name)
    );
  }
  const read = await readRange(cwd, stable, paths, state.head);
  return {
    ...base,
    ...stable ? { stable } : {},
    ...latest ? { latest } : {},
    ...read
  };
}
async function readRange(cwd, from, paths, head, onEvery) {
  const collector = new ChangeCollector();
  let commits = 0;
  let headDate;
  await streamCommits(
    cwd,
    { ...from ? { from: from.name } : {}, ...paths ? { paths } : {}, merges: true },
    (c) => {
      onEvery?.(c);
      if (c.hash === head) headDate = c.date;
      if (c.parents.length < 2) commits++;
      collector.add(c);
    }
  );
  return { commits, parsed: collector.result(), ...headDate ? { headDate } : {} };
}
function nonSemverTag(tag, latest, pattern) {
  return new ReleaseError(
    "non-semver-tag",
    `Tag "${tag.name}" (${tag.commit.slice(0, 7)}) looks like a release tag of "${pattern}" but is not a semantic version (MAJOR.MINOR.PATCH, e.g. 1.2.0)${latest ? `, and it is newer than the last release ${latest.name}` : ""}. Re-tag it with a full version (git tag -a <fixed-name> ${tag.name}^{} and git tag -d ${tag.name}), or choose a tag pattern that does not match it.`
  );
}
function noReleaseTag(pattern, names) {
  const seen = names.length ? ` Tags reachable from HEAD: ${names.slice(0, 5).join(", ")}${names.length > 5 ? `, \u2026 (${names.length})` : ""}.` : " No tag is reachable from HEAD.";
  return new ReleaseError(
    "no-release-tag",
    `No release tag matching "${pattern}" is reachable from HEAD, so the last release is unknown.${seen} Tag the last release (git tag -a v1.0.0 <commit>), fetch tags (git fetch --tags), set the tag pattern, or pass --first-release to treat the whole history as the first release.`
  );
}
function settled(result) {
  if (result.status === "rejected") throw result.reason;
  return result.value;
}

// release/remote.ts
function repoLinks(remoteUrl) {
  if (!remoteUrl) return void 0;
  const url = remoteUrl.trim();
  let host;
  let path;
  const scp = /^(?:[^@/\s]+@)?([^:/\s]+):(?!\/)(.+)$/.exec(url);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    let parsed;
    try {
      parsed = new URL(url);
    } catch {
      return void 0;
    }
    if (!["http:", "https:", "ssh:", "git:", "git+ssh:", "ssh+git:"].includes(parsed.protocol))
      return void 0;
    host = parsed.hostname;
    path = parsed.pathname;
  } else if (scp && !/^[a-z]:[\\/]/i.test(url)) {
    host = scp[1];
    path = scp[2];
  } else {
    return void 0;
  }
  path = path.replace(/^\/+|\/+$/g, "").replace(/\.git$/, "");
  if (!host || path.split("/").length < 2) return void 0;
  const base = `https://${host}/${path}`;
  const enc = (ref) => ref.split("/").map(encodeURIComponent).join("/");
  if (/gitlab/i.test(host)) {
    return {
      base,
      commit: (h) => `${base}/-/commit/${h}`,
      compare: (a, b) => `${base}/-/compare/${enc(a)}...${enc(b)}`,
      tag: (t) => `${base}/-/tags/${enc(t)}`,
      issue: (n) => `${base}/-/issues/${n}`
    };
  }
  return {
    base,
    commit: (h) => `${base}/commit/${h}`,
    compare: (a, b) => `${base}/compare/${enc(a)}...${enc(b)}`,
    tag: (t) => `${base}/releases/tag/${enc(t)}`,
    issue: (n) => `${base}/issues/${n}`
  };
}

// release/version.ts
var import_semver4 = __toESM(require_semver(), 1);
function bumpOf(change) {
  if (change.revert?.paired) return "none";
  if (change.breaking) return "major";
  if (change.revert) return "patch";
  if (change.type === "feat") return "minor";
  if (change.type === "fix" || change.type === "perf") return "patch";
  return "none";
}
function nextVersion(input) {
  const { previous, changes, prereleases = [], options = {} } = input;
  const n = { major: 0, minor: 0, patch: 0, none: 0 };
  for (const c of changes) n[bumpOf(c)]++;
  const level = n.major ? "major" : n.minor ? "minor" : n.patch ? "patch" : "none";
  const reasons = [];
  const id = options.prerelease;
  if (id !== void 0 && !/^[0-9A-Za-z-]+$/.test(id)) {
    throw new ReleaseError(
      "bad-option",
      `Prerelease identifier "${id}" must be letters, digits and hyphens (e.g. rc, beta).`
    );
  }
  if (options.releaseAs !== void 0) {
    const forced = options.releaseAs.replace(/^v(?=\d)/, "");
    if (import_semver4.default.valid(forced) !== forced) {
      throw new ReleaseError(
        "bad-option",
        `--release-as "${options.releaseAs}" is not a semantic version (MAJOR.MINOR.PATCH, e.g. 2.0.0).`
      );
    }
    if (previous && !import_semver4.default.gt(forced, previous)) {
      throw new ReleaseError(
        "bad-option",
        `--release-as ${forced} is not above the last release ${previous}.`
      );
    }
    reasons.push(`Version ${forced} was given with --release-as.`);
    return { version: forced, bump: diffBump(previous, forced), level, release: true, reasons };
  }
  if (!previous) {
    const line2 = id ? highestPrerelease(prereleases, id, "0.0.0") : void 0;
    const version2 = line2 && id ? import_semver4.default.inc(line2, "prerelease", id) : id ? `1.0.0-${id}.0` : "1.0.0";
    reasons.push(
      line2 ? `No stable release yet; prerelease ${line2} exists, so the next is ${version2}.` : `First release: no earlier release tag, so ${version2}.`
    );
    return { version: version2, bump: "major", level, release: true, reasons };
  }
  if (level === "none") {
    reasons.push(`No feat, fix, perf or breaking change since ${previous}: nothing to release.`);
    return { version: previous, bump: "none", level, release: false, reasons };
  }
  let bump = level;
  if (level === "major" && import_semver4.default.major(previous) === 0 && options.bumpMinorPreMajor) {
    bump = "minor";
    reasons.push("A breaking change bumps the minor version while the major version is 0.");
  }
  const target = import_semver4.default.inc(previous, bump);
  const reverts = changes.filter((c) => c.revert && bumpOf(c) === "patch").length;
  const counts = describeCounts(n, reverts);
  reasons.push(`${capital(bump)} bump from ${previous}: ${counts}.`);
  if (!id) return { version: target, bump, level, release: true, reasons };
  const line = highestPrerelease(prereleases, id, target);
  const version = line ? import_semver4.default.inc(line, "prerelease", id) : `${target}-${id}.0`;
  reasons.push(
    line ? `Prerelease ${line} exists, so the next is ${version}.` : `First ${id} of ${target}.`
  );
  return { version, bump, level, release: true, reasons };
}
function highestPrerelease(prereleases, id, atLeast) {
  return prereleases.filter((v) => import_semver4.default.prerelease(v)?.[0] === id && import_semver4.default.gte(coreOf(v), atLeast)).sort(import_semver4.default.rcompare)[0];
}
function coreOf(version) {
  const v = import_semver4.default.parse(version);
  return `${v.major}.${v.minor}.${v.patch}`;
}
function diffBump(previous, next) {
  if (!previous) return "major";
  const d = import_semver4.default.diff(previous, next);
  if (d === "major" || d === "premajor") return "major";
  if (d === "minor" || d === "preminor") return "minor";
  return "patch";
}
function describeCounts(n, reverts) {
  const parts = [];
  if (n.major) parts.push(`${n.major} breaking change(s)`);
  if (n.minor) parts.push(`${n.minor} feature(s)`);
  const fixes = n.patch - reverts;
  if (fixes) parts.push(`${fixes} fix(es)/performance change(s)`);
  if (reverts) parts.push(`${reverts} revert(s) of earlier changes`);
  return parts.join(", ");
}
function capital(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// release/release.ts
import { existsSync } from "node:fs";
import { dirname, relative, resolve, sep } from "node:path";
async function planRelease(options) {
  const cwd = resolve(options.cwd);
  const pattern = parseTagPattern(options.tagPattern);
  if (options.date !== void 0 && !isCalendarDate(options.date)) {
    throw new ReleaseError(
      "bad-option",
      `--date "${options.date}" is not a date in YYYY-MM-DD form.`
    );
  }
  const paths = options.paths?.length ? options.paths : void 0;
  const history = await readReleaseHistory(cwd, {
    pattern,
    ...paths ? { paths } : {},
    allowNoTag: Boolean(options.firstRelease) || options.releaseAs !== void 0,
    ...options.remote ? { remote: options.remote } : {},
    ...options.repoUrl ? { repoUrl: options.repoUrl } : {}
  });
  const date = options.date ?? history.headDate ?? await readCommitDate(cwd);
  const { stable, latest, remoteUrl } = history;
  const all = history.parsed;
  const plan = nextVersion({
    ...stable ? { previous: stable.version } : {},
    changes: all.changes,
    prereleases: history.prereleases,
    options
  });
  let previous = stable;
  let section = all;
  if (options.prerelease !== void 0 && latest && latest !== stable) {
    previous = latest;
    section = parseChanges(
      await readCommits(cwd, { from: latest.name, ...paths ? { paths } : {}, merges: true })
    );
  }
  const file = resolve(cwd, options.file ?? "CHANGELOG.md");
  const existingText = options.changelog ? readChangelog(file, cwd) : void 0;
  const layoutText = existingText ?? peekChangelog(file, cwd);
  const layout = resolveLayout(options.layout, layoutText);
  const links = repoLinks(remoteUrl);
  const diagnostics = [];
  const items = [...new Set(section.changes.flatMap((c) => c.items))].sort();
  const itemLinks = options.linkItems ? linkItems(cwd, file, items, section.changes, diagnostics) : void 0;
  const tag = tagName(pattern, plan.version);
  const input = {
    ...options.unreleased ? {} : { version: plan.version },
    date: date.slice(0, 10),
    tag: options.unreleased ? "HEAD" : tag,
    ...previous ? { previousTag: previous.name } : {},
    changes: section.changes.filter((c) => isListed(c, layout)),
    ...links ? { links } : {},
    ...itemLinks ? { itemLinks } : {},
    ...layout === "git-cliff" && layoutText ? { groupHeadings: gitCliffHeadings(layoutText), groupOrder: gitCliffOrder(layoutText) } : {}
  };
  const result = {
    root: history.root,
    head: history.head,
    ...previous ? { previous } : {},
    ...stable ? { previousStable: stable } : {},
    version: plan.version,
    tag,
    bump: plan.bump,
    level: plan.level,
    release: plan.release,
    reasons: plan.reasons,
    date: input.date,
    layout,
    commits: history.commits,
    allChanges: all.changes,
    changes: [...input.changes],
    nonConventional: section.nonConventional.length,
    // Nothing to release: no section to show (an Unreleased section is still rendered).
    section: plan.release || options.unreleased ? renderSection(input, layout) : "",
    releaseNotes: plan.release || options.unreleased ? renderReleaseNotes(input, layout) : "",
    items,
    ...links ? { links } : {},
    file,
    diagnostics,
    input
  };
  if (options.changelog && (plan.release || options.unreleased)) {
    result.update = updateChangelog(existingText, input, layout);
    for (const notice of result.update.notices) {
      diagnostics.push({
        rule: "changelog-unreleased-kept",
        severity: "info",
        message: notice,
        path: relativePath(cwd, file),
        line: 1,
        column: 1
      });
    }
  }
  return result;
}
function writeChangelog(plan, cwd) {
  if (!plan.update?.changed) return false;
  try {
    writeWorkspaceFile(resolve(cwd), plan.file, plan.update.text);
  } catch (e) {
    if (e instanceof BoundaryError)
      throw new ReleaseError("bad-option", `${e.message} Nothing was written.`);
    throw e;
  }
  return true;
}
async function tagRelease(plan, cwd) {
  if (existsSync(plan.file)) {
    const status = await fileStatus(resolve(cwd), plan.file);
    if (status) {
      throw new ReleaseError(
        "changelog-uncommitted",
        `${relativePath(cwd, plan.file)} has uncommitted changes, which the tag ${plan.tag} would not contain. Commit it, then run again with --tag. Nothing was tagged.`,
        relativePath(cwd, plan.file)
      );
    }
  }
  if (await tagExists(resolve(cwd), plan.tag)) {
    throw new ReleaseError("tag-exists", `Tag ${plan.tag} already exists; nothing was tagged.`);
  }
  await createAnnotatedTag(resolve(cwd), plan.tag, `${plan.tag}

${plan.releaseNotes}`);
}
function readChangelog(file, cwd) {
  let bytes;
  try {
    bytes = readWorkspaceFile(resolve(cwd), file);
  } catch (e) {
    if (e.code === "ENOENT") return void 0;
    throw new ReleaseError(
      "bad-option",
      e instanceof BoundaryError ? `${e.message} Nothing was read or written.` : `Cannot read ${relativePath(cwd, file)}: ${e.message}`
    );
  }
  return decodeChangelog(bytes, relativePath(cwd, file));
}
function peekChangelog(file, cwd) {
  try {
    return readWorkspaceFile(resolve(cwd), file).toString("utf8");
  } catch {
    return void 0;
  }
}
function resolveLayout(layout, text) {
  if (layout && layout !== "auto") return layout;
  return text && detectLayout(text) || "keep-a-changelog";
}
function linkItems(cwd, file, items, changes, diagnostics) {
  const links = /* @__PURE__ */ new Map();
  if (!items.length) return links;
  const { workspace } = loadWorkspace({ root: cwd });
  const where = /* @__PURE__ */ new Map();
  const boards = [...workspace.boards].sort((a, b) => a.path.localeCompare(b.path));
  for (const board of boards) {
    for (const item of board.items) {
      if (!item.generatedId && !where.has(item.id))
        where.set(item.id, { path: board.path, line: item.position.line });
    }
  }
  for (const id of items) {
    const found = where.get(id);
    if (found) {
      links.set(id, relative(dirname(file), resolve(cwd, found.path)).split(sep).join("/"));
      continue;
    }
    const change = changes.find((c) => c.items.includes(id));
    diagnostics.push({
      rule: "unknown-item",
      severity: "warning",
      message: `Commit ${change.hash.slice(0, 7)} ("${change.header}") names item ${id}, which no board in the workspace has.`,
      path: "",
      line: 0,
      column: 0
    });
  }
  return links;
}
function isCalendarDate(date) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const d = /* @__PURE__ */ new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === date;
}
function relativePath(cwd, file) {
  return relative(resolve(cwd), file).split(sep).join("/") || file;
}

export {
  LAYOUTS,
  renderSection,
  renderReleaseNotes,
  decodeChangelog,
  detectLayout,
  updateChangelog,
  readReleaseHistory,
  repoLinks,
  bumpOf,
  nextVersion,
  planRelease,
  writeChangelog,
  tagRelease
};
