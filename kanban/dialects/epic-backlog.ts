import type { Heading, ListItem, RootContent } from 'mdast';
import type { Group, StatusEvidence } from '../../model/types.js';
import type { BoardBuilder } from '../builder.js';
import type { Dialect } from '../dialect.js';
import { firstParagraph, plain } from '../mdast.js';
import { StatusMapper } from '../status.js';
import {
  checkboxEvidence,
  readItemDetails,
  recordTaskItem,
  splitItemStatus,
  splitStatusSuffix,
} from './shared.js';

/**
 * Epic backlogs: `## Epic A — Title` sections, each with status labels ("Completed", "Upcoming",
 * "Done", "Next", "In progress", "Planned"…) written as a paragraph, a bold paragraph or a
 * deeper heading, each followed by a bullet list of features.
 */

const EPIC = /^epic\s+([A-Za-z0-9][\w.-]*)\s*[—–:-]+\s*(.+)$/i;

/**
 * The status a label names, when `text` is a label: a short phrase on its own (optionally bold,
 * optionally ending in a colon or a count such as "(6)") that the mapper maps to a status.
 */
function statusLabel(text: string, mapper: StatusMapper): string | undefined {
  const label = text
    .replace(/\s*\(\d+\)\s*$/, '')
    .replace(/:\s*$/, '')
    .trim();
  if (!label || label.split(/\s+/).length > 3 || /[.!?]$/.test(label)) return undefined;
  return mapper.map(label) ? label : undefined;
}

/** A short line of its own that is not a sentence, e.g. "Notes" or "Links:". */
function looksLikeLabel(text: string): boolean {
  return text.length > 0 && text.split(/\s+/).length <= 4 && !/[.!?]$/.test(text);
}

/** Where bullets go right now: items (with the label's evidence, if any) or nowhere. */
interface Mode {
  items: boolean;
  label?: StatusEvidence;
}

function recordBullet(
  board: BoardBuilder,
  li: ListItem,
  group: Group,
  label: StatusEvidence | undefined,
): void {
  const para = firstParagraph(li);
  const text = para ? plain(para) : '';
  if (!text) return;
  const { title, raw, source } = splitItemStatus(text, board.mapper);
  // The label is this format's status mechanism, so it leads; a checkbox or emoji is extra
  // evidence the status-conflict rule can compare against it.
  const evidence: StatusEvidence[] = [];
  if (label) evidence.push(label);
  const box = checkboxEvidence(board, li);
  if (box) evidence.push(box);
  if (raw && source) evidence.push(board.evidence(source, raw, li));
  const details = readItemDetails(li, label?.status === 'done');
  const item = board.item({
    title,
    group,
    node: li,
    evidence,
    fields: details.fields,
    acceptance: details.acceptance,
  });
  if (details.notes.length) item.description = details.notes.join('\n');
  for (const sub of details.subtasks) recordTaskItem(board, sub, { group, parent: item });
}

function epicHeading(node: Heading): RegExpExecArray | null {
  return EPIC.exec(plain(node));
}

/**
 * Epic backlogs: every `Epic X — Title` heading (any depth) is an epic group with id and number
 * `X`; every bullet under a status label inside it is an item whose status comes from the label
 * (section evidence), plus its checkbox or status emoji when it has one. Bullets directly under an
 * epic heading are items without a label; bullets under a non-status label ("Notes") or a
 * non-status sub-heading are not. Headings that are not epics end the epic and make no groups, so
 * quick links, repository maps, demo paths and priority lists stay out of the model. Never throws
 * on odd input.
 */
export const epicBacklog: Dialect = {
  id: 'epic-backlog',
  title: 'Epic backlog',
  description:
    '`## Epic A — Title` sections with "Completed" / "Upcoming" (or Done / Next / In progress / Planned) labels above bullet lists.',
  detect(input) {
    const mapper = new StatusMapper();
    const nodes = input.tree.children;
    let epics = 0;
    let labels = 0;
    let depth = 0;
    nodes.forEach((node, i) => {
      const next = nodes[i + 1];
      if (node.type === 'heading') {
        if (epicHeading(node)) {
          epics++;
          depth = node.depth;
          return;
        }
        if (node.depth <= depth) depth = 0;
      }
      if (!depth || next?.type !== 'list') return;
      if (
        (node.type === 'heading' || node.type === 'paragraph') &&
        statusLabel(plain(node), mapper)
      )
        labels++;
    });
    if (!epics) return 0;
    if (!labels) return 0.3;
    return Math.min(0.9, 0.6 + Math.min(epics, 5) * 0.02 + Math.min(labels, 10) * 0.02);
  },
  extract(input, board) {
    let epic: { group: Group; depth: number } | undefined;
    let mode: Mode = { items: false };
    for (const node of input.tree.children as RootContent[]) {
      if (node.type === 'heading') {
        const m = epicHeading(node);
        if (m) {
          const { title, rawStatus } = splitStatusSuffix((m[2] as string).trim(), board.mapper);
          const id = m[1] as string;
          const group = board.group({ title, kind: 'epic', id, number: id, node, rawStatus });
          epic = { group, depth: node.depth };
          mode = { items: true };
          continue;
        }
        if (node.depth === 1 && !board.title) board.title = plain(node);
        if (!epic || node.depth <= epic.depth) {
          epic = undefined;
          mode = { items: false };
          continue;
        }
        const label = statusLabel(plain(node), board.mapper);
        mode = label
          ? { items: true, label: board.evidence('section', label, node) }
          : { items: false };
        continue;
      }
      if (!epic) continue;
      if (node.type === 'paragraph') {
        const text = plain(node);
        const label = statusLabel(text, board.mapper);
        if (label) mode = { items: true, label: board.evidence('section', label, node) };
        else if (looksLikeLabel(text)) mode = { items: false };
        continue;
      }
      if (node.type !== 'list' || !mode.items) continue;
      for (const li of node.children) recordBullet(board, li, epic.group, mode.label);
    }
  },
};
