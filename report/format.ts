import type { Diagnostic, Severity } from '../model/types.js';
import { SCHEMA_VERSION } from '../model/types.js';

export type Format = 'text' | 'json' | 'github';
export const FORMATS: readonly Format[] = ['text', 'json', 'github'];

/** Counts by severity. */
export function tally(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const t = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) t[d.severity]++;
  return t;
}

/** `path:line:col  severity  message  rule`, one per line, then a count line. */
export function formatText(diagnostics: readonly Diagnostic[]): string {
  const lines = diagnostics.map(
    (d) => `${d.path}:${d.line}:${d.column}  ${d.severity}  ${d.message}  ${d.rule}`,
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

/** Escapes per the GitHub Actions workflow-command rules (data and property values differ). */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** GitHub workflow commands (`::error file=…,line=…,col=…,title=…::message`), one per diagnostic. */
export function formatGithub(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map((d) => {
      const props = [`file=${escapeProperty(d.path)}`, `line=${d.line}`, `col=${d.column}`];
      if (d.endLine !== undefined) props.push(`endLine=${d.endLine}`);
      props.push(`title=${escapeProperty(`boardwright ${d.rule}`)}`);
      return `::${COMMAND[d.severity]} ${props.join(',')}::${escapeData(d.message)}\n`;
    })
    .join('');
}

export function formatDiagnostics(format: Format, diagnostics: readonly Diagnostic[]): string {
  if (format === 'json') return formatJson(diagnostics);
  if (format === 'github') return formatGithub(diagnostics);
  return formatText(diagnostics);
}
