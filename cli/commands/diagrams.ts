import { type Command, Option } from 'commander';
import { DIAGRAM_FORMATS, type DiagramFormat } from '../../generators/diagrams/names.js';
import {
  DEFAULT_DIAGRAMS_OUT,
  type DiagramsResult,
  parseFormats,
  runDiagrams,
} from '../../generators/diagrams/run.js';
import { formatDiagnostics, formatJson, type Format } from '../../report/format.js';

interface Options {
  cwd: string;
  config?: string;
  out: string;
  format?: string;
  check?: boolean;
  report: Format;
  json?: boolean;
  quiet?: boolean;
}

const out = (s: string): void => void process.stdout.write(s);
const err = (s: string): void => void process.stderr.write(s);

const HELP = `
Files, per board (names come from the board id; only A-Z a-z 0-9 . _ - survive):
  <board>.overview.mmd   columns / groups with item counts (Mermaid)        [mermaid]
  <board>.gantt.mmd      timeline, when items carry dates (due, start…)     [mermaid]
  <board>.deps.mmd|.dot|.svg|.png|.drawio
                         dependency graph, critical path in red, when the
                         board has dependencies                            [each format]
SVG is rendered by Graphviz compiled to WebAssembly (its version is named in the file), PNG
from that SVG by resvg with a bundled font, so every machine writes the same bytes.

--check regenerates into a temporary folder and compares byte for byte with the out dir: every
drifted (e.g. a hand-edited SVG or PNG), missing or extra diagram file is listed.

Exit codes: 0 written / everything matches, 1 --check found differences, 2 unusable input or
config (nothing is written), or the out dir cannot be written.

Examples:
  boardwright diagrams examples/boards --out docs/diagrams
  boardwright diagrams --format mermaid,svg
  boardwright diagrams --check                # in CI: fail when committed diagrams are stale`;

/** Registers `boardwright diagrams` (write or --check the generated diagrams). */
export function register(program: Command): void {
  program
    .command('diagrams')
    .description(
      'generate dependency graphs (Mermaid, DOT, SVG, PNG, draw.io), board overviews and timelines',
    )
    .argument(
      '[paths...]',
      'board files or folders (default: the config include globs, or every *.md)',
    )
    .option('-o, --out <dir>', 'folder for the diagram files', DEFAULT_DIAGRAMS_OUT)
    .option(
      '--format <formats>',
      `comma-separated diagram formats: ${DIAGRAM_FORMATS.join(', ')} (default: all)`,
    )
    .option(
      '--check',
      'compare with the files in --out instead of writing; exit 1 on any difference',
    )
    .addOption(
      new Option('--report <format>', 'how --check reports: text, json or github')
        .choices(['text', 'json', 'github'])
        .default('text'),
    )
    .option('--json', 'print the result as JSON (same as --report json)')
    .option('-q, --quiet', 'print nothing but problems')
    .addHelpText('after', HELP)
    .action(async (paths: string[], opts: Omit<Options, 'cwd'>) => {
      await diagrams(paths, { ...(program.opts() as { cwd: string; config?: string }), ...opts });
    });
}

async function diagrams(paths: string[], options: Options): Promise<void> {
  let formats: DiagramFormat[];
  try {
    formats = parseFormats(options.format);
  } catch (e) {
    err(`boardwright: ${(e as Error).message}\n`);
    process.exitCode = 2;
    return;
  }
  let result: DiagramsResult;
  try {
    result = await runDiagrams({
      root: options.cwd,
      paths,
      out: options.out,
      formats,
      check: options.check === true,
      ...(options.config ? { configPath: options.config } : {}),
    });
  } catch (e) {
    err(`boardwright: cannot write the diagrams to ${options.out}: ${(e as Error).message}\n`);
    process.exitCode = 2;
    return;
  }
  const report: Format = options.json ? 'json' : options.report;
  const { loaded } = result;
  if (result.unusable) {
    const fatal = loaded.workspace.diagnostics.filter((d) => d.fatal);
    if (report === 'text') {
      err(formatDiagnostics('text', fatal));
      err('Nothing was written or compared: fix the input above first.\n');
    } else out(formatDiagnostics(report, fatal));
    process.exitCode = 2;
    return;
  }
  const boards = loaded.workspace.boards.length;
  if (options.check) {
    const drift = result.drift!;
    const problems = result.driftDiagnostics;
    if (report === 'json') out(formatJson(problems, { out: result.out, formats, diagrams: drift }));
    else if (report === 'github') out(formatDiagnostics('github', problems));
    else {
      if (problems.length)
        out(formatDiagnostics('text', problems).split('\n').slice(0, -2).join('\n') + '\n');
      if (!options.quiet || problems.length) {
        out(
          `${drift.matched.length} of ${result.files.length} diagram file(s) in ${result.out}/ match the ${boards} board(s); ` +
            `${drift.drifted.length} drifted, ${drift.missing.length} missing, ${drift.extra.length} extra.\n`,
        );
      }
    }
    process.exitCode = problems.length ? 1 : 0;
    return;
  }
  if (options.json) {
    out(
      `${JSON.stringify({ out: result.out, formats, written: result.written, removed: result.removed }, null, 2)}\n`,
    );
  } else if (!options.quiet) {
    out(
      `Wrote ${result.written!.length} diagram file(s) for ${boards} board(s) into ${result.out}/ (${formats.join(', ')}).\n`,
    );
    if (result.removed!.length)
      out(
        `Removed ${result.removed!.length} stale diagram file(s): ${result.removed!.join(', ')}.\n`,
      );
  }
  process.exitCode = 0;
}
