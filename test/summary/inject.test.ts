import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { InjectError, SUMMARY_END, SUMMARY_START, injectBlock } from '../../generators/inject.js';
import { ROOT } from '../helpers.js';

const CLI = join(ROOT, 'dist', 'cli.js');

function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const BLOCK = '| | Items |\n| --- | ---: |\n| All boards | 3 |\n';

function throwsAt(text: string, line: number, message: RegExp): void {
  try {
    injectBlock(text, BLOCK, 'README.md');
  } catch (e) {
    expect(e).toBeInstanceOf(InjectError);
    expect((e as InjectError).line).toBe(line);
    expect((e as Error).message).toMatch(message);
    return;
  }
  throw new Error('injectBlock did not throw');
}

describe('injectBlock', () => {
  const before = `# Project\r\n\r\nIntro with ünïcödé and trailing spaces   \n\n${SUMMARY_START}   `;
  const after = `\n  ${SUMMARY_END}\n\nTail text\n`;

  it('changes only the span between the markers and is idempotent', () => {
    const text = `${before}\nold table\nmore old\n${after}`;
    const once = injectBlock(text, BLOCK, 'README.md');
    const bytes = Buffer.from(once);
    // Everything up to the end of the start marker's line, and from the end marker's line on, is unchanged.
    expect(bytes.subarray(0, Buffer.byteLength(before)).equals(Buffer.from(before))).toBe(true);
    const tail = Buffer.from(after.slice(1));
    expect(bytes.subarray(bytes.length - tail.length).equals(tail)).toBe(true);
    expect(once).toBe(`${before}\n\n${BLOCK}\n${after.slice(1)}`);
    expect(injectBlock(once, BLOCK, 'README.md')).toBe(once);
  });

  it('writes CRLF into a CRLF file and keeps it CRLF on a second run', () => {
    const text = `# P\r\n\r\n${SUMMARY_START}\r\n${SUMMARY_END}\r\nend\r\n`;
    const once = injectBlock(text, BLOCK, 'README.md');
    expect(once).not.toMatch(/(?<!\r)\n/);
    expect(once).toBe(
      `# P\r\n\r\n${SUMMARY_START}\r\n\r\n${BLOCK.replace(/\n/g, '\r\n')}\r\n${SUMMARY_END}\r\nend\r\n`,
    );
    expect(injectBlock(once, BLOCK, 'README.md')).toBe(once);
  });

  it('keeps a byte order mark and finds the span after it', () => {
    const text = `\ufeff${SUMMARY_START}\nstale\n${SUMMARY_END}\n`;
    expect(injectBlock(text, BLOCK, 'README.md')).toBe(
      `\ufeff${SUMMARY_START}\n\n${BLOCK}\n${SUMMARY_END}\n`,
    );
  });

  it('ignores markers shown in code blocks, inline code and nested blocks', () => {
    const doc = [
      '# Docs',
      '',
      '```md',
      SUMMARY_START,
      SUMMARY_END,
      '```',
      '',
      `Use \`${SUMMARY_START}\` inline.`,
      '',
      `> ${SUMMARY_START}`,
      '',
      SUMMARY_START,
      SUMMARY_END,
      '',
    ].join('\n');
    const once = injectBlock(doc, BLOCK, 'README.md');
    expect(once.split(BLOCK)).toHaveLength(2);
    expect(
      once.startsWith(doc.slice(0, doc.lastIndexOf(SUMMARY_START) + SUMMARY_START.length)),
    ).toBe(true);
  });

  it('explains missing, duplicated, misplaced and reversed markers with their line', () => {
    throwsAt(
      '# P\n\nno markers\n',
      1,
      /README\.md:1: no "<!-- boardwright:summary:start -->" line/,
    );
    throwsAt(`# P\n${SUMMARY_START}\n`, 1, /no "<!-- boardwright:summary:end -->" line/);
    throwsAt(
      `${SUMMARY_START}\n${SUMMARY_END}\n\n${SUMMARY_START}\n`,
      4,
      /appears 2 times \(lines 1, 4\); keep exactly one/,
    );
    throwsAt(
      `# P\n\ntext ${SUMMARY_START} more\n${SUMMARY_END}\n`,
      3,
      /must stand on a line of its own/,
    );
    throwsAt(`${SUMMARY_END}\n\n${SUMMARY_START}\n`, 1, /comes before/);
  });
});

describe('boardwright summary', () => {
  const BOARD = '# Garden\n\n## Todo\n- Sign-up form\n- Newsletter\n## Done\n- Logo\n';
  const README = `\ufeff# Garden site\r\n\r\n## Status\r\n\r\n${SUMMARY_START}\r\nstale\r\n${SUMMARY_END}\r\n\r\nMore text é.\r\n`;
  let dir: string;

  beforeAll(() => {
    if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first.');
  });

  function setup(readme = README): string {
    dir = mkdtempSync(join(tmpdir(), 'bw-summary-'));
    mkdirSync(join(dir, 'boards'));
    writeFileSync(join(dir, 'boards/garden.md'), BOARD);
    writeFileSync(join(dir, 'README.md'), readme);
    return dir;
  }

  it('prints the same tables build writes to summary.md', () => {
    const cwd = setup();
    const printed = cli(['summary', 'boards'], cwd);
    expect(printed.code).toBe(0);
    expect(cli(['build', 'boards'], cwd).code).toBe(0);
    expect(printed.stdout).toBe(readFileSync(join(cwd, 'boardwright-out/summary.md'), 'utf8'));
    const json = JSON.parse(cli(['summary', 'boards', '--json'], cwd).stdout) as {
      total: { items: number; done: number };
    };
    expect(json.total).toMatchObject({ items: 3, done: 1 });
  });

  it('--inject rewrites only the marked span of a CRLF file with a BOM, and a second run changes nothing', () => {
    const cwd = setup();
    const first = cli(['summary', 'boards', '--inject', 'README.md'], cwd);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('Updated the board summary in README.md.\n');
    const bytes = readFileSync(join(cwd, 'README.md'));
    const original = Buffer.from(README);
    const head = Buffer.from(README.slice(0, README.indexOf(SUMMARY_START) + SUMMARY_START.length));
    const tail = Buffer.from(README.slice(README.indexOf(SUMMARY_END)));
    expect(bytes.subarray(0, head.length).equals(head)).toBe(true);
    expect(bytes.subarray(bytes.length - tail.length).equals(tail)).toBe(true);
    expect(bytes.equals(original)).toBe(false);
    const text = bytes.toString('utf8');
    expect(text).not.toMatch(/(?<!\r)\n/);
    expect(text).toContain('| Garden (boards/garden.md) | 3 | 1 | 0 | 0 | 33% |\r\n');
    expect(text).toContain('\r\n### Garden\r\n');
    expect(text).not.toContain('stale');

    const mtime = statSync(join(cwd, 'README.md')).mtimeMs;
    const second = cli(['summary', 'boards', '--inject', 'README.md'], cwd);
    expect(second.stdout).toBe('README.md is up to date.\n');
    expect(readFileSync(join(cwd, 'README.md')).equals(bytes)).toBe(true);
    expect(statSync(join(cwd, 'README.md')).mtimeMs).toBe(mtime);
  });

  it('--check exits 1 when the span is stale and writes nothing', () => {
    const cwd = setup();
    const check = cli(['summary', 'boards', '--inject', 'README.md', '--check'], cwd);
    expect(check.code).toBe(1);
    expect(check.stderr).toMatch(/README\.md: the board summary is out of date/);
    expect(readFileSync(join(cwd, 'README.md'), 'utf8')).toBe(README);
    expect(cli(['summary', 'boards', '--inject', 'README.md'], cwd).code).toBe(0);
    expect(cli(['summary', 'boards', '--inject', 'README.md', '--check'], cwd).code).toBe(0);
  });

  it.each([
    [
      'missing',
      '# P\n\nNo markers here.\n',
      /README\.md:1: no "<!-- boardwright:summary:start -->" line/,
    ],
    [
      'duplicated',
      `# P\n\n${SUMMARY_START}\n${SUMMARY_END}\n\n${SUMMARY_START}\n${SUMMARY_END}\n`,
      /README\.md:6: "<!-- boardwright:summary:start -->" appears 2 times/,
    ],
  ])('exits 2 on %s markers and leaves the file untouched', (_kind, readme, message) => {
    const cwd = setup(readme);
    const mtime = statSync(join(cwd, 'README.md')).mtimeMs;
    const r = cli(['summary', 'boards', '--inject', 'README.md'], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(cwd, 'README.md'), 'utf8')).toBe(readme);
    expect(statSync(join(cwd, 'README.md')).mtimeMs).toBe(mtime);
  });

  it('writes nothing when a board is unusable, and exits 2', () => {
    const cwd = setup();
    const missing = cli(['summary', 'boards', '--inject', 'NOPE.md'], cwd);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot update NOPE\.md: ENOENT/);
    writeFileSync(join(cwd, 'boards/broken.md'), Buffer.from([0x23, 0x20, 0xff, 0xfe, 0x00, 0x0a]));
    const r = cli(['summary', 'boards', '--inject', 'README.md'], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/boards\/broken\.md:1:1 +error/);
    expect(r.stderr).toMatch(/README\.md was not changed/);
    expect(readFileSync(join(cwd, 'README.md'), 'utf8')).toBe(README);
  });
});
