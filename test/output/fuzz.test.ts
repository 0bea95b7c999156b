import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkWorkspace } from '../../model/link.js';
import type { Board, Diagnostic, Workspace } from '../../model/types.js';
import { SCHEMA_VERSION } from '../../model/types.js';
import { siteFiles } from '../../generators/site/index.js';
import { summaryMarkdown } from '../../generators/summary.js';
import { summaryBlock } from '../../generators/inject.js';
import { combinedMarkdown, type CheckReport, reportMarkdown } from '../../report/check.js';
import { formatGithub, formatJson, formatText } from '../../report/format.js';
import { safeText, unsafeOutput } from '../../report/terminal.js';
import { releasePreview } from '../../release/preview.js';
import type { Change } from '../../release/conventional.js';
import type { ReleasePlan } from '../../release/release.js';
import { LAYOUTS } from '../../release/render.js';
import { readText } from '../helpers.js';
import { renderedHtmlProblems, renderedProblems } from './markdown-check.js';
import { commentMarker } from '../../actions/runtime/publish.js';
import { isStickyComment } from '../../actions/runtime/comment.js';
import { runnerCommands } from './runner.js';

/** Pieces a hostile pull request builds file names, headings, titles and commit text from. */
const PIECES = [
  '\n',
  '\r',
  '\r\n',
  '\u0085',
  '\u2028',
  '\u2029',
  '\u001b[2J',
  '\u001b]0;t\u0007',
  '\u009b31m',
  '\u202e',
  '\t',
  ' ',
  '\u00a0',
  '::',
  '::add-mask::',
  '::warning file=README.md,line=1::',
  '::error::',
  '##[error]',
  '##[add-mask]',
  '%0A',
  '%25',
  ',',
  ':',
  '<img src=x onerror=alert(1)>',
  '<details open>',
  '</details>',
  '<x-inject>',
  '"x-attr="',
  "'",
  '&amp;',
  '&#64;',
  '@org/team',
  '@user',
  'a@b.example',
  '[link](https://e.example)',
  '![img](https://e.example/p.png)',
  'https://e.example',
  'www.e.example',
  '[^1]',
  '`',
  '```',
  '|',
  '*',
  '_',
  '~~',
  '$x$',
  '\\',
  '<!-- boardwright:board-check -->',
  '# ',
  '- ',
  '1. ',
  '> ',
];

/** A string of hostile pieces and arbitrary code points. */
const hostile = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 4 })), {
    maxLength: 8,
  })
  .map((parts) => parts.join(''));

interface Case {
  file: string;
  heading: string;
  title: string;
  subject: string;
  body: string;
}

const caseArb: fc.Arbitrary<Case> = fc.record({
  file: hostile,
  heading: hostile,
  title: hostile,
  subject: hostile,
  body: hostile,
});

const CASES = 10_000;
/** The same cases on every run (and every machine): a failure is reproducible. */
const SEED = 20260806;

const ANNOTATION = /^::(error|warning|notice) [^\r\n]*::[^\r\n]*$/;

function diagnostics(c: Case): Diagnostic[] {
  return [
    {
      rule: 'duplicate-item-id',
      severity: 'error',
      message: `Item "${c.title}" again`,
      path: c.file,
      line: 2,
      column: 1,
    },
    {
      rule: 'status-conflict',
      severity: 'warning',
      message: c.heading,
      path: `${c.file}/x.md`,
      line: 1,
      column: 3,
      endLine: 4,
    },
    {
      rule: 'commit-header-format',
      severity: 'info',
      message: `${c.subject}\n\n${c.body}`,
      path: 'PR title',
      line: 1,
      column: 1,
    },
  ];
}

function report(c: Case): CheckReport {
  return {
    check: 'board-check',
    title: 'Board check',
    passed: false,
    diagnostics: diagnostics(c),
    headline: `${c.heading} — ${c.subject}`,
    tables: [{ header: ['Board', 'Title'], rows: [[c.file, c.title]] }],
  };
}

/** A release plan as releasePreview reads it, with the case's commit text, in every layout. */
function preview(c: Case, i: number): ReleasePlan {
  const change: Change = {
    type: 'feat',
    scope: c.title,
    subject: c.subject,
    breaking: true,
    breakingNotes: [c.body],
    items: [c.heading],
    hash: 'abc1234abc1234abc1234abc1234abc1234abc1',
    date: '2024-05-01T08:00:00Z',
    header: `feat(${c.title})!: ${c.subject}`,
    body: c.body,
  };
  const revert: Change = {
    ...change,
    type: 'revert',
    subject: c.body,
    header: `revert: ${c.subject}`,
    revert: { header: c.subject, hash: change.hash, paired: false },
  };
  return {
    release: true,
    version: '1.2.0',
    bump: 'major',
    commits: 2,
    changes: [change, revert],
    previousStable: { name: `v1.1.0${c.subject}` },
    layout: LAYOUTS[i % LAYOUTS.length],
    input: {
      version: '1.2.0',
      date: '2024-05-01',
      tag: 'v1.2.0',
      previousTag: 'v1.1.0',
      changes: [change, revert],
    },
  } as unknown as ReleasePlan;
}

function expectTerminalSafe(text: string, label: string): void {
  expect(unsafeOutput(text), label).toBeUndefined();
  expect(runnerCommands(text), label).toEqual([]);
}

describe(`injection fuzz: ${CASES} hostile names, headings, titles and commit texts`, () => {
  it('text, json and github formats inject no workflow command and print no control character', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const ds = diagnostics(c);
        expectTerminalSafe(safeText(formatText(ds)), 'text');
        expect(formatText(ds).split('\n')).toHaveLength(ds.length + 2);
        const json = safeText(formatJson(ds));
        expectTerminalSafe(json, 'json');
        expect(JSON.parse(json).diagnostics).toEqual(ds);
        for (const s of Object.values(c)) expectTerminalSafe(safeText(s), 'gate');
        // Every line is one annotation, which the runner parses as such (TryParseV2) before it
        // would look for a legacy ##[ command; so only control characters are looked for.
        const github = formatGithub(ds);
        expect(unsafeOutput(github.replace(/^::|##\[/gm, '')), 'github').toBeUndefined();
        const commands = runnerCommands(github);
        expect(commands).toHaveLength(ds.length);
        for (const line of commands) expect(line).toMatch(ANNOTATION);
      }),
      { numRuns: CASES, seed: SEED },
    );
  }, 600_000);

  it('job summaries, PR comments and release previews render no HTML, link or mention', () => {
    const cases = fc.sample(caseArb, { numRuns: CASES, seed: SEED });
    // Rendered in batches of 500 cases: markdown-it (CommonMark, tables, autolinks) on all of
    // them, remark with GFM (the oracle of test/output/markdown-check.ts) on the first batch.
    for (let start = 0; start < cases.length; start += 500) {
      const batch = cases.slice(start, start + 500);
      const reports = batch.map(report);
      const merged: CheckReport = {
        ...reports[0]!,
        diagnostics: reports.flatMap((r) => r.diagnostics),
        tables: [{ header: ['Board', 'Title'], rows: reports.flatMap((r) => r.tables![0]!.rows) }],
      };
      const documents = [
        reportMarkdown(merged, {
          maxBytes: Number.MAX_SAFE_INTEGER,
          maxRows: Number.MAX_SAFE_INTEGER,
        }),
        combinedMarkdown(
          batch.map((c, i) => ({ ...reports[i]!, title: c.title, skipped: c.body })),
          { maxBytes: Number.MAX_SAFE_INTEGER },
        ),
        batch.map((c, i) => releasePreview(preview(c, i))).join('\n'),
      ];
      for (const markdown of documents) {
        expect(renderedHtmlProblems(markdown)).toEqual([]);
        if (start === 0) expect(renderedProblems(markdown)).toEqual([]);
      }
      for (const c of batch) {
        // A comment that quotes the marker (here in a commit body) is never taken for the sticky one.
        const body = `${commentMarker('changelog')}\n${releasePreview(preview(c, 0))}`;
        expect(
          isStickyComment(
            { databaseId: 1, body, isMinimized: false, author: { login: 'github-actions' } },
            commentMarker('board-check'),
            'github-actions[bot]',
          ),
        ).toBe(false);
      }
    }
  }, 600_000);

  it('summary.md, the injected block and the site HTML', async () => {
    const cases = fc.sample(caseArb, { numRuns: CASES, seed: SEED });
    const template = readText(
      '# T\n\n## Backlog\n\n- AB-1 — [Task] one\n\n## Done\n\n- AB-2 — [Task] two\n',
      'board.md',
    ).board;
    const item = template.items[0]!;
    // Every case's heading and file name names a board (summary.md: 500 boards a batch); in
    // the site, every case's title and commit text are an item (10 boards of 1,000 items) and
    // the first 200 cases' headings and file names name boards.
    const board = (c: Case, i: number, items = template.items): Board => ({
      ...template,
      id: `b${i}`,
      title: c.heading,
      path: `${c.file}.md`,
      groups: template.groups.map((g) => ({ ...g, title: `${g.title} ${c.heading}` })),
      items,
    });
    const workspace = (boards: Board[]): Workspace =>
      ({ schemaVersion: SCHEMA_VERSION, boards, specBundles: [], diagnostics: [] }) as Workspace;
    for (let start = 0; start < cases.length; start += 500) {
      const ws = workspace(cases.slice(start, start + 500).map((c, i) => board(c, start + i)));
      for (const markdown of [summaryMarkdown(ws), summaryBlock(ws)]) {
        expect(renderedHtmlProblems(markdown)).toEqual([]);
        if (start === 0) expect(renderedProblems(markdown)).toEqual([]);
      }
    }
    const sites = [
      workspace(cases.slice(0, 200).map((c, i) => board(c, i))),
      workspace(
        Array.from({ length: 10 }, (_, b) =>
          board(
            cases[b]!,
            b,
            cases.slice(b * 1000, (b + 1) * 1000).map((c, i) => ({
              ...item,
              id: `AB-${i}`,
              title: c.title,
              rawStatus: c.body,
              position: { line: i + 1, column: 1, endLine: i + 1 },
            })),
          ),
        ),
      ),
    ];
    for (const ws of sites) {
      for (const file of await siteFiles(ws, linkWorkspace(ws))) {
        if (!file.path.endsWith('.html')) continue;
        const html = String(file.content);
        expect(html).not.toContain('<x-inject');
        expect(html).not.toContain('<img src=x');
        expect(html).not.toContain('"x-attr="');
      }
    }
  }, 600_000);
});
