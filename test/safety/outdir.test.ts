/**
 * Out dirs as a hostile pull request can set them up: a config `out` that climbs out of the
 * workspace, an absolute path, a committed `boardwright-out` or `boardwright-out/boards` that is
 * a symbolic link, `--out .`, an out dir holding the boards, and a planted manifest. The built
 * CLI is spawned for each; outside folders are snapshotted before and compared after.
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OutputFile } from '../../generators/types.js';
import { MANIFEST_FILE } from '../../io/outdir.js';
import { writeOutputs } from '../../io/write.js';
import { BOARD, cli, snapshot, temp } from './helpers.js';

/** A workspace with one board, and a folder beside it holding files that must survive. */
function setup() {
  const base = temp();
  const ws = join(base, 'ws');
  const elsewhere = join(base, 'elsewhere');
  mkdirSync(join(ws, 'docs'), { recursive: true });
  mkdirSync(join(elsewhere, 'boards'), { recursive: true });
  writeFileSync(join(ws, 'docs', 'board.md'), BOARD);
  writeFileSync(join(elsewhere, 'boards', 'victim.json'), '{"keep": true}\n');
  writeFileSync(join(elsewhere, 'summary.md'), '# not yours\n');
  writeFileSync(join(elsewhere, 'model.json'), '{}\n');
  return { base, ws, elsewhere };
}

describe('out dirs outside the workspace are refused', () => {
  it('config `out: ../elsewhere` — exit 2, nothing outside touched', () => {
    const { ws, elsewhere } = setup();
    writeFileSync(join(ws, 'boardwright.config.yaml'), 'out: ../elsewhere\n');
    const before = snapshot(elsewhere);
    const r = cli(['build'], ws);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Refusing the out dir "\.\.\/elsewhere": it is outside the workspace/);
    expect(r.stderr).toMatch(/--out boardwright-out/);
    expect(snapshot(elsewhere)).toEqual(before);
  });

  it('an absolute --out elsewhere, and site, diagrams and parity run alike', () => {
    const { ws, elsewhere } = setup();
    const before = snapshot(elsewhere);
    for (const args of [
      ['build', '--out', elsewhere],
      ['site', '--out', elsewhere],
      ['diagrams', '--format', 'mermaid', '--out', elsewhere],
      ['build', '--out', '../elsewhere'],
      ['diagrams', '--format', 'mermaid', '--out', '../elsewhere/boards'],
    ]) {
      const r = cli(args, ws);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(/outside the workspace/);
    }
    mkdirSync(join(ws, 'kb'));
    writeFileSync(
      join(ws, 'kb', 'cap.yaml'),
      'domain: d\ntitle: D\ncapabilities:\n  - id: c\n    title: C\n    contracts:\n      - id: x\n        title: X\n        severity: 1\n        check:\n          kind: file-exists\n          file: docs/board.md\n',
    );
    const parity = cli(['parity', 'run', '--kb', 'kb', '--out', join(elsewhere, 'm.json')], ws);
    expect(parity.code).toBe(2);
    expect(parity.stdout + parity.stderr).toMatch(/outside the workspace/);
    expect(snapshot(elsewhere)).toEqual(before);
  });

  it('a committed boardwright-out that is a link leading out', () => {
    const { ws, elsewhere } = setup();
    symlinkSync(elsewhere, join(ws, 'boardwright-out'));
    const before = snapshot(elsewhere);
    const r = cli(['build'], ws);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/boardwright-out is a symbolic link that leads outside the workspace/);
    expect(snapshot(elsewhere)).toEqual(before);
  });

  it('a committed boardwright-out/boards that is a link leading out', () => {
    const { ws, elsewhere } = setup();
    mkdirSync(join(ws, 'boardwright-out'));
    symlinkSync(join(elsewhere, 'boards'), join(ws, 'boardwright-out', 'boards'));
    const before = snapshot(elsewhere);
    const r = cli(['build'], ws);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/boards in .* is a symbolic link/);
    expect(snapshot(elsewhere)).toEqual(before);
    // Nothing was half-written in the out dir either.
    expect(existsSync(join(ws, 'boardwright-out', 'model.json'))).toBe(false);
  });
});

describe('out dirs that would overwrite the workspace are refused', () => {
  it('--out . (the workspace root) keeps the user’s boards/*.json and summary.md', () => {
    const { ws } = setup();
    mkdirSync(join(ws, 'boards'));
    writeFileSync(join(ws, 'boards', 'mine.json'), '{"mine": 1}\n');
    writeFileSync(join(ws, 'summary.md'), '# My summary\n');
    const before = snapshot(ws);
    for (const out of ['.', ws, 'docs/..']) {
      const r = cli(['build', '--out', out], ws);
      expect(r.code, out).toBe(2);
      expect(r.stderr, out).toMatch(/it is the workspace root/);
    }
    expect(snapshot(ws)).toEqual(before);
  });

  it('an out dir that holds the boards, or the config file, or lies in .git', () => {
    const { ws } = setup();
    writeFileSync(join(ws, 'boardwright.config.yaml'), 'include: ["docs/**/*.md"]\n');
    mkdirSync(join(ws, '.git'));
    const before = snapshot(ws);
    const docs = cli(['build', '--out', 'docs'], ws);
    expect(docs.code).toBe(2);
    expect(docs.stderr).toMatch(/holds input files \(docs\/board\.md\)/);
    const site = cli(['site', '--out', 'docs'], ws);
    expect(site.code).toBe(2);
    expect(site.stderr).toMatch(/holds input files/);
    const git = cli(['build', '--out', '.git/hooks'], ws);
    expect(git.code).toBe(2);
    expect(git.stderr).toMatch(/inside \.git/);
    expect(snapshot(ws)).toEqual(before);
  });

  it('a board in the default out dir is read and protected, not silently skipped', () => {
    const { ws } = setup();
    mkdirSync(join(ws, 'boardwright-out'));
    writeFileSync(join(ws, 'boardwright-out', 'plan.md'), BOARD);
    const before = snapshot(join(ws, 'boardwright-out'));
    const r = cli(['build'], ws);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/holds input files \(boardwright-out\/plan\.md\)/);
    expect(snapshot(join(ws, 'boardwright-out'))).toEqual(before);
  });
});

describe('deleting only what boardwright wrote', () => {
  function twoBoards() {
    const ws = temp();
    mkdirSync(join(ws, 'docs'));
    writeFileSync(join(ws, 'docs', 'a.md'), BOARD);
    writeFileSync(join(ws, 'docs', 'b.md'), BOARD);
    expect(cli(['build'], ws).code).toBe(0);
    return ws;
  }
  const out = (ws: string, p = '') => join(ws, 'boardwright-out', p);

  it('removes the JSON of a deleted board, keeps files it did not write, and lists its own', () => {
    const ws = twoBoards();
    const manifest = JSON.parse(readFileSync(out(ws, MANIFEST_FILE), 'utf8')) as {
      written: Record<string, string[]>;
    };
    expect(manifest.written.build).toEqual([
      'boards/docs-a.json',
      'boards/docs-b.json',
      'labels.json',
      'model.json',
      'model.yaml',
      'summary.md',
    ]);
    writeFileSync(out(ws, 'boards/mine.json'), '{"mine": 1}\n');
    writeFileSync(out(ws, 'notes.txt'), 'mine\n');
    writeFileSync(join(ws, 'docs', 'b.md'), '# no longer a board\n');
    const r = cli(['build'], ws);
    expect(r.code).toBe(0);
    expect(existsSync(out(ws, 'boards/docs-b.json'))).toBe(false);
    expect(existsSync(out(ws, 'boards/docs-a.json'))).toBe(true);
    expect(readFileSync(out(ws, 'boards/mine.json'), 'utf8')).toBe('{"mine": 1}\n');
    expect(readFileSync(out(ws, 'notes.txt'), 'utf8')).toBe('mine\n');
  });

  it('deletes nothing when the manifest is missing or garbled, then starts a new one', () => {
    for (const manifest of [undefined, '{ not json', '{"schemaVersion": 2, "written": {}}']) {
      const ws = twoBoards();
      if (manifest === undefined) writeFileSync(out(ws, MANIFEST_FILE), '');
      else writeFileSync(out(ws, MANIFEST_FILE), manifest);
      writeFileSync(join(ws, 'docs', 'b.md'), '# no longer a board\n');
      expect(cli(['build'], ws).code).toBe(0);
      expect(existsSync(out(ws, 'boards/docs-b.json'))).toBe(true);
      const fresh = JSON.parse(readFileSync(out(ws, MANIFEST_FILE), 'utf8')) as {
        written: Record<string, string[]>;
      };
      expect(fresh.written.build).toContain('boards/docs-a.json');
      expect(fresh.written.build).not.toContain('boards/docs-b.json');
    }
  });

  it('ignores a planted manifest that names files outside the out dir or inputs', () => {
    const base = temp();
    const ws = join(base, 'ws');
    mkdirSync(join(ws, 'docs'), { recursive: true });
    mkdirSync(join(ws, 'boardwright-out'));
    writeFileSync(join(ws, 'docs', 'a.md'), BOARD);
    writeFileSync(join(base, 'victim.txt'), 'keep\n');
    writeFileSync(join(ws, 'README.md'), '# keep\n');
    for (const names of [['../../victim.txt'], [join(base, 'victim.txt')], ['../README.md']]) {
      writeFileSync(
        out(ws, MANIFEST_FILE),
        JSON.stringify({ schemaVersion: 1, written: { build: names } }),
      );
      expect(cli(['build'], ws).code).toBe(0);
      expect(readFileSync(join(base, 'victim.txt'), 'utf8')).toBe('keep\n');
      expect(readFileSync(join(ws, 'README.md'), 'utf8')).toBe('# keep\n');
    }
    // Listed files inside the out dir that are reached through a link are not deleted either.
    mkdirSync(join(base, 'other'));
    writeFileSync(join(base, 'other', 'x.json'), 'keep\n');
    symlinkSync(join(base, 'other'), out(ws, 'linked'));
    writeFileSync(
      out(ws, MANIFEST_FILE),
      JSON.stringify({ schemaVersion: 1, written: { build: ['linked/x.json'] } }),
    );
    expect(cli(['build'], ws).code).toBe(0);
    expect(readFileSync(join(base, 'other', 'x.json'), 'utf8')).toBe('keep\n');
  });

  it('site and diagrams keep their own lists in the same manifest', () => {
    const ws = twoBoards();
    expect(cli(['diagrams', '--format', 'mermaid', '--out', 'boardwright-out'], ws).code).toBe(0);
    const manifest = JSON.parse(readFileSync(out(ws, MANIFEST_FILE), 'utf8')) as {
      written: Record<string, string[]>;
    };
    expect(Object.keys(manifest.written)).toEqual(['build', 'diagrams']);
    // A build does not delete the diagrams' files, nor diagrams the build's.
    expect(cli(['build'], ws).code).toBe(0);
    for (const f of manifest.written.diagrams!) expect(existsSync(out(ws, f)), f).toBe(true);
    expect(cli(['diagrams', '--format', 'mermaid', '--out', 'boardwright-out'], ws).code).toBe(0);
    expect(existsSync(out(ws, 'model.json'))).toBe(true);
  });
});

describe('a file written in pieces', () => {
  const streamed = (pieces: string[], failAt = -1): OutputFile => ({
    path: 'nested/big.json',
    get content(): string {
      throw new Error('a streamed file is never read whole');
    },
    stream(sink) {
      pieces.forEach((p, i) => {
        if (i === failAt) throw new Error('generator failed');
        sink(p);
      });
    },
  });

  it('holds exactly its pieces in order, as UTF-8', () => {
    const dir = temp();
    const pieces = ['{\n', `"é\u2028😀": "${'x'.repeat(300_000)}"`, '\n}\n'];
    expect(writeOutputs(dir, [streamed(pieces)])).toEqual(['nested/big.json']);
    expect(readFileSync(join(dir, 'nested', 'big.json'), 'utf8')).toBe(pieces.join(''));
    expect(readdirSync(join(dir, 'nested'))).toEqual(['big.json']);
  });

  it('leaves the previous file and no temporary file when a piece fails', () => {
    const dir = temp();
    mkdirSync(join(dir, 'nested'));
    writeFileSync(join(dir, 'nested', 'big.json'), 'before\n');
    expect(() => writeOutputs(dir, [streamed(['a', 'b', 'c'], 2)])).toThrow('generator failed');
    expect(readFileSync(join(dir, 'nested', 'big.json'), 'utf8')).toBe('before\n');
    expect(readdirSync(join(dir, 'nested'))).toEqual(['big.json']);
  });
});
