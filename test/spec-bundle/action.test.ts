import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FakeGitHub, pullRequestEvent, runAction } from '../actions/harness.js';
import type { Diagnostic } from '../../model/types.js';
import { ROOT } from '../helpers.js';
import { cli, CONSTITUTION, git, specKitFeature, tempRepo, writeFiles } from './helpers.js';

const EXAMPLES = join(ROOT, 'examples', 'spec-bundles');

/** A copy of an example repository in a temp folder, so runs can change it. */
function copyOf(profile: string, kind: 'passing' | 'failing'): string {
  const dir = mkdtempSync(join(tmpdir(), 'bw-spec-action-'));
  cpSync(join(EXAMPLES, profile, kind), dir, { recursive: true });
  return dir;
}

/** `severity path:line:col` of annotations (Action) or workflow commands (CLI --format github). */
function places(commands: string[]): string[] {
  return commands
    .map((c) => /^::(error|warning|notice) (.*?)::/.exec(c))
    .filter((m): m is RegExpExecArray => m !== null && m[2]!.includes('file='))
    .map((m) => {
      const props = Object.fromEntries(
        m[2]!.split(',').map((p) => p.split('=') as [string, string]),
      );
      return `${m[1]} ${props.file}:${props.line}:${props.col}`;
    })
    .sort();
}

describe('spec-bundle Action, run as the runner runs it', () => {
  let api: FakeGitHub;
  let apiUrl: string;
  beforeEach(async () => {
    api = new FakeGitHub();
    apiUrl = await api.start();
  });
  afterEach(() => api.stop());

  it('fails with annotations on the spec lines, outputs, a summary and one sticky comment that a fixed push updates', async () => {
    const cwd = copyOf('spec-kit', 'failing');
    const inputs = { 'github-token': 'ghs_secret', comment: 'true' };
    const first = await runAction('spec-bundle', {
      cwd,
      inputs,
      event: pullRequestEvent(7),
      apiUrl,
    });
    expect(first.code).toBe(1);
    expect(first.annotations).toContain(
      '::error title=spec-bundle%3A needs-clarification,file=specs/02-csv-export/spec.md,line=25,col=44::Unresolved clarification: answer the question (/speckit.clarify, or research for plan.md) and replace the marker with the decision. Found: "[NEEDS CLARIFICATION: how many rows per file?]".',
    );
    expect(first.annotations).toContain(
      '::warning title=spec-bundle%3A uncovered-requirement,file=specs/02-csv-export/spec.md,line=24,col=5::Requirement FR-003 is not mentioned by any task in specs/02-csv-export/tasks.md: add a task for it, or name it in the task that covers it.',
    );
    expect(first.outputs).toMatchObject({
      passed: 'false',
      errors: '3',
      warnings: '6',
      infos: '0',
      bundles: '2',
      skipped: '0',
    });
    expect(first.summary).toContain('### Spec bundles: ❌ failed');
    expect(first.summary).toContain('2 bundle(s) checked (spec-kit); failing on error and above.');
    expect(first.summary).toContain('| Bundle | Profile | Kind | Files | Errors | Warnings |');
    expect(first.summary).toContain('| specs/02-csv-export | spec-kit | feature | 2 | 2 | 6 |');
    expect(first.summary).toContain('| . | spec-kit | shared | 1 | 1 | 0 |');
    expect(first.stdout).toContain('::add-mask::ghs_secret');
    expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /graphql',
      'POST /repos/owner/repo/issues/7/comments',
    ]);
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]!.body).toMatch(
      /^<!-- boardwright:spec-bundle -->\n### Spec bundles: ❌ failed/,
    );

    // The author fixes the bundle: the second run passes and edits the same comment.
    rmSync(cwd, { recursive: true });
    cpSync(join(EXAMPLES, 'spec-kit', 'passing'), cwd, { recursive: true });
    const second = await runAction('spec-bundle', {
      cwd,
      inputs,
      event: pullRequestEvent(7),
      apiUrl,
    });
    expect(second.code).toBe(0);
    expect(second.outputs).toMatchObject({ passed: 'true', errors: '0', bundles: '2' });
    expect(second.annotations.filter((a) => a.includes('file='))).toEqual([]);
    expect(api.requests.slice(2).map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /graphql',
      `PATCH /repos/owner/repo/issues/comments/${api.comments[0]!.id}`,
    ]);
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]!.body).toContain('### Spec bundles: ✅ passed');
  });

  it('gives the same findings and exit code as the CLI for every example', async () => {
    for (const profile of ['platform-kit', 'spec-kit', 'openspec']) {
      for (const kind of ['passing', 'failing'] as const) {
        const cwd = join(EXAMPLES, profile, kind);
        const action = await runAction('spec-bundle', {
          cwd,
          inputs: { profile, comment: 'false' },
        });
        const run = cli(['spec-bundle', '--profile', profile, '--json'], cwd);
        const json = JSON.parse(run.stdout);
        const command = { error: 'error', warning: 'warning', info: 'notice' } as const;
        expect(action.code, `${profile}/${kind}`).toBe(run.code);
        expect(places(action.annotations)).toEqual(
          // Only findings on a real file are annotated on it (not on a bundle folder).
          (json.diagnostics as Diagnostic[])
            .filter((d) => existsSync(join(cwd, d.path)) && statSync(join(cwd, d.path)).isFile())
            .map((d) => `${command[d.severity]} ${d.path}:${d.line}:${d.column}`)
            .sort(),
        );
        expect(action.outputs.errors).toBe(String(json.summary.error));
        expect(action.outputs.warnings).toBe(String(json.summary.warning));
        expect(action.outputs.bundles).toBe(String(json.bundles.length));
        expect(action.outputs.passed).toBe(String(json.passed));
      }
    }
  });

  it('with changed-only compares with the pull request base commit from the event', async () => {
    const cwd = tempRepo({
      '.specify/memory/constitution.md': CONSTITUTION,
      ...specKitFeature(
        '001-alpha',
        '- **FR-002**: System MUST [NEEDS CLARIFICATION: which format?]\n',
      ),
      ...specKitFeature('002-beta'),
    });
    git(cwd, 'init', '--quiet', '-b', 'main');
    git(cwd, 'add', '.');
    git(cwd, 'commit', '--quiet', '-m', 'base');
    const base = git(cwd, 'rev-parse', 'HEAD').trim();
    git(cwd, 'checkout', '--quiet', '-b', 'feature');
    writeFiles(cwd, { 'specs/002-beta/research.md': '# Research\n\nSee https://example.com\n' });
    git(cwd, 'add', '.');
    git(cwd, 'commit', '--quiet', '-m', 'research');
    const event = pullRequestEvent(5) as { pull_request: { base: { sha: string } } };
    event.pull_request.base.sha = base;

    const run = await runAction('spec-bundle', {
      cwd,
      inputs: { 'changed-only': 'true', comment: 'false' },
      event,
      apiUrl,
    });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({
      passed: 'true',
      bundles: '2',
      skipped: '1',
      warnings: '1',
    });
    expect(places(run.annotations)).toEqual(['warning specs/002-beta/research.md:3:5']);
    expect(run.summary).toContain(
      `changed-only: 1 file(s) changed since ${base.slice(0, 12)}, 1 untouched bundle(s) skipped`,
    );

    // fail-on warning turns the lint warning into a failure; a push event has no base: all bundles.
    const strict = await runAction('spec-bundle', {
      cwd,
      inputs: { 'changed-only': 'true', 'base-ref': base, 'fail-on': 'warning', comment: 'false' },
    });
    expect(strict.code).toBe(1);
    const push = await runAction('spec-bundle', {
      cwd,
      inputs: { 'changed-only': 'true', comment: 'false' },
    });
    expect(push.stdout).toContain(
      '::notice::changed-only: no base-ref and not a pull request, so every bundle is checked.',
    );
    expect(push.outputs).toMatchObject({ bundles: '3', passed: 'false' });
  });

  it('exits 2 on a binary bundle file, an invalid profile file and a bad input value, without a stack trace', async () => {
    const cwd = copyOf('spec-kit', 'passing');
    writeFiles(cwd, {
      'specs/001-password-reset/plan.md': Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2]),
      'bad-profile.json': '{ "id": "x", "bundles": [] }',
    });
    const binary = await runAction('spec-bundle', { cwd, inputs: { comment: 'false' } });
    expect(binary.code).toBe(2);
    expect(binary.annotations).toContain(
      '::error title=spec-bundle%3A binary-file,file=specs/001-password-reset/plan.md,line=1,col=1::File contains NUL bytes and is not Markdown text. Exclude it from the board globs.',
    );
    expect(binary.summary).toContain('### Spec bundles: ⛔ unusable input');

    const profile = await runAction('spec-bundle', {
      cwd,
      inputs: { 'profile-file': 'bad-profile.json', comment: 'false' },
    });
    expect(profile.code).toBe(2);
    expect(profile.annotations[0]).toBe(
      '::error title=spec-bundle%3A invalid-profile,file=bad-profile.json,line=1,col=25::Profile key "bundles" must NOT have fewer than 1 items. See schemas/spec-profile.schema.json.',
    );

    const input = await runAction('spec-bundle', { cwd, inputs: { 'changed-only': 'yes' } });
    expect(input.code).toBe(2);
    expect(input.stdout).toContain(
      '::error::boardwright: Input changed-only must be true or false (true, True, TRUE, false, False or FALSE), not "yes".',
    );
    for (const r of [binary, profile, input]) expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('actions/spec-bundle/action.yml', () => {
  it('declares every input the Action reads, with a description and a default, and runs the bundle', () => {
    const action = parse(readFileSync(join(ROOT, 'actions/spec-bundle/action.yml'), 'utf8'));
    const source = readFileSync(join(ROOT, 'actions/spec-bundle/run.ts'), 'utf8');
    const read = [...source.matchAll(/(?:getInput|listInput|booleanInput)\('([a-z-]+)'/g)].map(
      (m) => m[1],
    );
    const common = ['github-token', 'comment', 'working-directory', 'api-timeout'];
    expect(Object.keys(action.inputs).sort()).toEqual([...new Set([...read, ...common])].sort());
    for (const [name, input] of Object.entries(
      action.inputs as Record<string, { description: string; default: unknown }>,
    )) {
      expect(input.description, name).toBeTruthy();
      expect(input.default, name).toBeDefined();
    }
    expect(Object.keys(action.outputs)).toEqual([
      'passed',
      'bundles',
      'skipped',
      'errors',
      'warnings',
      'infos',
      'report',
    ]);
    expect(action.runs).toEqual({ using: 'node24', main: '../../dist/actions/spec-bundle.js' });
    expect(action.branding).toEqual({ icon: 'book-open', color: 'blue' });
  });
});
