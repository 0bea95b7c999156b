import type { OutputFile } from './types.js';

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

/** Pieces of at least this many characters go to the sink. */
const PIECE_CHARS = 1 << 20;
/** Arrays longer than this are serialised this many members at a time. */
const SLICE = 256;
/** Objects and short arrays this deep and deeper are serialised in one call. */
const WHOLE_FROM_DEPTH = 4;

/**
 * The text of `stableJson(value)`, given to `sink` in pieces of about a megabyte. A model's big
 * arrays (a board's items) are serialised a slice of members at a time, each slice inside as
 * many wrapping arrays as it is deep so that JSON.stringify indents it in place; the wrapping
 * lines are cut off again. Nothing holds the whole text, so a 25 MB model.json is never copied
 * by the garbage collector as it grows, as one JSON.stringify call's result is.
 */
export function stableJsonPieces(value: unknown, sink: (text: string) => void): void {
  const keys = keyOrder(value);
  let parts: string[] = [];
  let size = 0;
  const put = (text: string): void => {
    parts.push(text);
    size += text.length;
    if (size >= PIECE_CHARS) {
      sink(parts.join(''));
      parts = [];
      size = 0;
    }
  };
  const emit = (v: unknown, depth: number): void => {
    const pad = '  '.repeat(depth);
    if (
      depth >= WHOLE_FROM_DEPTH ||
      v === null ||
      typeof v !== 'object' ||
      typeof (v as { toJSON?: unknown }).toJSON === 'function'
    ) {
      const text = JSON.stringify(v, keys, 2);
      put(depth && text.includes('\n') ? text.replaceAll('\n', `\n${pad}`) : text);
      return;
    }
    const inner = `${pad}  `;
    if (Array.isArray(v)) {
      if (v.length === 0) return put('[]');
      put('[\n');
      if (v.length > SLICE) {
        // `[[…[slice]…]]` nests the members `depth + 1` deep: the first and last `depth + 1`
        // lines are the brackets, (depth + 1)² + (depth + 1) characters at each end.
        const cut = (depth + 1) * (depth + 2);
        for (let i = 0; i < v.length; i += SLICE) {
          let wrapped: unknown = v.slice(i, i + SLICE);
          for (let k = 0; k < depth; k++) wrapped = [wrapped];
          const text = JSON.stringify(wrapped, keys, 2);
          if (i) put(',\n');
          put(text.slice(cut, text.length - cut));
        }
      } else {
        v.forEach((x: unknown, i) => {
          put(i ? `,\n${inner}` : inner);
          if (x === undefined || typeof x === 'function' || typeof x === 'symbol') put('null');
          else emit(x, depth + 1);
        });
      }
      put(`\n${pad}]`);
      return;
    }
    // An object's members in the key order JSON.stringify follows with the property list.
    let first = true;
    for (const key of keys) {
      let x = (v as Record<string, unknown>)[key];
      if (
        x !== null &&
        typeof x === 'object' &&
        typeof (x as { toJSON?: unknown }).toJSON === 'function'
      )
        x = (x as { toJSON: (key: string) => unknown }).toJSON(key);
      if (x === undefined || typeof x === 'function' || typeof x === 'symbol') continue;
      put(`${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `);
      first = false;
      emit(x, depth + 1);
    }
    put(first ? '{}' : `\n${pad}}`);
  };
  emit(value, 0);
  put('\n');
  sink(parts.join(''));
}

/**
 * `value` as a stableJson output file at `path`: its content is made when read, and its
 * `stream` gives it in pieces (stableJsonPieces).
 */
export function stableJsonFile(path: string, value: unknown): OutputFile {
  return {
    path,
    get content() {
      return stableJson(value);
    },
    stream: (sink) => stableJsonPieces(value, sink),
  };
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
