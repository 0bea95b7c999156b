/**
 * OpenSpec fixture repositories for the differential test against `openspec validate --all
 * --strict --json` (@fission-ai/openspec 1.13). Each repository reproduces quirks seen in real
 * OpenSpec repositories, written here from scratch. `openspec` states OpenSpec's strict verdict
 * for every item it reports (`change/<id>`, `spec/<id>`; true = valid); the test checks that
 * OpenSpec still says so, and that boardwright's verdict is the same unless
 * test/oracles/known-differences.yaml lists the item with a reason.
 */

/** One fixture repository. */
export interface OpenSpecFixture {
  name: string;
  /** What it reproduces, and why OpenSpec judges each item as stated. */
  about: string;
  /** Files by repository-relative path. */
  files: Record<string, string>;
  /** OpenSpec's strict verdict per item: true = valid. Every item OpenSpec reports is listed. */
  openspec: Record<string, boolean>;
}

const PURPOSE = 'Lets registered users prove who they are before they reach their account data.';

/** A main spec with the given Purpose and requirement blocks. */
function spec(title: string, requirements: string, purpose = PURPOSE): string {
  return `# ${title} Specification\n\n## Purpose\n${purpose}\n\n## Requirements\n${requirements}`;
}

/** A requirement block with scenarios named `scenarios`. */
function req(name: string, text: string, scenarios: readonly string[] = ['Happy path']): string {
  const s = scenarios
    .map(
      (n) =>
        `#### Scenario: ${n}\n- **WHEN** the user does ${n.toLowerCase()}\n- **THEN** it works\n`,
    )
    .join('\n');
  return `### Requirement: ${name}\n${text}\n\n${s}\n`;
}

const LOGIN = req('Login', 'The system SHALL let a user sign in with email and password.', [
  'Valid credentials',
  'Wrong password',
]);
const LOGOUT = req('Logout', 'The system SHALL end the session when the user signs out.');
const AUTH = spec('auth', LOGIN + LOGOUT);

const TASKS = '# Tasks\n\n## 1. Build\n\n- [ ] 1.1 Write the code\n- [ ] 1.2 Write the tests\n';
const PROPOSAL =
  '# Proposal\n\n## Why\n\nUsers keep forgetting passwords and support spends hours on resets.\n\n## What Changes\n\n- Add password reset.\n';

export const OPENSPEC_FIXTURES: OpenSpecFixture[] = [
  {
    name: 'clean',
    about:
      'A well-formed repository: two main specs, a change adding a new capability (only ADDED for a spec that does not exist yet), a change modifying a requirement and keeping its scenarios, with proposal, design and tasks.',
    files: {
      'openspec/specs/auth/spec.md': AUTH,
      'openspec/specs/billing/spec.md': spec(
        'billing',
        req('Invoices', 'The system MUST send an invoice for every paid order.'),
        'Charges customers for their orders and keeps an auditable record of every payment.',
      ),
      'openspec/changes/add-reset/proposal.md': PROPOSAL,
      'openspec/changes/add-reset/tasks.md': TASKS,
      'openspec/changes/add-reset/design.md':
        '# Design\n\n## Context\n\nSessions live in Redis.\n\n## Risks / Trade-offs\n\n- [Token leak] → Tokens expire after 15 minutes\n- [Mail delay] → Show a resend link\n',
      'openspec/changes/add-reset/specs/password-reset/spec.md':
        '## ADDED Requirements\n\n' +
        req('Reset link', 'The system SHALL email a single-use reset link.', [
          'Known email',
          'Unknown email',
        ]),
      'openspec/changes/faster-login/proposal.md': PROPOSAL,
      'openspec/changes/faster-login/tasks.md': TASKS,
      'openspec/changes/faster-login/specs/auth/spec.md':
        '## MODIFIED Requirements\n\n' +
        req('Login', 'The system SHALL let a user sign in within one second.', [
          'Valid credentials',
          'Wrong password',
          'Locked account',
        ]),
    },
    openspec: {
      'change/add-reset': true,
      'change/faster-login': true,
      'spec/auth': true,
      'spec/billing': true,
    },
  },
  {
    name: 'purpose',
    about:
      'Purpose rules: the sentence `openspec archive` writes, a leading TODO/TBD, a Purpose under 50 characters (warnings, so strict fails); a Spanish Purpose opening with "Todo" and one of exactly 50 characters pass; an empty or missing Purpose is an error.',
    files: {
      'openspec/specs/archived/spec.md': spec(
        'archived',
        LOGOUT,
        'TBD - created by archiving change add-archived. Update Purpose after archive.',
      ),
      'openspec/specs/todo/spec.md': spec(
        'todo',
        LOGOUT,
        'TODO: write what this capability is for once the team agrees.',
      ),
      'openspec/specs/tbd-lower/spec.md': spec('tbd', LOGOUT, 'tbd.'),
      'openspec/specs/spanish/spec.md': spec(
        'spanish',
        LOGOUT,
        'Todo el sistema de sesiones vive aquí y protege las cuentas de los usuarios.',
      ),
      'openspec/specs/short/spec.md': spec('short', LOGOUT, 'Handles sessions.'),
      'openspec/specs/fifty/spec.md': spec('fifty', LOGOUT, 'x'.repeat(50)),
      'openspec/specs/forty-nine/spec.md': spec('forty-nine', LOGOUT, 'x'.repeat(49)),
      'openspec/specs/empty/spec.md': '# empty\n\n## Purpose\n\n## Requirements\n' + LOGOUT,
      'openspec/specs/missing/spec.md': '# missing\n\n## Requirements\n' + LOGOUT,
      'openspec/specs/deep-purpose/spec.md': `# deep\n\n### Purpose\n${PURPOSE}\n\n## Requirements\n${LOGOUT}`,
      'openspec/specs/purpose-with-sub/spec.md': `# sub\n\n## Purpose\nShort.\n\n### Background\nThe rest of the story lives in this subsection of the Purpose.\n\n## Requirements\n${LOGOUT}`,
    },
    openspec: {
      'spec/archived': false,
      'spec/todo': false,
      'spec/tbd-lower': false,
      'spec/spanish': true,
      'spec/short': false,
      'spec/fifty': true,
      'spec/forty-nine': false,
      'spec/empty': false,
      'spec/missing': false,
      'spec/deep-purpose': true,
      'spec/purpose-with-sub': true,
    },
  },
  {
    name: 'requirements',
    about:
      'Main-spec requirement rules: no Requirements section, an empty one, a requirement without scenario, a scenario header with nothing under it, a scenario written as a bullet, any level-4 header counting as a scenario, a requirement text in Chinese without SHALL/MUST (a warning), SHALL only in the header, no text at all, lowercase "shall", a **ID**: line before the text, text over 500 characters (info only), and `### Requirement:` inside a fenced example.',
    files: {
      'openspec/specs/no-req-section/spec.md': `# x\n\n## Purpose\n${PURPOSE}\n`,
      'openspec/specs/empty-req/spec.md': `# x\n\n## Purpose\n${PURPOSE}\n\n## Requirements\n\nNothing yet.\n`,
      'openspec/specs/no-scenario/spec.md': spec(
        'x',
        '### Requirement: Login\nThe system SHALL log in.\n',
      ),
      'openspec/specs/empty-scenario/spec.md': spec(
        'x',
        '### Requirement: Login\nThe system SHALL log in.\n\n#### Scenario: Works\n',
      ),
      'openspec/specs/bullet-scenario/spec.md': spec(
        'x',
        '### Requirement: Login\nThe system SHALL log in.\n\n- **Scenario: Works** when the user logs in\n',
      ),
      'openspec/specs/any-h4/spec.md': spec(
        'x',
        '### Requirement: Login\nThe system SHALL log in.\n\n#### Edge case\n- **WHEN** the network drops\n- **THEN** the form keeps its input\n',
      ),
      'openspec/specs/chinese/spec.md': spec(
        'x',
        req('登录', '系统必须允许用户使用邮箱和密码登录。'),
        '本能力负责用户登录、会话管理以及账户安全相关的所有行为，确保只有经过验证的用户才能访问其账户数据。',
      ),
      'openspec/specs/shall-in-header/spec.md': spec(
        'x',
        req('The system SHALL log in', 'Users sign in with email.'),
      ),
      'openspec/specs/no-text/spec.md': spec(
        'x',
        '### Requirement: Login\n\n#### Scenario: Works\n- **WHEN** x\n- **THEN** y\n',
      ),
      'openspec/specs/lowercase/spec.md': spec('x', req('Login', 'The system shall log users in.')),
      'openspec/specs/metadata-line/spec.md': spec(
        'x',
        req('Login', '**ID**: AUTH-001\n**Priority**: High\nThe system MUST log users in.'),
      ),
      'openspec/specs/metadata-only/spec.md': spec(
        'x',
        req('Login', '**Constraint**: The system MUST log users in.'),
      ),
      'openspec/specs/long-text/spec.md': spec(
        'x',
        req('Login', `The system SHALL ${'log in quickly and '.repeat(30)}safely.`),
      ),
      'openspec/specs/fenced/spec.md': spec(
        'x',
        LOGIN + '\n```markdown\n### Requirement: Example\nnot a requirement\n```\n',
      ),
      'openspec/specs/multiline/spec.md': spec(
        'x',
        req(
          'Login',
          'Users sign in with email and password,\nand the system MUST lock the account after five failures.',
        ),
      ),
    },
    openspec: {
      'spec/no-req-section': false,
      'spec/empty-req': false,
      'spec/no-scenario': false,
      'spec/empty-scenario': false,
      'spec/bullet-scenario': false,
      'spec/any-h4': true,
      'spec/chinese': false,
      'spec/shall-in-header': false,
      'spec/no-text': false,
      'spec/lowercase': false,
      'spec/metadata-line': true,
      'spec/metadata-only': true,
      'spec/long-text': true,
      'spec/fenced': true,
      'spec/multiline': true,
    },
  },
  {
    name: 'structure',
    about:
      'Main-spec structure: a delta header left in a main spec, a `### Requirement:` outside `## Requirements`, a duplicate requirement name (also with a closing `###` run), CRLF line endings and a BOM (fine), a title heading before Purpose (fine).',
    files: {
      'openspec/specs/delta-header/spec.md':
        spec('x', LOGIN) + '\n## ADDED Requirements\n' + LOGOUT,
      'openspec/specs/outside/spec.md': `# x\n\n## Purpose\n${PURPOSE}\n\n### Requirement: Early\nThe system SHALL exist.\n\n## Requirements\n${LOGIN}`,
      'openspec/specs/duplicate/spec.md': spec('x', LOGIN + LOGIN),
      'openspec/specs/duplicate-closed/spec.md': spec(
        'x',
        LOGIN + LOGIN.replace('### Requirement: Login', '### Requirement: Login ###'),
      ),
      'openspec/specs/crlf/spec.md': `\uFEFF${spec('x', LOGIN).replace(/\n/g, '\r\n')}`,
      'openspec/specs/notes-after/spec.md':
        spec('x', LOGIN) + '\n## Notes\n\nSee the design doc.\n',
    },
    openspec: {
      'spec/delta-header': false,
      'spec/outside': false,
      'spec/duplicate': false,
      'spec/duplicate-closed': false,
      'spec/crlf': true,
      'spec/notes-after': true,
    },
  },
  {
    name: 'nested',
    about:
      'Nested capabilities: openspec/specs/identity/user-auth/spec.md is item spec/identity/user-auth, a parent folder with its own spec.md is another item, and a change delta at specs/identity/user-auth/spec.md is checked against that nested main spec (dropping a scenario fails). A folder without spec.md is no item.',
    files: {
      'openspec/specs/identity/spec.md': spec('identity', LOGOUT),
      'openspec/specs/identity/user-auth/spec.md': AUTH,
      'openspec/specs/identity/sso/spec.md': spec('sso', LOGOUT, 'Short.'),
      'openspec/specs/platform/README.md': '# Platform\n\nCapabilities live in subfolders.\n',
      'openspec/specs/platform/queue/spec.md': spec(
        'queue',
        req('Delivery', 'The queue MUST deliver every message at least once.'),
      ),
      'openspec/changes/tighten-login/specs/identity/user-auth/spec.md':
        '## MODIFIED Requirements\n\n' +
        req('Login', 'The system SHALL rate-limit sign-in.', ['Valid credentials']),
      'openspec/changes/tighten-login/tasks.md': TASKS,
      'openspec/changes/add-mfa/specs/identity/mfa/spec.md':
        '## ADDED Requirements\n\n' +
        req('Second factor', 'The system SHALL ask for a one-time code.'),
    },
    openspec: {
      'change/add-mfa': true,
      'change/tighten-login': false,
      'spec/identity': true,
      'spec/identity/sso': false,
      'spec/identity/user-auth': true,
      'spec/platform/queue': true,
    },
  },
  {
    name: 'cross-file',
    about:
      'Delta specs checked against the current main spec. Errors: MODIFIED dropping a scenario, MODIFIED of a renamed requirement dropping one. Info only (OpenSpec reports what archive would refuse as info, because a sibling change may be about to make it right): MODIFIED/REMOVED/RENAMED naming a requirement the spec lacks, MODIFIED for a spec that does not exist yet, ADDED for an existing name.',
    files: {
      'openspec/specs/auth/spec.md': AUTH,
      'openspec/changes/drop-scenario/specs/auth/spec.md':
        '## MODIFIED Requirements\n\n' +
        req('Login', 'The system SHALL log in.', ['Valid credentials']),
      'openspec/changes/keep-scenarios/specs/auth/spec.md':
        '## MODIFIED Requirements\n\n' +
        req('Login', 'The system SHALL log in.', ['Wrong password', 'Valid credentials']),
      'openspec/changes/rename-and-drop/specs/auth/spec.md':
        '## RENAMED Requirements\n\n- FROM: `### Requirement: Login`\n- TO: `### Requirement: Sign in`\n\n## MODIFIED Requirements\n\n' +
        req('Sign in', 'The system SHALL sign users in.', ['Valid credentials']),
      'openspec/changes/modify-missing/specs/auth/spec.md':
        '## MODIFIED Requirements\n\n' +
        req('Password rules', 'The system SHALL require 12 characters.'),
      'openspec/changes/remove-missing/specs/auth/spec.md':
        '## REMOVED Requirements\n\n### Requirement: Guest mode\n',
      'openspec/changes/rename-missing/specs/auth/spec.md':
        '## RENAMED Requirements\n\n- FROM: `### Requirement: Guest`\n- TO: `### Requirement: Visitor`\n',
      'openspec/changes/modify-new-spec/specs/payments/spec.md':
        '## MODIFIED Requirements\n\n' + req('Refunds', 'The system SHALL refund within 5 days.'),
      'openspec/changes/add-existing/specs/auth/spec.md':
        '## ADDED Requirements\n\n' +
        req('Logout', 'The system SHALL end all sessions on sign out.'),
      'openspec/changes/remove-ok/specs/auth/spec.md':
        '## REMOVED Requirements\n\n- `### Requirement: Logout`\n',
      'openspec/changes/remove-star/specs/auth/spec.md':
        '## REMOVED Requirements\n\n* ### Requirement: Logout\n',
    },
    openspec: {
      'change/add-existing': true,
      'change/drop-scenario': false,
      'change/keep-scenarios': true,
      'change/modify-missing': true,
      'change/modify-new-spec': true,
      'change/remove-missing': true,
      'change/remove-ok': true,
      'change/remove-star': true,
      'change/rename-and-drop': false,
      'change/rename-missing': true,
      'spec/auth': true,
    },
  },
  {
    name: 'delta-rules',
    about:
      'Rules inside one delta spec: a duplicate requirement in ADDED, MODIFIED or REMOVED, a duplicate RENAMED FROM, conflicting sections, an unpaired RENAMED line, a requirement outside delta sections (warning), a stray `### Notes` in ADDED (info), an ADDED requirement without scenario or without text, ADDED text in Japanese without SHALL/MUST (warning), a repeated and a differently cased section header (merged).',
    files: {
      'openspec/changes/dup-added/specs/a/spec.md':
        '## ADDED Requirements\n\n' +
        req('One', 'The system SHALL do one.') +
        req('One', 'The system SHALL do one again.'),
      'openspec/changes/dup-removed/specs/auth/spec.md':
        '## REMOVED Requirements\n\n### Requirement: Logout\n### Requirement: Logout\n',
      'openspec/changes/dup-rename/specs/auth/spec.md':
        '## RENAMED Requirements\n\n- FROM: `### Requirement: Login`\n- TO: `### Requirement: A`\n- FROM: `### Requirement: Login`\n- TO: `### Requirement: B`\n',
      'openspec/changes/modified-removed/specs/auth/spec.md':
        '## MODIFIED Requirements\n\n' +
        LOGOUT +
        '\n## REMOVED Requirements\n\n### Requirement: Logout\n',
      'openspec/changes/added-removed/specs/a/spec.md':
        '## ADDED Requirements\n\n' +
        req('Two', 'The system SHALL do two.') +
        '\n## REMOVED Requirements\n\n### Requirement: Two\n',
      'openspec/changes/rename-into-added/specs/auth/spec.md':
        '## RENAMED Requirements\n\n- FROM: `### Requirement: Logout`\n- TO: `### Requirement: Sign out`\n\n## ADDED Requirements\n\n' +
        req('Sign out', 'The system SHALL sign out.'),
      'openspec/changes/unpaired/specs/auth/spec.md':
        '## RENAMED Requirements\n\n- FROM: `### Requirement: Logout`\n',
      'openspec/changes/orphan/specs/a/spec.md':
        '## ADDED Requirements\n\n' +
        req('Three', 'The system SHALL do three.') +
        '\n## Notes\n\n### Requirement: Forgotten\nThe system SHALL be forgotten.\n',
      'openspec/changes/stray-h3/specs/a/spec.md':
        '## ADDED Requirements\n\n### Notes on scope\n\nOnly the web app.\n\n' +
        req('Four', 'The system SHALL do four.'),
      'openspec/changes/no-scenario/specs/a/spec.md':
        '## ADDED Requirements\n\n### Requirement: Five\nThe system SHALL do five.\n',
      'openspec/changes/no-text/specs/a/spec.md':
        '## ADDED Requirements\n\n### Requirement: Six\n\n#### Scenario: ok\n- **WHEN** x\n- **THEN** y\n',
      'openspec/changes/japanese/specs/a/spec.md':
        '## ADDED Requirements\n\n' +
        req('ログイン', 'システムはユーザーがメールでログインできるようにする。'),
      'openspec/changes/repeated-sections/specs/a/spec.md':
        '## ADDED Requirements\n\n' +
        req('Seven', 'The system SHALL do seven.') +
        '\n## Added Requirements\n\n' +
        req('Eight', 'The system SHALL do eight.'),
      'openspec/changes/empty-scenario/specs/a/spec.md':
        '## ADDED Requirements\n\n### Requirement: Nine\nThe system SHALL do nine.\n\n#### Scenario: ok\n',
      'openspec/specs/auth/spec.md': AUTH,
    },
    openspec: {
      'change/added-removed': false,
      'change/dup-added': false,
      'change/dup-removed': false,
      'change/dup-rename': false,
      'change/empty-scenario': false,
      'change/japanese': false,
      'change/modified-removed': false,
      'change/no-scenario': false,
      'change/no-text': false,
      'change/orphan': false,
      'change/rename-into-added': false,
      'change/repeated-sections': true,
      'change/stray-h3': true,
      'change/unpaired': false,
      'spec/auth': true,
    },
  },
  {
    name: 'change-shape',
    about:
      'Change folders: no delta at all (error), a scaffolded change with only .openspec.yaml (error), proposal only (error: the specs stage comes next), proposal and specs without design or tasks (fine: the schema order is proposal → specs → design → tasks), a delta file without delta sections, sections without entries, a spec.md directly in specs/, a delta in specs/auth.md instead of specs/auth/spec.md, a note without delta sections beside a spec (fine), a folder wrapping nested changes, and the archive and dot folders (not items).',
    files: {
      'openspec/changes/empty-folder/.gitkeep': '',
      'openspec/changes/scaffolded/.openspec.yaml': 'schema: spec-driven\ncreated: 2025-01-10\n',
      'openspec/changes/proposal-only/proposal.md': PROPOSAL,
      'openspec/changes/specs-stage/proposal.md': PROPOSAL,
      'openspec/changes/specs-stage/specs/a/spec.md':
        '## ADDED Requirements\n\n' + req('Ten', 'The system SHALL do ten.'),
      'openspec/changes/no-sections/specs/a/spec.md':
        '# Notes\n\nWe will add requirements later.\n',
      'openspec/changes/empty-sections/specs/a/spec.md':
        '## ADDED Requirements\n\nTo be written.\n',
      'openspec/changes/root-spec/specs/spec.md':
        '## ADDED Requirements\n\n' + req('Eleven', 'The system SHALL do eleven.'),
      'openspec/changes/flat-file/specs/auth.md':
        '## ADDED Requirements\n\n' + req('Twelve', 'The system SHALL do twelve.'),
      'openspec/changes/with-notes/specs/a/spec.md':
        '## ADDED Requirements\n\n' + req('Thirteen', 'The system SHALL do thirteen.'),
      'openspec/changes/with-notes/specs/a/notes.md': '# Notes\n\nBackground only.\n',
      'openspec/changes/mobile/refresh-token/proposal.md': PROPOSAL,
      'openspec/changes/mobile/refresh-token/specs/a/spec.md':
        '## ADDED Requirements\n\n' + req('Fourteen', 'The system SHALL do fourteen.'),
      'openspec/changes/archive/2025-01-01-old/proposal.md': PROPOSAL,
      'openspec/changes/.hidden/proposal.md': PROPOSAL,
    },
    openspec: {
      'change/empty-folder': false,
      'change/empty-sections': false,
      'change/flat-file': false,
      'change/mobile': false,
      'change/no-sections': false,
      'change/proposal-only': false,
      'change/root-spec': false,
      'change/scaffolded': false,
      'change/specs-stage': true,
      'change/with-notes': true,
    },
  },
  {
    name: 'skip-specs',
    about:
      'skip_specs in .openspec.yaml: true with no specs/ is accepted (info); true with files under specs/ is an error; "yes" instead of a boolean, an unknown schema, or invalid YAML mentioning skip_specs cannot be honoured (error); false, or invalid YAML not mentioning it, leaves the change needing a delta; a project schema in openspec/schemas makes the marker valid.',
    files: {
      'openspec/changes/refactor/.openspec.yaml': 'schema: spec-driven\nskip_specs: true\n',
      'openspec/changes/refactor/proposal.md': PROPOSAL,
      'openspec/changes/refactor/tasks.md': TASKS,
      'openspec/changes/conflict/.openspec.yaml': 'schema: spec-driven\nskip_specs: true\n',
      'openspec/changes/conflict/specs/a/spec.md':
        '## ADDED Requirements\n\n' + req('A', 'The system SHALL a.'),
      'openspec/changes/yes/.openspec.yaml': 'schema: spec-driven\nskip_specs: "yes"\n',
      'openspec/changes/unknown-schema/.openspec.yaml': 'schema: my-flow\nskip_specs: true\n',
      'openspec/changes/bad-yaml/.openspec.yaml': 'schema: [spec-driven\nskip_specs: true\n',
      'openspec/changes/bad-yaml-quiet/.openspec.yaml': 'schema: [spec-driven\n',
      'openspec/changes/false/.openspec.yaml': 'schema: spec-driven\nskip_specs: false\n',
      'openspec/changes/custom/.openspec.yaml': 'schema: lean\nskip_specs: true\n',
      'openspec/changes/dotfile-only/.openspec.yaml': 'schema: spec-driven\nskip_specs: true\n',
      'openspec/changes/dotfile-only/specs/.gitkeep': '',
      'openspec/schemas/lean/schema.yaml':
        'name: lean\nversion: 1\ndescription: Proposal and tasks only\nartifacts:\n  - id: proposal\n    generates: proposal.md\n    description: Why\n    template: proposal.md\n    requires: []\n  - id: tasks\n    generates: tasks.md\n    description: Work\n    template: tasks.md\n    requires: [proposal]\n',
      'openspec/schemas/lean/templates/proposal.md': '# Proposal\n',
      'openspec/schemas/lean/templates/tasks.md': '# Tasks\n',
    },
    openspec: {
      'change/bad-yaml': false,
      'change/bad-yaml-quiet': false,
      'change/conflict': false,
      'change/custom': true,
      'change/dotfile-only': true,
      'change/false': false,
      'change/refactor': true,
      'change/unknown-schema': false,
      'change/yes': false,
    },
  },
  {
    name: 'tasks',
    about:
      "Task files: tasks written as plain bullets with no checkbox (warning), checkboxes with `[~]` or `1. [ ]` markers (fine), a task numbered for the wrong group and a repeated task id (warnings for the built-in spec-driven schema), ids like 1.2a, a tasks.md that is prose only (fine), and the design template's `- [Risk] → Mitigation` lines (fine).",
    files: {
      'openspec/changes/bullets/specs/a/spec.md':
        '## ADDED Requirements\n\n' + req('A', 'The system SHALL a.'),
      'openspec/changes/bullets/tasks.md':
        '# Tasks\n\n## 1. Build\n\n- Write the code\n- Write the tests\n',
      'openspec/changes/markers/specs/a/spec.md':
        '## ADDED Requirements\n\n' + req('B', 'The system SHALL b.'),
      'openspec/changes/markers/tasks.md':
        '# Tasks\n\n- [~] 1.1 In progress\n1. [ ] 1.2 Numbered list task\n',
      'openspec/changes/wrong-group/specs/a/spec.md':
        '## ADDED Requirements\n\n' + req('C', 'The system SHALL c.'),
      'openspec/changes/wrong-group/tasks.md':
        '# Tasks\n\n## 1. Build\n\n- [ ] 1.1 One\n- [ ] 2.1 Two\n',
      'openspec/changes/repeated-id/specs/a/spec.md':
        '## ADDED Requirements\n\n' + req('D', 'The system SHALL d.'),
      'openspec/changes/repeated-id/tasks.md':
        '# Tasks\n\n## 1. Build\n\n- [ ] 1.1 One\n- [x] 1.1 Again\n',
      'openspec/changes/suffix-ids/specs/a/spec.md':
        '## ADDED Requirements\n\n' + req('E', 'The system SHALL e.'),
      'openspec/changes/suffix-ids/tasks.md':
        '# Tasks\n\n## 1. Build\n\n- [ ] 1.2 One\n- [ ] 1.2a Split off\n- [ ] 1.2b Split off again\n',
      'openspec/changes/prose-tasks/specs/a/spec.md':
        '## ADDED Requirements\n\n' + req('F', 'The system SHALL f.'),
      'openspec/changes/prose-tasks/tasks.md':
        '# Tasks\n\nWe will break this down after the design review.\n',
      'openspec/changes/risks/specs/a/spec.md':
        '## ADDED Requirements\n\n' + req('G', 'The system SHALL g.'),
      'openspec/changes/risks/design.md':
        '# Design\n\n## Decisions\n\nUse a queue.\n\n## Risks / Trade-offs\n\n- [Queue backlog] → Alert at 1,000 messages\n- [Duplicate delivery] → Make handlers idempotent\n\n## Open Questions\n\n- [ ] Which broker?\n',
      'openspec/changes/risks/tasks.md': TASKS,
      'openspec/changes/bullets-in-code/specs/a/spec.md':
        '## ADDED Requirements\n\n' + req('H', 'The system SHALL h.'),
      'openspec/changes/bullets-in-code/tasks.md':
        '# Tasks\n\n```text\n- sample output\n```\n\n<!-- - a comment -->\n',
    },
    openspec: {
      'change/bullets': false,
      'change/bullets-in-code': true,
      'change/markers': true,
      'change/prose-tasks': true,
      'change/repeated-id': false,
      'change/risks': true,
      'change/suffix-ids': true,
      'change/wrong-group': false,
    },
  },
];

/** The bundled examples (examples/spec-bundles/openspec/*) are judged by OpenSpec too. */
export const OPENSPEC_EXAMPLES: Array<{
  name: string;
  dir: string;
  openspec: Record<string, boolean>;
}> = [
  {
    name: 'example-passing',
    dir: 'examples/spec-bundles/openspec/passing',
    openspec: { 'change/add-digest-emails': true, 'spec/notifications': true },
  },
  {
    name: 'example-failing',
    dir: 'examples/spec-bundles/openspec/failing',
    openspec: { 'change/add-refunds': false, 'spec/billing': false },
  },
];
