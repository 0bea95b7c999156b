import type { Board, Diagnostic, Item } from '../../model/types.js';
import { inRanges, nonProseRanges, pointAt, type SpecDocument } from '../document.js';
import { MESSAGES } from '../rules.js';
import type { CoverageRule } from '../types.js';

/** Everything a task says: its title, description, field values and acceptance criteria. */
function taskText(item: Item): string {
  return [
    item.title,
    item.description ?? '',
    ...Object.values(item.fields),
    ...item.acceptance.map((a) => a.text),
  ].join('\n');
}

/**
 * Requirement ids (`rule.pattern`, e.g. spec-kit's `FR-001`) defined in the prose of
 * `requirements` that no task of `tasks` mentions: one `uncovered-requirement` diagnostic per id,
 * on the line of its first occurrence (its definition), with the rule's severity (default
 * warning). Ids in code or comments are neither definitions nor mentions.
 */
export function checkCoverage(
  requirements: SpecDocument,
  tasks: Board,
  rule: CoverageRule,
): Diagnostic[] {
  const re = new RegExp(rule.pattern, 'g');
  const skip = nonProseRanges(requirements);
  const defined = new Map<string, number>();
  for (const m of requirements.text.matchAll(re)) {
    if (!inRanges(skip, m.index) && !defined.has(m[0])) defined.set(m[0], m.index);
  }
  const mentioned = new Set<string>();
  for (const item of tasks.items) for (const m of taskText(item).matchAll(re)) mentioned.add(m[0]);
  const out: Diagnostic[] = [];
  for (const [id, offset] of defined) {
    if (mentioned.has(id)) continue;
    const { line, column } = pointAt(requirements, offset);
    out.push({
      rule: 'uncovered-requirement',
      severity: rule.severity ?? 'warning',
      message: MESSAGES.uncovered(id, tasks.path),
      path: requirements.path,
      line,
      column,
    });
  }
  return out;
}
