import type { ListItem, Nodes, Root, RootContent } from 'mdast';
import type { Group, Item, StatusEvidence } from '../../model/types.js';
import type { BoardBuilder, FieldInput } from '../builder.js';
import type { Dialect } from '../dialect.js';
import { childLists, firstParagraph, inlineCodes, lineOf, plain, splitField } from '../mdast.js';
import { StatusMapper } from '../status.js';
import { isColumnHeading, splitWipLimit } from './column-board.js';
import { checkboxEvidence, splitStatusSuffix } from './shared.js';

/** Attribute names the kanban.md editors write under a card, and common synonyms. */
const ATTRIBUTE =
  /^(?:tags?|labels?|priority|prio|due(?: date)?|deadline|start(?: date)?|assignees?|assigned(?: to)?|owners?|depends(?: on)?|dependencies|blocked by|workload|effort|estimate|points|status|type|steps|subtasks|checklist|created|updated|epic|sprint)$/i;
const STEPS = /^(?:steps|subtasks|checklist)$/i;
const TAGS = /^(?:tags?|labels?)$/i;
const PEOPLE = /^(?:assignees?|assigned(?: to)?|owners?)$/i;
const CARD_ID =
  /^(?:\[([A-Za-z][A-Za-z0-9]*-\d+[A-Za-z0-9.]*)\]\s*|([A-Za-z][A-Za-z0-9]*-\d+[A-Za-z0-9.]*)\s*(?::|\s[—–-])\s*)(.+)$/;

/** True when a bullet is a kanban.md attribute line (`- priority: high`), not a card or step. */
function isAttribute(li: ListItem): boolean {
  if (typeof li.checked === 'boolean') return false;
  const para = firstParagraph(li);
  const field = para ? splitField(plain(para)) : undefined;
  return field !== undefined && ATTRIBUTE.test(field.name);
}

/**
 * Counts `###` cards that sit under a `##` column and the share of them that carry at least one
 * attribute bullet right below the heading.
 */
/**
 * A column named by a status (`## Todo`), also when the status leads a longer heading
 * (`## To Do \`x\` (team A)`): the words before the first other character are checked too.
 */
function isStatusColumn(text: string, mapper: StatusMapper): boolean {
  if (isColumnHeading(text, mapper)) return true;
  const lead = /^[\p{L}\s'-]+/u.exec(text)?.[0].trim() ?? '';
  return lead !== '' && lead !== text.trim() && isColumnHeading(lead, mapper);
}

function cardEvidence(tree: Root): { cards: number; attributed: number; columns: number } {
  // `columns` counts attributed cards that sit under a status-named column (`## Todo`).
  let columns = 0;
  const mapper = new StatusMapper();
  let inColumn = false;
  let statusColumn = false;
  let inCard = false;
  let cardHasAttribute = false;
  let cards = 0;
  let attributed = 0;
  const close = (): void => {
    if (inCard && cardHasAttribute) {
      attributed++;
      if (statusColumn) columns++;
    }
    inCard = cardHasAttribute = false;
  };
  for (const node of tree.children) {
    if (node.type === 'heading') {
      // Attributes follow the card heading directly; lists under a deeper heading are prose.
      close();
      if (node.depth <= 2) inColumn = node.depth === 2;
      if (node.depth <= 2) statusColumn = node.depth === 2 && isStatusColumn(plain(node), mapper);
      if (node.depth === 3 && inColumn) {
        inCard = true;
        cards++;
      }
      continue;
    }
    if (inCard && node.type === 'list' && node.children.some(isAttribute)) cardHasAttribute = true;
  }
  close();
  return { cards, attributed, columns };
}

/** What a card's body holds once read. */
interface CardBody {
  fields: FieldInput[];
  labels: string[];
  assignee?: string;
  steps: ListItem[];
  description: string[];
}

/** Drops list brackets and quotes from an attribute value: `[a, "b"]` → `a, b`. */
function bare(value: string): string {
  return value.replace(/[[\]"]/g, '').trim();
}

/** Fenced code anywhere in a node (the editors indent the description under the last bullet). */
function codeBlocks(node: Nodes, out: string[]): void {
  if (node.type === 'code') out.push(node.value);
  else if ('children' in node) for (const c of node.children as Nodes[]) codeBlocks(c, out);
}

/** Reads attribute bullets, steps, descriptions and notes from a card's nodes. */
function readBody(nodes: readonly Nodes[]): CardBody {
  const body: CardBody = { fields: [], labels: [], steps: [], description: [] };
  const addAttribute = (li: ListItem, name: string, value: string): void => {
    if (TAGS.test(name)) {
      body.labels.push(
        ...bare(value)
          .split(/\s*,\s*|\s+/)
          .map((t) => t.replace(/^#/, ''))
          .filter(Boolean),
      );
      return;
    }
    const clean = PEOPLE.test(name) ? bare(value).replace(/(^|[\s,])@/g, '$1') : bare(value);
    if (PEOPLE.test(name) && clean) body.assignee ??= clean;
    const para = firstParagraph(li);
    body.fields.push({
      name,
      value: clean,
      line: lineOf(li),
      codes: para ? inlineCodes(para) : [],
    });
  };
  const readList = (items: readonly ListItem[]): void => {
    for (const li of items) {
      if (typeof li.checked === 'boolean') {
        body.steps.push(li);
        continue;
      }
      const para = firstParagraph(li);
      const text = para ? plain(para) : '';
      const field = splitField(text);
      if (field && STEPS.test(field.name)) {
        for (const list of childLists(li)) readList(list.children);
      } else if (field) {
        addAttribute(li, field.name, field.value);
      } else if (text) {
        body.description.push(text);
      }
      codeBlocks(li, body.description);
    }
  };
  for (const node of nodes) {
    if (node.type === 'list') readList(node.children);
    else if (node.type === 'code') body.description.push(node.value);
    else if (node.type === 'paragraph' || node.type === 'blockquote') {
      const text = plain(node);
      if (text) body.description.push(text);
    }
  }
  return body;
}

/** Splits `[KB-12] Title` / `KB-12: Title` into id and title. */
function splitCardId(text: string): { id?: string; title: string } {
  const m = CARD_ID.exec(text);
  if (!m) return { title: text };
  return { id: (m[1] ?? m[2]) as string, title: (m[3] as string).trim() };
}

/** Records a step checkbox (and steps nested under it) as a subtask of `parent`. */
function recordStep(board: BoardBuilder, li: ListItem, parent: Item, group?: Group): void {
  const para = firstParagraph(li);
  const { id, title } = splitCardId(para ? plain(para) : '');
  const evidence: StatusEvidence[] = [];
  const box = checkboxEvidence(board, li);
  if (box) evidence.push(box);
  const step = board.item({
    ...(id ? { id } : {}),
    title,
    node: li,
    parent,
    ...(group ? { group } : {}),
    evidence,
  });
  for (const list of childLists(li))
    for (const sub of list.children)
      if (typeof sub.checked === 'boolean') recordStep(board, sub, step, group);
}

/**
 * kanban.md boards, the layout of the Markdown kanban editors (such as the VS Code extensions
 * that open a `kanban.md`): `# Board`, one `## Column` per status, one `### Task title` per card
 * followed by attribute bullets (`- tags: [a, b]`, `- priority: high`, `- due: 2024-06-01`,
 * `- assignee: @ana`, `- depends: KB-3`), an optional description (a fenced ```` ```md ```` block or plain text) and
 * optional `- [ ] step` checkboxes, also nested under a `- steps:` bullet, which are subtasks.
 * A card heading may start with an id: `### [KB-12] Title` or `### KB-12: Title`.
 *
 * Detection: the share of `###` cards under `##` columns that carry attribute bullets right below
 * their heading. Extraction never throws on odd input; it records the cards it can read.
 */
export const kanbanMd: Dialect = {
  id: 'kanban-md',
  title: 'kanban.md board',
  description:
    'kanban.md boards: `## Column` headings, `### Task` cards with `- key: value` attribute bullets, fenced descriptions and step checkboxes.',
  detect(input) {
    const { cards, attributed, columns } = cardEvidence(input.tree);
    // Most attributed `###` sections must sit under status-named columns (`## Todo`): under
    // "## Extension Catalogs" or "## Detailed Findings" they are documentation, not cards.
    if (attributed === 0 || columns < attributed / 2) return 0;
    const share = attributed / cards;
    // A few `Owner:` bullets under `###` headings of a long report are not a board.
    return share < 0.5 ? 0.3 * share : 0.5 + 0.4 * share;
  },
  extract(input, board) {
    let column: Group | undefined;
    let card: { heading: Nodes; text: string; nodes: Nodes[]; column?: Group } | undefined;
    let loose: Nodes[] = [];

    const finishCard = (): void => {
      if (!card) return;
      const { id, title: rest } = splitCardId(card.text);
      const { title, rawStatus } = splitStatusSuffix(rest, board.mapper);
      const evidence: StatusEvidence[] = [];
      const col = card.column;
      if (col) evidence.push(board.evidence('column', col.title, col.position.line));
      if (rawStatus) evidence.push(board.evidence('heading', rawStatus, card.heading));
      recordCard(
        board,
        { id, title: title || rest, node: card.heading, evidence, group: col },
        card.nodes,
      );
      card = undefined;
    };
    // Bullets straight under a column (no `###`) are cards too, written `- Title` with their
    // attributes nested below; the lighter form of the same layout.
    const finishLoose = (): void => {
      for (const node of loose) {
        if (node.type !== 'list') continue;
        for (const li of node.children) {
          const para = firstParagraph(li);
          const { id, title } = splitCardId(para ? plain(para) : '');
          const evidence: StatusEvidence[] = [];
          if (column) evidence.push(board.evidence('column', column.title, column.position.line));
          const box = checkboxEvidence(board, li);
          if (box) evidence.push(box);
          recordCard(board, { id, title, node: li, evidence, group: column }, li.children.slice(1));
        }
      }
      loose = [];
    };

    for (const node of input.tree.children as RootContent[]) {
      if (node.type === 'heading' && node.depth <= 3) {
        finishCard();
        finishLoose();
        const text = plain(node);
        if (node.depth === 1) {
          board.title ??= text;
          column = undefined;
        } else if (node.depth === 2) {
          const { title, wipLimit } = splitWipLimit(text);
          column = board.group({
            title,
            kind: 'column',
            node,
            rawStatus: title,
            ...(wipLimit !== undefined ? { wipLimit } : {}),
          });
        } else {
          card = { heading: node, text, nodes: [], ...(column ? { column } : {}) };
        }
        continue;
      }
      if (card) card.nodes.push(node);
      else if (column) loose.push(node);
    }
    finishCard();
    finishLoose();
  },
};

/** Records one card and its steps from its heading (or bullet) and body nodes. */
function recordCard(
  board: BoardBuilder,
  head: { id?: string; title: string; node: Nodes; evidence: StatusEvidence[]; group?: Group },
  nodes: readonly Nodes[],
): void {
  const body = readBody(nodes);
  const item = board.item({
    ...(head.id ? { id: head.id } : {}),
    title: head.title,
    node: head.node,
    ...(head.group ? { group: head.group } : {}),
    evidence: head.evidence,
    fields: body.fields,
    labels: body.labels,
    ...(body.assignee ? { assignee: body.assignee } : {}),
  });
  // A heading's position covers only the heading line; the card runs to its last body node.
  const last = nodes[nodes.length - 1];
  if (last?.position && last.position.end.line >= item.position.endLine) {
    item.position.endLine = last.position.end.line;
    item.position.endColumn = last.position.end.column;
  }
  if (body.description.length) item.description = body.description.join('\n');
  for (const step of body.steps) recordStep(board, step, item, head.group);
}
