import semver from 'semver';
import { ReleaseError } from './errors.js';
import {
  type Layout,
  renderSection,
  sectionBody,
  type SectionInput,
  versionUrl,
} from './render.js';

/** The result of writing one section into a changelog's text. */
export interface ChangelogUpdate {
  /** The whole new file text. */
  text: string;
  /** False when the text is byte-for-byte what was there (a second run). */
  changed: boolean;
  /** `inserted` a new section, `replaced` the section of the same version, or `unchanged`. */
  action: 'inserted' | 'replaced' | 'unchanged';
  /** Things the caller should tell the user (hand-written entries left in place). */
  notices: string[];
}

/** The opening of a new CHANGELOG.md per layout (own wording; the format sources are linked). */
export function changelogPreamble(layout: Layout): string {
  return layout === 'keep-a-changelog'
    ? '# Changelog\n\nAll notable changes to this project are listed here, newest first. The format follows\n[Keep a Changelog 1.1.0](https://keepachangelog.com/en/1.1.0/), and versions follow\n[Semantic Versioning 2.0.0](https://semver.org/spec/v2.0.0.html).\n'
    : '# Changelog\n\nAll notable changes to this project are listed here, newest first, generated from\n[Conventional Commits](https://www.conventionalcommits.org/en/v1.0.0/) with\n[Semantic Versioning 2.0.0](https://semver.org/spec/v2.0.0.html).\n';
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes a CHANGELOG's bytes for editing, refusing what must not be edited: invalid UTF-8
 * (`changelog-invalid-utf8`, with the line) and unresolved merge conflict markers
 * (`changelog-conflict-markers`: a `<<<<<<<` line with a later `>>>>>>>` line). A BOM is kept as
 * U+FEFF so that writing the text back keeps it.
 */
export function decodeChangelog(bytes: Uint8Array, path: string): string {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const line = lossy.slice(0, lossy.indexOf('\uFFFD')).split('\n').length;
    throw new ReleaseError(
      'changelog-invalid-utf8',
      `${path} is not valid UTF-8 (line ${line}); convert it to UTF-8 first. Nothing was written.`,
      path,
      line,
    );
  }
  const lines = text.split('\n');
  const open = lines.findIndex((l) => /^<{7}(?: |\r?$)/.test(l));
  if (open >= 0 && lines.slice(open + 1).some((l) => /^>{7}(?: |\r?$)/.test(l))) {
    throw new ReleaseError(
      'changelog-conflict-markers',
      `${path} has unresolved merge conflict markers (<<<<<<< on line ${open + 1}): resolve the conflict and commit, then run again. Nothing was written.`,
      path,
      open + 1,
    );
  }
  return text;
}

/**
 * Guesses the layout of an existing changelog: Keep a Changelog when it links
 * keepachangelog.com or has `## [Unreleased]` / `## [1.2.3] - YYYY-MM-DD` headings,
 * conventional for `## [1.2.3](…) (date)` / `## 1.2.3 (date)` headings; undefined otherwise.
 */
export function detectLayout(text: string): Layout | undefined {
  if (
    /keepachangelog\.com/i.test(text) ||
    /^#{2} \[(?:unreleased|\d+\.\d+\.\d+[^\]]*)\](?: - \d{4}-\d{2}-\d{2})?\s*$/im.test(text)
  )
    return 'keep-a-changelog';
  if (
    /^#{2,3} (?:\[\d+\.\d+\.\d+[^\]]*\]\([^)]*\)|\d+\.\d+\.\d+\S*) \(\d{4}-\d{2}-\d{2}\)/m.test(
      text,
    )
  )
    return 'conventional';
  return undefined;
}

interface Line {
  start: number;
  /** Offset just past the line break (or the end of the text). */
  next: number;
  /** The line without its line break. */
  text: string;
}

interface Heading {
  line: number;
  level: number;
  kind: 'version' | 'unreleased' | 'other';
  version?: string;
}

const VERSION_TEXT =
  /^\[?v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)\]?(?=$|[\s(\]])/;
const UNRELEASED_TEXT = /^\[?unreleased\]?(?=$|[\s(\]])/i;
const DEFINITION = /^ {0,3}\[([^\]]+)\]:\s*\S/;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const next = nl < 0 ? text.length : nl + 1;
    lines.push({ start, next, text: text.slice(start, end).replace(/\r$/, '') });
    start = next;
  }
  return lines;
}

/** ATX headings outside fenced code blocks (CommonMark 0.31: up to 3 spaces, 1–6 `#`). */
function headingsOf(lines: readonly Line[]): Heading[] {
  const headings: Heading[] = [];
  let fence: { char: string; length: number } | undefined;
  lines.forEach((line, i) => {
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line.text);
    if (f) {
      const run = f[1]!;
      if (!fence) fence = { char: run[0]!, length: run.length };
      else if (
        run[0] === fence.char &&
        run.length >= fence.length &&
        !/[^`~\s]/.test(line.text.trim().slice(run.length))
      )
        fence = undefined;
      return;
    }
    if (fence) return;
    const h = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/.exec(line.text);
    if (!h) return;
    const level = h[1]!.length;
    const content = (h[2] ?? '').replace(/[ \t]+#+$/, '');
    const v = level <= 3 ? VERSION_TEXT.exec(content) : null;
    if (v) headings.push({ line: i, level, kind: 'version', version: v[1]! });
    else if (level <= 3 && UNRELEASED_TEXT.test(content))
      headings.push({ line: i, level, kind: 'unreleased' });
    else headings.push({ line: i, level, kind: 'other' });
  });
  return headings;
}

/** Index of the first line of the link reference definitions that end the file (or length). */
function definitionsStart(lines: readonly Line[]): number {
  let start = lines.length;
  for (let i = lines.length - 1; i >= 0; i--) {
    const t = lines[i]!.text;
    if (!t.trim()) continue;
    if (DEFINITION.test(t)) start = i;
    else break;
  }
  return start;
}

interface Edit {
  /** Line index the edit starts at (lines.length: the end of the text). */
  from: number;
  /** Line index it ends before (from === to: an insertion). */
  to: number;
  /** Lines to put there, without their final line break (an entry may hold several lines). */
  lines: string[];
  /** Insertions only: `block` gets blank lines around it, `tight` sits among neighbours. */
  spacing: 'block' | 'tight' | 'exact';
}

/**
 * Writes one section into a changelog's text and returns the new text. Only the span of that
 * section changes — every other byte (hand-written sections, the preamble, the line endings,
 * a BOM) stays — plus, for Keep a Changelog, the `## [Unreleased]` heading when it is missing
 * and the reference link definitions at the bottom (`[unreleased]: …compare/v1.2.0...HEAD`,
 * `[1.2.0]: …compare/v1.1.0...v1.2.0`, or `…/releases/tag/v1.0.0` for a first release).
 *
 * - The section of the same version (or Unreleased, when `input.version` is undefined) is
 *   replaced; otherwise the new section goes above the first older version (newest first).
 * - An Unreleased section that lists exactly the changes being released is emptied; one with
 *   other (hand-written) entries is kept and reported in `notices`.
 * - Running again with the same input returns the same text (`changed: false`).
 *
 * `existing` undefined (no file yet) starts from {@link changelogPreamble}. New lines use the
 * file's line ending (CRLF when its first line break is CRLF).
 */
export function updateChangelog(
  existing: string | undefined,
  input: SectionInput,
  layout: Layout,
): ChangelogUpdate {
  const original = existing ?? changelogPreamble(layout);
  const eol = /\r\n/.test(original.slice(0, original.indexOf('\n') + 1)) ? '\r\n' : '\n';
  const lines = splitLines(original);
  const headings = headingsOf(lines);
  const defsAt = definitionsStart(lines);
  // One entry holding the whole section: thousands of lines need no array of their own.
  const rendered = renderSection(input, layout);
  const section = [rendered.endsWith('\n') ? rendered.slice(0, -1) : rendered];
  const notices: string[] = [];
  const edits: Edit[] = [];
  const kac = layout === 'keep-a-changelog';

  const sectionEnd = (h: Heading): number => {
    for (const other of headings) {
      if (other.line <= h.line) continue;
      if (other.level <= h.level || other.kind !== 'other') return Math.min(other.line, defsAt);
    }
    return Math.max(h.line + 1, defsAt);
  };

  const target = headings.find((h) =>
    input.version ? h.kind === 'version' && h.version === input.version : h.kind === 'unreleased',
  );
  const unreleased = headings.find((h) => h.kind === 'unreleased');
  const firstVersion = headings.find((h) => h.kind === 'version');
  let action: ChangelogUpdate['action'];

  let sectionEdit: Edit;
  if (target) {
    const end = sectionEnd(target);
    // Keep one blank line before whatever follows; the span's own trailing blanks are ours.
    const body = end < lines.length ? [...section, ''] : section;
    sectionEdit = { from: target.line, to: end, lines: body, spacing: 'exact' };
    action = 'replaced';
  } else {
    const older = input.version
      ? headings.find(
          (h) =>
            h.kind === 'version' &&
            h.line >= (unreleased?.line ?? -1) &&
            semver.valid(h.version!) &&
            semver.lt(h.version!, input.version!),
        )
      : firstVersion;
    const at = older?.line ?? defsAt;
    sectionEdit = { from: at, to: at, lines: section, spacing: 'block' };
    action = 'inserted';
  }

  // Keep a Changelog 1.1.0 keeps an Unreleased section at the top; a release empties it only
  // when it holds exactly what is being released (never hand-written entries).
  if (kac && input.version) {
    if (!unreleased) {
      const at = firstVersion?.line ?? sectionEdit.from;
      edits.push({ from: at, to: at, lines: ['## [Unreleased]'], spacing: 'block' });
    } else {
      const end = sectionEnd(unreleased);
      const body = lines
        .slice(unreleased.line + 1, end)
        .map((l) => l.text)
        .join('\n')
        .trim();
      if (body && body === sectionBody(input, layout).trim()) {
        edits.push({ from: unreleased.line + 1, to: end, lines: [''], spacing: 'exact' });
      } else if (body) {
        notices.push(
          `The Unreleased section has entries of its own; they were kept. Move those that shipped in ${input.version} into its section by hand.`,
        );
      }
    }
  }
  edits.push(sectionEdit);

  if (kac && input.links) edits.push(...definitionEdits(lines, defsAt, input));

  const text = applyEdits(original, lines, edits, eol);
  const changed = existing === undefined || text !== original;
  return { text, changed, action: changed ? action : 'unchanged', notices };
}

/** Keep a Changelog reference definitions to add or update at the bottom of the file. */
function definitionEdits(lines: readonly Line[], defsAt: number, input: SectionInput): Edit[] {
  const links = input.links!;
  const wanted: Array<{ label: string; url: string }> = [];
  if (input.version) {
    wanted.push({ label: 'unreleased', url: links.compare(input.tag, 'HEAD') });
    wanted.push({ label: input.version, url: versionUrl(input)! });
  } else if (input.previousTag) {
    wanted.push({ label: 'unreleased', url: links.compare(input.previousTag, 'HEAD') });
  }
  const existing = new Map<string, number>();
  for (let i = defsAt; i < lines.length; i++) {
    const m = DEFINITION.exec(lines[i]!.text);
    if (m) existing.set(m[1]!.toLowerCase(), i);
  }
  const edits: Edit[] = [];
  const hasBlock = existing.size > 0;
  // No definitions yet: the new ones form one block at the end of the file.
  const fresh: string[] = [];
  for (const { label, url } of wanted) {
    const at = existing.get(label.toLowerCase());
    if (at !== undefined) {
      // Keep the label as written ([Unreleased] or [unreleased]); only the target changes.
      const written = DEFINITION.exec(lines[at]!.text)![1]!;
      edits.push({ from: at, to: at + 1, lines: [`[${written}]: ${url}`], spacing: 'exact' });
      continue;
    }
    if (!hasBlock) {
      fresh.push(`[${label}]: ${url}`);
      continue;
    }
    let before = lines.length;
    if (label === 'unreleased') before = defsAt;
    else {
      for (const [other, i] of existing) {
        if (semver.valid(other) && semver.lt(other, label) && i < before) before = i;
      }
      if (before === lines.length) {
        // After the last definition, not after trailing blank lines.
        before = Math.max(...existing.values()) + 1;
      }
    }
    edits.push({ from: before, to: before, lines: [`[${label}]: ${url}`], spacing: 'tight' });
  }
  if (fresh.length)
    edits.push({ from: lines.length, to: lines.length, lines: fresh, spacing: 'block' });
  return edits;
}

/**
 * Applies line edits to the original text, from the bottom up so that offsets stay valid.
 * Insertions at the same line are joined in the order given; `block` insertions get a blank
 * line before (unless the previous line is blank) and after (unless at the end of the text).
 */
function applyEdits(original: string, lines: readonly Line[], edits: Edit[], eol: string): string {
  const offset = (i: number): number => (i < lines.length ? lines[i]!.start : original.length);
  const groups = new Map<string, Edit[]>();
  for (const e of edits) {
    const key = `${e.from}:${e.to}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const ordered = [...groups.values()].sort(
    (a, b) => b[0]!.from - a[0]!.from || b[0]!.to - a[0]!.to,
  );
  let text = original;
  for (const group of ordered) {
    const { from, to } = group[0]!;
    let insert = '';
    group.forEach((e, k) => {
      if (k > 0 && (e.spacing === 'block' || group[k - 1]!.spacing === 'block')) insert += eol;
      for (const l of e.lines) insert += (eol === '\n' ? l : l.replace(/\n/g, eol)) + eol;
    });
    const first = group[0]!;
    const last = group[group.length - 1]!;
    if (from === to) {
      if (first.spacing === 'block' && from > 0) {
        const endsWithBreak = from < lines.length || /\n$/.test(original);
        if (!endsWithBreak) insert = eol + eol + insert;
        else if (lines[from - 1]!.text.trim()) insert = eol + insert;
      } else if (from === lines.length && from > 0 && !/\n$/.test(original)) {
        insert = eol + insert;
      }
      if (last.spacing === 'block' && from < lines.length) insert += eol;
    } else if (to === lines.length && !/\n$/.test(original) && last.spacing === 'exact') {
      // Replacing through the end of a text without a final line break keeps it without one.
      insert = insert.slice(0, -eol.length);
    }
    text = text.slice(0, offset(from)) + insert + text.slice(offset(to));
  }
  return text;
}
