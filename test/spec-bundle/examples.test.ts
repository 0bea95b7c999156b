import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSpecBundles } from '../../specbundle/check.js';
import { ROOT } from '../helpers.js';
import { brief, CLI, cli } from './helpers.js';

const example = (profile: string, kind: 'passing' | 'failing') =>
  join(ROOT, 'examples', 'spec-bundles', profile, kind);

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first.');
});

/**
 * The expected findings of each failing example, worked out by reading the example files: one
 * entry per problem written into them, [severity, rule, file, line, column].
 */
const FAILING: Record<string, Array<[string, string, string, number, number]>> = {
  'platform-kit': [
    ['error', 'missing-heading', 'spec/billing-v2/plan.md', 1, 1],
    ['warning', 'remark-lint:ordered-list-marker-style', 'spec/billing-v2/plan.md', 9, 2],
    ['warning', 'remark-lint:ordered-list-marker-style', 'spec/billing-v2/plan.md', 10, 2],
    ['warning', 'remark-lint:ordered-list-marker-style', 'spec/billing-v2/plan.md', 11, 2],
    ['error', 'missing-heading', 'spec/billing-v2/prd.md', 1, 1],
    ['error', 'empty-section', 'spec/billing-v2/prd.md', 8, 1],
    ['warning', 'todo-placeholder', 'spec/billing-v2/prd.md', 15, 47],
    ['error', 'no-tasks', 'spec/billing-v2/tasks.md', 1, 1],
  ],
  'spec-kit': [
    ['error', 'template-placeholder', '.specify/memory/constitution.md', 17, 36],
    ['warning', 'bundle-name', 'specs/02-csv-export', 1, 1],
    ['error', 'missing-file', 'specs/02-csv-export/plan.md', 1, 1],
    ['warning', 'missing-heading', 'specs/02-csv-export/spec.md', 1, 1],
    ['warning', 'uncovered-requirement', 'specs/02-csv-export/spec.md', 24, 5],
    ['warning', 'uncovered-requirement', 'specs/02-csv-export/spec.md', 25, 5],
    ['error', 'needs-clarification', 'specs/02-csv-export/spec.md', 25, 44],
    ['warning', 'task-without-id', 'specs/02-csv-export/tasks.md', 7, 1],
    ['warning', 'remark-lint:no-literal-urls', 'specs/02-csv-export/tasks.md', 7, 59],
  ],
  openspec: [
    [
      'error',
      'requirement-without-scenario',
      'openspec/changes/add-refunds/specs/billing/spec.md',
      5,
      1,
    ],
    ['info', 'openspec-unknown-header', 'openspec/changes/add-refunds/specs/billing/spec.md', 9, 1],
    [
      'error',
      'openspec-scenario-loss',
      'openspec/changes/add-refunds/specs/billing/spec.md',
      16,
      1,
    ],
    ['warning', 'openspec-task-checkbox', 'openspec/changes/add-refunds/tasks.md', 5, 1],
    ['warning', 'openspec-purpose-placeholder', 'openspec/specs/billing/spec.md', 5, 1],
    ['error', 'requirement-without-scenario', 'openspec/specs/billing/spec.md', 9, 1],
    ['warning', 'requirement-without-shall', 'openspec/specs/billing/spec.md', 15, 1],
  ],
};

describe('the bundled spec-bundle examples', () => {
  for (const profile of ['platform-kit', 'spec-kit', 'openspec']) {
    it(`${profile}: the passing example has no findings and the profile is detected`, () => {
      const result = checkSpecBundles({ root: example(profile, 'passing') });
      expect(result.diagnostics).toEqual([]);
      expect(result.profiles).toEqual([profile]);
      expect(result.passed).toBe(true);
      expect(result.bundles.length).toBeGreaterThan(0);
      const run = cli(['spec-bundle', '--profile', profile], example(profile, 'passing'));
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('No problems found.');
    });

    it(`${profile}: the failing example reports exactly its problems`, () => {
      const result = checkSpecBundles({ root: example(profile, 'failing'), profiles: [profile] });
      expect(brief(result.diagnostics)).toEqual(FAILING[profile]);
      expect(result.passed).toBe(false);
      expect(result.unusable).toBe(false);
      // The CLI is the same function: same diagnostics in its JSON, exit 1.
      const run = cli(['spec-bundle', '--profile', profile, '--json'], example(profile, 'failing'));
      expect(run.code).toBe(1);
      const json = JSON.parse(run.stdout);
      expect(json.diagnostics).toEqual(result.diagnostics);
      expect(json.bundles).toEqual(result.bundles);
      expect(json.passed).toBe(false);
      // Same input, same bytes.
      expect(
        cli(['spec-bundle', '--profile', profile, '--json'], example(profile, 'failing')).stdout,
      ).toBe(run.stdout);
    });
  }

  it('spec-kit: messages say what is wrong, with the marker and requirement quoted', () => {
    const { diagnostics } = checkSpecBundles({ root: example('spec-kit', 'failing') });
    const messages = Object.fromEntries(diagnostics.map((d) => [`${d.rule}@${d.line}`, d.message]));
    expect(messages['needs-clarification@25']).toBe(
      'Unresolved clarification: answer the question (/speckit.clarify, or research for plan.md) and replace the marker with the decision. Found: "[NEEDS CLARIFICATION: how many rows per file?]".',
    );
    expect(messages['uncovered-requirement@24']).toBe(
      'Requirement FR-003 is not mentioned by any task in specs/02-csv-export/tasks.md: add a task for it, or name it in the task that covers it.',
    );
    expect(messages['missing-heading@1']).toBe(
      'No "Success Criteria" section; the spec-kit profile expects one.',
    );
    expect(messages['missing-file@1']).toBe(
      'The feature specs/02-csv-export has tasks.md but no plan.md; the step that wrote tasks.md needs it (spec-kit: run /speckit.plan before /speckit.tasks).',
    );
    expect(messages['template-placeholder@17']).toBe(
      'Template placeholder left unfilled. Found: "[RATIFICATION_DATE]".',
    );
  });

  it('openspec: a scenario at the wrong level gets a hint', () => {
    const { diagnostics } = checkSpecBundles({ root: example('openspec', 'failing') });
    expect(
      diagnostics.filter((d) => d.rule === 'requirement-without-scenario').map((d) => d.message),
    ).toEqual([
      'ADDED "Partial refunds" has no scenario; "### Scenario: One line refunded" is not a level-4 heading. Add "#### Scenario: <name>" with WHEN/THEN steps.',
      'Requirement "Invoice totals" has no scenario with content; "- **Scenario:** an invoice with three lines totals the sum …" is not a level-4 heading. Add "#### Scenario: <name>" with its WHEN/THEN steps under it.',
    ]);
  });

  it('prints the bundle table and the findings as text, and GitHub annotations with --format github', () => {
    const text = cli(['spec-bundle'], example('platform-kit', 'failing'));
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(
      '  ✗ spec/billing-v2  platform-kit spec bundle, 4 file(s): 4 error(s), 4 warning(s)',
    );
    expect(text.stdout).toContain(
      'spec/billing-v2/prd.md:8:1  error  The "Goals" section has nothing under its heading but comments; write its content.  empty-section',
    );
    const github = cli(['spec-bundle', '--format', 'github'], example('platform-kit', 'failing'));
    expect(github.stdout.split('\n')[0]).toBe(
      '::error file=examples/spec-bundles/platform-kit/failing/spec/billing-v2/plan.md,line=1,col=1,title=boardwright missing-heading::No "Risks" section; the platform-kit profile requires one.',
    );
    // --quiet keeps only what fails: the four errors and the count line.
    const quiet = cli(['spec-bundle', '--quiet'], example('platform-kit', 'failing'));
    expect(quiet.code).toBe(1);
    expect(quiet.stdout.trim().split('\n')).toHaveLength(5);
    expect(quiet.stdout).not.toContain('  warning  ');
  });

  it('lists its rules with --list-rules', () => {
    const run = cli(['spec-bundle', '--list-rules', '--json'], ROOT);
    expect(run.code).toBe(0);
    const ids = (JSON.parse(run.stdout) as Array<{ id: string }>).map((r) => r.id);
    expect(ids).toContain('uncovered-requirement');
    expect(ids).toContain('remark-lint:no-undefined-references');
    expect(ids).toContain('openspec-scenario-loss');
    expect(ids).toHaveLength(41 + 13);
  });
});
