import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);

// release/errors.ts
var ReleaseError = class extends Error {
  constructor(rule, message, path, line) {
    super(message);
    this.rule = rule;
    this.path = path;
    this.line = line;
    this.name = "ReleaseError";
  }
  rule;
  path;
  line;
};
function releaseErrorDiagnostic(e) {
  if (e instanceof ReleaseError) {
    return {
      rule: e.rule,
      severity: "error",
      message: e.message,
      path: e.path ?? "",
      line: e.line ?? 0,
      column: e.line ? 1 : 0,
      fatal: true
    };
  }
  return {
    rule: "internal-error",
    severity: "error",
    message: e?.message ?? String(e),
    path: "",
    line: 0,
    column: 0,
    fatal: true
  };
}

// release/conventional.ts
var WORD = /^\w*/;
var LINE_BREAKING = /[\r\n\u2028\u2029]/;
function parseHeader(header) {
  if (LINE_BREAKING.test(header)) return void 0;
  const type = WORD.exec(header)[0];
  const rest = header.slice(type.length);
  const scoped = (marker) => {
    const at = rest.lastIndexOf(marker);
    if (at < 1) return void 0;
    const scope = rest.slice(1, at);
    return {
      type,
      ...scope ? { scope } : {},
      subject: rest.slice(at + marker.length),
      bang: marker === ")!: "
    };
  };
  if (rest.startsWith("(")) return scoped(")!: ") ?? scoped("): ");
  if (rest.startsWith("!: ")) return { type, subject: rest.slice(3), bang: true };
  if (rest.startsWith(": ")) return { type, subject: rest.slice(2), bang: false };
  return void 0;
}
function breakingNoteOf(line) {
  let i = 0;
  for (let c = line.charCodeAt(i); c === 124 || c === 42 || isSpaceCode(c); )
    c = line.charCodeAt(++i);
  if (!line.startsWith("BREAKING", i)) return void 0;
  const sep = line[i + 8];
  if (sep !== " " && sep !== "-" || !line.startsWith("CHANGE", i + 9)) return void 0;
  let j = i + 15;
  const start = j;
  for (let c = line.charCodeAt(j); c === 58 || isSpaceCode(c); ) c = line.charCodeAt(++j);
  if (j === start) return void 0;
  return line.slice(j);
}
function isSpaceCode(c) {
  if (c <= 32) return c === 32 || c >= 9 && c <= 13;
  if (c < 160) return false;
  return c === 160 || c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
}
var REVERTS = /This reverts commit (\w*)\./gi;
function parseRevert(message) {
  if ((message.charCodeAt(0) | 32) !== 114) return void 0;
  if (message.slice(0, 6).toLowerCase() !== "revert") return void 0;
  let start;
  if (isSpace(message[6])) start = 7;
  else if (message[6] === ":" && isSpace(message[7])) start = 8;
  else return void 0;
  const attempt = (from) => {
    REVERTS.lastIndex = from + 1;
    for (let m = REVERTS.exec(message); m; m = REVERTS.exec(message)) {
      let k = m.index;
      while (k > from + 1 && isSpace(message[k - 1])) k--;
      if (k > from + 1 && message[k - 1] === '"') k--;
      if (k < from + 1) continue;
      return { header: message.slice(from, k), hash: m[1] };
    }
    return void 0;
  };
  return (message[start] === '"' ? attempt(start + 1) : void 0) ?? attempt(start);
}
function isSpace(c) {
  return c !== void 0 && isSpaceCode(c.charCodeAt(0));
}
var ITEM_ID_STRICT = /^(?:[A-Z][A-Z0-9]*-\d+[A-Za-z0-9]*|[A-Z]{1,3}\d+(?:\.\d+)+|T\d{3,})$/;
var ITEM_ID_IN_FOOTER = /^(?:[A-Z][A-Z0-9]*-\d+[A-Za-z0-9]*|[A-Z]{1,3}\d+(?:\.\d+)*|\d+(?:\.\d+)+)$/;
var ITEM_FOOTER = /^[ \t]*(?:refs?|references|items?|implements|part of|board|closes|fixes|resolves)\b/i;
var NO_STRINGS = Object.freeze([]);
var ITEM_FOOTER_ANYWHERE = /^[ \t]*(?:refs?|references|items?|implements|part of|board|closes|fixes|resolves)\b/gim;
var HAS_UPPER = /[A-Z]/;
var TRAILER = /^[A-Za-z][\w-]*(?:: | #)/;
function parseCommit(commit) {
  let message = commit.message;
  let start = 0;
  let end = message.length;
  while (start < end && isNewline(message.charCodeAt(start))) start++;
  while (end > start && isNewline(message.charCodeAt(end - 1))) end--;
  if (start > 0 || end < message.length) message = message.slice(start, end);
  let nl = message.indexOf("\n");
  let header = nl < 0 ? message : message.slice(0, nl);
  if (header.endsWith("\r")) header = header.slice(0, -1);
  while (/^\s*gpg:/.test(header) && nl >= 0) {
    const next = message.indexOf("\n", nl + 1);
    header = message.slice(nl + 1, next < 0 ? void 0 : next).replace(/\r$/, "");
    nl = next;
  }
  const body = nl < 0 ? "" : message.slice(nl + 1);
  const parsed = { commit, header, body, notes: NO_STRINGS };
  const conventional = parseHeader(header);
  if (conventional?.type) parsed.conventional = conventional;
  if (body.includes("BREAKING")) parsed.notes = notesOf(body);
  const revert = parseRevert(commit.message);
  if (revert) parsed.revert = revert;
  return parsed;
}
function isNewline(code) {
  return code === 10 || code === 13;
}
function notesOf(body) {
  const notes = [];
  let current;
  for (const raw of body.split("\n")) {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (/^\s*gpg:/.test(line)) continue;
    const note = line.includes("BREAKING") ? breakingNoteOf(line) : void 0;
    if (note !== void 0) {
      if (current) notes.push(current.join("\n").trim());
      current = [note];
    } else if (current) {
      if (TRAILER.test(line)) {
        notes.push(current.join("\n").trim());
        current = void 0;
      } else current.push(line);
    }
  }
  if (current) notes.push(current.join("\n").trim());
  return notes;
}
function parseChanges(commits) {
  const collector = new ChangeCollector();
  for (const commit of commits) collector.add(commit);
  return collector.result();
}
var ChangeCollector = class {
  changes = [];
  reverted = [];
  nonConventional = [];
  seen = /* @__PURE__ */ new Map();
  /** Reverts still looking for their commit, by `header\0hash`, oldest-held first. */
  held = /* @__PURE__ */ new Map();
  add(commit) {
    const parsed = parseCommit(commit);
    let target = false;
    if (this.held.size) {
      const key2 = `${parsed.header.trim()}\0${commit.hash}`;
      const waiting = this.held.get(key2);
      if (waiting) {
        waiting.shift().revert.paired = true;
        if (!waiting.length) this.held.delete(key2);
        target = true;
      }
    }
    const change = toChange(parsed);
    if (!change) {
      if (commit.parents.length < 2) this.nonConventional.push(commit);
      return;
    }
    if (target) {
      this.reverted.push(change);
      return;
    }
    if (change.revert) {
      this.changes.push(change);
      const wanted = `${change.revert.header.trim()}\0${change.revert.hash.trim()}`;
      const list = this.held.get(wanted);
      if (list) list.push(change);
      else this.held.set(wanted, [change]);
      return;
    }
    const key = dedupeKey(change);
    const earlier = this.seen.get(key);
    if (earlier) {
      earlier.items = withUnique(earlier.items, change.items);
      earlier.breakingNotes = withUnique(earlier.breakingNotes, change.breakingNotes);
      return;
    }
    this.seen.set(key, change);
    this.changes.push(change);
  }
  result() {
    return {
      changes: this.changes,
      reverted: this.reverted,
      nonConventional: this.nonConventional
    };
  }
};
function toChange(parsed) {
  const { commit, conventional, notes, revert } = parsed;
  if (!conventional && !revert && !notes.length) return void 0;
  let type = conventional?.type ?? "";
  if (HAS_UPPER.test(type)) type = type.toLowerCase();
  let subject = (conventional?.subject ?? parsed.header).trim();
  let scope = conventional?.scope?.trim();
  if (revert) {
    type = "revert";
    subject = revert.header.trim();
    scope = void 0;
  }
  const change = {
    type,
    subject,
    breaking: Boolean(conventional?.bang) || notes.length > 0,
    breakingNotes: notes.length ? notes.filter(Boolean) : NO_STRINGS,
    items: NO_STRINGS,
    hash: commit.hash,
    date: commit.date,
    header: parsed.header,
    body: parsed.body
  };
  if (notes.length && !change.breakingNotes.length) change.breakingNotes = NO_STRINGS;
  if (revert) change.revert = { header: revert.header, hash: revert.hash, paired: false };
  if (scope) {
    change.scope = scope;
    if (HAS_UPPER.test(scope)) {
      for (const part of scope.split(/[,/ ]+/))
        if (ITEM_ID_STRICT.test(part)) addItems(change, [part]);
    }
  }
  if (parsed.body) addItems(change, footerItems(parsed.body));
  return change;
}
function footerItems(text) {
  const ids = [];
  ITEM_FOOTER_ANYWHERE.lastIndex = 0;
  const first = ITEM_FOOTER_ANYWHERE.exec(text);
  if (!first) return ids;
  for (const line of text.slice(first.index).split("\n")) {
    const value = footerValue(line);
    if (!value) continue;
    for (const raw of value.split(/[\s,;]+/)) {
      const token = raw.replace(/^[([]+|[)\].:]+$/g, "");
      if (ITEM_ID_IN_FOOTER.test(token)) ids.push(token);
    }
  }
  return ids;
}
function footerValue(line) {
  const m = ITEM_FOOTER.exec(line);
  if (!m) return void 0;
  const blank = (c) => c === " " || c === "	";
  let j = m[0].length;
  const before = j;
  while (blank(line[j])) j++;
  if (line[j] === ":") {
    const after = ++j;
    while (blank(line[j])) j++;
    if (j === after) return void 0;
  } else if (j === before) return void 0;
  return line.slice(j).trim() || void 0;
}
function withUnique(list, values) {
  let out = list;
  for (const v of values) if (!out.includes(v)) out = [...out, v];
  return out;
}
function addItems(change, ids) {
  change.items = withUnique(change.items, ids);
}
function dedupeKey(change) {
  let subject = change.subject;
  if (subject.endsWith(")")) {
    const open = subject.lastIndexOf("(#");
    if (open >= 0 && /^\d+$/.test(subject.slice(open + 2, -1)))
      subject = subject.slice(0, open).trimEnd();
  }
  if (/\s\s/.test(subject)) subject = subject.replace(/\s+/g, " ");
  return `${change.type}\0${change.scope?.toLowerCase() ?? ""}\0${change.breaking}\0${subject.toLowerCase()}`;
}

// release/git.ts
import { execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
var BASE_ARGS = ["-c", "log.showSignature=false", "-c", "core.pager=cat"];
var ENV = { ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C", GIT_PAGER: "cat" };
var NUL = 0;
function runGit(cwd, args, input) {
  return new Promise((resolve, reject) => {
    const child = execFile(
      "git",
      [...BASE_ARGS, ...args],
      { cwd, env: ENV, encoding: "buffer", maxBuffer: 2 ** 31 - 1, windowsHide: true },
      (error, stdout, stderr) => {
        const code = error?.code;
        if (code === "ENOENT" && !stderr.length) {
          reject(
            existsSync(cwd) ? new ReleaseError("git-missing", "git is not installed or not on the PATH.") : new ReleaseError("not-a-git-repo", `${cwd} does not exist.`)
          );
          return;
        }
        resolve({
          code: error ? typeof code === "number" ? code : 1 : 0,
          stdout,
          stderr: stderr.toString("utf8").trim() || (error?.message ?? "")
        });
      }
    );
    if (input !== void 0) child.stdin?.end(input);
  });
}
async function git(cwd, args, allowExit = []) {
  const run = await runGit(cwd, args);
  if (run.code === 0 || allowExit.includes(run.code)) return run.stdout;
  throw new ReleaseError("git-failed", `git ${args[0]} failed: ${run.stderr}`);
}
async function readRepoState(cwd) {
  const run = await runGit(cwd, [
    "rev-parse",
    "--show-toplevel",
    "--is-shallow-repository",
    "HEAD"
  ]);
  const [root, shallow, head] = run.stdout.toString("utf8").split("\n");
  if (!root || shallow !== "true" && shallow !== "false") {
    throw new ReleaseError(
      "not-a-git-repo",
      `${cwd} is not inside a git repository: changelogs and versions are read from git history (${run.stderr}).`
    );
  }
  if (shallow === "true") {
    throw new ReleaseError(
      "shallow-clone",
      `${root} is a shallow clone: its history is cut off, so the last release tag and the commits since it cannot be read. Fetch the full history (git fetch --unshallow --tags), or in GitHub Actions check out with "fetch-depth: 0".`
    );
  }
  if (run.code !== 0 || !head || !/^[0-9a-f]{40,64}$/.test(head)) {
    throw new ReleaseError("no-commits", `The repository at ${root} has no commits yet.`);
  }
  return { root, head };
}
async function readCommitDate(cwd, rev = "HEAD") {
  checkRevision(rev, "The revision");
  return (await git(cwd, ["log", "-1", "--format=%cI", "--end-of-options", rev, "--"])).toString("utf8").trim();
}
async function readTags(cwd, from = "HEAD") {
  const out = await git(cwd, [
    "for-each-ref",
    ...from === null ? [] : [`--merged=${from}`],
    "--format=%(refname:lstrip=2)%00%(objectname)%00%(*objectname)",
    "refs/tags/"
  ]);
  const tags = [];
  for (const line of out.toString("utf8").split("\n")) {
    if (!line) continue;
    const [name = "", object = "", peeled = ""] = line.split("\0");
    tags.push({ name, commit: peeled || object });
  }
  return tags;
}
async function isAncestor(cwd, ancestor, descendant) {
  const run = await runGit(cwd, ["merge-base", "--is-ancestor", ancestor, descendant]);
  if (run.code > 1) throw new ReleaseError("git-failed", `git merge-base failed: ${run.stderr}`);
  return run.code === 0;
}
function checkRevision(revision, what) {
  const why = !revision ? "it is empty" : revision.startsWith("-") ? 'it starts with "-", so git would read it as an option' : hasControlCharacter(revision) ? "it holds control characters" : void 0;
  if (why) {
    throw new ReleaseError(
      "bad-option",
      `${what} ${JSON.stringify(revision)} cannot be used: ${why}. Give a branch, tag or commit name (a range is base..head, e.g. origin/main..HEAD).`
    );
  }
  return revision;
}
function hasControlCharacter(text) {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 || c === 127) return true;
  }
  return false;
}
function parseRevisionRange(range) {
  const text = range.trim();
  const dots = /\.{2,3}/.exec(text);
  if (!dots) return { to: checkRevision(text, "The range") };
  const from = text.slice(0, dots.index) || "HEAD";
  const to = text.slice(dots.index + dots[0].length) || "HEAD";
  return {
    from: checkRevision(from, "The start of the range"),
    to: checkRevision(to, "The end of the range")
  };
}
async function readCommits(cwd, range = {}) {
  const commits = [];
  await streamCommits(cwd, range, (c) => void commits.push(c));
  return commits;
}
function streamCommits(cwd, range, onCommit) {
  const to = range.to ?? "HEAD";
  const args = [...BASE_ARGS, "log", "-z", "--format=%H%x00%P%x00%cI%x00%B"];
  if (!range.merges) args.push("--no-merges");
  if (range.maxCount !== void 0) args.push(`--max-count=${range.maxCount}`);
  try {
    checkRevision(to, "The end of the range");
    if (range.from !== void 0) checkRevision(range.from, "The start of the range");
  } catch (e) {
    return Promise.reject(e);
  }
  args.push("--end-of-options", range.from ? `${range.from}..${to}` : to, "--");
  if (range.paths?.length) args.push(...range.paths);
  return new Promise((resolve, reject) => {
    const child = spawn("git", args, { cwd, env: ENV, windowsHide: true });
    const decoder = new TextDecoder("utf-8", { fatal: true });
    const stderr = [];
    const fields = [];
    let pending = "";
    let count = 0;
    let invalid = false;
    let failed;
    const take = (text) => {
      const from = pending.length;
      pending += text;
      let start = 0;
      for (let end = pending.indexOf("\0", from); end >= 0; end = pending.indexOf("\0", start)) {
        fields.push(pending.slice(start, end));
        start = end + 1;
        if (fields.length === 4) {
          const [hash, parents, date, message] = fields;
          fields.length = 0;
          count++;
          onCommit({ hash, parents: parents ? parents.split(" ") : [], date, message });
        }
      }
      pending = pending.slice(start);
    };
    child.stdout.on("data", (chunk) => {
      if (invalid || failed) return;
      try {
        take(decoder.decode(chunk, { stream: true }));
      } catch (e) {
        if (e instanceof TypeError) invalid = true;
        else failed = e;
      }
    });
    child.stderr.on("data", (chunk) => void stderr.push(chunk));
    child.on(
      "error",
      (e) => reject(
        e.code === "ENOENT" ? existsSync(cwd) ? new ReleaseError("git-missing", "git is not installed or not on the PATH.") : new ReleaseError("not-a-git-repo", `${cwd} does not exist.`) : e
      )
    );
    child.on("close", (code) => {
      if (failed) return reject(failed);
      if (code !== 0) {
        const why = Buffer.concat(stderr).toString("utf8").trim();
        return reject(
          new ReleaseError("git-failed", `git log failed: ${why || `exit code ${code}`}`)
        );
      }
      if (invalid) {
        void git(cwd, args.slice(BASE_ARGS.length)).then(
          (bytes) => reject(invalidCommit(bytes)),
          reject
        );
        return;
      }
      try {
        take(decoder.decode());
        if (fields.length === 3 && pending) take("\0");
      } catch (e) {
        return reject(e);
      }
      resolve(count);
    });
  });
}
function invalidCommit(out) {
  let start = 0;
  const field = () => {
    const end = out.indexOf(NUL, start);
    const stop = end < 0 ? out.length : end;
    const bytes = out.subarray(start, stop);
    start = stop + 1;
    return bytes;
  };
  while (start < out.length) {
    const hash = field().toString("latin1");
    field();
    field();
    const message = field();
    try {
      strictUtf8.decode(message);
    } catch {
      const bad = firstInvalidByte(message);
      const eol = message.indexOf(10);
      const subject = message.subarray(0, eol < 0 ? void 0 : eol);
      return new ReleaseError(
        "invalid-utf8-commit",
        `Commit ${hash.slice(0, 7)} ("${new TextDecoder().decode(subject)}") has a message that is not valid UTF-8 (byte 0x${bad.byte.toString(16).toUpperCase().padStart(2, "0")} at offset ${bad.offset}). It was probably written in another encoding without an "encoding" header; reword it (git rebase -i, or git replace --edit ${hash.slice(0, 7)}) or move the release tag past it.`
      );
    }
  }
  return new ReleaseError("git-failed", "git log output could not be read as UTF-8.");
}
var strictUtf8 = new TextDecoder("utf-8", { fatal: true });
function firstInvalidByte(bytes) {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const length = b < 128 ? 1 : b >= 194 && b <= 223 ? 2 : b >= 224 && b <= 239 ? 3 : b >= 240 && b <= 244 ? 4 : 0;
    if (length === 0) return { byte: b, offset: i };
    try {
      strictUtf8.decode(bytes.subarray(i, i + length));
    } catch {
      return { byte: b, offset: i };
    }
    i += length;
  }
  return { byte: bytes[bytes.length - 1] ?? 0, offset: Math.max(0, bytes.length - 1) };
}
async function readRemoteUrl(cwd, remote = "origin") {
  checkRevision(remote, "The remote name");
  const out = await git(cwd, ["config", "--get", `remote.${remote}.url`], [1]);
  return out.toString("utf8").trim() || void 0;
}
async function fileStatus(cwd, path) {
  return (await git(cwd, ["status", "--porcelain", "--", path])).toString("utf8").trim();
}
async function tagExists(cwd, name) {
  const out = await git(cwd, ["tag", "--list", "--", name]);
  return out.toString("utf8").trim() === name;
}
async function createAnnotatedTag(cwd, name, message) {
  checkRevision(name, "The tag name");
  const valid = await runGit(cwd, ["check-ref-format", `refs/tags/${name}`]);
  if (valid.code !== 0) {
    throw new ReleaseError("bad-option", `"${name}" is not a valid tag name; nothing was tagged.`);
  }
  if (await tagExists(cwd, name)) {
    throw new ReleaseError("tag-exists", `Tag ${name} already exists; nothing was tagged.`);
  }
  const run = await runGit(
    cwd,
    ["tag", "-a", "--cleanup=verbatim", "-F", "-", "--end-of-options", name, "HEAD"],
    message
  );
  if (run.code !== 0) throw new ReleaseError("git-failed", `git tag failed: ${run.stderr}`);
}

export {
  ReleaseError,
  releaseErrorDiagnostic,
  parseHeader,
  isSpaceCode,
  parseChanges,
  ChangeCollector,
  readRepoState,
  readCommitDate,
  readTags,
  isAncestor,
  hasControlCharacter,
  parseRevisionRange,
  readCommits,
  streamCommits,
  readRemoteUrl,
  fileStatus,
  tagExists,
  createAnnotatedTag
};
