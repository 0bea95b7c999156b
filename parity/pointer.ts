/**
 * A small reader for locations inside JSON data, used by the `json-path-equals` check. Two
 * notations are accepted:
 *
 * - JSON Pointer (RFC 6901): `` (the whole document), `/engines/node`, `/items/0/id`, with `~1`
 *   for `/` and `~0` for `~` inside a key. A path is a pointer when it is empty or starts with `/`.
 * - Dotted paths: `engines.node`, `$.scripts.test` (a leading `$` is allowed and ignored),
 *   `items[0].id`, `items.0.id`, and bracketed quoted keys for keys with dots or brackets:
 *   `a["b.c"]`, `a['b.c']` (JSON string escapes inside double quotes; `\'` and `\\` inside single).
 *
 * There are no wildcards, slices or filters: a path names at most one value. An array is indexed
 * only by a canonical non-negative integer (`0`, `12`, not `01` or `-1`); object keys are looked
 * up as own properties only.
 */

/** Thrown by parsePath for a path that is neither a valid pointer nor a valid dotted path. */
export class PathSyntaxError extends Error {}

/** Splits a JSON Pointer or dotted path into its reference tokens (keys or array indexes). */
export function parsePath(path: string): string[] {
  if (path === '') return [];
  if (path.startsWith('/')) {
    return path
      .slice(1)
      .split('/')
      .map((t) => {
        if (/~(?![01])/.test(t)) {
          throw new PathSyntaxError(`"${path}": "~" must be followed by 0 or 1 in a JSON Pointer`);
        }
        return t.replace(/~1/g, '/').replace(/~0/g, '~');
      });
  }
  return parseDotted(path);
}

// One dotted-path segment each; a bare name is allowed only as the very first segment.
const FIRST_NAME = /[^.[\]$][^.[\]]*/y;
const DOT_NAME = /\.([^.[\]]+)/y;
const INDEX = /\[(0|[1-9]\d*)\]/y;
const DOUBLE_QUOTED = /\["((?:[^"\\]|\\.)*)"\]/y;
const SINGLE_QUOTED = /\['((?:[^'\\]|\\['\\])*)'\]/y;

function parseDotted(path: string): string[] {
  const out: string[] = [];
  let i = path.startsWith('$') ? 1 : 0;
  const at = (re: RegExp): RegExpExecArray | null => {
    re.lastIndex = i;
    return re.exec(path);
  };
  if (i === 0) {
    const m = at(FIRST_NAME);
    if (m) {
      out.push(m[0]);
      i = FIRST_NAME.lastIndex;
    }
  }
  while (i < path.length) {
    let m: RegExpExecArray | null;
    if ((m = at(DOT_NAME)) || (m = at(INDEX))) out.push(m[1] as string);
    else if ((m = at(DOUBLE_QUOTED))) {
      try {
        out.push(JSON.parse(`"${m[1] as string}"`) as string);
      } catch {
        throw new PathSyntaxError(`"${path}": bad escape in the quoted key at character ${i + 1}`);
      }
    } else if ((m = at(SINGLE_QUOTED))) out.push((m[1] as string).replace(/\\(['\\])/g, '$1'));
    else {
      throw new PathSyntaxError(
        `"${path}": expected .key, [index] or ["key"] at character ${i + 1}`,
      );
    }
    i += m[0].length;
  }
  return out;
}

/** The RFC 6901 pointer for `tokens`, for messages and evidence. */
export function toPointer(tokens: readonly string[]): string {
  return tokens.map((t) => `/${t.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

export type Lookup =
  | { found: true; value: unknown }
  | { found: false; /** Pointer of the first token that names nothing. */ missing: string };

/** Follows `tokens` into `data`. Never throws. */
export function getAtPath(data: unknown, tokens: readonly string[]): Lookup {
  let value = data;
  for (let n = 0; n < tokens.length; n++) {
    const token = tokens[n] as string;
    const missing = { found: false as const, missing: toPointer(tokens.slice(0, n + 1)) };
    if (Array.isArray(value)) {
      if (!/^(0|[1-9]\d*)$/.test(token) || Number(token) >= value.length) return missing;
      value = value[Number(token)];
    } else if (value !== null && typeof value === 'object') {
      if (!Object.prototype.hasOwnProperty.call(value, token)) return missing;
      value = (value as Record<string, unknown>)[token];
    } else {
      return missing;
    }
  }
  return { found: true, value };
}

/** Deep equality of JSON values: arrays in order, objects by key set regardless of key order. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => jsonEqual(x, b[i]));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    if (ka.length !== kb.length) return false;
    return ka.every(
      (k) =>
        Object.prototype.hasOwnProperty.call(b, k) &&
        jsonEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
    );
  }
  return false;
}
