/**
 * What boardwright prints for people: a terminal, or the log of a CI runner that reads every
 * line of a step's output as a possible workflow command. File names, headings, titles and commit
 * text are written by whoever opened the pull request, so nothing printed may
 *
 * - hold a raw control character: C0 and C1 controls (ESC sequences, CR, NEL), DEL, the Unicode
 *   line and paragraph separators (U+2028, U+2029) and the bidirectional overrides and isolates
 *   (U+202A–U+202E, U+2066–U+2069) are shown as JSON-style escapes (`\r`, `\u001b`, `\u2028`);
 *   a line feed ends a line only where boardwright put it, and a tab stays a tab;
 * - start a line with `::` (after any white space, which the runner trims: GitHub Actions runner
 *   `ActionCommand.TryParseV2`), shown as `\u003a:`;
 * - hold the legacy `##[` command prefix anywhere in a line (`ActionCommand.TryParse`), shown
 *   as `#\u0023[`.
 *
 * Every escape is also a valid JSON string escape, so JSON printed through these functions
 * parses to exactly the same value. The `github` format (`::error …::`) is the one output
 * that holds commands on purpose; it goes through printCommands, which lets only well-formed
 * annotation commands through.
 */

/** Every character that is never printed raw (a tab is not one of them). */
const CONTROLS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** `::` at the start of a line after the white space .NET's String.TrimStart removes. */
const LINE_COMMAND = /^([\s\u0085]*):(?=:)/gm;
const LEGACY_COMMAND = /##\[/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r' };

function escapeChar(c: string): string {
  return NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * `text` with every control character but those in `keep` shown as a JSON-style escape (`\r`,
 * `\u001b`, `\u2028`). For a property of a command boardwright writes itself (an annotation's
 * `file=`), where the text must stay as exact as the command syntax allows.
 */
export function escapeControlCharacters(text: string, keep = ''): string {
  return text.replace(CONTROLS, (c) => (keep.includes(c) ? c : escapeChar(c)));
}

/**
 * escapeControlCharacters, and the legacy `##[` command prefix shown as `#\u0023[`. Line starts
 * are not looked at; safeText and safeLine do that.
 */
export function escapeControls(text: string, keep = ''): string {
  return escapeControlCharacters(text, keep).replace(LEGACY_COMMAND, '#\\u0023[');
}

function neutralise(text: string, keep: string): string {
  return escapeControls(text, keep).replace(LINE_COMMAND, '$1\\u003a');
}

/**
 * A block of human text made safe to print: line feeds kept, every other control character
 * escaped, no line that starts a workflow command and no legacy `##[` prefix. Pure; the same
 * input gives the same string, and text that needs none of this is returned unchanged.
 */
export function safeText(text: string): string {
  return neutralise(text, '\n');
}

/**
 * One value made safe to print inside a line: like safeText, but a line feed is escaped too, so
 * a file name or heading can neither start a new line nor make the line look like another one.
 */
export function safeLine(value: string): string {
  return neutralise(value, '');
}

/**
 * Reports what in `text` would reach a runner or terminal unsafely: the first raw control
 * character (other than line feed and tab), line that starts a workflow command, or legacy
 * `##[` prefix, as a short description; undefined when the text is safe. Used by the tests and
 * the injection fuzz; printed output is always safe.
 */
export function unsafeOutput(text: string): string | undefined {
  const control = /[^\n]/.exec(text.match(CONTROLS)?.join('') ?? '');
  if (control) return `raw control character ${escapeChar(control[0])}`;
  const command = new RegExp(LINE_COMMAND.source, 'm').exec(text);
  if (command) return `workflow command at ${command.index}`;
  const legacy = text.indexOf('##[');
  if (legacy >= 0) return `legacy workflow command at ${legacy}`;
  return undefined;
}

/** The workflow commands the `github` format emits (GitHub Actions annotations). */
const ANNOTATION = /^::(?:error|warning|notice)(?: [^:\r\n]*)?::[^\r\n]*$/;

/**
 * Output of the `github` format made safe: a line that is a well-formed annotation command
 * (`::error|warning|notice props::data`, as report/format.ts builds it with every property and
 * the data escaped) passes as is; any other line is neutralised like safeText.
 */
export function safeCommands(text: string): string {
  return text
    .split('\n')
    .map((line) => (ANNOTATION.test(line) ? escapeControls(line) : safeLine(line)))
    .join('\n');
}

/** Writes human text (or JSON) to stdout through safeText. */
export function printOut(text: string): void {
  process.stdout.write(safeText(text));
}

/** Writes human text to stderr through safeText. */
export function printErr(text: string): void {
  process.stderr.write(safeText(text));
}

/** Writes the `github` format's annotation commands to stdout through safeCommands. */
export function printCommands(text: string): void {
  process.stdout.write(safeCommands(text));
}

/**
 * A one-line progress display on stderr for a terminal: the line is cleared and redrawn in
 * place (the only control sequences boardwright prints on purpose), `text` shown through
 * safeLine. `text` undefined clears the line.
 */
export function printProgress(text: string | undefined): void {
  process.stderr.write(text === undefined ? '\r\x1b[2K' : `\r\x1b[2K${safeLine(text)}`);
}
