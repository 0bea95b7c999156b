import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocSync, fixDocSync, normalizeDoc } from '../../docsync/index.js';
import { ROOT } from '../helpers.js';

const CLI = join(ROOT, 'dist', 'cli.js');
const example = (name: string): string => join(ROOT, 'examples', 'doc-sync', name);

function copyExample(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'bw-docsync-'));
  cpSync(example(name), dir, { recursive: true });
  return dir;
}

function cli(
  cwd: string,
  ...args: string[]
): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, '-C', cwd, 'doc-sync', ...args], {
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('normalizeDoc', () => {
  it('drops the H1 header, CRLF, trailing spaces, a BOM and trailing blank lines', () => {
    expect(normalizeDoc('\uFEFF# CLAUDE.md\r\n\r\n## A  \r\ntext\t\r\n\r\n\r\n')).toEqual({
      header: '# CLAUDE.md',
      body: '## A\ntext\n',
      bodyStartLine: 3,
    });
  });
  it('takes everything up to the marker line as the header when there is one', () => {
    const doc = normalizeDoc('# G\n\nown words\n<!-- boardwright:doc-sync -->\n\n## A\n');
    expect(doc).toEqual({
      header: '# G\n\nown words\n<!-- boardwright:doc-sync -->',
      body: '## A\n',
      bodyStartLine: 6,
    });
  });
  it('has no header when the file starts with anything but an H1', () => {
    expect(normalizeDoc('## A\nx\n')).toEqual({ header: '', body: '## A\nx\n', bodyStartLine: 1 });
  });
});

describe('checkDocSync and the doc-sync CLI on the bundled examples', () => {
  it('passes the in-sync family (CRLF, trailing spaces, own headers) with drift 0', () => {
    const r = checkDocSync({ root: example('in-sync') });
    expect(r.members.map((m) => m.path)).toEqual(['AGENTS.md', 'CLAUDE.md', 'GEMINI.md']);
    expect(r.pairs.map((p) => p.drift)).toEqual([0, 0, 0]);
    expect(r.passed).toBe(true);
    expect(r.diagnostics).toEqual([]);
    const run = cli(example('in-sync'));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('AGENTS.md ↔ CLAUDE.md  drift 0%  ok');
  });

  it('reports the drifted family with drifts computed by an independent full Levenshtein', () => {
    // 232/1084, 12/1096 and 244/1096 characters: computed with a plain DP over the bodies.
    const r = checkDocSync({ root: example('drifted') });
    expect(r.pairs.map((p) => [p.a, p.b, p.distance, p.drift])).toEqual([
      ['AGENTS.md', 'CLAUDE.md', 232, 21.4],
      ['AGENTS.md', 'GEMINI.md', 12, 1.09],
      ['CLAUDE.md', 'GEMINI.md', 244, 22.26],
    ]);
    expect(r.maxDrift).toBe(22.26);
    expect(r.passed).toBe(false);
    expect(r.pairs[0]!.sections.map((s) => [s.heading, s.b.start, s.b.end])).toEqual([
      ['## Setup', 10, 10],
      ['## Testing', 27, 28],
      ['## Pull requests', 32, 32],
    ]);
    // GEMINI.md's marker header moves its body down by four lines.
    expect(r.pairs[1]!.sections.map((s) => [s.heading, s.a.start, s.b.start])).toEqual([
      ['## Commands', 16, 20],
    ]);
    const run = cli(example('drifted'));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('AGENTS.md ↔ CLAUDE.md  drift 21.4%  FAIL');
    expect(run.stdout).toContain('AGENTS.md ↔ GEMINI.md  drift 1.09%  ok');
    expect(run.stdout).toContain('      ## Testing: AGENTS.md lines 27–28 ↔ CLAUDE.md lines 27–28');
    expect(run.stdout).toContain(
      'Sync the family with:\n  npx boardwright doc-sync --fix --from AGENTS.md\n',
    );
    const json = JSON.parse(
      cli(example('drifted'), '--format', 'json', '--threshold', '25').stdout,
    );
    expect(json).toMatchObject({ passed: true, maxDrift: 22.26, threshold: 25 });
    const gh = cli(example('drifted'), '--format', 'github');
    expect(gh.stdout.split('\n')[0]).toMatch(
      /^::error file=CLAUDE.md,line=10,col=1,title=boardwright doc-drift::CLAUDE.md drifts 21.4%25 from AGENTS.md \(threshold 10%25\); differs at line 10 \(## Setup\), lines 27–28 \(## Testing\), line 32 \(## Pull requests\)\. Sync with: npx boardwright doc-sync --fix --from AGENTS.md$/,
    );
  });

  it('--fix --from AGENTS.md keeps each header, gives drift 0, and a second run changes nothing', () => {
    const dir = copyExample('drifted');
    const dry = cli(dir, '--fix', '--from', 'AGENTS.md', '--dry-run');
    expect(dry.code).toBe(1);
    expect(dry.stderr).toBe('Would rewrite CLAUDE.md, GEMINI.md from AGENTS.md.\n');
    expect(readFileSync(join(dir, 'CLAUDE.md'), 'utf8')).toBe(
      readFileSync(join(example('drifted'), 'CLAUDE.md'), 'utf8'),
    );

    const first = cli(dir, '--fix', '--from', 'AGENTS.md');
    expect(first.code).toBe(0);
    expect(first.stderr).toBe('Rewrote CLAUDE.md, GEMINI.md from AGENTS.md.\n');
    expect(first.stdout).toContain('CLAUDE.md ↔ GEMINI.md  drift 0%  ok');
    const claude = readFileSync(join(dir, 'CLAUDE.md'), 'utf8');
    const gemini = readFileSync(join(dir, 'GEMINI.md'), 'utf8');
    const agents = readFileSync(join(dir, 'AGENTS.md'), 'utf8');
    expect(claude).toBe(agents.replace('# AGENTS.md', '# CLAUDE.md'));
    expect(
      gemini.startsWith(
        readFileSync(join(example('drifted'), 'GEMINI.md'), 'utf8').split('## Project')[0]!,
      ),
    ).toBe(true);
    expect(checkDocSync({ root: dir }).maxDrift).toBe(0);

    const second = fixDocSync({ root: dir, canonical: 'AGENTS.md' });
    expect(second).toMatchObject({ changed: [], unchanged: ['CLAUDE.md', 'GEMINI.md'] });
    expect(readFileSync(join(dir, 'CLAUDE.md'), 'utf8')).toBe(claude);
    expect(readFileSync(join(dir, 'GEMINI.md'), 'utf8')).toBe(gemini);
  });

  it('reports a binary member as fatal (exit 2) and still compares the others', () => {
    const dir = copyExample('drifted');
    writeFileSync(join(dir, 'CODEX.md'), Buffer.from([0x23, 0x20, 0x41, 0x0a, 0x00, 0x01, 0x02]));
    writeFileSync(
      join(dir, 'CLAUDE.md'),
      Buffer.from([0x23, 0x20, 0x41, 0x0a, 0x0a, 0xc3, 0x28, 0x0a]),
    );
    const run = cli(dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('AGENTS.md ↔ GEMINI.md  drift 1.09%  ok');
    expect(run.stdout).toContain(
      'CLAUDE.md:3:1  error  Line 3 is not valid UTF-8; re-save the file as UTF-8. It is left out of the doc-sync comparison.  invalid-utf8',
    );
    expect(run.stdout).toContain('CODEX.md:2:1  error  Line 2 has NUL bytes: not Markdown text.');
    expect(run.stderr).toBe('');
  });

  it('passes with an info diagnostic when fewer than two files exist, and rejects a bad threshold', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bw-docsync-'));
    writeFileSync(join(dir, 'AGENTS.md'), '# A\n\nbody\n');
    const r = checkDocSync({ root: dir });
    expect(r.passed).toBe(true);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ rule: 'doc-family-small', severity: 'info', path: 'AGENTS.md' }),
    ]);
    expect(cli(dir).code).toBe(0);
    const bad = cli(dir, '--threshold', 'ten');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--threshold must be a percentage');
  });
});
