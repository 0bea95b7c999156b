import { itemKey } from '../../model/link.js';
import type { Board, Item } from '../../model/types.js';
import { mermaidPreamble } from './mermaid.js';
import { HEADING_MAX, ID_MAX } from './style.js';
import { clean, mermaidEscape, mermaidText, truncate } from './text.js';

/** Field names (compared lower-cased) that give an item's start date. */
const START_FIELDS = new Set(['start', 'starts', 'start date', 'begin', 'begins', 'from']);
/** Field names that give its end date (a due date, deadline or target). */
const END_FIELDS = new Set([
  'due',
  'due date',
  'deadline',
  'end',
  'ends',
  'end date',
  'finish',
  'target',
  'target date',
  'eta',
  'until',
]);

/**
 * An ISO 8601 calendar date (`YYYY-MM-DD`, optionally followed by a time or text) as
 * `YYYY-MM-DD`, or undefined when the value is not one or names no real day (`2024-02-30`).
 * Free text such as "<10 minutes" under a `Target:` field is simply not a date.
 */
export function isoDate(value: string): string | undefined {
  const m = /^\s*(?:@\{)?(\d{4})-(\d{2})-(\d{2})(?![\d])/.exec(value);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
    ? `${m[1]}-${m[2]}-${m[3]}`
    : undefined;
}

/** The start and end dates an item carries in its fields, either possibly absent. */
export function itemDates(item: Item): { start?: string; end?: string } {
  const out: { start?: string; end?: string } = {};
  for (const [name, value] of Object.entries(item.fields)) {
    const key = clean(name).toLowerCase();
    const date = isoDate(value);
    if (!date) continue;
    if (START_FIELDS.has(key)) out.start ??= date;
    else if (END_FIELDS.has(key)) out.end ??= date;
  }
  return out;
}

/**
 * A Gantt task name: Gantt statements (`section`, `title`, `excludes`, `click`…) are recognised
 * by the word a line starts with, so the first character is always written as an entity code:
 * no title can then start a statement. `text` must be clean(); the rest is escaped like
 * mermaidText.
 */
function taskName(text: string): string {
  const [first, ...rest] = Array.from(text || '(untitled)');
  return `#${first!.codePointAt(0)};${mermaidEscape(rest.join(''))}`;
}

/**
 * The board's dated items as a Mermaid Gantt chart (mermaid.js.org "Gantt diagrams"), or
 * undefined when no item carries a date. An item with a start and an end is a bar; with only an
 * end (a due date) a milestone on that day; with only a start a one-day bar. Sections are the
 * items' groups in board order. Tags: `done` for done items, `active` for items in progress or
 * review, `crit` for items on the critical path (`critical`: link graph keys). Task ids
 * are `tN`; names are escaped with mermaidText, so a colon or `#` in a title cannot end the
 * name. Deterministic.
 */
export function ganttMermaid(
  board: Board,
  critical: ReadonlySet<string> = new Set(),
): string | undefined {
  const dated = board.items
    .map((item) => ({ item, ...itemDates(item) }))
    .filter((d) => d.start !== undefined || d.end !== undefined);
  if (!dated.length) return undefined;
  const sections = new Map<string, typeof dated>();
  const groupIndex = new Map(board.groups.map((g) => [g.id, g]));
  for (const d of dated) {
    const g = d.item.group !== undefined && groupIndex.has(d.item.group) ? d.item.group : '';
    sections.set(g, [...(sections.get(g) ?? []), d]);
  }
  const order = [...sections.keys()].sort((a, b) => {
    const x = groupIndex.get(a)?.index ?? Infinity;
    const y = groupIndex.get(b)?.index ?? Infinity;
    return x === y ? 0 : x < y ? -1 : 1;
  });
  const hidden = board.items.length - dated.length;
  const out = [
    ...mermaidPreamble(
      truncate(clean(`${board.title} — timeline`), HEADING_MAX),
      hidden ? [`${hidden} item(s) without dates not shown`] : [],
    ),
    'gantt',
    '  dateFormat YYYY-MM-DD',
    '  axisFormat %Y-%m-%d',
  ];
  let n = 0;
  for (const key of order) {
    const title = groupIndex.get(key)?.title ?? '(no group)';
    out.push(`  section ${mermaidText(truncate(clean(title), HEADING_MAX)) || '#8203;'}`);
    for (const { item, start, end } of sections.get(key) ?? []) {
      const tags: string[] = [];
      if (item.status === 'done') tags.push('done');
      else if (item.status === 'in-progress' || item.status === 'review') tags.push('active');
      if (critical.has(itemKey(board, item))) tags.push('crit');
      const id = `t${++n}`;
      let when: string;
      if (start && end && end >= start) when = `${start}, ${end}`;
      else if (end && !start) {
        tags.push('milestone');
        when = `${end}, 0d`;
      } else when = `${start ?? end}, 1d`;
      const name = taskName(
        truncate(clean(`${truncate(clean(item.id), ID_MAX)} ${item.title}`), HEADING_MAX),
      );
      out.push(`    ${name} :${[...tags, id].join(', ')}, ${when}`);
    }
  }
  return `${out.join('\n')}\n`;
}
