/**
 * Symbolic links a pull request can commit to make boardwright read, or write, outside the
 * workspace: a board, a board folder, a parity file, a config file and agent instruction files
 * that link out; named files (changelog, summary target, doc-sync members) reached through links.
 * Each is a real link in a real temporary folder, run through the built CLI.
 */
import { execFileSync } from 'node:child_process';
import {
  lstatSync,
  mkdirSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOARD, cli, snapshot, temp } from './helpers.js';

const SECRET = 'TOP-SECRET-42';

/** A parity capability file with one json-path-equals contract on `file`. */
const CAPABILITY = (file: string): string =>
  [
    'domain: settings',
    'title: Settings',
    'capabilities:',
    '  - id: token',
    '    title: Token',
    '    contracts:',
    '      - id: token-set',
    '        title: The token is set',
    '        severity: 3',
    '        check:',
    '          kind: json-path-equals',
    `          file: ${file}`,
    '          path: token',
    '          equals: nope',
    '',
  ].join('\n');

/** A workspace `ws` and, beside it, an `outside` folder with a secret board and data file. */
function setup() {
  const base = temp();
  const ws = join(base, 'ws');
  const outside = join(base, 'outside');
  mkdirSync(join(ws, 'docs'), { recursive: true });
  mkdirSync(join(outside, 'boards'), { recursive: true });
  writeFileSync(join(ws, 'docs', 'board.md'), BOARD);
  writeFileSync(join(outside, 'secret.md'), `# Secret\n\n- [ ] ${SECRET}\n`);
  writeFileSync(join(outside, 'boards', 'more.md'), `# More\n\n- [ ] ${SECRET} too\n`);
  writeFileSync(join(outside, 'secret.json'), JSON.stringify({ token: SECRET }));
  return { base, ws, outside };
}

describe('reading never follows a link out of the workspace', () => {
  it('board discovery skips linked files and folders outside, naming each link', () => {
    const { ws, outside } = setup();
    symlinkSync(join(outside, 'secret.md'), join(ws, 'docs', 'secret.md'));
    symlinkSync(join(outside, 'boards'), join(ws, 'linked-boards'));
    // A link that stays inside is read once, under its own name.
    symlinkSync('board.md', join(ws, 'docs', 'alias.md'));
    writeFileSync(join(ws, 'TODO.md'), '# Todo\n\n- [ ] inside\n');
    symlinkSync('TODO.md', join(ws, 'docs', 'todo-link.md'));
    const r = cli(['build', '--json'], ws);
    expect(r.stdout).not.toContain(SECRET);
    const model = JSON.parse(r.stdout) as {
      boards: Array<{ path: string }>;
      diagnostics: Array<{ rule: string; path: string; severity: string; message: string }>;
    };
    expect(model.boards.map((b) => b.path).sort()).toEqual(['TODO.md', 'docs/board.md']);
    const links = model.diagnostics.filter((d) => d.rule === 'link-outside-workspace');
    expect(links.map((d) => d.path)).toEqual(['docs/secret.md', 'linked-boards']);
    expect(links.every((d) => d.severity === 'warning')).toBe(true);
    expect(links[0]!.message).toMatch(
      /symbolic link to a file outside the workspace; it was not read/,
    );
    expect(readFileSync(join(ws, 'boardwright-out', 'model.json'), 'utf8')).not.toContain(SECRET);
    expect(r.code).toBe(0);
  });

  it('a path named on the command line that links out, or lies outside, is refused (exit 2)', () => {
    const { ws, outside } = setup();
    symlinkSync(join(outside, 'secret.md'), join(ws, 'docs', 'secret.md'));
    for (const path of ['docs/secret.md', join(outside, 'secret.md'), '../outside/boards']) {
      const r = cli(['check', path], ws);
      expect(r.code, path).toBe(2);
      expect(r.stdout + r.stderr, path).not.toContain(SECRET);
      expect(r.stdout, path).toMatch(/outside the workspace/);
    }
  });

  it('a config file that links out is not read', () => {
    const { ws, outside } = setup();
    writeFileSync(join(outside, 'boardwright.config.yaml'), `out: ${SECRET}\n`);
    symlinkSync(join(outside, 'boardwright.config.yaml'), join(ws, 'boardwright.config.yaml'));
    const r = cli(['check'], ws);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).not.toContain(SECRET);
    expect(r.stdout).toMatch(/boardwright\.config\.yaml is a symbolic link that leads outside/);
  });

  it('a config cache folder that links out is not written to', () => {
    const { ws, outside } = setup();
    mkdirSync(join(outside, 'cache'));
    symlinkSync(join(outside, 'cache'), join(ws, '.bwcache'));
    writeFileSync(join(ws, 'boardwright.config.yaml'), 'cache:\n  dir: .bwcache\n');
    const before = snapshot(outside);
    const home = temp('bw-cache-home-');
    const r = cli(['check', '--json'], ws, { HOME: home, BOARDWRIGHT_CACHE_DIR: '' });
    expect(JSON.parse(r.stdout).diagnostics).toContainEqual(
      expect.objectContaining({ rule: 'config-cache-dir' }),
    );
    expect(snapshot(outside)).toEqual(before);
  });

  it('parity json-path-equals never reads through an in-repo link to a file outside', () => {
    const { ws, outside } = setup();
    mkdirSync(join(ws, 'kb', 'capabilities'), { recursive: true });
    symlinkSync(join(outside, 'secret.json'), join(ws, 'settings.json'));
    writeFileSync(join(ws, 'kb', 'capabilities', 'cap.yaml'), CAPABILITY('settings.json'));
    const r = cli(['parity', 'run', '--kb', 'kb', '--json'], ws);
    expect(r.stdout + r.stderr).not.toContain(SECRET);
    expect(r.stdout).toMatch(/settings\.json is a symbolic link that leads outside the workspace/);
    expect(readFileSync(join(ws, 'parity-matrix.json'), 'utf8')).not.toContain(SECRET);
  });

  it('doc-sync and spec-bundle do not read agent files or specs that link out', () => {
    const { ws, outside } = setup();
    writeFileSync(join(outside, 'AGENTS.md'), `# Agents\n\n${SECRET}\n`);
    writeFileSync(join(ws, 'AGENTS.md'), '# Agents\n\nBe kind.\n');
    symlinkSync(join(outside, 'AGENTS.md'), join(ws, 'CLAUDE.md'));
    const sync = cli(['doc-sync', 'AGENTS.md', 'CLAUDE.md', '--format', 'json'], ws);
    expect(sync.stdout + sync.stderr).not.toContain(SECRET);
    expect(sync.stdout).toMatch(/CLAUDE\.md is a symbolic link that leads outside/);
    mkdirSync(join(ws, 'openspec', 'specs', 'auth'), { recursive: true });
    writeFileSync(join(outside, 'spec.md'), `# Auth\n\n## Purpose\n\n${SECRET}\n`);
    symlinkSync(join(outside, 'spec.md'), join(ws, 'openspec', 'specs', 'auth', 'spec.md'));
    const spec = cli(['spec-bundle', '--json'], ws);
    expect(spec.stdout + spec.stderr).not.toContain(SECRET);
  });
});

describe('named files are written under one link policy', () => {
  const MARKERS =
    '# Readme\n\n<!-- boardwright:summary:start -->\n<!-- boardwright:summary:end -->\n';

  it('summary --inject writes through a link to a file inside, keeping the link', () => {
    const { ws } = setup();
    writeFileSync(join(ws, 'docs', 'README.md'), MARKERS);
    symlinkSync('docs/README.md', join(ws, 'README.md'));
    const r = cli(['summary', 'docs/board.md', '--inject', 'README.md'], ws);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(lstatSync(join(ws, 'README.md')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(ws, 'README.md'))).toBe('docs/README.md');
    expect(readFileSync(join(ws, 'docs', 'README.md'), 'utf8')).toMatch(/Release board/);
  });

  it('summary --inject refuses a link to a file outside, and a linked folder leading out', () => {
    const { ws, outside } = setup();
    writeFileSync(join(outside, 'README.md'), MARKERS);
    symlinkSync(join(outside, 'README.md'), join(ws, 'README.md'));
    symlinkSync(outside, join(ws, 'shared'));
    const before = snapshot(outside);
    for (const target of ['README.md', 'shared/README.md']) {
      const r = cli(['summary', 'docs/board.md', '--inject', target], ws);
      expect(r.code, target).toBe(2);
      expect(r.stderr, target).toMatch(/symbolic link that leads outside the workspace/);
    }
    expect(snapshot(outside)).toEqual(before);
  });

  it('doc-sync --fix never replaces a linked member, and writes nothing outside', () => {
    const { ws, outside } = setup();
    writeFileSync(join(ws, 'AGENTS.md'), '# Agents\n\nUse tabs.\n');
    mkdirSync(join(ws, '.github'));
    writeFileSync(join(ws, '.github', 'copilot-instructions.md'), '# Agents\n\nUse spaces.\n');
    symlinkSync('.github/copilot-instructions.md', join(ws, 'CLAUDE.md'));
    writeFileSync(join(ws, 'GEMINI.md'), '# Agents\n\nUse both.\n');
    const fix = cli(
      ['doc-sync', 'AGENTS.md', 'CLAUDE.md', 'GEMINI.md', '--fix', '--from', 'AGENTS.md'],
      ws,
    );
    expect(fix.stderr).toMatch(/Rewrote GEMINI\.md from AGENTS\.md/);
    // doc-sync's own rule for links: a linked member is reported, never rewritten or replaced.
    expect(lstatSync(join(ws, 'CLAUDE.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(ws, '.github', 'copilot-instructions.md'), 'utf8')).toMatch(/spaces/);
    expect(readFileSync(join(ws, 'GEMINI.md'), 'utf8')).toMatch(/tabs/);

    writeFileSync(join(outside, 'COPILOT.md'), '# Agents\n\nOutside.\n');
    symlinkSync(join(outside, 'COPILOT.md'), join(ws, 'COPILOT.md'));
    const before = snapshot(outside);
    const refused = cli(
      ['doc-sync', 'AGENTS.md', 'COPILOT.md', '--fix', '--from', 'AGENTS.md'],
      ws,
    );
    expect(refused.code).toBe(2);
    expect(snapshot(outside)).toEqual(before);
  });

  it('changelog --write refuses a changelog in a linked folder that leads out', () => {
    const { ws, outside } = setup();
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', ...args], {
        cwd: ws,
        stdio: 'pipe',
      });
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-qm', 'feat: first feature');
    mkdirSync(join(outside, 'notes'));
    symlinkSync(join(outside, 'notes'), join(ws, 'notes'));
    const before = snapshot(outside);
    const r = cli(['changelog', '--write', '--first-release', '--file', 'notes/CHANGELOG.md'], ws);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/notes is a symbolic link that leads outside the workspace/);
    expect(snapshot(outside)).toEqual(before);
    // Through a link that stays inside, the target is written and the link kept.
    writeFileSync(join(ws, 'HISTORY.md'), '# Changelog\n');
    symlinkSync('HISTORY.md', join(ws, 'CHANGELOG.md'));
    const ok = cli(['changelog', '--write', '--first-release'], ws);
    expect(ok.code).toBe(0);
    expect(lstatSync(join(ws, 'CHANGELOG.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(ws, 'HISTORY.md'), 'utf8')).toMatch(/first feature/);
  });

  it('changelog never reads a CHANGELOG.md that links out (a dry run would print it)', () => {
    const { ws, outside } = setup();
    execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: ws });
    execFileSync(
      'git',
      [
        '-c',
        'user.name=T',
        '-c',
        'user.email=t@example.com',
        'commit',
        '-q',
        '--allow-empty',
        '-m',
        'feat: one',
      ],
      { cwd: ws },
    );
    writeFileSync(
      join(outside, 'secret.md'),
      '# Changelog\n\n## [9.9.9] - 2020-01-01\n\n- SECRET-TOKEN\n',
    );
    symlinkSync(join(outside, 'secret.md'), join(ws, 'CHANGELOG.md'));
    const before = snapshot(outside);
    for (const args of [
      ['changelog', '--dry-run', '--first-release'],
      ['changelog', '--write', '--first-release'],
    ]) {
      const r = cli(args, ws);
      expect(r.code).toBe(2);
      expect(r.stdout + r.stderr).not.toMatch(/SECRET-TOKEN|9\.9\.9/);
      expect(r.stderr).toMatch(/CHANGELOG\.md is a symbolic link that leads outside the workspace/);
    }
    expect(snapshot(outside)).toEqual(before);
  });
});
