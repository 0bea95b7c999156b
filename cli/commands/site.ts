import { join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { siteFiles } from '../../generators/site/index.js';
import { stableJson } from '../../generators/json.js';
import { OutDirError, resolveOutDir, writeOutDir } from '../../io/outdir.js';
import { formatDiagnostics } from '../../report/format.js';
import { loadWorkspace, workspaceInputs } from '../../workspace.js';
import { printErr, printOut } from '../../report/terminal.js';

interface SiteOptions {
  cwd: string;
  config?: string;
  out?: string;
  json?: boolean;
  quiet?: boolean;
}

/** `boardwright site`: reads the boards and writes the static dashboard (generators/site). */
async function site(paths: string[], options: SiteOptions): Promise<void> {
  const root = resolve(options.cwd);
  const loaded = loadWorkspace({
    root,
    paths,
    ...(options.config ? { configPath: options.config } : {}),
    ...(options.out ? { outDir: options.out } : {}),
  });
  const { workspace } = loaded;
  const fatal = workspace.diagnostics.filter((d) => d.fatal);
  if (fatal.length) printErr(formatDiagnostics('text', fatal));
  if (loaded.config.diagnostics.some((d) => d.fatal)) {
    process.exitCode = 2;
    return;
  }
  const outPath = options.out ?? `${loaded.config.config.out ?? 'boardwright-out'}/site`;
  let outDir: string;
  let written: string[];
  try {
    const checked = resolveOutDir(root, outPath, workspaceInputs(loaded, paths));
    outDir = checked.dir;
    const files = await siteFiles(workspace, loaded.links);
    // Pages of boards that no longer exist are removed: the out dir's manifest lists them.
    written = writeOutDir(checked, 'site', files).written;
  } catch (e) {
    printErr(
      e instanceof OutDirError
        ? `boardwright: ${e.message}\n`
        : `boardwright: cannot write the site to ${outPath}: ${(e as Error).message}\n`,
    );
    process.exitCode = 2;
    return;
  }
  const shown = relative(process.cwd(), outDir) || '.';
  if (options.json) {
    printOut(
      stableJson({
        out: outDir,
        files: written,
        boards: workspace.boards.length,
        items: workspace.boards.reduce((n, b) => n + b.items.length, 0),
        diagnostics: workspace.diagnostics.length,
      }),
    );
  } else if (!options.quiet) {
    printOut(
      `Wrote the site for ${workspace.boards.length} board(s) to ${shown}/ (${written.length} files). Open ${join(shown, 'index.html')}.\n`,
    );
  }
  process.exitCode = loaded.unusable ? 2 : 0;
}

/** Registers `boardwright site` on the program. */
export function register(program: Command): void {
  program
    .command('site')
    .description(
      'write a self-contained static dashboard: an index of boards with progress, a kanban page per board with a filter, card details, dependencies and diagnostics',
    )
    .argument(
      '[paths...]',
      'board files or folders (default: the config include globs, or every *.md)',
    )
    .option(
      '-o, --out <dir>',
      'output directory (default: boardwright-out/site, or <config "out">/site)',
    )
    .option('--json', 'print what was written as JSON')
    .option('-q, --quiet', 'print nothing but errors')
    .addHelpText(
      'after',
      [
        '',
        'The site needs no server and loads nothing from the network: publish the folder with',
        'GitHub Pages, or open index.html. Findings in the boards are shown on the pages; they do',
        'not change the exit code.',
        '',
        'Exit codes: 0 written, 2 some input or the config was unusable (the other boards are',
        'still written; with an unusable config nothing is), or the out dir cannot be written.',
        '',
        'Examples:',
        '  boardwright site examples/boards',
        '  boardwright site docs --out public',
      ].join('\n'),
    )
    .action(async (paths: string[], opts: Omit<SiteOptions, 'cwd'>) => {
      await site(paths, { ...(program.opts() as { cwd: string; config?: string }), ...opts });
    });
}
