import type { Diagnostic } from '../../model/types.js';
import { pointAt, type SpecDocument } from '../document.js';
import { MESSAGES } from '../rules.js';

/**
 * Open questions in a spec-kit feature (spec-kit templates/spec-template.md, plan-template.md,
 * commands/specify.md, commands/plan.md):
 *
 *  - `[NEEDS CLARIFICATION: <question>]`, the marker `/speckit.specify` writes into spec.md for
 *    every unknown, is open until `/speckit.clarify` replaces it with the decision;
 *  - `NEEDS CLARIFICATION` without brackets standing as a value — after a label's colon
 *    (`**Testing**: NEEDS CLARIFICATION`), alone in a table cell, or as a list item — which is how
 *    `/speckit.plan` fills plan.md's Technical Context when it does not know yet.
 *
 * Not open questions: the bare `[NEEDS CLARIFICATION]` naming the marker ("No [NEEDS
 * CLARIFICATION] markers remain"), prose that only mentions it ("resolve all NEEDS
 * CLARIFICATION"), guidance showing how to write it ("Use [NEEDS CLARIFICATION: specific
 * question] for …", which the first spec template carried), struck-through text (`~~…~~`), checked checklist items (`- [x] …`), code,
 * front matter and HTML comments.
 */

interface Node {
  type: string;
  value?: string;
  checked?: boolean | null;
  children?: Node[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** The bracketed marker with its question: `[NEEDS CLARIFICATION: …]` (also `-`, `–`, `—`). */
const BRACKETED = /\[NEEDS CLARIFICATION\s*[:\-–—]\s*[^\]\n]*\]?/g;

/** Words right before a marker that make it an example of how to write one. */
const SHOWS_HOW = /\b(?:use|using|e\.g\.?|for example|like|such as|format|syntax)[\s:,"'“(*_]*$/i;

/** Longest question quoted in a message. */
const QUOTE_CHARS = 60;

/**
 * Character ranges of `doc` where an open marker counts: text nodes outside code, HTML, front
 * matter, struck-through text and checked task-list items, each with whether it begins a line
 * (for the unbracketed form).
 */
function openText(doc: SpecDocument): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const walk = (node: Node): void => {
    if (node.type === 'delete') return;
    if (node.type === 'listItem' && node.checked === true) return;
    if (node.type === 'text') {
      const s = node.position?.start.offset;
      const e = node.position?.end.offset;
      if (s !== undefined && e !== undefined) out.push([s, e]);
      return;
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(doc.tree as unknown as Node);
  return out;
}

/**
 * `needs-clarification` errors for every open question in `doc`, at the marker's line and
 * column, quoting it. Pure; never throws.
 */
export function checkClarifications(doc: SpecDocument): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<number>();
  const report = (offset: number, shown: string): void => {
    if (seen.has(offset)) return;
    seen.add(offset);
    const { line, column } = pointAt(doc, offset);
    const quote = shown.length > QUOTE_CHARS ? `${shown.slice(0, QUOTE_CHARS - 1)}…` : shown;
    out.push({
      rule: 'needs-clarification',
      severity: 'error',
      message: MESSAGES.needsClarification(quote),
      path: doc.path,
      line,
      column,
    });
  };
  for (const [start, end] of openText(doc)) {
    // A text node's value can differ from its source (escapes), so the source slice is read.
    const source = doc.text.slice(start, end);
    for (const m of source.matchAll(BRACKETED)) {
      // Guidance that shows how to write the marker ("Use [NEEDS CLARIFICATION: specific
      // question] for …", "e.g. [NEEDS CLARIFICATION: …]") names it; it asks nothing.
      const lineStart = doc.text.lastIndexOf('\n', start + m.index - 1) + 1;
      const before = doc.text.slice(lineStart, start + m.index);
      if (SHOWS_HOW.test(before)) continue;
      report(start + m.index, m[0]);
    }
    // The unbracketed value form: the text before it on its line decides.
    for (const m of source.matchAll(/NEEDS CLARIFICATION\b/g)) {
      const at = start + m.index;
      if (doc.text[at - 1] === '[') continue;
      const lineStart = doc.text.lastIndexOf('\n', at - 1) + 1;
      const before = doc.text.slice(lineStart, at);
      if (/(?:^[\s>*+-]*|[:|][\s*_]*)$/.test(before) && !/^[\s>*+-]*\[[xX]\]/.test(before))
        report(at, 'NEEDS CLARIFICATION');
    }
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}
