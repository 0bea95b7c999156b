import type { Group } from '../../model/types.js';
import type { Dialect } from '../dialect.js';
import { firstParagraph, plain } from '../mdast.js';
import { slugify } from '../slug.js';
import { statusEmoji } from '../status.js';
import { readItemDetails, walkSections } from './shared.js';

/**
 * Compact kanban boards: `## A. Board title` sections, each with `### Column` headings (Backlog,
 * Ready, In Progress, Review, Blocked, Done) and one bullet per card, `- ID — [Type] Title`, with
 * an optional leading status emoji and trailing `(branch:…)` annotation.
 */
const CARD =
  /^(?:(\p{Extended_Pictographic}\uFE0F?)\s*)?([A-Z][A-Z0-9]*-\d+[A-Za-z0-9.-]*)\s+[—–-]+\s+(?:\[([^\]]+)\]\s*)?(.*)$/u;
const ANNOTATION = /\s*\((\w[\w-]*)\s*:\s*([^()]*)\)/g;
const BOARD_HEADING = /^([A-Z]{1,3}|\d{1,3})[.)]\s+(.+)$/;

export const compactKanban: Dialect = {
  id: 'compact-kanban',
  title: 'Compact kanban',
  description: '`## A. Board` sections with `### Column` headings and `- ID — [Type] Title` cards.',
  detect(input) {
    let cards = 0;
    let bullets = 0;
    let columns = 0;
    for (const node of input.tree.children) {
      if (node.type === 'heading' && node.depth >= 2) {
        const text = plain(node);
        if (/^(backlog|ready|to ?do|in progress|doing|review|blocked|done)$/i.test(text)) columns++;
      }
      if (node.type === 'list')
        for (const li of node.children) {
          bullets++;
          if (CARD.test(plain(firstParagraph(li) ?? li))) cards++;
        }
    }
    if (cards === 0 || columns < 2) return 0;
    // `ID — [Type] Title` cards are specific to this style: the larger their share of the
    // bullets, the surer the match (plain column boards score 0.7).
    return 0.7 + 0.25 * (cards / bullets);
  },
  extract(input, board) {
    let section: Group | undefined;
    let column: Group | undefined;
    let sectionDepth = 2;
    walkSections(input.tree, (node) => {
      if (node.type === 'heading') {
        const text = plain(node);
        if (node.depth === 1) {
          board.title ??= text;
          return;
        }
        const columnStatus = text.split(/\s+/).length <= 3 ? board.mapper.map(text) : undefined;
        if (columnStatus && (!section || node.depth > sectionDepth)) {
          column = board.group({
            id: section ? `${section.id}.${slugify(text)}` : slugify(text),
            title: text,
            kind: 'column',
            ...(section ? { parent: section } : {}),
            node,
            rawStatus: text,
          });
          return;
        }
        const m = BOARD_HEADING.exec(text);
        sectionDepth = node.depth;
        column = undefined;
        section = board.group({
          title: m ? (m[2] as string) : text,
          kind: 'board',
          node,
          ...(m ? { id: m[1] as string, number: m[1] as string } : {}),
        });
        return;
      }
      if (node.type !== 'list') return;
      for (const li of node.children) {
        const para = firstParagraph(li);
        const text = para ? plain(para) : '';
        const m = CARD.exec(text);
        if (!m) continue;
        const annotations: Record<string, string> = {};
        const title = (m[4] as string)
          .replace(ANNOTATION, (_all, key: string, value: string) => {
            annotations[key.toLowerCase()] = value.trim();
            return '';
          })
          .trim();
        const evidence = [];
        if (column) evidence.push(board.evidence('column', column.title, column.position.line));
        const icon = m[1] ? statusEmoji(m[1]) : undefined;
        if (m[1] && icon) evidence.push(board.evidence('emoji', m[1], li));
        const details = readItemDetails(li, column?.status === 'done');
        const group = column ?? section;
        const item = board.item({
          id: m[2] as string,
          title,
          ...(m[3] ? { kind: m[3] } : {}),
          ...(group ? { group } : {}),
          node: li,
          evidence,
          fields: [
            ...Object.entries(annotations).map(([name, value]) => ({
              name,
              value,
              line: li.position?.start.line ?? 1,
            })),
            ...details.fields,
          ],
          acceptance: details.acceptance,
        });
        if (details.notes.length) item.description = details.notes.join('\n');
      }
    });
  },
};
