import { spawn } from 'node:child_process';
import { statWorkspacePath } from '../../io/boundary.js';
import { resolve } from 'node:path';
import { workspacePath } from '../paths.js';
import type { CheckResult, Evaluator } from './check.js';

/** Seconds a command may run when the contract gives no timeoutSeconds. */
export const DEFAULT_TIMEOUT_SECONDS = 120;
/** Characters of a failing command's output kept for evidence (the tail). */
const TAIL = 4096;

/** The command line as shown in evidence: arguments with spaces or quotes are JSON-quoted. */
function display(run: readonly string[]): string {
  return run.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a))).join(' ');
}

/**
 * The environment a command sees: the caller's, minus the Action's own inputs (`INPUT_*`, which
 * hold the GitHub token) and the runner's internal tokens, which a knowledge-base command has no
 * business reading.
 */
function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^INPUT_/i.test(k) || /^ACTIONS_(RUNTIME|ID_TOKEN_REQUEST)_/i.test(k)) continue;
    env[k] = v;
  }
  return env;
}

/** A folder inside the workspace (not reached through a link that leads out). */
function isFolder(root: string, path: string): boolean {
  try {
    return statWorkspacePath(root, path).isDirectory();
  } catch {
    return false;
  }
}

function lastLine(text: string): string {
  const line = text.trimEnd().split('\n').pop()?.trim() ?? '';
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

/**
 * `command`: passes when the program exits 0. Runs only when commands are allowed; otherwise the
 * contract is `skipped`. The program and its arguments are passed as an array to spawn (the
 * primitive under execFile) with no shell, in `cwd` (default the workspace root). After
 * `timeoutSeconds` (default 120) the whole process group is killed, so a test runner's children
 * do not outlive it, and the contract fails. Output is not kept beyond the last line of a failing
 * command's stderr (or stdout), so the evidence stays deterministic for passing commands.
 */
export const command: Evaluator<'command'> = (check, { root, allowCommands }) => {
  const shownCommand = display(check.run);
  if (!allowCommands) {
    return {
      status: 'skipped',
      evidence: `${shownCommand} was not run: commands are not allowed (parity.allowCommands, --allow-commands, Action input allow-commands)`,
    };
  }
  const [program, ...args] = check.run as [string, ...string[]];
  const cwd = resolve(root, workspacePath(check.cwd ?? '.') ?? '.');
  const seconds = check.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS;
  if (!isFolder(root, cwd)) {
    return {
      status: 'fail',
      evidence: `${shownCommand} could not start: ${check.cwd} is not a folder`,
    };
  }
  return new Promise<CheckResult>((done) => {
    let stderr = '';
    let stdout = '';
    let timedOut = false;
    const keep = (tail: string, chunk: Buffer): string =>
      (tail + chunk.toString('utf8')).slice(-TAIL);
    const child = spawn(program, args, {
      cwd,
      env: childEnv(),
      shell: false,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: process.platform !== 'win32',
      windowsHide: true,
    });
    const kill = (): void => {
      try {
        if (child.pid !== undefined && process.platform !== 'win32')
          process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // Already gone.
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, seconds * 1000);
    child.stdout.on('data', (c: Buffer) => (stdout = keep(stdout, c)));
    child.stderr.on('data', (c: Buffer) => (stderr = keep(stderr, c)));
    child.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      const why = e.code === 'ENOENT' ? `${program} was not found` : (e.code ?? e.message);
      done({ status: 'fail', evidence: `${shownCommand} could not start: ${why}` });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (timedOut) {
        done({
          status: 'fail',
          evidence: `${shownCommand} timed out after ${seconds} s and was killed`,
        });
      } else if (code === 0) {
        done({ status: 'pass', evidence: `${shownCommand} exited 0` });
      } else {
        const how = code === null ? `was killed by ${signal}` : `exited ${code}`;
        const said = lastLine(stderr) || lastLine(stdout);
        done({ status: 'fail', evidence: `${shownCommand} ${how}${said ? `: ${said}` : ''}` });
      }
    });
  });
};
