import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../model/types.js';
import { driftOf, type Hunk, hunkDistance } from './distance.js';
import { findImport, findPointer, type MemberLink } from './links.js';
import { decodeDoc, type NormalizedDoc, normalizeDoc } from './normalize.js';
import { sectionDrift, type SectionDrift } from './sections.js';

/** The agent instruction files compared by default, in order; the first present is canonical. */
export const DEFAULT_FAMILY: readonly string[] = [
  'AGENTS.md',
  'CLAUDE.md',
  'GEMINI.md',
  'CODEX.md',
  '.github/copilot-instructions.md',
];

/** Default failing threshold, in percent of drift. */
export const DEFAULT_THRESHOLD = 10;

/** A family member that could be read and normalised. */
export interface DocMember extends NormalizedDoc {
  /** Path relative to the root, as given or as in DEFAULT_FAMILY, with `/` separators. */
  path: string;
  /** The file's text as read (a BOM kept as U+FEFF), to tell whether a rewrite changes it. */
  raw: string;
  /**
   * Set when the member shares another member's instructions instead of holding a copy (a
   * symbolic link to it, an `@AGENTS.md` import, a pointer file): it is never compared, and
   * `--fix` never rewrites it.
   */
  link?: MemberLink;
  /** Root-relative real path when the member is a symbolic link to a file that is not a member. */
  symlinkTo?: string;
}

/** How pairs are judged. */
export type DocSyncMode = 'drift' | 'exact' | 'section';

/** A changed region of one pair, placed in `b` under its nearest preceding heading. */
export interface DriftSection {
  /** Nearest Markdown heading above the change in `b` (e.g. `## Testing`), or '(top)'. */
  heading: string;
  /** 1-based lines in the original files (header included); end < start means none. */
  a: { start: number; end: number };
  b: { start: number; end: number };
  /** The differing lines of `a` and of `b` (normalised: no trailing spaces), for a line diff. */
  removed: string[];
  added: string[];
  distance: number;
}

/** Drift of one pair of members. */
export interface DocPair {
  a: string;
  b: string;
  /** Drift in percent, rounded to 2 decimals (0 … 100); at least 0.01 when the bodies differ. */
  drift: number;
  /** Character edits (UTF-16 code units) between the two normalised bodies. */
  distance: number;
  /** True when the normalised bodies are identical. */
  identical: boolean;
  /** Whether the pair passes in the run's mode. */
  passed: boolean;
  /** The changed regions, line by line, under their nearest heading. */
  sections: DriftSection[];
  /** Drift per section of the bodies (see sectionDrift), for the per-section report and mode. */
  bySection: SectionDrift[];
}

/** Result of checkDocSync. */
export interface DocSyncResult {
  /** Members that were read, in family order (the canonical one first). */
  members: DocMember[];
  /** The canonical member: the one pairs start from (never a linked member). */
  canonical?: string;
  mode: DocSyncMode;
  pairs: DocPair[];
  /** Largest pair drift in percent (0 with fewer than two members). */
  maxDrift: number;
  threshold: number;
  /** No pair above the threshold (input problems are reported by `unusable`). */
  passed: boolean;
  /** Some member could not be read (binary, invalid UTF-8, explicitly named but missing). */
  unusable: boolean;
  diagnostics: Diagnostic[];
  /** The command that rewrites the others from the canonical member. */
  syncCommand: string;
}

/** Options of checkDocSync. */
export interface DocSyncOptions {
  /** Folder the files are relative to. */
  root: string;
  /** Files to compare; empty or absent uses DEFAULT_FAMILY, skipping the missing ones. */
  files?: string[];
  /** Failing threshold in percent (default 10): a pair fails when its drift is above it. */
  threshold?: number;
  /**
   * drift (default): a pair fails when its whole-file drift is above the threshold; exact: when
   * the normalised bodies differ at all; section: when a section is missing on one side or its
   * own drift is above the threshold.
   */
  mode?: DocSyncMode;
  /**
   * The canonical file: read first (and required to exist) even when not listed, so every pair
   * report and the suggested sync command start from it. Default: the first member read.
   */
  canonical?: string;
}

/** The shell command that syncs the family from `canonical`. */
export function syncCommand(canonical: string, files: readonly string[] | undefined): string {
  const quote = (s: string): string =>
    /^[\w./@-]+$/.test(s) ? s : `'${s.replace(/'/g, "'\\''")}'`;
  const rest = files?.length ? ` ${files.map(quote).join(' ')}` : '';
  return `npx boardwright doc-sync --fix --from ${quote(canonical)}${rest}`;
}

/** A fatal diagnostic on line 1 of `path`. */
function fatal(rule: string, path: string, message: string): Diagnostic {
  return { rule, severity: 'error', message, path, line: 1, column: 1, fatal: true };
}

/** `abs` relative to `realRoot`, `/`-separated; undefined when it lies outside. */
function inside(realRoot: string, abs: string): string | undefined {
  const rel = relative(realRoot, abs);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || resolve(realRoot, rel) !== abs)
    return undefined;
  return rel.split(sep).join('/');
}

/**
 * Reads the members of a family: `files`, or DEFAULT_FAMILY when none are given, with
 * `canonical` (when given) moved or added to the front. Explicitly listed files and the
 * canonical file are fatal when missing (`file-not-found`); default members that do not exist
 * are skipped. Binary or invalid UTF-8 members give a fatal diagnostic and are left out; the
 * others are still returned.
 *
 * Links: a symbolic link is never read through when it leaves the root (`doc-link-outside`,
 * fatal) or dangles (`doc-link-broken`, fatal); a link to another member makes the member
 * linked (`symlink`), a link to any other file inside the root is read as that file's text. A
 * member that imports another (`@AGENTS.md`) or is a short pointer to it is linked too (see
 * links.ts). Links that go round in a circle are dropped (`doc-link-cycle`, warning) and those
 * members compared as text. Never throws.
 */
export function readFamily(
  root: string,
  files: readonly string[] | undefined,
  canonical?: string,
): { members: DocMember[]; diagnostics: Diagnostic[] } {
  const slash = (f: string): string => f.replace(/\\/g, '/').replace(/^\.\//, '');
  const explicit = Boolean(files?.length);
  const listed = (explicit ? files! : DEFAULT_FAMILY).map(slash);
  const first = canonical === undefined ? undefined : slash(canonical);
  const paths = [...new Set(first === undefined ? listed : [first, ...listed])];
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    realRoot = resolve(root);
  }
  const members: DocMember[] = [];
  const diagnostics: Diagnostic[] = [];
  // Real paths of the members, to tell a link to a member from a link to another file.
  const realOf = new Map<string, string>();
  const symlinks = new Map<string, string>();
  for (const path of paths) {
    const full = resolve(root, path);
    let isLink: boolean;
    try {
      isLink = lstatSync(full).isSymbolicLink();
    } catch {
      if (explicit || path === first)
        diagnostics.push(fatal('file-not-found', path, `${path} does not exist.`));
      continue;
    }
    let real: string;
    try {
      real = realpathSync(full);
    } catch {
      diagnostics.push(
        fatal('doc-link-broken', path, `${path} is a symbolic link to a file that does not exist.`),
      );
      continue;
    }
    const rel = inside(realRoot, real);
    if (rel === undefined) {
      diagnostics.push(
        fatal(
          'doc-link-outside',
          path,
          `${path} is a symbolic link that leads outside the repository; it is not read.`,
        ),
      );
      continue;
    }
    realOf.set(path, real);
    if (isLink) symlinks.set(path, rel);
  }
  const present = [...realOf.keys()];
  for (const path of present) {
    const real = realOf.get(path) as string;
    const linkTo = symlinks.get(path);
    if (linkTo !== undefined) {
      const target = present.find((p) => p !== path && realOf.get(p) === real);
      if (target !== undefined && !symlinks.has(target)) {
        members.push({
          path,
          raw: '',
          header: '',
          body: '',
          bodyStartLine: 1,
          link: { kind: 'symlink', target, line: 1 },
        });
        continue;
      }
    }
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(real);
    } catch (e) {
      const why = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
      diagnostics.push(fatal('unreadable-file', path, `Cannot read ${path}: ${why}.`));
      continue;
    }
    const decoded = decodeDoc(bytes, path);
    if ('diagnostic' in decoded) {
      diagnostics.push(decoded.diagnostic);
      continue;
    }
    const raw = bytes[0] === 0xef && bytes[1] === 0xbb ? `\uFEFF${decoded.text}` : decoded.text;
    const member: DocMember = { path, raw, ...normalizeDoc(decoded.text) };
    if (linkTo !== undefined) member.symlinkTo = linkTo;
    members.push(member);
  }
  // Imports and pointers, between members read as text.
  const names = members.map((m) => m.path);
  for (const m of members) {
    if (m.link || m.symlinkTo !== undefined) continue;
    const text = m.raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    const link =
      findImport(m.path, text, names) ?? findPointer(m.path, m.body, m.bodyStartLine, names);
    if (link) m.link = link;
  }
  breakCycles(members, diagnostics);
  // Members stay in family order, the canonical one first.
  const order = new Map(paths.map((p, i) => [p, i]));
  members.sort((a, b) => (order.get(a.path) ?? 0) - (order.get(b.path) ?? 0));
  return { members, diagnostics };
}

/** Drops links that lead back to their own member, with a warning on each. */
function breakCycles(members: DocMember[], diagnostics: Diagnostic[]): void {
  const byPath = new Map(members.map((m) => [m.path, m]));
  const cyclic = members.filter((m) => {
    const seen = new Set<string>();
    let cur: DocMember | undefined = m;
    while (cur?.link) {
      if (seen.has(cur.path)) return true;
      seen.add(cur.path);
      cur = byPath.get(cur.link.target);
    }
    return false;
  });
  for (const m of cyclic) {
    diagnostics.push({
      rule: 'doc-link-cycle',
      severity: 'warning',
      message: `${m.path} links to ${m.link?.target}, which leads back to it; it is compared as text.`,
      path: m.path,
      line: m.link?.line ?? 1,
      column: 1,
    });
  }
  for (const m of cyclic) delete m.link;
}

/** The member a linked member finally leads to (itself when it is not linked). */
export function linkEnd(members: readonly DocMember[], path: string): string {
  const byPath = new Map(members.map((m) => [m.path, m]));
  let cur = byPath.get(path);
  const seen = new Set<string>();
  while (cur?.link && !seen.has(cur.path)) {
    seen.add(cur.path);
    cur = byPath.get(cur.link.target);
  }
  return cur?.path ?? path;
}

/** What a link is called in messages. */
export function linkPhrase(m: DocMember): string {
  if (!m.link) return '';
  const how = { symlink: 'is a symbolic link to', import: 'imports', pointer: 'points to' };
  return `${m.path} ${how[m.link.kind]} ${m.link.target}`;
}

/** Headings (ATX, outside fenced code) by 0-based body line, for placing changes. */
function headingsOf(body: string): Array<string | undefined> {
  let fence: string | undefined;
  return body.split('\n').map((line) => {
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (f) {
      if (!fence) fence = f[1]![0]!.repeat(f[1]!.length);
      else if (f[1]!.startsWith(fence)) fence = undefined;
      return undefined;
    }
    return !fence && /^ {0,3}#{1,6}(\s|$)/.test(line) ? line.trim() : undefined;
  });
}

function sectionsOf(hunks: Hunk[], a: DocMember, b: DocMember): DriftSection[] {
  const headings = headingsOf(b.body);
  const shift = (r: { start: number; end: number }, m: DocMember) => ({
    start: r.start + m.bodyStartLine - 1,
    end: r.end + m.bodyStartLine - 1,
  });
  return hunks.map((h) => {
    let heading = '(top)';
    // The heading above the change; a hunk that only removes lines sits before b.start.
    const last = h.b.end >= h.b.start ? h.b.end - 1 : h.b.start - 2;
    for (let i = Math.min(last, headings.length - 1); i >= 0; i--) {
      if (headings[i]) {
        heading = headings[i]!;
        break;
      }
    }
    return {
      heading,
      a: shift(h.a, a),
      b: shift(h.b, b),
      removed: h.removed,
      added: h.added,
      distance: h.distance,
    };
  });
}

/** `lines 5–9`, `line 5`, or `before line 5` for a range with no lines. */
export function lineRange(r: { start: number; end: number }): string {
  if (r.end < r.start) return `before line ${r.start}`;
  return r.end === r.start ? `line ${r.start}` : `lines ${r.start}–${r.end}`;
}

/**
 * Checks that a family of agent instruction files says the same thing. Linked members (a
 * symbolic link to another member, an `@AGENTS.md` import, a pointer file) cannot drift and are
 * reported as linked (info), never compared. Every pair of the other members gets its drift
 * (hunkDistance over the normalised bodies, see normalizeDoc for what is ignored) in percent,
 * the differing line ranges under the nearest heading, and the drift of each section; a pair
 * fails by the mode — drift above the threshold (drift), any difference (exact), or a section
 * missing on one side or drifting above the threshold (section) — with a `doc-drift` error on
 * `b`. Fewer than two members to compare pass with a `doc-family-small` info. Never throws for
 * bad input: unreadable members and links leaving the root are fatal diagnostics (unusable).
 */
export function checkDocSync(options: DocSyncOptions): DocSyncResult {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const mode = options.mode ?? 'drift';
  const { members, diagnostics } = readFamily(options.root, options.files, options.canonical);
  const content = members.filter((m) => !m.link);
  const asked = options.canonical?.replace(/\\/g, '/');
  const canonical =
    asked !== undefined && members.some((m) => m.path === asked)
      ? linkEnd(members, asked)
      : content[0]?.path;
  // The canonical member first, then the others in family order.
  const ordered = [
    ...content.filter((m) => m.path === canonical),
    ...content.filter((m) => m.path !== canonical),
  ];
  const command = syncCommand(canonical ?? options.files?.[0] ?? DEFAULT_FAMILY[0]!, options.files);
  for (const m of members) {
    if (!m.link) continue;
    diagnostics.push({
      rule: 'doc-linked',
      severity: 'info',
      message: `${linkPhrase(m)}${m.link.kind === 'symlink' ? '' : ` (line ${m.link.line})`}: linked, not compared.`,
      path: m.path,
      line: m.link.line,
      column: 1,
    });
  }
  const pairs: DocPair[] = [];
  for (let i = 0; i < ordered.length; i++) {
    for (let j = i + 1; j < ordered.length; j++) {
      pairs.push(comparePair(ordered[i]!, ordered[j]!, mode, threshold));
    }
  }
  if (ordered.length < 2) {
    const linked = members.filter((m) => m.link).length;
    diagnostics.push({
      rule: 'doc-family-small',
      severity: 'info',
      message: `Found ${ordered.length} instruction file(s) to compare (${ordered.map((m) => m.path).join(', ') || 'none'})${linked ? ` and ${linked} linked one(s)` : ''}; at least two are needed to compare.`,
      path: ordered[0]?.path ?? canonical ?? DEFAULT_FAMILY[0]!,
      line: 1,
      column: 1,
    });
  }
  for (const p of pairs) {
    if (p.passed) continue;
    diagnostics.push(driftDiagnostic(p, mode, threshold, command));
  }
  const maxDrift = pairs.reduce((m, p) => Math.max(m, p.drift), 0);
  const result: DocSyncResult = {
    members,
    mode,
    pairs,
    maxDrift,
    threshold,
    passed: pairs.every((p) => p.passed),
    unusable: diagnostics.some((d) => d.fatal),
    diagnostics,
    syncCommand: command,
  };
  if (canonical !== undefined) result.canonical = canonical;
  return result;
}

/** Compares two members in a mode. */
function comparePair(a: DocMember, b: DocMember, mode: DocSyncMode, threshold: number): DocPair {
  const identical = a.body === b.body;
  const { distance, hunks } = identical
    ? { distance: 0, hunks: [] as Hunk[] }
    : hunkDistance(a.body, b.body);
  const ratio = driftOf(a.body, b.body, distance);
  // A difference never shows as 0%: 0.01 is the smallest drift reported for bodies that differ.
  const drift = identical ? 0 : Math.max(0.01, Math.round(ratio * 10000) / 100);
  const bySection = identical
    ? sectionDrift(a.body, a.body, a.bodyStartLine, b.bodyStartLine)
    : sectionDrift(a.body, b.body, a.bodyStartLine, b.bodyStartLine);
  const passed =
    mode === 'exact'
      ? identical
      : mode === 'section'
        ? bySection.every(
            (s) => s.status === 'same' || (s.status === 'changed' && s.drift <= threshold),
          )
        : drift <= threshold;
  return {
    a: a.path,
    b: b.path,
    drift,
    distance,
    identical,
    passed,
    sections: sectionsOf(hunks, a, b),
    bySection,
  };
}

/** The `doc-drift` error of a failing pair, on the first line that differs in `b`. */
function driftDiagnostic(
  p: DocPair,
  mode: DocSyncMode,
  threshold: number,
  command: string,
): Diagnostic {
  const failing = p.bySection.filter(
    (s) =>
      s.status === 'missing' ||
      s.status === 'added' ||
      (s.status === 'changed' && (mode !== 'section' || s.drift > threshold)),
  );
  const describe = (s: SectionDrift) =>
    s.status === 'missing'
      ? `${s.heading} missing`
      : s.status === 'added'
        ? `${s.heading} only here (line ${s.bLine})`
        : `${s.heading} ${s.drift}% (line ${s.bLine})`;
  const hunks = p.sections.slice(0, 5).map((s) => `${lineRange(s.b)} (${s.heading})`);
  const list = mode === 'section' ? failing.map(describe) : hunks;
  const total = mode === 'section' ? failing.length : p.sections.length;
  const where = list.slice(0, 5).join(', ');
  const more = total > 5 ? ` and ${total - 5} more` : '';
  const why =
    mode === 'exact'
      ? `differs from ${p.a} (exact mode, drift ${p.drift}%)`
      : mode === 'section'
        ? `differs from ${p.a} by section (threshold ${threshold}% per section)`
        : `drifts ${p.drift}% from ${p.a} (threshold ${threshold}%)`;
  const line =
    mode === 'section'
      ? (failing.find((s) => s.bLine > 0)?.bLine ?? 1)
      : (p.sections[0]?.b.start ?? 1);
  return {
    rule: 'doc-drift',
    severity: 'error',
    message: `${p.b} ${why}; differs ${mode === 'section' ? 'in' : 'at'} ${where || 'its text'}${more}. Sync with: ${command}`,
    path: p.b,
    line,
    column: 1,
  };
}
