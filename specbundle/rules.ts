import type { Severity } from '../model/types.js';

/**
 * Every rule id the spec-bundle check reports, with its default severity and what it means, and
 * the message texts, kept in one place so that wording stays consistent across checks. Profile
 * data can add rule ids of its own through forbidden patterns (`needs-clarification`,
 * `template-placeholder`); remark-lint messages come as `remark-lint:<rule>`.
 */
export const SPEC_BUNDLE_RULES = {
  'no-bundle': { severity: 'error', description: 'no bundle of a selected profile was found' },
  'bundle-name': {
    severity: 'error',
    description: "a bundle folder's name does not match the profile's naming pattern",
  },
  'missing-file': { severity: 'error', description: 'a required file of the bundle is absent' },
  'missing-heading': { severity: 'error', description: 'a required section heading is absent' },
  'empty-section': {
    severity: 'error',
    description: 'a required section has a heading but no content',
  },
  'forbidden-pattern': {
    severity: 'error',
    description: 'text the profile forbids (outside code and comments), unless it names a rule',
  },
  'no-tasks': { severity: 'error', description: 'a task file holds fewer tasks than required' },
  'task-without-id': { severity: 'warning', description: 'a task written without an id' },
  'needs-clarification': {
    severity: 'error',
    description:
      'spec-kit: an open [NEEDS CLARIFICATION: …] question, or NEEDS CLARIFICATION left as a value',
  },
  'coverage-by-story': {
    severity: 'info',
    description: 'spec-kit: the task file labels tasks by user story only; FR coverage not checked',
  },
  'uncovered-requirement': {
    severity: 'warning',
    description: 'a requirement id (FR-001) that no task mentions',
  },
  'empty-requirements': {
    severity: 'error',
    description: 'a Requirements section without any `### Requirement:` block',
  },
  'requirement-without-scenario': {
    severity: 'error',
    description: 'a `### Requirement:` block without a `#### Scenario:`',
  },
  'requirement-without-shall': {
    severity: 'error',
    description: 'a `### Requirement:` block whose text says neither SHALL nor MUST',
  },
  'requirement-without-text': {
    severity: 'error',
    description: 'OpenSpec: a `### Requirement:` block with nothing under its header',
  },
  'duplicate-requirement': {
    severity: 'error',
    description: 'OpenSpec: a requirement name declared twice in a spec or a delta section',
  },
  'openspec-missing-section': {
    severity: 'error',
    description: 'OpenSpec: a main spec without a Purpose (with content) or a Requirements section',
  },
  'openspec-no-requirements': {
    severity: 'error',
    description: 'OpenSpec: a Requirements section without any requirement',
  },
  'openspec-purpose-placeholder': {
    severity: 'warning',
    description: 'OpenSpec: the Purpose `openspec archive` writes, or one opening with TBD/TODO',
  },
  'openspec-purpose-short': {
    severity: 'warning',
    description: 'OpenSpec: a Purpose under 50 characters',
  },
  'openspec-requirement-long': {
    severity: 'info',
    description: 'OpenSpec: requirement text over 500 characters',
  },
  'openspec-delta-in-spec': {
    severity: 'error',
    description: 'OpenSpec: an ADDED/MODIFIED/REMOVED/RENAMED header in a main spec',
  },
  'openspec-requirement-outside': {
    severity: 'error',
    description: "OpenSpec: a `### Requirement:` outside the main spec's `## Requirements`",
  },
  'openspec-no-deltas': {
    severity: 'error',
    description: 'OpenSpec: a change without any delta spec and without skip_specs',
  },
  'openspec-empty-delta': {
    severity: 'error',
    description: 'OpenSpec: a delta spec without delta sections, or with sections but no entries',
  },
  'openspec-delta-misplaced': {
    severity: 'error',
    description: 'OpenSpec: a delta spec archive would not read (specs/spec.md, specs/<name>.md)',
  },
  'openspec-delta-conflict': {
    severity: 'error',
    description: 'OpenSpec: a requirement in two conflicting delta sections',
  },
  'openspec-unpaired-rename': {
    severity: 'error',
    description: 'OpenSpec: a RENAMED FROM: or TO: line without its pair',
  },
  'openspec-orphan-requirement': {
    severity: 'warning',
    description: 'OpenSpec: a requirement in a delta spec outside every delta section',
  },
  'openspec-unknown-header': {
    severity: 'info',
    description: 'OpenSpec: a `### ` header in ADDED/MODIFIED that is not a requirement',
  },
  'openspec-scenario-loss': {
    severity: 'error',
    description: 'OpenSpec: a MODIFIED requirement dropping scenarios the current main spec has',
  },
  'openspec-archive-conflict': {
    severity: 'info',
    description:
      'OpenSpec: a delta archive would refuse (a name the target spec lacks or already has)',
  },
  'openspec-skip-specs': {
    severity: 'error',
    description: 'OpenSpec: skip_specs set with delta files present, or not honoured',
  },
  'openspec-nested-change': {
    severity: 'error',
    description: 'OpenSpec: a folder wrapping change folders instead of being one',
  },
  'openspec-task-checkbox': {
    severity: 'warning',
    description: 'OpenSpec: task files with list items but no checkbox (counted as 0 tasks)',
  },
  'openspec-task-number': {
    severity: 'warning',
    description: 'OpenSpec: a task numbered for another `## N.` group, or a repeated task id',
  },
  'invalid-profile': {
    severity: 'error',
    description: 'a profile (file, config or option) is malformed: exit 2',
  },
  'unknown-profile': { severity: 'error', description: 'a profile id no profile has: exit 2' },
  'unreadable-file': { severity: 'error', description: 'a bundle file cannot be read: exit 2' },
  'missing-path': {
    severity: 'error',
    description: 'a path given to check does not exist: exit 2',
  },
  'git-failed': {
    severity: 'error',
    description: 'changed-only could not ask git what changed: exit 2',
  },
} as const satisfies Record<string, { severity: Severity; description: string }>;

export type SpecBundleRuleId = keyof typeof SPEC_BUNDLE_RULES;

const quote = (s: string): string => `"${s}"`;

/** How a task looks in the task formats the built-in profiles use. */
const TASK_FORMAT: Record<string, string> = {
  'spec-kit': '`- [ ] T001 [P] [US1] Description with file path`',
  openspec: '`## 1. Group` with `- [ ] 1.1 Task`',
};
const list = (items: readonly string[]): string =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;

/** Message texts by rule. Each says what is wrong and how to put it right. */
export const MESSAGES = {
  noBundle: (profile: string, where: string) =>
    `No ${profile} spec bundle found: expected ${where}.`,
  noBundleAt: (path: string, profiles: readonly string[]) =>
    `No ${list(profiles)} spec bundle at or under "${path}".`,
  noProfileDetected: (expected: string) =>
    `No spec bundle found for any profile (${expected}). Create one, or name the profile with --profile.`,
  bundleName: (kind: string, name: string, pattern: string) =>
    `The ${kind} folder "${name}" does not match the naming pattern /${pattern}/ (spec-kit: NNN-short-name, e.g. 001-user-login).`,
  missingFile: (kind: string, dir: string, path: string) => `The ${kind} ${dir} has no ${path}.`,
  missingStageFile: (kind: string, dir: string, path: string, trigger: string) =>
    `The ${kind} ${dir} has ${trigger} but no ${path}; the step that wrote ${trigger} needs it (spec-kit: run /speckit.plan before /speckit.tasks).`,
  missingFiles: (kind: string, dir: string, glob: string) =>
    `The ${kind} ${dir} has no file matching ${glob}.`,
  missingSharedFile: (profile: string, path: string) =>
    `The ${profile} profile needs ${path}, which does not exist.`,
  missingHeading: (profile: string, title: string, depth?: number, required = true) =>
    `No ${quote(`${depth ? `${'#'.repeat(depth)} ` : ''}${title}`)} section; the ${profile} profile ${required ? 'requires' : 'expects'} one.`,
  headingLevel: (title: string, found: number, depth: number) =>
    `${quote(title)} is a level-${found} heading; the profile expects ${'#'.repeat(depth)} (level ${depth}).`,
  emptySection: (title: string) =>
    `The ${quote(title)} section has nothing under its heading but comments; write its content.`,
  forbidden: (message: string, match: string) => `${message} Found: ${quote(match)}.`,
  noTasks: (file: string, found: number, min: number, dialect?: string) =>
    `${file} holds ${found} task(s)${dialect ? ` the ${dialect} dialect reads` : ''}; at least ${min} required (${dialect ? (TASK_FORMAT[dialect] ?? 'see `boardwright dialects`') : 'a task list such as `- [ ] Write the migration`'}).`,
  taskWithoutId: (title: string) =>
    `Task "${title}" has no id; number it like the others (T001, T002, …) so that it can be referenced.`,
  needsClarification: (found: string) =>
    `Unresolved clarification: answer the question (/speckit.clarify, or research for plan.md) and replace the marker with the decision. Found: "${found}".`,
  coverageByStory: (tasks: string, count: number) =>
    `${tasks} labels its tasks by user story and names none of the spec's ${count} requirement id(s), so requirement coverage is not checked. Name an id (FR-001) in a task, or map them in a table, to have it checked.`,
  uncovered: (id: string, tasks: string) =>
    `Requirement ${id} is not mentioned by any task in ${tasks}: add a task for it, or name it in the task that covers it.`,
  emptyRequirements: (section: string) =>
    `The ${quote(section)} section has no "### Requirement:" block.`,
  withoutScenario: (name: string, hint?: string) =>
    `Requirement ${quote(name)} has no "#### Scenario:" block${hint ? `; ${hint}` : ''}.`,
  scenarioLevelHint: (found: string) =>
    `"${found}" is not a level-4 heading — write scenarios as "#### Scenario: <name>"`,
  withoutShall: (name: string) =>
    `Requirement ${quote(name)} says neither SHALL nor MUST; state it normatively ("The system SHALL …").`,
  unknownProfile: (id: string, known: readonly string[]) =>
    `Unknown spec profile "${id}". Known profiles: ${known.join(', ')}.`,
  invalidProfile: (where: string, message: string) =>
    `${where}${message}. See schemas/spec-profile.schema.json.`,
  invalidRegex: (where: string, message: string) =>
    `${where}is not a valid regular expression: ${message}.`,
  unknownDialect: (where: string, id: string, known: readonly string[]) =>
    `${where}names dialect "${id}", which does not exist. Known dialects: ${known.join(', ')}.`,
  unknownLintRule: (where: string, id: string, known: readonly string[]) =>
    `${where}names lint rule "${id}", which remark-preset-lint-recommended does not have. Known rules: ${known.join(', ')}.`,
  unreadable: (path: string, why: string) => `${path} cannot be read: ${why}.`,
  missingPath: (path: string) =>
    `Path "${path}" does not exist. Check the spelling, or run from the repository root.`,
} as const;
