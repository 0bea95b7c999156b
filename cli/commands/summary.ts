import { resolve } from 'node:path';
import type { Command } from 'commander';
import { InjectError, injectFile, summaryBlock } from '../../generators/inject.js';
import { BoundaryError } from '../../io/boundary.js';
import { progressOf } from '../../generators/progress.js';
import { summaryMarkdown } from '../../generators/summary.js';
import { SCHEMA_VERSION } from '../../model/types.js';
import { formatDiagnostics } from '../../report/format.js';
import { loadWorkspace } from '../../workspace.js';
import { printErr, printOut } from '../../report/terminal.js';

interface SummaryOptions {
  cwd?: string;
  config?: string;
  inject?: string;
  check?: boolean;
  json?: boolean;
  quiet?: boolean;
}

const out = printOut;
const err = printErr;

function summary(paths: string[], opts: SummaryOptions): void {
  const root = resolve(opts.cwd ?? '.');
  const loaded = loadWorkspace({
    root,
    paths,
    ...(opts.config ? { configPath: opts.config } : {}),
  });
  const { workspace } = loaded;
  const fatal = workspace.diagnostics.filter((d) => d.fatal);
  if (fatal.length) err(formatDiagnostics('text', fatal));

  if (!opts.inject) {
    if (opts.json) {
      const boards = workspace.boards.map((b) => ({
        path: b.path,
        title: b.title,
        dialect: b.dialect,
        progress: progressOf(b.items),
      }));
      const all = progressOf(workspace.boards.flatMap((b) => b.items));
      out(`${JSON.stringify({ schemaVersion: SCHEMA_VERSION, boards, total: all }, null, 2)}\n`);
    } else out(summaryMarkdown(workspace));
    process.exitCode = loaded.unusable ? 2 : 0;
    return;
  }

  // A summary that leaves out an unreadable board would be a partial output: write none.
  if (loaded.unusable) {
    err(`boardwright: ${opts.inject} was not changed because some input is unusable.\n`);
    process.exitCode = 2;
    return;
  }
  try {
    const { changed } = injectFile(opts.inject, summaryBlock(workspace), opts.check, root);
    if (opts.check) {
      if (changed)
        err(
          `${opts.inject}: the board summary is out of date; run "boardwright summary --inject ${opts.inject}".\n`,
        );
      process.exitCode = changed ? 1 : 0;
      return;
    }
    if (!opts.quiet)
      out(
        changed
          ? `Updated the board summary in ${opts.inject}.\n`
          : `${opts.inject} is up to date.\n`,
      );
    process.exitCode = 0;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (e instanceof InjectError) err(`${e.message}\n`);
    else if (e instanceof BoundaryError) err(`boardwright: ${e.message}\n`);
    else err(`boardwright: cannot update ${opts.inject}: ${code ?? (e as Error).message}\n`);
    process.exitCode = 2;
  }
}

/** Registers `summary`: print the progress tables, or inject them between markers in a Markdown file. */
export function register(program: Command): void {
  program
    .command('summary')
    .description('print the progress tables of the boards, or write them into a Markdown file')
    .argument(
      '[paths...]',
      'board files or folders (default: the config include globs, or every *.md)',
    )
    .option('-i, --inject <file>', 'rewrite only the span between the summary markers in <file>')
    .option('--check', 'with --inject: exit 1 when the span is out of date, write nothing')
    .option('--json', 'print the progress numbers as JSON instead of Markdown')
    .option('-q, --quiet', 'print nothing but errors')
    .addHelpText(
      'after',
      `
--inject rewrites only what stands between these two lines of the file (each on a line of its
own, outside code blocks); every byte outside them is kept, CRLF files stay CRLF, and a second
run changes nothing:

  <!-- boardwright:summary:start -->
  <!-- boardwright:summary:end -->

Exit codes: 0 printed / written / up to date, 1 out of date (--check), 2 unusable input, or
markers missing or duplicated (the file is left untouched).

Examples:
  boardwright summary docs/boards
  boardwright summary --inject README.md
  boardwright summary --inject README.md --check`,
    )
    .action((paths: string[], opts: SummaryOptions) =>
      summary(paths, { ...(program.opts() as SummaryOptions), ...opts }),
    );
}
