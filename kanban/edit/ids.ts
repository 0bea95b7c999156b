import type { Board, Group, Item } from '../../model/types.js';

const NUMBERED = /^(.*?)(\d+)$/;

/**
 * The next id in the board's own scheme for an item added to `group` (or after `after`): the last
 * id there with its final number raised past every id of the board with the same stem, zero
 * padding kept — `BSP-167` → `BSP-168`, `M1.4.3` → `M1.4.4`, `T031` → `T032`, `1.2.3` → `1.2.4`.
 * For an empty group, the stem of a sibling group's ids with this group's number (`M1.5.1` for
 * phase 1.5 when phase 1.4 holds `M1.4.x`). Undefined when the board gives its items no ids.
 */
export function nextId(board: Board, group?: Group, after?: Item): string | undefined {
  const named = board.items.filter((i) => !i.generatedId);
  if (named.length === 0) return undefined;
  const taken = new Set(board.items.map((i) => i.id));
  const local = named.filter((i) => !i.parent && (!group || i.group === group.id));
  const model = after && !after.generatedId ? after : local[local.length - 1];
  let stem: string | undefined;
  let width = 1;
  if (model) {
    const m = NUMBERED.exec(model.id);
    if (m) [stem, width] = [m[1] as string, (m[2] as string).length];
  } else if (group?.number) {
    for (const other of board.groups) {
      if (other === group || other.kind !== group.kind || !other.number) continue;
      const first = named.find((i) => i.group === other.id && !i.parent);
      const m = first && NUMBERED.exec(first.id);
      if (!m) continue;
      const at = (m[1] as string).lastIndexOf(other.number);
      if (at === -1 || at + other.number.length + 1 !== (m[1] as string).length) continue;
      stem = `${(m[1] as string).slice(0, at)}${group.number}${(m[1] as string).slice(-1)}`;
      width = (m[2] as string).length;
      break;
    }
  }
  if (stem === undefined) {
    const last = [...named].reverse().find((i) => !i.parent && NUMBERED.test(i.id));
    const m = last && NUMBERED.exec(last.id);
    if (!m) return undefined;
    [stem, width] = [m[1] as string, (m[2] as string).length];
  }
  let max = 0;
  for (const item of named) {
    if (!item.id.startsWith(stem)) continue;
    const rest = item.id.slice(stem.length);
    if (/^\d+$/.test(rest)) max = Math.max(max, Number(rest));
  }
  let n = max + 1;
  let id = `${stem}${String(n).padStart(width, '0')}`;
  while (taken.has(id)) id = `${stem}${String(++n).padStart(width, '0')}`;
  return id;
}
