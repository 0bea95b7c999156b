import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Diagnostic } from '../model/types.js';
import { driftOf, type Hunk, hunkDistance } from './distance.js';
import { decodeDoc, type NormalizedDoc, normalizeDoc } from './normalize.js';

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
}

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
  /** Drift in percent, rounded to 2 decimals (0 … 100). */
  drift: number;
  /** Character edits (UTF-16 code units) between the two normalised bodies. */
  distance: number;
  sections: DriftSection[];
}

/** Result of checkDocSync. */
export interface DocSyncResult {
  /** Members that were read, in family order; the first is the canonical one. */
  members: DocMember[];
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

/**
 * Reads the members of a family: `files`, or DEFAULT_FAMILY when none are given, with
 * `canonical` (when given) moved or added to the front. Explicitly listed files and the
 * canonical file are fatal when missing (`file-not-found`); default members that do not exist
 * are skipped. Binary or invalid UTF-8 members give a fatal diagnostic and are left out; the
 * others are still returned. Never throws.
 */
export function readFamily(
  root: string,
  files: readonly string[] | undefined,
  canonical?: string,
): { members: DocMember[]; diagnostics: Diagnostic[] } {
  const slash = (f: string): string => f.replace(/\\/g, '/');
  const explicit = Boolean(files?.length);
  const listed = (explicit ? files! : DEFAULT_FAMILY).map(slash);
  const first = canonical === undefined ? undefined : slash(canonical);
  const paths = [...new Set(first === undefined ? listed : [first, ...listed])];
  const members: DocMember[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const path of paths) {
    const full = resolve(root, path);
    if (!existsSync(full)) {
      if (explicit || path === first)
        diagnostics.push({
          rule: 'file-not-found',
          severity: 'error',
          message: `${path} does not exist.`,
          path,
          line: 1,
          column: 1,
          fatal: true,
        });
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(full);
    } catch (e) {
      const why = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
      diagnostics.push({
        rule: 'unreadable-file',
        severity: 'error',
        message: `Cannot read ${path}: ${why}.`,
        path,
        line: 1,
        column: 1,
        fatal: true,
      });
      continue;
    }
    const decoded = decodeDoc(bytes, path);
    if ('diagnostic' in decoded) diagnostics.push(decoded.diagnostic);
    else {
      const raw = bytes[0] === 0xef && bytes[1] === 0xbb ? `\uFEFF${decoded.text}` : decoded.text;
      members.push({ path, raw, ...normalizeDoc(decoded.text) });
    }
  }
  return { members, diagnostics };
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
 * Checks that a family of agent instruction files says the same thing: every pair's drift
 * (hunkDistance over the normalised bodies, see normalizeDoc for what is ignored) in percent,
 * the differing line ranges grouped by the nearest heading, and a `doc-drift` error on `b` for
 * each pair above the threshold. Fewer than two readable members pass with a `doc-family-small`
 * info. Never throws for bad input: unreadable members are fatal diagnostics (unusable).
 */
export function checkDocSync(options: DocSyncOptions): DocSyncResult {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const { members, diagnostics } = readFamily(options.root, options.files, options.canonical);
  const canonical =
    options.canonical ?? members[0]?.path ?? options.files?.[0] ?? DEFAULT_FAMILY[0]!;
  const command = syncCommand(canonical, options.files);
  const pairs: DocPair[] = [];
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      const a = members[i]!;
      const b = members[j]!;
      const { distance, hunks } = hunkDistance(a.body, b.body);
      const drift = Math.round(driftOf(a.body, b.body, distance) * 10000) / 100;
      pairs.push({ a: a.path, b: b.path, drift, distance, sections: sectionsOf(hunks, a, b) });
    }
  }
  if (members.length < 2) {
    diagnostics.push({
      rule: 'doc-family-small',
      severity: 'info',
      message: `Found ${members.length} readable instruction file(s) (${members.map((m) => m.path).join(', ') || 'none'}); at least two are needed to compare.`,
      path: members[0]?.path ?? canonical,
      line: 1,
      column: 1,
    });
  }
  for (const p of pairs) {
    if (p.drift <= threshold) continue;
    const where = p.sections
      .slice(0, 5)
      .map((s) => `${lineRange(s.b)} (${s.heading})`)
      .join(', ');
    const more = p.sections.length > 5 ? ` and ${p.sections.length - 5} more` : '';
    const first = p.sections[0]?.b.start ?? 1;
    diagnostics.push({
      rule: 'doc-drift',
      severity: 'error',
      message: `${p.b} drifts ${p.drift}% from ${p.a} (threshold ${threshold}%); differs at ${where}${more}. Sync with: ${command}`,
      path: p.b,
      line: first,
      column: 1,
    });
  }
  const maxDrift = pairs.reduce((m, p) => Math.max(m, p.drift), 0);
  return {
    members,
    pairs,
    maxDrift,
    threshold,
    passed: pairs.every((p) => p.drift <= threshold),
    unusable: diagnostics.some((d) => d.fatal),
    diagnostics,
    syncCommand: command,
  };
}
