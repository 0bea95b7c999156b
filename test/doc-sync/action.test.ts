import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { FakeGitHub, pullRequestEvent, runAction } from '../actions/harness.js';

function copyExample(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'bw-docsync-action-'));
  cpSync(join(ROOT, 'examples', 'doc-sync', name), dir, { recursive: true });
  return dir;
}

describe('doc-sync Action, run as the runner runs it', () => {
  let api: FakeGitHub;
  let apiUrl: string;
  beforeEach(async () => {
    api = new FakeGitHub();
    apiUrl = await api.start();
  });
  afterEach(() => api.stop());

  it('fails on the drifted family, then passes after the sync and updates its one comment', async () => {
    const cwd = copyExample('drifted');
    const inputs = { 'github-token': 'ghs_secret', threshold: '10' };
    const first = await runAction('doc-sync', { cwd, inputs, event: pullRequestEvent(7), apiUrl });
    expect(first.code).toBe(1);
    expect(first.annotations.filter((a) => a.startsWith('::error title=doc-sync'))).toEqual([
      expect.stringMatching(
        /^::error title=doc-sync%3A doc-drift,file=CLAUDE.md,line=10,col=1::CLAUDE.md drifts 21.4%25 from AGENTS.md \(threshold 10%25\)/,
      ),
      expect.stringMatching(
        /^::error title=doc-sync%3A doc-drift,file=GEMINI.md,line=14,col=1::GEMINI.md drifts 22.26%25 from CLAUDE.md \(threshold 10%25\)/,
      ),
      expect.stringMatching(
        /^::error title=doc-sync%3A doc-drift,file=.github\/copilot-instructions.md,line=16,col=1::.github\/copilot-instructions.md drifts 28.34%25 from CLAUDE.md/,
      ),
      expect.stringMatching(
        /^::error title=doc-sync%3A doc-drift,file=.github\/copilot-instructions.md,line=22,col=1::.github\/copilot-instructions.md drifts 10.04%25 from GEMINI.md/,
      ),
    ]);
    expect(first.outputs).toMatchObject({
      passed: 'false',
      'max-drift': '28.34',
      files: '4',
      errors: '4',
    });
    const pairs = JSON.parse(first.outputs.pairs!) as Array<Record<string, unknown>>;
    expect(pairs.map((p) => [p.a, p.b, p.drift, p.passed])).toEqual([
      ['AGENTS.md', 'CLAUDE.md', 21.4, false],
      ['AGENTS.md', 'GEMINI.md', 1.09, true],
      ['AGENTS.md', '.github/copilot-instructions.md', 9.04, true],
      ['CLAUDE.md', 'GEMINI.md', 22.26, false],
      ['CLAUDE.md', '.github/copilot-instructions.md', 28.34, false],
      ['GEMINI.md', '.github/copilot-instructions.md', 10.04, false],
    ]);
    expect(pairs[1]).toEqual({
      a: 'AGENTS.md',
      b: 'GEMINI.md',
      drift: 1.09,
      distance: 12,
      passed: true,
      identical: false,
      sections: [{ heading: '## Commands', a: { start: 16, end: 16 }, b: { start: 20, end: 20 } }],
      changedSections: [{ heading: '## Commands', status: 'changed', drift: 5.77 }],
    });
    expect(first.summary).toContain('### Doc sync: ❌ failed');
    expect(first.summary).toContain('Sync with: npx boardwright doc-sync --fix --from AGENTS.md');
    expect(first.summary).toContain(
      '| CLAUDE.md | AGENTS.md | 21.4% ✗ | ## Setup 1.72%; ## Testing 64.91%; ## Pull requests 76.77% | line 10 (## Setup); lines 27–28 (## Testing); line 32 (## Pull requests) |',
    );
    expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /graphql',
      'POST /repos/owner/repo/issues/7/comments',
    ]);
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]!.body).toMatch(
      /^<!-- boardwright:doc-sync -->\n### Doc sync: ❌ failed/,
    );

    // The fix input rewrites CLAUDE.md and GEMINI.md from AGENTS.md; the comment is updated.
    const second = await runAction('doc-sync', {
      cwd,
      inputs: { ...inputs, fix: 'AGENTS.md' },
      event: pullRequestEvent(7),
      apiUrl,
    });
    expect(second.code).toBe(0);
    expect(second.stdout).toContain(
      'Rewrote CLAUDE.md, GEMINI.md, .github/copilot-instructions.md from AGENTS.md.',
    );
    expect(second.outputs).toMatchObject({ passed: 'true', 'max-drift': '0', errors: '0' });
    expect(readFileSync(join(cwd, 'CLAUDE.md'), 'utf8').split('\n')[0]).toBe('# CLAUDE.md');
    expect(api.requests.slice(2).map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /graphql',
      `PATCH /repos/owner/repo/issues/comments/${api.comments[0]!.id}`,
    ]);
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]!.body).toContain('### Doc sync: ✅ passed');
  });

  it('exits 2 with an annotation for a binary member and still reports the other pairs', async () => {
    const cwd = copyExample('in-sync');
    writeFileSync(join(cwd, 'CODEX.md'), Buffer.from([0x23, 0x0a, 0x00, 0xff]));
    const run = await runAction('doc-sync', { cwd, inputs: { comment: 'false' } });
    expect(run.code).toBe(2);
    expect(run.annotations).toContainEqual(
      expect.stringMatching(
        /^::error title=doc-sync%3A binary-file,file=CODEX.md,line=2,col=1::Line 2 has NUL bytes/,
      ),
    );
    expect(run.outputs).toMatchObject({ passed: 'false', 'max-drift': '0', files: '4' });
    expect(run.summary).toContain('### Doc sync: ⛔ unusable input');
    expect(run.summary).toContain('| GEMINI.md | CLAUDE.md | 0% | — |');
    expect(run.stdout).not.toMatch(/\n\s+at /);
  });
});

/** The CLI on the same folder, as a user runs it. */
function cliJson(cwd: string, ...args: string[]): { code: number | null; json: CliJson } {
  const r = spawnSync(
    process.execPath,
    [join(ROOT, 'dist', 'cli.js'), '-C', cwd, 'doc-sync', '--format', 'json', ...args],
    { encoding: 'utf8' },
  );
  return { code: r.status, json: JSON.parse(r.stdout) as CliJson };
}

interface CliJson {
  passed: boolean;
  maxDrift: number;
  files: string[];
  pairs: Array<{ a: string; b: string; drift: number; distance: number; sections: unknown[] }>;
  summary: { error: number; warning: number; info: number };
  diagnostics: Array<{ rule: string; path: string; line: number; message: string }>;
}

describe('the doc-sync CLI and Action give the same result', () => {
  const none = (): void => {};
  const cases: Array<
    [string, string, (dir: string) => void, Record<string, string>, string[], number]
  > = [
    ['in-sync family', 'in-sync', none, {}, [], 0],
    ['drifted family', 'drifted', none, {}, [], 1],
    [
      'drifted family, threshold 30',
      'drifted',
      none,
      { threshold: '30' },
      ['--threshold', '30'],
      0,
    ],
    [
      'two named files',
      'drifted',
      none,
      { files: 'GEMINI.md\n.github/copilot-instructions.md' },
      ['GEMINI.md', '.github/copilot-instructions.md'],
      1,
    ],
    [
      'an invalid UTF-8 member',
      'in-sync',
      (dir) => writeFileSync(join(dir, 'CODEX.md'), Buffer.from([0x23, 0x0a, 0xc3, 0x28])),
      {},
      [],
      2,
    ],
  ];
  it.each(cases)('%s', async (_name, example, prepare, inputs, args, code) => {
    const cwd = copyExample(example);
    prepare(cwd);
    const cli = cliJson(cwd, ...args);
    const action = await runAction('doc-sync', { cwd, inputs: { comment: 'false', ...inputs } });
    expect(cli.code).toBe(code);
    expect(action.code).toBe(code);
    expect(action.outputs.passed).toBe(String(cli.json.passed && cli.code !== 2));
    expect(Number(action.outputs['max-drift'])).toBe(cli.json.maxDrift);
    expect(Number(action.outputs.files)).toBe(cli.json.files.length);
    expect(Number(action.outputs.errors)).toBe(cli.json.summary.error);
    expect(Number(action.outputs.infos)).toBe(cli.json.summary.info);
    const pairs = JSON.parse(action.outputs.pairs!) as Array<Record<string, unknown>>;
    expect(pairs.map((p) => [p.a, p.b, p.drift, p.distance])).toEqual(
      cli.json.pairs.map((p) => [p.a, p.b, p.drift, p.distance]),
    );
    // Every CLI finding is an annotation on the same file and line.
    const annotations = action.annotations.filter((a) => a.includes('file='));
    expect(annotations).toHaveLength(cli.json.diagnostics.length);
    cli.json.diagnostics.forEach((d, i) => {
      expect(annotations[i]).toContain(
        `title=doc-sync%3A ${d.rule},file=${d.path},line=${d.line},`,
      );
    });
  });
});
