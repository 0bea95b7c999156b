import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  ReleaseError,
  readCommits,
  readRepoState
} from "./chunk-KYS7WZRZ.js";

// release/lint.ts
import { resolve } from "node:path";
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
var COMMIT_RULES = {
  "commit-header-format": {
    severity: "error",
    why: 'Write the header as "type(scope): subject" \u2014 a type, an optional scope in parentheses, "!" for a breaking change, a colon and one space, then the subject (Conventional Commits 1.0.0 \xA71\u20135). Example: "fix(parser): accept empty boards".'
  },
  "commit-type": {
    severity: "error",
    why: "The type decides the changelog section and the version bump (feat \u2192 minor, fix/perf \u2192 patch)."
  },
  "commit-type-case": {
    severity: "warning",
    why: "Types are written in lower case by convention; tools compare them case-insensitively."
  },
  "commit-header-length": {
    severity: "warning",
    why: "A short header fits on one line in git log, the GitHub UI and the changelog."
  },
  "commit-body-leading-blank": {
    severity: "warning",
    why: "A blank line must separate the header from the body (Conventional Commits 1.0.0 \xA76)."
  },
  "commit-breaking-case": {
    severity: "error",
    why: 'Only "BREAKING CHANGE:" or "BREAKING-CHANGE:" in upper case marks a breaking change (Conventional Commits 1.0.0 \xA716); as written it is ignored and the release would not be major.'
  },
  "commit-fixup": {
    severity: "warning",
    why: "fixup!/squash! commits are meant to be folded into their target (git rebase -i --autosquash) before merging."
  }
};
function lintMessage(message, where, options = {}) {
  const types = (options.types ?? DEFAULT_TYPES).map((t) => t.toLowerCase());
  const max = options.headerMaxLength ?? 100;
  const lines = message.replace(/\r\n?/g, "\n").replace(/\n+$/, "").split("\n");
  const header = lines[0] ?? "";
  const found = [];
  const report = (rule, message2, line = 1) => {
    const r = COMMIT_RULES[rule];
    found.push({
      rule,
      severity: r.severity,
      message: `${message2} ${r.why}`,
      path: where,
      line,
      column: 1
    });
  };
  if (/^(fixup|squash|amend)! /.test(header)) {
    report("commit-fixup", `"${header}" is a ${header.split("!")[0]}! commit.`);
    return found;
  }
  if (/^Revert ".*"$/.test(header)) return found;
  const m = HEADER_PATTERN.exec(header);
  if (!m) {
    report(
      "commit-header-format",
      `"${header}" is not a conventional commit header${headerHint(header)}.`
    );
  } else {
    const type = m[1];
    if (!types.includes(type.toLowerCase())) {
      report("commit-type", `Type "${type}" is not one of ${types.join(", ")}.`);
    } else if (type !== type.toLowerCase()) {
      report("commit-type-case", `Type "${type}" should be written "${type.toLowerCase()}".`);
    }
  }
  if ([...header].length > max) {
    report(
      "commit-header-length",
      `The header is ${[...header].length} characters long; the limit is ${max}.`
    );
  }
  if (lines.length > 1 && lines[1].trim() !== "") {
    report("commit-body-leading-blank", "Line 2 is not blank.", 2);
  }
  lines.forEach((line, i) => {
    if (i === 0) return;
    const b = /^\s*(breaking[ -]change)\s*:/i.exec(line);
    if (b && b[1] !== "BREAKING CHANGE" && b[1] !== "BREAKING-CHANGE") {
      report("commit-breaking-case", `"${b[1]}:" on line ${i + 1} is not upper case.`, i + 1);
    }
  });
  return found;
}
function headerHint(header) {
  if (!header.trim()) return " (it is empty)";
  if (/^\w+(\([^)]*\))?!?:\S/.test(header)) return " (put one space after the colon)";
  if (/^\w+(\([^)]*\))?!?:\s*$/.test(header)) return " (the subject after the colon is empty)";
  if (/^\w+\s*\([^)]*$/.test(header)) return ' (the scope is not closed with ")")';
  if (/^\w+ +(\([^)]*\))?!?:/.test(header)) return " (no space between the type and the colon)";
  if (!/:/.test(header)) return ' (there is no "type:" prefix)';
  return "";
}
async function lintCommits(options) {
  const diagnostics = [];
  const checked = [];
  const check = (message, id, where) => {
    const found = lintMessage(message, where, options);
    diagnostics.push(...found);
    checked.push({
      id,
      header: message.split("\n")[0] ?? "",
      passed: !found.some((d) => d.severity === "error")
    });
  };
  if (options.title === void 0 && options.range === void 0 && options.message === void 0) {
    throw new ReleaseError(
      "bad-option",
      "Nothing to check: give a PR title, a commit range or a message."
    );
  }
  if (options.title !== void 0) check(options.title, "PR title", "PR title");
  if (options.message !== void 0) check(options.message, "message", "message");
  if (options.range !== void 0) {
    const cwd = resolve(options.cwd);
    await readRepoState(cwd);
    const [from, to] = options.range.includes("..") ? options.range.split(/\.{2,3}/, 2) : [void 0, options.range];
    const commits = await readCommits(cwd, {
      ...from ? { from } : {},
      to: to || "HEAD",
      ...from ? {} : { maxCount: 1 }
    });
    for (const c of [...commits].reverse()) {
      const short = c.hash.slice(0, 7);
      check(c.message, short, `commit ${short}`);
    }
  }
  return { diagnostics, checked, passed: !diagnostics.some((d) => d.severity === "error") };
}

export {
  lintMessage,
  lintCommits
};
