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
    ]);
    expect(first.outputs).toMatchObject({
      passed: 'false',
      'max-drift': '22.26',
      files: '3',
      errors: '2',
    });
    expect(first.summary).toContain('### Doc sync: ❌ failed');
    expect(first.summary).toContain('Sync with: npx boardwright doc-sync --fix --from AGENTS.md');
    expect(first.summary).toContain(
      '| CLAUDE.md | AGENTS.md | 21.4% | line 10 (## Setup); lines 27–28 (## Testing); line 32 (## Pull requests) |',
    );
    expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /repos/owner/repo/issues/7/comments',
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
    expect(second.stdout).toContain('Rewrote CLAUDE.md, GEMINI.md from AGENTS.md.');
    expect(second.outputs).toMatchObject({ passed: 'true', 'max-drift': '0', errors: '0' });
    expect(readFileSync(join(cwd, 'CLAUDE.md'), 'utf8').split('\n')[0]).toBe('# CLAUDE.md');
    expect(api.requests.slice(2).map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /repos/owner/repo/issues/7/comments',
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
    expect(run.outputs).toMatchObject({ passed: 'false', 'max-drift': '0', files: '3' });
    expect(run.summary).toContain('### Doc sync: ⛔ unusable input');
    expect(run.summary).toContain('| GEMINI.md | CLAUDE.md | 0% | — |');
    expect(run.stdout).not.toMatch(/\n\s+at /);
  });
});
