import type { ItemRef } from './types.js';

/**
 * The hidden marker that ties an issue to its board item:
 * `<!-- boardwright:item board=<board> id=<id>[ key=<key>] -->`, values URI-encoded so that no
 * id can close the comment or add a field. It ends the issue body.
 */
export function itemMarker(ref: ItemRef): string {
  const key = ref.key ? ` key=${encodeURIComponent(ref.key)}` : '';
  return `<!-- boardwright:item board=${encodeURIComponent(ref.board)} id=${encodeURIComponent(ref.id)}${key} -->`;
}

// Linear: fixed prefix, then runs of non-space characters separated by single spaces.
const MARKER = /<!-- boardwright:item board=(\S{1,300}) id=(\S{1,300})(?: key=(\S{1,300}))? -->/;

/**
 * The item ref in an issue body's marker; undefined when the body has none or it does not
 * decode. When a body holds several markers (someone pasted one), the last one counts, since
 * boardwright writes its marker at the end.
 */
export function parseMarker(body: string | null | undefined): ItemRef | undefined {
  if (!body) return undefined;
  const at = body.lastIndexOf('<!-- boardwright:item ');
  if (at < 0) return undefined;
  const m = MARKER.exec(body.slice(at, at + 1000));
  if (!m) return undefined;
  try {
    const ref: ItemRef = { board: decodeURIComponent(m[1]!), id: decodeURIComponent(m[2]!) };
    if (m[3]) ref.key = decodeURIComponent(m[3]);
    return ref;
  } catch {
    return undefined;
  }
}

/** A string key for maps: board and id (the key field does not take part). */
export function refId(ref: ItemRef): string {
  return `${ref.board}\u0000${ref.id}`;
}

/** A string key for fingerprint lookups, or undefined when the ref has no fingerprint. */
export function refKey(ref: ItemRef): string | undefined {
  return ref.key ? `${ref.board}\u0000${ref.key}` : undefined;
}
