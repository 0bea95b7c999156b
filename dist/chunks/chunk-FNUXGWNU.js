import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  EditError,
  applyEdit,
  contentHash,
  planEdit
} from "./chunk-767IUN4B.js";
import {
  labelsManifest
} from "./chunk-UFOGG23W.js";
import {
  statusOf
} from "./chunk-TN6JGRPT.js";

// sync/format.ts
function summarizePlan(plan) {
  const n = (kind) => plan.steps.filter((s) => s.kind === kind).length;
  return {
    create: n("create"),
    update: n("update"),
    close: n("close"),
    reopen: n("reopen"),
    noop: n("noop"),
    labels: plan.labels.length,
    milestones: plan.milestones.length + plan.milestoneUpdates.length,
    deferred: plan.deferred
  };
}
function planChanges(plan) {
  const s = summarizePlan(plan);
  return s.create + s.update + s.close + s.reopen + s.labels + s.milestones > 0;
}
var MAX_SHOWN = 60;
function q(text) {
  const clipped = [...text].length > 90 ? `${[...text].slice(0, 89).join("")}\u2026` : text;
  return JSON.stringify(clipped);
}
function stepLine(step) {
  const id = step.ref.id.replace(/[^\x20-\x7e\u00a0-\uffff]/gu, "?");
  switch (step.kind) {
    case "create":
      return `  + create  ${id}  ${q(step.issue.title)}${step.issue.state === "closed" ? " (then closed)" : ""}`;
    case "noop":
      return `  = same    #${step.number} ${id}`;
    default: {
      const sign = step.kind === "close" ? "-" : step.kind === "reopen" ? "^" : "~";
      const why = step.comment ? " (no longer on its board)" : "";
      const fields = step.changes.map((c) => c.field === "body" ? "body" : `${c.field}: ${q(c.from)} \u2192 ${q(c.to)}`).join("; ");
      return `  ${sign} ${step.kind.padEnd(7)} #${step.number} ${id}${why}  ${fields}`;
    }
  }
}
function planText(plan, result) {
  const s = summarizePlan(plan);
  const repo = `${plan.repo.owner}/${plan.repo.name}`;
  const lines = [
    `${result ? "Applied to" : "Plan for"} ${repo}: ${s.create} to create, ${s.update} to update, ${s.close} to close, ${s.reopen} to reopen, ${s.noop} unchanged.`
  ];
  if (plan.labels.length)
    lines.push(`Labels to create: ${plan.labels.map((l) => q(l.name)).join(", ")}`);
  if (plan.milestones.length)
    lines.push(`Milestones to create: ${plan.milestones.map((m) => q(m.title)).join(", ")}`);
  for (const u of plan.milestoneUpdates)
    lines.push(
      `Milestone ${q(u.title)}: ${Object.entries(u.patch).map(([k, v]) => `${k} \u2192 ${String(v)}`).join(", ")}`
    );
  const changing = plan.steps.filter((st) => st.kind !== "noop");
  for (const step of changing.slice(0, MAX_SHOWN)) lines.push(stepLine(step));
  if (changing.length > MAX_SHOWN)
    lines.push(`  \u2026 and ${changing.length - MAX_SHOWN} more (see --json).`);
  if (plan.deferred) lines.push(`${plan.deferred} more issue(s) wait for the next run (--limit).`);
  for (const d of plan.duplicates)
    lines.push(
      `Duplicate: issues ${d.numbers.map((n) => `#${n}`).join(", ")} all carry ${d.ref.id}; #${d.numbers[0]} is kept, close the others by hand.`
    );
  for (const w of plan.warnings) lines.push(`warning: ${w}`);
  if (result) lines.push(`${result.writes} write request(s) sent.`);
  else if (planChanges(plan)) lines.push("Run with --apply to carry out this plan.");
  else lines.push("GitHub is in step with the boards.");
  return `${lines.join("\n")}
`;
}
function planJson(plan, result) {
  return {
    schemaVersion: 1,
    repo: `${plan.repo.owner}/${plan.repo.name}`,
    summary: summarizePlan(plan),
    labels: plan.labels,
    milestones: plan.milestones,
    milestoneUpdates: plan.milestoneUpdates,
    steps: plan.steps.map(
      (step) => step.kind === "create" ? {
        kind: step.kind,
        board: step.ref.board,
        id: step.ref.id,
        title: step.issue.title,
        labels: step.issue.labels,
        milestone: step.issue.milestone ?? null,
        assignees: step.issue.assignees,
        state: step.issue.state
      } : step.kind === "noop" ? { kind: step.kind, board: step.ref.board, id: step.ref.id, number: step.number } : {
        kind: step.kind,
        board: step.ref.board,
        id: step.ref.id,
        number: step.number,
        changes: step.changes.map((c) => ({ field: c.field, from: c.from, to: c.to }))
      }
    ),
    duplicates: plan.duplicates,
    deferred: plan.deferred,
    warnings: plan.warnings,
    ...result ? { applied: result } : {}
  };
}
function printable(text) {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, "?");
}
var ACTION_WORD = { done: "done     ", cancelled: "cancelled", reopen: "reopen   " };
function pullText(plan, written, diff) {
  const lines = [
    `${plan.changes.length} item(s) take their issue's state from GitHub${plan.adds.length ? `, ${plan.adds.length} new issue(s) become items` : ""}${plan.skipped.length ? `, ${plan.skipped.length} left alone` : ""}.`
  ];
  for (const c of plan.changes.slice(0, MAX_SHOWN))
    lines.push(
      `  ${ACTION_WORD[c.action]} #${c.number} ${printable(c.ref.id)}  ${q(c.path)}:${c.line}  ${q(c.title)}${c.unrecorded ? " (no earlier state recorded: GitHub taken as is)" : ""}`
    );
  if (plan.changes.length > MAX_SHOWN)
    lines.push(`  \u2026 and ${plan.changes.length - MAX_SHOWN} more (see --json).`);
  for (const a of plan.adds.slice(0, MAX_SHOWN))
    lines.push(
      `  ${a.existing ? "adopt    " : "add      "} #${a.number} ${printable(a.ref.id)}  ${q(a.path)}  ${q(a.title)}`
    );
  for (const s of plan.skipped.slice(0, MAX_SHOWN))
    lines.push(`  left     #${s.number} ${printable(s.ref.id)}: ${printable(s.why)}`);
  if (written.length) lines.push(`Written: ${written.map(q).join(", ")}`);
  else if (plan.changes.length || plan.adds.length) {
    lines.push("Run with --apply to make these edits:", "");
    return `${lines.join("\n")}
${printable(diff)}`;
  } else lines.push("The boards are in step with GitHub.");
  return `${lines.join("\n")}
`;
}
function pullJson(plan, written, diff) {
  return {
    schemaVersion: 1,
    changes: plan.changes,
    adds: plan.adds.map((a) => ({
      number: a.number,
      title: a.title,
      path: a.path,
      ref: a.ref,
      existing: a.existing
    })),
    skipped: plan.skipped,
    written,
    ...diff !== void 0 ? { diff } : {}
  };
}

// sync/marker.ts
function itemMarker(ref) {
  const key = ref.key ? ` key=${encodeURIComponent(ref.key)}` : "";
  const state = ref.state ? ` state=${ref.state}` : "";
  return `<!-- boardwright:item board=${encodeURIComponent(ref.board)} id=${encodeURIComponent(ref.id)}${key}${state} -->`;
}
var MARKER = /<!-- boardwright:item board=(\S{1,300}) id=(\S{1,300})(?: key=(\S{1,300}))?(?: state=(open|closed))? -->/;
function parseMarker(body) {
  if (!body) return void 0;
  const at = body.lastIndexOf("<!-- boardwright:item ");
  if (at < 0) return void 0;
  const m = MARKER.exec(body.slice(at, at + 1e3));
  if (!m) return void 0;
  try {
    const ref = { board: decodeURIComponent(m[1]), id: decodeURIComponent(m[2]) };
    if (m[3]) ref.key = decodeURIComponent(m[3]);
    if (m[4] === "open" || m[4] === "closed") ref.state = m[4];
    return ref;
  } catch {
    return void 0;
  }
}
function refId(ref) {
  return `${ref.board}\0${ref.id}`;
}
function refKey(ref) {
  return ref.key ? `${ref.board}\0${ref.key}` : void 0;
}
function withMarkerState(body, state, ref) {
  const at = body.lastIndexOf("<!-- boardwright:item ");
  const found = at < 0 ? void 0 : parseMarker(body);
  if (!found) return ref ? `${body.trimEnd()}

${itemMarker({ ...ref, state })}` : body;
  const end = body.indexOf("-->", at);
  return `${body.slice(0, at)}${itemMarker({ ...found, state })}${body.slice(end + 3)}`;
}

// sync/body.ts
var SOURCE_PREFIX = "<sub>Source: ";
function renderBody(issue, numbers, state = issue.state) {
  const { body } = issue;
  const out = [];
  if (body.description) out.push(body.description, "");
  const rows = [...body.rows];
  if (body.dependsOn.length) {
    const deps = body.dependsOn.map((d) => {
      const n = numbers.get(refId(d.ref));
      return n === void 0 ? `\`${d.label.replace(/`/g, "'")}\`` : `#${n} (\`${d.label.replace(/`/g, "'")}\`)`;
    });
    rows.push(["Depends on", deps.join(", ")]);
  }
  out.push("| Field | Value |", "| --- | --- |");
  for (const [name, value] of rows) out.push(`| ${name} | ${value} |`);
  if (body.acceptance.length) {
    out.push("", "**Acceptance criteria**", "");
    for (const a of body.acceptance) out.push(`- [${a.done ? "x" : " "}] ${a.text}`);
  }
  out.push(
    "",
    `${SOURCE_PREFIX}[${issue.source.path.replace(/[[\]<>&]/g, "")} line ${issue.source.line}](${body.link}) \xB7 synced by boardwright</sub>`,
    "",
    itemMarker({ ...issue.ref, state })
  );
  return out.join("\n");
}
function comparableBody(body) {
  return body.replace(/\r\n?/g, "\n").split("\n").map(
    (line) => line.startsWith(SOURCE_PREFIX) ? line.replace(/ line \d+\]/, " line N]").replace(/#L\d+\)/, "#L)") : line.trimEnd()
  ).join("\n").trimEnd();
}

// sync/apply.ts
var SyncPermissionError = class extends Error {
};
async function applySync(client, plan, observed, options) {
  const repo = { owner: plan.repo.owner, name: plan.repo.name };
  const base = { owner: repo.owner, repo: repo.name };
  const result = {
    created: [],
    updated: [],
    closed: [],
    reopened: [],
    labels: [],
    milestones: [],
    writes: 0
  };
  const total = plan.labels.length + plan.milestones.length + plan.milestoneUpdates.length + plan.steps.filter((s) => s.kind !== "noop").length;
  let done = 0;
  const progress = (line) => options.onProgress?.(++done, total, line);
  for (const label of plan.labels) {
    result.writes++;
    try {
      await client.rest.issues.createLabel({ ...base, ...label });
    } catch (e) {
      if (statusOf(e) !== 422) throw explain(e, `create the label "${label.name}"`);
    }
    result.labels.push(label.name);
    progress(`label ${label.name}`);
  }
  const milestoneNumber = new Map(observed.milestones.map((m) => [m.title, m.number]));
  for (const m of plan.milestones) {
    result.writes++;
    const created = await client.rest.issues.createMilestone({ ...base, ...m }).catch((e) => {
      throw explain(e, `create the milestone "${m.title}"`);
    });
    milestoneNumber.set(m.title, created.data.number);
    result.milestones.push(m.title);
    progress(`milestone ${m.title}`);
  }
  for (const u of plan.milestoneUpdates) {
    result.writes++;
    await client.rest.issues.updateMilestone({ ...base, milestone_number: u.number, ...u.patch });
    progress(`milestone ${u.title}`);
  }
  const numbers = /* @__PURE__ */ new Map();
  for (const issue of observed.issues) if (issue.ref) numbers.set(refId(issue.ref), issue.number);
  for (const step of plan.steps)
    if (step.kind !== "create") numbers.set(refId(step.ref), step.number);
  const linkLater = [];
  const started = new Date(Date.now() - 6e4).toISOString();
  for (const step of plan.steps) {
    if (step.kind !== "create") continue;
    const { issue } = step;
    let body = renderBody(issue, numbers, "open");
    const number = await createIssue(client, base, issue, body, milestoneNumber, started, options);
    result.writes++;
    numbers.set(refId(issue.ref), number);
    result.created.push({ ref: issue.ref, number });
    if (issue.state === "closed") {
      result.writes++;
      body = renderBody(issue, numbers, "closed");
      await client.rest.issues.update({
        ...base,
        issue_number: number,
        state: "closed",
        body,
        ...issue.stateReason ? { state_reason: issue.stateReason } : {}
      });
    }
    if (issue.dependsOn.some((d) => !numbers.has(refId(d))))
      linkLater.push({ issue, number, body });
    progress(`created #${number} ${issue.ref.id}`);
  }
  for (const step of plan.steps) {
    if (step.kind === "create" || step.kind === "noop") continue;
    const patch = { ...step.patch };
    if (patch.body !== void 0 && step.issue)
      patch.body = renderBody(step.issue, numbers, step.record ?? step.issue.state);
    if (step.comment) {
      result.writes++;
      await client.rest.issues.createComment({
        ...base,
        issue_number: step.number,
        body: step.comment
      });
    }
    result.writes++;
    await client.rest.issues.update({
      ...base,
      issue_number: step.number,
      ...restPatch(patch, milestoneNumber)
    });
    (step.kind === "close" ? result.closed : step.kind === "reopen" ? result.reopened : result.updated).push(step.number);
    progress(`${step.kind} #${step.number} ${step.ref.id}`);
  }
  for (const { issue, number, body } of linkLater) {
    const linked = renderBody(issue, numbers);
    if (linked === body) continue;
    result.writes++;
    await client.rest.issues.update({ ...base, issue_number: number, body: linked });
  }
  return result;
}
function restPatch(patch, milestones) {
  const { milestone, ...rest } = patch;
  if (milestone === void 0) return rest;
  const number = milestones.get(milestone);
  return number === void 0 ? rest : { ...rest, milestone: number };
}
async function createIssue(client, base, issue, body, milestones, since, options) {
  const milestone = issue.milestone ? milestones.get(issue.milestone) : void 0;
  for (let attempt = 1; ; attempt++) {
    try {
      const created = await client.rest.issues.create({
        ...base,
        title: issue.title,
        body,
        labels: issue.labels,
        ...milestone !== void 0 ? { milestone } : {},
        ...issue.assignees.length ? { assignees: issue.assignees } : {},
        // The retry plugin must not send a create twice: this function decides.
        request: { retries: 0 }
      });
      const labels = created.data.labels.map((l) => typeof l === "string" ? l : l.name);
      if (!labels.some((l) => l?.toLowerCase() === options.syncLabel.toLowerCase()))
        throw new SyncPermissionError(
          `GitHub created issue #${created.data.number} without its labels: the token may not label issues. Give the workflow "permissions: issues: write" (or a token with push access) and run again.`
        );
      return created.data.number;
    } catch (e) {
      if (e instanceof SyncPermissionError) throw e;
      const status = statusOf(e);
      if (status !== 0 && status < 500 || attempt >= 3)
        throw explain(e, `create the issue of ${issue.ref.id}`);
      const found = await findCreated(client, base, issue, since, options.syncLabel);
      if (found !== void 0) return found;
    }
  }
}
async function findCreated(client, base, issue, since, syncLabel) {
  const recent = await client.paginate(client.rest.issues.listForRepo, {
    ...base,
    state: "all",
    labels: syncLabel,
    since,
    per_page: 100
  });
  const want = refId(issue.ref);
  const hit = recent.find((i) => {
    const ref = parseMarker(i.body);
    return ref !== void 0 && refId(ref) === want;
  });
  return hit?.number;
}
function explain(e, what) {
  const status = statusOf(e);
  if (status === 401)
    return new SyncPermissionError(
      `GitHub refused the token (401) when trying to ${what}: check GITHUB_TOKEN.`
    );
  if (status === 403 || status === 404)
    return new SyncPermissionError(
      `GitHub answered ${status} when trying to ${what}: the token may not write issues in this repository. Give the workflow "permissions: issues: write" or use a token with access.`
    );
  return new Error(`Could not ${what}: ${e.message}`);
}

// sync/escape.ts
var CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;
var HTML = /[<>&]/g;
var ENTITY = { "<": "&lt;", ">": "&gt;", "&": "&amp;" };
var MENTION = /(^|[^\w`])@(?=[A-Za-z0-9])/g;
var LINK_SYNTAX = /[[\]!]/g;
function safe(text) {
  return text.replace(CONTROL, "").replace(HTML, (c) => ENTITY[c]).replace(MENTION, "$1@\u2060").replace(LINK_SYNTAX, (c) => `\\${c}`);
}
function inlineText(text) {
  return safe(text.replace(/\r\n?|\n/g, " ")).replace(/\|/g, "\\|");
}
function blockText(text) {
  return safe(text.replace(/\r\n?/g, "\n"));
}

// sync/desired.ts
var MAX_TITLE = 256;
var LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
var SYNC_LABEL = "boardwright";
function desiredState(workspace, links, scope, options) {
  const manifest = labelsManifest(workspace);
  const syncLabel = options.syncLabel ?? SYNC_LABEL;
  const mapping = new Map(manifest.items.map((m) => [`${m.board}\0${m.id}`, m]));
  const warnings = [];
  const boards = workspace.boards.filter(
    (b) => !scope.boards?.length || scope.boards.includes(b.id) || scope.boards.includes(b.path)
  );
  const present = /* @__PURE__ */ new Set();
  const issues = [];
  const usedLabels = /* @__PURE__ */ new Set([syncLabel]);
  const usedMilestones = /* @__PURE__ */ new Set();
  for (const board of boards) {
    const inGroups = groupFilter(board, scope.groups);
    const label = boardLabel(board);
    for (const item of board.items) {
      const ref = refOf(board, item);
      present.add(refId(ref));
      if (inGroups && !(item.group && inGroups.has(item.group))) continue;
      if (scope.statuses?.length && !scope.statuses.includes(item.status)) continue;
      if (scope.onlyOpen && (item.status === "done" || item.status === "cancelled")) continue;
      const m = mapping.get(`${board.id}\0${item.id}`);
      const labels2 = [.../* @__PURE__ */ new Set([...m?.labels ?? [], label, syncLabel])].sort();
      for (const l of labels2) usedLabels.add(l);
      if (m?.milestone) usedMilestones.add(m.milestone);
      const closed2 = item.status === "done" || item.status === "cancelled";
      const body = bodyParts(board, item, links, options);
      const issue = {
        ref,
        title: titleOf(item),
        body,
        labels: labels2,
        assignees: assigneesOf(item, options.assignees ?? {}, warnings, board),
        state: closed2 ? "closed" : "open",
        status: item.status,
        dependsOn: body.dependsOn.map((d) => d.ref),
        source: { path: board.path, line: item.position.line }
      };
      if (closed2) issue.stateReason = item.status === "done" ? "completed" : "not_planned";
      if (m?.milestone) issue.milestone = m.milestone;
      issues.push(issue);
    }
  }
  const labels = manifest.labels.filter((l) => usedLabels.has(l.name)).map((l) => ({ name: l.name, color: l.color, description: l.description }));
  for (const board of boards) {
    const name = boardLabel(board);
    if (usedLabels.has(name) && !labels.some((l) => l.name === name))
      labels.push({
        name,
        color: "ededed",
        description: clipChars(`Items of ${board.path} (boardwright)`, 100)
      });
  }
  labels.push({ name: syncLabel, color: "5319e7", description: "Synced from a Markdown board" });
  const milestones = manifest.milestones.filter((m) => usedMilestones.has(m.title)).map((m) => ({
    title: m.title,
    state: m.state,
    description: m.description,
    ...m.due_on ? { due_on: m.due_on } : {}
  }));
  return { issues, labels, milestones, boards: boards.map((b) => b.id), present, warnings };
}
function boardLabel(board) {
  return clipChars(`board:${board.id}`, 50);
}
function refOf(board, item) {
  const ref = { board: board.id, id: item.id };
  if (item.generatedId) ref.key = fingerprint(`${item.group ?? ""}\0${item.title}`);
  return ref;
}
function fingerprint(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}
function titleOf(item) {
  const title = item.title.replace(/\s+/g, " ").trim() || "(untitled)";
  return clipChars(item.generatedId ? title : `${item.id}: ${title}`, MAX_TITLE);
}
function clipChars(text, max) {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}\u2026`;
}
function groupFilter(board, names) {
  if (!names?.length) return void 0;
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  const ids = new Set(
    board.groups.filter((g) => wanted.has(g.id.toLowerCase()) || wanted.has(g.title.toLowerCase())).map((g) => g.id)
  );
  for (const g of board.groups) if (g.parent && ids.has(g.parent)) ids.add(g.id);
  return ids;
}
function assigneesOf(item, map, warnings, board) {
  if (!item.assignee) return [];
  const logins = [];
  for (const raw of item.assignee.split(/[,;]| and /)) {
    const name = raw.trim();
    if (!name) continue;
    const mapped = map[name] ?? (name.startsWith("@") ? name.slice(1) : void 0);
    if (mapped && LOGIN.test(mapped)) logins.push(mapped);
    else
      warnings.push(
        `${board.path}:${item.position.line}: assignee "${inlineText(name)}" of ${item.id} maps to no GitHub login; add it under sync.assignees in the config.`
      );
  }
  return [...new Set(logins)].sort();
}
function bodyParts(board, item, links, options) {
  const rows = [];
  const group = board.groups.find((g) => g.id === item.group);
  const trail = [];
  for (let g = group, n = 0; g && n < 32; g = board.groups.find((x) => x.id === g.parent), n++)
    trail.unshift(g.title);
  rows.push([
    "Board",
    `${inlineText(board.title)}${trail.length ? ` \u203A ${trail.map(inlineText).join(" \u203A ")}` : ""}`
  ]);
  rows.push([
    "Status",
    item.rawStatus ? `${item.status} (${inlineText(item.rawStatus)})` : item.status
  ]);
  if (item.kind) rows.push(["Kind", inlineText(item.kind)]);
  if (item.priority) rows.push(["Priority", inlineText(item.priority)]);
  if (item.assignee) rows.push(["Assignee", inlineText(item.assignee)]);
  if (item.branch) rows.push(["Branch", inlineText(item.branch)]);
  if (item.files.length) rows.push(["Files", item.files.map(inlineText).join(", ")]);
  for (const [name, value] of Object.entries(item.fields).sort(
    ([a], [b]) => a < b ? -1 : a > b ? 1 : 0
  ))
    if (!/^(depends|dependencies|status)/i.test(name))
      rows.push([inlineText(name), inlineText(value)]);
  const key = `${board.id}#${item.id}`;
  const dependsOn = links.graph.hasNode(key) ? links.graph.outNeighbors(key).map((k) => {
    const node = links.graph.getNodeAttributes(k);
    return { label: node.item.id, ref: refOf(node.board, node.item) };
  }) : [];
  const parts = {
    rows,
    acceptance: item.acceptance.map((a) => ({ text: inlineText(a.text), done: a.done })),
    link: `${options.repoUrl}/blob/${options.ref ?? "HEAD"}/${board.path.split("/").map(encodeURIComponent).join("/")}#L${item.position.line}`,
    dependsOn
  };
  if (item.description?.trim()) parts.description = blockText(item.description.trim());
  return parts;
}
function withAssignable(desired, assignable) {
  const warned = /* @__PURE__ */ new Set();
  const warnings = [...desired.warnings];
  const issues = desired.issues.map((issue) => {
    const keep = issue.assignees.filter((a) => assignable.has(a.toLowerCase()));
    for (const a of issue.assignees)
      if (!assignable.has(a.toLowerCase()) && !warned.has(a)) {
        warned.add(a);
        warnings.push(`@\u2060${a} cannot be assigned issues in this repository; left unassigned.`);
      }
    return keep.length === issue.assignees.length ? issue : { ...issue, assignees: keep };
  });
  return { ...desired, issues, warnings };
}

// sync/observed.ts
function observedIssue(raw) {
  const issue = {
    number: raw.number,
    title: raw.title,
    body: raw.body ?? "",
    state: raw.state === "closed" ? "closed" : "open",
    labels: raw.labels.map((l) => typeof l === "string" ? l : l.name ?? "").filter(Boolean).sort(),
    assignees: (raw.assignees ?? []).map((a) => a.login).sort()
  };
  if (raw.state_reason) issue.stateReason = raw.state_reason;
  if (raw.milestone) issue.milestone = { number: raw.milestone.number, title: raw.milestone.title };
  if (raw.user) issue.author = raw.user.login;
  if (raw.html_url) issue.htmlUrl = raw.html_url;
  const ref = parseMarker(raw.body);
  if (ref) issue.ref = ref;
  return issue;
}
async function readObserved(client, repo, syncLabel) {
  const { owner, name } = repo;
  const issues = await client.paginate(client.rest.issues.listForRepo, {
    owner,
    repo: name,
    state: "all",
    labels: syncLabel,
    per_page: 100
  });
  const labels = await client.paginate(client.rest.issues.listLabelsForRepo, {
    owner,
    repo: name,
    per_page: 100
  });
  const milestones = await client.paginate(client.rest.issues.listMilestones, {
    owner,
    repo: name,
    state: "all",
    per_page: 100
  });
  return {
    issues: issues.filter((i) => !i.pull_request).map(observedIssue),
    labels: labels.map((l) => ({ name: l.name, color: l.color, description: l.description })),
    milestones: milestones.map((m) => ({
      number: m.number,
      title: m.title,
      state: m.state === "closed" ? "closed" : "open",
      due_on: m.due_on,
      description: m.description
    }))
  };
}
async function assignableLogins(client, repo, logins) {
  const ok = /* @__PURE__ */ new Set();
  for (const login of new Set(logins)) {
    try {
      await client.rest.issues.checkUserCanBeAssigned({
        owner: repo.owner,
        repo: repo.name,
        assignee: login
      });
      ok.add(login.toLowerCase());
    } catch (e) {
      if (statusOf(e) !== 404) throw e;
    }
  }
  return ok;
}

// sync/plan.ts
var PENDING = 0;
var MANAGED = ["status:", "kind:", "priority:", "board:"];
function planSync(desired, observed, options) {
  const managed = options.managedPrefixes ?? MANAGED;
  const inScope = new Set(desired.boards);
  const byId = /* @__PURE__ */ new Map();
  const byKey = /* @__PURE__ */ new Map();
  const duplicates = /* @__PURE__ */ new Map();
  const sorted = observed.issues.filter((i) => i.ref && inScope.has(i.ref.board)).sort((a, b) => a.number - b.number);
  for (const issue of sorted) {
    const id = refId(issue.ref);
    const key = refKey(issue.ref);
    const owner = key ? byKey.get(key) : byId.get(id);
    if (owner) {
      const dup = duplicates.get(id) ?? [owner.number];
      dup.push(issue.number);
      duplicates.set(id, dup);
      continue;
    }
    if (key) byKey.set(key, issue);
    if (!byId.has(id)) byId.set(id, issue);
  }
  const matched = /* @__PURE__ */ new Map();
  const taken = /* @__PURE__ */ new Set();
  for (const issue of desired.issues) {
    const key = refKey(issue.ref);
    const hit = key ? byKey.get(key) : byId.get(refId(issue.ref));
    if (hit && !taken.has(hit.number) && (key || !hit.ref?.key)) {
      matched.set(issue, hit);
      taken.add(hit.number);
    }
  }
  for (const issue of desired.issues) {
    if (matched.has(issue) || !issue.ref.key) continue;
    const hit = byId.get(refId(issue.ref));
    if (hit && !taken.has(hit.number) && hit.ref?.key) {
      matched.set(issue, hit);
      taken.add(hit.number);
    }
  }
  const creates = createOrder(desired.issues.filter((i) => !matched.has(i)));
  const limit = options.limit ?? Infinity;
  const creating = creates.slice(0, limit);
  const numbers = /* @__PURE__ */ new Map();
  for (const [issue, hit] of matched) numbers.set(refId(issue.ref), hit.number);
  for (const issue of creating) numbers.set(refId(issue.ref), PENDING);
  const steps = creating.map((issue) => ({ kind: "create", ref: issue.ref, issue }));
  for (const issue of desired.issues) {
    const hit = matched.get(issue);
    if (hit) steps.push(stepFor(issue, hit, numbers, managed));
  }
  for (const issue of sorted) {
    if (taken.has(issue.number) || issue.state !== "open") continue;
    if (isDuplicate(issue, duplicates)) continue;
    const ref = issue.ref;
    const key = refKey(ref);
    if (desired.present.has(key ?? refId(ref))) continue;
    steps.push({
      kind: "close",
      ref,
      number: issue.number,
      changes: [{ field: "state", from: "open", to: "closed" }],
      // The marker records the close, so that re-adding the item reopens the issue.
      patch: {
        state: "closed",
        state_reason: "not_planned",
        body: withMarkerState(issue.body, "closed")
      },
      comment: `The item \`${ref.id.replace(/`/g, "'")}\` is no longer on its board, so boardwright closed this issue. Add the item back to reopen it.`
    });
  }
  const haveLabels = new Set(observed.labels.map((l) => l.name.toLowerCase()));
  const haveMilestones = new Map(observed.milestones.map((m) => [m.title, m]));
  const milestoneUpdates = [];
  for (const m of desired.milestones) {
    const have = haveMilestones.get(m.title);
    if (!have) continue;
    const patch = {};
    if (have.state !== m.state) patch.state = m.state;
    if (m.due_on && have.due_on?.slice(0, 10) !== m.due_on.slice(0, 10)) patch.due_on = m.due_on;
    if (Object.keys(patch).length)
      milestoneUpdates.push({ number: have.number, title: m.title, patch });
  }
  return {
    repo: options.repo,
    labels: desired.labels.filter((l) => !haveLabels.has(l.name.toLowerCase())),
    milestones: desired.milestones.filter((m) => !haveMilestones.has(m.title)),
    milestoneUpdates,
    steps,
    duplicates: [...duplicates.values()].map((numbers2) => {
      const first = sorted.find((i) => i.number === numbers2[0]);
      return { ref: first.ref, numbers: numbers2 };
    }),
    deferred: creates.length - creating.length,
    warnings: [
      ...desired.warnings,
      ...steps.flatMap(
        (s) => s.kind !== "create" && s.pulled ? [
          `#${s.number} (${s.ref.id}) was ${s.pulled} on GitHub since the last sync; "boardwright sync --pull" takes that into the board, an edit of the item on the board overrides it.`
        ] : []
      )
    ]
  };
}
function isDuplicate(issue, duplicates) {
  const numbers = duplicates.get(refId(issue.ref));
  return numbers !== void 0 && numbers[0] !== issue.number;
}
function createOrder(issues) {
  const byRef = new Map(issues.map((i) => [refId(i.ref), i]));
  const done = /* @__PURE__ */ new Set();
  const order = [];
  for (const root of issues) {
    if (done.has(root)) continue;
    const stack = [[root, 0]];
    done.add(root);
    while (stack.length) {
      const top = stack[stack.length - 1];
      const [issue, next] = top;
      if (next < issue.dependsOn.length) {
        top[1]++;
        const dep = byRef.get(refId(issue.dependsOn[next]));
        if (dep && !done.has(dep)) {
          done.add(dep);
          stack.push([dep, 0]);
        }
      } else {
        stack.pop();
        order.push(issue);
      }
    }
  }
  return order;
}
function stepFor(issue, hit, numbers, managed) {
  const changes = [];
  const patch = {};
  if (hit.title !== issue.title) {
    changes.push({ field: "title", from: hit.title, to: issue.title });
    patch.title = issue.title;
  }
  const base = hit.ref?.state;
  const changedOnGitHub = base !== void 0 && issue.state === base && hit.state !== base;
  const body = renderBody(issue, numbers, changedOnGitHub ? base : issue.state);
  const sameRef = hit.ref?.id === issue.ref.id && (hit.ref?.key ?? void 0) === (issue.ref.key ?? void 0);
  if (!sameRef || comparableBody(hit.body) !== comparableBody(body)) {
    changes.push({ field: "body", from: hit.body, to: body });
    patch.body = body;
  }
  const have = new Map(hit.labels.map((l) => [l.toLowerCase(), l]));
  const want = new Set(issue.labels.map((l) => l.toLowerCase()));
  const stale = hit.labels.filter(
    (l) => !want.has(l.toLowerCase()) && managed.some((p) => l.toLowerCase().startsWith(p))
  );
  const missing = issue.labels.filter((l) => !have.has(l.toLowerCase()));
  if (stale.length || missing.length) {
    const next = [...hit.labels.filter((l) => !stale.includes(l)), ...missing].sort();
    changes.push({ field: "labels", from: hit.labels.join(", "), to: next.join(", ") });
    patch.labels = next;
  }
  if (issue.milestone && hit.milestone?.title !== issue.milestone) {
    changes.push({ field: "milestone", from: hit.milestone?.title ?? "", to: issue.milestone });
    patch.milestone = issue.milestone;
  }
  if (issue.assignees.length) {
    const current = [...hit.assignees].map((a) => a.toLowerCase()).sort();
    const wanted = issue.assignees.map((a) => a.toLowerCase()).sort();
    if (current.join(",") !== wanted.join(",")) {
      changes.push({
        field: "assignees",
        from: hit.assignees.join(", "),
        to: issue.assignees.join(", ")
      });
      patch.assignees = issue.assignees;
    }
  }
  let kind = "update";
  if (issue.state !== hit.state && !changedOnGitHub) {
    kind = issue.state === "closed" ? "close" : "reopen";
    changes.push({ field: "state", from: hit.state, to: issue.state });
    patch.state = issue.state;
    if (issue.state === "closed" && issue.stateReason) patch.state_reason = issue.stateReason;
  }
  const pending = changedOnGitHub ? { pulled: hit.state === "closed" ? "closed" : "reopened" } : {};
  if (!changes.length) return { kind: "noop", ref: issue.ref, number: hit.number, ...pending };
  return {
    kind,
    ref: issue.ref,
    number: hit.number,
    changes,
    patch,
    issue,
    record: changedOnGitHub ? base : issue.state,
    ...pending
  };
}

// sync/pull.ts
var closed = (status) => status === "done" || status === "cancelled";
function planPull(options) {
  const wanted = options.boards ?? [];
  const boards = options.workspace.boards.filter(
    (b) => !wanted.length || wanted.includes(b.id) || wanted.includes(b.path)
  );
  const byId = /* @__PURE__ */ new Map();
  const byKey = /* @__PURE__ */ new Map();
  for (const board of boards)
    for (const item of board.items) {
      const ref = refOf(board, item);
      const entry = { board, item, ref };
      byId.set(refId(ref), entry);
      const key = refKey(ref);
      if (key) byKey.set(key, entry);
    }
  const changes = [];
  const skipped = [];
  const seen = /* @__PURE__ */ new Set();
  const issues = [...options.observed.issues].sort((a, b) => a.number - b.number);
  for (const issue of issues) {
    if (!issue.ref) continue;
    const key = refKey(issue.ref);
    const hit = (key ? byKey.get(key) : void 0) ?? byId.get(refId(issue.ref));
    if (!hit) continue;
    const id = refId(hit.ref);
    if (seen.has(id)) {
      skipped.push({ number: issue.number, ref: issue.ref, why: "another issue holds this item" });
      continue;
    }
    seen.add(id);
    const change = changeFor(issue, hit.item);
    if (!change) continue;
    if ("why" in change) {
      skipped.push({ number: issue.number, ref: issue.ref, why: change.why });
      continue;
    }
    changes.push({
      number: issue.number,
      ref: hit.ref,
      path: hit.board.path,
      line: hit.item.position.line,
      title: hit.item.title,
      ...change
    });
  }
  const held = new Set(
    options.observed.issues.flatMap((i) => {
      if (!i.ref) return [];
      const key = refKey(i.ref);
      const hit = (key ? byKey.get(key) : void 0) ?? byId.get(refId(i.ref));
      return hit ? [hit.item] : [];
    })
  );
  const wanting = /* @__PURE__ */ new Map();
  for (const issue of issues) {
    if (issue.ref || issue.state !== "open") continue;
    const board = boards.find(
      (b) => issue.labels.some((l) => l.toLowerCase() === boardLabel(b).toLowerCase())
    );
    if (board) wanting.set(board.path, [...wanting.get(board.path) ?? [], { issue, board }]);
  }
  const edits = [];
  const adds = [];
  const byFile = /* @__PURE__ */ new Map();
  for (const c of changes) byFile.set(c.path, [...byFile.get(c.path) ?? [], c]);
  for (const path of wanting.keys()) if (!byFile.has(path)) byFile.set(path, []);
  for (const [path, list] of byFile) {
    const plan = combined(path, list, wanting.get(path) ?? [], held, options, skipped, adds);
    if (plan) edits.push(plan);
  }
  const kept = new Set(skipped.map((s) => s.number));
  return { changes: changes.filter((c) => !kept.has(c.number)), adds, edits, skipped };
}
var normal = (title) => title.replace(/\s+/g, " ").trim().toLowerCase();
function addOperation(issue, board) {
  const title = issue.title.replace(/\s+/g, " ").trim();
  const label = issue.labels.find((l) => l.toLowerCase().startsWith("status:"));
  const status = label ? label.slice("status:".length).trim().toLowerCase() : void 0;
  const column = board.groups.find((g) => g.kind === "column");
  if (column) {
    const named = status ? board.groups.find((g) => g.kind === "column" && g.status === status) : void 0;
    return { op: "add", title, to: (named ?? column).title };
  }
  const last = [...board.items].reverse().find((i) => !i.parent);
  return last ? { op: "add", title, after: last.id } : { op: "add", title };
}
function changeFor(issue, item) {
  const board = closed(item.status) ? "closed" : "open";
  if (issue.state === board) return void 0;
  const base = issue.ref?.state;
  if (base !== void 0 && base !== board)
    return {
      why: `the item was ${board === "closed" ? "closed" : "reopened"} on the board since the last sync; "sync --apply" carries that to the issue`
    };
  const action = issue.state === "open" ? "reopen" : issue.stateReason === "not_planned" ? "cancelled" : "done";
  return { action, unrecorded: base === void 0 };
}
function combined(path, list, wanting, held, options, skipped, adds) {
  const original = options.readFile(path);
  const read = options.readOptions(path);
  let bytes = original;
  let last;
  for (const change of list) {
    const current = last ? idIn(last.board, change.ref) : change.ref.id;
    if (current === void 0) {
      skipped.push({ number: change.number, ref: change.ref, why: "the item was not found again" });
      continue;
    }
    const status = change.action === "reopen" ? options.reopenTo ?? "backlog" : change.action;
    let plan;
    try {
      plan = planEdit({ path, bytes, read }, { op: "status", id: current, status });
    } catch (e) {
      if (!(e instanceof EditError)) throw e;
      if (change.action === "cancelled" && e.code === "unsupported") {
        try {
          plan = planEdit({ path, bytes, read }, { op: "status", id: current, status: "done" });
          change.action = "done";
        } catch (again) {
          if (!(again instanceof EditError)) throw again;
          skipped.push({ number: change.number, ref: change.ref, why: again.message });
          continue;
        }
      } else {
        skipped.push({ number: change.number, ref: change.ref, why: e.message });
        continue;
      }
    }
    last = plan;
    const patch = plan.patches[0];
    if (patch) bytes = patch.after;
  }
  const taken = /* @__PURE__ */ new Set();
  for (const { issue, board: before } of wanting) {
    const board = last?.board ?? before;
    const title = normal(issue.title);
    const orphan = before.items.find(
      (i) => !held.has(i) && !taken.has(i) && normal(i.title) === title
    );
    if (orphan) {
      taken.add(orphan);
      const ref = refOf(before, orphan);
      adds.push({
        number: issue.number,
        title: issue.title,
        path,
        ref,
        body: issue.body,
        existing: true
      });
      continue;
    }
    let plan;
    try {
      plan = planEdit({ path, bytes, read }, addOperation(issue, board));
    } catch (e) {
      if (!(e instanceof EditError)) throw e;
      skipped.push({
        number: issue.number,
        ref: { board: before.id, id: `#${issue.number}` },
        why: e.message
      });
      continue;
    }
    if (!plan.item) continue;
    last = plan;
    bytes = plan.patches[0]?.after ?? bytes;
    adds.push({
      number: issue.number,
      title: issue.title,
      path,
      ref: refOf(plan.board, plan.item),
      body: issue.body,
      existing: false
    });
  }
  if (!last || bytes === original) return void 0;
  return {
    operation: last.operation,
    patches: [patchOf(path, original, bytes)],
    board: last.board,
    summary: `${list.length} item(s) of ${path} take their issue's state`
  };
}
function idIn(board, ref) {
  for (const item of board.items) {
    const r = refOf(board, item);
    if (ref.key ? r.key === ref.key : r.id === ref.id) return item.id;
  }
  return void 0;
}
function patchOf(path, before, after) {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before[start] === after[start]) start++;
  let tail = 0;
  while (tail < max - start && before[before.length - 1 - tail] === after[after.length - 1 - tail])
    tail++;
  const lineAt = (bytes, offset) => {
    let line = 1;
    for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
    return line;
  };
  const end = before.length - tail;
  const newEnd = after.length - tail;
  return {
    path,
    baseHash: contentHash(before),
    before,
    after,
    span: { start, end, newEnd },
    lines: {
      start: lineAt(before, start),
      end: lineAt(before, Math.max(start, end - 1)),
      newEnd: lineAt(after, Math.max(start, newEnd - 1))
    }
  };
}

// sync/index.ts
async function syncIssues(options) {
  const syncLabel = options.syncLabel ?? SYNC_LABEL;
  let desired = desiredState(options.workspace, options.links, options.scope ?? {}, {
    repoUrl: `${(options.serverUrl ?? "https://github.com").replace(/\/+$/, "")}/${options.repo.owner}/${options.repo.name}`,
    ...options.assignees ? { assignees: options.assignees } : {},
    syncLabel
  });
  const observed = await readObserved(options.client, options.repo, syncLabel);
  const logins = desired.issues.flatMap((i) => i.assignees);
  if (logins.length)
    desired = withAssignable(desired, await assignableLogins(options.client, options.repo, logins));
  const plan = planSync(desired, observed, {
    repo: options.repo,
    ...options.limit !== void 0 ? { limit: options.limit } : {}
  });
  if (options.mode === "plan") return { plan };
  const result = await applySync(options.client, plan, observed, {
    syncLabel,
    ...options.onProgress ? { onProgress: options.onProgress } : {}
  });
  return { plan, result };
}
async function pullIssues(options) {
  const observed = await readObserved(
    options.client,
    options.repo,
    options.syncLabel ?? SYNC_LABEL
  );
  const plan = planPull({
    workspace: options.workspace,
    observed,
    ...options.boards?.length ? { boards: options.boards } : {},
    readFile: options.readFile,
    readOptions: options.readOptions,
    ...options.reopenTo ? { reopenTo: options.reopenTo } : {}
  });
  if (options.mode === "plan") return { plan, written: [], adopted: [] };
  const written = plan.edits.flatMap((edit) => applyEdit(edit, options.root));
  const adopted = options.adopt === false ? [] : await adoptIssues(options.client, options.repo, plan.adds);
  return { plan, written, adopted };
}
async function adoptIssues(client, repo, adds) {
  const adopted = [];
  for (const add of adds) {
    await client.rest.issues.update({
      owner: repo.owner,
      repo: repo.name,
      issue_number: add.number,
      body: withMarkerState(add.body, "open", add.ref)
    });
    adopted.push(add.number);
  }
  return adopted;
}

export {
  summarizePlan,
  planChanges,
  planText,
  planJson,
  pullText,
  pullJson,
  itemMarker,
  parseMarker,
  SyncPermissionError,
  applySync,
  desiredState,
  readObserved,
  planSync,
  syncIssues,
  pullIssues,
  adoptIssues
};
