/**
 * Finds where text stops being JSON (RFC 8259), so that a syntax error can be reported with the
 * same line and column on every Node version (JSON.parse's messages differ between versions and
 * often name no position). Iterative, so deep nesting cannot overflow the stack.
 */

// eslint-disable-next-line no-control-regex -- JSON forbids raw control characters in strings.
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;

/** Offset of the first character that breaks the JSON grammar (text.length: it ends early); -1 when valid. */
export function jsonErrorOffset(text: string): number {
  const n = text.length;
  const stack: Array<'{' | '['> = [];
  let i = 0;
  let state: 'value' | 'first-value' | 'key' | 'first-key' | 'after' = 'value';
  const skip = (): void => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r'))
      i++;
  };
  const match = (re: RegExp): boolean => {
    re.lastIndex = i;
    if (!re.test(text)) return false;
    i = re.lastIndex;
    return true;
  };
  for (;;) {
    skip();
    if (state === 'value' || state === 'first-value') {
      if (state === 'first-value' && text[i] === ']') {
        stack.pop();
        i++;
        state = 'after';
      } else if (text[i] === '{' || text[i] === '[') {
        stack.push(text[i] as '{' | '[');
        state = text[i] === '{' ? 'first-key' : 'first-value';
        i++;
      } else if (match(STRING) || match(NUMBER) || match(LITERAL)) {
        state = 'after';
      } else {
        return i;
      }
      continue;
    }
    if (state === 'key' || state === 'first-key') {
      if (state === 'first-key' && text[i] === '}') {
        stack.pop();
        i++;
        state = 'after';
        continue;
      }
      if (!match(STRING)) return i;
      skip();
      if (text[i] !== ':') return i;
      i++;
      state = 'value';
      continue;
    }
    const top = stack[stack.length - 1];
    if (!top) return i < n ? i : -1;
    if (text[i] === ',') {
      i++;
      state = top === '{' ? 'key' : 'value';
    } else if (text[i] === (top === '{' ? '}' : ']')) {
      stack.pop();
      i++;
    } else {
      return i;
    }
  }
}

/** `unexpected "}" at line 4, column 1` or `the file ends early (line 9)`; undefined when valid. */
export function jsonSyntaxError(text: string): { message: string; line: number } | undefined {
  const offset = jsonErrorOffset(text);
  if (offset === -1) return undefined;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  if (offset >= text.length) {
    const last = text.replace(/\s+$/, '').split('\n').length;
    return {
      message: `the file ends before the JSON value is complete (line ${last})`,
      line: last,
    };
  }
  const column = offset - before.lastIndexOf('\n');
  const ch = String.fromCodePoint(text.codePointAt(offset) as number);
  return { message: `unexpected ${JSON.stringify(ch)} at line ${line}, column ${column}`, line };
}
