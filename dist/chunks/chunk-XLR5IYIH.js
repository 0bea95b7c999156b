import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  require__
} from "./chunk-WLMIYAQU.js";
import {
  stableJson
} from "./chunk-E3QC6DGJ.js";
import {
  loadWorkspace
} from "./chunk-77ZPIAPV.js";
import {
  DEFAULT_LIMITS,
  compareDiagnostics,
  decodeMarkdown,
  globWorkspace,
  loadConfig,
  parseMarkdown,
  toString,
  validateConfigData,
  validateWorkspace,
  visit
} from "./chunk-AADV2VBK.js";
import {
  loadYaml
} from "./chunk-U3WXGQSS.js";
import {
  writeWorkspaceFile
} from "./chunk-23KL7PU6.js";
import {
  BoundaryError,
  readWorkspaceFile,
  statWorkspacePath
} from "./chunk-URQ42WZF.js";
import {
  __toESM
} from "./chunk-VFBDS4U7.js";

// parity/outcome.ts
function exitCode(outcome) {
  if (outcome.unusable) return 2;
  return outcome.passed ? 0 : 1;
}
var STATUS_ICON = {
  pass: "\u2705 pass",
  partial: "\u{1F7E1} partial",
  fail: "\u274C fail",
  skipped: "\u23ED\uFE0F skipped"
};
function scoreText(score) {
  return score === null || score === void 0 ? "\u2014" : score.toFixed(2);
}
function unusable(mode, all, what) {
  const diagnostics = all.filter((d) => d.fatal);
  const shown2 = diagnostics[0];
  const where = shown2 ? ` ${shown2.path}:${shown2.line}: ${shown2.message}` : "";
  return {
    mode,
    passed: false,
    unusable: true,
    diagnostics,
    headline: `${what} could not run.${where}`,
    tables: [],
    written: []
  };
}
function matrixTable(matrix) {
  const rows = [];
  for (const d of matrix.domains) {
    for (const c of d.capabilities) {
      const passing = c.contracts.filter((k) => k.status === "pass").length;
      const evaluated = c.contracts.filter((k) => k.status !== "skipped").length;
      rows.push([
        d.domain,
        `${c.id} \u2014 ${c.title}`,
        STATUS_ICON[c.status],
        scoreText(c.score),
        `${passing}/${evaluated}`
      ]);
    }
  }
  return { header: ["Domain", "Capability", "Status", "Score", "Contracts passing"], rows };
}
function matrixHeadline(matrix) {
  const t = matrix.totals;
  const caps = `${t.capabilities.pass} pass, ${t.capabilities.partial} partial, ${t.capabilities.fail} fail${t.capabilities.skipped ? `, ${t.capabilities.skipped} skipped` : ""}`;
  return `Parity score ${scoreText(matrix.score)} (${t.weight.passed} of ${t.weight.evaluated} severity points) over ${t.capabilities.pass + t.capabilities.partial + t.capabilities.fail + t.capabilities.skipped} capabilities: ${caps}.`;
}

// parity/run.ts
import { resolve as resolve4 } from "node:path";

// parity/paths.ts
import { isAbsolute, posix, relative, resolve, sep } from "node:path";
function workspacePath(path) {
  if (path.startsWith("/") || /^[A-Za-z]:/.test(path)) return void 0;
  const normal2 = posix.normalize(path).replace(/\/+$/, "");
  if (normal2 === ".." || normal2.startsWith("../")) return void 0;
  return normal2 === "" ? "." : normal2;
}
function relativeTo(root, target) {
  const full = isAbsolute(target) ? target : resolve(root, target);
  return relative(root, full).split(sep).join("/") || ".";
}

// parity/checks/board-item-done.ts
function isFile(root, path) {
  try {
    return statWorkspacePath(root, path).isFile();
  } catch {
    return false;
  }
}
function readBoardOnce(path, context) {
  const cached = context.boards.get(path);
  if (cached) return cached;
  let read;
  if (!isFile(context.root, path)) {
    read = { problem: `${path} does not exist or is not a file` };
  } else {
    const loaded = loadWorkspace({
      root: context.root,
      paths: [path],
      ...context.configPath ? { configPath: context.configPath } : {}
    });
    const board = loaded.workspace.boards.find((b) => b.path === path);
    const fatal2 = loaded.workspace.diagnostics.find((d) => d.fatal);
    if (board) read = { board };
    else if (fatal2)
      read = { problem: `${fatal2.path}:${fatal2.line} cannot be read: ${fatal2.message}` };
    else read = { problem: `${path} cannot be read as a board` };
  }
  context.boards.set(path, read);
  return read;
}
function short(title) {
  return title.length > 60 ? `${title.slice(0, 59)}\u2026` : title;
}
var boardItemDone = (check, context) => {
  const path = workspacePath(check.board) ?? check.board;
  const read = readBoardOnce(path, context);
  if (!read.board) return { status: "fail", evidence: read.problem };
  const items = read.board.items.filter((i) => i.id === check.item);
  const first = items[0];
  if (!first) return { status: "fail", evidence: `${path} has no item ${check.item}` };
  const open = items.find((i) => !i.done);
  if (!open) {
    return {
      status: "pass",
      evidence: `${first.id} "${short(first.title)}" is done on ${path}:${first.position.line}`
    };
  }
  return {
    status: "fail",
    evidence: `${open.id} "${short(open.title)}" is ${open.status} on ${path}:${open.position.line}`
  };
};

// parity/checks/command.ts
import { spawn } from "node:child_process";
import { resolve as resolve2 } from "node:path";
var DEFAULT_TIMEOUT_SECONDS = 120;
var TAIL = 4096;
function display(run) {
  return run.map((a) => /^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a)).join(" ");
}
function childEnv() {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^INPUT_/i.test(k) || /^ACTIONS_(RUNTIME|ID_TOKEN_REQUEST)_/i.test(k)) continue;
    env[k] = v;
  }
  return env;
}
function isFolder(root, path) {
  try {
    return statWorkspacePath(root, path).isDirectory();
  } catch {
    return false;
  }
}
function lastLine(text) {
  const line = text.trimEnd().split("\n").pop()?.trim() ?? "";
  return line.length > 200 ? `${line.slice(0, 199)}\u2026` : line;
}
var command = (check, { root, allowCommands }) => {
  const shownCommand = display(check.run);
  if (!allowCommands) {
    return {
      status: "skipped",
      evidence: `${shownCommand} was not run: commands are not allowed (parity.allowCommands, --allow-commands, Action input allow-commands)`
    };
  }
  const [program, ...args] = check.run;
  const cwd = resolve2(root, workspacePath(check.cwd ?? ".") ?? ".");
  const seconds = check.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS;
  if (!isFolder(root, cwd)) {
    return {
      status: "fail",
      evidence: `${shownCommand} could not start: ${check.cwd} is not a folder`
    };
  }
  return new Promise((done) => {
    let stderr = "";
    let stdout = "";
    let timedOut = false;
    const keep = (tail, chunk) => (tail + chunk.toString("utf8")).slice(-TAIL);
    const child = spawn(program, args, {
      cwd,
      env: childEnv(),
      shell: false,
      stdio: ["ignore", "pipe", "pipe"],
      detached: process.platform !== "win32",
      windowsHide: true
    });
    const kill = () => {
      try {
        if (child.pid !== void 0 && process.platform !== "win32")
          process.kill(-child.pid, "SIGKILL");
        else child.kill("SIGKILL");
      } catch {
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, seconds * 1e3);
    child.stdout.on("data", (c) => stdout = keep(stdout, c));
    child.stderr.on("data", (c) => stderr = keep(stderr, c));
    child.on("error", (e) => {
      clearTimeout(timer);
      const why = e.code === "ENOENT" ? `${program} was not found` : e.code ?? e.message;
      done({ status: "fail", evidence: `${shownCommand} could not start: ${why}` });
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (timedOut) {
        done({
          status: "fail",
          evidence: `${shownCommand} timed out after ${seconds} s and was killed`
        });
      } else if (code === 0) {
        done({ status: "pass", evidence: `${shownCommand} exited 0` });
      } else {
        const how = code === null ? `was killed by ${signal}` : `exited ${code}`;
        const said = lastLine(stderr) || lastLine(stdout);
        done({ status: "fail", evidence: `${shownCommand} ${how}${said ? `: ${said}` : ""}` });
      }
    });
  });
};

// parity/checks/file-exists.ts
var fileExists = (check, { root }) => {
  const path = workspacePath(check.file) ?? check.file;
  try {
    const folder = statWorkspacePath(root, path).isDirectory();
    return { status: "pass", evidence: `${path} exists${folder ? " (a folder)" : ""}` };
  } catch (e) {
    if (e instanceof BoundaryError) return { status: "fail", evidence: e.message };
    return { status: "fail", evidence: `${path} does not exist` };
  }
};

// parity/checks/glob-exists.ts
var LISTED = 3;
var globExists = (check, { root }) => {
  const min = check.min ?? 1;
  const files = globWorkspace(root, [check.glob], {
    ignore: ["**/node_modules/**", "**/.git/**"]
  }).files;
  const list = files.slice(0, LISTED).join(", ") + (files.length > LISTED ? ", \u2026" : "");
  const matched = files.length === 0 ? `no file matches ${check.glob}` : `${files.length} file${files.length === 1 ? "" : "s"} match${files.length === 1 ? "es" : ""} ${check.glob} (${list})`;
  if (files.length >= min) return { status: "pass", evidence: matched };
  return { status: "fail", evidence: `${matched}; at least ${min} needed` };
};

// parity/json-syntax.ts
var STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
var NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
var LITERAL = /true|false|null/y;
function jsonErrorOffset(text) {
  const n = text.length;
  const stack = [];
  let i = 0;
  let state = "value";
  const skip = () => {
    while (i < n && (text[i] === " " || text[i] === "	" || text[i] === "\n" || text[i] === "\r"))
      i++;
  };
  const match = (re) => {
    re.lastIndex = i;
    if (!re.test(text)) return false;
    i = re.lastIndex;
    return true;
  };
  for (; ; ) {
    skip();
    if (state === "value" || state === "first-value") {
      if (state === "first-value" && text[i] === "]") {
        stack.pop();
        i++;
        state = "after";
      } else if (text[i] === "{" || text[i] === "[") {
        stack.push(text[i]);
        state = text[i] === "{" ? "first-key" : "first-value";
        i++;
      } else if (match(STRING) || match(NUMBER) || match(LITERAL)) {
        state = "after";
      } else {
        return i;
      }
      continue;
    }
    if (state === "key" || state === "first-key") {
      if (state === "first-key" && text[i] === "}") {
        stack.pop();
        i++;
        state = "after";
        continue;
      }
      if (!match(STRING)) return i;
      skip();
      if (text[i] !== ":") return i;
      i++;
      state = "value";
      continue;
    }
    const top = stack[stack.length - 1];
    if (!top) return i < n ? i : -1;
    if (text[i] === ",") {
      i++;
      state = top === "{" ? "key" : "value";
    } else if (text[i] === (top === "{" ? "}" : "]")) {
      stack.pop();
      i++;
    } else {
      return i;
    }
  }
}
function jsonSyntaxError(text) {
  const offset = jsonErrorOffset(text);
  if (offset === -1) return void 0;
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  if (offset >= text.length) {
    const last = text.replace(/\s+$/, "").split("\n").length;
    return {
      message: `the file ends before the JSON value is complete (line ${last})`,
      line: last
    };
  }
  const column = offset - before.lastIndexOf("\n");
  const ch = String.fromCodePoint(text.codePointAt(offset));
  return { message: `unexpected ${JSON.stringify(ch)} at line ${line}, column ${column}`, line };
}

// parity/document.ts
var MAX_DATA_BYTES = 16 * 1024 * 1024;
var utf8 = new TextDecoder("utf-8", { fatal: true });
function fatalDiagnostic(path, rule, message, line = 1) {
  return { rule, severity: "error", message, path, line, column: 1, fatal: true };
}
function fatal(path, rule, message, line = 1) {
  return { diagnostic: fatalDiagnostic(path, rule, message, line) };
}
function isJsonName(path) {
  return /\.json$/i.test(path);
}
function decodeData(bytes, path) {
  const fail = (rule, message, line = 1) => ({
    diagnostic: fatalDiagnostic(path, rule, message, line)
  });
  if (bytes.length > MAX_DATA_BYTES) {
    return fail("file-too-large", `File is ${bytes.length} bytes; the limit is ${MAX_DATA_BYTES}.`);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const line = Buffer.from(bytes.subarray(0, nul)).toString("latin1").split("\n").length;
    return fail("binary-file", "File contains NUL bytes and is not JSON or YAML text.", line);
  }
  const body = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? bytes.subarray(3) : bytes;
  try {
    return { text: utf8.decode(body) };
  } catch {
    const lossy = Buffer.from(body).toString("utf8");
    const line = lossy.slice(0, Math.max(0, lossy.indexOf("\uFFFD"))).split("\n").length;
    return fail(
      "invalid-utf8",
      `Line ${line} is not valid UTF-8. Re-save the file as UTF-8.`,
      line
    );
  }
}
function sentence(text) {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
function tokens(pointer) {
  if (pointer === "" || pointer === "/") return [];
  return pointer.split("/").slice(1).map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function lineFinder(doc, lineCounter) {
  return (pointer) => {
    if (!doc) return 1;
    const { isNode } = loadYaml();
    const path = tokens(pointer);
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return 1;
  };
}
function parseStructured(text, path, json) {
  const rule = json ? "invalid-json" : "invalid-yaml";
  let jsonData;
  if (json) {
    try {
      jsonData = JSON.parse(text);
    } catch (e) {
      const found = jsonSyntaxError(text);
      const message = found?.message ?? e.message.split("\n")[0];
      return fatal(path, rule, `File is not valid JSON: ${message}.`, found?.line ?? 1);
    }
  }
  const { LineCounter, parseDocument } = loadYaml();
  const lineCounter = new LineCounter();
  let doc;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  } catch {
    doc = void 0;
  }
  const yamlError = doc?.errors[0];
  if (yamlError && (!json || /unique/i.test(yamlError.message))) {
    const at = Math.min(yamlError.pos[0], Math.max(0, text.trimEnd().length - 1));
    const line = lineCounter.linePos(at).line;
    const what = json ? "JSON" : "YAML";
    return fatal(
      path,
      rule,
      `File is not valid ${what}: ${sentence(yamlError.message.split("\n")[0] ?? "")}`,
      line
    );
  }
  if (yamlError) doc = void 0;
  let data = jsonData;
  if (!json) {
    try {
      data = doc?.toJS({ maxAliasCount: 100 }) ?? null;
    } catch (e) {
      return fatal(path, rule, `File cannot be read as YAML: ${e.message}`);
    }
  }
  return { document: { path, data, lineOf: lineFinder(doc, lineCounter) } };
}
function readStructured(root, relPath) {
  let bytes;
  try {
    bytes = readWorkspaceFile(root, relPath);
  } catch (e) {
    if (e instanceof BoundaryError) return fatal(relPath, "unreadable-file", e.message);
    const code = e.code;
    const why = code === "ENOENT" ? "it does not exist" : code ?? e.message;
    return fatal(relPath, "unreadable-file", `File cannot be read: ${why}.`);
  }
  const decoded = decodeData(bytes, relPath);
  if (decoded.diagnostic) return { diagnostic: decoded.diagnostic };
  return parseStructured(decoded.text, relPath, isJsonName(relPath));
}

// parity/pointer.ts
var PathSyntaxError = class extends Error {
};
function parsePath(path) {
  if (path === "") return [];
  if (path.startsWith("/")) {
    return path.slice(1).split("/").map((t) => {
      if (/~(?![01])/.test(t)) {
        throw new PathSyntaxError(`"${path}": "~" must be followed by 0 or 1 in a JSON Pointer`);
      }
      return t.replace(/~1/g, "/").replace(/~0/g, "~");
    });
  }
  return parseDotted(path);
}
var FIRST_NAME = /[^.[\]$][^.[\]]*/y;
var DOT_NAME = /\.([^.[\]]+)/y;
var INDEX = /\[(0|[1-9]\d*)\]/y;
var DOUBLE_QUOTED = /\["((?:[^"\\]|\\.)*)"\]/y;
var SINGLE_QUOTED = /\['((?:[^'\\]|\\['\\])*)'\]/y;
function parseDotted(path) {
  const out = [];
  let i = path.startsWith("$") ? 1 : 0;
  const at = (re) => {
    re.lastIndex = i;
    return re.exec(path);
  };
  if (i === 0) {
    const m = at(FIRST_NAME);
    if (m) {
      out.push(m[0]);
      i = FIRST_NAME.lastIndex;
    }
  }
  while (i < path.length) {
    let m;
    if ((m = at(DOT_NAME)) || (m = at(INDEX))) out.push(m[1]);
    else if (m = at(DOUBLE_QUOTED)) {
      try {
        out.push(JSON.parse(`"${m[1]}"`));
      } catch {
        throw new PathSyntaxError(`"${path}": bad escape in the quoted key at character ${i + 1}`);
      }
    } else if (m = at(SINGLE_QUOTED)) out.push(m[1].replace(/\\(['\\])/g, "$1"));
    else {
      throw new PathSyntaxError(
        `"${path}": expected .key, [index] or ["key"] at character ${i + 1}`
      );
    }
    i += m[0].length;
  }
  return out;
}
function toPointer(tokens2) {
  return tokens2.map((t) => `/${t.replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}
function getAtPath(data, tokens2) {
  let value = data;
  for (let n = 0; n < tokens2.length; n++) {
    const token = tokens2[n];
    const missing = { found: false, missing: toPointer(tokens2.slice(0, n + 1)) };
    if (Array.isArray(value)) {
      if (!/^(0|[1-9]\d*)$/.test(token) || Number(token) >= value.length) return missing;
      value = value[Number(token)];
    } else if (value !== null && typeof value === "object") {
      if (!Object.prototype.hasOwnProperty.call(value, token)) return missing;
      value = value[token];
    } else {
      return missing;
    }
  }
  return { found: true, value };
}
function jsonEqual(a, b) {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => jsonEqual(x, b[i]));
  }
  if (a && b && typeof a === "object" && typeof b === "object") {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    if (ka.length !== kb.length) return false;
    return ka.every(
      (k) => Object.prototype.hasOwnProperty.call(b, k) && jsonEqual(a[k], b[k])
    );
  }
  return false;
}

// parity/checks/check.ts
function shown(value, max = 80) {
  const text = JSON.stringify(value) ?? "undefined";
  return text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
}

// parity/checks/json-path-equals.ts
var jsonPathEquals = (check, { root }) => {
  const file = workspacePath(check.file) ?? check.file;
  const tokens2 = parsePath(check.path);
  const pointer = toPointer(tokens2) || "(the document)";
  const parsed = readStructured(root, file);
  if (parsed.diagnostic) {
    const { rule, message, line } = parsed.diagnostic;
    if (rule === "unreadable-file" && /does not exist/.test(message)) {
      return { status: "fail", evidence: `${file} does not exist` };
    }
    return { status: "fail", evidence: `${file}:${line} cannot be read: ${message}` };
  }
  const { document } = parsed;
  const found = getAtPath(document.data, tokens2);
  if (!found.found) {
    return { status: "fail", evidence: `${file} has nothing at ${found.missing}` };
  }
  const at = `${pointer} in ${file}:${document.lineOf(toPointer(tokens2))}`;
  if (jsonEqual(found.value, check.equals)) {
    return { status: "pass", evidence: `${at} is ${shown(found.value)}` };
  }
  return {
    status: "fail",
    evidence: `${at} is ${shown(found.value)}, expected ${shown(check.equals)}`
  };
};

// parity/checks/markdown-heading.ts
function normal(text) {
  return text.replace(/\s+/g, " ").trim().toLowerCase();
}
var markdownHeading = (check, { root }) => {
  const file = workspacePath(check.file) ?? check.file;
  const prefix = /^(#{1,6})\s+(.*)$/.exec(check.heading.trim());
  const depth = check.depth ?? prefix?.[1]?.length;
  const wanted = normal(prefix ? prefix[2].replace(/\s+#+\s*$/, "") : check.heading);
  const written = check.heading.trim();
  const label = !prefix && depth ? `${"#".repeat(depth)} ${written}` : written;
  let bytes;
  try {
    bytes = readWorkspaceFile(root, file);
  } catch (e) {
    if (e instanceof BoundaryError) return { status: "fail", evidence: e.message };
    const code = e.code;
    if (code === "ENOENT") return { status: "fail", evidence: `${file} does not exist` };
    return { status: "fail", evidence: `${file} cannot be read (${code ?? e.message})` };
  }
  const decoded = decodeMarkdown(bytes, file, DEFAULT_LIMITS);
  if (decoded.text === void 0) {
    const d = decoded.diagnostics[0];
    return { status: "fail", evidence: `${file}:${d?.line ?? 1} cannot be read: ${d?.message}` };
  }
  let line;
  visit(parseMarkdown(decoded.text), "heading", (node) => {
    if (line !== void 0) return;
    if (depth !== void 0 && node.depth !== depth) return;
    if (normal(toString(node)) === wanted) line = node.position?.start.line ?? 1;
  });
  if (line !== void 0) {
    return { status: "pass", evidence: `${file}:${line} has the heading "${label}"` };
  }
  return { status: "fail", evidence: `${file} has no heading "${label}"` };
};

// parity/checks/index.ts
var EVALUATORS = {
  "file-exists": fileExists,
  "glob-exists": globExists,
  "json-path-equals": jsonPathEquals,
  "board-item-done": boardItemDone,
  "markdown-heading": markdownHeading,
  command
};
async function evaluate(check, context) {
  const evaluator = EVALUATORS[check.kind];
  return evaluator(check, context);
}

// parity/kb.ts
import { resolve as resolve3 } from "node:path";

// parity/classify.ts
import { posix as posix2 } from "node:path";
var OWN_SCHEMAS = {
  "capability.schema.json": "capability",
  "parity-matrix.schema.json": "parity-matrix",
  "config.schema.json": "config",
  "board.schema.json": "board"
};
var META_2020 = /^https?:\/\/json-schema\.org\/draft\/2020-12\/schema#?$/;
var URL_LIKE = /^[a-z][a-z0-9+.-]*:/i;
var SCHEMA_FILES = {
  capability: "schemas/capability.schema.json",
  "parity-matrix": "schemas/parity-matrix.schema.json",
  config: "schemas/config.schema.json",
  board: "schemas/board.schema.json",
  "json-schema": "the JSON Schema 2020-12 meta-schema"
};
function classify(path, data) {
  const declared = data && typeof data === "object" && !Array.isArray(data) ? data.$schema : void 0;
  if (typeof declared === "string" && declared.trim()) {
    const schema = declared.trim();
    const name = schema.replace(/[?#].*$/, "").split("/").pop() ?? "";
    const own = OWN_SCHEMAS[name];
    if (own) return { kind: own, by: "$schema" };
    if (META_2020.test(schema)) return { kind: "json-schema", by: "$schema" };
    if (URL_LIKE.test(schema)) {
      const reason = /json-schema\.org/.test(schema) ? "only JSON Schema draft 2020-12 is supported" : "remote schemas are not fetched";
      return { kind: "unknown", schema, reason };
    }
    const resolved = posix2.normalize(posix2.join(posix2.dirname(path), schema));
    if (resolved === ".." || resolved.startsWith("../") || schema.startsWith("/")) {
      return { kind: "unknown", schema, reason: "the path leaves the workspace" };
    }
    return { kind: "local", schemaPath: resolved };
  }
  const base = (path.split("/").pop() ?? path).toLowerCase();
  if (/[._-]schema\.(json|ya?ml)$/.test(base)) return { kind: "json-schema", by: "file name" };
  if (/^boardwright\.config\.(json|ya?ml)$/.test(base)) return { kind: "config", by: "file name" };
  if (base.includes("matrix") || base.startsWith("baseline")) {
    return { kind: "parity-matrix", by: "file name" };
  }
  return { kind: "capability", by: "file name" };
}

// parity/schemas.ts
var import__ = __toESM(require__(), 1);

// schemas/capability.schema.json
var capability_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://boardwright.dev/schemas/capability.schema.json",
  title: "boardwright parity capability file",
  description: "One domain of a parity knowledge base (default folder kb/parity), as JSON or YAML: the domain's capabilities, and for each capability the contracts that show it is there. Every contract has a severity from 1 (cosmetic) to 5 (critical), which is its weight in the parity score (see parity-matrix.schema.json), and one check of a declared kind that `boardwright parity run` evaluates against the repository. Paths in checks are relative to the workspace root, use `/` separators and may not leave it. Capability ids are unique in the whole knowledge base; contract ids are unique within their capability; domains are unique in the knowledge base.",
  type: "object",
  additionalProperties: false,
  required: ["domain", "capabilities"],
  properties: {
    $schema: {
      type: "string",
      description: "This schema's URL or a path to it, for editors; boardwright reads it to pick the schema."
    },
    domain: {
      $ref: "#/$defs/id",
      description: "The domain the capabilities belong to, e.g. `auth`, `control-plane`."
    },
    title: {
      type: "string",
      minLength: 1,
      description: "Human name of the domain."
    },
    description: {
      type: "string"
    },
    capabilities: {
      type: "array",
      minItems: 1,
      items: {
        $ref: "#/$defs/capability"
      }
    }
  },
  $defs: {
    id: {
      type: "string",
      pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]*$",
      maxLength: 128,
      description: "Letters, digits, `.`, `_`, `:` and `-`, starting with a letter or digit."
    },
    relativePath: {
      type: "string",
      minLength: 1,
      maxLength: 1024,
      not: {
        pattern: "^(/|[A-Za-z]:)"
      },
      description: "A path relative to the workspace root with `/` separators; it may not be absolute or leave the root through `..`."
    },
    capability: {
      type: "object",
      additionalProperties: false,
      required: ["id", "title", "contracts"],
      properties: {
        id: {
          $ref: "#/$defs/id"
        },
        title: {
          type: "string",
          minLength: 1
        },
        description: {
          type: "string"
        },
        contracts: {
          type: "array",
          minItems: 1,
          items: {
            $ref: "#/$defs/contract"
          }
        }
      }
    },
    contract: {
      type: "object",
      additionalProperties: false,
      required: ["id", "severity", "check"],
      properties: {
        id: {
          $ref: "#/$defs/id"
        },
        title: {
          type: "string",
          minLength: 1
        },
        description: {
          type: "string"
        },
        severity: {
          type: "integer",
          minimum: 1,
          maximum: 5,
          description: "1 cosmetic, 2 minor, 3 moderate, 4 major, 5 critical. The contract's weight in the score."
        },
        check: {
          $ref: "#/$defs/check"
        }
      }
    },
    check: {
      type: "object",
      required: ["kind"],
      properties: {
        kind: {
          enum: [
            "file-exists",
            "glob-exists",
            "json-path-equals",
            "board-item-done",
            "markdown-heading",
            "command"
          ],
          description: "How the contract is checked; the other keys depend on it."
        }
      },
      allOf: [
        {
          if: {
            properties: {
              kind: {
                const: "file-exists"
              }
            },
            required: ["kind"]
          },
          then: {
            $ref: "#/$defs/fileExists"
          }
        },
        {
          if: {
            properties: {
              kind: {
                const: "glob-exists"
              }
            },
            required: ["kind"]
          },
          then: {
            $ref: "#/$defs/globExists"
          }
        },
        {
          if: {
            properties: {
              kind: {
                const: "json-path-equals"
              }
            },
            required: ["kind"]
          },
          then: {
            $ref: "#/$defs/jsonPathEquals"
          }
        },
        {
          if: {
            properties: {
              kind: {
                const: "board-item-done"
              }
            },
            required: ["kind"]
          },
          then: {
            $ref: "#/$defs/boardItemDone"
          }
        },
        {
          if: {
            properties: {
              kind: {
                const: "markdown-heading"
              }
            },
            required: ["kind"]
          },
          then: {
            $ref: "#/$defs/markdownHeading"
          }
        },
        {
          if: {
            properties: {
              kind: {
                const: "command"
              }
            },
            required: ["kind"]
          },
          then: {
            $ref: "#/$defs/command"
          }
        }
      ]
    },
    fileExists: {
      description: "Passes when the file or folder exists.",
      type: "object",
      additionalProperties: false,
      required: ["kind", "file"],
      properties: {
        kind: {
          const: "file-exists"
        },
        file: {
          $ref: "#/$defs/relativePath"
        }
      }
    },
    globExists: {
      description: "Passes when at least `min` files (default 1) match the glob (picomatch syntax; dot files only when the pattern names them; node_modules and .git are never searched).",
      type: "object",
      additionalProperties: false,
      required: ["kind", "glob"],
      properties: {
        kind: {
          const: "glob-exists"
        },
        glob: {
          $ref: "#/$defs/relativePath"
        },
        min: {
          type: "integer",
          minimum: 1,
          default: 1
        }
      }
    },
    jsonPathEquals: {
      description: 'Passes when the value at `path` in the JSON or YAML `file` deeply equals `equals` (key order ignored). `path` is a JSON Pointer (RFC 6901: `/engines/node`, `/items/0/id`; the empty string is the whole document) or a dotted path (`engines.node`, `$.scripts.test`, `items[0].id`, `a["b.c"]`); it has no wildcards or filters.',
      type: "object",
      additionalProperties: false,
      required: ["kind", "file", "path", "equals"],
      properties: {
        kind: {
          const: "json-path-equals"
        },
        file: {
          $ref: "#/$defs/relativePath"
        },
        path: {
          type: "string",
          maxLength: 1024
        },
        equals: {
          description: "Any JSON value."
        }
      }
    },
    boardItemDone: {
      description: "Passes when the item with id `item` on the Markdown board `board` is done (read as `boardwright build` reads it, with the config's status map and dialect overrides).",
      type: "object",
      additionalProperties: false,
      required: ["kind", "board", "item"],
      properties: {
        kind: {
          const: "board-item-done"
        },
        board: {
          $ref: "#/$defs/relativePath"
        },
        item: {
          type: "string",
          minLength: 1,
          maxLength: 256
        }
      }
    },
    markdownHeading: {
      description: "Passes when the Markdown `file` has a heading whose text equals `heading` (whitespace collapsed, case ignored). A leading `## ` in `heading` requires that depth, as does `depth`.",
      type: "object",
      additionalProperties: false,
      required: ["kind", "file", "heading"],
      properties: {
        kind: {
          const: "markdown-heading"
        },
        file: {
          $ref: "#/$defs/relativePath"
        },
        heading: {
          type: "string",
          minLength: 1,
          maxLength: 1024
        },
        depth: {
          type: "integer",
          minimum: 1,
          maximum: 6
        }
      }
    },
    command: {
      description: "Passes when the command exits 0. Runs only when commands are allowed (config parity.allowCommands, CLI --allow-commands, Action input allow-commands); otherwise the contract is skipped. `run` is the program and its arguments; no shell is involved, so pipes, globs and variables are not expanded.",
      type: "object",
      additionalProperties: false,
      required: ["kind", "run"],
      properties: {
        kind: {
          const: "command"
        },
        run: {
          type: "array",
          minItems: 1,
          items: {
            type: "string",
            minLength: 1
          }
        },
        cwd: {
          $ref: "#/$defs/relativePath",
          description: "Folder to run in, relative to the workspace root. Default the root."
        },
        timeoutSeconds: {
          type: "integer",
          minimum: 1,
          maximum: 3600,
          default: 120,
          description: "The command is killed and the contract fails after this many seconds."
        }
      }
    }
  }
};

// schemas/parity-matrix.schema.json
var parity_matrix_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://boardwright.dev/schemas/parity-matrix.schema.json",
  title: "boardwright parity matrix",
  description: "What `boardwright parity run` writes (and what a committed parity baseline is): every capability of the knowledge base with its status, score and the evidence of each contract.\n\nScore, the same rule at every level (capability, domain, whole matrix). Each contract's weight is its severity (1\u20135). A contract is `pass` or `fail`, or `skipped` when it is a `command` contract and commands are not allowed. Over the contracts in scope, passed = the sum of the severities of the passing contracts and evaluated = the sum of the severities of the passing and failing ones (skipped contracts count in neither). score = round(10000 \xD7 passed / evaluated) / 100, i.e. a percentage from 0 to 100 rounded half up to two decimals; it is null when evaluated is 0. The matrix score pools every contract of the knowledge base (it is not an average of capability scores), so a severity-5 contract moves it five times as much as a severity-1 contract. A capability's status is `pass` when all its evaluated contracts pass, `fail` when none passes, `partial` otherwise, and `skipped` when none was evaluated.\n\nGate: with the baseline's score B and the current score S, delta = round(100 \xD7 (S \u2212 B)) / 100 points; the gate fails when \u2212delta is greater than the threshold (default 5 points), so a drop of exactly the threshold passes.\n\nThe file is written with sorted keys, two-space indent and a trailing newline, without timestamps or durations: the same repository gives the same bytes.",
  type: "object",
  additionalProperties: false,
  required: ["schemaVersion", "kb", "allowCommands", "score", "totals", "domains"],
  properties: {
    $schema: {
      type: "string"
    },
    schemaVersion: {
      const: 1
    },
    kb: {
      type: "string",
      description: "The knowledge-base folder, relative to the workspace root."
    },
    allowCommands: {
      type: "boolean",
      description: "Whether `command` contracts were run (false: they are skipped and count in no score)."
    },
    score: {
      $ref: "#/$defs/score"
    },
    totals: {
      type: "object",
      additionalProperties: false,
      required: ["capabilities", "contracts", "weight"],
      properties: {
        capabilities: {
          type: "object",
          additionalProperties: false,
          required: ["pass", "partial", "fail", "skipped"],
          properties: {
            pass: { $ref: "#/$defs/count" },
            partial: { $ref: "#/$defs/count" },
            fail: { $ref: "#/$defs/count" },
            skipped: { $ref: "#/$defs/count" }
          }
        },
        contracts: {
          type: "object",
          additionalProperties: false,
          required: ["pass", "fail", "skipped"],
          properties: {
            pass: { $ref: "#/$defs/count" },
            fail: { $ref: "#/$defs/count" },
            skipped: { $ref: "#/$defs/count" }
          }
        },
        weight: {
          $ref: "#/$defs/weight"
        }
      }
    },
    domains: {
      type: "array",
      items: {
        $ref: "#/$defs/domain"
      }
    }
  },
  $defs: {
    count: {
      type: "integer",
      minimum: 0
    },
    score: {
      type: ["number", "null"],
      minimum: 0,
      maximum: 100,
      description: "round(10000 \xD7 passed / evaluated) / 100; null when nothing was evaluated."
    },
    weight: {
      type: "object",
      additionalProperties: false,
      required: ["passed", "evaluated"],
      properties: {
        passed: {
          $ref: "#/$defs/count",
          description: "Sum of the severities of the passing contracts."
        },
        evaluated: {
          $ref: "#/$defs/count",
          description: "Sum of the severities of the passing and failing contracts."
        }
      }
    },
    domain: {
      type: "object",
      additionalProperties: false,
      required: ["domain", "file", "score", "weight", "capabilities"],
      properties: {
        domain: { type: "string", minLength: 1 },
        title: { type: "string" },
        file: {
          type: "string",
          description: "The capability file, relative to the workspace root."
        },
        score: { $ref: "#/$defs/score" },
        weight: { $ref: "#/$defs/weight" },
        capabilities: {
          type: "array",
          items: { $ref: "#/$defs/capability" }
        }
      }
    },
    capability: {
      type: "object",
      additionalProperties: false,
      required: ["id", "title", "status", "score", "weight", "contracts"],
      properties: {
        id: { type: "string", minLength: 1 },
        title: { type: "string" },
        status: { enum: ["pass", "partial", "fail", "skipped"] },
        score: { $ref: "#/$defs/score" },
        weight: { $ref: "#/$defs/weight" },
        contracts: {
          type: "array",
          description: "The evidence: every contract of the capability, in file order.",
          items: { $ref: "#/$defs/contract" }
        }
      }
    },
    contract: {
      type: "object",
      additionalProperties: false,
      required: ["id", "severity", "kind", "status", "evidence"],
      properties: {
        id: { type: "string", minLength: 1 },
        title: { type: "string" },
        severity: { type: "integer", minimum: 1, maximum: 5 },
        kind: {
          enum: [
            "file-exists",
            "glob-exists",
            "json-path-equals",
            "board-item-done",
            "markdown-heading",
            "command"
          ]
        },
        status: { enum: ["pass", "fail", "skipped"] },
        evidence: {
          type: "string",
          description: "What the check found, in one sentence (e.g. `spec/a/plan.md exists`, `item M1.2 is in-progress on docs/TASKS.md:40`)."
        }
      }
    }
  }
};

// parity/schemas.ts
var compiled;
function validators() {
  if (!compiled) {
    const ajv = new import__.Ajv2020({
      allErrors: true,
      strict: true,
      strictTuples: false,
      allowUnionTypes: true
    });
    compiled = { capability: ajv.compile(capability_schema_default), matrix: ajv.compile(parity_matrix_schema_default) };
  }
  return compiled;
}
function violations(errors) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const e of errors ?? []) {
    if (e.keyword === "if") continue;
    let pointer = e.instancePath;
    let message = e.message ?? "is invalid";
    if (e.keyword === "additionalProperties") {
      const key2 = e.params.additionalProperty;
      pointer = `${pointer}/${key2.replace(/~/g, "~0").replace(/\//g, "~1")}`;
      message = `is not an allowed key here`;
    } else if (e.keyword === "enum") {
      const allowed = e.params.allowedValues;
      message = `must be one of ${allowed.map((v) => JSON.stringify(v)).join(", ")}`;
    } else if (e.keyword === "const") {
      message = `must be ${JSON.stringify(e.params.allowedValue)}`;
    } else if (e.keyword === "not" && e.schemaPath.includes("relativePath")) {
      message = "must be a relative path, not an absolute one";
    }
    const key = `${pointer}\0${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ pointer, message });
  }
  return out;
}
function validateCapabilityData(data) {
  const v = validators().capability;
  return v(data) ? [] : violations(v.errors);
}
function validateMatrixData(data) {
  const v = validators().matrix;
  return v(data) ? [] : violations(v.errors);
}
function violationDiagnostics(document, found, schemaName, options = {}) {
  return found.map((v) => ({
    rule: options.rule ?? "schema-violation",
    severity: "error",
    message: `${options.label ?? ""}${v.pointer || "(the document)"} ${v.message} (${schemaName}).`,
    path: document.path,
    line: document.lineOf(v.pointer),
    column: 1,
    ...options.fatal ? { fatal: true } : {}
  }));
}

// parity/kb.ts
function isFolder2(root, path) {
  try {
    return statWorkspacePath(root, path).isDirectory();
  } catch {
    return false;
  }
}
function readKbFiles(root, kbDir) {
  const kb = relativeTo(root, kbDir);
  const full = resolve3(root, kbDir);
  if (!isFolder2(root, full)) {
    const message = `Knowledge-base folder "${kb}" does not exist. Pass --kb (Action input kb) or set parity.kb in the config.`;
    return {
      kb,
      paths: [],
      entries: [],
      diagnostics: [fatalDiagnostic(kb, "parity-kb-missing", message)]
    };
  }
  const paths = globWorkspace(root, ["**/*.json", "**/*.yaml", "**/*.yml"], {
    cwd: full,
    ignore: ["**/node_modules/**"]
  }).files.map((f) => kb === "." ? f : `${kb}/${f}`).sort();
  const entries = [];
  const diagnostics = [];
  for (const path of paths) {
    const parsed = readStructured(root, path);
    if (parsed.diagnostic) diagnostics.push(parsed.diagnostic);
    else {
      entries.push({
        document: parsed.document,
        classification: classify(path, parsed.document.data)
      });
    }
  }
  return { kb, paths, entries, diagnostics };
}
function pathsOf(check) {
  switch (check.kind) {
    case "file-exists":
    case "json-path-equals":
    case "markdown-heading":
      return [["file", check.file]];
    case "glob-exists":
      return [["glob", check.glob]];
    case "board-item-done":
      return [["board", check.board]];
    case "command":
      return check.cwd === void 0 ? [] : [["cwd", check.cwd]];
  }
}
function checkCapabilityFiles(entries) {
  const domains = [];
  const diagnostics = [];
  const domainSeen = /* @__PURE__ */ new Map();
  const capabilitySeen = /* @__PURE__ */ new Map();
  for (const { document, classification } of entries) {
    if (classification.kind !== "capability") continue;
    const found = validateCapabilityData(document.data);
    if (found.length) {
      diagnostics.push(...violationDiagnostics(document, found, SCHEMA_FILES.capability));
      continue;
    }
    const data = document.data;
    const problems = [];
    const problem2 = (pointer, message) => {
      problems.push({
        rule: "invalid-capability",
        severity: "error",
        message,
        path: document.path,
        line: document.lineOf(pointer),
        column: 1
      });
    };
    const where = (map, key, at) => {
      const before = map.get(key);
      if (!before) map.set(key, at);
      return before;
    };
    const here = (pointer) => `${document.path}:${document.lineOf(pointer)}`;
    const firstDomain = where(domainSeen, data.domain, here("/domain"));
    if (firstDomain) {
      problem2("/domain", `Domain "${data.domain}" is already described in ${firstDomain}.`);
    }
    data.capabilities.forEach((capability, c) => {
      const cap = `/capabilities/${c}`;
      const first = where(capabilitySeen, capability.id, here(`${cap}/id`));
      if (first)
        problem2(`${cap}/id`, `Capability id "${capability.id}" is already used at ${first}.`);
      const contractSeen = /* @__PURE__ */ new Map();
      capability.contracts.forEach((contract, k) => {
        const at = `${cap}/contracts/${k}`;
        const again = where(contractSeen, contract.id, here(`${at}/id`));
        if (again) {
          problem2(
            `${at}/id`,
            `Contract id "${contract.id}" is already used in capability "${capability.id}" at ${again}.`
          );
        }
        const check = contract.check;
        for (const [key, value] of pathsOf(check)) {
          if (workspacePath(value) === void 0) {
            problem2(
              `${at}/check/${key}`,
              `"${value}" leaves the workspace; check paths are relative to the workspace root and stay inside it.`
            );
          }
        }
        if (check.kind === "json-path-equals") {
          try {
            parsePath(check.path);
          } catch (e) {
            if (!(e instanceof PathSyntaxError)) throw e;
            problem2(`${at}/check/path`, `Invalid JSON path ${e.message}.`);
          }
        }
        if (check.kind === "markdown-heading") {
          const hashes = /^(#{1,6})\s/.exec(check.heading)?.[1]?.length;
          if (hashes !== void 0 && check.depth !== void 0 && hashes !== check.depth) {
            problem2(
              `${at}/check/depth`,
              `Heading "${check.heading}" is written at depth ${hashes} but depth says ${check.depth}.`
            );
          }
        }
      });
    });
    diagnostics.push(...problems);
    if (!problems.length) {
      domains.push({ path: document.path, data, lineOf: document.lineOf });
    }
  }
  return { domains, diagnostics };
}

// parity/types.ts
var MATRIX_SCHEMA_URL = "https://boardwright.dev/schemas/parity-matrix.schema.json";

// parity/score.ts
function scoreOf(weight) {
  if (weight.evaluated === 0) return null;
  return Math.round(1e4 * weight.passed / weight.evaluated) / 100;
}
function weightOf(contracts) {
  const weight = { passed: 0, evaluated: 0 };
  for (const c of contracts) {
    if (c.status === "skipped") continue;
    weight.evaluated += c.severity;
    if (c.status === "pass") weight.passed += c.severity;
  }
  return weight;
}
function statusOf(weight) {
  if (weight.evaluated === 0) return "skipped";
  if (weight.passed === weight.evaluated) return "pass";
  return weight.passed === 0 ? "fail" : "partial";
}
function add(a, b) {
  return { passed: a.passed + b.passed, evaluated: a.evaluated + b.evaluated };
}
function scoreCapability(id, title, contracts) {
  const weight = weightOf(contracts);
  return { id, title, status: statusOf(weight), score: scoreOf(weight), weight, contracts };
}
function scoreDomain(domain, capabilities) {
  const weight = capabilities.reduce((w, c) => add(w, c.weight), { passed: 0, evaluated: 0 });
  return {
    domain: domain.domain,
    ...domain.title !== void 0 ? { title: domain.title } : {},
    file: domain.file,
    score: scoreOf(weight),
    weight,
    capabilities
  };
}
function buildMatrix(kb, allowCommands, domains) {
  const weight = domains.reduce((w, d) => add(w, d.weight), { passed: 0, evaluated: 0 });
  const capabilities = { pass: 0, partial: 0, fail: 0, skipped: 0 };
  const contracts = { pass: 0, fail: 0, skipped: 0 };
  for (const d of domains) {
    for (const c of d.capabilities) {
      capabilities[c.status]++;
      for (const k of c.contracts) contracts[k.status]++;
    }
  }
  return {
    $schema: MATRIX_SCHEMA_URL,
    schemaVersion: 1,
    kb,
    allowCommands,
    score: scoreOf(weight),
    totals: { capabilities, contracts, weight },
    domains
  };
}

// parity/run.ts
function contractKey(capability, contract) {
  return `${capability}/${contract}`;
}
async function runParity(options) {
  const root = resolve4(options.root);
  const files = readKbFiles(root, options.kb);
  const checked = checkCapabilityFiles(files.entries);
  const diagnostics = [
    ...files.diagnostics,
    ...checked.diagnostics.map((d) => ({ ...d, fatal: true }))
  ];
  const locations = /* @__PURE__ */ new Map();
  const contractDiagnostics = /* @__PURE__ */ new Map();
  if (!files.diagnostics.length && !checked.diagnostics.length && !checked.domains.length) {
    diagnostics.push({
      rule: "parity-kb-empty",
      severity: "error",
      message: `Knowledge-base folder "${files.kb}" holds no capability file (JSON or YAML with a domain and capabilities; see schemas/capability.schema.json).`,
      path: files.kb,
      line: 1,
      column: 1,
      fatal: true
    });
  }
  if (diagnostics.some((d) => d.fatal)) {
    diagnostics.sort(compareDiagnostics);
    return { kb: files.kb, diagnostics, unusable: true, locations, contractDiagnostics };
  }
  const context = {
    root,
    allowCommands: options.allowCommands,
    boards: /* @__PURE__ */ new Map(),
    ...options.configPath ? { configPath: options.configPath } : {}
  };
  const domains = [];
  for (const domain of checked.domains) {
    const capabilities = [];
    for (const [c, capability] of domain.data.capabilities.entries()) {
      const contracts = [];
      for (const [k, contract] of capability.contracts.entries()) {
        const result = await evaluate(contract.check, context);
        const line = domain.lineOf(`/capabilities/${c}/contracts/${k}`);
        locations.set(contractKey(capability.id, contract.id), { path: domain.path, line });
        contracts.push({
          id: contract.id,
          ...contract.title !== void 0 ? { title: contract.title } : {},
          severity: contract.severity,
          kind: contract.check.kind,
          status: result.status,
          evidence: result.evidence
        });
        if (result.status !== "pass") {
          const failed = result.status === "fail";
          const diagnostic = {
            rule: failed ? "parity-contract-failed" : "parity-contract-skipped",
            severity: failed ? "warning" : "info",
            message: `Contract ${contractKey(capability.id, contract.id)} (severity ${contract.severity}) ${failed ? "fails" : "was skipped"}: ${result.evidence.replace(/\.$/, "")}.`,
            path: domain.path,
            line,
            column: 1
          };
          diagnostics.push(diagnostic);
          contractDiagnostics.set(contractKey(capability.id, contract.id), diagnostic);
        }
      }
      capabilities.push(scoreCapability(capability.id, capability.title, contracts));
    }
    const { domain: name, title } = domain.data;
    domains.push(
      scoreDomain({ domain: name, file: domain.path, ...title ? { title } : {} }, capabilities)
    );
  }
  const matrix = buildMatrix(files.kb, options.allowCommands, domains);
  if (matrix.score === null) {
    diagnostics.push({
      rule: "parity-nothing-evaluated",
      severity: "warning",
      message: `No contract of "${files.kb}" was evaluated (every one is a command contract and commands are not allowed), so there is no score.`,
      path: files.kb,
      line: 1,
      column: 1
    });
  }
  diagnostics.sort(compareDiagnostics);
  return { kb: files.kb, matrix, diagnostics, unusable: false, locations, contractDiagnostics };
}

// parity/gate.ts
var DEFAULT_THRESHOLD = 5;
function statuses(matrix) {
  const out = /* @__PURE__ */ new Map();
  for (const d of matrix.domains) {
    for (const c of d.capabilities) {
      for (const k of c.contracts)
        out.set(contractKey(c.id, k.id), { capability: c.id, contract: k });
    }
  }
  return out;
}
function compareMatrices(current, baseline, threshold) {
  const score = current.score;
  const baselineScore = baseline.score;
  const delta = baselineScore === null ? null : Math.round(100 * (score - baselineScore)) / 100;
  const before = statuses(baseline);
  const regressions = [];
  const fixed = [];
  for (const [key, now] of statuses(current)) {
    const then = before.get(key)?.contract.status;
    if (then === "pass" && now.contract.status === "fail") regressions.push(now);
    if (then === "fail" && now.contract.status === "pass") fixed.push(key);
  }
  return {
    passed: delta === null || -delta <= threshold,
    score,
    baselineScore,
    delta,
    threshold,
    regressions,
    fixed
  };
}
function formatDelta(delta) {
  return `${delta > 0 ? "+" : ""}${delta.toFixed(2)}`;
}
function gateDiagnostics(result, locations, baseline) {
  const out = [];
  if (!result.passed && result.delta !== null) {
    out.push({
      rule: "parity-score-drop",
      severity: "error",
      message: `Parity score dropped from ${result.baselineScore?.toFixed(2)} (${baseline.label}) to ${result.score.toFixed(2)}: ${formatDelta(result.delta)} points, more than the threshold of ${result.threshold}.`,
      path: baseline.path,
      line: baseline.line,
      column: 1
    });
  }
  for (const r of result.regressions) {
    const key = contractKey(r.capability, r.contract.id);
    const at = locations.get(key);
    out.push({
      rule: "parity-regression",
      severity: "warning",
      message: `Contract ${key} (severity ${r.contract.severity}) passed in ${baseline.label} and fails now: ${r.contract.evidence}.`,
      path: at?.path ?? baseline.path,
      line: at?.line ?? 1,
      column: 1
    });
  }
  return out;
}

// parity/validate.ts
var import__2 = __toESM(require__(), 1);

// parity/matrix.ts
function matrixJson(matrix) {
  return stableJson(matrix);
}
function acceptMatrix(document, label = "") {
  const found = validateMatrixData(document.data);
  if (found.length) {
    return {
      diagnostics: violationDiagnostics(document, found, SCHEMA_FILES["parity-matrix"], {
        rule: "invalid-matrix",
        fatal: true,
        label
      })
    };
  }
  const matrix = document.data;
  const expected = scoreOf(matrix.totals.weight);
  if (matrix.score !== expected) {
    return {
      diagnostics: [
        {
          rule: "invalid-matrix",
          severity: "error",
          message: `${label}/score is ${matrix.score} but /totals/weight gives ${expected} (${matrix.totals.weight.passed} of ${matrix.totals.weight.evaluated}); regenerate the file with boardwright parity run or gate --update-baseline.`,
          path: document.path,
          line: document.lineOf("/score"),
          column: 1,
          fatal: true
        }
      ]
    };
  }
  return { matrix };
}

// parity/validate.ts
function userAjv() {
  return new import__2.Ajv2020({ allErrors: true, strict: false, validateFormats: false, logger: false });
}
function problem(document, rule, message, pointer = "") {
  return {
    rule,
    severity: "error",
    message,
    path: document.path,
    line: document.lineOf(pointer),
    column: 1
  };
}
function checkSchemaFile(document) {
  const ajv = userAjv();
  if (!ajv.validateSchema(document.data)) {
    const found = violations(ajv.errors);
    return violationDiagnostics(document, found, "the JSON Schema 2020-12 meta-schema");
  }
  try {
    ajv.compile(document.data);
    return [];
  } catch (e) {
    return [
      problem(
        document,
        "schema-violation",
        `The schema cannot be compiled: ${e.message}.`
      )
    ];
  }
}
function validateKb(root, kbDir) {
  const read = readKbFiles(root, kbDir);
  const diagnostics = [...read.diagnostics];
  const byPath = /* @__PURE__ */ new Map();
  for (const d of read.diagnostics) {
    if (read.paths.includes(d.path)) {
      byPath.set(d.path, { path: d.path, schema: "\u2014", result: "unusable", problems: 1 });
    }
  }
  const localSchemas = /* @__PURE__ */ new Map();
  const capabilityEntries = read.entries.filter((e) => e.classification.kind === "capability");
  const capabilityProblems = checkCapabilityFiles(capabilityEntries).diagnostics;
  for (const entry of read.entries) {
    const { document, classification } = entry;
    const found = checkEntry(root, entry, capabilityProblems, localSchemas);
    diagnostics.push(...found);
    const errors = found.filter((d) => d.severity === "error").length;
    byPath.set(document.path, {
      path: document.path,
      schema: schemaLabel(classification),
      result: classification.kind === "unknown" ? "unchecked" : errors > 0 ? "invalid" : "valid",
      problems: errors
    });
  }
  const files = read.paths.map((p) => byPath.get(p)).filter((f) => !!f);
  return { kb: read.kb, files, diagnostics: diagnostics.sort(compareDiagnostics) };
}
function schemaLabel(c) {
  if (c.kind === "local") return c.schemaPath;
  if (c.kind === "unknown") return c.schema;
  return SCHEMA_FILES[c.kind];
}
function fromViolations(document, found, schema) {
  return violationDiagnostics(document, found, schema);
}
function checkEntry(root, { document, classification }, capabilityProblems, localSchemas) {
  switch (classification.kind) {
    case "capability":
      return capabilityProblems.filter((d) => d.path === document.path);
    case "parity-matrix": {
      const accepted = acceptMatrix(document);
      return (accepted.diagnostics ?? []).map(({ fatal: _fatal, ...d }) => d);
    }
    case "config": {
      const found = validateConfigData(document.data);
      return fromViolations(document, found, SCHEMA_FILES.config);
    }
    case "board": {
      const found = validateWorkspace(document.data).map((e) => ({
        pointer: e.pointer === "/" ? "" : e.pointer,
        message: e.message
      }));
      return fromViolations(document, found, SCHEMA_FILES.board);
    }
    case "json-schema":
      return checkSchemaFile(document);
    case "local": {
      let validate = localSchemas.get(classification.schemaPath);
      if (!validate) {
        validate = compileLocal(root, classification.schemaPath);
        localSchemas.set(classification.schemaPath, validate);
      }
      if (!(typeof validate === "function")) {
        return [problem(document, "unknown-schema", validate.message, "/$schema")];
      }
      return validate(document.data) ? [] : fromViolations(document, violations(validate.errors), classification.schemaPath);
    }
    case "unknown":
      return [
        {
          rule: "unknown-schema",
          severity: "warning",
          message: `Not checked: $schema "${classification.schema}" cannot be used (${classification.reason}).`,
          path: document.path,
          line: document.lineOf("/$schema"),
          column: 1
        }
      ];
  }
}
function compileLocal(root, schemaPath) {
  const parsed = readStructured(root, schemaPath);
  if (parsed.diagnostic) {
    return {
      ...parsed.diagnostic,
      message: `$schema names ${schemaPath}, which cannot be used: ${parsed.diagnostic.message}`
    };
  }
  try {
    return userAjv().compile(parsed.document.data);
  } catch (e) {
    return {
      rule: "unknown-schema",
      severity: "error",
      message: `$schema names ${schemaPath}, which is not a usable JSON Schema: ${e.message}.`,
      path: schemaPath,
      line: 1,
      column: 1
    };
  }
}

// parity/command.ts
import { resolve as resolve6 } from "node:path";

// parity/baseline.ts
import { existsSync } from "node:fs";
import { resolve as resolve5 } from "node:path";

// parity/git.ts
import { execFile } from "node:child_process";
var MAX_BYTES = 64 * 1024 * 1024;
function isSafeRef(ref) {
  if (!ref || ref.length > 256 || ref.startsWith("-")) return false;
  for (const ch of ref) {
    const code = ch.codePointAt(0);
    if (code <= 32 || code === 127 || ch === ":") return false;
  }
  return true;
}
function gitShow(root, ref, path) {
  if (!isSafeRef(ref)) {
    return Promise.resolve({
      diagnostic: fatalDiagnostic(
        path,
        "git-failed",
        `"${ref}" is not a usable git ref (it may not start with "-" or contain spaces or ":").`
      )
    });
  }
  return new Promise((done) => {
    execFile(
      "git",
      ["show", `${ref}:./${path}`],
      { cwd: root, encoding: "buffer", maxBuffer: MAX_BYTES, timeout: 6e4, windowsHide: true },
      (error, stdout, stderr) => {
        if (!error) return done({ bytes: stdout });
        const said = (stderr?.toString("utf8") ?? "").trim().split("\n")[0] ?? "";
        const code = error.code;
        let diagnostic;
        if (code === "ENOENT") {
          diagnostic = fatalDiagnostic(path, "git-failed", "git is not installed or not on PATH.");
        } else if (/not a git repository/i.test(said)) {
          diagnostic = fatalDiagnostic(
            path,
            "git-failed",
            `The workspace is not inside a git repository, so the baseline cannot be read at ${ref}. Pass --baseline with a committed file instead.`
          );
        } else if (/does not exist in|exists on disk, but not in/.test(said)) {
          diagnostic = fatalDiagnostic(
            path,
            "parity-baseline-missing",
            `No baseline: ${path} does not exist at ${ref}. Commit a matrix there first (boardwright parity run --out ${path}), or pass --baseline with a committed file.`
          );
        } else {
          diagnostic = fatalDiagnostic(
            path,
            "git-failed",
            `git cannot read ${path} at ${ref}: ${said || error.message}. Is the ref fetched (actions/checkout with fetch-depth: 0)?`
          );
        }
        done({ diagnostic });
      }
    );
  });
}

// parity/baseline.ts
function describeBaseline(source) {
  return source.ref ? `${source.ref}:${source.path}` : source.path;
}
var NONE = { diagnostics: [], missing: false, scoreLine: 1 };
async function loadBaseline(root, source) {
  const { path, ref } = source;
  if (!ref) {
    if (!existsSync(resolve5(root, path))) {
      const message = `No baseline: ${path} does not exist. Create it with boardwright parity gate --update-baseline --baseline ${path}, or pass --base-ref to compare with a committed matrix.`;
      return {
        diagnostics: [fatalDiagnostic(path, "parity-baseline-missing", message)],
        missing: true,
        scoreLine: 1
      };
    }
    const parsed2 = readStructured(root, path);
    if (parsed2.diagnostic) return { ...NONE, diagnostics: [parsed2.diagnostic] };
    const accepted2 = acceptMatrix(parsed2.document);
    return accepted2.matrix ? { ...NONE, matrix: accepted2.matrix, scoreLine: parsed2.document.lineOf("/score") } : { ...NONE, diagnostics: accepted2.diagnostics };
  }
  const shown2 = await gitShow(root, ref, path);
  if (shown2.diagnostic) {
    const missing = shown2.diagnostic.rule === "parity-baseline-missing";
    return { ...NONE, diagnostics: [shown2.diagnostic], missing };
  }
  const label = `at ${ref}: `;
  const decoded = decodeData(shown2.bytes, path);
  if (decoded.diagnostic) {
    const message = label + decoded.diagnostic.message;
    return { ...NONE, diagnostics: [{ ...decoded.diagnostic, message }] };
  }
  const parsed = parseStructured(decoded.text, path, isJsonName(path));
  if (parsed.diagnostic) {
    const message = label + parsed.diagnostic.message;
    return { ...NONE, diagnostics: [{ ...parsed.diagnostic, message }] };
  }
  const accepted = acceptMatrix(parsed.document, label);
  return accepted.matrix ? { ...NONE, matrix: accepted.matrix } : { ...NONE, diagnostics: accepted.diagnostics };
}

// parity/settings.ts
var DEFAULT_KB = "kb/parity";
var DEFAULT_OUT = "parity-matrix.json";
function resolveSettings(root, request) {
  const config = loadConfig(root, request.configPath);
  if (config.diagnostics.some((d) => d.fatal)) return { diagnostics: config.diagnostics };
  const parity = config.config.parity ?? {};
  const threshold = request.threshold ?? parity.threshold ?? DEFAULT_THRESHOLD;
  if (!Number.isFinite(threshold) || threshold < 0 || threshold > 100) {
    return {
      diagnostics: [
        {
          rule: "invalid-option",
          severity: "error",
          message: `The threshold must be a number of points from 0 to 100, not "${threshold}".`,
          path: config.path ?? ".",
          line: 1,
          column: 1,
          fatal: true
        }
      ]
    };
  }
  const baseline = request.baseline ?? parity.baseline;
  return {
    settings: {
      kb: request.kb ?? parity.kb ?? DEFAULT_KB,
      allowCommands: request.allowCommands ?? parity.allowCommands ?? false,
      threshold,
      ...baseline ? { baseline } : {},
      config
    }
  };
}

// parity/command.ts
function writeFile(root, path, content) {
  const full = resolve6(root, path);
  try {
    writeWorkspaceFile(root, path, content);
    return void 0;
  } catch (e) {
    return {
      rule: "write-failed",
      severity: "error",
      message: e instanceof BoundaryError ? e.message : `Cannot write ${relativeTo(root, full)}: ${e.code ?? e.message}.`,
      path: relativeTo(root, full),
      line: 1,
      column: 1,
      fatal: true
    };
  }
}
async function parityRun(request) {
  const root = resolve6(request.root);
  const resolved = resolveSettings(root, request);
  if (!resolved.settings) return unusable("run", resolved.diagnostics, "The parity run");
  const { settings } = resolved;
  const result = await runParity({
    root,
    kb: settings.kb,
    allowCommands: settings.allowCommands,
    ...request.configPath ? { configPath: request.configPath } : {}
  });
  if (!result.matrix) return unusable("run", result.diagnostics, "The parity run");
  const out = request.out ?? DEFAULT_OUT;
  const failed = writeFile(root, out, matrixJson(result.matrix));
  if (failed) return unusable("run", [...result.diagnostics, failed], "The parity run");
  return {
    mode: "run",
    passed: true,
    unusable: false,
    diagnostics: result.diagnostics,
    headline: `${matrixHeadline(result.matrix)} Matrix written to ${relativeTo(root, resolve6(root, out))}.`,
    tables: [matrixTable(result.matrix)],
    matrix: result.matrix,
    score: result.matrix.score,
    written: [relativeTo(root, resolve6(root, out))]
  };
}
async function parityGate(request) {
  const root = resolve6(request.root);
  const resolved = resolveSettings(root, request);
  if (!resolved.settings) return unusable("gate", resolved.diagnostics, "The parity gate");
  const { settings } = resolved;
  const baseRef = request.baseRef ?? (settings.baseline ? void 0 : request.fallbackBaseRef);
  const path = settings.baseline ?? (baseRef ? request.out ?? DEFAULT_OUT : void 0);
  if (!path) {
    return unusable(
      "gate",
      [
        {
          rule: "parity-baseline-missing",
          severity: "error",
          message: "No baseline: pass --baseline <file> (a committed matrix), --base-ref <ref> (the matrix at that ref), or set parity.baseline in the config.",
          path: settings.config.path ?? ".",
          line: 1,
          column: 1,
          fatal: true
        }
      ],
      "The parity gate"
    );
  }
  const source = {
    path: relativeTo(root, resolve6(root, path)),
    ...baseRef ? { ref: baseRef } : {}
  };
  const label = describeBaseline(source);
  const baseline = await loadBaseline(root, source);
  if (!baseline.matrix && !request.updateBaseline) {
    return unusable("gate", baseline.diagnostics, "The parity gate");
  }
  const result = await runParity({
    root,
    kb: settings.kb,
    allowCommands: settings.allowCommands,
    ...request.configPath ? { configPath: request.configPath } : {}
  });
  if (!result.matrix) return unusable("gate", result.diagnostics, "The parity gate");
  const matrix = result.matrix;
  if (matrix.score === null) {
    const diagnostics2 = result.diagnostics.map(
      (d) => d.rule === "parity-nothing-evaluated" ? { ...d, severity: "error", fatal: true } : d
    );
    return unusable("gate", diagnostics2, "The parity gate");
  }
  const diagnostics = [...result.diagnostics];
  const written = [];
  const write = (target) => {
    const failed = writeFile(root, target, matrixJson(matrix));
    if (!failed) written.push(relativeTo(root, resolve6(root, target)));
    return failed;
  };
  if (request.out) {
    const failed = write(request.out);
    if (failed) return unusable("gate", [...diagnostics, failed], "The parity gate");
  }
  if (request.updateBaseline) {
    const failed = write(source.path);
    if (failed) return unusable("gate", [...diagnostics, failed], "The parity gate");
    const before = baseline.matrix?.score;
    const delta = baseline.matrix ? compareMatrices(matrix, baseline.matrix, settings.threshold).delta : null;
    diagnostics.push({
      rule: "parity-baseline-updated",
      severity: "info",
      message: `Baseline ${source.path} now holds score ${matrix.score.toFixed(2)}${before === void 0 ? "" : ` (was ${scoreText(before)})`}.`,
      path: source.path,
      line: 1,
      column: 1
    });
    return {
      mode: "gate",
      passed: true,
      unusable: false,
      diagnostics,
      headline: `${matrixHeadline(matrix)} Baseline ${source.path} updated${before === void 0 ? "" : ` from ${scoreText(before)}`}.`,
      tables: [matrixTable(matrix)],
      matrix,
      score: matrix.score,
      baselineScore: before ?? null,
      delta,
      threshold: settings.threshold,
      written
    };
  }
  if (!baseline.matrix) return unusable("gate", baseline.diagnostics, "The parity gate");
  if (baseline.matrix.allowCommands !== matrix.allowCommands) {
    diagnostics.push({
      rule: "parity-basis-changed",
      severity: "warning",
      message: `The baseline (${label}) was made with commands ${baseline.matrix.allowCommands ? "allowed" : "skipped"} and this run ${matrix.allowCommands ? "allows" : "skips"} them, so the two scores cover different contracts.`,
      path: source.path,
      line: 1,
      column: 1
    });
  }
  const gate = compareMatrices(matrix, baseline.matrix, settings.threshold);
  diagnostics.push(
    ...gateDiagnostics(gate, result.locations, {
      label,
      path: source.path,
      line: source.ref ? 1 : baseline.scoreLine
    })
  );
  const replaced = new Set(
    gate.regressions.map(
      (r) => result.contractDiagnostics.get(contractKey(r.capability, r.contract.id))
    )
  );
  const shown2 = diagnostics.filter((d) => !replaced.has(d));
  const verdict = gate.delta === null ? `the baseline (${label}) has no score to compare with` : `baseline ${scoreText(gate.baselineScore)} (${label}), ${formatDelta(gate.delta)} points; the gate allows a drop of ${settings.threshold}`;
  return {
    mode: "gate",
    passed: gate.passed,
    unusable: false,
    diagnostics: shown2.sort(compareDiagnostics),
    headline: `${matrixHeadline(matrix)} Compared with ${verdict}.`,
    tables: [
      {
        header: ["Baseline", "Current", "Delta", "Allowed drop", "Regressed", "Fixed"],
        rows: [
          [
            `${scoreText(gate.baselineScore)} (${label})`,
            scoreText(gate.score),
            gate.delta === null ? "\u2014" : formatDelta(gate.delta),
            String(settings.threshold),
            String(gate.regressions.length),
            String(gate.fixed.length)
          ]
        ]
      },
      matrixTable(matrix)
    ],
    matrix,
    score: gate.score,
    baselineScore: gate.baselineScore,
    delta: gate.delta,
    threshold: settings.threshold,
    written
  };
}
var RESULT_TEXT = {
  valid: "\u2705 valid",
  invalid: "\u274C invalid",
  unchecked: "\u26A0\uFE0F not checked",
  unusable: "\u26D4 unreadable"
};
async function parityValidate(request) {
  const root = resolve6(request.root);
  const resolved = resolveSettings(root, request);
  if (!resolved.settings) return unusable("validate", resolved.diagnostics, "The validation");
  const result = validateKb(root, resolved.settings.kb);
  const fatal2 = result.diagnostics.some((d) => d.fatal);
  const invalid = result.files.filter(
    (f) => f.result === "invalid" || f.result === "unusable"
  ).length;
  const errors = result.diagnostics.filter((d) => d.severity === "error").length;
  const headline = result.files.length === 0 && fatal2 ? `${result.diagnostics[0]?.message ?? "The knowledge base cannot be read."}` : `${result.files.length} file(s) under ${result.kb}: ${result.files.length - invalid} valid, ${invalid} with problems (${errors} error(s)).`;
  return {
    mode: "validate",
    passed: errors === 0,
    unusable: fatal2,
    diagnostics: result.diagnostics,
    headline,
    tables: [
      {
        header: ["File", "Schema", "Result"],
        rows: result.files.map((f) => [
          f.path,
          f.schema,
          f.problems > 1 ? `${RESULT_TEXT[f.result]} (${f.problems})` : RESULT_TEXT[f.result]
        ])
      }
    ],
    written: [],
    files: result.files
  };
}
function parityCommand(mode, request) {
  if (mode === "run") return parityRun(request);
  if (mode === "gate") return parityGate(request);
  return parityValidate(request);
}

export {
  exitCode,
  runParity,
  compareMatrices,
  DEFAULT_KB,
  validateKb,
  parityRun,
  parityGate,
  parityValidate,
  parityCommand
};
