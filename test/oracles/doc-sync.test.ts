import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDocSync } from '../../docsync/index.js';
import { ROOT } from '../helpers.js';
import { RULER_FIXTURES, RULESYNC_FIXTURES } from './doc-sync-fixtures.js';
import { knownDifferences, writeRepo } from './oracle.js';

/**
 * Differential test of `doc-sync --exact` against the agent-rule generators: rulesync's documented
 * `generate --check` verdicts (it needs Node 22) and ruler, run for real (@intellectronica/ruler,
 * a devDependency). Disagreements must be listed in test/oracles/known-differences.yaml.
 */

const RULER = join(ROOT, 'node_modules', '@intellectronica', 'ruler', 'dist', 'cli', 'index.js');
const RULER_OUTPUTS = ['AGENTS.md', 'CLAUDE.md'];

/** Runs `ruler apply` for Claude Code and AGENTS.md-reading agents, touching nothing else. */
function rulerApply(dir: string): void {
  const home = mkdtempSync(join(tmpdir(), 'bw-ruler-home-'));
  const args = ['apply', '--agents', 'claude,codex', '--no-mcp', '--no-gitignore', '--no-backup'];
  const r = spawnSync(process.execPath, [RULER, ...args, '--no-skills', '--local-only'], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 120_000,
    env: { PATH: process.env.PATH ?? '', HOME: home, XDG_CONFIG_HOME: home, NO_COLOR: '1' },
  });
  rmSync(home, { recursive: true, force: true });
  if (r.status !== 0) throw new Error(`ruler apply failed (${r.status}): ${r.stderr}${r.stdout}`);
}

const read = (dir: string, f: string): string | undefined => {
  try {
    return readFileSync(join(dir, f), 'utf8');
  } catch {
    return undefined;
  }
};

interface Outcome {
  oracle: 'rulesync' | 'ruler';
  fixture: string;
  expected: boolean;
  boardwright: boolean;
}

const outcomes: Outcome[] = [];
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** boardwright's verdict: `doc-sync --exact` over the family, the source first. */
function exactVerdict(dir: string, family: string[]): boolean {
  const r = checkDocSync({ root: dir, files: family, canonical: family[0], mode: 'exact' });
  return r.passed && !r.unusable;
}

describe('doc-sync --exact agrees with rulesync generate --check (verdicts from its docs)', () => {
  for (const f of RULESYNC_FIXTURES) {
    it(f.name, () => {
      const dir = writeRepo(f.files, 'bw-rulesync-');
      dirs.push(dir);
      for (const [link, target] of Object.entries(f.symlinks ?? {}))
        symlinkSync(target, join(dir, link));
      outcomes.push({
        oracle: 'rulesync',
        fixture: f.name,
        expected: f.rulesync,
        boardwright: exactVerdict(dir, f.family),
      });
    });
  }

  it('a one-line change passes by whole-file drift: exact mode is what matches rulesync', () => {
    const f = RULESYNC_FIXTURES.find((x) => x.name === 'rulesync-one-line')!;
    const dir = writeRepo(f.files, 'bw-rulesync-');
    dirs.push(dir);
    expect(checkDocSync({ root: dir, files: f.family }).passed).toBe(true);
    expect(exactVerdict(dir, f.family)).toBe(false);
  });
});

describe('doc-sync --exact agrees with ruler apply', () => {
  for (const f of RULER_FIXTURES) {
    it(f.name, () => {
      const dir = writeRepo({ '.ruler/AGENTS.md': f.source }, 'bw-ruler-');
      dirs.push(dir);
      rulerApply(dir);
      for (const [name, text] of Object.entries(f.edits)) writeFileSync(join(dir, name), text);
      const family = ['.ruler/AGENTS.md', ...RULER_OUTPUTS];
      const boardwright = exactVerdict(dir, family);
      const before = RULER_OUTPUTS.map((o) => read(dir, o));
      rulerApply(dir);
      const inStep = RULER_OUTPUTS.every((o, i) => read(dir, o) === before[i]);
      // The fixture states ruler's verdict; ruler must still give it.
      expect(inStep, `ruler's verdict on ${f.name}`).toBe(f.ruler);
      outcomes.push({ oracle: 'ruler', fixture: f.name, expected: inStep, boardwright });
    });
  }
});

describe('differences with the agent-rule tools', () => {
  it('every disagreement is a known difference, and every known difference still occurs', () => {
    expect(outcomes).toHaveLength(RULESYNC_FIXTURES.length + RULER_FIXTURES.length);
    const known = [...knownDifferences('rulesync'), ...knownDifferences('ruler')];
    const differing = outcomes.filter((o) => o.expected !== o.boardwright);
    const listed = (o: Outcome) =>
      known.some(
        (k) =>
          k.oracle === o.oracle &&
          k.fixture === o.fixture &&
          k.expected === o.expected &&
          k.boardwright === o.boardwright,
      );
    expect(
      differing.filter((o) => !listed(o)),
      'unlisted disagreements',
    ).toEqual([]);
    const stale = known.filter(
      (k) => !differing.some((o) => o.oracle === k.oracle && o.fixture === k.fixture),
    );
    expect(stale, 'known differences that no longer occur').toEqual([]);
    const agreed = outcomes.length - differing.length;
    console.log(
      `Agent-rule tools: doc-sync --exact agrees on ${agreed}/${outcomes.length} families (rulesync ${outcomes.filter((o) => o.oracle === 'rulesync' && o.expected === o.boardwright).length}/${RULESYNC_FIXTURES.length}, ruler ${outcomes.filter((o) => o.oracle === 'ruler' && o.expected === o.boardwright).length}/${RULER_FIXTURES.length})`,
    );
  });
});
