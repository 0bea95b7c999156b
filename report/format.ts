import type { Diagnostic, Severity } from '../model/types.js';
import { SCHEMA_VERSION } from '../model/types.js';
import { escapeControlCharacters, escapeControls, safeLine } from './terminal.js';

export type Format = 'text' | 'json' | 'github';
export const FORMATS: readonly Format[] = ['text', 'json', 'github'];

/** Counts by severity. */
export function tally(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const t = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) t[d.severity]++;
  return t;
}

/**
 * `path:line:col  severity  message  rule`, one per line, then a count line. Path, message and
 * rule come from the files read, so each is shown through safeLine: a line feed or a command
 * prefix inside them can neither start a line nor a workflow command.
 */
export function formatText(diagnostics: readonly Diagnostic[]): string {
  const lines = diagnostics.map(
    (d) =>
      `${safeLine(d.path)}:${d.line}:${d.column}  ${d.severity}  ${safeLine(d.message)}  ${safeLine(d.rule)}`,
  );
  const t = tally(diagnostics);
  lines.push(
    diagnostics.length === 0
      ? 'No problems found.'
      : `${t.error} error(s), ${t.warning} warning(s), ${t.info} info.`,
  );
  return `${lines.join('\n')}\n`;
}

/** Versioned JSON: `{ schemaVersion, summary, diagnostics }`. */
export function formatJson(
  diagnostics: readonly Diagnostic[],
  extra: Record<string, unknown> = {},
): string {
  return `${JSON.stringify({ schemaVersion: SCHEMA_VERSION, ...extra, summary: tally(diagnostics), diagnostics }, null, 2)}\n`;
}

/**
 * The data of a workflow command (the text after `::`), escaped as the GitHub Actions runner
 * unescapes it (`ActionCommand.UnescapeData`): `%` → `%25` first, then CR → `%0D`, LF → `%0A`.
 * Other control characters and the legacy `##[` prefix are shown as escapes
 * (report/terminal.ts escapeControls), as the runner would pass them on raw.
 */
export function escapeCommandData(s: string): string {
  return escapeControls(s, '\r\n').replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/**
 * A property value of a workflow command (`file=…`, `title=…`), escaped as the runner
 * unescapes it (`ActionCommand.UnescapeProperty`): the data escapes plus `:` → `%3A` and
 * `,` → `%2C`, so a value can end neither the property list nor the command. Other control
 * characters are shown as escapes; `##[` stays, as a line that starts with `::` is never read
 * as a legacy command (the runner tries ActionCommand.TryParseV2 first), so a file name stays
 * exact.
 */
export function escapeCommandProperty(s: string): string {
  return escapeControlCharacters(s, '\r\n')
    .replace(/%/g, '%25')
    .replace(/\r/g, '%0D')
    .replace(/\n/g, '%0A')
    .replace(/:/g, '%3A')
    .replace(/,/g, '%2C');
}

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * GitHub workflow commands (`::error file=…,line=…,col=…,title=…::message`), one per
 * diagnostic. `fileOf` gives the `file=` property (default: the diagnostic's path as is); where
 * it gives undefined, the command has no file, line or column and the path leads the message
 * (a commit, the PR title, a file that is not in the repository).
 */
export function formatGithub(
  diagnostics: readonly Diagnostic[],
  fileOf: (d: Diagnostic) => string | undefined = (d) => d.path,
): string {
  return diagnostics
    .map((d) => {
      const file = fileOf(d);
      const props: string[] = [];
      if (file !== undefined) {
        props.push(`file=${escapeCommandProperty(file)}`, `line=${d.line}`, `col=${d.column}`);
        if (d.endLine !== undefined) props.push(`endLine=${d.endLine}`);
      }
      props.push(`title=${escapeCommandProperty(`boardwright ${d.rule}`)}`);
      const message = file === undefined ? `${d.path}: ${d.message}` : d.message;
      return `::${COMMAND[d.severity]} ${props.join(',')}::${escapeCommandData(message)}\n`;
    })
    .join('');
}

export function formatDiagnostics(format: Format, diagnostics: readonly Diagnostic[]): string {
  if (format === 'json') return formatJson(diagnostics);
  if (format === 'github') return formatGithub(diagnostics);
  return formatText(diagnostics);
}
