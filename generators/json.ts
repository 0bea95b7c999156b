/**
 * Deterministic JSON: object keys sorted by code unit, two-space indent, trailing newline. The
 * same model always serialises to the same bytes, whatever order properties were set in.
 *
 * The keys of every object in `value` are collected once and given to JSON.stringify as its
 * property list, in the order a plain object with sorted keys enumerates them (array-index keys
 * ascending first, then the others by code unit): the same bytes as stringifying a sorted copy,
 * without making that copy of a large model.
 */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, keyOrder(value), 2)}\n`;
}

/** A key JavaScript enumerates as an array index: first, in ascending numeric order. */
const INDEX = /^(?:0|[1-9]\d{0,9})$/;
const isIndex = (key: string): boolean => INDEX.test(key) && Number(key) < 4294967295;

function keyOrder(value: unknown): string[] {
  const keys = new Set<string>();
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (const x of v) if (x && typeof x === 'object') stack.push(x);
    } else if (v && typeof v === 'object') {
      for (const key of Object.keys(v)) {
        keys.add(key);
        const x = (v as Record<string, unknown>)[key];
        if (x && typeof x === 'object') stack.push(x);
      }
    }
  }
  const all = [...keys];
  const indexes = all.filter(isIndex).sort((a, b) => Number(a) - Number(b));
  return [...indexes, ...all.filter((k) => !isIndex(k)).sort()];
}
