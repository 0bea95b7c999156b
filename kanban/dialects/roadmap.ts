import type { List, ListItem, RootContent } from 'mdast';
import type { Group, Item, StatusEvidence } from '../../model/types.js';
import type { BoardBuilder } from '../builder.js';
import type { Dialect, DialectInput } from '../dialect.js';
import { childLists, firstParagraph, inlineCodes, itemText, plain } from '../mdast.js';
import { slugify } from '../slug.js';
import { StatusMapper } from '../status.js';
import { allListItems, readItemDetails, splitStatusSuffix, walkSections } from './shared.js';
import {
  filePaths,
  LazySections,
  leadingStatusEmoji,
  sourceOf,
  type SectionSpec,
} from './spec-kit-shared.js';

/**
 * Plain `ROADMAP.md` / `TODO.md` files: task lists (GFM checkboxes, or plain bullets marked with
 * a status emoji or a "(done)" suffix) under version or milestone headings — `## v1.2.0`,
 * `## 1.0 — Beta`, `## Milestone: Beta`, `## Q3 2026`, `## Unreleased` — and under status headings
 * such as `## Done` or `## Now / Next / Later`.
 */

const FILE_NAME = /^(?:roadmap|todos?)(?:\.(?:md|markdown|txt))?$/i;
/** `v1.2.0`, `Version 2`, `Release 1.3 — Name`, `1.0 — Beta`, `1.2: Sharing`. */
const VERSION =
  /^(?:(version|release)\s+)?(v)?(\d+(?:\.\d+){0,3}(?:-[0-9A-Za-z.]+)?)(?=$|\s|[:—–(|-])\s*(.*)$/is;
const MILESTONE = /^milestone\b\s*(\d+(?:\.\d+)*)?\s*[:.—–-]?\s*(.*)$/is;
const QUARTER = /^(?:(?:Q[1-4]|H[12])\s+\d{4}|\d{4}\s+(?:Q[1-4]|H[12]))\b/i;
const UNRELEASED = /^unreleased$/i;
const NAME_SEPARATOR = /^[:—–|-]\s*/;
const ITEM_ID = /^([A-Z][A-Z0-9]*-\d+)\s*[:—–-]?\s+/;
const DASH_STATUS = /\s+[—–-]\s+([\p{L}\s']{2,30})$/u;

/** A milestone heading's parts; undefined when the heading names no version or milestone. */
export function parseMilestone(
  text: string,
  mapper: StatusMapper,
): { id: string; number?: string; title: string; rawStatus?: string } | undefined {
  const { title: bare, rawStatus } = splitStatusSuffix(text, mapper);
  const withStatus = (r: { id: string; number?: string; title: string }) =>
    rawStatus ? { ...r, rawStatus } : r;
  const v = VERSION.exec(bare);
  if (v) {
    const rest = (v[4] as string).trim();
    const named = NAME_SEPARATOR.exec(rest);
    // "1.1 Kubernetes Integration" is a numbered section, not a release: a bare number needs a
    // dot and a separator (or nothing) after it; a `v` or "Version" prefix is enough on its own.
    const prefixed = Boolean(v[1] || v[2]);
    if (prefixed || (/\./.test(v[3] as string) && (rest === '' || named))) {
      const written = `${v[2] ?? ''}${v[3]}`;
      let name = named ? rest.slice(named[0].length).trim() : '';
      let status = rawStatus;
      // "v0.8 — Shipped": the name is only a status.
      if (!status && name && name.split(/\s+/).length <= 3 && mapper.map(name)) {
        status = name;
        name = '';
      }
      const r = { id: written, number: v[3] as string, title: name || bare };
      return status ? { ...r, rawStatus: status } : r;
    }
  }
  const m = MILESTONE.exec(bare);
  if (m) {
    const title = (m[2] as string).trim() || bare;
    return withStatus(
      m[1] ? { id: m[1] as string, number: m[1] as string, title } : { id: slugify(title), title },
    );
  }
  if (QUARTER.test(bare)) return withStatus({ id: slugify(bare), number: bare, title: bare });
  if (UNRELEASED.test(bare)) return withStatus({ id: 'unreleased', title: bare });
  return undefined;
}

/** A status heading (`Done`, `In Progress 🚧`, `Later`): short text the mapper knows. */
function isColumnHeading(text: string, mapper: StatusMapper): boolean {
  const words = text.replace(/[^\p{L}\p{N}\s'-]/gu, ' ').trim();
  // "Current status" introduces prose about the project, not a list of work in that state.
  if (words === '' || /\bstatus\b/i.test(words)) return false;
  return words.split(/\s+/).length <= 3 && mapper.map(text) !== undefined;
}

/** The status an item's own line states: leading emoji, trailing emoji, "(done)", "— done". */
function lineStatus(
  text: string,
  mapper: StatusMapper,
): { title: string; emoji?: string; suffix?: string; suffixIsEmoji?: boolean } {
  const lead = leadingStatusEmoji(text);
  const out: ReturnType<typeof lineStatus> = { title: lead.rest };
  if (lead.emoji) out.emoji = lead.emoji;
  const { title, rawStatus } = splitStatusSuffix(lead.rest, mapper);
  if (rawStatus) {
    out.title = title;
    out.suffix = rawStatus;
    out.suffixIsEmoji = !/\p{L}/u.test(rawStatus);
    return out;
  }
  const dash = DASH_STATUS.exec(lead.rest);
  if (dash && mapper.map(dash[1] as string)) {
    out.title = lead.rest.slice(0, dash.index).trim();
    out.suffix = (dash[1] as string).trim();
  }
  return out;
}

function isBox(li: ListItem): boolean {
  return typeof li.checked === 'boolean';
}

function isMarked(li: ListItem, mapper: StatusMapper): boolean {
  const s = lineStatus(itemText(li), mapper);
  return s.emoji !== undefined || s.suffix !== undefined;
}

/**
 * True for a list of notes rather than work: no box and no status mark on any bullet, and either
 * a label paragraph right before it (`**Changes:**`, `Issues resolved:`) or a `**Key:** value`
 * label on every bullet (`- **Timeline:** …`).
 */
function isNotes(list: List, before: RootContent | undefined, mapper: StatusMapper): boolean {
  if (list.children.some((li) => isBox(li) || isMarked(li, mapper))) return false;
  if (before?.type === 'paragraph' && /:\s*$/.test(plain(before))) return true;
  return list.children.every((li) => {
    const para = firstParagraph(li);
    const lead = para?.children[0];
    if (lead?.type !== 'strong') return false;
    const next = para!.children[1];
    return /:\s*$/.test(plain(lead)) || (next?.type === 'text' && next.value.startsWith(':'));
  });
}

/** Which entries of a list are roadmap items: boxes, marked bullets, or all of a box-free list. */
function entriesOf(list: List, plainOk: boolean, mapper: StatusMapper): ListItem[] {
  const boxFree = !list.children.some(isBox);
  return list.children.filter((li) => isBox(li) || isMarked(li, mapper) || (plainOk && boxFree));
}

function isPlan(spec: SectionSpec): boolean {
  return spec.kind === 'milestone' || spec.kind === 'column';
}

export const roadmap: Dialect = {
  id: 'roadmap',
  title: 'ROADMAP / TODO list',
  description:
    'ROADMAP.md / TODO.md task lists under version, milestone, quarter or status headings.',
  /**
   * A file named ROADMAP or TODO with task lists scores 0.4–0.45; elsewhere, task lists under
   * version or milestone headings score at most 0.3 — above the generic reader (0.05), below the
   * formats with a tool behind them.
   */
  detect(input: DialectInput): number {
    const mapper = new StatusMapper();
    let underMilestone = 0;
    let tasks = 0;
    let depth = 0;
    const named = FILE_NAME.test(input.fileName);
    for (const node of input.tree.children) {
      if (node.type === 'heading') {
        if (parseMilestone(plain(node), mapper)) depth = node.depth;
        else if (node.depth <= depth) depth = 0;
        continue;
      }
      // Elsewhere than in a ROADMAP/TODO file only lists under a milestone count.
      if (node.type !== 'list' || (!named && depth === 0)) continue;
      const marked = allListItems(node).filter((li) => isBox(li) || isMarked(li, mapper)).length;
      tasks += marked;
      if (depth > 0 && (marked > 0 || FILE_NAME.test(input.fileName))) underMilestone++;
    }
    if (FILE_NAME.test(input.fileName)) {
      if (tasks === 0 && underMilestone === 0) return 0.1;
      return 0.4 + Math.min(0.05, underMilestone / 100);
    }
    return underMilestone > 0 ? Math.min(0.3, 0.15 + underMilestone * 0.03) : 0;
  },
  /**
   * Milestone headings become `milestone` groups (number = the version, "1.2.0" for `v1.2.0`);
   * status headings become `column` groups whose name is recorded as column evidence on their
   * items; other headings become sections once an item sits under them. Items are checkboxes
   * and status-marked bullets anywhere, plus every bullet of a checkbox-free list under a
   * milestone or status heading (in a file with checkboxes, not a list under a label paragraph
   * such as `**Changes:**` or one of `**Key:** value` lines: those are notes); nested entries are sub-items with `parent`, other nested
   * bullets are notes and fields. A leading or trailing emoji is emoji evidence, a "(done)" or
   * "— done" suffix heading evidence. Never throws on odd input.
   */
  extract(input: DialectInput, board: BoardBuilder): void {
    // Now / Next / Later roadmaps: "now" is the only word of the three no built-in phrase knows.
    if (board.mapper.map('Now') === undefined)
      board.mapper = board.mapper.extend({ now: 'in-progress' });
    const mapper = board.mapper;
    const sections = new LazySections(board);
    const boxes = allListItems(input.tree).some(isBox);

    const record = (li: ListItem, plainMode: boolean, group?: Group, parent?: Item): void => {
      const text = itemText(li);
      const line = lineStatus(text, mapper);
      const evidence: StatusEvidence[] = [];
      if (isBox(li)) evidence.push(board.evidence('checkbox', li.checked ? '[x]' : '[ ]', li));
      if (group?.kind === 'column')
        evidence.push(
          board.evidence('column', group.rawStatus ?? group.title, group.position.line),
        );
      if (line.emoji) evidence.push(board.evidence('emoji', line.emoji, li));
      if (line.suffix)
        evidence.push(board.evidence(line.suffixIsEmoji ? 'emoji' : 'suffix', line.suffix, li));
      const subPlain = plainMode && !isBox(li);
      const subs = childLists(li).flatMap((l) => entriesOf(l, subPlain, mapper));
      // Sub-items are recorded on their own; what is left under the item is its detail.
      const rest: ListItem = {
        ...li,
        children: li.children.map((c) =>
          c.type === 'list' ? { ...c, children: c.children.filter((x) => !subs.includes(x)) } : c,
        ),
      };
      const details = readItemDetails(rest, li.checked === true);
      const id = ITEM_ID.exec(line.title);
      const title = id ? line.title.slice(id[0].length).trim() : line.title;
      const para = firstParagraph(li);
      const item = board.item({
        ...(id ? { id: id[1] as string } : {}),
        title: title || text,
        ...(group ? { group } : {}),
        ...(parent ? { parent } : {}),
        node: li,
        evidence,
        fields: details.fields,
        acceptance: details.acceptance,
        files: filePaths(sourceOf(para, input.text, text), para ? inlineCodes(para) : []),
      });
      if (details.notes.length) item.description = details.notes.join('\n');
      for (const sub of subs) record(sub, subPlain, group, item);
    };

    let previous: RootContent | undefined;
    walkSections(input.tree, (node) => {
      const before = previous;
      previous = node;
      if (node.type === 'heading') {
        const text = plain(node);
        const milestone = parseMilestone(text, mapper);
        // An H1 is the file's title unless it names a release (`# v2.0`).
        if (node.depth === 1 && !milestone) return;
        if (milestone) {
          sections.enter(node, { ...milestone, kind: 'milestone' }, true);
          return;
        }
        if (isColumnHeading(text, mapper)) {
          sections.enter(node, { title: text, kind: 'column', rawStatus: text }, true);
          return;
        }
        const { title, rawStatus } = splitStatusSuffix(text, mapper);
        sections.enter(node, {
          title: title || text,
          kind: 'section',
          ...(rawStatus ? { rawStatus } : {}),
        });
        return;
      }
      if (node.type !== 'list') return;
      // In a file that ticks boxes, a plain list under a label ("**Changes:**") or made of
      // `**Key:** value` lines is notes, not work: a milestone archive's changes and stats.
      const plainOk = sections.some(isPlan) && !(boxes && isNotes(node, before, mapper));
      const entries = entriesOf(node, plainOk, mapper);
      if (!entries.length) return;
      const group = sections.current();
      for (const li of entries) record(li, plainOk, group);
    });
  },
};
