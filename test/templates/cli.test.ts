import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const CLI = join(ROOT, 'dist', 'cli.js');
const BUNDLED = join(ROOT, 'templates', 'repo');

function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const temp = (prefix: string): string => mkdtempSync(join(tmpdir(), `bw-${prefix}-`));

/** Every file below `dir` with its bytes, by relative path; the before/after of "nothing written". */
function snapshot(dir: string, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  if (!existsSync(dir)) return out;
  for (const e of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const rel = `${prefix}${e.name}`;
    if (e.isDirectory()) Object.assign(out, snapshot(dir, `${rel}/`));
    else out[rel] = readFileSync(join(dir, rel)).toString('base64');
  }
  return out;
}

function edit(path: string, from: string, to: string): void {
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`"${from}" is not in ${path}`);
  writeFileSync(path, text.replace(from, to));
}

/**
 * A templates folder holding the bundled app-repo 1.0.0 and a 1.1.0 made from it: a new question
 * with a default, changed CI workflow, README, src/app.js and prd.md, a new .editorconfig, and
 * scripts/build.mjs and test/app.test.js dropped.
 */
function templatesWithNewVersion(): string {
  const root = temp('templates');
  cpSync(join(BUNDLED, 'app-repo', '1.0.0'), join(root, 'app-repo', '1.0.0'), { recursive: true });
  const next = join(root, 'app-repo', '1.1.0');
  cpSync(join(root, 'app-repo', '1.0.0'), next, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(next, 'template.json'), 'utf8')) as {
    version: string;
    questions: unknown[];
  };
  manifest.version = '1.1.0';
  manifest.questions.push({
    name: 'defaultBranch',
    message: 'Default branch',
    default: 'main',
    pattern: '[A-Za-z0-9._/-]+',
  });
  writeFileSync(join(next, 'template.json'), JSON.stringify(manifest, null, 2));
  const files = join(next, 'files');
  const ci = join(files, '.github/workflows/ci.yml.hbs');
  writeFileSync(
    ci,
    readFileSync(ci, 'utf8')
      .replaceAll('actions/checkout@v4', 'actions/checkout@v5')
      .replace('branches: [main]', 'branches: [{{defaultBranch}}]'),
  );
  edit(
    join(files, 'README.md.hbs'),
    'npm ci          # install',
    'npm ci          # install the exact locked dependencies',
  );
  edit(
    join(files, 'src/app.js.hbs'),
    "/** The application's name, as in package.json. */",
    "/** The application's name, exactly as in package.json. */",
  );
  edit(join(files, 'spec/__name__/prd.md.hbs'), '## Problem', '## Problem statement');
  writeFileSync(join(files, '.editorconfig.hbs'), 'root = true\n\n[*]\nindent_style = space\n');
  rmSync(join(files, 'scripts/build.mjs.hbs'));
  rmSync(join(files, 'test/app.test.js.hbs'));
  return root;
}

const ANSWERS = ['--name', 'my-app', '--owner', '@acme/web', '--yes'];

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first.');
});

describe('boardwright init', () => {
  it('writes the template and the answers file, the same bytes every time', () => {
    const cwd = temp('init');
    const first = cli(['init', 'lib-repo', 'a', ...ANSWERS], cwd);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Created a from lib-repo 1\.1\.0:\n/);
    expect(cli(['init', 'lib-repo', 'b', ...ANSWERS], cwd).code).toBe(0);
    const a = snapshot(join(cwd, 'a'));
    expect(snapshot(join(cwd, 'b'))).toEqual(a);
    expect(Object.keys(a)).toEqual(
      expect.arrayContaining([
        '.boardwright-template.json',
        '.github/workflows/ci.yml',
        '.github/CODEOWNERS',
        '.github/dependabot.yml',
        'package.json',
        'docs/API.md',
        'spec/my-app/constitution.md',
        'spec/my-app/prd.md',
        'spec/my-app/plan.md',
        'spec/my-app/tasks.md',
      ]),
    );
    expect(JSON.parse(readFileSync(join(cwd, 'a/.boardwright-template.json'), 'utf8'))).toEqual({
      schemaVersion: 1,
      template: 'lib-repo',
      version: '1.1.0',
      answers: {
        name: 'my-app',
        owner: '@acme/web',
        description: 'The my-app library.',
        license: 'MIT',
        nodeVersion: '20',
      },
    });
    // The spec bundle's tasks.md is a board boardwright reads, with no findings.
    const check = cli(['check', 'spec'], join(cwd, 'a'));
    expect(check.stdout).toBe('No problems found.\n');
    expect(check.code).toBe(0);
  });

  it('refuses to overwrite files that differ unless --force, and writes nothing when it refuses', () => {
    const cwd = temp('init-force');
    mkdirSync(join(cwd, 'repo/.github'), { recursive: true });
    writeFileSync(join(cwd, 'repo/README.md'), '# mine\n');
    writeFileSync(join(cwd, 'repo/.github/CODEOWNERS'), '* @someone\n');
    const before = snapshot(join(cwd, 'repo'));
    const r = cli(['init', 'app-repo', 'repo', ...ANSWERS], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /2 file\(s\) already exist .*\.github\/CODEOWNERS, README\.md.*--force/,
    );
    expect(snapshot(join(cwd, 'repo'))).toEqual(before);
    const forced = cli(['init', 'app-repo', 'repo', ...ANSWERS, '--force'], cwd);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toMatch(/^ {2}overwrite +README\.md$/m);
    expect(readFileSync(join(cwd, 'repo/README.md'), 'utf8')).toMatch(/^# my-app\n/);
    // A second init into the now-initialised folder points at update.
    const again = cli(['init', 'app-repo', 'repo', ...ANSWERS, '--description', 'other'], cwd);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already made from a template .*use "boardwright update"/);
  });

  it('rejects hostile names and never writes outside the target', () => {
    const cwd = temp('init-hostile');
    for (const name of ['../../etc', 'a/b', '../x', 'x\ny']) {
      const r = cli(['init', 'app-repo', 'repo', '--name', name, '--owner', '@o', '--yes'], cwd);
      expect(r.code, name).toBe(2);
      expect(r.stderr).toMatch(/is not an npm package name|single line/);
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    }
    expect(readdirSync(cwd)).toEqual([]);
    // A symbolic link planted in the target must not carry a write outside it.
    const outside = temp('outside');
    mkdirSync(join(cwd, 'repo'));
    symlinkSync(outside, join(cwd, 'repo', 'spec'));
    const r = cli(['init', 'app-repo', 'repo', ...ANSWERS], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/spec is a symbolic link/);
    expect(readdirSync(outside)).toEqual([]);
    expect(readdirSync(join(cwd, 'repo'))).toEqual(['spec']);
  });

  it('exits 2 naming the missing answer without a terminal, and lists the templates', () => {
    const cwd = temp('init-missing');
    const r = cli(['init', 'service-repo', 'svc', '--name', 'svc'], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/No answer for owner/);
    expect(existsSync(join(cwd, 'svc'))).toBe(false);
    const list = cli(['init', '--list'], cwd);
    expect(list.code).toBe(0);
    expect(list.stdout.split('\n').map((l) => l.trim().split(/\s+/)[0])).toEqual([
      'app-repo',
      'lib-repo',
      'service-repo',
      '',
    ]);
    const unknown = cli(['init', 'nope-repo', 'x', ...ANSWERS], cwd);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no template "nope-repo". Known templates: app-repo, lib-repo/);
    const badSet = cli(['init', 'app-repo', 'x', ...ANSWERS, '--set', 'colour=red'], cwd);
    expect(badSet.code).toBe(2);
    expect(badSet.stderr).toMatch(/asks no question "colour"/);
  });
});

/** util-linux `script` runs a command on a pseudo-terminal: the way to drive the prompts. */
const hasScript = spawnSync('script', ['--version']).status === 0;

describe('boardwright init on a terminal', () => {
  it.skipIf(!hasScript)(
    'asks the questions, offers defaults and asks again after a bad answer',
    () => {
      const cwd = temp('init-tty');
      const r = spawnSync(
        'script',
        ['-qec', `"${process.execPath}" "${CLI}" init lib-repo x`, '/dev/null'],
        {
          cwd,
          input: 'Bad Name\nmy-lib\n\n@acme\n\n22\n',
          encoding: 'utf8',
          timeout: 60_000,
        },
      );
      expect(r.stdout).toMatch(/name "Bad Name" is not an npm package name/);
      expect(r.stdout).toMatch(/One-line description \(The my-lib library\.\): /);
      expect(r.status).toBe(0);
      expect(
        JSON.parse(readFileSync(join(cwd, 'x/.boardwright-template.json'), 'utf8')).answers,
      ).toEqual({
        name: 'my-lib',
        description: 'The my-lib library.',
        owner: '@acme',
        license: 'MIT',
        nodeVersion: '22',
      });
    },
  );
});

describe('boardwright update', () => {
  it('keeps user edits, merges template changes, marks and lists a conflict, and --dry-run writes nothing', () => {
    const templates = templatesWithNewVersion();
    const cwd = temp('update');
    const t = ['--templates', templates];
    expect(
      cli(['init', 'app-repo', 'repo', ...ANSWERS, ...t, '--template-version', '1.0.0'], cwd).code,
    ).toBe(0);
    const repo = join(cwd, 'repo');
    // The user's edits after init.
    edit(
      join(repo, 'README.md'),
      'npm ci          # install',
      'npm ci          # install (needs Node 20)',
    );
    edit(
      join(repo, 'src/app.js'),
      'return `Hello, ${who}, from ${APP_NAME}.`;',
      'return `Hi ${who}, this is ${APP_NAME}.`;',
    );
    edit(
      join(repo, 'test/app.test.js'),
      '`Hello, Ada, from ${APP_NAME}.`',
      '`Hi Ada, this is ${APP_NAME}.`',
    );
    edit(join(repo, 'spec/my-app/tasks.md'), '- [ ] T001', '- [x] T001');
    rmSync(join(repo, 'spec/my-app/prd.md'));
    const edited = snapshot(repo);

    const dry = cli(['update', 'repo', ...t, '--dry-run', '--json'], cwd);
    expect(dry.stderr).toBe('');
    expect(dry.code).toBe(1);
    expect(snapshot(repo)).toEqual(edited);
    const plan = JSON.parse(dry.stdout) as {
      from: string;
      to: string;
      entries: Array<{ path: string; action: string; conflicts?: Array<{ line: number }> }>;
    };
    expect([plan.from, plan.to]).toEqual(['1.0.0', '1.1.0']);
    const actions = Object.fromEntries(
      plan.entries.filter((e) => e.action !== 'unchanged').map((e) => [e.path, e.action]),
    );
    expect(actions).toEqual({
      '.editorconfig': 'create',
      '.github/workflows/ci.yml': 'update',
      'README.md': 'conflict',
      'scripts/build.mjs': 'delete',
      'spec/my-app/prd.md': 'skip-deleted',
      'spec/my-app/tasks.md': 'keep',
      'src/app.js': 'merge',
      'test/app.test.js': 'keep-removed',
    });
    const text = cli(['update', 'repo', ...t, '--dry-run'], cwd);
    expect(text.stdout).toMatch(/^Plan for repo: app-repo 1\.0\.0 → 1\.1\.0$/m);
    expect(text.stdout).toMatch(
      /^ {2}conflict +README\.md +1 conflicting hunk\(s\); markers at line \d+$/m,
    );
    expect(text.stdout).toMatch(/Dry run: nothing was written\.\n$/);
    expect(snapshot(repo)).toEqual(edited);

    const run = cli(['update', 'repo', ...t], cwd);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/1 file\(s\) have conflict markers: README\.md\./);
    const readme = readFileSync(join(repo, 'README.md'), 'utf8');
    const line = plan.entries.find((e) => e.path === 'README.md')!.conflicts![0]!.line;
    expect(readme.split('\n').slice(line - 1, line + 6)).toEqual([
      '<<<<<<< yours',
      'npm ci          # install (needs Node 20)',
      '||||||| template 1.0.0',
      'npm ci          # install',
      '=======',
      'npm ci          # install the exact locked dependencies',
      '>>>>>>> template 1.1.0',
    ]);
    const app = readFileSync(join(repo, 'src/app.js'), 'utf8');
    expect(app).toContain("/** The application's name, exactly as in package.json. */");
    expect(app).toContain('return `Hi ${who}, this is ${APP_NAME}.`;');
    expect(app).not.toContain('<<<<<<<');
    expect(readFileSync(join(repo, 'spec/my-app/tasks.md'), 'utf8')).toContain('- [x] T001');
    expect(existsSync(join(repo, 'spec/my-app/prd.md'))).toBe(false);
    expect(existsSync(join(repo, 'scripts/build.mjs'))).toBe(false);
    expect(readFileSync(join(repo, 'test/app.test.js'), 'utf8')).toContain('Hi Ada, this is');
    expect(existsSync(join(repo, '.editorconfig'))).toBe(true);
    // The untouched workflow is exactly what 1.1.0 makes from scratch.
    expect(cli(['init', 'app-repo', 'fresh', ...ANSWERS, ...t], cwd).code).toBe(0);
    const fresh = (p: string): string => readFileSync(join(cwd, 'fresh', p), 'utf8');
    expect(readFileSync(join(repo, '.github/workflows/ci.yml'), 'utf8')).toBe(
      fresh('.github/workflows/ci.yml'),
    );
    expect(fresh('.github/workflows/ci.yml')).toContain('actions/checkout@v5');
    expect(
      JSON.parse(readFileSync(join(repo, '.boardwright-template.json'), 'utf8')),
    ).toMatchObject({
      version: '1.1.0',
      answers: { defaultBranch: 'main', name: 'my-app' },
    });

    // Once the conflict is resolved, updating again to the same version changes nothing.
    writeFileSync(
      join(repo, 'README.md'),
      readme.replace(/<<<<<<< yours\n(.*\n)[^]*?>>>>>>> template 1\.1\.0\n/, '$1'),
    );
    const resolved = snapshot(repo);
    const again = cli(['update', 'repo', ...t], cwd);
    expect(again.code).toBe(0);
    expect(snapshot(repo)).toEqual(resolved);
  });

  it('refuses a folder without an answers file, an unknown version and going back', () => {
    const templates = templatesWithNewVersion();
    const cwd = temp('update-bad');
    const t = ['--templates', templates];
    mkdirSync(join(cwd, 'plain'));
    const none = cli(['update', 'plain', ...t], cwd);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/\.boardwright-template\.json does not exist/);
    expect(cli(['init', 'app-repo', 'repo', ...ANSWERS, ...t], cwd).code).toBe(0);
    const before = snapshot(join(cwd, 'repo'));
    const unknown = cli(['update', 'repo', ...t, '--to', '2.0.0'], cwd);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no version "2\.0\.0"\. Versions: 1\.0\.0, 1\.1\.0/);
    const back = cli(['update', 'repo', ...t, '--to', '1.0.0'], cwd);
    expect(back.code).toBe(2);
    expect(back.stderr).toMatch(/going back to 1\.0\.0 is not supported/);
    expect(snapshot(join(cwd, 'repo'))).toEqual(before);
  });
});
