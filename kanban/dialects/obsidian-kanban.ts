import type { Heading, ListItem, Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Group, Item, StatusEvidence } from '../../model/types.js';
import type { FieldInput } from '../builder.js';
import type { Dialect } from '../dialect.js';
import { childLists, firstParagraph, lineOf, plain } from '../mdast.js';
import { markerData } from '../markers.js';

/** Settings the plugin keeps in `%% kanban:settings` followed by a fenced JSON block. */
const SETTINGS = /%%\s*kanban:settings\s*\r?\n\s*(`{3,}|~{3,})[^\n]*\n([\s\S]*?)\n\s*\1/;
/** The plugin writes a lane's card limit as a trailing `(N)` on the lane title. */
const MAX_ITEMS = /^(.*?)\s*\((\d{1,4})\)\s*$/;
// Link text never holds another bracket or a line break; excluding them keeps matching linear.
const WIKI_LINK = /!?\[\[([^[\]|\n]*)(?:\|([^[\]\n]*))?\]\]/g;
const TAG = /(^|\s)#([\p{L}\p{N}_/-]*\p{L}[\p{L}\p{N}_/-]*)/gu;
// The value stops at the next bracket either way, so unclosed openers cannot make it quadratic.
const INLINE_FIELD_BRACKET = /[[(]([\p{L}][\p{L}\p{N} _-]*?)::\s*([^[\]()]*)[\])]/gu;
const INLINE_FIELD_LINE = /(^|\s)([\p{L}][\p{L}\p{N}_-]*)::\s*(.*)$/u;
const DEPENDS = /^(?:depends(?:[ _-]?on)?|dependencies|blocked[ _-]?by|requires|after)$/i;
/** Checkbox marks GFM leaves as text, written by Obsidian themes and the Tasks plugin. */
const EXTRA_MARK = /^\[([-/>!?])\]\s+/;
const EXTRA_STATUS = {
  '-': 'cancelled',
  '/': 'in-progress',
  '>': 'ready',
  '!': 'blocked',
  '?': 'backlog',
} as const;

/**
 * Reads the `%% kanban:settings` JSON; an absent, broken or non-object block gives `{}`, since
 * the settings only refine how cards are read.
 */
export function readKanbanSettings(text: string): Record<string, unknown> {
  // The plugin writes one block at the end; starting at the last marker keeps a file full of
  // unclosed markers from being scanned again for each of them.
  const at = text.lastIndexOf('kanban:settings');
  const m = at < 0 ? null : SETTINGS.exec(text.slice(Math.max(0, text.lastIndexOf('%%', at))));
  if (!m) return {};
  try {
    const data: unknown = JSON.parse(m[2] as string);
    return data && typeof data === 'object' && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function setting(
  key: string,
  fallback: string,
  ...sources: Array<Record<string, unknown> | undefined>
): string {
  for (const s of sources) {
    const v = s?.[key];
    if (typeof v === 'string' && v.trim()) return v.trim();
  }
  return fallback;
}

/** One card's text, read. */
interface Card {
  title: string;
  description?: string;
  labels: string[];
  dates: string[];
  times: string[];
  people: string[];
  /** Wiki-link targets in the card's first line, for resolving dependencies written as links. */
  links: string[];
  fields: Array<{ name: string; value: string }>;
  mark?: string;
}

/** Reads a card's text: marks become labels, dates, people and fields; the rest is the title. */
function readCard(raw: string, dateTrigger: string, timeTrigger: string): Card {
  const card: Card = {
    title: '',
    labels: [],
    dates: [],
    times: [],
    people: [],
    links: [],
    fields: [],
  };
  // `%%…%%` is an Obsidian comment; an unclosed one runs to the end (a settings block that a
  // missing blank line glued to the last card).
  let text = raw.replace(/%%[\s\S]*?(?:%%|$)/g, '');
  const mark = EXTRA_MARK.exec(text);
  if (mark) {
    card.mark = mark[1] as string;
    text = text.slice(mark[0].length);
  }
  const dt = escape(dateTrigger);
  const tt = escape(timeTrigger);
  // Times first: the default time trigger `@@` starts with the date trigger `@`.
  text = text.replace(new RegExp(`${tt}\\{([^{}\\n]*)\\}`, 'g'), (_a, t: string) => {
    card.times.push(t.trim());
    return ' ';
  });
  text = text.replace(new RegExp(`${dt}\\{([^{}\\n]*)\\}`, 'g'), (_a, d: string) => {
    card.dates.push(d.trim());
    return ' ';
  });
  // `@[[…]]` is a date linked to a daily note when it holds digits, otherwise a person.
  text = text.replace(
    new RegExp(`${dt}\\[\\[([^[\\]|\\n]*)(?:\\|[^[\\]\\n]*)?\\]\\]`, 'g'),
    (_a, v: string) => {
      (/\d/.test(v) ? card.dates : card.people).push(v.trim());
      return ' ';
    },
  );
  text = text.replace(INLINE_FIELD_BRACKET, (_a, name: string, value: string) => {
    card.fields.push({ name: name.trim(), value: value.trim() });
    return ' ';
  });
  const lines = text
    .split(/\r?\n|<br\s*\/?>/i)
    .map((line) => {
      const f = INLINE_FIELD_LINE.exec(line);
      if (!f) return line;
      card.fields.push({ name: f[2] as string, value: (f[3] as string).trim() });
      return line.slice(0, f.index);
    })
    .map((line) =>
      line
        .replace(TAG, (_a, lead: string, tag: string) => {
          card.labels.push(tag);
          return lead;
        })
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean);
  for (const m of (lines[0] ?? '').matchAll(WIKI_LINK)) card.links.push((m[1] as string).trim());
  const shown = lines.map((line) =>
    line.replace(WIKI_LINK, (_a, target: string, alias?: string) => (alias ?? target).trim()),
  );
  card.title = shown[0] ?? raw.replace(/\s+/g, ' ').trim();
  if (shown.length > 1) card.description = shown.slice(1).join('\n');
  return card;
}

/** The card's own text, with line breaks kept (the plugin writes multi-line cards). */
function cardText(li: ListItem): string {
  const para: Paragraph | undefined = firstParagraph(li);
  if (!para) return '';
  // A hard break has no text of its own, so it would glue two lines of the card together.
  return para.children.map((c) => (c.type === 'break' ? '\n' : toString(c))).join('');
}

interface Lane {
  heading: Heading;
  nodes: RootContent[];
  archive: boolean;
}

function isCompleteMarker(node: RootContent): boolean {
  return (
    node.type === 'paragraph' &&
    node.children[0]?.type === 'strong' &&
    /^complete$/i.test(plain(node.children[0]))
  );
}

/**
 * Boards written by the Obsidian Kanban plugin: front matter `kanban-plugin: basic`, one
 * `## Lane` heading per lane, one `- [ ] card` per card. A `**Complete**` line under a lane makes
 * it the lane whose cards are finished; `## Doing (3)` gives the lane a maximum of 3 cards. Cards
 * carry `#tags`, dates `@{2024-05-01}` (or `@[[2024-05-01]]` when dates link to daily notes),
 * times `@@{10:30}`, people `@[[Name]]`, `[[wiki links]]` and Dataview fields `key:: value`.
 * Cards after the `***` separator sit in the archive lane; the `%% kanban:settings` block at the
 * end holds the board's settings as JSON, of which the date and time triggers matter here.
 *
 * Detection: the `kanban-plugin` front matter key is near certain; the early `kanban: basic` key
 * or a settings block is strong evidence. Extraction never throws on odd input; settings that
 * cannot be read are ignored.
 */
export const obsidianKanban: Dialect = {
  id: 'obsidian-kanban',
  title: 'Obsidian Kanban',
  description:
    'Obsidian Kanban plugin boards: `kanban-plugin` front matter, `## Lane` headings, `- [ ] card` lines, a `**Complete**` lane.',
  detect(input) {
    const fm = input.frontmatter;
    if (fm && 'kanban-plugin' in fm) return 0.99;
    // Boards from the plugin's first releases used `kanban: basic`.
    if (fm && (fm['kanban'] === 'basic' || fm['kanban'] === 'board')) return 0.9;
    return /^%%\s*kanban:settings\s*$/m.test(input.text) ? 0.9 : 0;
  },
  extract(input, board) {
    const settings = readKanbanSettings(input.text);
    const dateTrigger = setting('date-trigger', '@', settings, input.frontmatter);
    const timeTrigger = setting('time-trigger', '@@', settings, input.frontmatter);

    const lanes: Lane[] = [];
    const before: RootContent[] = [];
    let afterBreak = false;
    for (const node of input.tree.children) {
      if (node.type === 'yaml') continue;
      if (node.type === 'heading' && node.depth === 1) {
        board.title ??= plain(node);
      } else if (node.type === 'heading' && node.depth === 2) {
        lanes.push({ heading: node, nodes: [], archive: afterBreak });
        afterBreak = false;
      } else if (node.type === 'thematicBreak') {
        afterBreak = true;
      } else {
        (lanes[lanes.length - 1]?.nodes ?? before).push(node);
      }
    }

    const pending: Array<{ item: Item; targets: string[] }> = [];
    const byName = new Map<string, string>();
    const recordCard = (
      li: ListItem,
      lane: { group?: Group; column?: Group },
      parent?: Item,
    ): void => {
      const card = readCard(cardText(li), dateTrigger, timeTrigger);
      // The marker transform has already taken `[-]`, `[/]`… off the text (markers.ts).
      const marker = markerData(li).marker;
      if (marker && marker.length === 3 && marker[1]! in EXTRA_STATUS) card.mark = marker[1];
      const evidence: StatusEvidence[] = [];
      if (lane.column && !parent)
        evidence.push(board.evidence('column', lane.column.title, lane.column.position.line));
      if (lane.group && lane.group !== lane.column && !parent)
        evidence.push(board.evidence('section', lane.group.title, lane.group.position.line));
      if (typeof li.checked === 'boolean' && !card.mark) {
        evidence.push(board.evidence('checkbox', li.checked ? '[x]' : '[ ]', li));
      } else if (card.mark) {
        const status = EXTRA_STATUS[card.mark as keyof typeof EXTRA_STATUS];
        evidence.push({ source: 'checkbox', raw: `[${card.mark}]`, status, line: lineOf(li) });
      }
      const line = lineOf(li);
      const fields: FieldInput[] = card.fields.map((f) => ({ ...f, line }));
      if (card.dates.length) fields.push({ name: 'due', value: card.dates.join(', '), line });
      if (card.times.length) fields.push({ name: 'time', value: card.times.join(', '), line });
      const item = board.item({
        title: card.title,
        node: li,
        evidence,
        fields,
        labels: card.labels,
        ...(card.people.length ? { assignee: card.people.join(', ') } : {}),
        ...(lane.group ? { group: lane.group } : {}),
        ...(parent ? { parent } : {}),
      });
      const notes: string[] = card.description ? [card.description] : [];
      for (const name of [card.title, ...card.links]) byName.set(name.toLowerCase(), item.id);
      const targets = card.fields
        .filter((f) => DEPENDS.test(f.name))
        .flatMap((f) => [...f.value.matchAll(WIKI_LINK)].map((m) => (m[1] as string).trim()));
      if (targets.length) pending.push({ item, targets });
      for (const list of childLists(li)) {
        for (const sub of list.children) {
          if (
            typeof sub.checked === 'boolean' ||
            markerData(sub).marker ||
            EXTRA_MARK.test(cardText(sub))
          )
            recordCard(sub, lane, item);
          else if (cardText(sub).trim()) notes.push(plain(sub));
        }
      }
      if (notes.length) item.description = notes.join('\n');
    };

    const cardsIn = (nodes: RootContent[], lane: { group?: Group; column?: Group }): void => {
      for (const node of nodes)
        if (node.type === 'list') for (const li of node.children) recordCard(li, lane);
    };

    cardsIn(before, {});
    for (const lane of lanes) {
      const text = plain(lane.heading);
      const m = MAX_ITEMS.exec(text);
      const title = (m && m[1]) || text;
      if (lane.archive) {
        const group = board.group({ title, kind: 'section', node: lane.heading, rawStatus: title });
        cardsIn(lane.nodes, { group });
        continue;
      }
      // The plugin marks finished cards by the lane they sit in, whatever its name.
      if (lane.nodes.some(isCompleteMarker))
        board.mapper = board.mapper.extend({ [title]: 'done' });
      const column = board.group({
        title,
        kind: 'column',
        node: lane.heading,
        rawStatus: title,
        ...(m && m[1] ? { wipLimit: Number(m[2]) } : {}),
      });
      cardsIn(lane.nodes, { group: column, column });
    }

    // Dependencies written as `depends:: [[Other card]]` name a card by its linked note or title.
    for (const { item, targets } of pending) {
      const ids = targets
        .map((t) => byName.get(t.toLowerCase()))
        .filter((id): id is string => id !== undefined && id !== item.id);
      item.dependsOn = [...new Set([...item.dependsOn, ...ids])];
    }
  },
};
