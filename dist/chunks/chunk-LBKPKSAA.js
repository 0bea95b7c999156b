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

// node_modules/conventional-commits-parser/dist/regex.js
var nomatchRegex = /(?!.*)/;
function escape(string) {
  return string.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function joinOr(parts) {
  return parts.map((val) => typeof val === "string" ? escape(val.trim()) : val.source).filter(Boolean).join("|");
}
function getNotesRegex(noteKeywords, notesPattern) {
  if (!noteKeywords) {
    return nomatchRegex;
  }
  const noteKeywordsSelection = joinOr(noteKeywords);
  if (!notesPattern) {
    return new RegExp(`^[\\s|*]*(${noteKeywordsSelection})[:\\s]+(.*)`, "i");
  }
  return notesPattern(noteKeywordsSelection);
}
function getReferencePartsRegex(issuePrefixes, issuePrefixesCaseSensitive) {
  if (!issuePrefixes) {
    return nomatchRegex;
  }
  const flags = issuePrefixesCaseSensitive ? "g" : "gi";
  return new RegExp(`(?:.*?)??\\s*([\\w-\\.\\/]*?)??(${joinOr(issuePrefixes)})([\\w-]+)(?=\\s|$|[,;)\\]])`, flags);
}
function getReferencesRegex(referenceActions) {
  if (!referenceActions) {
    return /()(.+)/gi;
  }
  const joinedKeywords = joinOr(referenceActions);
  return new RegExp(`(${joinedKeywords})(?:\\s+(.*?))(?=(?:${joinedKeywords})|$)`, "gi");
}
function getParserRegexes(options = {}) {
  const notes = getNotesRegex(options.noteKeywords, options.notesPattern);
  const referenceParts = getReferencePartsRegex(options.issuePrefixes, options.issuePrefixesCaseSensitive);
  const references = getReferencesRegex(options.referenceActions);
  return {
    notes,
    referenceParts,
    references,
    mentions: /@([\w-]+)/g,
    url: /\b(?:https?):\/\/(?:www\.)?([-a-zA-Z0-9@:%_+.~#?&//=])+\b/
  };
}

// node_modules/conventional-commits-parser/dist/utils.js
var SCISSOR = "------------------------ >8 ------------------------";
function trimNewLines(input) {
  const matches = input.match(/[^\r\n]/);
  if (typeof matches?.index !== "number") {
    return "";
  }
  const firstIndex = matches.index;
  let lastIndex = input.length - 1;
  while (input[lastIndex] === "\r" || input[lastIndex] === "\n") {
    lastIndex--;
  }
  return input.substring(firstIndex, lastIndex + 1);
}
function appendLine(src, line) {
  return src ? `${src}
${line || ""}` : line || "";
}
function getCommentFilter(char) {
  return char ? (line) => !line.startsWith(char) : () => true;
}
function truncateToScissor(lines, commentChar) {
  const scissorIndex = lines.indexOf(`${commentChar} ${SCISSOR}`);
  if (scissorIndex === -1) {
    return lines;
  }
  return lines.slice(0, scissorIndex);
}
function gpgFilter(line) {
  return !line.match(/^\s*gpg:/);
}
function assignMatchedCorrespondence(target, matches, correspondence) {
  const { groups } = matches;
  for (let i = 0, len = correspondence.length, key; i < len; i++) {
    key = correspondence[i];
    target[key] = (groups ? groups[key] : matches[i + 1]) || null;
  }
  return target;
}

// node_modules/conventional-commits-parser/dist/options.js
var defaultOptions = {
  noteKeywords: ["BREAKING CHANGE", "BREAKING-CHANGE"],
  issuePrefixes: ["#"],
  referenceActions: [
    "close",
    "closes",
    "closed",
    "fix",
    "fixes",
    "fixed",
    "resolve",
    "resolves",
    "resolved"
  ],
  headerPattern: /^(\w*)(?:\(([\w$@.\-*/ ]*)\))?: (.*)$/,
  headerCorrespondence: [
    "type",
    "scope",
    "subject"
  ],
  revertPattern: /^Revert\s"([\s\S]*)"\s*This reverts commit (\w*)\.?/,
  revertCorrespondence: ["header", "hash"],
  fieldPattern: /^-(.*?)-$/
};

// node_modules/conventional-commits-parser/dist/CommitParser.js
function createCommitObject(initialData = {}) {
  return {
    merge: null,
    revert: null,
    header: null,
    body: null,
    footer: null,
    notes: [],
    mentions: [],
    references: [],
    ...initialData
  };
}
var CommitParser = class {
  options;
  regexes;
  lines = [];
  lineIndex = 0;
  commit = createCommitObject();
  constructor(options = {}) {
    this.options = {
      ...defaultOptions,
      ...options
    };
    this.regexes = getParserRegexes(this.options);
  }
  currentLine() {
    return this.lines[this.lineIndex];
  }
  nextLine() {
    return this.lines[this.lineIndex++];
  }
  isLineAvailable() {
    return this.lineIndex < this.lines.length;
  }
  parseReference(input, action) {
    const { regexes } = this;
    if (regexes.url.test(input)) {
      return null;
    }
    const matches = regexes.referenceParts.exec(input);
    if (!matches) {
      return null;
    }
    let [raw, repository = null, prefix, issue] = matches;
    let owner = null;
    if (repository) {
      const slashIndex = repository.indexOf("/");
      if (slashIndex !== -1) {
        owner = repository.slice(0, slashIndex);
        repository = repository.slice(slashIndex + 1);
      }
    }
    return {
      raw,
      action,
      owner,
      repository,
      prefix,
      issue
    };
  }
  parseReferences(input) {
    const { regexes } = this;
    const regex = input.match(regexes.references) ? regexes.references : /()(.+)/gi;
    const references = [];
    let matches;
    let action;
    let sentence;
    let reference;
    while (true) {
      matches = regex.exec(input);
      if (!matches) {
        break;
      }
      action = matches[1] || null;
      sentence = matches[2] || "";
      while (true) {
        reference = this.parseReference(sentence, action);
        if (!reference) {
          break;
        }
        references.push(reference);
      }
    }
    return references;
  }
  skipEmptyLines() {
    let line = this.currentLine();
    while (line !== void 0 && !line.trim()) {
      this.nextLine();
      line = this.currentLine();
    }
  }
  parseMerge() {
    const { commit, options } = this;
    const correspondence = options.mergeCorrespondence || [];
    const merge = this.currentLine();
    const matches = merge && options.mergePattern ? merge.match(options.mergePattern) : null;
    if (matches) {
      this.nextLine();
      commit.merge = matches[0] || null;
      assignMatchedCorrespondence(commit, matches, correspondence);
      return true;
    }
    return false;
  }
  parseHeader(isMergeCommit) {
    if (isMergeCommit) {
      this.skipEmptyLines();
    }
    const { commit, options } = this;
    const correspondence = options.headerCorrespondence || [];
    const header = commit.header ?? this.nextLine();
    let matches = null;
    if (header) {
      if (options.breakingHeaderPattern) {
        matches = header.match(options.breakingHeaderPattern);
      }
      if (!matches && options.headerPattern) {
        matches = header.match(options.headerPattern);
      }
    }
    if (header) {
      commit.header = header;
    }
    if (matches) {
      assignMatchedCorrespondence(commit, matches, correspondence);
    }
  }
  parseMeta() {
    const { options, commit } = this;
    if (!options.fieldPattern || !this.isLineAvailable()) {
      return false;
    }
    let matches;
    let field = null;
    let parsed = false;
    while (this.isLineAvailable()) {
      matches = this.currentLine().match(options.fieldPattern);
      if (matches) {
        field = matches[1] || null;
        this.nextLine();
        continue;
      }
      if (field) {
        parsed = true;
        commit[field] = appendLine(commit[field], this.currentLine());
        this.nextLine();
      } else {
        break;
      }
    }
    return parsed;
  }
  parseNotes() {
    const { regexes, commit } = this;
    if (!this.isLineAvailable()) {
      return false;
    }
    const matches = this.currentLine().match(regexes.notes);
    let references = [];
    if (matches) {
      const note = {
        title: matches[1],
        text: matches[2]
      };
      commit.notes.push(note);
      commit.footer = appendLine(commit.footer, this.currentLine());
      this.nextLine();
      while (this.isLineAvailable()) {
        if (this.parseMeta()) {
          return true;
        }
        if (this.parseNotes()) {
          return true;
        }
        references = this.parseReferences(this.currentLine());
        if (references.length) {
          commit.references.push(...references);
        } else {
          note.text = appendLine(note.text, this.currentLine());
        }
        commit.footer = appendLine(commit.footer, this.currentLine());
        this.nextLine();
        if (references.length) {
          break;
        }
      }
      return true;
    }
    return false;
  }
  parseBodyAndFooter(isBody) {
    const { commit } = this;
    if (!this.isLineAvailable()) {
      return isBody;
    }
    const references = this.parseReferences(this.currentLine());
    const isStillBody = !references.length && isBody;
    if (isStillBody) {
      commit.body = appendLine(commit.body, this.currentLine());
    } else {
      commit.references.push(...references);
      commit.footer = appendLine(commit.footer, this.currentLine());
    }
    this.nextLine();
    return isStillBody;
  }
  parseBreakingHeader() {
    const { commit, options } = this;
    if (!options.breakingHeaderPattern || commit.notes.length || !commit.header) {
      return;
    }
    const matches = commit.header.match(options.breakingHeaderPattern);
    if (matches) {
      commit.notes.push({
        title: "BREAKING CHANGE",
        text: matches[3]
      });
    }
  }
  parseMentions(input) {
    const { commit, regexes } = this;
    let matches;
    for (; ; ) {
      matches = regexes.mentions.exec(input);
      if (!matches) {
        break;
      }
      commit.mentions.push(matches[1]);
    }
  }
  parseRevert(input) {
    const { commit, options } = this;
    const correspondence = options.revertCorrespondence || [];
    const matches = options.revertPattern ? input.match(options.revertPattern) : null;
    if (matches) {
      commit.revert = assignMatchedCorrespondence({}, matches, correspondence);
    }
  }
  cleanupCommit() {
    const { commit } = this;
    if (commit.body) {
      commit.body = trimNewLines(commit.body);
    }
    if (commit.footer) {
      commit.footer = trimNewLines(commit.footer);
    }
    commit.notes.forEach((note) => {
      note.text = trimNewLines(note.text);
    });
    const referencesSet = /* @__PURE__ */ new Set();
    commit.references = commit.references.filter((reference) => {
      const uid = `${reference.action} ${reference.raw}`.toLocaleLowerCase();
      const ok = !referencesSet.has(uid);
      if (ok) {
        referencesSet.add(uid);
      }
      return ok;
    });
  }
  /**
   * Parse commit message string into an object.
   * @param input - Commit message string.
   * @returns Commit object.
   */
  parse(input) {
    if (!input.trim()) {
      throw new TypeError("Expected a raw commit");
    }
    const { commentChar } = this.options;
    const commentFilter = getCommentFilter(commentChar);
    const rawLines = trimNewLines(input).split(/\r?\n/);
    const lines = commentChar ? truncateToScissor(rawLines, commentChar).filter((line) => commentFilter(line) && gpgFilter(line)) : rawLines.filter((line) => gpgFilter(line));
    const commit = createCommitObject();
    this.lines = lines;
    this.lineIndex = 0;
    this.commit = commit;
    const isMergeCommit = this.parseMerge();
    this.parseHeader(isMergeCommit);
    if (commit.header) {
      commit.references = this.parseReferences(commit.header);
    }
    let isBody = true;
    while (this.isLineAvailable()) {
      this.parseMeta();
      if (this.parseNotes()) {
        isBody = false;
      }
      if (!this.parseBodyAndFooter(isBody)) {
        isBody = false;
      }
    }
    this.parseBreakingHeader();
    this.parseMentions(input);
    this.parseRevert(input);
    this.cleanupCommit();
    return commit;
  }
};

// release/conventional.ts
var DEFAULT_TYPES = [
  "feat",
  "fix",
  "perf",
  "docs",
  "style",
  "refactor",
  "test",
  "build",
  "ci",
  "chore",
  "revert"
];
var HEADER_PATTERN = /^(\w+)(?:\(([\w$@.\-*/, ]+)\))?(!)?: (\S.*)$/;
var ITEM_ID_STRICT = /^(?:[A-Z][A-Z0-9]*-\d+[A-Za-z0-9]*|[A-Z]{1,3}\d+(?:\.\d+)+|T\d{3,})$/;
var ITEM_ID_IN_FOOTER = /^(?:[A-Z][A-Z0-9]*-\d+[A-Za-z0-9]*|[A-Z]{1,3}\d+(?:\.\d+)*|\d+(?:\.\d+)+)$/;
var ITEM_FOOTER = /^\s*(?:refs?|references|items?|implements|part of|board|closes|fixes|resolves)\b\s*:?\s+(.+)$/i;
var NO_STRINGS = Object.freeze([]);
var ITEM_FOOTER_ANYWHERE = /^[ \t]*(?:refs?|references|items?|implements|part of|board|closes|fixes|resolves)\b/gim;
var LIST_LINE = /\n\s*[*-]\s+\w+(?:\([^)\n]*\))?!?: /;
var HAS_UPPER = /[A-Z]/;
var BODY_ITEM = /^\s*[*-]\s+(\w+)(?:\([\w$@.\-*/, ]+\))?!?: \S/;
var parser = new CommitParser({
  headerPattern: HEADER_PATTERN,
  headerCorrespondence: ["type", "scope", "breaking", "subject"],
  // Conventional Commits 1.0.0 §16: BREAKING CHANGE must be upper case; checked below, since
  // the parser matches note keywords case-insensitively.
  noteKeywords: ["BREAKING CHANGE", "BREAKING-CHANGE"],
  // Issue references are not used: without prefixes the parser skips its (costly) reference scan.
  issuePrefixes: void 0
});
function parseChanges(commits) {
  const collector = new ChangeCollector();
  for (const commit of commits) collector.add(commit);
  return collector.result();
}
var ChangeCollector = class {
  changes = [];
  nonConventional = [];
  seen = /* @__PURE__ */ new Map();
  add(commit) {
    const found = changesOfCommit(commit);
    if (!found.length) this.nonConventional.push(commit);
    for (const change of found) {
      const key = dedupeKey(change);
      const earlier = this.seen.get(key);
      if (earlier) {
        earlier.items = withUnique(earlier.items, change.items);
        earlier.breakingNotes = withUnique(earlier.breakingNotes, change.breakingNotes);
        continue;
      }
      this.seen.set(key, change);
      this.changes.push(change);
    }
  }
  result() {
    return { changes: this.changes, nonConventional: this.nonConventional };
  }
};
function changesOfCommit(commit) {
  let message = commit.message;
  if (message.includes("\r")) message = message.replace(/\r\n?/g, "\n");
  let start = 0;
  let end = message.length;
  while (start < end && message.charCodeAt(start) === 10) start++;
  while (end > start && message.charCodeAt(end - 1) === 10) end--;
  if (start > 0 || end < message.length) message = message.slice(start, end);
  const out = [];
  if (!LIST_LINE.test(message)) {
    const change2 = parseOne(message, commit, false);
    return change2 ? [change2] : out;
  }
  const lines = message.split("\n");
  const bullets = [];
  for (let i = 1; i < lines.length; i++) {
    const m = BODY_ITEM.exec(lines[i]);
    if (m && isKnownType(m[1])) bullets.push(i);
  }
  const own = bullets.length ? lines.slice(0, bullets[0]).join("\n") : message;
  const change = parseOne(own, commit, false);
  if (change) {
    if (bullets.length) addItems(change, footerItems(lines.slice(bullets[0]).join("\n")));
    out.push(change);
  }
  for (let b = 0; b < bullets.length; b++) {
    const start2 = bullets[b];
    const end2 = bullets[b + 1] ?? lines.length;
    const first = lines[start2].replace(/^\s*[*-]\s+/, "");
    const rest = lines.slice(start2 + 1, end2).map((l) => l.replace(/^ {2,4}/, ""));
    const listed = parseOne([first, ...rest].join("\n"), commit, true);
    if (listed) out.push(listed);
  }
  return out;
}
function isKnownType(type) {
  return DEFAULT_TYPES.includes(type.toLowerCase());
}
function parseOne(message, commit, fromBody) {
  const nl = message.indexOf("\n");
  const header = nl < 0 ? message : message.slice(0, nl);
  const m = HEADER_PATTERN.exec(header);
  if (!m) return void 0;
  let type = m[1];
  let scope = m[2];
  let subject = m[4];
  let breaking = m[3] === "!";
  let breakingNotes;
  if (nl >= 0 && message.includes("BREAKING")) {
    let parsed;
    try {
      parsed = parser.parse(message);
    } catch {
      return void 0;
    }
    if (!parsed.type || !parsed.subject) return void 0;
    type = parsed.type;
    scope = parsed.scope ?? void 0;
    subject = parsed.subject;
    breaking = parsed.breaking === "!";
    for (const note of parsed.notes) {
      if (note.title !== "BREAKING CHANGE" && note.title !== "BREAKING-CHANGE") continue;
      breaking = true;
      if (note.text.trim()) (breakingNotes ??= []).push(note.text.trim());
    }
  }
  subject = subject.trim();
  if (!subject) return void 0;
  const change = {
    type: HAS_UPPER.test(type) ? type.toLowerCase() : type,
    subject,
    breaking,
    breakingNotes: breakingNotes ?? NO_STRINGS,
    items: NO_STRINGS,
    hash: commit.hash,
    date: commit.date,
    header,
    fromBody
  };
  scope = scope?.trim();
  if (scope) {
    change.scope = scope;
    if (HAS_UPPER.test(scope)) {
      for (const part of scope.split(/[,/ ]+/))
        if (ITEM_ID_STRICT.test(part)) addItems(change, [part]);
    }
  }
  if (nl >= 0) addItems(change, footerItems(message, nl + 1));
  return change;
}
function footerItems(text, from = 0) {
  const ids = [];
  ITEM_FOOTER_ANYWHERE.lastIndex = from;
  const first = ITEM_FOOTER_ANYWHERE.exec(text);
  if (!first) return ids;
  for (const line of text.slice(first.index).split("\n")) {
    const m = ITEM_FOOTER.exec(line);
    if (!m) continue;
    for (const raw of m[1].split(/[\s,;]+/)) {
      const token = raw.replace(/^[([]+|[)\].:]+$/g, "");
      if (ITEM_ID_IN_FOOTER.test(token)) ids.push(token);
    }
  }
  return ids;
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
  if (subject.endsWith(")")) subject = subject.replace(/\s*\(#\d+\)$/, "");
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
  return (await git(cwd, ["log", "-1", "--format=%cI", rev, "--"])).toString("utf8").trim();
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
  args.push(range.from ? `${range.from}..${to}` : to, "--");
  if (range.paths?.length) args.push(...range.paths);
  return new Promise((resolve, reject) => {
    const child = spawn("git", args, { cwd, env: ENV, windowsHide: true });
    const decoder = new TextDecoder("utf-8", { fatal: true });
    const raw = [];
    const stderr = [];
    const fields = [];
    let pending = "";
    let count = 0;
    let invalid = false;
    let failed;
    const take = (text) => {
      pending += text;
      let start = 0;
      for (let end = pending.indexOf("\0"); end >= 0; end = pending.indexOf("\0", start)) {
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
      raw.push(chunk);
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
      try {
        if (invalid) throw invalidCommit(Buffer.concat(raw));
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
  if (await tagExists(cwd, name)) {
    throw new ReleaseError("tag-exists", `Tag ${name} already exists; nothing was tagged.`);
  }
  const run = await runGit(
    cwd,
    ["tag", "-a", "--cleanup=verbatim", "-F", "-", name, "HEAD"],
    message
  );
  if (run.code !== 0) throw new ReleaseError("git-failed", `git tag failed: ${run.stderr}`);
}

export {
  ReleaseError,
  releaseErrorDiagnostic,
  DEFAULT_TYPES,
  HEADER_PATTERN,
  parseChanges,
  ChangeCollector,
  readRepoState,
  readCommitDate,
  readTags,
  isAncestor,
  readCommits,
  streamCommits,
  readRemoteUrl,
  fileStatus,
  tagExists,
  createAnnotatedTag
};
