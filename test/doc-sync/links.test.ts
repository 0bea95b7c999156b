import { spawnSync } from 'node:child_process';
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocSync, fixDocSync } from '../../docsync/index.js';
import { ROOT } from '../helpers.js';

const CLI = join(ROOT, 'dist', 'cli.js');

function repo(files: Record<string, string>, links: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'bw-links-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  for (const [name, target] of Object.entries(links)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    symlinkSync(target, join(dir, name));
  }
  return dir;
}

function cli(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, '-C', cwd, 'doc-sync', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A long AGENTS.md: `sections` sections of eight rules each (about 7.7 KB for 16). */
function agents(sections = 16, change?: { section: number; rule: number; text: string }): string {
  const out = ['# AGENTS.md', ''];
  for (let s = 0; s < sections; s++) {
    out.push(`## Area ${s + 1}`, '');
    for (let r = 0; r < 8; r++) {
      const text =
        change && change.section === s && change.rule === r
          ? change.text
          : `Rule ${s + 1}.${r + 1}: keep the ${['build', 'tests', 'docs', 'API'][r % 4]} of area ${s + 1} green before merging.`;
      out.push(`- ${text}`);
    }
    out.push('');
  }
  return out.join('\n');
}

const bytes = (dir: string, name: string) => readFileSync(join(dir, name));

describe('linked members: imports, pointers and symbolic links are in step, not drifted', () => {
  it('an @AGENTS.md import, a pointer and a symbolic link pass and are reported as linked', () => {
    const dir = repo(
      {
        'AGENTS.md': agents(),
        'CLAUDE.md': '# CLAUDE.md\n\n@AGENTS.md\n',
        'GEMINI.md': '# Gemini\n\nRead AGENTS.md before you change anything.\n',
        '.github/copilot-instructions.md':
          'The instructions for this repository live in [AGENTS.md](../AGENTS.md).\n',
      },
      { 'CODEX.md': 'AGENTS.md' },
    );
    const r = checkDocSync({ root: dir });
    expect(r.passed).toBe(true);
    expect(r.unusable).toBe(false);
    expect(r.pairs).toEqual([]);
    expect(r.members.map((m) => [m.path, m.link?.kind, m.link?.target, m.link?.line])).toEqual([
      ['AGENTS.md', undefined, undefined, undefined],
      ['CLAUDE.md', 'import', 'AGENTS.md', 3],
      ['GEMINI.md', 'pointer', 'AGENTS.md', 3],
      ['CODEX.md', 'symlink', 'AGENTS.md', 1],
      ['.github/copilot-instructions.md', 'pointer', 'AGENTS.md', 1],
    ]);
    expect(r.diagnostics.map((d) => [d.rule, d.severity, d.path])).toEqual([
      ['doc-linked', 'info', 'CLAUDE.md'],
      ['doc-linked', 'info', 'GEMINI.md'],
      ['doc-linked', 'info', 'CODEX.md'],
      ['doc-linked', 'info', '.github/copilot-instructions.md'],
      ['doc-family-small', 'info', 'AGENTS.md'],
    ]);
    const run = cli(dir, '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).links).toEqual([
      { path: 'CLAUDE.md', kind: 'import', target: 'AGENTS.md', line: 3 },
      { path: 'GEMINI.md', kind: 'pointer', target: 'AGENTS.md', line: 3 },
      { path: 'CODEX.md', kind: 'symlink', target: 'AGENTS.md', line: 1 },
      { path: '.github/copilot-instructions.md', kind: 'pointer', target: 'AGENTS.md', line: 1 },
    ]);
    const text = cli(dir);
    expect(text.stdout).toContain('  CLAUDE.md imports AGENTS.md: linked');
    expect(text.stdout).toContain('  CODEX.md is a symbolic link to AGENTS.md: linked');
  });

  it('an import beside own additions is linked; pointer phrasings and code spans are recognised', () => {
    const dir = repo({
      'AGENTS.md': agents(),
      'CLAUDE.md':
        '# CLAUDE.md\n\n@./AGENTS.md\n\n## Claude only\n\n- Use plan mode for large changes.\n',
      'GEMINI.md': 'Follow the instructions in `AGENTS.md`.\n',
    });
    const r = checkDocSync({ root: dir });
    expect(r.members.map((m) => m.link?.kind)).toEqual([undefined, 'import', 'pointer']);
    expect(r.passed).toBe(true);
  });

  it('a short instruction file that only mentions AGENTS.md, and an import inside code, are compared', () => {
    const dir = repo({
      'AGENTS.md': '## Rules\n\n- Use pnpm.\n- Keep AGENTS.md and the other files in step.\n',
      'CLAUDE.md': '## Rules\n\n- Use npm.\n- Keep AGENTS.md and the other files in step.\n',
      'GEMINI.md': '## Rules\n\n```\n@AGENTS.md\n```\n\n- Use yarn.\n',
    });
    const r = checkDocSync({ root: dir, threshold: 0 });
    expect(r.members.map((m) => m.link)).toEqual([undefined, undefined, undefined]);
    expect(r.pairs.map((p) => [p.a, p.b, p.passed])).toEqual([
      ['AGENTS.md', 'CLAUDE.md', false],
      ['AGENTS.md', 'GEMINI.md', false],
      ['CLAUDE.md', 'GEMINI.md', false],
    ]);
  });

  it('links that go round in a circle are compared as text, with a warning', () => {
    const dir = repo({
      'AGENTS.md': 'See CLAUDE.md for the rules.\n',
      'CLAUDE.md': 'See AGENTS.md for the rules.\n',
    });
    const r = checkDocSync({ root: dir });
    expect(r.diagnostics.filter((d) => d.rule === 'doc-link-cycle').map((d) => d.path)).toEqual([
      'AGENTS.md',
      'CLAUDE.md',
    ]);
    expect(r.pairs).toHaveLength(1);
  });

  it('never reads through a symbolic link that leaves the repository, nor a dangling one (exit 2)', () => {
    const outside = mkdtempSync(join(tmpdir(), 'bw-outside-'));
    writeFileSync(join(outside, 'secret.md'), 'TOP SECRET instructions\n');
    const dir = repo(
      { 'AGENTS.md': agents(2) },
      { 'CLAUDE.md': join(outside, 'secret.md'), 'GEMINI.md': 'missing.md' },
    );
    const r = checkDocSync({ root: dir });
    expect(r.unusable).toBe(true);
    expect(r.diagnostics.filter((d) => d.fatal).map((d) => [d.rule, d.path])).toEqual([
      ['doc-link-outside', 'CLAUDE.md'],
      ['doc-link-broken', 'GEMINI.md'],
    ]);
    const run = cli(dir, '--json');
    expect(run.code).toBe(2);
    expect(run.stdout).not.toContain('TOP SECRET');
  });
});

describe('--fix never undoes a link', () => {
  it('rewrites the drifted copy only; the import, the pointer and the symbolic link stay byte-identical', () => {
    const dir = repo(
      {
        'AGENTS.md': agents(),
        'CLAUDE.md': '# CLAUDE.md\n\n@AGENTS.md\n',
        'GEMINI.md': 'Read AGENTS.md.\n',
        '.github/copilot-instructions.md': agents(12, { section: 3, rule: 2, text: 'Old rule.' }),
      },
      { 'CODEX.md': 'AGENTS.md' },
    );
    const before = ['CLAUDE.md', 'GEMINI.md', 'AGENTS.md'].map((f) => bytes(dir, f));
    const run = cli(dir, '--fix', '--from', 'AGENTS.md');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      'Rewrote .github/copilot-instructions.md from AGENTS.md. Linked, left as they are: CLAUDE.md, GEMINI.md, CODEX.md.\n',
    );
    expect(['CLAUDE.md', 'GEMINI.md', 'AGENTS.md'].map((f) => bytes(dir, f))).toEqual(before);
    expect(lstatSync(join(dir, 'CODEX.md')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'CODEX.md'))).toBe('AGENTS.md');
    expect(bytes(dir, '.github/copilot-instructions.md').toString()).toBe(agents());
    // With --fix and no --from, the first file holding instructions is the source, never a link.
    const again = cli(dir, '--fix');
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('Nothing to rewrite: every file already matches AGENTS.md.');
  });

  it('refuses a pointer or an import as --from: the 7.5 KB AGENTS.md is never overwritten by it', () => {
    const dir = repo({
      'AGENTS.md': agents(),
      'CLAUDE.md': '# CLAUDE.md\n\nRead AGENTS.md for everything about this repository.\n',
      'GEMINI.md': '@AGENTS.md\n',
    });
    expect(bytes(dir, 'AGENTS.md').length).toBeGreaterThan(7000);
    const before = ['AGENTS.md', 'CLAUDE.md', 'GEMINI.md'].map((f) => bytes(dir, f));
    for (const from of ['CLAUDE.md', 'GEMINI.md']) {
      const run = cli(dir, '--fix', '--from', from);
      expect(run.code).toBe(2);
      expect(run.stdout).toContain('doc-link-source');
      expect(run.stdout).toContain(`--fix --from AGENTS.md`);
      expect(run.stderr).toBe('Nothing rewritten.\n');
    }
    const lib = fixDocSync({ root: dir, canonical: 'CLAUDE.md' });
    expect(lib.unusable).toBe(true);
    expect(lib.changed).toEqual([]);
    expect(['AGENTS.md', 'CLAUDE.md', 'GEMINI.md'].map((f) => bytes(dir, f))).toEqual(before);
  });

  it('never overwrites a long file with a short one that sends the reader elsewhere', () => {
    const pointer =
      '# Copilot\n\n1. Read the [README](README.md) first.\n2. Read [the guidelines](docs/guidelines.md).\n\n## Commands\n\n- `npm test` runs the tests.\n';
    const dir = repo({ 'AGENTS.md': agents(), '.github/copilot-instructions.md': pointer });
    const before = bytes(dir, 'AGENTS.md');
    const run = cli(dir, '--fix', '--from', '.github/copilot-instructions.md');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('doc-sync-shrink');
    expect(run.stdout).toMatch(/would drop 9\d% of it/);
    expect(run.stderr).toContain('Not rewritten (would lose most of them): AGENTS.md.');
    expect(bytes(dir, 'AGENTS.md')).toEqual(before);
    // Asked for explicitly, it is done.
    const forced = fixDocSync({
      root: dir,
      canonical: '.github/copilot-instructions.md',
      allowShrink: true,
    });
    expect(forced.changed).toEqual(['AGENTS.md']);
    expect(bytes(dir, 'AGENTS.md').toString()).toContain('- `npm test` runs the tests.');
  });

  it('does not write through a symbolic link to a file outside the family', () => {
    const dir = repo(
      { 'AGENTS.md': agents(2), 'docs/claude.md': agents(2, { section: 0, rule: 0, text: 'x' }) },
      { 'CLAUDE.md': 'docs/claude.md' },
    );
    const before = bytes(dir, 'docs/claude.md');
    const r = fixDocSync({ root: dir, canonical: 'AGENTS.md' });
    expect(r.skipped).toEqual(['CLAUDE.md']);
    expect(r.diagnostics.map((d) => d.rule)).toEqual(['doc-sync-skipped']);
    expect(lstatSync(join(dir, 'CLAUDE.md')).isSymbolicLink()).toBe(true);
    expect(bytes(dir, 'docs/claude.md')).toEqual(before);
    // It is still compared: its text is docs/claude.md's.
    expect(checkDocSync({ root: dir, threshold: 0 }).passed).toBe(false);
  });
});

describe('exact and per-section modes', () => {
  const big = agents(25);
  const changed = agents(25, {
    section: 9,
    rule: 4,
    text: 'Rule 10.5: never keep the tests of area 10 green.',
  });

  it('one changed rule in a large file passes by whole-file drift but fails exact and per-section', () => {
    const dir = repo({ 'AGENTS.md': big, 'CLAUDE.md': changed });
    const drift = checkDocSync({ root: dir });
    expect(drift.passed).toBe(true);
    expect(drift.pairs[0]!.drift).toBeLessThan(1);
    expect(drift.pairs[0]!.identical).toBe(false);

    const exact = checkDocSync({ root: dir, mode: 'exact' });
    expect(exact.passed).toBe(false);
    expect(exact.diagnostics.map((d) => [d.rule, d.line])).toEqual([['doc-drift', 108]]);

    const section = checkDocSync({ root: dir, mode: 'section', threshold: 5 });
    expect(section.passed).toBe(false);
    expect(section.pairs[0]!.bySection.filter((s) => s.status !== 'same')).toEqual([
      {
        heading: '## Area 10',
        status: 'changed',
        drift: expect.any(Number),
        aLine: 102,
        bLine: 102,
      },
    ]);
    expect(
      section.pairs[0]!.bySection.find((s) => s.heading === '## Area 10')!.drift,
    ).toBeGreaterThan(5);
    expect(section.diagnostics[0]!.message).toMatch(
      /^CLAUDE\.md differs from AGENTS\.md by section \(threshold 5% per section\); differs in ## Area 10 \d+\.\d+% \(line 102\)\. Sync with:/,
    );

    expect(cli(dir).code).toBe(0);
    expect(cli(dir, '--exact').code).toBe(1);
    const json = JSON.parse(cli(dir, '--per-section', '--threshold', '5', '--json').stdout);
    expect(json.mode).toBe('section');
    expect(json.passed).toBe(false);
    expect(cli(dir, '--exact', '--per-section').code).toBe(2);
  });

  it('a section only one file has fails per-section whatever its size', () => {
    const dir = repo({
      'AGENTS.md': big,
      'CLAUDE.md': `${big}\n## Claude extras\n\n- One more rule.\n`,
    });
    const r = checkDocSync({ root: dir, mode: 'section', threshold: 50 });
    expect(
      r.pairs[0]!.bySection.filter((s) => s.status !== 'same').map((s) => [s.heading, s.status]),
    ).toEqual([['## Claude extras', 'added']]);
    expect(r.passed).toBe(false);
    expect(checkDocSync({ root: dir }).passed).toBe(true);
  });

  it('exact mode still ignores what is not instructions: line endings, trailing spaces, own headers', () => {
    const dir = repo({
      'AGENTS.md': big,
      'CLAUDE.md': `# CLAUDE.md\n\n${big
        .split('\n')
        .slice(2)
        .join('\r\n')
        .replace(/green\./g, 'green.  ')}`,
    });
    expect(checkDocSync({ root: dir, mode: 'exact' }).passed).toBe(true);
  });
});
