import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers.js';
import { FakeGitHub, pullRequestEvent, runAction } from '../actions/harness.js';
import { EXAMPLES, cli, exampleCopy, gitInit, tempDir, writeFiles } from './helpers.js';

const BASELINE = { mode: 'gate', baseline: 'kb/parity/baseline.json' };

describe('parity Action, run as the runner runs it', () => {
  let api: FakeGitHub;
  let apiUrl: string;
  beforeEach(async () => {
    api = new FakeGitHub();
    apiUrl = await api.start();
  });
  afterEach(() => api.stop());

  it('fails the gate with annotations, outputs, a summary and a sticky comment, then updates the comment when fixed', async () => {
    const cwd = exampleCopy('failing');
    const inputs = { ...BASELINE, 'github-token': 'ghs_secret' };
    const first = await runAction('parity', { cwd, inputs, event: pullRequestEvent(7), apiUrl });
    expect(first.code).toBe(1);
    const scoreLine =
      readFileSync(join(cwd, 'kb/parity/baseline.json'), 'utf8')
        .split('\n')
        .findIndex((l) => l.startsWith('  "score"')) + 1;
    expect(first.annotations.filter((a) => a.includes('file='))).toEqual([
      `::error title=parity-gate%3A parity-score-drop,file=kb/parity/baseline.json,line=${scoreLine},col=1::Parity score dropped from 71.79 (kb/parity/baseline.json) to 58.97: -12.82 points, more than the threshold of 5.`,
      '::warning title=parity-gate%3A parity-regression,file=kb/parity/control-plane.yaml,line=25,col=1::Contract rls/policies (severity 5) passed in kb/parity/baseline.json and fails now: supabase/migrations/20260127_ops_rls.sql does not exist.',
      '::warning title=parity-gate%3A parity-contract-failed,file=kb/parity/control-plane.yaml,line=31,col=1::Contract rls/task (severity 3) fails: M1.1.2 "Create RLS policies for ops schema" is in-progress on docs/TASKS.md:36.',
      '::warning title=parity-gate%3A parity-contract-failed,file=kb/parity/control-plane.yaml,line=49,col=1::Contract runtime/exposed-schemas (severity 3) fails: /api/schemas in supabase/api.yaml:3 is ["public"], expected ["public","ops"].',
      '::notice title=parity-gate%3A parity-contract-skipped,file=kb/parity/control-plane.yaml,line=57,col=1::Contract runtime/health (severity 4) was skipped: node scripts/check-health.mjs was not run: commands are not allowed (parity.allowCommands, --allow-commands, Action input allow-commands).',
      '::warning title=parity-gate%3A parity-contract-failed,file=kb/parity/governance.json,line=47,col=1::Contract ci-gates/spec-kit-enforce (severity 3) fails: .github/workflows/spec-kit-enforce.yml does not exist.',
      '::warning title=parity-gate%3A parity-contract-failed,file=kb/parity/governance.json,line=53,col=1::Contract ci-gates/enforce-task (severity 2) fails: M2.2.1 "Create spec-kit-enforce workflow" is backlog on docs/TASKS.md:51.',
    ]);
    expect(first.outputs).toMatchObject({
      passed: 'false',
      score: '58.97',
      'baseline-score': '71.79',
      delta: '-12.82',
      matrix: '',
      errors: '1',
      warnings: '5',
      infos: '1',
    });
    expect(first.summary).toContain('### Parity gate: ❌ failed');
    expect(first.summary).toContain(
      'Parity score 58.97 (23 of 39 severity points) over 5 capabilities: 2 pass, 2 partial, 1 fail. Compared with baseline 71.79 (kb/parity/baseline.json), -12.82 points; the gate allows a drop of 5.',
    );
    expect(first.summary).toContain(
      '| 71.79 (kb/parity/baseline.json) | 58.97 | -12.82 | 5 | 1 | 0 |',
    );
    expect(first.summary).toContain(
      '| control-plane | rls — Row-level security on the ops schema | ❌ fail | 0.00 | 0/2 |',
    );
    expect(first.stdout).toContain('::add-mask::ghs_secret');
    expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /graphql',
      'POST /repos/owner/repo/issues/7/comments',
    ]);
    expect(api.requests[0]!.authorization).toBe('token ghs_secret');
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]!.body).toMatch(
      /^<!-- boardwright:parity-gate -->\n### Parity gate: ❌ failed/,
    );

    // The pull request restores the migration and exposes the schema: the same comment is updated.
    copyFileSync(
      join(EXAMPLES, 'passing/supabase/migrations/20260127_ops_rls.sql'),
      join(cwd, 'supabase/migrations/20260127_ops_rls.sql'),
    );
    copyFileSync(join(EXAMPLES, 'passing/supabase/api.yaml'), join(cwd, 'supabase/api.yaml'));
    const second = await runAction('parity', { cwd, inputs, event: pullRequestEvent(7), apiUrl });
    expect(second.code).toBe(0);
    expect(second.outputs).toMatchObject({
      passed: 'true',
      score: '79.49',
      delta: '7.70',
      errors: '0',
    });
    expect(api.requests.slice(2).map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /graphql',
      `PATCH /repos/owner/repo/issues/comments/${api.comments[0]!.id}`,
    ]);
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]!.body).toContain('### Parity gate: ✅ passed');
  });

  it('gives the same result as the CLI in every mode', async () => {
    const cwd = exampleCopy('failing');
    const cases: Array<[string, Record<string, string>, string[]]> = [
      ['run', { mode: 'run', out: 'action-matrix.json' }, ['run', '--out', 'cli-matrix.json']],
      ['gate', BASELINE, ['gate', '--baseline', 'kb/parity/baseline.json']],
      [
        'gate',
        { ...BASELINE, threshold: '13' },
        ['gate', '--baseline', 'kb/parity/baseline.json', '--threshold', '13'],
      ],
      ['validate', { mode: 'validate' }, ['validate']],
      ['gate', { mode: 'gate', baseline: 'nope.json' }, ['gate', '--baseline', 'nope.json']],
    ];
    for (const [mode, inputs, args] of cases) {
      const action = await runAction('parity', { cwd, inputs: { ...inputs, comment: 'false' } });
      const local = cli(['parity', ...args, '--json'], cwd);
      const report = JSON.parse(local.stdout) as Record<string, unknown>;
      const text = (v: unknown): string => (typeof v === 'number' ? v.toFixed(2) : '');
      expect([mode, action.code]).toEqual([mode, local.code]);
      expect(action.outputs).toMatchObject({
        passed: String(report.passed),
        score: text(report.score),
        'baseline-score': text(report.baselineScore),
        delta: text(report.delta),
        errors: String((report.summary as { error: number }).error),
        warnings: String((report.summary as { warning: number }).warning),
      });
    }
    expect(readFileSync(join(cwd, 'action-matrix.json'), 'utf8')).toBe(
      readFileSync(join(cwd, 'cli-matrix.json'), 'utf8'),
    );
  });

  it('reads the baseline at the pull request base commit when no baseline is configured', async () => {
    const cwd = exampleCopy('passing');
    copyFileSync(join(cwd, 'kb/parity/baseline.json'), join(cwd, 'parity-matrix.json'));
    const base = gitInit(cwd);
    const event = pullRequestEvent(11) as { pull_request: { base: { sha: string } } };
    event.pull_request.base.sha = base;
    const run = await runAction('parity', { cwd, inputs: { comment: 'false' }, event, apiUrl });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({
      passed: 'true',
      score: '79.49',
      'baseline-score': '71.79',
      delta: '7.70',
    });
    expect(run.summary).toContain(`71.79 (${base}:parity-matrix.json)`);
  });

  it('runs command contracts only when the allow-commands input says so', async () => {
    const cwd = exampleCopy('passing');
    const off = await runAction('parity', { cwd, inputs: { mode: 'run', comment: 'false' } });
    expect(off.outputs).toMatchObject({
      passed: 'true',
      score: '79.49',
      matrix: 'parity-matrix.json',
    });
    const on = await runAction('parity', {
      cwd,
      inputs: {
        mode: 'run',
        'allow-commands': 'true',
        out: 'with-commands.json',
        comment: 'false',
      },
    });
    expect(on.code).toBe(0);
    expect(on.outputs).toMatchObject({ score: '81.40', matrix: 'with-commands.json' });
  });

  it('exits 2 on unusable input with an annotation and no stack trace, and rejects bad inputs', async () => {
    const cwd = writeFiles(tempDir(), {
      'kb/parity/a.json': '{\n  "domain": "a",\n  "capabilities": [\n    { "id": "x", }\n  ]\n}\n',
    });
    const broken = await runAction('parity', {
      cwd,
      inputs: { mode: 'run' },
      event: pullRequestEvent(3),
      apiUrl,
    });
    expect(broken.code).toBe(2);
    expect(broken.annotations).toContain(
      '::error title=parity-run%3A invalid-json,file=kb/parity/a.json,line=4,col=1::File is not valid JSON: unexpected "}" at line 4, column 18.',
    );
    expect(broken.outputs).toMatchObject({ passed: 'false', score: '', matrix: '' });
    expect(broken.summary).toContain('### Parity run: ⛔ unusable input');
    expect(existsSync(join(cwd, 'parity-matrix.json'))).toBe(false);
    expect(broken.stdout + broken.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);

    const mode = await runAction('parity', { cwd, inputs: { mode: 'deploy' } });
    expect(mode.code).toBe(2);
    expect(mode.stdout).toContain(
      '::error::boardwright: mode must be run, gate or validate, not "deploy".',
    );
    const flag = await runAction('parity', {
      cwd,
      inputs: { mode: 'run', 'allow-commands': 'yes' },
    });
    expect(flag.code).toBe(2);
    expect(flag.stdout).toContain(
      '::error::boardwright: Input allow-commands must be true or false (true, True, TRUE, false, False or FALSE), not "yes".',
    );
  });
});

describe('the parity action.yml', () => {
  it('declares every input the Action reads, with defaults, and the outputs it sets', () => {
    const action = parse(readFileSync(join(ROOT, 'actions/parity/action.yml'), 'utf8'));
    expect(action.runs).toEqual({ using: 'node24', main: '../../dist/actions/parity.js' });
    expect(Object.keys(action.inputs).sort()).toEqual(
      [
        'allow-commands',
        'api-timeout',
        'base-ref',
        'baseline',
        'comment',
        'config',
        'github-token',
        'kb',
        'mode',
        'out',
        'threshold',
        'update-baseline',
        'working-directory',
      ].sort(),
    );
    for (const input of Object.values(action.inputs) as Array<{
      description: string;
      default: unknown;
    }>) {
      expect(input.description.length).toBeGreaterThan(10);
      expect(input.default).toBeDefined();
    }
    expect(action.inputs['allow-commands'].default).toBe('false');
    expect(Object.keys(action.outputs)).toEqual(
      expect.arrayContaining(['passed', 'score', 'baseline-score', 'delta']),
    );
    const source = readFileSync(join(ROOT, 'actions/parity/run.ts'), 'utf8');
    const read = [...source.matchAll(/(?:optional|flag)\('([a-z-]+)'\)/g)].map((m) => m[1]);
    for (const name of read) expect(Object.keys(action.inputs)).toContain(name);
  });

  it('is used by the example workflows with inputs it declares', () => {
    const action = parse(readFileSync(join(ROOT, 'actions/parity/action.yml'), 'utf8'));
    for (const setup of ['passing', 'failing']) {
      const workflow = parse(
        readFileSync(join(EXAMPLES, setup, '.github/workflows/parity-gate.yml'), 'utf8'),
      );
      const steps = workflow.jobs.parity.steps as Array<{
        uses?: string;
        with?: Record<string, string>;
      }>;
      const uses = steps.filter((s) => s.uses?.includes('/actions/parity@'));
      expect(uses.map((s) => s.with?.mode)).toEqual(['validate', 'gate']);
      for (const s of uses)
        for (const k of Object.keys(s.with ?? {})) expect(Object.keys(action.inputs)).toContain(k);
    }
  });
});
