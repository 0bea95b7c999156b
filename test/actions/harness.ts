import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';

/** A request the fake GitHub API received. */
export interface ApiRequest {
  method: string;
  path: string;
  body?: unknown;
  authorization?: string;
}

/** A comment as REST shows it; `minimized` is what GraphQL's isMinimized reports. */
export interface Comment {
  id: number;
  body: string;
  user: { login: string };
  minimized?: boolean;
}

/** Comments per page of the fake's GraphQL listing (GitHub's maximum is 100). */
const PAGE = 100;

/**
 * A local HTTP server that plays the GitHub endpoints the Actions use for sticky comments: the
 * GraphQL query that lists a pull request's comments with `viewer`, `isMinimized` and the author
 * (a bot's login without `[bot]`, as GraphQL spells it), and REST create and update of issue
 * comments. It keeps the comments in memory and records every request. `status` forces an HTTP
 * status for every call (e.g. 403 for a fork's read-only token); `hang` makes it accept every
 * request and never answer; `viewer` is the account the token acts for.
 */
export class FakeGitHub {
  readonly requests: ApiRequest[] = [];
  readonly comments: Comment[] = [];
  status?: number;
  hang = false;
  viewer = 'github-actions[bot]';
  private server?: Server;
  private nextId = 1000;
  private hanging: ServerResponse[] = [];

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((ok) => this.server!.listen(0, '127.0.0.1', ok));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const res of this.hanging.splice(0)) res.destroy();
    this.server?.closeAllConnections();
    await new Promise<void>((ok) => this.server?.close(() => ok()) ?? ok());
  }

  /** Comment requests that write: creates and updates. */
  get writes(): ApiRequest[] {
    return this.requests.filter(
      (r) => (r.method === 'POST' && r.path !== '/graphql') || r.method === 'PATCH',
    );
  }

  private graphql(body: { query: string; variables: Record<string, unknown> }): unknown {
    if (!/issueOrPullRequest\(number: \$number\)/.test(body.query))
      return { errors: [{ message: 'unexpected query' }] };
    const start = body.variables.after ? Number(body.variables.after) : 0;
    const nodes = this.comments.slice(start, start + PAGE).map((c) => ({
      databaseId: c.id,
      body: c.body,
      isMinimized: Boolean(c.minimized),
      author: { login: c.user.login.replace(/\[bot\]$/, '') },
    }));
    const end = start + nodes.length;
    return {
      data: {
        viewer: { login: this.viewer },
        repository: {
          issueOrPullRequest: {
            comments: {
              nodes,
              pageInfo: { hasNextPage: end < this.comments.length, endCursor: String(end) },
            },
          },
        },
      },
    };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://x');
    const request: ApiRequest = { method: req.method ?? 'GET', path: url.pathname };
    if (raw) request.body = JSON.parse(raw);
    if (req.headers.authorization) request.authorization = req.headers.authorization;
    this.requests.push(request);
    const send = (status: number, body: unknown): void => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (this.hang) {
      this.hanging.push(res);
      return;
    }
    if (this.status)
      return send(this.status, { message: 'Resource not accessible by integration' });
    if (url.pathname === '/graphql' && req.method === 'POST')
      return send(
        200,
        this.graphql(request.body as { query: string; variables: Record<string, unknown> }),
      );
    const list = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname);
    const one = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (list && req.method === 'GET') return send(200, this.comments);
    if (list && req.method === 'POST') {
      const comment = {
        id: this.nextId++,
        body: (request.body as { body: string }).body,
        user: { login: this.viewer },
      };
      this.comments.push(comment);
      return send(201, comment);
    }
    if (one && req.method === 'PATCH') {
      const comment = this.comments.find((c) => c.id === Number(one[1]));
      if (!comment) return send(404, { message: 'Not Found' });
      comment.body = (request.body as { body: string }).body;
      return send(200, comment);
    }
    send(404, { message: 'Not Found' });
  }
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Outputs written to GITHUB_OUTPUT, parsed. */
  outputs: Record<string, string>;
  /** What was written to GITHUB_STEP_SUMMARY. */
  summary: string;
  /** `::error …::` style workflow commands on stdout. */
  annotations: string[];
}

/** A pull_request event payload for owner/repo #number. */
export function pullRequestEvent(number = 7): unknown {
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      head: { ref: 'feature', sha: 'abc' },
      base: { ref: 'main', sha: 'def' },
    },
    repository: { name: 'repo', owner: { login: 'owner' }, full_name: 'owner/repo' },
  };
}

/**
 * Runs `dist/actions/<name>.js` exactly as the runner does: inputs as `INPUT_<NAME>` variables
 * (upper-cased, spaces to underscores), GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files,
 * GITHUB_EVENT_PATH with the event payload, GITHUB_API_URL pointing at `apiUrl`, and the
 * workspace as the working directory.
 */
export async function runAction(
  name: string,
  options: {
    cwd: string;
    inputs?: Record<string, string>;
    event?: unknown;
    eventName?: string;
    apiUrl?: string;
    /** More environment, as the runner sets it (GITHUB_REF_NAME, GITHUB_RUN_ID, or RUNNER_TEMP shared by a job's steps). */
    env?: Record<string, string>;
  },
): Promise<ActionRun> {
  const entry = join(ROOT, 'dist', 'actions', `${name}.js`);
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run npm run build first.`);
  const dir = mkdtempSync(join(tmpdir(), 'bw-runner-'));
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary');
  const eventFile = join(dir, 'event.json');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(eventFile, JSON.stringify(options.event ?? {}));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.cwd,
    GITHUB_REPOSITORY: 'owner/repo',
    GITHUB_EVENT_NAME: options.eventName ?? (options.event ? 'pull_request' : 'push'),
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_SHA: 'abc',
    GITHUB_REF: 'refs/pull/7/merge',
    RUNNER_TEMP: dir,
    ...options.env,
  };
  for (const [k, v] of Object.entries(options.inputs ?? {}))
    env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  const child = spawn(process.execPath, [entry], { cwd: options.cwd, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((ok) => child.on('close', ok));
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    annotations: stdout.split('\n').filter((l) => /^::(error|warning|notice)/.test(l)),
  };
}

/** Parses the GITHUB_OUTPUT file format (`name<<DELIMITER … DELIMITER` blocks). */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (m) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
      out[m[1]!] = value.join('\n');
    } else {
      const eq = /^([^=]+)=(.*)$/.exec(lines[i]!);
      if (eq) out[eq[1]!] = eq[2]!;
    }
  }
  return out;
}
