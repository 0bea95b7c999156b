import * as core from '@actions/core';
import { escapeControlCharacters, escapeControls, safeText } from '../../report/terminal.js';

/**
 * The Actions' only way to the step log. @actions/core writes `info` raw and escapes only `%`,
 * CR and LF in command data and properties; file names, headings and commit text reach these
 * messages, so every message goes through report/terminal.ts first: `info` through safeText (no
 * line can start a workflow command), annotations and failures through escapeControls (their
 * line breaks become the runner's `%0A`; other control characters and `##[` are shown escaped).
 */

/** A plain log line (or lines). */
export function info(message: string): void {
  core.info(safeText(message));
}

function properties(props: core.AnnotationProperties | undefined): core.AnnotationProperties {
  const out: core.AnnotationProperties = { ...props };
  // @actions/core escapes %, CR, LF, `:` and `,` in properties; the file name stays exact so
  // that the annotation lands on the file.
  if (out.title !== undefined) out.title = escapeControls(out.title, '\r\n');
  if (out.file !== undefined) out.file = escapeControlCharacters(out.file, '\r\n');
  return out;
}

/** An annotation: `error`, `warning` or `notice`, optionally on a file and line. */
export function annotate(
  level: 'error' | 'warning' | 'notice',
  message: string,
  props?: core.AnnotationProperties,
): void {
  core[level](escapeControls(message, '\r\n'), properties(props));
}

/** A notice without a file. */
export function notice(message: string): void {
  annotate('notice', message);
}

/** Fails the step with an error annotation (the exit code is 1 unless set otherwise later). */
export function fail(message: string): void {
  core.setFailed(escapeControls(message, '\r\n'));
}
