import type { Dialect } from '../dialect.js';
import { plain } from '../mdast.js';
import {
  allListItems,
  GroupStack,
  recordTaskItem,
  splitStatusSuffix,
  walkSections,
} from './shared.js';

/**
 * The fallback: any Markdown with GitHub task lists (`- [ ]` / `- [x]`). Every heading is a
 * section group; every checkbox is an item, nested checkboxes are subtasks, and `Name: value`
 * bullets under a checkbox are its fields.
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
    walkSections(input.tree, (node) => {
      if (node.type === 'heading') {
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
      const group = stack.current();
      for (const li of node.children) {
        if (typeof li.checked !== 'boolean') continue;
        recordTaskItem(board, li, group ? { group } : {});
      }
    });
  },
};
