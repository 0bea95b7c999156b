import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import { ROOT } from '../helpers.js';

/** Git with no user or system configuration, so that every machine builds the same objects. */
const BASE_ENV: Record<string, string> = {
  PATH: process.env.PATH ?? '',
  HOME: tmpdir(),
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Ada Test',
  GIT_AUTHOR_EMAIL: 'ada@example.com',
  GIT_COMMITTER_NAME: 'Ada Test',
  GIT_COMMITTER_EMAIL: 'ada@example.com',
  LC_ALL: 'C',
};

const created: string[] = [];
// Every test file that builds repositories removes them when it is done.
afterAll(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A new temporary folder, removed after the test file. */
export function tempDir(prefix = 'bw-release-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/**
 * A real git repository in a temporary folder. Every commit, tag and merge gets the next tick
 * of a fixed clock (one hour apart from 2024-05-01T08:00:00Z), so hashes and dates are the
 * same on every run.
 */
export class TestRepo {
  readonly dir: string;
  private clock = Date.UTC(2024, 4, 1, 8) / 1000;
  private counter = 0;

  constructor(dir?: string) {
    this.dir = dir ?? tempDir();
    if (!dir) {
      this.git('init', '-q', '-b', 'main');
      this.git('config', 'commit.gpgsign', 'false');
      this.git('config', 'tag.gpgsign', 'false');
    }
  }

  /** The date the next commit gets, as `YYYY-MM-DD`. */
  get nextDate(): string {
    return new Date((this.clock + 3600) * 1000).toISOString().slice(0, 10);
  }

  private env(tick = false): Record<string, string> {
    if (tick) this.clock += 3600;
    const date = `${this.clock} +0000`;
    return { ...BASE_ENV, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  }

  /** Runs git in the repository; returns stdout, trimmed. Throws with git's message on failure. */
  git(...args: string[]): string {
    // Only commands that write commits or tag objects move the clock.
    const tick = ['commit', 'merge', 'tag', 'cherry-pick', 'revert'].includes(args[0] ?? '');
    return execFileSync('git', args, {
      cwd: this.dir,
      env: this.env(tick),
      encoding: 'utf8',
    }).trim();
  }

  /** Writes files (paths relative to the repository), creating folders. */
  write(files: Record<string, string | Uint8Array>): void {
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(this.dir, path)), { recursive: true });
      writeFileSync(join(this.dir, path), content);
    }
  }

  /**
   * Commits `message` with `files` changed (by default a new `file-<n>.txt`). Returns the full
   * hash.
   */
  commit(message: string, files?: Record<string, string>): string {
    this.write(files ?? { [`file-${++this.counter}.txt`]: `${this.counter}\n` });
    this.git('add', '-A');
    execFileSync('git', ['commit', '-q', '--allow-empty', '--cleanup=verbatim', '-F', '-'], {
      cwd: this.dir,
      env: this.env(true),
      input: message,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    return this.git('rev-parse', 'HEAD');
  }

  /**
   * Commits `message` as raw bytes, exactly — `git commit` would re-encode a message that is not
   * UTF-8 (reading it as Latin-1), but other tools and old gits store such bytes, so the object
   * is written with `git hash-object` and HEAD moved to it. Returns the full hash.
   */
  commitBytes(message: Buffer): string {
    const tree = this.git('rev-parse', 'HEAD^{tree}');
    const parent = this.git('rev-parse', 'HEAD');
    const env = this.env(true);
    const header = `tree ${tree}\nparent ${parent}\nauthor Ada Test <ada@example.com> ${env.GIT_AUTHOR_DATE}\ncommitter Ada Test <ada@example.com> ${env.GIT_COMMITTER_DATE}\n\n`;
    const hash = execFileSync('git', ['hash-object', '-t', 'commit', '-w', '--stdin'], {
      cwd: this.dir,
      env,
      input: Buffer.concat([Buffer.from(header), message]),
      encoding: 'utf8',
    }).trim();
    this.git('update-ref', 'HEAD', hash);
    return hash;
  }

  /** A lightweight tag, or an annotated one with `message`. */
  tag(name: string, message?: string): void {
    if (message) this.git('tag', '-a', name, '-m', message);
    else this.git('tag', name);
  }
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the bundled CLI (`node dist/cli.js …`) in `cwd`, as a user would. */
export function cli(cwd: string, ...args: string[]): CliRun {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...args], {
    cwd,
    env: { ...BASE_ENV, HOME: cwd },
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The seven-character short hash. */
export const short = (hash: string): string => hash.slice(0, 7);
