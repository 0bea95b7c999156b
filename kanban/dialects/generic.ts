import type { RootContent } from 'mdast';
import type { Group } from '../../model/types.js';
import type { Dialect } from '../dialect.js';
import { markerData } from '../markers.js';
import { plain } from '../mdast.js';
import {
  allListItems,
  GroupStack,
  recordTaskItem,
  splitStatusSuffix,
  walkSections,
} from './shared.js';

/**
 * A paragraph that stands as a heading over the list after it: a short line that opens with bold
 * text, such as `**Week 1**`, `**Week 2** (retrieval):` or `**Backend:**`. Returns its title.
 */
export function pseudoHeading(node: RootContent): string | undefined {
  if (node.type !== 'paragraph') return undefined;
  const lead = node.children.find((c) => !(c.type === 'text' && c.value.trim() === ''));
  if (lead?.type !== 'strong') return undefined;
  const text = plain(node).replace(/:$/, '').trim();
  return text && text.length <= 80 && !text.includes('\n') ? text : undefined;
}

/**
 * The fallback: any Markdown with GitHub task lists (`- [ ]` / `- [x]`). Every heading is a
 * section group, and so is a bold line right above a task list (`**Week 1**`); every checkbox is
 * an item, nested checkboxes are subtasks, `Name: value` bullets under a checkbox are its fields,
 * and a struck-through bullet among checkboxes (`- ~~Idea~~`) is a cancelled item.
 */
export const generic: Dialect = {
  id: 'generic',
  title: 'GitHub task lists',
  description: 'Any Markdown with GitHub task-list checkboxes; headings become sections.',
  detect(input) {
    return allListItems(input.tree).some((li) => typeof li.checked === 'boolean') ? 0.05 : 0.01;
  },
  extract(input, board) {
    const stack = new GroupStack();
    let pseudo: Group | undefined;
    let previous: RootContent | undefined;
    walkSections(input.tree, (node) => {
      const before = previous;
      previous = node;
      if (node.type === 'heading') {
        pseudo = undefined;
        if (node.depth === 1 && !board.title) {
          board.title = plain(node);
          return;
        }
        stack.enter(node.depth);
        const { title, rawStatus } = splitStatusSuffix(plain(node), board.mapper);
        const parent = stack.current(node.depth);
        const spec: Parameters<typeof board.group>[0] = { title, kind: 'section', node };
        if (parent) spec.parent = parent;
        if (rawStatus) spec.rawStatus = rawStatus;
        stack.set(node.depth, board.group(spec));
        return;
      }
      if (node.type !== 'list') return;
      const boxes = node.children.some((li) => typeof li.checked === 'boolean');
      const title = before && boxes ? pseudoHeading(before) : undefined;
      if (title && before) {
        const parent = stack.current();
        pseudo = board.group({
          title,
          kind: 'section',
          node: before,
          ...(parent ? { parent } : {}),
        });
      }
      const group = pseudo ?? stack.current();
      for (const li of node.children) {
        const struck = boxes && markerData(li).struck;
        if (typeof li.checked !== 'boolean' && !struck) continue;
        recordTaskItem(board, li, group ? { group } : {});
      }
    });
  },
};
