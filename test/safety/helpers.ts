import { spawnSync } from 'node:child_process';
import {
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';

export const CLI = join(ROOT, 'dist', 'cli.js');

/** Runs the built CLI the way a user does; no time limit that a loaded machine could hit. */
export function cli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 300_000,
    env: { ...process.env, ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temporary folder (real path, so comparisons never trip over a linked /tmp). */
export function temp(prefix = 'bw-safety-'): string {
  return realpathSync(mkdtempSync(join(tmpdir(), prefix)));
}

/**
 * Every entry below `dir` with what it is: file content, a link's target, or a folder marker.
 * Two snapshots equal means nothing was written, deleted or replaced there.
 */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (at: string, prefix: string): void => {
    for (const name of readdirSync(at).sort()) {
      const full = join(at, name);
      const rel = `${prefix}${name}`;
      const stat = lstatSync(full);
      if (stat.isSymbolicLink()) out[rel] = `-> ${readlinkSync(full)}`;
      else if (stat.isDirectory()) {
        out[`${rel}/`] = 'dir';
        walk(full, `${rel}/`);
      } else out[rel] = readFileSync(full, 'utf8');
    }
  };
  walk(dir, '');
  return out;
}

/** A small board of the compact kanban style. */
export const BOARD = `# Release board

## 1. Board

### Todo

- R-1 — [Task] Write the docs
- R-2 — [Task] Ship it

### Done

- R-3 — [Task] Plan
`;
