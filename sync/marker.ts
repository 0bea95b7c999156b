import type { ItemRef } from './types.js';

/**
 * The hidden marker that ties an issue to its board item:
 * `<!-- boardwright:item board=<board> id=<id>[ key=<key>][ state=open|closed] -->`, values
 * URI-encoded so that no id can close the comment or add a field. It ends the issue body.
 * `state` records the item's board state as of the request that carries the marker.
 */
export function itemMarker(ref: ItemRef): string {
  const key = ref.key ? ` key=${encodeURIComponent(ref.key)}` : '';
  const state = ref.state ? ` state=${ref.state}` : '';
  return `<!-- boardwright:item board=${encodeURIComponent(ref.board)} id=${encodeURIComponent(ref.id)}${key}${state} -->`;
}

// Linear: fixed prefix, then runs of non-space characters separated by single spaces.
const MARKER =
  /<!-- boardwright:item board=(\S{1,300}) id=(\S{1,300})(?: key=(\S{1,300}))?(?: state=(open|closed))? -->/;

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
    if (m[4] === 'open' || m[4] === 'closed') ref.state = m[4];
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

/**
 * `body` with its marker's recorded state set to `state` (the marker is added when the body has
 * none and `ref` is given). Used when a request changes an issue's state without re-rendering
 * its body, e.g. closing the issue of an item that left its board.
 */
export function withMarkerState(body: string, state: 'open' | 'closed', ref?: ItemRef): string {
  const at = body.lastIndexOf('<!-- boardwright:item ');
  const found = at < 0 ? undefined : parseMarker(body);
  if (!found) return ref ? `${body.trimEnd()}\n\n${itemMarker({ ...ref, state })}` : body;
  const end = body.indexOf('-->', at);
  return `${body.slice(0, at)}${itemMarker({ ...found, state })}${body.slice(end + 3)}`;
}
