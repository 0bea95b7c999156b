import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers.js';
import { FakeGitHub, pullRequestEvent, runAction } from '../actions/harness.js';
import { repaint, userRepo } from './user-fixtures.js';

/** A repository with kanban.md and its 4 diagrams (deps .mmd/.svg, gantt, overview) from the CLI. */
function repo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bw-diagrams-action-'));
  mkdirSync(join(dir, 'boards'));
  copyFileSync(join(ROOT, 'examples/boards/kanban.md'), join(dir, 'boards/kanban.md'));
  const r = spawnSync(
    process.execPath,
    [join(ROOT, 'dist/cli.js'), 'diagrams', 'boards', '--format', 'mermaid,svg'],
    { cwd: dir, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(r.stderr);
  return dir;
}

const INPUTS = { paths: 'boards', formats: 'mermaid, svg', 'github-token': 'ghs_token' };

describe('diagrams Action, run as the runner runs it', () => {
  let api: FakeGitHub;
  let apiUrl: string;
  beforeEach(async () => {
    api = new FakeGitHub();
    apiUrl = await api.start();
  });
  afterEach(() => api.stop());

  it('passes on up-to-date diagrams and fails with an annotation on a hand-edited SVG', async () => {
    const cwd = repo();
    const ok = await runAction('diagrams', {
      cwd,
      inputs: INPUTS,
      event: pullRequestEvent(4),
      apiUrl,
    });
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.outputs).toMatchObject({
      passed: 'true',
      errors: '0',
      drifted: '0',
      missing: '0',
      extra: '0',
      files: '4',
    });
    expect(ok.summary).toContain('### Diagrams check: ✅ passed');
    expect(ok.summary).toContain(
      '4 of 4 diagram file(s) in docs/diagrams/ match 1 board(s) (mermaid, svg).',
    );
    expect(api.comments).toHaveLength(1);

    const svg = join(cwd, 'docs/diagrams/boards-kanban.deps.svg');
    writeFileSync(svg, readFileSync(svg, 'utf8').replace('</svg>', '<!-- touched --></svg>'));
    const bad = await runAction('diagrams', {
      cwd,
      inputs: INPUTS,
      event: pullRequestEvent(4),
      apiUrl,
    });
    expect(bad.code).toBe(1);
    expect(bad.annotations.filter((a) => a.includes('file='))).toEqual([
      expect.stringMatching(
        /^::error title=diagrams%3A diagram-drift,file=docs\/diagrams\/boards-kanban.deps.svg,line=1,col=1::docs\/diagrams\/boards-kanban.deps.svg differs from what the boards generate/,
      ),
    ]);
    expect(bad.outputs).toMatchObject({ passed: 'false', errors: '1', drifted: '1', files: '4' });
    expect(bad.summary).toContain('| docs/diagrams/boards-kanban.deps.svg | drifted |');
    // The same sticky comment is updated, not a second one added.
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]!.body).toMatch(
      /^<!-- boardwright:diagrams -->\n### Diagrams check: ❌ failed/,
    );
    expect(api.requests.map((r) => r.method)).toEqual(['POST', 'POST', 'POST', 'PATCH']);
  }, 60_000);

  it('exits 2 without comparing when a board is unusable, and rejects an unknown format', async () => {
    const cwd = repo();
    writeFileSync(join(cwd, 'boards/kanban.md'), Buffer.from([0x23, 0xff, 0xfe, 0x00, 0x00]));
    const run = await runAction('diagrams', { cwd, inputs: { paths: 'boards' }, apiUrl });
    expect(run.code).toBe(2);
    expect(run.summary).toContain(
      'Some boards could not be read, so the diagrams were not compared.',
    );
    expect(run.annotations.some((a) => a.includes('file=boards/kanban.md'))).toBe(true);

    const bad = await runAction('diagrams', { cwd: repo(), inputs: { formats: 'gif' }, apiUrl });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toContain('::error::boardwright: Unknown diagram format "gif".');
  }, 60_000);

  it('declares every input it reads and runs the bundled entry', () => {
    const action = parse(readFileSync(join(ROOT, 'actions/diagrams/action.yml'), 'utf8'));
    expect(action.runs).toEqual({ using: 'node24', main: '../../dist/actions/diagrams.js' });
    const source = readFileSync(join(ROOT, 'actions/diagrams/run.ts'), 'utf8');
    const read = [...source.matchAll(/(?:getInput|listInput)\('([^']+)'\)/g)].map((m) => m[1]);
    for (const input of [...read, 'comment', 'github-token', 'working-directory'])
      expect(Object.keys(action.inputs)).toContain(input);
    for (const input of Object.values(action.inputs) as Array<{
      description: string;
      default: unknown;
    }>) {
      expect(input.description.length).toBeGreaterThan(10);
      expect(input.default).toBeDefined();
    }
  });
  it('checks the draw.io diagrams people commit: a repainted PNG fails with a diff picture', async () => {
    const cwd = userRepo();
    // Export once as a contributor would (boardwright diagrams --fix), then repaint one page.
    const fix = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'diagrams', '--fix'], {
      cwd,
      encoding: 'utf8',
      timeout: 300_000,
    });
    expect(fix.status, fix.stderr).toBe(0);
    const png = join(cwd, 'docs/arch-2.png');
    writeFileSync(png, repaint(readFileSync(png), 5, 5, 40, 30));
    const run = await runAction('diagrams', {
      cwd,
      inputs: { 'github-token': 'ghs_token' },
      event: pullRequestEvent(4),
      apiUrl,
    });
    expect(run.code).toBe(1);
    expect(run.annotations.filter((a) => a.includes('file='))).toEqual([
      expect.stringMatching(
        /^::error title=diagrams%3A diagram-drift,file=docs\/arch-2.png,line=1,col=1::docs\/arch-2.png does not match docs\/arch.drawio/,
      ),
    ]);
    expect(run.outputs).toMatchObject({ passed: 'false', drifted: '1', 'user-exports': '3' });
    expect(existsSync(join(run.outputs['diff-dir']!, 'docs/arch-2.png.diff.png'))).toBe(true);
    expect(run.summary).toContain('| docs/arch-2.png | drifted (docs/arch.drawio page 2) |');
  }, 300_000);
});
