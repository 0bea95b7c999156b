/**
 * Text from a board made safe for an issue body that GitHub renders: no control characters,
 * HTML escaped (no tags, no comments that could forge a marker), @-mentions broken with a word
 * joiner so syncing never notifies people or teams, and Markdown link/image syntax escaped so a
 * board line cannot load a tracking image.
 */
// Control characters except tab and newline, and the Unicode line/paragraph separators.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;
const HTML = /[<>&]/g;
const ENTITY: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };
// `@` after a non-word character (or at the start) followed by a login or org/team.
const MENTION = /(^|[^\w`])@(?=[A-Za-z0-9])/g;
const LINK_SYNTAX = /[[\]!]/g;

function safe(text: string): string {
  return text
    .replace(CONTROL, '')
    .replace(HTML, (c) => ENTITY[c]!)
    .replace(MENTION, '$1@\u2060')
    .replace(LINK_SYNTAX, (c) => `\\${c}`);
}

/** One line of board text for a table cell or a list item: line breaks become spaces, pipes escaped. */
export function inlineText(text: string): string {
  return safe(text.replace(/\r\n?|\n/g, ' ')).replace(/\|/g, '\\|');
}

/** A paragraph of board text: lines kept (CRLF made LF), everything else as `inlineText`. */
export function blockText(text: string): string {
  return safe(text.replace(/\r\n?/g, '\n'));
}
