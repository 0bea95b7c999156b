import type { Status, StatusEvidence } from '../../model/types.js';
import { fileOf, type Finding, type Rule } from '../rule.js';

const CLOSED: ReadonlySet<Status | undefined> = new Set(['done', 'cancelled']);

/** Whether two observations contradict each other. A checkbox only says finished or not. */
function disagree(a: StatusEvidence, b: StatusEvidence): boolean {
  if (!a.status || !b.status || a.status === b.status) return false;
  if (a.source === 'checkbox' || b.source === 'checkbox') {
    const box = a.source === 'checkbox' ? a : b;
    const other = box === a ? b : a;
    if (other.status === 'cancelled') return false;
    return CLOSED.has(box.status) !== CLOSED.has(other.status);
  }
  return true;
}

/**
 * Reports an item whose status sources disagree — a ticked box with `Status: In Progress`, a
 * card in the Done column marked 🚧, a heading saying ✅ COMPLETE over `Status: Planned`. The item
 * keeps its checkbox or column status; the message names both sources.
 *
 * @example ok
 * ```markdown
 * - [ ] **A1**: Schema
 *   - Status: 🚧 Blocked
 * - [x] **A2**: Migration
 *   - Status: ✅ Done
 * ```
 *
 * @example not-ok
 * ```markdown
 * - [ ] **A1**: Schema
 *   - Status: ✅ Done
 * ```
 * ```text
 * 1:1 warning Item "A1" is backlog by its checkbox "[ ]" (line 1) but done by its field "✅ Done" (line 2); it is kept as backlog. Make the two agree.
 * ```
 */
export const statusConflict: Rule = {
  id: 'status-conflict',
  defaultSeverity: 'warning',
  description: "An item's checkbox, column, Status field, heading suffix or emoji disagree.",
  check({ workspace }) {
    const findings: Finding[] = [];
    for (const board of workspace.boards) {
      for (const item of board.items) {
        const ev = item.statusEvidence;
        const pair = ev
          .flatMap((a, i) => ev.slice(i + 1).map((b) => [a, b] as const))
          .find(([a, b]) => disagree(a, b));
        if (!pair) continue;
        const [a, b] = pair;
        findings.push({
          board,
          line: item.position.line,
          ...fileOf(item.position),
          column: item.position.column,
          message: `Item "${item.id}" is ${a.status} by its ${a.source} "${a.raw}" (line ${a.line}) but ${b.status} by its ${b.source} "${b.raw}" (line ${b.line}); it is kept as ${item.status}. Make the two agree.`,
        });
      }
    }
    return findings;
  },
};
