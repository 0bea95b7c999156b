import type { List, ListItem, Nodes, Table } from 'mdast';
import type { AcceptanceCriterion, Group, Item, StatusEvidence } from '../../model/types.js';
import type { BoardBuilder } from '../builder.js';
import type { Dialect } from '../dialect.js';
import { firstParagraph, lineOf, plain, walkBlocks } from '../mdast.js';
import { slugify } from '../slug.js';
import { checkboxEvidence, splitStatusSuffix } from './shared.js';
import { statusCell } from './task-table.js';

/**
 * Phase roadmaps in the GSD ("get shit done") style: one `ROADMAP.md` names every phase three
 * times — a checklist `- [x] **Phase 3: Title** - summary` (shipped milestones folded inside
 * `<details><summary>✅ v1.0 …</summary>` blocks), a `### Phase 3: Title` section with `**Goal**:`,
 * `**Depends on**: Phase 2`, a numbered `**Success Criteria**` list and a `Plans:` checklist of
 * `03-01-PLAN.md` files, and a row of the `## Progress` table
 * (`| 3. Title | v1.0 | 2/2 | Complete | 2026-01-10 |`).
 *
 * Each phase is one item (id = its number as written, `3` or `07.1`), whatever number of places
 * name it; its plans are subtasks (`03-01`), its success criteria acceptance criteria, and its
 * milestone (the `<summary>` or version heading it sits under, or the table's Milestone column)
 * its group. The checkbox decides done; the table's status refines an open phase.
 */

const PHASE = /^phase\s+(\d+(?:\.\d+)*[a-z]?)\s*[:.—–-]\s*(.+?)\s*$/i;
/** A progress-table phase cell: `3. Title`, `07.1 Title`. */
export const ROW_PHASE = /^(\d+(?:\.\d+)*[a-z]?)[.:)]?\s+(.+)$/;
const PLAN = /^(\d+(?:\.\d+)*-\d+)(?:-PLAN\.md)?\b\s*[:—–-]*\s*(.*)$/i;
const VERSION = /\bv\d+(?:\.\d+)*\b/i;

interface Phase {
  number: string;
  title: string;
  node: Nodes;
  evidence: StatusEvidence[];
  group?: Group;
  dependsOn: string[];
  acceptance: AcceptanceCriterion[];
  plans: ListItem[];
  fields: Record<string, string>;
}

/** A phase number compared without zero padding (`07` is `7`). */
export const phaseKey = (n: string): string => n.replace(/^0+(?=\d)/, '');

/** `**Phase 3: Title** - summary ✓ (date)` → number and title; undefined for other items. */
function phaseItem(li: ListItem): { number: string; title: string } | undefined {
  const para = firstParagraph(li);
  const lead = para?.children[0];
  if (lead?.type !== 'strong') return undefined;
  const m = PHASE.exec(plain(lead));
  return m ? { number: m[1] as string, title: (m[2] as string).trim() } : undefined;
}

/** The phase, status and milestone columns of a `## Progress` table; undefined for other tables. */
export function progressTable(
  table: Table,
): { phase: number; status: number; milestone?: number } | undefined {
  const headers = (table.children[0]?.children ?? []).map((c) => plain(c).toLowerCase());
  const phase = headers.indexOf('phase');
  const status = headers.indexOf('status');
  if (phase === -1 || status === -1) return undefined;
  const milestone = headers.indexOf('milestone');
  return milestone === -1 ? { phase, status } : { phase, status, milestone };
}

export const gsdRoadmap: Dialect = {
  id: 'gsd-roadmap',
  title: 'GSD phase roadmap',
  description:
    'Phase roadmaps (`- [x] **Phase N: Title**`, `### Phase N:` details with Success Criteria and Plans, a Progress table), phases inside <details>.',
  detect(input) {
    // Every mark of the format holds the word "phase" (or a character reference spelling it).
    if (!/phase|&#/i.test(input.text)) return 0;
    let checklist = 0;
    let sections = 0;
    let plans = 0;
    let table = false;
    walkBlocks(input.tree, (n) => {
      if (n.type === 'listItem' && typeof n.checked === 'boolean' && phaseItem(n)) checklist++;
      if (
        n.type === 'listItem' &&
        typeof n.checked === 'boolean' &&
        /^\d+(?:\.\d+)*-\d+-PLAN\.md\b/i.test(plain(firstParagraph(n) ?? n))
      )
        plans++;
      if (n.type === 'heading' && PHASE.test(plain(n))) sections++;
      if (n.type === 'table' && progressTable(n)) table = true;
    });
    // The phase checklist, or `NN-MM-PLAN.md` plan boxes under `### Phase N:` sections (a
    // milestone archive), mark the format; `## Phase 1:` headings alone are common.
    if (checklist < 2 && !(sections >= 2 && plans >= 1)) return 0;
    return Math.min(0.9, 0.5 + (checklist ? 0.15 : 0) + (sections ? 0.1 : 0) + (table ? 0.15 : 0));
  },
  extract(input, board) {
    const phases = new Map<string, Phase>();
    const milestones = new Map<string, Group>();
    let milestone: Group | undefined;
    let detail: Phase | undefined;
    let expectCriteria = false;

    const milestoneGroup = (text: string, node: Nodes): Group => {
      const version = VERSION.exec(text)?.[0] ?? text;
      const id = slugify(version, 'milestone');
      let g = milestones.get(id);
      if (!g) {
        const { title, rawStatus } = splitStatusSuffix(text, board.mapper);
        g = board.group({
          title,
          kind: 'milestone',
          id,
          node,
          ...(rawStatus ? { rawStatus } : {}),
        });
        milestones.set(id, g);
      }
      return g;
    };
    const phaseOf = (number: string, title: string, node: Nodes): Phase => {
      let p = phases.get(phaseKey(number));
      if (!p) {
        p = {
          number,
          title,
          node,
          evidence: [],
          dependsOn: [],
          acceptance: [],
          plans: [],
          fields: {},
        };
        if (milestone) p.group = milestone;
        phases.set(phaseKey(number), p);
      }
      return p;
    };
    const readChecklist = (list: List): void => {
      for (const li of list.children) {
        const ph = typeof li.checked === 'boolean' ? phaseItem(li) : undefined;
        if (ph) {
          const p = phaseOf(ph.number, ph.title, li);
          // The checklist line is the one a person ticks: the item points at it.
          p.node = li;
          const box = checkboxEvidence(board, li);
          if (box) p.evidence.unshift(box);
          if (milestone && !p.group) p.group = milestone;
          continue;
        }
        if (detail && typeof li.checked === 'boolean') detail.plans.push(li);
      }
    };

    for (const node of input.tree.children) {
      if (node.type === 'html') {
        const summary = /<summary>([\s\S]*?)<\/summary>/i.exec(node.value);
        if (summary) milestone = milestoneGroup(summary[1]!.replace(/<[^>]+>/g, '').trim(), node);
        else if (/<\/details>/i.test(node.value)) milestone = undefined;
        continue;
      }
      if (node.type === 'heading') {
        const text = plain(node);
        expectCriteria = false;
        if (node.depth === 1) {
          board.title ??= text;
          continue;
        }
        const m = PHASE.exec(text);
        if (m) {
          detail = phaseOf(m[1] as string, (m[2] as string).trim(), node);
          continue;
        }
        detail = undefined;
        if (VERSION.test(text) && node.depth >= 2) milestone = milestoneGroup(text, node);
        else if (node.depth === 2) milestone = undefined;
        continue;
      }
      if (node.type === 'paragraph' && detail) {
        const text = plain(node);
        expectCriteria = /success criteria/i.test(text);
        const dep = /depends on\s*:\s*(.*?)(?=\s+[A-Z][\w ]{1,20}:|$)/i.exec(text);
        if (dep) {
          for (const ref of (dep[1] as string).matchAll(
            /phases?\s+(\d[\d.]*[a-z]?(?:\s*(?:,|and|&|\+)\s*\d[\d.]*[a-z]?)*)/gi,
          ))
            for (const n of ref[1]!.split(/\s*(?:,|and|&|\+)\s*/))
              if (/^\d/.test(n)) detail.dependsOn.push(n.replace(/[.]$/, '').trim());
        }
        const goal =
          /goal\s*:\s*(.*?)(?=\s+(?:Depends on|Requirements|Success Criteria|Plans)\b|$)/i.exec(
            text,
          );
        if (goal) detail.fields.Goal = (goal[1] as string).trim();
        continue;
      }
      if (node.type === 'list') {
        if (detail && expectCriteria && node.ordered) {
          // A line such as `**Plans:** 2 plans` right after the list continues its last item.
          for (const li of node.children)
            detail.acceptance.push({
              text: plain(firstParagraph(li) ?? li).replace(/\s+Plans\s*:.*$/i, ''),
              done: false,
              line: lineOf(li),
            });
          expectCriteria = false;
          continue;
        }
        readChecklist(node);
        continue;
      }
      if (node.type === 'table') {
        const cols = progressTable(node);
        if (!cols) continue;
        for (const row of node.children.slice(1)) {
          const m = ROW_PHASE.exec(plain(row.children[cols.phase] ?? []));
          if (!m) continue;
          const p = phaseOf(m[1] as string, (m[2] as string).trim(), row);
          const raw = plain(row.children[cols.status] ?? []);
          const status = statusCell(raw, board.mapper);
          if (raw)
            p.evidence.push(
              status
                ? { source: 'field', raw, status, line: lineOf(row) }
                : { source: 'field', raw, line: lineOf(row) },
            );
          if (cols.milestone !== undefined && !p.group) {
            const ms = plain(row.children[cols.milestone] ?? []);
            if (VERSION.test(ms)) p.group = milestoneGroup(ms, row);
          }
        }
      }
    }

    for (const p of phases.values()) {
      // A phase that only its plans speak for is as far along as they are.
      if (p.evidence.length === 0 && p.plans.length) {
        const done = p.plans.filter((li) => li.checked === true).length;
        const raw = `${done}/${p.plans.length} plans`;
        const status = done === p.plans.length ? 'done' : done > 0 ? 'in-progress' : 'backlog';
        p.evidence.push({ source: 'field', raw, status, line: lineOf(p.node) });
      }
      const spec: Parameters<BoardBuilder['item']>[0] = {
        id: p.number,
        title: p.title,
        kind: 'phase',
        node: p.node,
        evidence: p.evidence,
        dependsOn: [...new Set(p.dependsOn)],
        acceptance: p.acceptance,
      };
      if (p.group) spec.group = p.group;
      const item: Item = board.item(spec);
      Object.assign(item.fields, p.fields);
      for (const li of p.plans) {
        const text = plain(firstParagraph(li) ?? li);
        const m = PLAN.exec(text);
        const box = checkboxEvidence(board, li);
        const plan: Parameters<BoardBuilder['item']>[0] = {
          title: m ? (m[2] as string).trim() || text : text,
          kind: 'plan',
          node: li,
          parent: item,
          evidence: box ? [box] : [],
        };
        if (m && !board.recordedItems.some((i) => i.id === m[1])) plan.id = m[1] as string;
        if (p.group) plan.group = p.group;
        board.item(plan);
      }
    }
  },
};
