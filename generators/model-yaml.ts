import type { Workspace } from '../model/types.js';
import type { OutputFile } from './types.js';

/**
 * Words and shapes that some YAML reader takes for something other than a string: YAML 1.2's
 * core schema (null, booleans, numbers, .inf, .nan) and YAML 1.1's (yes/no/on/off/y/n,
 * underscored and sexagesimal numbers, binary, timestamps). Strings like these are quoted.
 */
const NOT_A_STRING =
  /^(?:~|\.|null|Null|NULL|true|True|TRUE|false|False|FALSE|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|[-+]?[0-9][0-9_,:]*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\.[0-9][0-9_]*(?:[eE][-+]?[0-9]+)?|0[bBoOxX][0-9a-fA-F_]+|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt ].*)?)$/;

/**
 * A string that reads back as itself when written plain: it starts with a letter, a digit or
 * one of `_ / . ( $ ^` (never an indicator), holds no `: ` or ` #`, no control, line or
 * format characters, no surrogate halves, and does not end in a space or `:`.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const PLAIN = /^[\p{L}\p{N}_/.($^][^\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff]*$/u;

function scalar(s: string): string {
  if (
    PLAIN.test(s) &&
    !NOT_A_STRING.test(s) &&
    !s.includes(': ') &&
    !s.includes(' #') &&
    !/[\s:]$/.test(s)
  )
    return s;
  // A JSON string is a YAML 1.2 double-quoted scalar with the same value.
  return JSON.stringify(s);
}

/**
 * Collects output lines and joins them in batches as it goes, so that a big model leaves a few
 * long strings behind rather than a million short ones for the garbage collector to move. With
 * a sink, each batch goes there at once (ended by a newline) and nothing is kept.
 */
class Lines {
  private batch: string[] = [];
  private readonly joined: string[] = [];
  constructor(private readonly sink: (text: string) => void = (t) => this.joined.push(t)) {}
  push(line: string): void {
    this.batch.push(line);
    if (this.batch.length >= 4096) this.flush();
  }
  /** Gives the sink the lines since the last batch, each ended by a newline. */
  flush(): void {
    if (this.batch.length) this.sink(`${this.batch.join('\n')}\n`);
    this.batch = [];
  }
  /** Every line, each ended by a newline. */
  text(): string {
    this.flush();
    return this.joined.join('');
  }
}

/** Map keys as YAML scalars: the same few keys recur throughout a model. */
const keyScalars = new Map<string, string>();
function keyScalar(key: string): string {
  let s = keyScalars.get(key);
  if (s === undefined) {
    s = scalar(key);
    if (keyScalars.size < 10_000) keyScalars.set(key, s);
  }
  return s;
}

/**
 * Appends the block lines of `value` at `indent` (a map's or list's members). `lead` takes the
 * place of `indent` on the first line: the `- ` of the list the value is a member of, so that
 * the first member goes on the dash's line (`- key: value`, `- - item`).
 */
function block(value: unknown, indent: string, lead: string, out: Lines): void {
  let pre = lead;
  if (Array.isArray(value)) {
    const inner = `${indent}  `;
    for (const item of value) {
      if (isBlock(item)) block(item, inner, `${pre}- `, out);
      else out.push(`${pre}- ${inline(item)}`);
      pre = indent;
    }
    return;
  }
  const map = value as Record<string, unknown>;
  for (const key of Object.keys(map).sort()) {
    const v = map[key];
    if (v === undefined) continue;
    if (isBlock(v)) {
      out.push(`${pre}${keyScalar(key)}:`);
      // Lists sit at their key's indentation plus two, as maps do.
      const inner = `${indent}  `;
      block(v, inner, inner, out);
    } else {
      out.push(`${pre}${keyScalar(key)}: ${inline(v)}`);
    }
    pre = indent;
  }
}

function isBlock(v: unknown): boolean {
  if (Array.isArray(v)) return v.length > 0;
  return (
    v !== null && typeof v === 'object' && Object.values(v as object).some((x) => x !== undefined)
  );
}

function inline(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return scalar(v);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'null';
  if (typeof v === 'boolean') return String(v);
  return Array.isArray(v) ? '[]' : '{}';
}

/**
 * The model as YAML (1.2, block style), the same data as `model.json`: keys sorted by code
 * unit, `undefined` members dropped, strings plain where every YAML 1.1 and 1.2 reader reads
 * them back as the same string and double-quoted (JSON string syntax) otherwise, lines never
 * folded, no anchors or aliases, so the bytes depend only on the model. Written directly in
 * one pass, linear in the model: a YAML library's document tree costs several times the model.
 */
export function modelYaml(workspace: Workspace): string {
  const out = new Lines();
  block(workspace, '', '', out);
  return out.text() || '\n';
}

/** The text of `modelYaml(workspace)`, given to `sink` in pieces of 4,096 lines. */
export function modelYamlPieces(workspace: Workspace, sink: (text: string) => void): void {
  let any = false;
  const out = new Lines((text) => {
    any = true;
    sink(text);
  });
  block(workspace, '', '', out);
  out.flush();
  if (!any) sink('\n');
}

/** The model as an output file, `model.yaml`, made when read or streamed in pieces. */
export function modelYamlFiles(workspace: Workspace): OutputFile[] {
  return [
    {
      path: 'model.yaml',
      get content() {
        return modelYaml(workspace);
      },
      stream: (sink) => modelYamlPieces(workspace, sink),
    },
  ];
}
