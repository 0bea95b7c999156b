import { resolve } from 'node:path';
import { DIALECTS } from '../kanban/dialects/index.js';
import { RULES } from '../checks/rules/index.js';
import { githubAnnotations } from '../report/annotations.js';
import { OutDirError, resolveOutDir, writeOutDir, type OutDir } from '../io/outdir.js';
import { formatDiagnostics, type Format, tally } from '../report/format.js';
import { printCommands, printErr, printOut, printProgress, safeLine } from '../report/terminal.js';
import type { Diagnostic, Severity } from '../model/types.js';
import { loadWorkspace, noBoardsDiagnostic, workspaceInputs } from '../workspace.js';
import { BoundaryError, readWorkspaceFile } from '../io/boundary.js';
import { BACKLOG_MD_DIALECT } from '../kanban/backlog-md/board.js';
import { readBoard } from '../kanban/read.js';
import { DEFAULT_LIMITS } from '../kanban/limits.js';

interface Options {
  cwd: string;
  config?: string;
  out?: string;
  json?: boolean;
  quiet?: boolean;
  verbose?: boolean;
  format?: Format;
  failOn?: Severity;
  /** false with --no-cache. */
  cache?: boolean;
  cacheDir?: string;
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

const out = printOut;
const err = printErr;

/** A one-line progress display on stderr, only when stderr is a terminal and there is much to read. */
function progress(): ((done: number, total: number, path: string) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  return (done, total, path) => {
    if (total < 20) return;
    const width = (process.stderr.columns ?? 80) - 20;
    const shown = path.length > width ? `…${path.slice(-width + 1)}` : path;
    printProgress(done === total ? undefined : `[${done}/${total}] ${shown}`);
  };
}

/** Runs one CLI command and sets process.exitCode. */
export async function run(command: string, paths: string[], options: Options): Promise<void> {
  if (command === 'dialects') return dialects(paths[0], options);
  if (command === 'rules') return rules(options);
  const root = resolve(options.cwd);
  const onProgress = progress();
  const loaded = loadWorkspace({
    root,
    paths,
    ...(options.config ? { configPath: options.config } : {}),
    ...(options.out ? { outDir: options.out } : {}),
    ...(onProgress ? { onProgress } : {}),
    ...(options.cache === false
      ? { cache: false as const }
      : options.cacheDir
        ? { cache: resolve(options.cacheDir) }
        : {}),
  });
  const { workspace } = loaded;
  const format: Format = options.json && command === 'check' ? 'json' : (options.format ?? 'text');
  // Nothing to read is not "no problems": say why nothing was found, and exit 2.
  const none = noBoardsDiagnostic(loaded, paths);
  if (none) {
    if (format === 'text' || (command === 'build' && !options.json)) {
      err(`boardwright: ${none.message}\n`);
      process.exitCode = 2;
      return;
    }
    workspace.diagnostics.push(none);
    loaded.unusable = true;
  }
  const diagnostics = workspace.diagnostics;

  if (command === 'check') {
    const failOn = options.failOn ?? loaded.config.config.failOn ?? 'error';
    const shown = options.quiet
      ? diagnostics.filter((d) => RANK[d.severity] >= RANK[failOn])
      : diagnostics;
    if (format === 'github') printCommands(githubAnnotations(shown, root));
    else out(formatDiagnostics(format, shown));
    if (loaded.unusable) process.exitCode = 2;
    else process.exitCode = diagnostics.some((d) => RANK[d.severity] >= RANK[failOn]) ? 1 : 0;
    return;
  }

  // build: the generators are loaded only now, so that check never loads them.
  const [{ manifestFiles }, { modelYamlFiles }, { labelsFiles }, { summaryFiles }, json] =
    await Promise.all([
      import('../generators/manifest.js'),
      import('../generators/model-yaml.js'),
      import('../generators/labels.js'),
      import('../generators/summary.js'),
      import('../generators/json.js'),
    ]);
  const configUnusable = loaded.config.diagnostics.some((d) => d.fatal);
  let outDir: OutDir | undefined;
  if (!configUnusable && !none) {
    const outPath = options.out ?? loaded.config.config.out ?? 'boardwright-out';
    try {
      outDir = resolveOutDir(root, outPath, workspaceInputs(loaded, paths));
      writeOutDir(outDir, 'build', [
        ...manifestFiles(workspace),
        ...modelYamlFiles(workspace),
        ...labelsFiles(workspace),
        ...summaryFiles(workspace),
      ]);
    } catch (e) {
      err(
        e instanceof OutDirError
          ? `boardwright: ${safeLine(e.message)}\n`
          : `boardwright: cannot write to ${safeLine(outPath)}: ${safeLine((e as Error).message)}\n`,
      );
      process.exitCode = 2;
      return;
    }
  }
  if (options.json) {
    out(json.stableJson(workspace));
  } else if (format !== 'text') {
    if (format === 'github') printCommands(githubAnnotations(diagnostics, root));
    else out(formatDiagnostics(format, diagnostics));
  } else {
    const fatal = diagnostics.filter((d) => d.fatal);
    const shown: Diagnostic[] = fatal;
    if (shown.length)
      err(formatDiagnostics('text', shown).split('\n').slice(0, -2).join('\n') + '\n');
    if (!options.quiet && !configUnusable) {
      const items = workspace.boards.reduce((n, b) => n + b.items.length, 0);
      const done = workspace.boards.reduce((n, b) => n + b.items.filter((i) => i.done).length, 0);
      const t = tally(diagnostics);
      // Past a screenful, one line per board is noise unless asked for: the totals below say it.
      for (const b of workspace.boards.length <= 30 || options.verbose ? workspace.boards : []) {
        out(
          `  ${safeLine(b.path)}  ${b.dialect}  ${b.groups.length} groups, ${b.items.length} items, ${b.items.filter((i) => i.done).length} done\n`,
        );
      }
      out(
        `Built ${workspace.boards.length} board(s), ${items} items (${done} done) into ${safeLine(outDir?.shown ?? '?')}/: model.json, model.yaml, labels.json, summary.md, boards/*.json.\n` +
          `${t.error} error(s), ${t.warning} warning(s) — run "boardwright check" for details.\n`,
      );
      if (options.verbose) {
        for (const s of loaded.skipped)
          out(`  skipped ${safeLine(s.path)}: ${safeLine(s.reason)}\n`);
      }
      if (loaded.skipped.length)
        out(
          `Skipped ${loaded.skipped.length} Markdown file(s) that hold no board${options.verbose ? '' : ' (run with --verbose to see each and why)'}.\n`,
        );
    }
  }
  process.exitCode = loaded.unusable ? 2 : 0;
}

function dialects(file: string | undefined, options: Options): void {
  if (!file) {
    const list = DIALECTS.map((d) => ({ id: d.id, title: d.title, description: d.description }));
    list.push({
      id: BACKLOG_MD_DIALECT,
      title: 'Backlog.md project',
      description:
        'A Backlog.md folder (config.yml, tasks/task-N - Title.md) read as one board: columns from config.yml statuses.',
    });
    if (options.json) out(`${JSON.stringify(list, null, 2)}\n`);
    else for (const d of list) out(`${d.id.padEnd(20)} ${d.description}\n`);
    return;
  }
  let bytes: Uint8Array;
  try {
    // Never through a link that leads out of the workspace (io/boundary.ts).
    bytes = readWorkspaceFile(resolve(options.cwd), file);
  } catch (e) {
    err(
      e instanceof BoundaryError
        ? `boardwright: ${safeLine(e.message)}\n`
        : `boardwright: cannot read ${safeLine(file)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`,
    );
    process.exitCode = 2;
    return;
  }
  const result = readBoard(bytes, file, { limits: DEFAULT_LIMITS });
  if (!result.board || !result.scores) {
    out(formatDiagnostics('text', result.diagnostics));
    process.exitCode = 2;
    return;
  }
  const { board, scores } = result;
  const done = board.items.filter((i) => i.done).length;
  if (options.json) {
    out(
      `${JSON.stringify(
        {
          file,
          dialect: board.dialect,
          board: !result.skipReason,
          ...(result.skipReason ? { skipReason: result.skipReason } : {}),
          scores,
          items: board.items.length,
          done,
          groups: board.groups.length,
        },
        null,
        2,
      )}\n`,
    );
    return;
  }
  if (result.skipReason)
    out(
      `${safeLine(file)} is not read as a board: ${safeLine(result.skipReason)}.\nRead as ${board.dialect} it would give ${board.items.length} items; name the file on the command line, or set a dialect for it under "dialects" in the config, to read it anyway.\n`,
    );
  else
    out(
      `${safeLine(file)} is read as ${board.dialect}: ${board.groups.length} groups, ${board.items.length} items, ${done} done.\n`,
    );
  out('Detection scores:\n');
  for (const [id, score] of Object.entries(scores).sort((a, b) => b[1] - a[1])) {
    out(`  ${id.padEnd(20)} ${score.toFixed(3)}\n`);
  }
}

function rules(options: Options): void {
  const list = RULES.map((r) => ({
    id: r.id,
    severity: r.defaultSeverity,
    description: r.description,
  }));
  if (options.json) out(`${JSON.stringify(list, null, 2)}\n`);
  else for (const r of list) out(`${r.id.padEnd(24)} ${r.severity.padEnd(8)} ${r.description}\n`);
}
