import type { ListItem, RootContent } from 'mdast';
import type { Group, StatusEvidence } from '../../model/types.js';
import type { BoardBuilder, ItemSpec } from '../builder.js';
import type { Dialect } from '../dialect.js';
import { markerData } from '../markers.js';
import { firstParagraph, lineOf, plain } from '../mdast.js';
import {
  allListItems,
  enterSectionHeading,
  GroupStack,
  recordTaskItem,
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
 * A story bullet: a plain bullet led by a bold id and a status in brackets, as backlogs of user
 * stories write them — ``- **US-2.1** `[Done]` **As** an admin, **I want** …``. Undefined for
 * any other bullet.
 */
function storyBullet(
  li: ListItem,
  board: BoardBuilder,
): { id: string; title: string; evidence: StatusEvidence } | undefined {
  const para = firstParagraph(li);
  if (!para) return undefined;
  const kids = para.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  const [lead, tag] = kids;
  if (lead?.type !== 'strong') return undefined;
  const id = plain(lead).replace(/[:.]$/, '');
  if (!/^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*-\d+(?:\.\d+)*$/.test(id)) return undefined;
  const raw = tag?.type === 'inlineCode' ? /^\[([^\]]{1,30})\]$/.exec(tag.value)?.[1] : undefined;
  const status = raw ? board.mapper.map(raw) : undefined;
  if (!raw || !status) return undefined;
  const title = plain(kids.slice(2)).replace(/^[:—–-]\s*/, '');
  return {
    id,
    title: title || id,
    evidence: { source: 'field', raw, status, line: lineOf(li) },
  };
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
        enterSectionHeading(node, board, stack);
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
        const story = typeof li.checked === 'boolean' ? undefined : storyBullet(li, board);
        if (story) {
          recordTaskItem(board, li, group ? { group } : {}, (spec) => {
            const next: ItemSpec = {
              ...spec,
              title: story.title,
              evidence: [...(spec.evidence ?? []), story.evidence],
            };
            if (!board.recordedItems.some((i) => i.id === story.id)) next.id = story.id;
            return next;
          });
          continue;
        }
        const struck = boxes && markerData(li).struck;
        if (typeof li.checked !== 'boolean' && !struck) continue;
        recordTaskItem(board, li, group ? { group } : {});
      }
    });
  },
};
