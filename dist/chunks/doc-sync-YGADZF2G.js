import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  Option
} from "./chunk-7ZRF2GAJ.js";
import {
  DEFAULT_FAMILY,
  checkDocSync,
  docSyncText,
  fixDocSync,
  readFamily
} from "./chunk-SU6234CP.js";
import "./chunk-RIY2WJ2V.js";
import "./chunk-23KL7PU6.js";
import "./chunk-NLBMK4U6.js";
import "./chunk-URQ42WZF.js";
import {
  githubAnnotations
} from "./chunk-NCXVD5XK.js";
import {
  formatJson,
  formatText
} from "./chunk-MSRNZQFV.js";
import "./chunk-4ALAVELF.js";
import {
  printCommands,
  printErr,
  printOut,
  safeLine
} from "./chunk-U4BRR2OX.js";
import "./chunk-VFBDS4U7.js";

// cli/commands/doc-sync.ts
var out = printOut;
function register(program) {
  program.command("doc-sync").description(
    "check that agent instruction files (AGENTS.md, CLAUDE.md, GEMINI.md, \u2026) say the same thing"
  ).argument(
    "[files...]",
    `files of one family (default: ${DEFAULT_FAMILY.join(", ")}; missing ones skipped)`
  ).option(
    "-t, --threshold <percent>",
    "largest drift allowed between two files, in percent",
    "10"
  ).addOption(
    new Option("-f, --format <format>", "output: text, json or github").choices(["text", "json", "github"]).default("text")
  ).option(
    "--exact",
    "fail on any difference between two files (after normalising), whatever its size"
  ).option(
    "--per-section",
    "judge each section (by heading) on its own: fail when one is missing or drifts more than the threshold"
  ).option("--json", "same as --format json").option("--fix", "rewrite the other files from --from, keeping each file's own header block").option(
    "--from <canonical>",
    "the canonical file: --fix copies from it, the report and sync command start from it (default: the first file found)"
  ).option("--dry-run", "with --fix: list the files that would change, write nothing").option(
    "--allow-shrink",
    "with --fix: also rewrite files whose instructions are more than twice as long as --from"
  ).addHelpText(
    "after",
    `
Linked files are in step by construction and never compared nor rewritten: a symbolic link to
another file of the family, a file importing it (Claude Code's "@AGENTS.md"), or a short file
sending the reader to it ("Read AGENTS.md", "See [AGENTS.md](AGENTS.md)").

Drift = edit distance / longer length, in percent, over each file's text after normalising
line endings, trailing spaces and tabs, trailing blank lines, a BOM, and the file's own header
block, which is never compared nor rewritten: everything up to and including a line
"<!-- boardwright:doc-sync -->", or else a leading "# Title" line. The distance is the exact
Levenshtein distance for files up to 5,000 characters; larger files are diffed by lines first
and only the changed hunks are compared character by character (never less than the exact
distance). --exact fails on any difference; --per-section reports and judges every section
(matched by heading) on its own, so one changed rule in a large file is not diluted.

Exit codes: 0 every pair within the threshold (or fewer than two files found), 1 some pair
drifts more (with --fix --dry-run: some file would change), 2 unusable input (a binary or
invalid UTF-8 file, a named file missing, a bad option).

Examples:
  boardwright doc-sync
  boardwright doc-sync AGENTS.md CLAUDE.md docs/AI.md --threshold 5 --format github
  boardwright doc-sync --exact
  boardwright doc-sync --per-section --threshold 2
  boardwright doc-sync --fix --from AGENTS.md --dry-run
  boardwright doc-sync --fix --from AGENTS.md`
  ).action(
    (files, opts) => docSync(files, { ...program.opts(), ...opts })
  );
}
function docSync(files, options) {
  const root = options.cwd;
  const threshold = Number(options.threshold);
  if (!/^\d+(\.\d+)?$/.test(options.threshold) || threshold > 100) {
    return usage(`--threshold must be a percentage from 0 to 100, not "${options.threshold}".`);
  }
  if (options.dryRun && !options.fix) return usage("--dry-run only applies to --fix.");
  if (options.exact && options.perSection)
    return usage("--exact and --per-section are two modes; choose one.");
  const mode = options.exact ? "exact" : options.perSection ? "section" : "drift";
  const format = options.json ? "json" : options.format;
  let canonical = options.from;
  if (options.fix) {
    canonical ??= readFamily(root, files).members.find((m) => !m.link)?.path;
    if (!canonical) return usage("no readable instruction file to fix from; pass --from.");
    const fix = fixDocSync({
      root,
      files,
      canonical,
      dryRun: Boolean(options.dryRun),
      allowShrink: Boolean(options.allowShrink)
    });
    const verb = options.dryRun ? "Would rewrite" : "Rewrote";
    const kept = (fix.linked.length ? ` Linked, left as they are: ${fix.linked.map(safeLine).join(", ")}.` : "") + (fix.refused.length ? ` Not rewritten (would lose most of them): ${fix.refused.map(safeLine).join(", ")}.` : "");
    printErr(
      fix.unusable ? `Nothing rewritten.
` : fix.changed.length ? `${verb} ${fix.changed.map(safeLine).join(", ")} from ${safeLine(fix.canonical)}.${kept}
` : `Nothing to rewrite: every file already matches ${safeLine(fix.canonical)}.${kept}
`
    );
    if (options.dryRun || fix.unusable || fix.refused.length) {
      out(formatText(fix.diagnostics).replace(/^No problems found\.\n$/, ""));
      process.exitCode = fix.unusable ? 2 : fix.changed.length || fix.refused.length ? 1 : 0;
      return;
    }
  }
  const result = checkDocSync({
    root,
    files,
    threshold,
    mode,
    ...canonical ? { canonical } : {}
  });
  if (format === "json") {
    out(
      formatJson(result.diagnostics, {
        passed: result.passed,
        mode,
        maxDrift: result.maxDrift,
        threshold,
        canonical: result.canonical ?? null,
        files: result.members.map((m) => m.path),
        links: result.members.filter((m) => m.link).map((m) => ({ path: m.path, ...m.link })),
        pairs: result.pairs,
        syncCommand: result.syncCommand
      })
    );
  } else if (format === "github") {
    printCommands(githubAnnotations(result.diagnostics, root));
  } else {
    out(docSyncText(result));
    out(formatText(result.diagnostics));
  }
  process.exitCode = result.unusable ? 2 : result.passed ? 0 : 1;
}
function usage(message) {
  printErr(`boardwright doc-sync: ${message}
`);
  process.exitCode = 2;
}
export {
  register
};
