import { closeSync, openSync, readSync, readdirSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { siteFiles } from '../../generators/site/index.js';
import { stableJson } from '../../generators/json.js';
import { safeOutputPath, writeOutputs } from '../../io/write.js';
import { formatDiagnostics } from '../../report/format.js';
import { loadWorkspace } from '../../workspace.js';
import { printErr, printOut } from '../../report/terminal.js';

interface SiteOptions {
  cwd: string;
  config?: string;
  out?: string;
  json?: boolean;
  quiet?: boolean;
}

/** Every page the site generator writes carries this tag; only such pages are ever pruned. */
const GENERATOR_TAG = '<meta name="generator" content="boardwright site">';

/**
 * Removes `boards/*.html` pages a previous run generated for boards that no longer exist.
 * A page is removed only when it is not among `written` and its head carries GENERATOR_TAG,
 * so files a user keeps in the same folder are never touched.
 */
function pruneStalePages(outDir: string, written: readonly string[]): void {
  const dir = safeOutputPath(outDir, 'boards');
  const keep = new Set(written.map((p) => safeOutputPath(outDir, p)));
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names.filter((n) => n.endsWith('.html'))) {
    const full = join(dir, name);
    if (keep.has(full)) continue;
    const head = Buffer.alloc(1024);
    let fd: number | undefined;
    try {
      fd = openSync(full, 'r');
      const n = readSync(fd, head, 0, head.length, 0);
      if (head.subarray(0, n).toString('utf8').includes(GENERATOR_TAG)) rmSync(full);
    } catch {
      // A page that cannot be read is not known to be ours: leave it.
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }
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
  const outDir = resolve(
    root,
    options.out ?? `${loaded.config.config.out ?? 'boardwright-out'}/site`,
  );
  let written: string[];
  try {
    const files = await siteFiles(workspace, loaded.links);
    written = writeOutputs(outDir, files);
    pruneStalePages(outDir, written);
  } catch (e) {
    printErr(`boardwright: cannot write the site to ${outDir}: ${(e as Error).message}\n`);
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
