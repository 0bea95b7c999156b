/**
 * Text handling shared by every diagram format: making user strings safe to embed (no control
 * characters, no lone surrogates, bounded length) and the escaping each format needs. Every id
 * and title that reaches a diagram passes through one of the escapers below; nothing is
 * interpolated raw.
 */

/**
 * C0/C1 control characters (tab and newline included: diagrams are single-line per field),
 * which XML 1.0 forbids and DOT/Mermaid would treat as syntax, and lone UTF-16 surrogates,
 * which cannot be encoded as UTF-8.
 */
/* eslint-disable no-control-regex -- matching control characters is the point */
const UNSAFE =
  /[\u0000-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/* eslint-enable no-control-regex */

/**
 * `text` with control characters turned into spaces, lone surrogates into U+FFFD, runs of
 * whitespace collapsed and ends trimmed.
 */
export function clean(text: string): string {
  return text
    .replace(UNSAFE, (c) => (c.charCodeAt(0) >= 0xd800 ? '\ufffd' : ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Shortens cleaned text to at most `max` code points, ending in `…` when cut. Counting code
 * points (not UTF-16 units) never splits a surrogate pair.
 */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/**
 * Word-wraps text into at most `lines` lines of about `width` code points; words longer than a
 * line are broken, and the last line ends in `…` when text was left out.
 */
export function wrap(text: string, width: number, lines: number): string[] {
  const out: string[] = [];
  let line = '';
  const words = clean(text).split(' ').filter(Boolean);
  for (let w = 0; w < words.length; w++) {
    let word = words[w] as string;
    while (Array.from(word).length > width) {
      if (line) {
        out.push(line);
        line = '';
      }
      const chars = Array.from(word);
      out.push(chars.slice(0, width).join(''));
      word = chars.slice(width).join('');
    }
    if (!line) line = word;
    else if (Array.from(line).length + 1 + Array.from(word).length <= width) line += ` ${word}`;
    else {
      out.push(line);
      line = word;
    }
  }
  if (line) out.push(line);
  if (out.length <= lines) return out;
  const kept = out.slice(0, lines);
  kept[lines - 1] = truncate(`${kept[lines - 1]} …`, width + 1).replace(/ …$/, '…');
  return kept;
}

/**
 * Emoji and the joiners, variation selectors, skin tones and keycap marks that build them.
 * Matched one code point at a time, so linear on any input.
 */
const EMOJI =
  /\p{Extended_Pictographic}|\p{Regional_Indicator}|[\u{1F3FB}-\u{1F3FF}]|\u200d|\ufe0e|\ufe0f|\u20e3/gu;

/**
 * `text` without emoji. The SVG and PNG files are drawn with one bundled text font (the PNG must
 * not depend on the machine's fonts), which has no emoji: they would print as empty boxes. So
 * every label of the Graphviz formats drops them, the same way in SVG and PNG; the Mermaid and
 * draw.io files, drawn by browsers with emoji fonts, keep them.
 */
export function withoutEmoji(text: string): string {
  return text.replace(EMOJI, '');
}

/**
 * A DOT double-quoted string for a label or tooltip (Graphviz "The DOT Language": `"` must be
 * escaped as `\"`). A backslash is doubled because Graphviz reads `\N`, `\G`, `\l`… in labels
 * as escapes and prints `\\` as one backslash; `&` is written `&amp;` because Graphviz decodes
 * HTML entities in labels, so a title holding `&lt;` would otherwise print `<`. Line breaks are
 * given as separate `lines` and joined with DOT's centred line break `\n`. Emoji are dropped
 * (withoutEmoji).
 */
export function dotString(...lines: string[]): string {
  return `"${lines
    .map((l) =>
      clean(withoutEmoji(l)).replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/&/g, '&amp;'),
    )
    .join('\\n')}"`;
}

/**
 * Mermaid label text for use inside `"…"`. Mermaid decodes `#name;` / `#NN;` entity codes in
 * every diagram type before parsing, so every character that is syntax somewhere (quotes,
 * backticks that start Markdown strings, `#`, `:` and `;` that end Gantt task names and section
 * names, HTML brackets, `%` comments, brackets and braces that end node shapes) is written as a
 * numeric entity code. The result contains only characters that are inert in every Mermaid
 * diagram grammar.
 */
export function mermaidText(text: string): string {
  return mermaidEscape(clean(text));
}

/** mermaidText without clean(), for text that is clean already and must keep its spaces. */
export function mermaidEscape(text: string): string {
  return text.replace(/[#"`:;<>&%[\]{}()|\\]/g, (c) => `#${c.charCodeAt(0)};`);
}

/** Text for an XML attribute value or element content (XML 1.0 §2.4, §3.3.3). */
export function xmlText(text: string): string {
  return text.replace(
    /[&<>"'\n]/g,
    (c) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\n': '&#xa;' })[
        c
      ] as string,
  );
}
