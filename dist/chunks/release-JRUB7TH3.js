import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  Option
} from "./chunk-7ZRF2GAJ.js";
import {
  bumpOf,
  planRelease,
  tagRelease,
  writeChangelog
} from "./chunk-65W6H4DU.js";
import {
  lintCommits
} from "./chunk-JPJKDOIH.js";
import {
  releaseErrorDiagnostic
} from "./chunk-IH4CVIRP.js";
import "./chunk-2IVUQWTP.js";
import "./chunk-77ZPIAPV.js";
import "./chunk-AADV2VBK.js";
import "./chunk-IRPZZ7X4.js";
import "./chunk-J5VXYQXS.js";
import "./chunk-YITZYNG4.js";
import "./chunk-U3WXGQSS.js";
import "./chunk-23KL7PU6.js";
import "./chunk-NLBMK4U6.js";
import "./chunk-URQ42WZF.js";
import {
  formatGithub,
  formatJson,
  formatText
} from "./chunk-MSRNZQFV.js";
import {
  SCHEMA_VERSION
} from "./chunk-4ALAVELF.js";
import {
  printCommands,
  printErr,
  printOut,
  safeLine
} from "./chunk-U4BRR2OX.js";
import "./chunk-VFBDS4U7.js";

// cli/commands/release.ts
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
var out = printOut;
var err = printErr;
function historyOptions(command) {
  return command.option("--tag-prefix <prefix>", "release tags are <prefix><version>", "v").option(
    "--tag-pattern <pattern>",
    'release tag names around {version}, e.g. "pkg-a@{version}" (overrides --tag-prefix)'
  ).option(
    "--path <pathspec...>",
    "only commits touching these paths count (a package of a monorepo)"
  ).option("--prerelease [id]", 'make a prerelease: 1.2.0-<id>.N (id default "rc")').option("--release-as <version>", "release exactly this version").option(
    "--bump-minor-pre-major",
    "while the version is 0.x, a breaking change bumps the minor version"
  ).option(
    "--first-release",
    "no release tag yet: the whole history is the first release (1.0.0 or --release-as)"
  );
}
function releaseOptions(flags) {
  const options = {
    cwd: resolve(flags.cwd),
    tagPattern: flags.tagPattern ?? `${flags.tagPrefix ?? "v"}{version}`
  };
  if (flags.path?.length) options.paths = flags.path;
  if (flags.prerelease !== void 0 && flags.prerelease !== false)
    options.prerelease = flags.prerelease === true ? "rc" : flags.prerelease;
  if (flags.releaseAs !== void 0) options.releaseAs = flags.releaseAs;
  if (flags.bumpMinorPreMajor) options.bumpMinorPreMajor = true;
  if (flags.firstRelease) options.firstRelease = true;
  return options;
}
function fail(e, json) {
  const d = releaseErrorDiagnostic(e);
  if (json) out(formatJson([d]));
  else if (d.path) err(`${d.path}${d.line ? `:${d.line}` : ""}: ${d.message} (${d.rule})
`);
  else err(`boardwright: ${d.message} (${d.rule})
`);
  process.exitCode = 2;
}
function planJson(plan, extra = {}) {
  return `${JSON.stringify(
    {
      schemaVersion: SCHEMA_VERSION,
      version: plan.version,
      tag: plan.tag,
      bump: plan.bump,
      level: plan.level,
      release: plan.release,
      previousTag: plan.previousStable?.name ?? null,
      sectionFrom: plan.previous?.name ?? null,
      date: plan.date,
      layout: plan.layout,
      commits: plan.commits,
      nonConventional: plan.nonConventional,
      reasons: plan.reasons,
      items: plan.items,
      changes: plan.allChanges.map((c) => ({
        bump: bumpOf(c),
        type: c.type,
        scope: c.scope ?? null,
        subject: c.subject,
        breaking: c.breaking,
        breakingNotes: c.breakingNotes,
        items: c.items,
        hash: c.hash,
        revert: c.revert ?? null
      })),
      ...extra,
      diagnostics: plan.diagnostics
    },
    null,
    2
  )}
`;
}
var LIST_CAP = 50;
async function version(flags) {
  let plan;
  try {
    plan = await planRelease(releaseOptions(flags));
  } catch (e) {
    return fail(e, flags.json);
  }
  if (flags.json) return out(planJson(plan));
  out(`${plan.version}
`);
  if (flags.quiet) return;
  const from = plan.previousStable ? `${plan.previousStable.name}` : "the first commit";
  err(
    `${plan.commits} commit(s) since ${from}, ${plan.allChanges.length} conventional change(s).
`
  );
  for (const reason of plan.reasons) err(`${reason}
`);
  const counted = plan.allChanges.filter((c) => bumpOf(c) !== "none");
  for (const c of counted.slice(0, LIST_CAP)) {
    err(`  ${bumpOf(c).padEnd(5)}  ${c.hash.slice(0, 7)}  ${safeLine(c.header)}
`);
  }
  if (counted.length > LIST_CAP) err(`  \u2026and ${counted.length - LIST_CAP} more.
`);
  for (const d of plan.diagnostics) err(`${d.severity}: ${d.message}
`);
}
async function changelog(flags) {
  const options = {
    ...releaseOptions(flags),
    layout: flags.layout,
    file: flags.file,
    remote: flags.remote,
    changelog: true
  };
  if (flags.unreleased) options.unreleased = true;
  if (flags.date) options.date = flags.date;
  if (flags.repoUrl) options.repoUrl = flags.repoUrl;
  if (flags.linkItems) options.linkItems = true;
  const write = Boolean(flags.write) && !flags.dryRun;
  let plan;
  let written = false;
  let tagged = false;
  try {
    plan = await planRelease(options);
    if (write) written = writeChangelog(plan, options.cwd);
    if (flags.tag && plan.release && !flags.dryRun && !flags.unreleased) {
      await tagRelease(plan, options.cwd);
      tagged = true;
    }
  } catch (e) {
    return fail(e, flags.json);
  }
  const file = flags.file;
  if (flags.json) {
    return out(
      planJson(plan, {
        section: plan.section,
        releaseNotes: plan.releaseNotes,
        file,
        changed: plan.update?.changed ?? false,
        written,
        tagged
      })
    );
  }
  if (!plan.release && !flags.unreleased) {
    err(`${plan.reasons.join(" ")} ${file} is unchanged.
`);
    return;
  }
  const shown = flags.releaseNotes ? plan.releaseNotes : plan.section;
  if (!write || flags.releaseNotes) out(shown);
  const what = flags.unreleased ? "the Unreleased section" : `${plan.version}`;
  if (write) {
    err(
      written ? `${plan.update.action === "inserted" ? "Added" : "Updated"} ${what} in ${file}.
` : `${file} already has ${what}; nothing to write.
`
    );
  } else if (flags.releaseNotes) {
  } else if (plan.update?.changed) {
    err(
      `(dry run) --write would ${plan.update.action === "inserted" ? "add" : "update"} ${what} in ${file}.
`
    );
  } else {
    err(`${file} already has ${what}.
`);
  }
  if (tagged) err(`Tagged HEAD as ${plan.tag}.
`);
  for (const d of plan.diagnostics) err(`${d.severity}: ${d.message}
`);
}
async function commitLint(flags) {
  const format = flags.json ? "json" : flags.format;
  let message;
  if (flags.messageFile) {
    try {
      message = readFileSync(resolve(flags.cwd, flags.messageFile), "utf8");
    } catch (e) {
      return fail(e, format === "json");
    }
  }
  const headerMaxLength = flags.headerMaxLength === void 0 ? void 0 : Number(flags.headerMaxLength);
  if (headerMaxLength !== void 0 && (!Number.isInteger(headerMaxLength) || headerMaxLength < 1)) {
    err(
      `boardwright: --header-max-length must be a positive whole number, not "${flags.headerMaxLength}".
`
    );
    process.exitCode = 2;
    return;
  }
  const range = flags.range ?? (flags.title === void 0 && message === void 0 ? "HEAD" : void 0);
  let result;
  try {
    result = await lintCommits({
      cwd: flags.cwd,
      ...flags.title !== void 0 ? { title: flags.title } : {},
      ...range !== void 0 ? { range } : {},
      ...message !== void 0 ? { message, commentChar: "#" } : {},
      ...flags.types ? { types: flags.types.split(/[\s,]+/).filter(Boolean) } : {},
      ...headerMaxLength !== void 0 ? { headerMaxLength } : {},
      ...flags.config !== void 0 ? { config: flags.config } : {}
    });
  } catch (e) {
    return fail(e, format === "json");
  }
  const { diagnostics } = result;
  if (format === "json")
    out(
      formatJson(diagnostics, {
        passed: result.passed,
        checked: result.checked,
        config: result.config
      })
    );
  else if (format === "github") printCommands(githubLint(diagnostics));
  else {
    err(`Rules: ${safeLine(result.config.source)}, ${result.config.rules.length} rules.
`);
    for (const c of result.checked) {
      const mark = c.ignored ? "skip" : c.passed ? "ok  " : "FAIL";
      out(
        `${mark}  ${safeLine(c.id.padEnd(8))}  ${safeLine(c.header)}${c.ignored ? `  (${safeLine(c.ignored)})` : ""}
`
      );
    }
    out(formatText(diagnostics));
  }
  process.exitCode = result.passed ? 0 : 1;
}
function githubLint(diagnostics) {
  return formatGithub(diagnostics, () => void 0);
}
function register(program) {
  const withGlobals = (opts) => ({ ...program.opts(), ...opts });
  historyOptions(
    program.command("version").description(
      "print the next version from the conventional commits since the last release tag, and why"
    )
  ).option("--json", "print the plan as JSON").option("-q, --quiet", "print only the version").addHelpText(
    "after",
    `
feat \u2192 minor, fix/perf \u2192 patch, "!" or a BREAKING CHANGE:/BREAKING-CHANGE: footer \u2192 major.
The last release is the highest semver tag matching the pattern that HEAD can reach; the
version goes to stdout, the reasons to stderr. With nothing to release, the last version is
printed and "release" is false in --json.

Exit codes: 0 planned, 2 unusable input (not a repository, a shallow clone, no release tag,
a release-looking tag that is not semver, a commit message that is not UTF-8, a bad option).

Examples:
  boardwright version
  boardwright version --prerelease rc --json
  boardwright version --tag-pattern 'pkg-a@{version}' --path packages/a`
  ).action((opts) => version(withGlobals(opts)));
  historyOptions(
    program.command("changelog").description(
      "write the CHANGELOG.md section of the next release from git history (Keep a Changelog 1.1.0, conventional or git-cliff layout)"
    )
  ).addOption(
    new Option("--layout <layout>", "changelog layout (auto follows the existing file)").choices(["auto", "keep-a-changelog", "conventional", "git-cliff"]).default("auto")
  ).option("--file <path>", "the changelog file", "CHANGELOG.md").option("-w, --write", "write the section into the file (only that section changes)").option("--dry-run", "print the section and what --write would do; write nothing").option("--release-notes", "print the GitHub Release body instead of the section").option(
    "--tag",
    "create the annotated tag of the release on HEAD (the changelog must be committed)"
  ).option("--unreleased", "write the Unreleased section (changes since the last release)").option("--date <YYYY-MM-DD>", "release date (default: HEAD's commit date)").option("--remote <name>", "remote whose URL gives compare and commit links", "origin").option("--repo-url <url>", "web URL of the repository for links (instead of the remote)").option("--link-items", "link board item ids named in commits to the boards that hold them").option("--json", "print the plan, section and release notes as JSON").addHelpText(
    "after",
    `
Without --write the section is printed and nothing is written. --write changes only the
section of this version (and, for Keep a Changelog, the Unreleased heading and the reference
links at the bottom); every other byte of a hand-written CHANGELOG.md stays. A second run
changes nothing. A CHANGELOG.md with conflict markers or invalid UTF-8 is refused.

Exit codes: 0 done (also when there is nothing to release), 2 unusable input (see
"boardwright version --help"), a changelog with conflict markers, a tag that exists.

Examples:
  boardwright changelog --dry-run
  boardwright changelog --write --layout keep-a-changelog
  boardwright changelog --release-notes > notes.md && boardwright changelog --tag`
  ).action((opts) => changelog(withGlobals(opts)));
  program.command("commit-lint").description(
    "check a pull request title and/or commits with commitlint's rules (the repository's commitlint configuration, or @commitlint/config-conventional)"
  ).option("--title <text>", "a pull request title (it becomes the squash commit header)").option("--range <base..head>", "the commits to check, e.g. origin/main..HEAD").option("--message-file <file>", "one commit message file (e.g. in a commit-msg hook)").option(
    "--types <list>",
    "allowed types, comma-separated (default: feat, fix, perf, docs, style, refactor, test, build, ci, chore, revert)"
  ).option("--header-max-length <n>", "longest header allowed (default: the configuration's, 100)").option(
    "--config <file>",
    "commitlint configuration to use (default: the repository's commitlint.config.* / .commitlintrc*, else @commitlint/config-conventional)"
  ).option(
    "--no-config",
    "ignore the repository's configuration; use @commitlint/config-conventional"
  ).addOption(
    new Option("-f, --format <format>", "output: text, json or github").choices(["text", "json", "github"]).default("text")
  ).option("--json", "same as --format json").addHelpText(
    "after",
    `
With no title, range or message file, the HEAD commit is checked. Merge commits are skipped,
and so is every commit commitlint's default ignores skip (merges, "Revert ..." commits,
fixup!/squash!/amend!, version-only release commits such as "chore(release): 1.2.0").

Rules and their names are commitlint's (type-enum, subject-case, header-max-length, \u2026), from
the first commitlint.config.{js,cjs,mjs,ts} / .commitlintrc{,.json,.yaml,.yml,.js,\u2026} or
package.json "commitlint" key found from the working directory up to the repository root,
else @commitlint/config-conventional. JavaScript and TypeScript configurations are read, not
run: their exported object must be plain data (constants, spreads and RuleConfigSeverity are
fine). Shareable configurations other than @commitlint/config-conventional, plugins, parser
presets and "ignores" functions are not applied; each is named in a warning.

Exit codes: 0 no errors (warnings allowed), 1 some title or commit breaks a rule at error
level, 2 unusable input (not a repository, a shallow clone, an unknown revision or one
starting with "-", a commitlint configuration that cannot be read, nothing to check).

Examples:
  boardwright commit-lint --title "feat(api): add pagination"
  boardwright commit-lint --range origin/main..HEAD --format github
  boardwright commit-lint --message-file .git/COMMIT_EDITMSG`
  ).action((opts) => commitLint(withGlobals(opts)));
}
export {
  register
};
