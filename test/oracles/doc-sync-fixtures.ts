/**
 * Agent instruction families for the differential doc-sync test (test/oracles/doc-sync.test.ts).
 *
 * rulesync (`rulesync generate --check`) needs Node 22 or later, so it cannot run beside
 * boardwright on Node 20; each rulesync fixture states the verdict its documentation and source
 * give: a root rule's body is written as-is to every tool's root file (AGENTS.md, CLAUDE.md,
 * GEMINI.md, .github/copilot-instructions.md), and `--check` fails when a file's content differs
 * from what would be written, a missing final newline aside (docs/guide/dry-run.md;
 * src/utils/content-equivalence.ts). ruler (`@intellectronica/ruler`) runs: its fixtures are
 * generated with `ruler apply`, edited, and judged by whether a second `ruler apply` would change
 * any file — the check its users run in CI.
 *
 * boardwright's verdict is `doc-sync --exact` over the same family, the generator's source file
 * included as the canonical member.
 */

/** A family judged by rulesync's documented behaviour. */
export interface RulesyncFixture {
  name: string;
  about: string;
  files: Record<string, string>;
  symlinks?: Record<string, string>;
  /** The family boardwright checks (the canonical source first). */
  family: string[];
  /** rulesync generate --check's verdict: true = up to date. */
  rulesync: boolean;
}

/** A ruler project: its source rules, then edits made after `ruler apply`. */
export interface RulerFixture {
  name: string;
  about: string;
  /** .ruler/AGENTS.md */
  source: string;
  /** Files written (or replaced) after the first `ruler apply`. */
  edits: Record<string, string>;
  /** Whether a second `ruler apply` leaves every file as it is. */
  ruler: boolean;
}

const FRONT =
  '---\nroot: true\ntargets: ["*"]\ndescription: "Project overview"\nglobs: ["**/*"]\n---\n';

/** A root rule body of `n` sections. */
function body(n = 20, edit?: (lines: string[]) => string[]): string {
  const lines = ['# Project rules', ''];
  for (let s = 1; s <= n; s++) {
    lines.push(`## Area ${s}`, '');
    for (let r = 1; r <= 9; r++)
      lines.push(
        `- Rule ${s}.${r}: run the ${['unit', 'lint', 'type'][r % 3]} checks for area ${s}.`,
      );
    lines.push('');
  }
  const out = edit ? edit(lines) : lines;
  return `${out.join('\n').trimEnd()}\n`;
}

const OUTPUTS = ['AGENTS.md', 'CLAUDE.md', 'GEMINI.md', '.github/copilot-instructions.md'];
const SOURCE = '.rulesync/rules/overview.md';

/** A rulesync project whose outputs are the body, with some replaced. */
function rulesync(replace: Record<string, string | null> = {}): Record<string, string> {
  const files: Record<string, string> = { [SOURCE]: `${FRONT}\n${body()}` };
  for (const out of OUTPUTS) {
    const text = out in replace ? replace[out] : body();
    if (text !== null && text !== undefined) files[out] = text;
  }
  return files;
}

const FAMILY = [SOURCE, ...OUTPUTS];

export const RULESYNC_FIXTURES: RulesyncFixture[] = [
  {
    name: 'rulesync-in-step',
    about: 'Every output is the rule body: up to date.',
    files: rulesync(),
    family: FAMILY,
    rulesync: true,
  },
  {
    name: 'rulesync-one-line',
    about:
      'One rule of 180 reworded in CLAUDE.md: --check fails; a whole-file percentage would not.',
    files: rulesync({
      'CLAUDE.md': body(20, (l) =>
        l.map((x) => x.replace('Rule 7.4: run the lint', 'Rule 7.4: skip the lint')),
      ),
    }),
    family: FAMILY,
    rulesync: false,
  },
  {
    name: 'rulesync-no-final-newline',
    about:
      'GEMINI.md lacks its final newline: rulesync adds one before comparing, so it is up to date.',
    files: rulesync({ 'GEMINI.md': body().replace(/\n$/, '') }),
    family: FAMILY,
    rulesync: true,
  },
  {
    name: 'rulesync-swapped-sections',
    about: 'Two sections swapped in GEMINI.md: the text differs, --check fails.',
    files: rulesync({
      'GEMINI.md': body(20, (l) => {
        const a = l.indexOf('## Area 3');
        const b = l.indexOf('## Area 4');
        const c = l.indexOf('## Area 5');
        return [...l.slice(0, a), ...l.slice(b, c), ...l.slice(a, b), ...l.slice(c)];
      }),
    }),
    family: FAMILY,
    rulesync: false,
  },
  {
    name: 'rulesync-missing-output',
    about:
      'GEMINI.md does not exist: rulesync would write it, so --check fails; boardwright reports the named file missing.',
    files: rulesync({ 'GEMINI.md': null }),
    family: FAMILY,
    rulesync: false,
  },
  {
    name: 'rulesync-symlink',
    about:
      'CLAUDE.md is a symbolic link to AGENTS.md: reading it gives the body, so it is up to date; boardwright: linked.',
    files: rulesync({ 'CLAUDE.md': null }),
    symlinks: { 'CLAUDE.md': 'AGENTS.md' },
    family: FAMILY,
    rulesync: true,
  },
  {
    name: 'rulesync-crlf',
    about:
      '.github/copilot-instructions.md checked out with CRLF line endings: the bytes differ, --check fails.',
    files: rulesync({ '.github/copilot-instructions.md': body().replace(/\n/g, '\r\n') }),
    family: FAMILY,
    rulesync: false,
  },
  {
    name: 'rulesync-trailing-spaces',
    about: 'Trailing spaces on one line of AGENTS.md: the bytes differ, --check fails.',
    files: rulesync({ 'AGENTS.md': body().replace('area 2.\n', 'area 2.   \n') }),
    family: FAMILY,
    rulesync: false,
  },
  {
    name: 'rulesync-extra-blank-lines',
    about: 'Two blank lines at the end of CLAUDE.md: the bytes differ, --check fails.',
    files: rulesync({ 'CLAUDE.md': `${body()}\n\n` }),
    family: FAMILY,
    rulesync: false,
  },
  {
    name: 'rulesync-own-title',
    about: 'CLAUDE.md has its own title line above the body: the bytes differ, --check fails.',
    files: rulesync({ 'CLAUDE.md': `# CLAUDE.md\n\n${body().replace('# Project rules\n\n', '')}` }),
    family: FAMILY,
    rulesync: false,
  },
  {
    name: 'rulesync-import',
    about:
      'CLAUDE.md is "@AGENTS.md" (Claude Code\'s import): rulesync would write the body into it, so --check fails.',
    files: rulesync({ 'CLAUDE.md': '@AGENTS.md\n' }),
    family: FAMILY,
    rulesync: false,
  },
];

const RULER_SOURCE = body(12);

export const RULER_FIXTURES: RulerFixture[] = [
  {
    name: 'ruler-generated',
    about:
      'AGENTS.md and CLAUDE.md as ruler apply writes them (generator and source comments, one title).',
    source: RULER_SOURCE,
    edits: {},
    ruler: true,
  },
  {
    name: 'ruler-edited-output',
    about: 'One rule edited by hand in CLAUDE.md: ruler apply would restore it.',
    source: RULER_SOURCE,
    edits: {
      'CLAUDE.md': `\n\n<!-- Source: .ruler/AGENTS.md -->\n\n${RULER_SOURCE.replace('Rule 3.3: run the unit', 'Rule 3.3: run all')}`,
    },
    ruler: false,
  },
  {
    name: 'ruler-edited-source',
    about: 'The source changed after the last apply: both outputs are stale.',
    source: RULER_SOURCE,
    edits: { '.ruler/AGENTS.md': RULER_SOURCE.replace('## Area 12', '## Area 12 (deprecated)') },
    ruler: false,
  },
  {
    name: 'ruler-import',
    about:
      'CLAUDE.md replaced by "@AGENTS.md": ruler apply would write the full rules back into it.',
    source: RULER_SOURCE,
    edits: { 'CLAUDE.md': '@AGENTS.md\n' },
    ruler: false,
  },
];
