import type { Dialect, DialectInput } from '../dialect.js';
import type { BoardBuilder } from '../builder.js';
import { firstParagraph, inlineCodes, itemText, plain } from '../mdast.js';
import { allListItems, recordTaskItem, splitStatusSuffix, walkSections } from './shared.js';
import { filePaths, LazySections, sourceOf } from './spec-kit-shared.js';

/**
 * OpenSpec change task lists (`openspec/changes/<change-id>/tasks.md`): numbered group headings
 * `## 1. Implementation` and tasks `- [ ] 1.1 Do something` numbered within their group, with
 * optional nested bullets as notes. `openspec list` counts progress from these checkboxes.
 */

/** `## 2. Title`: a whole number and a dot, then the title (`### 1.1 Title` is not a group). */
const GROUP_HEADING = /^(\d+)\.\s+(.*)$/s;
/** `1.1 Task`, `2.3a Task`, `1.4.1 Task`. */
const TASK_NUMBER = /^(\d+(?:\.\d+)+[a-z]?)\.?\s+(.*)$/s;

export const openspec: Dialect = {
  id: 'openspec',
  title: 'OpenSpec tasks.md',
  description: 'OpenSpec change tasks.md: `## 1. Group` headings with `- [ ] 1.1 Task` checkboxes.',
  /**
   * Counts checkbox tasks numbered `N.M` under a `## N.` heading with the same N. A path under
   * `openspec/changes/` or the name `tasks.md` raise the score; `_Requirements:` lines (Kiro's) lower it.
   */
  detect(input: DialectInput): number {
    let group: string | undefined;
    let matched = 0;
    let mismatched = 0;
    for (const node of input.tree.children) {
      if (node.type === 'heading') {
        const m = node.depth >= 2 ? GROUP_HEADING.exec(plain(node)) : null;
        if (m || node.depth <= 2) group = m?.[1];
        continue;
      }
      if (node.type !== 'list' || group === undefined) continue;
      for (const li of allListItems(node)) {
        if (typeof li.checked !== 'boolean') continue;
        const t = TASK_NUMBER.exec(itemText(li));
        if (!t) continue;
        if ((t[1] as string).split('.')[0] === group) matched++;
        else mismatched++;
      }
    }
    if (matched === 0) return 0;
    let score = 0.6 + Math.min(0.15, matched / 100);
    if (/(?:^|\/)openspec\/changes\//.test(input.path)) score += 0.15;
    if (/^tasks\.md$/i.test(input.fileName)) score += 0.05;
    if (mismatched > matched) score -= 0.2;
    if (/^\s*[-*+]\s+_Requirements?:/im.test(input.text)) score -= 0.3;
    return score;
  },
  /**
   * `## N. Title` headings become `section` groups with id and number N (a status suffix such as
   * "✅" is kept as the group's status); other headings become sections only when tasks sit under
   * them. Each checkbox is an item with its `N.M` number as id (generated when missing), nested
   * checkboxes are sub-tasks with `parent`, nested `Name: value` bullets are fields and other
   * bullets notes; paths in a task's text are its files. Never throws on odd input.
   */
  extract(input: DialectInput, board: BoardBuilder): void {
    const sections = new LazySections(board);
    walkSections(input.tree, (node) => {
      if (node.type === 'heading') {
        if (node.depth === 1) return;
        const text = plain(node);
        const m = GROUP_HEADING.exec(text);
        const { title, rawStatus } = splitStatusSuffix(m ? (m[2] as string) : text, board.mapper);
        const spec = {
          title: title || text,
          kind: 'section' as const,
          ...(m ? { id: m[1] as string, number: m[1] as string } : {}),
          ...(rawStatus ? { rawStatus } : {}),
        };
        sections.enter(node, spec, m !== null);
        return;
      }
      if (node.type !== 'list') return;
      for (const li of node.children) {
        if (typeof li.checked !== 'boolean') continue;
        const group = sections.current();
        recordTaskItem(board, li, group ? { group } : {}, (spec, text, item) => {
          const t = TASK_NUMBER.exec(text);
          if (t) {
            spec.id = t[1] as string;
            spec.title = (t[2] as string).trim();
          }
          spec.kind = spec.parent ? 'subtask' : 'task';
          const para = firstParagraph(item);
          spec.files = filePaths(sourceOf(para, input.text, text), para ? inlineCodes(para) : []);
          return spec;
        });
      }
    });
  },
};
