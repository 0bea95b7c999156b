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
  readRepoState,
  readCommitDate,
  readTags,
  isAncestor,
  hasControlCharacter,
  readCommits,
  streamCommits,
  readRemoteUrl,
  fileStatus,
  tagExists,
  createAnnotatedTag
};
