import { fileOf, type Finding, type Rule } from '../rule.js';

/**
 * Reports a group (milestone, phase, section) marked done — `✅`, `COMPLETE` — that still holds
 * items that are not finished (neither done nor cancelled), counting nested groups' items too.
 *
 * @example ok
 * ```markdown
 * ## M0: Foundation ✅
 * - [x] **M0.1**: Scaffold
 * - [x] **M0.2**: Schema
 * ```
 *
 * @example not-ok
 * ```markdown
 * ## M0: Foundation ✅
 * - [x] **M0.1**: Scaffold
 * - [ ] **M0.2**: Schema
 * ```
 * ```text
 * 1:1 warning Group "Foundation" is marked done ("✅") but 1 of its 2 items is not finished: M0.2. Finish them or change the group's status.
 * ```
 */
export const groupStatusConflict: Rule = {
  id: 'group-status-conflict',
  defaultSeverity: 'warning',
  description: 'A group is marked done while some of its items are open.',
  check({ workspace }) {
    const findings: Finding[] = [];
    for (const board of workspace.boards) {
      const children = new Map<string, string[]>();
      for (const g of board.groups)
        if (g.parent) children.set(g.parent, [...(children.get(g.parent) ?? []), g.id]);
      const within = (id: string): Set<string> => {
        const out = new Set([id]);
        for (const c of children.get(id) ?? []) for (const x of within(c)) out.add(x);
        return out;
      };
      for (const group of board.groups) {
        if (group.status !== 'done' || group.kind === 'column') continue;
        const ids = within(group.id);
        const items = board.items.filter((i) => i.group !== undefined && ids.has(i.group));
        const open = items.filter((i) => i.status !== 'done' && i.status !== 'cancelled');
        if (open.length === 0) continue;
        const shown = open.slice(0, 5).map((i) => (i.generatedId ? `"${i.title}"` : i.id));
        const more = open.length > 5 ? ` and ${open.length - 5} more` : '';
        findings.push({
          board,
          line: group.position.line,
          ...fileOf(group.position),
          column: group.position.column,
          message: `Group "${group.title}" is marked done ("${group.rawStatus ?? group.status}") but ${open.length} of its ${items.length} items ${open.length === 1 ? 'is' : 'are'} not finished: ${shown.join(', ')}${more}. Finish them or change the group's status.`,
        });
      }
    }
    return findings;
  },
};
