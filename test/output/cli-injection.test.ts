import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unsafeOutput } from '../../report/terminal.js';
import { cli, TestRepo, tempDir } from '../release/repo.js';
import { runnerCommands } from './runner.js';

/** A file name a pull request can commit: a line feed, then a workflow command. */
const NAME = 'a\n::add-mask::x.md';
/** A heading and item titles with commands after a CR, a NEL and a line separator, and ESC. */
const BOARD = [
  '# Board \u001b]0;owned\u0007 ##[error]title',
  '',
  '## Backlog',
  '',
  '- AB-1 — [Task] One\r::warning file=README.md::cr',
  '- AB-1 — [Task] Two\u0085::notice::nel',
  '',
  '## Done',
  '',
  '- AB-2 — [Task] Three\u2028::error::ls',
  '',
].join('\n');

/** A commit message whose subject and body try every form of command the runner knows. */
const MESSAGE = [
  'feat: add ::add-mask::subject ##[error]x',
  '',
  'Body line.',
  '::warning file=README.md,line=1::from the body',
  '##[error]legacy form',
  '\u001b[2J\u001b[31mred\u0085::notice::nel\r::error::cr',
  '',
  'BREAKING CHANGE: dropped',
  '::add-mask::secret',
  '',
].join('\n');

/** An annotation exactly as report/format.ts writes one: escaped properties, then the data. */
const ANNOTATION =
  /^::(error|warning|notice) (file=[^,:]*,line=\d+,col=\d+,)?title=[^,:]*::[^\r\n]*$/;

/**
 * Asserts that nothing in the run's output is a workflow command, except (with the github
 * format) the annotations boardwright writes on purpose.
 */
function expectSafe(label: string, run: { stdout: string; stderr: string }): void {
  const github = label.includes('github');
  for (const [stream, text] of [
    ['stdout', run.stdout],
    ['stderr', run.stderr],
  ] as const) {
    const commands = runnerCommands(text);
    if (github && stream === 'stdout') {
      expect(commands.length, label).toBeGreaterThan(0);
      for (const c of commands) expect(c, label).toMatch(ANNOTATION);
      expect(commands).toEqual(text.split('\n').filter(Boolean));
    } else {
      expect(commands, `${label} ${stream}`).toEqual([]);
      expect(unsafeOutput(text), `${label} ${stream}: ${JSON.stringify(text)}`).toBeUndefined();
    }
  }
}

describe('no output of the CLI can inject a workflow command', () => {
  it('check, build, summary and dialects on a hostile file name and headings', () => {
    const dir = tempDir('bw-inject-');
    writeFileSync(join(dir, NAME), BOARD);
    mkdirSync(join(dir, '::warning::dir'));
    writeFileSync(join(dir, '::warning::dir', '##[error]b.md'), BOARD);

    const check = cli(dir, 'check');
    expect(check.code).toBe(1);
    expectSafe('check', check);
    // The path stays on its line, shown with its line feed escaped.
    expect(check.stdout).toMatch(/^a\\n::add-mask::x\.md:\d+:1 {2}error/m);
    expect(check.stdout).toMatch(/^\\u003a:warning::dir\/#\\u0023\[error\]b\.md:\d+:1 {2}error/m);

    for (const args of [
      ['check', '--quiet'],
      ['check', '--format', 'github'],
      ['check', '--json'],
      ['build', '--out', 'out'],
      ['build', '--out', 'out', '--format', 'json'],
      ['summary'],
      ['summary', '--json'],
      ['dialects', NAME],
      ['check', '--fail-on', 'nonsense\n::add-mask::opt'],
      ['check', 'missing\n::add-mask::arg.md'],
      ['show'],
      ['show', '--column', 'x\n::add-mask::column'],
      ['next'],
      ['reopen', 'AB-2', '--board', NAME, '--dry-run'],
      ['reopen', 'AB-2', '--board', NAME, '--json', '--dry-run'],
      ['done', 'AB-1', '--board', NAME],
      ['move', 'AB-2', '--to', 'Backlog'],
      ['set', 'no\n::add-mask::id', 'title=x'],
      ['diagrams', '--out', 'diagrams', '--no-user'],
      ['diagrams', '--check', '--out', 'diagrams', '--no-user'],
    ]) {
      expectSafe(args.join(' '), cli(dir, ...args));
    }
    const json = JSON.parse(cli(dir, 'check', '--json').stdout) as {
      diagnostics: Array<{ path: string }>;
    };
    expect(json.diagnostics.map((d) => d.path)).toContain(NAME);
    // The edit commands print the hostile path and title on their own line, escaped.
    expect(cli(dir, 'show').stdout).toContain(
      'a\\n::add-mask::x.md — Board \\u001b]0;owned\\u0007',
    );
    const dry = cli(dir, 'reopen', 'AB-2', '--board', NAME, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('+- AB-2 — [Task] Three\\u2028::error::ls');
  });

  it('changelog --dry-run, version and commit-lint on hostile commit text', () => {
    const repo = new TestRepo();
    repo.commit('chore: start');
    repo.tag('v1.0.0');
    repo.commit(MESSAGE);
    repo.commit('fix: second\r::error::in the subject\n');
    for (const args of [
      ['changelog', '--dry-run'],
      ['changelog', '--dry-run', '--layout', 'conventional'],
      ['changelog', '--dry-run', '--release-notes'],
      ['version'],
      ['commit-lint', '--range', 'v1.0.0..HEAD'],
      ['commit-lint', '--range', 'v1.0.0..HEAD', '--format', 'github'],
      ['commit-lint', '--title', 'feat: x\n::add-mask::title'],
    ]) {
      const run = cli(repo.dir, ...args);
      expectSafe(args.join(' '), run);
    }
    const dry = cli(repo.dir, 'changelog', '--dry-run');
    expect(dry.stdout).toContain('\\u003a:add-mask::secret');
  });
});
