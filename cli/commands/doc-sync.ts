import { type Command, Option } from 'commander';
import { checkDocSync, DEFAULT_FAMILY, fixDocSync } from '../../docsync/index.js';
import { docSyncText } from '../../docsync/report.js';
import type { Diagnostic } from '../../model/types.js';
import { formatGithub, formatJson, formatText, type Format } from '../../report/format.js';

interface DocSyncCliOptions {
  cwd: string;
  threshold: string;
  format: Format;
  fix?: boolean;
  from?: string;
  dryRun?: boolean;
}

const out = (s: string): void => void process.stdout.write(s);

/** Registers `boardwright doc-sync`: a thin adapter over checkDocSync / fixDocSync. */
export function register(program: Command): void {
  program
    .command('doc-sync')
    .description(
      'check that agent instruction files (AGENTS.md, CLAUDE.md, GEMINI.md, …) say the same thing',
    )
    .argument(
      '[files...]',
      `files of one family (default: ${DEFAULT_FAMILY.join(', ')}; missing ones skipped)`,
    )
    .option(
      '-t, --threshold <percent>',
      'largest drift allowed between two files, in percent',
      '10',
    )
    .addOption(
      new Option('-f, --format <format>', 'output: text, json or github')
        .choices(['text', 'json', 'github'])
        .default('text'),
    )
    .option('--fix', "rewrite the other files from --from, keeping each file's own header block")
    .option(
      '--from <canonical>',
      'the canonical file --fix copies from (default: the first file found)',
    )
    .option('--dry-run', 'with --fix: list the files that would change, write nothing')
    .addHelpText(
      'after',
      `
Drift = edit distance / longer length, over the text after normalising line endings, trailing
spaces, a BOM and each file's header block (its leading "# Title" line, or everything up to a
"<!-- boardwright:doc-sync -->" line).

Exit codes: 0 every pair within the threshold, 1 some pair drifts more, 2 unusable input
(binary or invalid UTF-8 file, a named file missing, a bad threshold).

Examples:
  boardwright doc-sync
  boardwright doc-sync AGENTS.md CLAUDE.md --threshold 5 --format github
  boardwright doc-sync --fix --from AGENTS.md --dry-run`,
    )
    .action((files: string[], opts: Omit<DocSyncCliOptions, 'cwd'>) =>
      docSync(files, { ...(program.opts() as { cwd: string }), ...opts }),
    );
}

function docSync(files: string[], options: DocSyncCliOptions): void {
  const root = options.cwd;
  const threshold = Number(options.threshold);
  if (!/^\d+(\.\d+)?$/.test(options.threshold) || threshold > 100) {
    process.stderr.write(
      `boardwright: --threshold must be a percentage from 0 to 100, not "${options.threshold}".\n`,
    );
    process.exitCode = 2;
    return;
  }
  const fixDiagnostics: Diagnostic[] = [];
  let fixUnusable = false;
  if (options.fix || options.from) {
    const canonical = options.from ?? checkDocSync({ root, files }).members[0]?.path;
    if (!canonical) {
      process.stderr.write('boardwright: no readable instruction file to fix from; pass --from.\n');
      process.exitCode = 2;
      return;
    }
    const fix = fixDocSync({ root, files, canonical, dryRun: Boolean(options.dryRun) });
    fixDiagnostics.push(...fix.diagnostics);
    fixUnusable = fix.unusable;
    // Messages about the rewrite go to stderr so that --format json stays one JSON document.
    const verb = options.dryRun ? 'Would rewrite' : 'Rewrote';
    process.stderr.write(
      fix.changed.length
        ? `${verb} ${fix.changed.join(', ')} from ${fix.canonical}.\n`
        : `Nothing to rewrite: every file already matches ${fix.canonical}.\n`,
    );
    if (options.dryRun) {
      out(formatText(fix.diagnostics).replace(/^No problems found\.\n$/, ''));
      process.exitCode = fix.unusable ? 2 : fix.changed.length ? 1 : 0;
      return;
    }
  }
  // With --fix, the canonical file leads the family so the check compares against it.
  const checked =
    options.from && files.length
      ? [options.from, ...files.filter((f) => f !== options.from)]
      : files;
  const result = checkDocSync({ root, files: checked, threshold });
  const seen = new Set(result.diagnostics.map((d) => `${d.rule} ${d.path}`));
  const diagnostics = [
    ...result.diagnostics,
    ...fixDiagnostics.filter((d) => !seen.has(`${d.rule} ${d.path}`)),
  ];
  if (options.format === 'json') {
    out(
      formatJson(diagnostics, {
        passed: result.passed,
        maxDrift: result.maxDrift,
        threshold,
        files: result.members.map((m) => m.path),
        pairs: result.pairs,
        syncCommand: result.syncCommand,
      }),
    );
  } else if (options.format === 'github') {
    out(formatGithub(diagnostics));
  } else {
    out(docSyncText(result));
    out(formatText(diagnostics));
  }
  process.exitCode = result.unusable || fixUnusable ? 2 : result.passed ? 0 : 1;
}
