import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  ANSWERS_FILE,
  TemplateError,
  answerProblem,
  applyRepositoryUpdate,
  bundledTemplateRoot,
  defaultAnswer,
  initRepository,
  listTemplates,
  loadTemplate,
  planRepositoryUpdate,
  readAnswersFile
} from "./chunk-TR5QF7IT.js";
import "./chunk-UECIVNYX.js";
import {
  require_semver
} from "./chunk-2IVUQWTP.js";
import "./chunk-RIY2WJ2V.js";
import "./chunk-E3QC6DGJ.js";
import "./chunk-J5VXYQXS.js";
import "./chunk-23KL7PU6.js";
import "./chunk-NLBMK4U6.js";
import "./chunk-URQ42WZF.js";
import {
  printErr,
  printOut
} from "./chunk-U4BRR2OX.js";
import {
  __toESM
} from "./chunk-VFBDS4U7.js";

// cli/commands/templates.ts
var import_semver = __toESM(require_semver(), 1);
import { createInterface } from "node:readline/promises";
import { resolve } from "node:path";
var out = printOut;
var err = printErr;
var ANSWER_FLAGS = ["name", "description", "owner", "license", "nodeVersion", "port"];
var collect = (value, previous) => [
  ...previous ?? [],
  value
];
function addAnswerOptions(command) {
  return command.option("--name <name>", "package name (npm rules; lower case, optionally @scope/)").option("--description <text>", "one-line description").option("--owner <owner>", "code owner for CODEOWNERS: @user, @org/team or an email").option("--license <spdx>", "license id (default MIT)").option("--node-version <major>", "Node.js major version (default 20)").option("--port <port>", "service-repo: port the service listens on (default 8080)").option("--set <key=value>", "answer any template question (repeatable)", collect).option("-y, --yes", "ask nothing: take flags, recorded answers and defaults").option("--templates <dir>", "folder of templates to use instead of the bundled ones");
}
function givenAnswers(opts) {
  const given = {};
  for (const flag of ANSWER_FLAGS) if (typeof opts[flag] === "string") given[flag] = opts[flag];
  for (const pair of opts.set ?? []) {
    const eq = pair.indexOf("=");
    if (eq <= 0) throw new TemplateError(`--set takes key=value, not "${pair}".`);
    given[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return given;
}
async function askMissing(manifest, given, recorded, opts) {
  if (opts.yes || !process.stdin.isTTY || !process.stderr.isTTY) return given;
  const pending = manifest.questions.filter(
    (q) => given[q.name] === void 0 && recorded[q.name] === void 0
  );
  if (!pending.length) return given;
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  const lines = rl[Symbol.asyncIterator]();
  const answers = { ...recorded, ...given };
  const asked = { ...given };
  try {
    for (const q of pending) {
      const fallback = defaultAnswer(q, answers);
      for (; ; ) {
        rl.setPrompt(`${q.message}${fallback ? ` (${fallback})` : ""}: `);
        rl.prompt();
        const line = await lines.next();
        if (line.done) return asked;
        const value = line.value.trim() || fallback;
        const problem = value === void 0 ? `${q.name} has no default; please answer.` : answerProblem(q, value);
        if (!problem && value !== void 0) {
          answers[q.name] = value;
          asked[q.name] = value;
          break;
        }
        err(`  ${problem}
`);
      }
    }
  } finally {
    rl.close();
  }
  return asked;
}
function templateRoot(opts, cwd) {
  return opts.templates ? resolve(cwd, opts.templates) : bundledTemplateRoot();
}
function listing(root) {
  return listTemplates(root).map((t) => `  ${t.name.padEnd(14)} ${t.versions.at(-1)}  ${t.description}
`).join("");
}
async function guarded(body) {
  try {
    await body();
  } catch (e) {
    err(`boardwright: ${e.message}
`);
    process.exitCode = 2;
  }
}
async function init(template, dir, opts, cwd) {
  const root = templateRoot(opts, cwd);
  if (opts.list) {
    if (opts.json) out(`${JSON.stringify(listTemplates(root), null, 2)}
`);
    else out(listing(root));
    return;
  }
  if (!template || !dir) {
    err(
      `boardwright: init needs a template and a folder, e.g. "boardwright init lib-repo my-lib". Templates:
${listing(root)}`
    );
    process.exitCode = 2;
    return;
  }
  const loaded = loadTemplate(root, template, opts.templateVersion);
  const answers = await askMissing(loaded.manifest, givenAnswers(opts), {}, opts);
  const target = resolve(cwd, dir);
  const result = initRepository({
    template: loaded,
    dir: target,
    answers,
    force: Boolean(opts.force),
    dryRun: Boolean(opts.dryRun)
  });
  if (opts.json) {
    out(`${JSON.stringify({ ...result, dir, dryRun: Boolean(opts.dryRun) }, null, 2)}
`);
    return;
  }
  out(
    `${opts.dryRun ? "Would create" : "Created"} ${dir} from ${result.template} ${result.version}:
`
  );
  for (const f of result.files) out(`  ${f.action.padEnd(10)} ${f.path}
`);
  out(
    opts.dryRun ? "Dry run: nothing was written.\n" : `Answers are in ${ANSWERS_FILE}; "boardwright update ${dir}" re-applies newer template versions.
`
  );
}
async function update(dir, opts, cwd) {
  const root = templateRoot(opts, cwd);
  const target = resolve(cwd, dir);
  const record = readAnswersFile(target);
  const base = loadTemplate(root, record.template, record.version);
  const next = loadTemplate(root, record.template, opts.to);
  if (import_semver.default.lt(next.manifest.version, base.manifest.version))
    throw new TemplateError(
      `${dir} is at ${record.template} ${record.version}; going back to ${next.manifest.version} is not supported.`
    );
  const given = await askMissing(next.manifest, givenAnswers(opts), record.answers, opts);
  const plan = planRepositoryUpdate({ dir: target, record, base, target: next, given });
  const conflicts = plan.entries.filter((e) => e.action === "conflict");
  if (!opts.dryRun) applyRepositoryUpdate(target, plan);
  process.exitCode = conflicts.length ? 1 : 0;
  if (opts.json) {
    const entries = plan.entries.map(({ content: _content, ...rest }) => rest);
    out(`${JSON.stringify({ ...plan, entries, dir, dryRun: Boolean(opts.dryRun) }, null, 2)}
`);
    return;
  }
  out(
    `${opts.dryRun ? "Plan for" : "Updated"} ${dir}: ${plan.template} ${plan.from} \u2192 ${plan.to}
`
  );
  const width = Math.max(...plan.entries.map((e) => e.path.length), 4);
  let unchanged = 0;
  for (const e of plan.entries) {
    if (e.action === "unchanged") unchanged++;
    else out(`  ${e.action.padEnd(13)} ${e.path.padEnd(width)}  ${e.reason}
`);
  }
  if (unchanged) out(`  (${unchanged} file(s) unchanged)
`);
  if (conflicts.length)
    out(
      `${conflicts.length} file(s) ${opts.dryRun ? "would get" : "have"} conflict markers: ${conflicts.map((c) => c.path).join(", ")}. Resolve every "<<<<<<< yours" \u2026 ">>>>>>> template ${plan.to}" block.
`
    );
  if (opts.dryRun) out("Dry run: nothing was written.\n");
}
function register(program) {
  const cwd = () => resolve(program.opts().cwd ?? ".");
  addAnswerOptions(
    program.command("init").description("make a new repository from a template: app-repo, service-repo or lib-repo").argument("[template]", "app-repo, service-repo or lib-repo (see --list)").argument("[dir]", "folder to create the repository in (created when missing)")
  ).option("--template-version <version>", "template version (default: the newest)").option("--force", "overwrite existing files that differ").option("--dry-run", "list the files that would be written, write nothing").option("--list", "list the templates and their newest versions").option("--json", "print the result as JSON").addHelpText(
    "after",
    `
Answers come from the flags (and --set key=value for any question); on a terminal the missing
ones are asked, elsewhere defaults are taken and a question without one is an error. Existing
files are never overwritten without --force. The answers and the template version are recorded
in ${ANSWERS_FILE}.

Exit codes: 0 written, 2 unusable input (unknown template, missing or invalid answer, files in
the way, unsafe path); nothing is written on exit 2.

Examples:
  boardwright init lib-repo packages/widgets --name @acme/widgets --owner @acme/platform --yes
  boardwright init service-repo billing --name billing --owner @acme/payments --port 9000 --yes`
  ).action(
    (template, dir, opts) => guarded(() => init(template, dir, opts, cwd()))
  );
  addAnswerOptions(
    program.command("update").description(
      "re-apply a newer template version to a repository made by init (three-way merge)"
    ).argument("<dir>", `repository folder holding ${ANSWERS_FILE}`)
  ).option("--to <version>", "template version to move to (default: the newest)").option("--dry-run", "print the plan, write nothing").option("--json", "print the plan as JSON").addHelpText(
    "after",
    `
Each file is merged three ways: the version the repository was made from (re-rendered from the
recorded answers), the new version, and your file. Your edits survive; where you and the template
changed the same lines, the file gets conflict markers and is listed. Files you deleted are not
re-added; files the template dropped are removed only when you had not changed them. Answer
flags change recorded answers (the new version is rendered with them); questions new in the
target version are asked on a terminal, else take their defaults.

Exit codes: 0 updated cleanly, 1 conflicts to resolve (with --dry-run: would conflict), 2 unusable
input (no answers file, unknown version, missing answer, unsafe path); nothing is written on 2.

Examples:
  boardwright update packages/widgets --dry-run
  boardwright update packages/widgets --to 1.1.0`
  ).action((dir, opts) => guarded(() => update(dir, opts, cwd())));
}
export {
  register
};
