import type { Board, Group, Item } from '../../model/types.js';
import type { Finding, Rule } from '../rule.js';

type Count = NonNullable<Group['declaredCount']>;

const fits = (declared: Count, actual: number): boolean =>
  declared.atLeast ? actual >= declared.value : actual === declared.value;
const shown = (c: Count): string => `${c.value}${c.atLeast ? '+' : ''}`;

/** Items of a group and its nested groups. */
function itemsOf(board: Board, group: Group): Item[] {
  const ids = new Set([group.id]);
  for (let grew = true; grew;) {
    grew = false;
    for (const g of board.groups)
      if (g.parent && ids.has(g.parent) && !ids.has(g.id)) {
        ids.add(g.id);
        grew = true;
      }
  }
  return board.items.filter((i) => i.group !== undefined && ids.has(i.group));
}

/**
 * Reports counts a board states about itself that its items contradict: board totals such as
 * "Total Tasks: 94", "Completed: 10", "Blocked: 2", and group counts such as "Tasks (18 total)".
 * `N+` means at least N. A group count matches when it equals the number of all, top-level or
 * leaf items of the group, since trackers count either.
 *
 * @example ok
 * ```markdown
 * - [x] **A1**: Schema
 * - [ ] **A2**: Migration
 *
 * **Total Tasks:** 2
 * **Completed:** 1
 * ```
 *
 * @example not-ok
 * ```markdown
 * - [x] **A1**: Schema
 * - [ ] **A2**: Migration
 *
 * **Total Tasks:** 5
 * **Completed:** 1
 * ```
 * ```text
 * 4:1 warning The board declares 5 tasks in total but holds 2 items. Update the figure or the items.
 * ```
 */
export const declaredTotals: Rule = {
  id: 'declared-totals',
  defaultSeverity: 'warning',
  description: 'Totals a board declares disagree with its items.',
  check({ workspace }) {
    const findings: Finding[] = [];
    for (const board of workspace.boards) {
      const totals = board.meta.declaredTotals ?? {};
      const items = board.items;
      const checks: Array<[Count | undefined, number, string, string]> = [
        [totals.total, items.length, 'tasks in total', 'items'],
        [
          totals.done,
          items.filter((i) => i.status === 'done').length,
          'completed tasks',
          'done items',
        ],
        [
          totals.inProgress,
          items.filter((i) => i.status === 'in-progress').length,
          'tasks in progress',
          'items in progress',
        ],
        [
          totals.backlog,
          items.filter((i) => i.status === 'backlog' || i.status === 'ready').length,
          'tasks in the backlog',
          'items not started',
        ],
        [
          totals.blocked,
          items.filter((i) => i.status === 'blocked').length,
          'blocked tasks',
          'blocked items',
        ],
      ];
      for (const [declared, actual, what, noun] of checks) {
        if (!declared || fits(declared, actual)) continue;
        findings.push({
          board,
          line: declared.line,
          message: `The board declares ${shown(declared)} ${what} but holds ${actual} ${noun}. Update the figure or the items.`,
        });
      }
      for (const group of board.groups) {
        const declared = group.declaredCount;
        if (!declared) continue;
        const all = itemsOf(board, group);
        const ids = new Set(all.map((i) => i.id));
        const top = all.filter((i) => !i.parent || !ids.has(i.parent)).length;
        const parents = new Set(all.map((i) => i.parent));
        const leaves = all.filter((i) => !parents.has(i.id)).length;
        if ([all.length, top, leaves].some((n) => fits(declared, n))) continue;
        const detail =
          top === all.length
            ? `${all.length} items`
            : `${all.length} items (${top} top-level, ${leaves} without subtasks)`;
        findings.push({
          board,
          line: declared.line,
          message: `Group "${group.title}" declares ${shown(declared)} tasks but holds ${detail}. Update the figure or the items.`,
        });
      }
    }
    return findings;
  },
};
