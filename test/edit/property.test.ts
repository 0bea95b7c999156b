import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { EditError } from '../../kanban/edit/errors.js';
import { planEdit } from '../../kanban/edit/plan.js';
import type { EditOperation } from '../../kanban/edit/types.js';
import { DEFAULT_LIMITS } from '../../kanban/limits.js';
import { readBoard } from '../../kanban/read.js';
import { STATUSES, type Board, type Item, type Status } from '../../model/types.js';
import { ROOT, SEED_EXAMPLES, SEEDS_DIR } from '../helpers.js';

/**
 * Random sequences of edits on every example board (the five seeds among them) and on the same
 * boards stored other ways (CRLF, a BOM, mixed line endings, no final newline, UTF-16). After each
 * edit: (a) every byte outside the span the edit reports is the old byte; (b) the board read back
 * is the old board with exactly the asked change — checked here by an oracle of its own, on
 * multisets of item summaries; (c) where the edit offers an inverse, applying it restores the old
 * bytes, and moves on column boards and box toggles always offer one.
 */

/**
 * Every example board, whatever its dialect: boards added under examples/boards are fuzzed as soon
 * as they are there. Files that read as no board with items (notes, a Backlog.md task file read
 * alone) are left out by the reader, not by a list here.
 */
const BOARDS = globSync('examples/boards/**/*.md', { cwd: ROOT })
  .sort()
  .filter((path) => {
    const r = readBoard(readFileSync(join(ROOT, path)), path, { limits: DEFAULT_LIMITS });
    return (r.board?.items.length ?? 0) > 0;
  });

/**
 * Dialects where every move and status change that lands somewhere else offers an inverse that
 * restores the bytes (on the other dialects a status may be written where there was none — a new
 * `Status:` bullet, an `In Progress` label — which going back leaves in place).
 */
const INVERTIBLE = new Set([
  'compact-kanban',
  'kanban-md',
  'checklist-tracker',
  'spec-kit',
  'kiro',
  'openspec',
]);

/** Ways a file may be stored; the seeds' own bytes are the first. */
const STORAGE: Record<string, (text: string) => Uint8Array> = {
  asIs: (t) => Buffer.from(t, 'utf8'),
  crlf: (t) => Buffer.from(t.replace(/\n/g, '\r\n'), 'utf8'),
  bom: (t) => Buffer.from(`\ufeff${t}`, 'utf8'),
  mixed: (t) =>
    Buffer.from(
      t
        .split('\n')
        .map((l, i) => l + (i % 3 === 1 ? '\r' : ''))
        .join('\n'),
      'utf8',
    ),
  noFinalNewline: (t) => Buffer.from(t.replace(/\n+$/, ''), 'utf8'),
  utf16: (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(t, 'utf-16le')]),
};

function read(bytes: Uint8Array, path: string, dialect?: string): Board {
  const r = readBoard(bytes, path, { limits: DEFAULT_LIMITS, ...(dialect ? { dialect } : {}) });
  if (!r.board) throw new Error(`unreadable: ${JSON.stringify(r.diagnostics)}`);
  return r.board;
}

/** What the oracle compares of an item: no positions, no made-up ids. */
function summary(board: Board, item: Item, over: Partial<Record<string, unknown>> = {}): string {
  const parent = item.parent ? board.items.find((i) => i.id === item.parent) : undefined;
  return JSON.stringify({
    id: item.generatedId ? undefined : item.id,
    title: item.title,
    status: item.status,
    group: item.group,
    parent: parent?.title,
    acceptance: item.acceptance.map((a) => `${a.done ? 'x' : ' '} ${a.text}`),
    assignee: item.assignee,
    priority: item.priority,
    fields: lowerKeys(item.fields),
    ...over,
  });
}

/** Field names compared without case: boards write them in their own case (`reviewer:`, `Reviewer:`). */
function lowerKeys(fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fields)
      .map(([k, v]) => [k.toLowerCase(), v] as const)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

function multiset(list: string[]): string[] {
  return [...list].sort();
}

/** The descendants of an item (ids), for relocations. */
function descendants(board: Board, item: Item): Set<Item> {
  const out = new Set<Item>();
  let added = true;
  const ids = new Set([item.id]);
  while (added) {
    added = false;
    for (const i of board.items)
      if (i.parent && ids.has(i.parent) && !out.has(i)) {
        out.add(i);
        ids.add(i.id);
        added = true;
      }
  }
  return out;
}

/** A random operation on `board`, chosen by numbers drawn by fast-check. */
function operation(board: Board, pick: number[], kind: number): EditOperation | undefined {
  const items = board.items;
  if (items.length === 0) return undefined;
  const at = (n: number, length: number): number => (pick[n] ?? 0) % length;
  const item = items[at(0, items.length)] as Item;
  switch (kind % 6) {
    case 0: {
      const group = board.groups[at(1, Math.max(1, board.groups.length))];
      return group ? { op: 'move', id: item.id, to: group.id } : undefined;
    }
    case 1:
      return { op: 'status', id: item.id, status: STATUSES[at(1, STATUSES.length)] as Status };
    case 2:
      return { op: 'status', id: item.id, status: item.done ? 'backlog' : 'done' };
    case 3: {
      // A tick goes to an item that has acceptance criteria, where the board has any.
      const holders = items.filter((i) => i.acceptance.length > 0);
      if (holders.length === 0) return { op: 'status', id: item.id, status: 'done' };
      const holder = holders[at(0, holders.length)]!;
      const n = at(1, holder.acceptance.length);
      return { op: 'tick', id: holder.id, acceptance: n + 1, done: !holder.acceptance[n]!.done };
    }
    case 4: {
      const group = board.groups[at(1, Math.max(1, board.groups.length))];
      return pick[2]! % 2 === 0 || !group
        ? { op: 'add', title: `New task ${pick[3] ?? 0}`, after: item.id }
        : { op: 'add', title: `New task ${pick[3] ?? 0}`, to: group.id };
    }
    default:
      return { op: 'set', id: item.id, values: { Reviewer: `person${pick[3] ?? 0}` } };
  }
}

/** The oracle: the old board's summaries with the asked change made. */
function expected(
  before: Board,
  op: EditOperation,
  after: Board,
): { want: string[]; got: string[] } {
  const got = multiset(after.items.map((i) => summary(after, i)));
  if (op.op === 'add') {
    const added = after.items.filter(
      (i) =>
        i.title === op.title && !before.items.some((b) => summary(before, b) === summary(after, i)),
    );
    expect(added.length, `one "${op.title}" added`).toBe(1);
    return {
      want: multiset([...before.items.map((i) => summary(before, i)), summary(after, added[0]!)]),
      got,
    };
  }
  const item = before.items.find((i) => i.id === op.id)!;
  const nested = descendants(before, item);
  const newItem = after.items.find(
    (i) =>
      summary(after, i, {
        status: 0,
        group: 0,
        acceptance: 0,
        fields: 0,
        assignee: 0,
        priority: 0,
      }) ===
        summary(before, item, {
          status: 0,
          group: 0,
          acceptance: 0,
          fields: 0,
          assignee: 0,
          priority: 0,
        }) &&
      (item.generatedId || i.id === item.id),
  );
  expect(newItem, `${op.id} is still there`).toBeDefined();
  const over: Record<string, unknown> = {};
  if (op.op === 'status') {
    over['status'] = op.status;
    over['group'] = newItem!.group;
    // A status change moves a card only to a column that says that status.
    if (newItem!.group !== item.group)
      expect(after.groups.find((g) => g.id === newItem!.group)?.status).toBe(op.status);
  }
  if (op.op === 'move') {
    const group = before.groups.find((g) => g.id === op.to);
    over['group'] = newItem!.group;
    over['status'] = newItem!.status;
    // A move lands in the named group, or (on boards where the group is not a place) keeps the
    // item where it is and gives it the group's status.
    expect([group?.id, item.group]).toContain(newItem!.group);
  }
  if (op.op === 'tick') {
    over['acceptance'] = item.acceptance.map(
      (a, n) =>
        `${n === op.acceptance - 1 ? (op.done === false ? ' ' : 'x') : a.done ? 'x' : ' '} ${a.text}`,
    );
  }
  if (op.op === 'set')
    over['fields'] = lowerKeys({ ...item.fields, Reviewer: op.values['Reviewer']! });
  if (op.op === 'status' || op.op === 'move') {
    // Criteria written without a box follow the item's done state.
    over['acceptance'] = JSON.parse(summary(after, newItem!))['acceptance'];
  }
  // A new group hands down its priority on boards that give items their group's priority.
  const moved = newItem!.group !== item.group;
  if (moved) over['priority'] = newItem!.priority;
  const want = before.items.map((i) => {
    if (i === item) return summary(before, i, over);
    if (nested.has(i) && moved) {
      const now = after.items.find((a) => a.title === i.title && a.group === newItem!.group);
      return summary(before, i, { group: newItem!.group, priority: now?.priority });
    }
    return summary(before, i);
  });
  return { want: multiset(want), got };
}

function sameOutside(
  before: Uint8Array,
  after: Uint8Array,
  span: { start: number; end: number; newEnd: number },
): boolean {
  const a = Buffer.from(before);
  const b = Buffer.from(after);
  return (
    a.subarray(0, span.start).equals(b.subarray(0, span.start)) &&
    a.subarray(span.end).equals(b.subarray(span.newEnd)) &&
    after.length - span.newEnd === before.length - span.end
  );
}

const STATS = { edits: 0, refused: 0, inverses: 0 };
/** Per dialect and operation: edits made, refusals, inverses that restored the bytes. */
const BY_DIALECT: Record<
  string,
  Record<string, { made: number; refused: number; inverse: number }>
> = {};
function tally(dialect: string, op: EditOperation, what: 'made' | 'refused' | 'inverse'): void {
  const kind = op.op === 'status' ? (op.status === 'done' ? 'done' : 'status') : op.op;
  const row = (BY_DIALECT[dialect] ??= {});
  (row[kind] ??= { made: 0, refused: 0, inverse: 0 })[what]++;
}
const SEED = Number(process.env['BOARDWRIGHT_FUZZ_SEED'] ?? 20260127);
const RUNS_FACTOR = Number(process.env['BOARDWRIGHT_FUZZ_RUNS'] ?? 1);

describe('edits keep every other byte and change the board exactly as asked', () => {
  for (const path of BOARDS) {
    it(`random edit sequences on ${path}`, () => {
      const text = readFileSync(join(ROOT, path), 'utf8');
      // Reading is the cost of each step; bigger boards get fewer runs (the suite runs on 2 cores).
      const numRuns = text.length < 12_000 ? 6 : text.length < 30_000 ? 3 : 2;
      fc.assert(
        fc.property(
          fc.constantFrom(...Object.keys(STORAGE)),
          fc.array(fc.tuple(fc.array(fc.nat(), { minLength: 4, maxLength: 4 }), fc.nat()), {
            minLength: 1,
            maxLength: 3,
          }),
          (storage, steps) => {
            let bytes = STORAGE[storage]!(text);
            let before = read(bytes, path);
            const dialect = before.dialect;
            for (const [pick, kind] of steps) {
              const op = operation(before, pick, kind);
              if (!op) continue;
              let plan;
              try {
                plan = planEdit({ path, bytes, read: { limits: DEFAULT_LIMITS } }, op, {
                  inverse: true,
                });
              } catch (e) {
                if (!(e instanceof EditError)) throw e;
                // A refusal names a reason the user can act on; a failed self-check is a bug.
                expect(
                  ['unsupported', 'invalid', 'ambiguous', 'not-found'],
                  `${JSON.stringify(op)}: ${e.message}`,
                ).toContain(e.code);
                STATS.refused++;
                tally(dialect, op, 'refused');
                if (process.env['BOARDWRIGHT_EDIT_STATS']) console.log(`${path}: ${e.message}`);
                continue;
              }
              const patch = plan.patches[0];
              if (!patch) continue;
              STATS.edits++;
              tally(dialect, op, 'made');
              // (a) nothing outside the reported span moved
              expect(sameOutside(bytes, patch.after, patch.span), JSON.stringify(op)).toBe(true);
              // (b) the board read back is the old board with exactly this change
              const after = read(patch.after, path, dialect);
              const { want, got } = expected(before, op, after);
              expect(got, JSON.stringify(op)).toEqual(want);
              // (c) the inverse, where there is one, restores the old bytes
              if (plan.inverse) {
                STATS.inverses++;
                tally(dialect, op, 'inverse');
                const back = planEdit(
                  { path, bytes: patch.after, read: { limits: DEFAULT_LIMITS } },
                  plan.inverse,
                );
                expect(
                  Buffer.from(back.patches[0]!.after).equals(Buffer.from(bytes)),
                  JSON.stringify(plan.inverse),
                ).toBe(true);
              } else if (
                storage !== 'mixed' &&
                (op.op === 'tick' ||
                  (INVERTIBLE.has(dialect) && (op.op === 'move' || op.op === 'status')))
              ) {
                // Ticks always go back; so do moves and status changes on the dialects above. (In
                // a file with mixed line endings a moved line takes its new neighbours' ending.)
                throw new Error(`no inverse for ${JSON.stringify(op)}`);
              }
              bytes = patch.after;
              before = after;
            }
          },
        ),
        // Fixed seeds keep the suite deterministic; BOARDWRIGHT_FUZZ_SEED explores further.
        {
          numRuns: numRuns * RUNS_FACTOR,
          seed: SEED + path.length,
          // Every board also gets, stored as it is (the seeds' Mac Roman mojibake included), one
          // edit of each kind in a row: move, tick, add, done or reopen, a status, a field, a tick.
          examples: [
            [
              'asIs',
              [
                [[1, 1, 0, 0], 0],
                [[2, 0, 0, 0], 3],
                [[3, 1, 0, 7], 4],
                [[4, 0, 0, 0], 2],
                [[5, 2, 0, 0], 1],
                [[6, 0, 0, 3], 5],
                [[7, 5, 0, 0], 3],
              ],
            ],
          ],
        },
      );
    }, 300_000);
  }

  it('fuzzes the five seeds as they were given', () => {
    // The bundled copies are the seeds byte for byte (checked where the seeds are at hand).
    for (const path of Object.values(SEED_EXAMPLES)) expect(BOARDS).toContain(path);
    if (!existsSync(SEEDS_DIR)) return;
    for (const [seed, path] of Object.entries(SEED_EXAMPLES)) {
      const name = readdirSync(SEEDS_DIR).find((f) => f.startsWith(`${seed}_`))!;
      expect(readFileSync(join(SEEDS_DIR, name)).equals(readFileSync(join(ROOT, path))), path).toBe(
        true,
      );
    }
  });

  it('made edits, not only refusals', () => {
    if (process.env['BOARDWRIGHT_EDIT_STATS']) console.log(JSON.stringify(BY_DIALECT, null, 1));
    // Every dialect with an example board had edits made, not only refused.
    const dialects = new Set(
      BOARDS.map((path) => read(readFileSync(join(ROOT, path)), path).dialect),
    );
    for (const dialect of dialects)
      expect(
        Object.values(BY_DIALECT[dialect] ?? {}).reduce((n, r) => n + r.made, 0),
        dialect,
      ).toBeGreaterThan(0);
    expect(STATS.edits).toBeGreaterThan(STATS.refused);
    expect(STATS.inverses).toBeGreaterThan(STATS.edits / 4);
  });
});
