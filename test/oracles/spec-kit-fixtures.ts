/**
 * spec-kit fixture repositories for test/oracles/spec-kit.test.ts. spec-kit's CLI is Python
 * (`specify-cli`) and its checks are shell scripts and agent prompts, so each fixture states what
 * spec-kit's current scripts and templates decide (github/spec-kit scripts/bash/*.sh,
 * templates/*.md, templates/commands/*.md), with the reason, as the findings a gate that follows
 * spec-kit must report: `[rule, path]` pairs at warning or error (Markdown lint aside). Verdicts
 * about scripts were checked by running them (check-prerequisites.sh --json, setup-tasks.sh,
 * create-new-feature.sh) on the same folders.
 */

export interface SpecKitFixture {
  name: string;
  /** spec-kit's decision and why. */
  about: string;
  files: Record<string, string>;
  env?: Record<string, string>;
  /** The findings spec-kit's decision implies, `[rule, path]`, sorted. [] = nothing to report. */
  expected: Array<[string, string]>;
}

const CONSTITUTION =
  '# Project Constitution\n\n## Core Principles\n\n### I. Test first\nEvery change starts with a failing test.\n\n## Governance\n\nTwo approvals for every change.\n';

function spec(
  opts: { requirements?: string; stories?: string; criteria?: string | null } = {},
): string {
  const stories =
    opts.stories ??
    `### User Story 1 - Export a report (Priority: P1)

A manager exports the monthly report.

**Acceptance Scenarios**:

1. **Given** a finished month, **When** the manager exports, **Then** a CSV downloads.
`;
  const requirements =
    opts.requirements ??
    `- **FR-001**: System MUST export reports as CSV.
- **FR-002**: System MUST include every transaction of the month.
- **FR-003**: Users MUST be able to pick the month.
`;
  const criteria =
    opts.criteria === null
      ? ''
      : `\n## Success Criteria *(mandatory)*\n\n### Measurable Outcomes\n\n${opts.criteria ?? '- **SC-001**: An export of 10,000 rows finishes in under 5 seconds.\n'}`;
  return `# Feature Specification: Report export

**Feature Branch**: \`001-report-export\`
**Created**: 2025-01-10
**Status**: Draft

## User Scenarios & Testing *(mandatory)*

${stories}
## Requirements *(mandatory)*

### Functional Requirements

${requirements}${criteria}`;
}

const PLAN = `# Implementation Plan: Report export

## Summary

Stream the month's transactions into a CSV.

## Technical Context

**Language/Version**: TypeScript 5.6
**Primary Dependencies**: fastify
**Testing**: vitest

## Constitution Check

Test first: every task starts with a failing test.
`;

function tasks(body: string): string {
  return `# Tasks: Report export\n\n## Phase 1: Setup\n\n- [ ] T001 Create src/export/ in the API package\n\n## Phase 2: User Story 1 - Export a report (Priority: P1) 🎯 MVP\n\n${body}`;
}

const BY_STORY = tasks(
  '- [ ] T002 [P] [US1] Contract test for GET /reports/export in tests/contract/export.test.ts\n- [ ] T003 [US1] Stream the month as CSV in src/export/csv.ts\n- [ ] T004 [US1] Add the month picker in web/src/ExportDialog.tsx\n',
);

/** A feature folder at `dir` with the given files (spec.md, plan.md, tasks.md by default). */
function feature(
  dir: string,
  files: {
    spec?: string | null;
    plan?: string | null;
    tasks?: string | null;
    [other: string]: string | null | undefined;
  } = {},
): Record<string, string> {
  const out: Record<string, string> = { '.specify/memory/constitution.md': CONSTITUTION };
  const all = { spec: spec(), plan: PLAN, tasks: BY_STORY, ...files };
  for (const [name, text] of Object.entries(all)) {
    if (text === null || text === undefined) continue;
    const file = ['spec', 'plan', 'tasks'].includes(name) ? `${name}.md` : name;
    out[`${dir}/${file}`] = text;
  }
  return out;
}

export const SPEC_KIT_FIXTURES: SpecKitFixture[] = [
  {
    name: 'complete',
    about:
      'spec.md, plan.md and tasks.md from the current templates: check-prerequisites.sh --require-tasks passes.',
    files: feature('specs/001-report-export'),
    expected: [],
  },
  {
    name: 'specify-stage',
    about:
      'Only spec.md, right after /speckit.specify: normal. Only /speckit.tasks and later need plan.md (check-prerequisites.sh), and nothing needs tasks.md before /speckit.implement.',
    files: feature('specs/001-report-export', { plan: null, tasks: null }),
    expected: [],
  },
  {
    name: 'plan-stage',
    about:
      'spec.md and plan.md with research.md: check-prerequisites.sh --json passes (tasks.md is only needed with --require-tasks).',
    files: feature('specs/001-report-export', {
      tasks: null,
      'research.md': '# Research\n\nfastify streams well.\n',
    }),
    expected: [],
  },
  {
    name: 'tasks-without-plan',
    about:
      'tasks.md but no plan.md: setup-tasks.sh and check-prerequisites.sh stop with "plan.md not found".',
    files: feature('specs/001-report-export', { plan: null }),
    expected: [['missing-file', 'specs/001-report-export/plan.md']],
  },
  {
    name: 'timestamp-folder',
    about:
      'create-new-feature.sh --timestamp names the folder YYYYMMDD-HHMMSS-name: a valid feature folder.',
    files: feature('specs/20250110-143000-report-export'),
    expected: [],
  },
  {
    name: 'four-digit-number',
    about:
      'After 999 features create-new-feature.sh numbers with four digits (printf %03d, numbers of 3+ digits): valid.',
    files: feature('specs/1000-report-export'),
    expected: [],
  },
  {
    name: 'hand-made-name',
    about:
      'A hand-made folder "Report_Export" is no name create-new-feature.sh gives; spec-kit still works with it through feature.json, so it is worth a warning, not a failure.',
    files: feature('specs/Report_Export'),
    expected: [['bundle-name', 'specs/Report_Export']],
  },
  {
    name: 'feature-directory-env',
    about:
      'SPECIFY_FEATURE_DIRECTORY=docs/features/report-export: get_feature_paths resolves the feature there, outside specs/, whatever its name; an unfinished tasks.md there is judged like any feature.',
    files: feature('docs/features/report-export', { plan: null }),
    env: { SPECIFY_FEATURE_DIRECTORY: 'docs/features/report-export' },
    expected: [['missing-file', 'docs/features/report-export/plan.md']],
  },
  {
    name: 'feature-json',
    about:
      '.specify/feature.json {"feature_directory": "work/report"} names the feature when the environment does not.',
    files: {
      ...feature('work/report', {
        spec: spec().replace(
          '- **FR-003**: Users MUST be able to pick the month.',
          '- **FR-003**: Users MUST pick the month [NEEDS CLARIFICATION: fiscal or calendar month?]',
        ),
      }),
      '.specify/feature.json': '{"feature_directory":"work/report"}\n',
    },
    expected: [['needs-clarification', 'work/report/spec.md']],
  },
  {
    name: 'chinese',
    about:
      'A spec written from the Chinese template: "## 用户场景与测试 *(必填)*", "## 需求 *(必填)*", "## 成功标准 *(必填)*" are the mandatory sections.',
    files: feature('specs/001-report-export', {
      spec: '# 功能规格说明: 报表导出\n\n## 用户场景与测试 *(必填)*\n\n### 用户故事 1 - 导出报表 (优先级: P1)\n\n经理导出月度报表。\n\n## 需求 *(必填)*\n\n### 功能需求\n\n- **FR-001**: 系统必须以 CSV 导出报表。\n\n## 成功标准 *(必填)*\n\n- **SC-001**: 一万行的导出在 5 秒内完成。\n',
    }),
    expected: [],
  },
  {
    name: 'japanese',
    about:
      'A spec written from the Japanese template ("## ユーザーシナリオ & テスト *(必須)*", "## 要件 *(必須)*"), with success criteria under a translated title.',
    files: feature('specs/001-report-export', {
      spec: '# 機能仕様書: レポート出力\n\n## ユーザーシナリオ & テスト *(必須)*\n\n### ユーザーストーリー 1 - レポートを出力する (優先度: P1)\n\nマネージャーが月次レポートを出力する。\n\n## 要件 *(必須)*\n\n### 機能要件\n\n- **FR-001**: システムは CSV でレポートを出力しなければならない。\n\n## 成功基準 *(必須)*\n\n- **SC-001**: 1 万行の出力が 5 秒以内に終わる。\n',
    }),
    expected: [],
  },
  {
    name: 'bilingual',
    about: 'Bilingual headings as teams write them: "## 需求(Requirements) *(必填)*".',
    files: feature('specs/001-report-export', {
      spec: '# 功能规格说明(Feature Specification)\n\n## 用户场景与测试(User Scenarios & Testing) *(必填)*\n\n### 用户故事(User Story) 1 - 导出 (优先级(Priority): P1)\n\n经理导出月度报表。\n\n## 需求(Requirements) *(必填)*\n\n- **FR-001**: 系统 MUST 以 CSV 导出报表。\n\n## 成功标准(Success Criteria) *(必填)*\n\n- **SC-001**: 5 秒内完成。\n',
    }),
    expected: [],
  },
  {
    name: 'unknown-language',
    about:
      'Headings in a language no alias covers ("## Anforderungsliste *(Pflicht)*"): the template\'s three mandatory markers in order, and the FR and SC ids, identify the sections.',
    files: feature('specs/001-report-export', {
      spec: '# Funktionsspezifikation\n\n## Nutzungsszenarien und Tests *(Pflicht)*\n\n### Geschichte 1 - Export (Priorität: P1)\n\nEine Managerin exportiert den Monatsbericht.\n\n## Anforderungsliste *(Pflicht)*\n\n- **FR-001**: Das System MUSS CSV exportieren.\n\n## Erfolgsmessung *(Pflicht)*\n\n- **SC-001**: Unter 5 Sekunden.\n',
    }),
    expected: [],
  },
  {
    name: 'old-template',
    about:
      "A spec from spec-kit's first template, which had no Success Criteria section: still a valid spec, so the missing section is a warning, not an error.",
    files: feature('specs/001-report-export', { spec: spec({ criteria: null }) }),
    expected: [['missing-heading', 'specs/001-report-export/spec.md']],
  },
  {
    name: 'missing-requirements',
    about: 'No Requirements section at all: the template marks it mandatory.',
    files: feature('specs/001-report-export', {
      spec: '# Feature Specification\n\n## User Scenarios & Testing *(mandatory)*\n\nA manager exports.\n\n## Success Criteria *(mandatory)*\n\n- **SC-001**: Fast.\n',
    }),
    expected: [['missing-heading', 'specs/001-report-export/spec.md']],
  },
  {
    name: 'story-labels-only',
    about:
      'The tasks template labels tasks by user story ([US1]) and never by FR id; /speckit.analyze maps tasks to stories, so a gate must not warn per requirement.',
    files: feature('specs/001-report-export'),
    expected: [],
  },
  {
    name: 'fr-ids-in-notes-only',
    about:
      'Tasks labelled by story; requirement ids appear only in a "Future work" note under the tasks. The tasks still label work by story, so no per-requirement warning.',
    files: feature('specs/001-report-export', {
      tasks: `${BY_STORY}\n## Future work\n\n- **FUTURE-001**: Scheduled exports (FR-004)\n`,
    }),
    expected: [],
  },
  {
    name: 'fr-range',
    about: 'A task covering "FR-001–FR-003" covers all three.',
    files: feature('specs/001-report-export', {
      tasks: tasks('- [ ] T002 [US1] Export endpoint (FR-001–FR-003) in src/export/route.ts\n'),
    }),
    expected: [],
  },
  {
    name: 'traceability-table',
    about:
      'A traceability table in tasks.md maps requirements to tasks; FR-003 has no row and no story covers it.',
    files: feature('specs/001-report-export', {
      spec: spec({
        stories: 'A manager exports the monthly report.\n',
      }),
      tasks: tasks(
        '- [ ] T002 Export endpoint in src/export/route.ts\n- [ ] T003 CSV writer in src/export/csv.ts\n\n## Traceability\n\n| Requirement | Tasks |\n| --- | --- |\n| FR-001 | T002 |\n| FR-002 | T003 |\n',
      ),
    }),
    expected: [['uncovered-requirement', 'specs/001-report-export/spec.md']],
  },
  {
    name: 'story-covers-nested-requirement',
    about:
      'Tasks name some FR ids; FR-004, written inside User Story 2, is covered by the [US2] tasks.',
    files: feature('specs/001-report-export', {
      spec: spec({
        stories:
          '### User Story 1 - Export (Priority: P1)\n\nA manager exports.\n\n### User Story 2 - Schedule (Priority: P2)\n\nA manager schedules the export.\n\n- **FR-004**: System MUST email the scheduled export.\n',
      }),
      tasks: tasks(
        '- [ ] T002 [US1] Export endpoint for FR-001, FR-002 and FR-003 in src/export/route.ts\n\n## Phase 3: User Story 2 - Schedule (Priority: P2)\n\n- [ ] T003 [US2] Scheduler in src/export/schedule.ts\n',
      ),
    }),
    expected: [],
  },
  {
    name: 'clarification-mentions',
    about:
      'Only mentions of the marker: the checklist criterion "No [NEEDS CLARIFICATION] markers remain" (checked and unchecked), a resolved question struck through, and plan prose "resolve all NEEDS CLARIFICATION". None is an open question.',
    files: feature('specs/001-report-export', {
      spec: spec().replace(
        '- **FR-003**: Users MUST be able to pick the month.',
        '- **FR-003**: Users MUST be able to pick the ~~[NEEDS CLARIFICATION: fiscal or calendar?]~~ calendar month.',
      ),
      'checklists/requirements.md':
        '# Specification Quality Checklist\n\n- [x] No [NEEDS CLARIFICATION] markers remain\n- [ ] Requirements are testable and unambiguous\n- [x] No [NEEDS CLARIFICATION: …] left in the spec\n',
      plan: PLAN.replace(
        '## Constitution Check',
        'Phase 0 research will resolve all NEEDS CLARIFICATION before design.\n\n## Constitution Check',
      ),
    }),
    expected: [],
  },
  {
    name: 'clarification-open',
    about:
      'An open [NEEDS CLARIFICATION: …] in spec.md (what /speckit.clarify asks about) and an unbracketed NEEDS CLARIFICATION as a Technical Context value in plan.md (what /speckit.plan writes when it does not know; its gate errors on it).',
    files: feature('specs/001-report-export', {
      spec: spec().replace('as CSV.', 'as [NEEDS CLARIFICATION: CSV only, or also XLSX?].'),
      plan: PLAN.replace('**Testing**: vitest', '**Testing**: NEEDS CLARIFICATION'),
    }),
    expected: [
      ['needs-clarification', 'specs/001-report-export/plan.md'],
      ['needs-clarification', 'specs/001-report-export/spec.md'],
    ],
  },
  {
    name: 'task-ids',
    about:
      'A task split after numbering keeps its id with a letter (T003b); checklist checkboxes under "### Validation Checklist" in a phase are not tasks and need no id.',
    files: feature('specs/001-report-export', {
      tasks: tasks(
        '- [ ] T002 [US1] Export endpoint in src/export/route.ts\n- [ ] T003 [US1] CSV writer in src/export/csv.ts\n- [ ] T003b [US1] Escape commas in src/export/csv.ts\n\n### Validation Checklist\n\n- [ ] All contracts have tests\n- [ ] Every task names a file\n',
      ),
    }),
    expected: [],
  },
  {
    name: 'acceptance-checklists',
    about:
      'Tasks with an "**Acceptance**:" checklist under each (a style teams add to the template): the acceptance boxes are criteria of the task above, not tasks, and need no id.',
    files: feature('specs/001-report-export', {
      tasks: tasks(
        '- [ ] T002 [US1] Export endpoint in src/export/route.ts\n\n**Acceptance**:\n- [ ] All tests pass\n- [ ] A month of 10,000 rows exports\n\n- [ ] T003 [US1] CSV writer in src/export/csv.ts\n',
      ),
    }),
    expected: [],
  },
  {
    name: 'template-guidance-left',
    about:
      'The first spec template\'s "For AI Generation" guidance, left in the spec, says "Use [NEEDS CLARIFICATION: specific question] for any assumption": it shows how to write the marker and asks nothing.',
    files: feature('specs/001-report-export', {
      spec: spec().replace(
        '## Requirements *(mandatory)*',
        '### For AI Generation\n\n1. **Mark all ambiguities**: Use [NEEDS CLARIFICATION: specific question] for any assumption you would need to make\n\n## Requirements *(mandatory)*',
      ),
    }),
    expected: [],
  },
  {
    name: 'translated-constitution',
    about:
      'A constitution written in Chinese ("## 核心原则", "## 治理规范") has the template\'s Core Principles and Governance sections.',
    files: {
      ...feature('specs/001-report-export'),
      '.specify/memory/constitution.md':
        '# 项目宪法\n\n## 核心原则\n\n### 一、测试先行\n每个改动先写失败的测试。\n\n## 治理规范\n\n每个改动需要两次评审。\n',
    },
    expected: [],
  },
  {
    name: 'task-without-id',
    about:
      'A task line without an id breaks the template\'s "- [ ] T001 [P] [US1] Description" format (commands/tasks.md: "missing Task ID" is wrong).',
    files: feature('specs/001-report-export', {
      tasks: tasks('- [ ] T002 [US1] Export endpoint in src/export/route.ts\n- [ ] Add logging\n'),
    }),
    expected: [['task-without-id', 'specs/001-report-export/tasks.md']],
  },
];
