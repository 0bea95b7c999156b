import type { Diagnostic } from '../../model/types.js';
import { inRanges, nonProseRanges, pointAt, type SpecDocument } from '../document.js';
import { MESSAGES } from '../rules.js';
import type { ForbiddenPattern } from '../types.js';

/** Longest match quoted in a message; markers such as `[NEEDS CLARIFICATION: …]` can be long. */
const QUOTE_CHARS = 60;

/**
 * Reports every match of each forbidden pattern in the prose of `doc` (not in code, front matter
 * or HTML comments), one diagnostic per match at its line and column, with the pattern's rule id
 * (default `forbidden-pattern`), severity (default error) and message plus the matched text.
 * Patterns are JavaScript regular expressions, already checked when the profile was loaded.
 */
export function checkForbidden(
  doc: SpecDocument,
  patterns: readonly ForbiddenPattern[],
): Diagnostic[] {
  if (!patterns.length) return [];
  const skip = nonProseRanges(doc);
  const out: Diagnostic[] = [];
  for (const p of patterns) {
    const re = new RegExp(p.pattern, p.ignoreCase ? 'gi' : 'g');
    for (const m of doc.text.matchAll(re)) {
      if (m[0] === '' || inRanges(skip, m.index)) continue;
      // Quote the rest of a bracketed marker so the message shows the open question itself.
      const close = m[0].startsWith('[') ? doc.text.indexOf(']', m.index) : -1;
      const lineEnd = doc.text.indexOf('\n', m.index);
      let shown =
        close !== -1 && (lineEnd === -1 || close < lineEnd)
          ? doc.text.slice(m.index, close + 1)
          : m[0];
      if (shown.length > QUOTE_CHARS) shown = `${shown.slice(0, QUOTE_CHARS - 1)}…`;
      const { line, column } = pointAt(doc, m.index);
      out.push({
        rule: p.rule ?? 'forbidden-pattern',
        severity: p.severity ?? 'error',
        message: MESSAGES.forbidden(p.message, shown),
        path: doc.path,
        line,
        column,
      });
    }
  }
  return out;
}
