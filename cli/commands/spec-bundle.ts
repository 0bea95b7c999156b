import { type Command, Option } from 'commander';
import type { Severity } from '../../model/types.js';
import { githubAnnotations } from '../../report/annotations.js';
import { formatJson, formatText, type Format } from '../../report/format.js';
import { checkSpecBundles } from '../../specbundle/check.js';
import { LINT_RULE_IDS } from '../../specbundle/checks/lint.js';
import { SPEC_BUNDLE_RULES } from '../../specbundle/rules.js';
import { bundleTableText, headline } from '../../specbundle/report.js';
import type { LintSettings } from '../../specbundle/types.js';
import { printCommands, printErr, printOut } from '../../report/terminal.js';

interface SpecBundleCliOptions {
  cwd: string;
  config?: string;
  profile?: string;
  profileFile: string[];
  changedOnly?: boolean;
  base?: string;
  format: Format;
  json?: boolean;
  failOn?: Severity;
  /** commander's `--no-lint` sets this to false. */
  lint: boolean;
  lintOff?: string;
  quiet?: boolean;
  listRules?: boolean;
}

const out = printOut;
const usage = (message: string): void => {
  printErr(`boardwright: ${message}\n`);
  process.exitCode = 2;
};
const csv = (s: string | undefined): string[] =>
  (s ?? '')
    .split(/[\s,]+/)
    .map((x) => x.trim())
    .filter(Boolean);

/** Registers `boardwright spec-bundle`: a thin adapter over checkSpecBundles. */
export function register(program: Command): void {
  program
    .command('spec-bundle')
    .description(
      'check spec bundles (platform-kit spec/<name>/, spec-kit specs/NNN-name/, OpenSpec) against their profiles',
    )
    .argument(
      '[paths...]',
      'bundle folders, folders holding bundles, or files of a bundle (default: every bundle)',
    )
    .option(
      '-p, --profile <ids>',
      'profiles, comma-separated: platform-kit, spec-kit, openspec or a custom id (default: config, else every profile found)',
    )
    .option(
      '--profile-file <file>',
      'JSON file with a custom profile or an array of them (schemas/spec-profile.schema.json); repeatable',
      (value: string, previous: string[]) => [...previous, value],
      [] as string[],
    )
    .option('--changed-only', 'check only the bundles with files changed since --base')
    .option('--base <ref>', 'git revision the changes are measured from (branch, tag or commit)')
    .addOption(
      new Option('-f, --format <format>', 'output: text, json or github')
        .choices(['text', 'json', 'github'])
        .default('text'),
    )
    .option('--json', 'same as --format json')
    .addOption(
      new Option(
        '--fail-on <severity>',
        'lowest severity that makes the check fail (default error)',
      ).choices(['error', 'warning', 'info']),
    )
    .option('--no-lint', 'skip Markdown lint (remark-preset-lint-recommended)')
    .option(
      '--lint-off <rules>',
      `lint rules to switch off, comma-separated (${LINT_RULE_IDS.join(', ')})`,
    )
    .option('-q, --quiet', 'print only diagnostics at or above --fail-on')
    .option('--list-rules', 'list the rules this check reports, with default severities, and exit')
    .addHelpText(
      'after',
      `
Each profile names the bundle folders (a glob), the files each must hold, their required
sections, text they may not contain (spec-kit: unresolved [NEEDS CLARIFICATION] markers), the task
list format, and requirement coverage (spec-kit: FR-001 ids no task mentions are warnings). Every
Markdown file of a bundle is linted with remark-lint. Built-in profiles: schemas/spec-profiles/.

Exit codes: 0 valid, 1 findings at or above --fail-on, 2 unusable input (unreadable or binary
file, invalid profile or config, unknown profile, missing path, git failure).

Examples:
  boardwright spec-bundle
  boardwright spec-bundle specs/001-user-login --profile spec-kit
  boardwright spec-bundle --changed-only --base origin/main --format github
  boardwright spec-bundle --profile-file spec-profile.json --lint-off final-newline`,
    )
    .action((paths: string[], opts: Omit<SpecBundleCliOptions, 'cwd' | 'config'>) =>
      specBundle(paths, { ...(program.opts() as { cwd: string; config?: string }), ...opts }),
    );
}

function specBundle(paths: string[], options: SpecBundleCliOptions): void {
  if (options.listRules) return listRules(Boolean(options.json));
  if (options.changedOnly && !options.base) {
    return usage('--changed-only needs --base <ref> (e.g. --base origin/main).');
  }
  const lintOff = csv(options.lintOff);
  const unknown = lintOff.filter((id) => !LINT_RULE_IDS.includes(id));
  if (unknown.length) {
    return usage(
      `--lint-off names unknown lint rule(s) ${unknown.join(', ')}. Known rules: ${LINT_RULE_IDS.join(', ')}.`,
    );
  }
  const lint: LintSettings = {};
  if (!options.lint) lint.preset = 'off';
  if (lintOff.length) lint.rules = Object.fromEntries(lintOff.map((id) => [id, 'off' as const]));

  const result = checkSpecBundles({
    root: options.cwd,
    paths,
    profiles: csv(options.profile),
    profileFiles: options.profileFile,
    ...(options.config ? { configPath: options.config } : {}),
    ...(options.changedOnly ? { changedOnly: true } : {}),
    ...(options.base ? { base: options.base } : {}),
    ...(options.failOn ? { failOn: options.failOn } : {}),
    lint,
  });

  const rank: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
  const shown = options.quiet
    ? result.diagnostics.filter((d) => d.fatal || rank[d.severity] >= rank[result.failOn])
    : result.diagnostics;
  const format: Format = options.json ? 'json' : options.format;
  if (format === 'json') {
    const { profiles, bundles, passed, unusable, failOn, changed } = result;
    out(
      formatJson(shown, {
        profiles,
        passed,
        unusable,
        failOn,
        bundles,
        ...(changed ? { changed } : {}),
      }),
    );
  } else if (format === 'github') {
    printCommands(githubAnnotations(shown, options.cwd));
  } else {
    if (!options.quiet) out(`${headline(result)}\n${bundleTableText(result)}`);
    out(formatText(shown));
  }
  process.exitCode = result.unusable ? 2 : result.passed ? 0 : 1;
}

/** The spec-bundle rules and the lint rules, as text or JSON. */
function listRules(json: boolean): void {
  const rules = [
    ...Object.entries(SPEC_BUNDLE_RULES).map(([id, r]) => ({ id, ...r })),
    ...LINT_RULE_IDS.map((id) => ({
      id: `remark-lint:${id}`,
      severity: 'warning',
      description: 'remark-preset-lint-recommended',
    })),
  ];
  if (json) out(`${JSON.stringify(rules, null, 2)}\n`);
  else for (const r of rules) out(`${r.id.padEnd(42)} ${r.severity.padEnd(8)} ${r.description}\n`);
}
