import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  require_lib
} from "./chunk-UECIVNYX.js";
import {
  require_semver
} from "./chunk-2IVUQWTP.js";
import {
  diffArrays
} from "./chunk-RIY2WJ2V.js";
import {
  stableJson
} from "./chunk-E3QC6DGJ.js";
import {
  slugify
} from "./chunk-J5VXYQXS.js";
import {
  removeWorkspaceFile,
  writeWorkspaceFiles
} from "./chunk-23KL7PU6.js";
import {
  safeOutputPath
} from "./chunk-NLBMK4U6.js";
import {
  BoundaryError,
  readWorkspaceFile,
  resolveInside
} from "./chunk-URQ42WZF.js";
import {
  __export,
  __toESM
} from "./chunk-VFBDS4U7.js";

// generators/templates/types.ts
var TemplateError = class extends Error {
};
var ANSWERS_FILE = ".boardwright-template.json";

// generators/templates/load.ts
var import_semver = __toESM(require_semver(), 1);
import { existsSync, lstatSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
function bundledTemplateRoot() {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (; ; ) {
    if (existsSync(join(dir, "package.json"))) {
      const root = join(dir, "templates", "repo");
      if (existsSync(root)) return root;
      break;
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new TemplateError(
    "The bundled templates folder (templates/repo) is missing from the boardwright package."
  );
}
var NAME = /^[a-z0-9][a-z0-9-]*$/;
function dirs(path) {
  try {
    return readdirSync(path, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  } catch {
    return [];
  }
}
function listTemplates(root) {
  const list = [];
  for (const name of dirs(root).filter((n) => NAME.test(n))) {
    const versions = dirs(join(root, name)).filter((v) => import_semver.default.valid(v) === v && existsSync(join(root, name, v, "template.json"))).sort(import_semver.default.compare);
    if (!versions.length) continue;
    const latest = readManifest(join(root, name, versions.at(-1)), name, versions.at(-1));
    list.push({ name, versions, description: latest.description });
  }
  return list;
}
function fail(where, message) {
  throw new TemplateError(`${where}: ${message}`);
}
function readManifest(dir, name, version) {
  const where = join(dir, "template.json");
  let data;
  try {
    data = JSON.parse(readFileSync(where, "utf8"));
  } catch (e) {
    fail(where, `cannot be read as JSON (${e.message}).`);
  }
  const m = data;
  if (!m || typeof m !== "object") fail(where, "must be a JSON object.");
  if (m.name !== name) fail(where, `"name" must be "${name}", the folder's name.`);
  if (m.version !== version) fail(where, `"version" must be "${version}", the folder's name.`);
  if (typeof m.description !== "string") fail(where, '"description" must be a string.');
  if (!Array.isArray(m.questions)) fail(where, '"questions" must be an array.');
  const seen = /* @__PURE__ */ new Set();
  m.questions.forEach((q, i) => {
    const at = `question ${i + 1}`;
    if (typeof q?.name !== "string" || !/^[A-Za-z][A-Za-z0-9]*$/.test(q.name))
      fail(
        where,
        `${at}: "name" must be letters and digits (it becomes a flag and a placeholder).`
      );
    if (seen.has(q.name)) fail(where, `${at}: "${q.name}" is asked twice.`);
    seen.add(q.name);
    if (typeof q.message !== "string") fail(where, `${at}: "message" must be a string.`);
    for (const key of ["default", "pattern", "hint"])
      if (q[key] !== void 0 && typeof q[key] !== "string")
        fail(where, `${at}: "${key}" must be a string.`);
    if (q.pattern !== void 0) {
      try {
        new RegExp(q.pattern, "u");
      } catch (e) {
        fail(where, `${at}: "pattern" is not a regular expression (${e.message}).`);
      }
    }
  });
  return m;
}
function readFiles(dir, prefix = "") {
  const files = [];
  const entries = readdirSync(join(dir, prefix), { withFileTypes: true }).sort(
    (a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0
  );
  for (const entry of entries) {
    const rel = `${prefix}${entry.name}`;
    const full = join(dir, rel);
    if (lstatSync(full).isSymbolicLink()) fail(full, "template files must not be symbolic links.");
    if (entry.isDirectory()) files.push(...readFiles(dir, `${rel}/`));
    else files.push({ path: rel, source: readFileSync(full, "utf8").replace(/\r\n/g, "\n") });
  }
  return files;
}
function loadTemplate(root, name, version) {
  const listing = listTemplates(root).find((t) => t.name === name);
  if (!listing) {
    const known = listTemplates(root).map((t) => t.name);
    throw new TemplateError(
      `There is no template "${name}". Known templates: ${known.join(", ") || "(none)"}.`
    );
  }
  const chosen = version ?? listing.versions.at(-1);
  if (!listing.versions.includes(chosen))
    throw new TemplateError(
      `Template ${name} has no version "${chosen}". Versions: ${listing.versions.join(", ")}.`
    );
  const dir = join(root, name, chosen);
  const manifest = readManifest(dir, name, chosen);
  const filesDir = join(dir, "files");
  if (!existsSync(filesDir)) fail(dir, "has no files/ folder.");
  return { manifest, files: readFiles(filesDir) };
}

// generators/templates/answers.ts
var import_handlebars = __toESM(require_lib(), 1);
var MAX_ANSWER_LENGTH = 200;
function answerProblem(question, value) {
  if (/[\u0000-\u001f\u007f\u2028\u2029]/.test(value))
    return `${question.name} must be a single line without control characters.`;
  if (value.length > MAX_ANSWER_LENGTH)
    return `${question.name} is ${value.length} characters long; at most ${MAX_ANSWER_LENGTH} are allowed.`;
  if (question.pattern !== void 0 && !new RegExp(`^(?:${question.pattern})$`, "u").test(value))
    return `${question.name} "${value}" is not ${question.hint ?? `a match for /${question.pattern}/`}.`;
  return void 0;
}
function defaultAnswer(question, before) {
  if (question.default === void 0) return void 0;
  try {
    return import_handlebars.default.compile(question.default, { noEscape: true, strict: true })(before);
  } catch (e) {
    throw new TemplateError(
      `The default of question "${question.name}" cannot be rendered: ${e.message}`
    );
  }
}
function resolveAnswers(manifest, given, recorded = {}) {
  const answers = {};
  const missing = [];
  const problems = [];
  const asked = new Set(manifest.questions.map((q) => q.name));
  for (const key of Object.keys(given).sort())
    if (!asked.has(key))
      problems.push(
        `Template ${manifest.name} ${manifest.version} asks no question "${key}"; it asks ${[...asked].join(", ")}.`
      );
  const context = {};
  for (const q of manifest.questions) {
    let value = given[q.name] ?? recorded[q.name];
    if (value === void 0) {
      try {
        value = defaultAnswer(q, context);
      } catch (e) {
        if (!missing.length) throw e;
      }
    }
    if (value === void 0) {
      missing.push(q);
      continue;
    }
    context[q.name] = value;
    const problem = answerProblem(q, value);
    if (problem) problems.push(problem);
    else answers[q.name] = value;
  }
  return { answers, missing, problems };
}
function serializeAnswers(record) {
  return stableJson(record);
}
function parseAnswers(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new TemplateError(`${ANSWERS_FILE} is not valid JSON (${e.message}).`);
  }
  const r = data;
  if (!r || typeof r !== "object" || Array.isArray(r))
    throw new TemplateError(`${ANSWERS_FILE} must hold a JSON object.`);
  if (typeof r.template !== "string" || typeof r.version !== "string")
    throw new TemplateError(`${ANSWERS_FILE} must name "template" and "version" as strings.`);
  if (!r.answers || typeof r.answers !== "object" || Array.isArray(r.answers))
    throw new TemplateError(`${ANSWERS_FILE} must hold "answers" as an object.`);
  for (const [key, value] of Object.entries(r.answers))
    if (typeof value !== "string")
      throw new TemplateError(`${ANSWERS_FILE}: answer "${key}" must be a string.`);
  return { schemaVersion: 1, template: r.template, version: r.version, answers: r.answers };
}

// generators/templates/apply.ts
import { existsSync as existsSync2, mkdirSync } from "node:fs";
import { join as join2 } from "node:path";

// generators/templates/merge3.ts
function splitLines(text) {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}
function matches(base, other) {
  const map = new Int32Array(base.length).fill(-1);
  let o = 0;
  let a = 0;
  for (const change of diffArrays(base, other)) {
    const n = change.count ?? change.value.length;
    if (change.added) a += n;
    else if (change.removed) o += n;
    else for (let k = 0; k < n; k++) map[o++] = a++;
  }
  return map;
}
var same = (x, y) => x.length === y.length && x.every((line, i) => line === y[i]);
function merge3(base, ours, theirs, labels, eol = "\n") {
  const O = splitLines(base);
  const A = splitLines(ours);
  const B = splitLines(theirs);
  const mA = matches(O, A);
  const mB = matches(O, B);
  const out = [];
  const conflicts = [];
  let lineNo = 1;
  const emit = (lines) => {
    for (const line of lines) {
      if (out.length && !out[out.length - 1].endsWith("\n")) out[out.length - 1] += eol;
      out.push(line);
      lineNo++;
    }
  };
  let o = 0;
  let a = 0;
  let b = 0;
  while (o < O.length || a < A.length || b < B.length) {
    if (o < O.length && mA[o] === a && mB[o] === b) {
      emit([O[o]]);
      o++;
      a++;
      b++;
      continue;
    }
    let next = o;
    while (next < O.length && (mA[next] < 0 || mB[next] < 0)) next++;
    const aEnd = next < O.length ? mA[next] : A.length;
    const bEnd = next < O.length ? mB[next] : B.length;
    const baseChunk = O.slice(o, next);
    const oursChunk = A.slice(a, aEnd);
    const theirsChunk = B.slice(b, bEnd);
    if (same(oursChunk, baseChunk)) emit(theirsChunk);
    else if (same(theirsChunk, baseChunk) || same(oursChunk, theirsChunk)) emit(oursChunk);
    else {
      conflicts.push({
        line: lineNo,
        baseLines: baseChunk.length,
        oursLines: oursChunk.length,
        theirsLines: theirsChunk.length
      });
      emit([`<<<<<<< ${labels.ours}${eol}`]);
      emit(oursChunk);
      emit([`||||||| ${labels.base}${eol}`]);
      emit(baseChunk);
      emit([`=======${eol}`]);
      emit(theirsChunk);
      emit([`>>>>>>> ${labels.theirs}${eol}`]);
    }
    o = next;
    a = aEnd;
    b = bEnd;
  }
  return { text: out.join(""), conflicts };
}

// generators/templates/plan.ts
function eolOf(text) {
  const crlf = text.split("\r\n").length - 1;
  const lf = text.split("\n").length - 1 - crlf;
  return crlf > lf ? "\r\n" : "\n";
}
var withEol = (text, eol) => eol === "\n" ? text : text.replace(/\r?\n/g, eol);
function planFile(path, base, theirs, ours, labels) {
  if (ours !== null && typeof ours === "object")
    return { path, action: "skip-binary", reason: "not UTF-8 text; left untouched" };
  const eol = ours === null ? "\n" : eolOf(ours);
  const b = base === void 0 ? void 0 : withEol(base, eol);
  const t = theirs === void 0 ? void 0 : withEol(theirs, eol);
  if (t === void 0) {
    if (ours === null || b === void 0)
      return { path, action: "unchanged", reason: "not in either template version" };
    return ours === b ? {
      path,
      action: "delete",
      reason: `removed in template ${labels.to}; you had not changed it`
    } : {
      path,
      action: "keep-removed",
      reason: `removed in template ${labels.to}, but you changed it; left in place`
    };
  }
  if (ours === null) {
    return b === void 0 ? { path, action: "create", reason: `new in template ${labels.to}`, content: t } : {
      path,
      action: "skip-deleted",
      reason: `you deleted it; template ${labels.to} still has it (not re-added)`
    };
  }
  if (ours === t) return { path, action: "unchanged", reason: "already up to date" };
  if (b !== void 0 && ours === b)
    return {
      path,
      action: "update",
      reason: `you had not changed it; takes template ${labels.to}`,
      content: t
    };
  if (b !== void 0 && t === b)
    return {
      path,
      action: "keep",
      reason: `template ${labels.to} did not change it; your edits stay`
    };
  const merged = merge3(
    b ?? "",
    ours,
    t,
    { ours: "yours", base: `template ${labels.from}`, theirs: `template ${labels.to}` },
    eol
  );
  if (merged.conflicts.length) {
    const lines = merged.conflicts.map((c) => c.line).join(", ");
    return {
      path,
      action: "conflict",
      reason: b === void 0 ? `new in template ${labels.to}, but you already have a different file; conflict markers at line ${lines}` : `${merged.conflicts.length} conflicting hunk(s); markers at line ${lines}`,
      content: merged.text,
      conflicts: merged.conflicts
    };
  }
  if (merged.text === ours)
    return { path, action: "keep", reason: `template ${labels.to}'s changes are already in` };
  return {
    path,
    action: "merge",
    reason: `your edits and template ${labels.to}'s changes merged`,
    content: merged.text
  };
}
function planUpdate(baseFiles, theirFiles, readOurs, labels) {
  const base = new Map(baseFiles.map((f) => [f.path, f.content]));
  const theirs = new Map(theirFiles.map((f) => [f.path, f.content]));
  const paths = [.../* @__PURE__ */ new Set([...base.keys(), ...theirs.keys()])].sort(
    (a, b) => a < b ? -1 : a > b ? 1 : 0
  );
  return paths.map((p) => planFile(p, base.get(p), theirs.get(p), readOurs(p), labels));
}

// generators/templates/render.ts
var import_handlebars2 = __toESM(require_lib(), 1);
var hb = import_handlebars2.default.create();
hb.registerHelper("json", (value) => JSON.stringify(String(value)));
hb.registerHelper("yaml", (value) => JSON.stringify(String(value)));
hb.registerHelper("slug", (value) => slugify(String(value), "project"));
hb.registerHelper("gha", (expr) => `\${{ ${String(expr)} }}`);
var PLACEHOLDER = /__([A-Za-z][A-Za-z0-9]*)__/g;
function outputPath(templatePath, answers) {
  const path = templatePath.replace(PLACEHOLDER, (_m, key) => {
    const value = answers[key];
    if (value === void 0)
      throw new TemplateError(`Template path "${templatePath}" names no answer "${key}".`);
    return slugify(value, "project");
  }).replace(/\.hbs$/, "");
  const segments = path.split("/");
  if (path.includes("\\") || path.includes("\0") || segments.some((s) => s === "" || s === "." || s === ".."))
    throw new TemplateError(`Template path "${templatePath}" gives an unsafe path "${path}".`);
  if (path === ANSWERS_FILE)
    throw new TemplateError(`Template path "${templatePath}" would overwrite ${ANSWERS_FILE}.`);
  return path;
}
function renderTemplate(template, answers) {
  const files = [];
  const seen = /* @__PURE__ */ new Set();
  for (const file of template.files) {
    const path = outputPath(file.path, answers);
    if (seen.has(path))
      throw new TemplateError(`Two template files render to the same path "${path}".`);
    seen.add(path);
    let content = file.source;
    if (file.path.endsWith(".hbs")) {
      try {
        content = hb.compile(file.source, { noEscape: true, strict: true })({ ...answers });
      } catch (e) {
        throw new TemplateError(
          `${template.manifest.name} ${template.manifest.version}: ${file.path} does not render: ${e.message}`
        );
      }
    }
    files.push({ path, content });
  }
  return files.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

// generators/templates/apply.ts
function checkedPath(dir, rel) {
  let full;
  try {
    full = safeOutputPath(dir, rel);
    if (existsSync2(dir)) resolveInside(dir, rel);
  } catch (e) {
    throw new TemplateError(e.message);
  }
  return full;
}
var utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function readRepositoryFile(dir, rel) {
  checkedPath(dir, rel);
  let bytes;
  try {
    bytes = readWorkspaceFile(dir, rel);
  } catch (e) {
    if (e.code === "ENOENT") return null;
    throw new TemplateError(
      e instanceof BoundaryError ? e.message : `Cannot read "${rel}": ${e.message}`
    );
  }
  try {
    return utf8.decode(bytes);
  } catch {
    return { binary: true };
  }
}
function writeRepositoryFiles(dir, files) {
  mkdirSync(dir, { recursive: true });
  try {
    writeWorkspaceFiles(dir, files);
  } catch (e) {
    if (e instanceof BoundaryError) throw new TemplateError(e.message);
    throw e;
  }
}
function checkAnswers(template, given, recorded) {
  const { answers, missing, problems } = resolveAnswers(template.manifest, given, recorded);
  for (const q of missing) problems.push(`No answer for ${q.name} (${q.message}).`);
  if (problems.length) throw new TemplateError(problems.join("\n"));
  return answers;
}
function initRepository(options) {
  const { template, dir } = options;
  const answers = checkAnswers(template, options.answers);
  const record = {
    schemaVersion: 1,
    template: template.manifest.name,
    version: template.manifest.version,
    answers
  };
  const files = [
    ...renderTemplate(template, answers),
    { path: ANSWERS_FILE, content: serializeAnswers(record) }
  ];
  const entries = [];
  const clashes = [];
  for (const file of files) {
    const ours = readRepositoryFile(dir, file.path);
    if (ours === null) entries.push({ path: file.path, action: "create" });
    else if (ours === file.content) entries.push({ path: file.path, action: "unchanged" });
    else {
      entries.push({ path: file.path, action: "overwrite" });
      clashes.push(file.path);
    }
  }
  if (clashes.length && !options.force) {
    const shown = clashes.slice(0, 10).join(", ") + (clashes.length > 10 ? ", \u2026" : "");
    const hint = clashes.includes(ANSWERS_FILE) ? ` The folder was already made from a template (it has ${ANSWERS_FILE}): use "boardwright update" to move it to a newer version.` : "";
    throw new TemplateError(
      `${clashes.length} file(s) already exist in ${dir} and differ: ${shown}. Nothing was written; pass --force to overwrite them.${hint}`
    );
  }
  const changed = files.filter((_f, i) => entries[i].action !== "unchanged");
  if (!options.dryRun && changed.length) writeRepositoryFiles(dir, changed);
  return {
    template: record.template,
    version: record.version,
    answers,
    files: entries,
    written: !options.dryRun && changed.length > 0
  };
}
function readAnswersFile(dir) {
  const text = readRepositoryFile(dir, ANSWERS_FILE);
  if (text === null)
    throw new TemplateError(
      `${join2(dir, ANSWERS_FILE)} does not exist: the folder was not made by "boardwright init", or the file was deleted.`
    );
  if (typeof text !== "string") throw new TemplateError(`${ANSWERS_FILE} is not UTF-8 text.`);
  return parseAnswers(text);
}
function planRepositoryUpdate(options) {
  const { dir, record, base, target } = options;
  const baseFiles = renderTemplate(base, checkAnswers(base, record.answers));
  const answers = checkAnswers(target, options.given ?? {}, record.answers);
  const theirFiles = renderTemplate(target, answers);
  const labels = { from: base.manifest.version, to: target.manifest.version };
  const entries = planUpdate(baseFiles, theirFiles, (p) => readRepositoryFile(dir, p), labels);
  return { template: record.template, from: labels.from, to: labels.to, answers, entries };
}
var writesFile = (e) => e.content !== void 0;
function applyRepositoryUpdate(dir, plan) {
  const record = {
    schemaVersion: 1,
    template: plan.template,
    version: plan.to,
    answers: plan.answers
  };
  const files = plan.entries.filter(writesFile).map((e) => ({ path: e.path, content: e.content }));
  files.push({ path: ANSWERS_FILE, content: serializeAnswers(record) });
  for (const f of files) checkedPath(dir, f.path);
  const removed = plan.entries.filter((e) => e.action === "delete").map((e) => e.path);
  for (const p of removed) checkedPath(dir, p);
  writeRepositoryFiles(dir, files);
  for (const p of removed) {
    try {
      removeWorkspaceFile(dir, p);
    } catch (e) {
      if (e instanceof BoundaryError) throw new TemplateError(e.message);
      throw e;
    }
  }
  return [...files.map((f) => f.path), ...removed];
}

// generators/templates/index.ts
var templates_exports = {};
__export(templates_exports, {
  ANSWERS_FILE: () => ANSWERS_FILE,
  TemplateError: () => TemplateError,
  answerProblem: () => answerProblem,
  applyRepositoryUpdate: () => applyRepositoryUpdate,
  bundledTemplateRoot: () => bundledTemplateRoot,
  checkedPath: () => checkedPath,
  defaultAnswer: () => defaultAnswer,
  initRepository: () => initRepository,
  listTemplates: () => listTemplates,
  loadTemplate: () => loadTemplate,
  merge3: () => merge3,
  outputPath: () => outputPath,
  parseAnswers: () => parseAnswers,
  planFile: () => planFile,
  planRepositoryUpdate: () => planRepositoryUpdate,
  planUpdate: () => planUpdate,
  readAnswersFile: () => readAnswersFile,
  renderTemplate: () => renderTemplate,
  resolveAnswers: () => resolveAnswers,
  serializeAnswers: () => serializeAnswers,
  splitLines: () => splitLines
});

export {
  TemplateError,
  ANSWERS_FILE,
  bundledTemplateRoot,
  listTemplates,
  loadTemplate,
  answerProblem,
  defaultAnswer,
  initRepository,
  readAnswersFile,
  planRepositoryUpdate,
  applyRepositoryUpdate,
  templates_exports
};
