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
  it('passes the in-sync family (CRLF, trailing spaces, a BOM, own headers) with drift 0', () => {
    const r = checkDocSync({ root: example('in-sync') });
    expect(r.members.map((m) => m.path)).toEqual([
      'AGENTS.md',
      'CLAUDE.md',
      'GEMINI.md',
      '.github/copilot-instructions.md',
    ]);
    expect(r.pairs.map((p) => p.drift)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(r.passed).toBe(true);
    expect(r.diagnostics).toEqual([]);
    const run = cli(example('in-sync'));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('AGENTS.md ↔ CLAUDE.md  drift 0%  ok');
  });

  it('reports the drifted family with drifts computed by an independent full Levenshtein', () => {
    // Distances over the longer body, computed outside boardwright with a plain Python DP
    // over the bodies as normalizeDoc documents them: 232/1084, 12/1096, 98/1084, 244/1096,
    // 282/995 and 110/1096 characters.
    const r = checkDocSync({ root: example('drifted') });
    const copilot = '.github/copilot-instructions.md';
    expect(r.pairs.map((p) => [p.a, p.b, p.distance, p.drift])).toEqual([
      ['AGENTS.md', 'CLAUDE.md', 232, 21.4],
      ['AGENTS.md', 'GEMINI.md', 12, 1.09],
      ['AGENTS.md', copilot, 98, 9.04],
      ['CLAUDE.md', 'GEMINI.md', 244, 22.26],
      ['CLAUDE.md', copilot, 282, 28.34],
      ['GEMINI.md', copilot, 110, 10.04],
    ]);
    expect(r.maxDrift).toBe(28.34);
    // Just over the threshold fails; just under passes.
    expect(r.diagnostics.map((d) => [d.rule, d.path, d.line])).toEqual([
      ['doc-drift', 'CLAUDE.md', 10],
      ['doc-drift', 'GEMINI.md', 14],
      ['doc-drift', copilot, 16],
      ['doc-drift', copilot, 22],
    ]);
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
    expect(r.pairs[1]!.sections[0]).toMatchObject({
      removed: ['- `npx tsc --noEmit`: type-check.'],
      added: ['- `npx tsc --noEmit`: type-check the project.'],
    });
    const run = cli(example('drifted'));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('AGENTS.md ↔ CLAUDE.md  drift 21.4%  FAIL');
    expect(run.stdout).toContain('AGENTS.md ↔ GEMINI.md  drift 1.09%  ok');
    expect(run.stdout).toContain(
      [
        '    ## Testing',
        '      AGENTS.md lines 27–28 ↔ CLAUDE.md lines 27–28',
        '        -27: - Tests use real files written into temporary folders; no mocks of the code under test.',
        '        -28: - Action tests spawn the bundled entry with `test/actions/harness.ts`.',
        '        +27: - Run `npm test` for everything; it takes about ten minutes.',
        '        +28: - Snapshot tests are fine for generated Markdown.',
        '',
      ].join('\n'),
    );
    expect(run.stdout).toContain(
      'Sync the family with:\n  npx boardwright doc-sync --fix --from AGENTS.md\n',
    );
    const json = JSON.parse(
      cli(example('drifted'), '--format', 'json', '--threshold', '30').stdout,
    );
    expect(json).toMatchObject({ passed: true, maxDrift: 28.34, threshold: 30 });
    // Annotations name the file from the repository root, as the runner matches them.
    const gh = cli(example('drifted'), '--format', 'github');
    expect(gh.stdout.split('\n')[0]).toMatch(
      /^::error file=examples\/doc-sync\/drifted\/CLAUDE.md,line=10,col=1,title=boardwright doc-drift::CLAUDE.md drifts 21.4%25 from AGENTS.md \(threshold 10%25\); differs at line 10 \(## Setup\), lines 27–28 \(## Testing\), line 32 \(## Pull requests\)\. Sync with: npx boardwright doc-sync --fix --from AGENTS.md$/,
    );
  });

  it('--fix --from AGENTS.md keeps each header, gives drift 0, and a second run changes nothing', () => {
    const dir = copyExample('drifted');
    const copilot = '.github/copilot-instructions.md';
    const original = (f: string): string => readFileSync(join(example('drifted'), f), 'utf8');
    const now = (f: string): string => readFileSync(join(dir, f), 'utf8');
    const dry = cli(dir, '--fix', '--from', 'AGENTS.md', '--dry-run');
    expect(dry.code).toBe(1);
    expect(dry.stderr).toBe(`Would rewrite CLAUDE.md, GEMINI.md, ${copilot} from AGENTS.md.\n`);
    for (const f of ['CLAUDE.md', 'GEMINI.md', copilot]) expect(now(f)).toBe(original(f));

    const first = cli(dir, '--fix', '--from', 'AGENTS.md');
    expect(first.code).toBe(0);
    expect(first.stderr).toBe(`Rewrote CLAUDE.md, GEMINI.md, ${copilot} from AGENTS.md.\n`);
    expect(first.stdout).toContain('CLAUDE.md ↔ GEMINI.md  drift 0%  ok');
    const agents = now('AGENTS.md');
    expect(agents).toBe(original('AGENTS.md'));
    expect(now('CLAUDE.md')).toBe(agents.replace('# AGENTS.md', '# CLAUDE.md'));
    // The marker headers are kept word for word, followed by AGENTS.md's body.
    const shared = agents.slice('# AGENTS.md\n\n'.length);
    for (const f of ['GEMINI.md', copilot]) {
      const header = original(f).slice(0, original(f).indexOf('## Project'));
      expect(now(f)).toBe(header + shared);
    }
    expect(checkDocSync({ root: dir }).maxDrift).toBe(0);

    const after = ['CLAUDE.md', 'GEMINI.md', copilot].map(now);
    const second = fixDocSync({ root: dir, canonical: 'AGENTS.md' });
    expect(second).toMatchObject({ changed: [], unchanged: ['CLAUDE.md', 'GEMINI.md', copilot] });
    expect(cli(dir, '--fix', '--from', 'AGENTS.md').stderr).toBe(
      'Nothing to rewrite: every file already matches AGENTS.md.\n',
    );
    expect(['CLAUDE.md', 'GEMINI.md', copilot].map(now)).toEqual(after);
  });

  it('--fix from another file keeps CRLF and BOM members in their style, and leaves in-step files alone', () => {
    const dir = copyExample('in-sync');
    const before = readFileSync(join(dir, 'CLAUDE.md'));
    // In step already (drift 0): nothing is rewritten, not even the CRLF/trailing-space file.
    const none = cli(dir, '--fix', '--from', 'GEMINI.md');
    expect(none.stderr).toBe('Nothing to rewrite: every file already matches GEMINI.md.\n');
    expect(readFileSync(join(dir, 'CLAUDE.md')).equals(before)).toBe(true);

    const gemini = readFileSync(join(dir, 'GEMINI.md'), 'utf8');
    writeFileSync(join(dir, 'GEMINI.md'), gemini.replace('Node 20', 'Node 22'));
    const run = cli(dir, '--fix', '--from', 'GEMINI.md');
    expect(run.code).toBe(0);
    const claude = readFileSync(join(dir, 'CLAUDE.md'), 'utf8');
    expect(claude.split('\r\n')[0]).toBe('# CLAUDE.md');
    expect(claude).toContain('- Use Node 22 or later.\r\n');
    expect(claude.replace(/\r\n/g, '').includes('\n')).toBe(false);
    const copilot = readFileSync(join(dir, '.github/copilot-instructions.md'));
    expect([...copilot.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(copilot.toString('utf8')).toContain('- Use Node 22 or later.\n');
    expect(checkDocSync({ root: dir }).maxDrift).toBe(0);
  });

  it('--from without --fix only picks the canonical file; --dry-run needs --fix', () => {
    const dir = copyExample('drifted');
    const run = cli(dir, '--from', 'CLAUDE.md', '--format', 'json');
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json.files[0]).toBe('CLAUDE.md');
    expect(json.syncCommand).toBe('npx boardwright doc-sync --fix --from CLAUDE.md');
    expect(readFileSync(join(dir, 'GEMINI.md'), 'utf8')).toBe(
      readFileSync(join(example('drifted'), 'GEMINI.md'), 'utf8'),
    );
    const dry = cli(dir, '--dry-run');
    expect(dry.code).toBe(2);
    expect(dry.stderr).toBe('boardwright doc-sync: --dry-run only applies to --fix.\n');
  });

  it('writes nothing when the canonical file is missing or binary (exit 2)', () => {
    const dir = copyExample('drifted');
    const missing = cli(dir, '--fix', '--from', 'CODEX.md');
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain('CODEX.md:1:1  error  CODEX.md does not exist.');
    writeFileSync(join(dir, 'CODEX.md'), Buffer.from([0x23, 0x0a, 0x00]));
    const binary = cli(dir, '--fix', '--from', 'CODEX.md');
    expect(binary.code).toBe(2);
    expect(binary.stdout).toContain('CODEX.md:2:1  error  Line 2 has NUL bytes');
    for (const f of ['AGENTS.md', 'CLAUDE.md', 'GEMINI.md'])
      expect(readFileSync(join(dir, f), 'utf8')).toBe(
        readFileSync(join(example('drifted'), f), 'utf8'),
      );
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
