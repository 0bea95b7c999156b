import { Command, CommanderError, Option } from 'commander';
import { VERSION } from '../model/version.js';
import { printErr, printOut, safeLine } from '../report/terminal.js';
import { commandsFor } from './commands/index.js';
import { settleWorkspace } from './workspace-root.js';
import type { run as runCommand } from './run.js';

/** The build/check adapter, loaded when one of its commands runs. */
const run = async (...args: Parameters<typeof runCommand>): Promise<void> =>
  (await import('./run.js')).run(...args);

/**
 * The `boardwright` command line. Every command is a thin adapter over a library function;
 * exit codes: 0 clean, 1 findings at or above --fail-on, 2 unusable input or config.
 */
const program = new Command();

// A closed pipe (`boardwright rules | head`) is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

const format = new Option('-f, --format <format>', 'diagnostics output: text, json or github')
  .choices(['text', 'json', 'github'])
  .default('text');
const failOn = new Option(
  '--fail-on <severity>',
  'lowest severity that makes check exit 1',
).choices(['error', 'warning', 'info']);

program
  .name('boardwright')
  .description(
    'Markdown boards committed in git as the source of truth: read kanban boards, task trackers and\nspec bundles into one validated model, lint them, and write the model out.',
  )
  .version(VERSION, '-v, --version')
  .option(
    '-C, --cwd <dir>',
    'workspace root (default: the nearest folder up to the git root that holds a config, else the current folder)',
    '.',
  )
  .option(
    '-c, --config <file>',
    'config file (default: boardwright.config.{yaml,yml,json} in the workspace root)',
  )
  .option('--no-cache', 'read every file afresh: neither read nor write the parse cache')
  .option(
    '--cache-dir <dir>',
    'parse cache folder (default: $BOARDWRIGHT_CACHE_DIR, the config "cache", or ~/.cache/boardwright)',
  )
  .showHelpAfterError('(run boardwright --help for usage)')
  // Help, usage errors and the version go through the same output gate as everything else.
  .configureOutput({ writeOut: printOut, writeErr: printErr })
  // Usage errors exit 2 like any other unusable input; --help and --version exit 0.
  .exitOverride()
  // -C must name a folder; without -C the workspace root is looked for upward (cli/workspace-root.ts).
  .hook('preAction', (_program, command) => settleWorkspace(program, command));

program
  .command('build')
  .description(
    'read boards and write model.json, model.yaml, labels.json, boards/<id>.json and summary.md into the out dir',
  )
  .argument(
    '[paths...]',
    'board files or folders (default: the config include globs, or every *.md)',
  )
  .option('-o, --out <dir>', 'output directory (default: boardwright-out, or the config "out")')
  .option('--json', 'print the model as JSON on stdout instead of a report')
  .option('-q, --quiet', 'print nothing but errors')
  .option('--verbose', 'list every board read and every Markdown file skipped, with the reason')
  .addOption(format)
  .addHelpText(
    'after',
    '\nExit codes: 0 built, 2 some input or the config was unusable (the other files are still built).\n\nExample:\n  boardwright build examples/boards --out boardwright-out',
  )
  .action((paths: string[], opts) => run('build', paths, { ...program.opts(), ...opts }));

program
  .command('check')
  .description(
    'lint boards: duplicate ids, dangling or cyclic dependencies, status conflicts, totals, WIP',
  )
  .argument(
    '[paths...]',
    'board files or folders (default: the config include globs, or every *.md)',
  )
  .addOption(format)
  .addOption(failOn)
  .option('--json', 'same as --format json')
  .option('-q, --quiet', 'print only diagnostics at or above --fail-on')
  .addHelpText(
    'after',
    '\nExit codes: 0 no findings at or above --fail-on (default error), 1 findings, 2 unusable input or config.\n\nExample:\n  boardwright check --format github --fail-on warning',
  )
  .action((paths: string[], opts) => run('check', paths, { ...program.opts(), ...opts }));

program
  .command('dialects')
  .description(
    'list the Markdown board styles boardwright reads, or explain which one a file is read as',
  )
  .argument('[file]', "a board file: print every dialect's detection score for it")
  .option('--json', 'print as JSON')
  .action((file: string | undefined, opts) =>
    run('dialects', file ? [file] : [], { ...program.opts(), ...opts }),
  );

program
  .command('rules')
  .description('list the board rules with their default severities')
  .option('--json', 'print as JSON')
  .action((opts) => run('rules', [], { ...program.opts(), ...opts }));

const BUILT_IN = ['build', 'check', 'dialects', 'rules'];
for (const register of await commandsFor(process.argv.slice(2), BUILT_IN)) register(program);

program.parseAsync(process.argv).catch((e: unknown) => {
  if (e instanceof CommanderError) {
    process.exitCode = e.exitCode === 0 ? 0 : 2;
    return;
  }
  printErr(`boardwright: ${safeLine((e as Error).message)}\n`);
  process.exitCode = 2;
});
