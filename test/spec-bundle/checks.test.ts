import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../kanban/limits.js';
import { splitChunks } from '../../kanban/parse.js';
import { checkCoverage } from '../../specbundle/checks/coverage.js';
import { checkForbidden } from '../../specbundle/checks/forbidden.js';
import { checkHeadings } from '../../specbundle/checks/headings.js';
import { LINT_RULE_IDS, lintDocument, mergeLintSettings } from '../../specbundle/checks/lint.js';
import { checkOpenSpecRequirements } from '../../specbundle/checks/openspec.js';
import { checkTasks } from '../../specbundle/checks/tasks.js';
import { documentOf, headingKey } from '../../specbundle/document.js';
import { brief } from './helpers.js';

const doc = (text: string, path = 'x.md') => documentOf(path, text);

describe('headingKey', () => {
  it.each([
    ['User Scenarios & Testing (mandatory)', 'user scenarios & testing'],
    ['2. Problem Statement', 'problem statement'],
    ['1.3 Goals:', 'goals'],
    ['A. Risks', 'risks'],
    ['  Success   Criteria  ', 'success criteria'],
    ['Requirements', 'requirements'],
  ])('%s → %s', (text, key) => expect(headingKey(text)).toBe(key));
});

describe('required headings', () => {
  it('accepts aliases and decorated headings, reports a missing one on line 1 and a wrong level on its line', () => {
    const d = doc(
      '# PRD\n\n## 1. Problem Statement\n\nText.\n\n### Goals\n\nMore.\n\n## Success Criteria *(mandatory)*\n\nDone.\n',
    );
    const found = checkHeadings(
      d,
      [
        { title: 'Problem', aliases: ['Problem Statement'] },
        { title: 'Goals', depth: 2 },
        'Success Criteria',
        'Risks',
      ],
      'demo',
    );
    expect(found.map((x) => [x.rule, x.line, x.message])).toEqual([
      ['missing-heading', 7, '"Goals" is a level-3 heading; the profile expects ## (level 2).'],
      ['missing-heading', 1, 'No "Risks" section; the demo profile requires one.'],
    ]);
  });

  it('reports a section with only a comment as empty, unless empty is allowed; sub-headings are content', () => {
    const d = doc(
      '# T\n\n## Goals\n\n<!-- fill in -->\n\n## Plan\n\n### Step 1\n\nGo.\n\n## Notes\n',
    );
    expect(brief(checkHeadings(d, ['Goals', 'Plan', 'Notes'], 'demo'))).toEqual([
      ['error', 'empty-section', 'x.md', 3, 1],
      ['error', 'empty-section', 'x.md', 13, 1],
    ]);
    expect(checkHeadings(d, [{ title: 'Notes', allowEmpty: true }], 'demo')).toEqual([]);
  });

  it('does not count headings inside lists or block quotes', () => {
    expect(checkHeadings(doc('# T\n\n> ## Goals\n> Text\n'), ['Goals'], 'demo')).toHaveLength(1);
  });
});

describe('forbidden patterns', () => {
  const marker = [
    { rule: 'needs-clarification', pattern: '\\[NEEDS CLARIFICATION', message: 'Open.' },
  ];

  it('finds markers in prose at their line and column, not in code, front matter or comments', () => {
    const d = doc(
      [
        '---',
        'note: "[NEEDS CLARIFICATION: yaml]"',
        '---',
        '# Spec',
        '',
        'Auth via [NEEDS CLARIFICATION: which provider?] soon.',
        '',
        '`[NEEDS CLARIFICATION: inline]`',
        '',
        '```',
        '[NEEDS CLARIFICATION: fenced]',
        '```',
        '',
        '<!-- [NEEDS CLARIFICATION: comment] -->',
        '',
        '- item [NEEDS CLARIFICATION: in a list]',
        '',
      ].join('\n'),
    );
    const found = checkForbidden(d, marker);
    expect(brief(found)).toEqual([
      ['error', 'needs-clarification', 'x.md', 6, 10],
      ['error', 'needs-clarification', 'x.md', 16, 8],
    ]);
    expect(found[0]!.message).toBe('Open. Found: "[NEEDS CLARIFICATION: which provider?]".');
  });

  it('leaves the spec-kit checklist line that only names the markers alone', () => {
    const specKit = [
      {
        rule: 'needs-clarification',
        pattern: '\\[NEEDS CLARIFICATION(?!\\]\\s+markers?\\b)',
        message: 'Open.',
      },
    ];
    const d = doc('- [ ] No [NEEDS CLARIFICATION] markers remain\n- [NEEDS CLARIFICATION] here\n');
    expect(brief(checkForbidden(d, specKit))).toEqual([
      ['error', 'needs-clarification', 'x.md', 2, 3],
    ]);
  });

  it('honours severity, ignoreCase and the default rule id', () => {
    const d = doc('Ship it tbd.\n');
    expect(
      brief(
        checkForbidden(d, [
          { pattern: '\\bTBD\\b', ignoreCase: true, message: 'No.', severity: 'warning' },
        ]),
      ),
    ).toEqual([['warning', 'forbidden-pattern', 'x.md', 1, 9]]);
    expect(checkForbidden(d, [{ pattern: '\\bTBD\\b', message: 'No.' }])).toEqual([]);
  });
});

describe('OpenSpec requirements', () => {
  it('accepts requirements with a scenario and SHALL/MUST, and removed requirements without either', () => {
    const d = doc(
      '# Delta\n\n## ADDED Requirements\n\n### Requirement: A\n\nThe system MUST do A.\n\n#### Scenario: a\n\n- **WHEN** x\n- **THEN** y\n\n## REMOVED Requirements\n\n### Requirement: Old\n\nGone because nobody used it.\n',
    );
    expect(checkOpenSpecRequirements(d)).toEqual([]);
  });

  it('reports an empty Requirements section, and SHALL only inside code or a scenario does not count', () => {
    const d = doc(
      '# S\n\n## Purpose\n\nP.\n\n## Requirements\n\n## ADDED Requirements\n\n### Requirement: B\n\nBehaviour:\n\n```\nThe system SHALL\n```\n\n#### Scenario: b\n\n- **THEN** it SHALL work\n',
    );
    expect(checkOpenSpecRequirements(d).map((x) => [x.rule, x.line])).toEqual([
      ['empty-requirements', 7],
      ['requirement-without-shall', 11],
    ]);
  });
});

describe('tasks and requirement coverage', () => {
  const tasksText =
    '# Tasks\n\n## Phase 1: Setup\n\n- [ ] T001 Build the writer (FR-001) in src/a.ts\n- [ ] Wire it up\n  - Requirement: FR-002\n';

  it('reads a spec-kit tasks.md through the dialect and warns for a task without an id', () => {
    const read = checkTasks(
      doc(tasksText, 'tasks.md'),
      { dialect: 'spec-kit', requireIds: true },
      DEFAULT_LIMITS,
    );
    expect(read.board?.items.map((i) => i.id)).toEqual(['T001', expect.any(String)]);
    expect(brief(read.diagnostics)).toEqual([['warning', 'task-without-id', 'tasks.md', 6, 1]]);
    const none = checkTasks(
      doc('# Tasks\n\nLater.\n', 'tasks.md'),
      { dialect: 'spec-kit' },
      DEFAULT_LIMITS,
    );
    expect(none.diagnostics.map((x) => x.message)).toEqual([
      'tasks.md holds 0 task(s) the spec-kit dialect reads; at least 1 required (`- [ ] T001 [P] [US1] Description with file path`).',
    ]);
  });

  it('counts ids named in titles and fields, and ignores ids that appear only in code', () => {
    const board = checkTasks(
      doc(tasksText, 'tasks.md'),
      { dialect: 'spec-kit' },
      DEFAULT_LIMITS,
    ).board!;
    const spec = doc(
      '# Spec\n\n- **FR-001**: MUST a.\n- **FR-002**: MUST b.\n- **FR-003**: MUST c.\n\n`FR-009` is an example id.\n\nFR-003 again.\n',
      'spec.md',
    );
    const found = checkCoverage(spec, doc(tasksText, 'tasks.md'), board, {
      requirements: 'spec.md',
      tasks: 'tasks.md',
      pattern: '\\bFR-\\d{3}\\b',
    });
    expect(brief(found)).toEqual([['warning', 'uncovered-requirement', 'spec.md', 5, 5]]);
  });
});

describe('remark-lint', () => {
  const messy = doc('# T\n\n1) one\n2) two\n\nSee https://example.com', 'm.md');

  it('maps preset messages to diagnostics with rule, severity, line and column', () => {
    expect(brief(lintDocument(messy, {}))).toEqual([
      ['warning', 'remark-lint:final-newline', 'm.md', 6, 24],
      ['warning', 'remark-lint:no-literal-urls', 'm.md', 6, 5],
      ['warning', 'remark-lint:ordered-list-marker-style', 'm.md', 3, 2],
      ['warning', 'remark-lint:ordered-list-marker-style', 'm.md', 4, 2],
    ]);
  });

  it('can turn the preset or single rules off, set severities and pass a rule its own options', () => {
    expect(lintDocument(messy, { preset: 'off' })).toEqual([]);
    const settings = mergeLintSettings(
      { severity: 'error', rules: { 'final-newline': 'off' } },
      { rules: { 'ordered-list-marker-style': ['info', ')'] } },
    );
    expect(brief(lintDocument(messy, settings))).toEqual([
      ['error', 'remark-lint:no-literal-urls', 'm.md', 6, 5],
    ]);
    expect(LINT_RULE_IDS).toContain('no-undefined-references');
    expect(LINT_RULE_IDS).toHaveLength(13);
  });

  it('honours lint comments and sees link definitions across the parser chunks of a long file', () => {
    expect(lintDocument(doc('<!-- lint disable final-newline -->\n\n# T', 'c.md'), {})).toEqual([]);
    const filler = Array.from(
      { length: 200 },
      (_, i) => `## Part ${i}\n\nSome text about part ${i}.\n`,
    ).join('\n');
    const long = doc(
      `# Long\n\nSee [the guide][guide].\n\n${filler}\n[guide]: https://example.com/guide\n`,
      'l.md',
    );
    // The reference and its definition land in different parser chunks.
    expect(splitChunks(long.text).length).toBeGreaterThan(1);
    expect(lintDocument(long, {})).toEqual([]);
  });
});
