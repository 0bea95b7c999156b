import type { ListItem, Strong } from 'mdast';
import type { Group } from '../../model/types.js';
import type { ItemSpec } from '../builder.js';
import type { Dialect } from '../dialect.js';
import { firstParagraph, plain } from '../mdast.js';
import { GroupStack, allListItems, recordTaskItem, walkSections } from './shared.js';

/**
 * Implementation plans as coding agents write them (`docs/plans/2025-01-31-feature.md` and the
 * like): `## Task 3: Title` or `### Task 3: Title` headings, a `**Files:**` list, then steps as
 * checkboxes with a bold label — `- [ ] **Step 1: Write the failing test**` — each followed by a
 * fenced code block. Headings and checkboxes inside code blocks are examples, never groups or
 * items (the parser keeps them as code).
 *
 * Each `Task N` heading is a group (id `task-N`); each step an item with id `N.M` (task number,
 * step number) and the label as its title; nested checkboxes are subtasks. Checkboxes outside a
 * task (a closing "Verification" list) are items of their section.
 */

const TASK_HEADING = /^(?:task|chunk|stage)\s+(\d+(?:\.\d+)*)\s*[:.—–-]\s*(.*)$/i;
const STEP_LABEL = /^step\s+(\d+(?:\.\d+)*)\s*[:.—–-]?\s*(.*)$/i;

/** The `Step N: …` label a checkbox starts with, read from its leading bold run. */
function stepLabel(item: ListItem): { number: string; title: string } | undefined {
  const para = firstParagraph(item);
  const lead = para?.children[0];
  if (lead?.type !== 'strong') return undefined;
  const m = STEP_LABEL.exec(plain(lead as Strong));
  if (!m) return undefined;
  const rest = plain(para!.children.slice(1)).replace(/^[:.—–-]\s*/, '');
  const title = (m[2] as string).trim() || rest;
  return { number: m[1] as string, title: title.replace(/[:.]$/, '') };
}

export const agentPlan: Dialect = {
  id: 'agent-plan',
  title: 'Agent implementation plan',
  description:
    'Plans written for coding agents: `### Task N: Title` headings with `- [ ] **Step N: …**` checkboxes and code blocks.',
  detect(input) {
    const tasks = input.tree.children.filter(
      (n) => n.type === 'heading' && n.depth >= 2 && TASK_HEADING.test(plain(n)),
    ).length;
    if (tasks === 0) return 0;
    const steps = allListItems(input.tree).filter(
      (li) => typeof li.checked === 'boolean' && stepLabel(li),
    ).length;
    if (steps < 2) return 0;
    return Math.min(0.9, 0.6 + 0.02 * steps);
  },
  extract(input, board) {
    const stack = new GroupStack();
    let task: { group: Group; number: string } | undefined;
    let taskDepth = 7;
    const used = new Set<string>();
    walkSections(input.tree, (node) => {
      if (node.type === 'heading') {
        const text = plain(node);
        if (node.depth === 1 && !board.title) {
          board.title = text;
          return;
        }
        if (node.depth <= taskDepth) {
          task = undefined;
          taskDepth = 7;
        }
        stack.enter(node.depth);
        const parent = stack.current(node.depth);
        const m = TASK_HEADING.exec(text);
        const spec: Parameters<typeof board.group>[0] = {
          title: m ? (m[2] as string).trim() || text : text,
          kind: 'section',
          node,
        };
        if (m) {
          spec.id = `task-${m[1] as string}`;
          spec.number = m[1] as string;
        }
        if (parent) spec.parent = parent;
        const group = board.group(spec);
        stack.set(node.depth, group);
        if (m) {
          task = { group, number: m[1] as string };
          taskDepth = node.depth;
        }
        return;
      }
      if (node.type !== 'list') return;
      const group = stack.current();
      for (const li of node.children) {
        if (typeof li.checked !== 'boolean') continue;
        const current = task;
        recordTaskItem(board, li, group ? { group } : {}, (spec, _text, listItem): ItemSpec => {
          const step = stepLabel(listItem);
          if (!step) return spec;
          const next: ItemSpec = { ...spec, title: step.title, kind: 'step' };
          const id = current && !spec.parent ? `${current.number}.${step.number}` : undefined;
          // A plan that numbers two steps alike keeps generated ids rather than duplicates.
          if (id && !used.has(id)) {
            used.add(id);
            next.id = id;
          }
          return next;
        });
      }
    });
  },
};
