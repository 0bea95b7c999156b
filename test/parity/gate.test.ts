import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, cli, exampleCopy, git, gitInit, tempDir, writeFiles } from './helpers.js';

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first.');
});

const NO_STACK = /\n\s+at .+:\d+:\d+/;

/** --json output of a CLI run. */
function json(stdout: string): Record<string, unknown> {
  return JSON.parse(stdout) as Record<string, unknown>;
}

/**
 * A knowledge base whose severities add up to 20, so each severity point is worth exactly 5
 * points of score: f1 (1), f4 (4), f5a, f5b, f5c (5 each), all file-exists contracts.
 */
function twentyPointRepo(): string {
  const contract = (id: string, severity: number) => ({
    id,
    severity,
    check: { kind: 'file-exists', file: `src/${id}.txt` },
  });
  return writeFiles(tempDir(), {
    'kb/parity/core.json': JSON.stringify(
      {
        domain: 'core',
        capabilities: [
          { id: 'small', title: 'Small', contracts: [contract('f1', 1), contract('f4', 4)] },
          {
            id: 'big',
            title: 'Big',
            contracts: [contract('f5a', 5), contract('f5b', 5), contract('f5c', 5)],
          },
        ],
      },
      null,
      2,
    ),
    'src/f1.txt': '1',
    'src/f4.txt': '4',
    'src/f5a.txt': '5',
    'src/f5b.txt': '5',
    'src/f5c.txt': '5',
  });
}

describe('parity gate against a committed baseline', () => {
  it('passes the passing example (+7.70) and fails the failing one (−12.82)', () => {
    const passing = cli(
      ['parity', 'gate', '--baseline', 'kb/parity/baseline.json', '--json'],
      exampleCopy('passing'),
    );
    expect(passing.code).toBe(0);
    expect(json(passing.stdout)).toMatchObject({
      mode: 'gate',
      passed: true,
      score: 79.49,
      baselineScore: 71.79,
      delta: 7.7,
      threshold: 5,
      written: [],
    });

    const dir = exampleCopy('failing');
    const failing = cli(['parity', 'gate', '--baseline', 'kb/parity/baseline.json'], dir);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain(
      'Parity score 58.97 (23 of 39 severity points) over 5 capabilities: 2 pass, 2 partial, 1 fail. Compared with baseline 71.79 (kb/parity/baseline.json), -12.82 points; the gate allows a drop of 5.',
    );
    const scoreLine =
      readFileSync(join(dir, 'kb/parity/baseline.json'), 'utf8')
        .split('\n')
        .findIndex((l) => l.startsWith('  "score"')) + 1;
    expect(failing.stdout).toContain(
      `kb/parity/baseline.json:${scoreLine}:1  error  Parity score dropped from 71.79 (kb/parity/baseline.json) to 58.97: -12.82 points, more than the threshold of 5.  parity-score-drop`,
    );
    expect(failing.stdout).toContain(
      'kb/parity/control-plane.yaml:25:1  warning  Contract rls/policies (severity 5) passed in kb/parity/baseline.json and fails now: supabase/migrations/20260127_ops_rls.sql does not exist.  parity-regression',
    );
    // The regression replaces the plain failure warning of the same contract.
    expect(failing.stdout).not.toContain('Contract rls/policies (severity 5) fails');
    expect(
      cli(['parity', 'gate', '--baseline', 'kb/parity/baseline.json', '--threshold', '12.82'], dir)
        .code,
    ).toBe(0);
  });

  it('passes a drop of exactly the threshold and fails anything more', () => {
    const dir = twentyPointRepo();
    const created = cli(
      ['parity', 'gate', '--baseline', 'base.json', '--update-baseline', '--json'],
      dir,
    );
    expect(created.code).toBe(0);
    expect(json(created.stdout)).toMatchObject({ score: 100, baselineScore: null, delta: null });
    expect(JSON.parse(readFileSync(join(dir, 'base.json'), 'utf8')).score).toBe(100);

    rmSync(join(dir, 'src/f1.txt')); // −1 of 20 severity points = −5.00
    const edge = cli(['parity', 'gate', '--baseline', 'base.json', '--json'], dir);
    expect(edge.code).toBe(0);
    expect(json(edge.stdout)).toMatchObject({
      passed: true,
      score: 95,
      baselineScore: 100,
      delta: -5,
    });
    const strict = cli(
      ['parity', 'gate', '--baseline', 'base.json', '--threshold', '4.99', '--json'],
      dir,
    );
    expect(strict.code).toBe(1);
    expect(json(strict.stdout)).toMatchObject({ passed: false, delta: -5, threshold: 4.99 });

    rmSync(join(dir, 'src/f4.txt')); // −5 of 20 = −25.00
    expect(cli(['parity', 'gate', '--baseline', 'base.json'], dir).code).toBe(1);
    expect(cli(['parity', 'gate', '--baseline', 'base.json', '--threshold', '25'], dir).code).toBe(
      0,
    );
    expect(
      cli(['parity', 'gate', '--baseline', 'base.json', '--threshold', '24.99'], dir).code,
    ).toBe(1);

    // Updating the baseline accepts the drop on purpose: the file now holds the current matrix.
    expect(cli(['parity', 'gate', '--baseline', 'base.json', '--update-baseline'], dir).code).toBe(
      0,
    );
    expect(cli(['parity', 'gate', '--baseline', 'base.json'], dir).code).toBe(0);
    expect(cli(['parity', 'run', '--out', 'now.json'], dir).code).toBe(0);
    expect(readFileSync(join(dir, 'base.json'), 'utf8')).toBe(
      readFileSync(join(dir, 'now.json'), 'utf8'),
    );
    expect(JSON.parse(readFileSync(join(dir, 'base.json'), 'utf8')).score).toBe(75);
  });

  it('writes nothing unless asked: no matrix file beside the baseline', () => {
    const dir = exampleCopy('passing');
    const before = readdirSync(dir).sort();
    expect(cli(['parity', 'gate', '--baseline', 'kb/parity/baseline.json'], dir).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(
      cli(['parity', 'gate', '--baseline', 'kb/parity/baseline.json', '--out', 'm.json'], dir).code,
    ).toBe(0);
    expect(existsSync(join(dir, 'm.json'))).toBe(true);
  });

  it('exits 2 with a clear diagnostic for a missing baseline, a schema-violating one, or a hand-edited score', () => {
    const dir = exampleCopy('failing');
    const missing = cli(['parity', 'gate', '--baseline', 'kb/parity/nope.json'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toBe(
      'kb/parity/nope.json:1:1  error  No baseline: kb/parity/nope.json does not exist. Create it with boardwright parity gate --update-baseline --baseline kb/parity/nope.json, or pass --base-ref to compare with a committed matrix.  parity-baseline-missing\n1 error(s), 0 warning(s), 0 info.\n',
    );

    const none = cli(['parity', 'gate'], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain(
      'No baseline: pass --baseline <file> (a committed matrix), --base-ref <ref>',
    );

    const text = readFileSync(join(dir, 'kb/parity/baseline.json'), 'utf8');
    const lines = text.split('\n');
    const statusLine = lines.findIndex((l) => l.includes('"status": "partial"')) + 1;
    lines[statusLine - 1] = lines[statusLine - 1]!.replace('"partial"', '"mostly"');
    writeFileSync(join(dir, 'broken.json'), lines.join('\n'));
    const broken = cli(['parity', 'gate', '--baseline', 'broken.json'], dir);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(
      new RegExp(
        `^broken\\.json:${statusLine}:1  error  /domains/\\d/capabilities/\\d/status must be one of "pass", "partial", "fail", "skipped" \\(schemas/parity-matrix\\.schema\\.json\\)\\.  invalid-matrix\\n`,
      ),
    );
    expect(broken.stderr).not.toMatch(NO_STACK);

    writeFileSync(join(dir, 'edited.json'), text.replace('"score": 71.79', '"score": 99'));
    const edited = cli(['parity', 'gate', '--baseline', 'edited.json'], dir);
    expect(edited.code).toBe(2);
    expect(edited.stderr).toContain(
      'error  /score is 99 but /totals/weight gives 71.79 (28 of 39); regenerate the file',
    );

    writeFileSync(join(dir, 'bad.json'), '{\n  "score": 1,\n  oops\n}\n');
    const invalid = cli(['parity', 'gate', '--baseline', 'bad.json'], dir);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain(
      'bad.json:3:1  error  File is not valid JSON: unexpected "o" at line 3, column 3.  invalid-json',
    );

    const threshold = cli(
      ['parity', 'gate', '--baseline', 'kb/parity/baseline.json', '--threshold', 'lots'],
      dir,
    );
    expect(threshold.code).toBe(2);
    expect(threshold.stderr).toContain(
      'The threshold must be a number of points from 0 to 100, not "NaN".',
    );
    for (const r of [missing, none, edited, invalid, threshold])
      expect(r.stderr).not.toMatch(NO_STACK);
    expect(existsSync(join(dir, 'parity-matrix.json'))).toBe(false);
  });
});

describe('parity gate against the matrix at a git ref', () => {
  it('reads <ref>:<path> with git show and gates around the threshold', () => {
    const dir = twentyPointRepo();
    expect(cli(['parity', 'run'], dir).code).toBe(0);
    const first = gitInit(dir);

    rmSync(join(dir, 'src/f1.txt'));
    const edge = cli(['parity', 'gate', '--base-ref', 'main', '--json'], dir);
    expect(edge.code).toBe(0);
    expect(json(edge.stdout)).toMatchObject({
      score: 95,
      baselineScore: 100,
      delta: -5,
      written: [],
    });

    rmSync(join(dir, 'src/f4.txt'));
    const drop = cli(['parity', 'gate', '--base-ref', 'main'], dir);
    expect(drop.code).toBe(1);
    expect(drop.stdout).toContain(
      'parity-matrix.json:1:1  error  Parity score dropped from 100.00 (main:parity-matrix.json) to 75.00: -25.00 points, more than the threshold of 5.  parity-score-drop',
    );

    // --out writes the current matrix to the same path, which the next commit records.
    expect(
      cli(
        [
          'parity',
          'gate',
          '--base-ref',
          'main',
          '--out',
          'parity-matrix.json',
          '--threshold',
          '25',
        ],
        dir,
      ).code,
    ).toBe(0);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'drop f1 and f4');
    expect(json(cli(['parity', 'gate', '--base-ref', 'HEAD', '--json'], dir).stdout)).toMatchObject(
      {
        baselineScore: 75,
        delta: 0,
      },
    );
    expect(json(cli(['parity', 'gate', '--base-ref', first, '--json'], dir).stdout)).toMatchObject({
      baselineScore: 100,
      delta: -25,
    });

    // A baseline path named explicitly is read at the ref too.
    git(dir, 'mv', 'parity-matrix.json', 'kb-baseline.json');
    git(dir, 'commit', '-q', '-m', 'rename');
    expect(
      json(
        cli(
          ['parity', 'gate', '--base-ref', 'HEAD~2', '--baseline', 'parity-matrix.json', '--json'],
          dir,
        ).stdout,
      ),
    ).toMatchObject({ baselineScore: 100 });
  });

  it('exits 2 for a file missing at the ref, an unknown ref, a ref that looks like an option, or a broken matrix there', () => {
    const dir = twentyPointRepo();
    gitInit(dir);
    const missing = cli(['parity', 'gate', '--base-ref', 'main'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(
      'parity-matrix.json:1:1  error  No baseline: parity-matrix.json does not exist at main. Commit a matrix there first',
    );

    const unknown = cli(['parity', 'gate', '--base-ref', 'no-such-branch'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      /error {2}git cannot read parity-matrix\.json at no-such-branch: fatal: .*fetch-depth: 0\)\? {2}git-failed/,
    );

    const option = cli(['parity', 'gate', '--base-ref=--output=/tmp/bw-parity-pwned'], dir);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('"--output=/tmp/bw-parity-pwned" is not a usable git ref');
    expect(existsSync('/tmp/bw-parity-pwned')).toBe(false);

    writeFileSync(join(dir, 'parity-matrix.json'), '{\n  "schemaVersion": 1,\n  "kb": 7\n}\n');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'broken matrix');
    rmSync(join(dir, 'parity-matrix.json'));
    const broken = cli(['parity', 'gate', '--base-ref', 'main'], dir);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain(
      'parity-matrix.json:3:1  error  at main: /kb must be string (schemas/parity-matrix.schema.json).  invalid-matrix',
    );

    const outside = cli(['parity', 'gate', '--base-ref', 'main'], tempDir());
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain(
      'parity-matrix.json:1:1  error  The workspace is not inside a git repository, so the baseline cannot be read at main.',
    );
    for (const r of [missing, unknown, option, broken, outside])
      expect(r.stderr).not.toMatch(NO_STACK);
  });
});
