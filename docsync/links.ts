import { posix } from 'node:path';

/**
 * How a family member can share another member's instructions without holding a copy:
 *
 *  - `symlink`: the file is a symbolic link to the other member;
 *  - `import`: the file pulls the other member in with Claude Code's memory import syntax, an
 *    `@AGENTS.md` token outside code (relative to the importing file, `@./AGENTS.md` too),
 *    whatever else it adds of its own;
 *  - `pointer`: a short file (at most POINTER_MAX_LINES non-blank lines besides its header) one of
 *    whose lines sends the reader to the other member — "Read AGENTS.md", "See
 *    [AGENTS.md](AGENTS.md)", "The instructions live in AGENTS.md".
 *
 * A linked member cannot drift from its target: it is reported as linked, never compared, and
 * `--fix` never rewrites it.
 */
export type LinkKind = 'symlink' | 'import' | 'pointer';

/** A member's link to another member. */
export interface MemberLink {
  kind: LinkKind;
  /** Root-relative path of the member it links to, `/`-separated. */
  target: string;
  /** 1-based line of the import or pointer in the file (1 for a symbolic link). */
  line: number;
}

/** Most non-blank lines (its header left out) a pointer file has. */
export const POINTER_MAX_LINES = 20;

/** Words that make a mention of another file an instruction to go and read it. */
const POINTER_PHRASE =
  /\b(?:read|see|follow|refer(?:s|red)?\s+to|consult|defer\s+to|load|open|go\s+to|lives?\s+in|(?:are|is)\s+(?:in|at)|moved\s+to|kept\s+in|defined\s+in|documented\s+in|maintained\s+in|canonical|source\s+of\s+truth|same\s+as)\b/i;

/** The path `ref` names, written in the file at `from`: root-relative, or undefined outside. */
function resolveRef(from: string, ref: string): string | undefined {
  const clean = ref.replace(/[#?].*$/, '');
  if (!clean || /^[a-z][a-z0-9+.-]*:/i.test(clean) || clean.startsWith('~')) return undefined;
  const joined = clean.startsWith('/')
    ? posix.normalize(clean.slice(1))
    : posix.normalize(posix.join(posix.dirname(from), clean));
  return joined.startsWith('..') ? undefined : joined;
}

/**
 * Lines outside fenced code, each with its 1-based number. Inline code spans are blanked
 * (imports inside them are not imports), or with `keepCode` only their backticks are dropped
 * (`AGENTS.md` in backticks still names the file).
 */
function proseLines(text: string, keepCode = false): Array<{ text: string; line: number }> {
  const out: Array<{ text: string; line: number }> = [];
  let fence: string | undefined;
  text.split('\n').forEach((line, i) => {
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (f) {
      const run = f[1] as string;
      if (!fence) fence = run;
      else if (run[0] === fence[0] && run.length >= fence.length && /^ {0,3}[`~]+\s*$/.test(line))
        fence = undefined;
      return;
    }
    if (fence) return;
    out.push({
      text: keepCode ? line.replace(/`+/g, '') : line.replace(/`+[^`]*`+/g, ' '),
      line: i + 1,
    });
  });
  return out;
}

/** Escapes a string for use in a regular expression. */
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The member `text` (of the member at `path`, LF line endings, header included) imports with an
 * `@path` token, if any. `members` are the root-relative paths of the other members.
 */
export function findImport(
  path: string,
  text: string,
  members: readonly string[],
): MemberLink | undefined {
  for (const { text: line, line: n } of proseLines(text)) {
    for (const m of line.matchAll(/(?:^|[\s(])@([^\s)`'"<>]+)/g)) {
      const target = resolveRef(path, (m[1] as string).replace(/[.,;:]+$/, ''));
      if (target !== undefined && target !== path && members.includes(target))
        return { kind: 'import', target, line: n };
    }
  }
  return undefined;
}

/**
 * The member a short file sends its reader to, if it is a pointer: at most POINTER_MAX_LINES
 * non-blank lines in `body`, one of which links to another member (`[x](AGENTS.md)`,
 * `<AGENTS.md>`) or names it (`AGENTS.md`, or its path from this file's folder) together with a
 * word such as read, see, follow or "lives in"; a line holding only the link counts as well.
 * `bodyStartLine` is the 1-based line of `body` in the file.
 */
export function findPointer(
  path: string,
  body: string,
  bodyStartLine: number,
  members: readonly string[],
): MemberLink | undefined {
  const lines = proseLines(body, true).filter((l) => l.text.trim() !== '');
  if (lines.length === 0 || lines.length > POINTER_MAX_LINES) return undefined;
  const others = members.filter((m) => m !== path);
  for (const { text, line } of lines) {
    const at = line + bodyStartLine - 1;
    for (const m of text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)|<([^>\s]+\.md)>/gi)) {
      const target = resolveRef(path, (m[1] ?? m[2]) as string);
      if (target === undefined || !others.includes(target)) continue;
      const rest = text.replace(m[0], '').replace(/^[\s>*_-]*|[\s.!*_]*$/g, '');
      if (POINTER_PHRASE.test(text) || rest === '' || /^\[[^\]]*\]$/.test(rest))
        return { kind: 'pointer', target, line: at };
    }
    if (!POINTER_PHRASE.test(text)) continue;
    for (const target of others) {
      const names = new Set([posix.relative(posix.dirname(path), target), target]);
      for (const name of names) {
        if (new RegExp(`(?:^|[^\\w./-])${escape(name)}(?![\\w/-])`).test(text))
          return { kind: 'pointer', target, line: at };
      }
    }
  }
  return undefined;
}
