import { type Command, Option } from 'commander';
import {
  exitCode,
  parityCommand,
  type OutcomeTable,
  type ParityMode,
  type ParityOutcome,
} from '../../parity/command.js';
import type { ParityRequest } from '../../parity/settings.js';
import { githubAnnotations } from '../../report/annotations.js';
import { formatJson, formatText, type Format } from '../../report/format.js';
import { printCommands, printErr, printOut } from '../../report/terminal.js';

interface ParityOptions {
  cwd?: string;
  config?: string;
  kb?: string;
  out?: string;
  allowCommands?: boolean;
  baseline?: string;
  baseRef?: string;
  threshold?: number;
  updateBaseline?: boolean;
  format?: Format;
  json?: boolean;
}

/** A plain-text table: columns padded to their widest cell. */
function textTable(table: OutcomeTable): string {
  const rows = [table.header, ...table.rows];
  const widths = table.header.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  return rows
    .map((r) =>
      r
        .map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat((widths[i] ?? 0) - [...c].length)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** Prints an outcome in the chosen format and sets the exit code (0 / 1 / 2). */
function print(outcome: ParityOutcome, format: Format, root: string): void {
  process.exitCode = exitCode(outcome);
  if (format === 'json') {
    printOut(
      formatJson(outcome.diagnostics, {
        mode: outcome.mode,
        passed: outcome.passed,
        unusable: outcome.unusable,
        score: outcome.score ?? null,
        baselineScore: outcome.baselineScore ?? null,
        delta: outcome.delta ?? null,
        ...(outcome.threshold !== undefined ? { threshold: outcome.threshold } : {}),
        written: outcome.written,
        ...(outcome.files ? { files: outcome.files } : {}),
      }),
    );
    return;
  }
  if (format === 'github') {
    printCommands(githubAnnotations(outcome.diagnostics, root));
    return;
  }
  // Unusable input: what says why (and validate's table) goes to stderr, nothing to stdout.
  if (outcome.unusable && !outcome.tables.length) {
    printErr(formatText(outcome.diagnostics));
    return;
  }
  const parts = [
    outcome.headline,
    ...outcome.tables.map(textTable),
    formatText(outcome.diagnostics),
  ];
  (outcome.unusable ? printErr : printOut)(`${parts.join('\n\n').trimEnd()}\n`);
}

function request(options: ParityOptions): ParityRequest {
  const r: ParityRequest = { root: options.cwd ?? '.' };
  if (options.config) r.configPath = options.config;
  if (options.kb) r.kb = options.kb;
  if (options.out) r.out = options.out;
  if (options.allowCommands !== undefined) r.allowCommands = options.allowCommands;
  if (options.baseline) r.baseline = options.baseline;
  if (options.baseRef) r.baseRef = options.baseRef;
  if (options.threshold !== undefined) r.threshold = options.threshold;
  if (options.updateBaseline) r.updateBaseline = true;
  return r;
}

function action(mode: ParityMode) {
  return async (_opts: unknown, command: Command): Promise<void> => {
    const options = command.optsWithGlobals<ParityOptions>();
    const format: Format = options.json ? 'json' : (options.format ?? 'text');
    print(await parityCommand(mode, request(options)), format, options.cwd ?? '.');
  };
}

const formatOption = (): Option =>
  new Option('-f, --format <format>', 'report: text, json or github (annotations)')
    .choices(['text', 'json', 'github'])
    .default('text');
const kbOption = (): Option =>
  new Option('--kb <dir>', 'knowledge-base folder (default: config parity.kb, else kb/parity)');

/**
 * Registers `boardwright parity run|gate|validate`: thin adapters over parity/command.ts, the
 * same functions the parity Action calls.
 */
export function register(program: Command): void {
  const parity = program
    .command('parity')
    .description(
      'parity knowledge base: evaluate capabilities, gate the score, validate the files',
    );

  parity
    .command('run')
    .description(
      'evaluate every capability contract of the knowledge base and write the parity matrix',
    )
    .addOption(kbOption())
    .option(
      '-o, --out <file>',
      'matrix file to write, relative to the workspace root',
      'parity-matrix.json',
    )
    .option(
      '--allow-commands',
      'run "command" contracts (default: config parity.allowCommands, else off)',
    )
    .option('--no-allow-commands', 'skip "command" contracts even when the config allows them')
    .addOption(formatOption())
    .option('--json', 'same as --format json')
    .addHelpText(
      'after',
      '\nExit codes: 0 matrix written, 2 unusable input (missing kb folder, invalid JSON/YAML, a capability\nfile breaking schemas/capability.schema.json, an unknown check kind).\n\nExample:\n  boardwright parity run --kb kb/parity --out parity-matrix.json',
    )
    .action(action('run'));

  parity
    .command('gate')
    .description(
      'evaluate the knowledge base and fail when the score drops more than the threshold below the baseline',
    )
    .addOption(kbOption())
    .option(
      '--baseline <file>',
      'baseline matrix (a committed file; with --base-ref, its path at that ref)',
    )
    .option(
      '--base-ref <ref>',
      'read the baseline with git show <ref>:<path> (path: --baseline, else config parity.baseline, else --out, else parity-matrix.json)',
    )
    .option(
      '--threshold <points>',
      'points the score may drop (default: config parity.threshold, else 5)',
      (v: string) => Number(v),
    )
    .option('--update-baseline', 'write the current matrix to the baseline file and pass')
    .option('-o, --out <file>', 'also write the current matrix to this file')
    .option(
      '--allow-commands',
      'run "command" contracts (default: config parity.allowCommands, else off)',
    )
    .option('--no-allow-commands', 'skip "command" contracts even when the config allows them')
    .addOption(formatOption())
    .option('--json', 'same as --format json')
    .addHelpText(
      'after',
      '\nExit codes: 0 within the threshold (or baseline updated), 1 the score dropped by more than the\nthreshold, 2 unusable input (missing or invalid baseline, unknown ref, invalid knowledge base).\n\nExamples:\n  boardwright parity gate --baseline kb/parity/baseline.json --threshold 5\n  boardwright parity gate --base-ref origin/main\n  boardwright parity gate --baseline kb/parity/baseline.json --update-baseline',
    )
    .action(action('gate'));

  parity
    .command('validate')
    .description(
      'check every JSON/YAML file of the knowledge base against the schema its $schema or name implies',
    )
    .addOption(kbOption())
    .addOption(formatOption())
    .option('--json', 'same as --format json')
    .addHelpText(
      'after',
      '\nA file is checked against the schema its $schema names (boardwright\'s capability, parity-matrix,\nconfig or board schema; the JSON Schema 2020-12 meta-schema; or a schema file in the workspace).\nWithout $schema: *.schema.json is a JSON Schema, names with "matrix" or starting with "baseline"\nare parity matrices, anything else is a capability file.\n\nExit codes: 0 all valid, 1 violations (each with its JSON Pointer and line), 2 files that are not\nvalid JSON/YAML or a missing folder.\n\nExample:\n  boardwright parity validate --kb kb/parity',
    )
    .action(action('validate'));
}
