import type { Root } from 'mdast';
import type { BoardMeta, DeclaredTotals } from '../model/types.js';
import { boldFields, splitField } from './mdast.js';

type Count = NonNullable<DeclaredTotals['total']>;

const TOTAL_KEYS: ReadonlyArray<readonly [keyof DeclaredTotals, RegExp]> = [
  ['total', /^total(?: tasks?| items?)?(?: identified| count)?$/i],
  ['done', /^(?:completed|done|finished)(?: tasks?| items?)?$/i],
  ['inProgress', /^in[ -]progress(?: tasks?| items?)?$/i],
  ['backlog', /^(?:backlog|not started|to ?do)(?: tasks?| items?)?$/i],
  ['blocked', /^blocked(?: tasks?| items?)?$/i],
];

/** A declared count: `94`, `300+`, `~28` is not a count (approximate), `85+ (M1-4)` is 85 or more. */
export function parseCount(value: string, line: number): Count | undefined {
  const m = /^\**\s*(\d[\d,]*)\s*(\+)?(?=\s|\(|$)/.exec(value.trim());
  if (!m) return undefined;
  return { value: Number((m[1] as string).replace(/,/g, '')), atLeast: m[2] === '+', line };
}

const META_KEYS: ReadonlyArray<readonly [keyof BoardMeta, RegExp]> = [
  ['version', /^(?:current )?version$/i],
  ['updated', /^(?:last )?updated$/i],
  ['status', /^status$/i],
  ['owner', /^(?:owner|maintained by|maintainer)$/i],
];

/**
 * Reads what a board says about itself: version, last update, status and owner from front matter
 * or the bold fields before the first second-level heading, and declared totals ("Total Tasks:
 * 94") from field lines anywhere in the text outside code.
 */
export function extractMeta(
  tree: Root,
  text: string,
  frontmatter?: Record<string, unknown>,
): BoardMeta {
  const meta: BoardMeta = {};
  if (frontmatter) {
    meta.frontmatter = frontmatter;
    for (const [key, re] of META_KEYS) {
      const hit = Object.entries(frontmatter).find(
        ([k, v]) => re.test(k) && (typeof v === 'string' || typeof v === 'number'),
      );
      if (hit) (meta as Record<string, unknown>)[key] = String(hit[1]);
    }
  }
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth <= 2 && node.position && node.position.start.line > 1)
      break;
    if (node.type !== 'paragraph') continue;
    for (const f of boldFields(node)) {
      const key = META_KEYS.find(([, re]) => re.test(f.name))?.[0];
      if (key && (meta as Record<string, unknown>)[key] === undefined)
        (meta as Record<string, unknown>)[key] = f.value;
    }
  }
  const totals = declaredTotals(text);
  if (Object.keys(totals).length > 0) meta.declaredTotals = totals;
  return meta;
}

function declaredTotals(text: string): DeclaredTotals {
  const totals: DeclaredTotals = {};
  let fence = false;
  text.split('\n').forEach((raw, i) => {
    if (/^\s{0,3}(```|~~~)/.test(raw)) fence = !fence;
    if (fence) return;
    const line = raw
      .replace(/^\s*(?:[-*+]\s+)?/, '')
      .replace(/\*\*|__/g, '')
      .trim();
    const field = splitField(line);
    if (!field) return;
    const key = TOTAL_KEYS.find(([, re]) => re.test(field.name))?.[0];
    if (!key || totals[key]) return;
    const count = parseCount(field.value, i + 1);
    if (count) totals[key] = count;
  });
  return totals;
}
