import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';
import { restDescription } from '../sync/openapi.js';

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
 * (a bot's login without `[bot]`, as GraphQL spells it), and REST list, create and update of
 * issue comments. It keeps the comments in memory and records every request. Every REST request
 * and response is checked against GitHub's published REST description (test/sync/openapi.ts):
 * an endpoint GitHub does not have, an unknown parameter, a body off the operation's schema, an
 * undocumented status or a response GitHub would not give is a violation, and `stop` fails with
 * them. `status` forces an HTTP status for every call (e.g. 403 for a fork's read-only token);
 * `hang` makes it accept every request and never answer; `viewer` is the account the token
 * acts for.
 */
export class FakeGitHub {
  readonly requests: ApiRequest[] = [];
  readonly comments: Comment[] = [];
  /** Requests and responses that GitHub's REST description does not allow. */
  readonly violations: string[] = [];
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

  /** Stops the server; throws when a request or response broke GitHub's REST description. */
  async stop(): Promise<void> {
    for (const res of this.hanging.splice(0)) res.destroy();
    this.server?.closeAllConnections();
    await new Promise<void>((ok) => this.server?.close(() => ok()) ?? ok());
    if (this.violations.length)
      throw new Error(`Off GitHub's REST description:\n${this.violations.join('\n')}`);
  }

  /** A comment as GitHub's REST API answers it (`issue-comment`). */
  private commentJson(c: Comment): Record<string, unknown> {
    const api = 'https://api.github.com/repos/owner/repo';
    const bot = c.user.login.endsWith('[bot]');
    const user = `https://api.github.com/users/${encodeURIComponent(c.user.login)}`;
    return {
      id: c.id,
      node_id: `IC_${c.id}`,
      url: `${api}/issues/comments/${c.id}`,
      html_url: `https://github.com/owner/repo/pull/7#issuecomment-${c.id}`,
      issue_url: `${api}/issues/7`,
      body: c.body,
      user: {
        login: c.user.login,
        id: c.user.login.length,
        node_id: `U_${c.user.login.length}`,
        avatar_url: `https://avatars.githubusercontent.com/u/${c.user.login.length}`,
        gravatar_id: '',
        url: user,
        html_url: bot
          ? `https://github.com/apps/${c.user.login.slice(0, -5)}`
          : `https://github.com/${c.user.login}`,
        followers_url: `${user}/followers`,
        following_url: `${user}/following{/other_user}`,
        gists_url: `${user}/gists{/gist_id}`,
        starred_url: `${user}/starred{/owner}{/repo}`,
        subscriptions_url: `${user}/subscriptions`,
        organizations_url: `${user}/orgs`,
        repos_url: `${user}/repos`,
        events_url: `${user}/events{/privacy}`,
        received_events_url: `${user}/received_events`,
        type: bot ? 'Bot' : 'User',
        site_admin: false,
      },
      created_at: '2024-05-01T08:00:00Z',
      updated_at: '2024-05-01T08:00:00Z',
      author_association: bot ? 'NONE' : 'CONTRIBUTOR',
    };
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
    const rest = restDescription();
    const op = url.pathname === '/graphql' ? undefined : rest.match(request.method, url.pathname);
    const send = (status: number, body: unknown): void => {
      if (op) this.violations.push(...rest.checkResponse(op, status, body));
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (url.pathname !== '/graphql') {
      if (!op) this.violations.push(`${request.method} ${url.pathname}: no such GitHub endpoint`);
      else this.violations.push(...rest.checkRequest(op, url.searchParams, request.body));
    }
    if (!request.authorization?.match(/^(token|bearer) \S+/i))
      this.violations.push(`${request.method} ${url.pathname}: no Authorization header`);
    if (this.hang) {
      this.hanging.push(res);
      return;
    }
    const error = (status: number, message: string): void =>
      send(status, { message, documentation_url: 'https://docs.github.com/rest' });
    if (this.status) return error(this.status, 'Resource not accessible by integration');
    if (url.pathname === '/graphql' && req.method === 'POST')
      return send(
        200,
        this.graphql(request.body as { query: string; variables: Record<string, unknown> }),
      );
    switch (op?.operationId) {
      case 'issues/list-comments':
        return send(
          200,
          this.comments.map((c) => this.commentJson(c)),
        );
      case 'issues/create-comment': {
        const comment = {
          id: this.nextId++,
          body: (request.body as { body: string }).body,
          user: { login: this.viewer },
        };
        this.comments.push(comment);
        return send(201, this.commentJson(comment));
      }
      case 'issues/update-comment': {
        const comment = this.comments.find((c) => c.id === Number(op.params.comment_id));
        if (!comment) return error(404, 'Not Found');
        comment.body = (request.body as { body: string }).body;
        return send(200, this.commentJson(comment));
      }
    }
    error(404, 'Not Found');
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
