import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RestDescription, type Operation } from './openapi.js';

/** A request the stand-in received. */
export interface Received {
  method: string;
  path: string;
  query: string;
  operationId?: string;
  body?: unknown;
}

/**
 * A fault to inject: the next `times` requests that `match` get `status` instead of an answer;
 * status 0 never answers (a hanging API).
 */
export interface Fault {
  match: (r: Received) => boolean;
  status: number;
  times: number;
  headers?: Record<string, string>;
  message?: string;
  /** Carry the request out first, then answer with the fault (a lost answer). */
  afterApplying?: boolean;
}

interface Label {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

interface Milestone {
  number: number;
  title: string;
  state: 'open' | 'closed';
  description: string | null;
  due_on: string | null;
}

/** A pull request opened through the API (its issue is in `issues` too). */
export interface PullRequest {
  number: number;
  head: string;
  base: string;
  title: string;
  body: string;
  state: 'open' | 'closed';
}

export interface Issue {
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  state_reason: string | null;
  labels: string[];
  milestone: number | null;
  assignees: string[];
  comments: Array<{ id: number; body: string; user: string }>;
  author: string;
  created: number;
  updated: number;
  closed: number | null;
  pull_request?: boolean;
}

const OWNER = 'owner';
const REPO = 'repo';
let description: RestDescription | undefined;

/**
 * A local stand-in for the GitHub REST API on 127.0.0.1: issues, labels, milestones, comments
 * and assignees kept in memory, pagination with Link headers, and every request and response
 * validated against GitHub's published REST description (`violations` must stay empty). Faults
 * (403 secondary rate limit, 429, 500, a lost answer) can be injected, and `onWrite` is called
 * after each write so a test can cut a run short.
 */
export class GitHubStandIn {
  readonly requests: Received[] = [];
  readonly violations: string[] = [];
  readonly faults: Fault[] = [];
  issues: Issue[] = [];
  labels: Label[] = [];
  milestones: Milestone[] = [];
  pulls: PullRequest[] = [];
  /** Logins that may be assigned issues. */
  collaborators = new Set(['octocat', 'hubot']);
  /** Called after every write request was carried out, with the count so far. */
  onWrite?: (writes: number) => void;
  /** Seconds since `epoch`; every change moves the clock on, so timestamps are distinct. */
  private clock = 0;
  private readonly epoch = Math.floor(Date.now() / 1000) * 1000;
  private commentIds = 5000;
  private server?: Server;
  private base = '';
  private readonly rest: RestDescription;

  constructor() {
    description ??= new RestDescription();
    this.rest = description;
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((ok) => this.server!.listen(0, '127.0.0.1', ok));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.base;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((ok) => (this.server ? this.server.close(() => ok()) : ok()));
  }

  /** Write requests received (POST, PATCH, PUT, DELETE). */
  get writes(): Received[] {
    // The GraphQL comment listing is a POST that reads.
    return this.requests.filter(
      (r) => r.method !== 'GET' && r.method !== 'HEAD' && r.path !== '/graphql',
    );
  }

  /** Forgets the requests seen so far (state stays). */
  resetLog(): void {
    this.requests.length = 0;
  }

  /** An issue opened by someone on GitHub (not through the sync). */
  addIssue(fields: Partial<Issue> & { title: string }): Issue {
    const issue: Issue = {
      number: this.nextNumber(),
      body: null,
      state: 'open',
      state_reason: null,
      labels: [],
      milestone: null,
      assignees: [],
      comments: [],
      author: 'someone',
      created: ++this.clock,
      updated: this.clock,
      closed: null,
      ...fields,
    };
    this.issues.push(issue);
    return issue;
  }

  issue(number: number): Issue | undefined {
    return this.issues.find((i) => i.number === number);
  }

  /**
   * The one GraphQL query the Actions send (actions/runtime/comment.ts): the token's `viewer`
   * and a pull request's comments, 100 a page, with `isMinimized` and the author's login as
   * GraphQL spells a bot's (without `[bot]`).
   */
  private graphql(body: unknown): unknown {
    const { query, variables } = (body ?? {}) as {
      query?: string;
      variables?: { number?: number; after?: string | null };
    };
    if (!query?.includes('issueOrPullRequest(number: $number)')) {
      this.violations.push('POST /graphql: a query the stand-in does not play');
      return { errors: [{ message: 'unknown query' }] };
    }
    const issue = this.issues.find((i) => i.number === variables?.number);
    const all = issue?.comments ?? [];
    const start = variables?.after ? Number(variables.after) : 0;
    const nodes = all.slice(start, start + 100).map((c) => ({
      databaseId: c.id,
      body: c.body,
      isMinimized: false,
      author: { login: c.user.replace(/\[bot\]$/, '') },
    }));
    const end = start + nodes.length;
    return {
      data: {
        viewer: { login: 'github-actions[bot]' },
        repository: {
          issueOrPullRequest: issue
            ? {
                comments: {
                  nodes,
                  pageInfo: { hasNextPage: end < all.length, endCursor: String(end) },
                },
              }
            : null,
        },
      },
    };
  }

  private nextNumber(): number {
    return this.issues.reduce((n, i) => Math.max(n, i.number), 0) + 1;
  }

  private time(t: number | null): string | null {
    return t === null ? null : new Date(this.epoch + t * 1000).toISOString().replace('.000Z', 'Z');
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.base);
    const received: Received = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.search,
    };
    if (raw) {
      try {
        received.body = JSON.parse(raw);
      } catch {
        this.violations.push(`${received.method} ${received.path}: body is not JSON`);
      }
    }
    this.requests.push(received);
    if (received.method === 'POST' && url.pathname === '/graphql') {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      return void res.end(JSON.stringify(this.graphql(received.body)));
    }
    const op = this.rest.match(received.method, url.pathname);
    const send = (status: number, body?: unknown, headers: Record<string, string> = {}): void => {
      if (op) this.violations.push(...this.rest.checkResponse(op, status, body));
      res.writeHead(status, {
        ...(body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '4999',
        ...headers,
      });
      res.end(body === undefined ? undefined : JSON.stringify(body));
    };
    if (!op) {
      this.violations.push(`${received.method} ${url.pathname}: no such GitHub endpoint`);
      return send(404, { message: 'Not Found' });
    }
    received.operationId = op.operationId;
    if (!req.headers.authorization?.match(/^(token|bearer) \S+/i))
      this.violations.push(`${op.operationId}: no Authorization header`);
    const problems = this.rest.checkRequest(op, url.searchParams, received.body);
    if (problems.length) {
      this.violations.push(...problems);
      return send(422, {
        message: 'Validation Failed',
        documentation_url: 'https://docs.github.com/rest',
      });
    }
    const fault = this.faults.find((f) => f.times > 0 && f.match(received));
    if (fault && fault.status === 0) {
      fault.times--;
      return;
    }
    if (fault && !fault.afterApplying) {
      fault.times--;
      return this.sendFault(res, op, fault, send);
    }
    const [status, body, headers] = this.answer(op, url, received.body);
    const isWrite = received.method !== 'GET';
    if (fault) {
      fault.times--;
      if (isWrite) this.onWrite?.(this.writes.length);
      return this.sendFault(res, op, fault, send);
    }
    send(status, body, headers);
    if (isWrite) this.onWrite?.(this.writes.length);
  }

  private sendFault(
    res: ServerResponse,
    op: Operation,
    fault: Fault,
    send: (s: number, b?: unknown, h?: Record<string, string>) => void,
  ): void {
    const message =
      fault.message ??
      (fault.status === 403
        ? 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'
        : fault.status === 429
          ? 'Too many requests'
          : 'Server Error');
    // Error answers are GitHub's `basic-error` shape; documented statuses are validated.
    if (
      op &&
      this.rest
        .checkResponse(op, fault.status, { message })
        .some((p) => p.includes('not documented'))
    ) {
      res.writeHead(fault.status, { 'content-type': 'application/json', ...fault.headers });
      res.end(JSON.stringify({ message }));
      return;
    }
    send(
      fault.status,
      { message, documentation_url: 'https://docs.github.com/rest' },
      fault.headers ?? {},
    );
  }

  private answer(
    op: Operation,
    url: URL,
    body: unknown,
  ): [number, unknown?, Record<string, string>?] {
    const b = (body ?? {}) as Record<string, unknown>;
    const p = op.params;
    if (p.owner !== undefined && (p.owner !== OWNER || p.repo !== REPO))
      return [404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }];
    switch (op.operationId) {
      case 'issues/list-for-repo':
        return this.listIssues(url);
      case 'issues/get': {
        const issue = this.issue(Number(p.issue_number));
        return issue ? [200, this.issueJson(issue)] : notFound();
      }
      case 'issues/create': {
        const issue = this.addIssue({ title: String(b.title), author: 'github-actions[bot]' });
        this.patchIssue(issue, b);
        return [201, this.issueJson(issue)];
      }
      case 'issues/update': {
        const issue = this.issue(Number(p.issue_number));
        if (!issue) return notFound();
        this.patchIssue(issue, b);
        return [200, this.issueJson(issue)];
      }
      case 'issues/create-comment': {
        const issue = this.issue(Number(p.issue_number));
        if (!issue) return notFound();
        const comment = {
          id: ++this.commentIds,
          body: String(b.body),
          user: 'github-actions[bot]',
        };
        issue.comments.push(comment);
        issue.updated = ++this.clock;
        return [201, this.commentJson(issue, comment)];
      }
      case 'issues/list-comments': {
        const issue = this.issue(Number(p.issue_number));
        if (!issue) return notFound();
        return this.page(
          url,
          issue.comments.map((c) => this.commentJson(issue, c)),
        );
      }
      case 'issues/update-comment': {
        for (const issue of this.issues) {
          const comment = issue.comments.find((c) => c.id === Number(p.comment_id));
          if (!comment) continue;
          comment.body = String(b.body);
          return [200, this.commentJson(issue, comment)];
        }
        return notFound();
      }
      case 'issues/list-labels-for-repo':
        return this.page(
          url,
          this.labels.map((l) => this.labelJson(l)),
        );
      case 'issues/create-label': {
        const name = String(b.name);
        if (this.labels.some((l) => l.name.toLowerCase() === name.toLowerCase()))
          return [
            422,
            {
              message: 'Validation Failed',
              errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }],
              documentation_url: 'https://docs.github.com/rest',
            },
          ];
        const label: Label = {
          id: this.labels.length + 1,
          name,
          color: String(b.color ?? 'ededed'),
          description: (b.description as string | undefined) ?? null,
        };
        this.labels.push(label);
        return [201, this.labelJson(label)];
      }
      case 'issues/list-milestones': {
        const state = url.searchParams.get('state') ?? 'open';
        return this.page(
          url,
          this.milestones
            .filter((m) => state === 'all' || m.state === state)
            .map((m) => this.milestoneJson(m)),
        );
      }
      case 'issues/create-milestone': {
        const title = String(b.title);
        if (this.milestones.some((m) => m.title === title))
          return [
            422,
            { message: 'Validation Failed', documentation_url: 'https://docs.github.com/rest' },
          ];
        const m: Milestone = {
          number: this.milestones.length + 1,
          title,
          state: b.state === 'closed' ? 'closed' : 'open',
          description: (b.description as string | undefined) ?? null,
          due_on: (b.due_on as string | undefined) ?? null,
        };
        this.milestones.push(m);
        return [201, this.milestoneJson(m)];
      }
      case 'issues/update-milestone': {
        const m = this.milestones.find((x) => x.number === Number(p.milestone_number));
        if (!m) return notFound();
        if (b.state === 'open' || b.state === 'closed') m.state = b.state;
        if (typeof b.due_on === 'string') m.due_on = b.due_on;
        if (typeof b.title === 'string') m.title = b.title;
        if (typeof b.description === 'string') m.description = b.description;
        return [200, this.milestoneJson(m)];
      }
      case 'pulls/create': {
        const head = String(b.head);
        if (this.pulls.some((pr) => pr.head === head && pr.state === 'open'))
          return [
            422,
            {
              message: 'Validation Failed',
              errors: [
                {
                  resource: 'PullRequest',
                  code: 'custom',
                  message: `A pull request already exists for ${OWNER}:${head}.`,
                },
              ],
              documentation_url: 'https://docs.github.com/rest',
            },
          ];
        const issue = this.addIssue({
          title: String(b.title),
          body: String(b.body ?? ''),
          pull_request: true,
          author: 'github-actions[bot]',
        });
        const pr = {
          number: issue.number,
          head,
          base: String(b.base),
          title: issue.title,
          body: issue.body ?? '',
          state: 'open' as const,
        };
        this.pulls.push(pr);
        return [201, this.pullJson(pr, 'pull-request')];
      }
      case 'pulls/list': {
        const head = url.searchParams.get('head');
        const state = url.searchParams.get('state') ?? 'open';
        return this.page(
          url,
          this.pulls
            .filter(
              (pr) =>
                (!head || `${OWNER}:${pr.head}` === head) &&
                (state === 'all' || pr.state === state),
            )
            .map((pr) => this.pullJson(pr, 'pull-request-simple')),
        );
      }
      case 'issues/check-user-can-be-assigned':
        return this.collaborators.has(String(p.assignee).toLowerCase()) ? [204] : notFound();
      default:
        this.violations.push(`${op.operationId}: the stand-in does not play this operation`);
        return [501, { message: 'Not implemented by the stand-in' }];
    }
  }

  /** A pull request as GitHub answers with one; fields the stand-in keeps no state for are samples. */
  private pullJson(
    pr: PullRequest,
    schema: 'pull-request' | 'pull-request-simple',
  ): Record<string, unknown> {
    const html = `https://github.com/${OWNER}/${REPO}/pull/${pr.number}`;
    const side = (ref: string) => ({ ref, label: `${OWNER}:${ref}`, sha: '0'.repeat(40) });
    return this.rest.sample(schema, {
      number: pr.number,
      title: pr.title,
      body: pr.body,
      state: pr.state,
      html_url: html,
      url: `${this.base}/repos/${OWNER}/${REPO}/pulls/${pr.number}`,
      head: side(pr.head),
      base: side(pr.base),
    });
  }

  private patchIssue(issue: Issue, b: Record<string, unknown>): void {
    issue.updated = ++this.clock;
    if (typeof b.title === 'string') issue.title = b.title;
    if (typeof b.body === 'string') issue.body = b.body;
    if (Array.isArray(b.labels)) {
      issue.labels = [];
      for (const l of b.labels as string[]) {
        let label = this.labels.find((x) => x.name.toLowerCase() === l.toLowerCase());
        if (!label) {
          // GitHub creates a missing label on the fly, grey.
          label = { id: this.labels.length + 1, name: l, color: 'ededed', description: null };
          this.labels.push(label);
        }
        if (!issue.labels.includes(label.name)) issue.labels.push(label.name);
      }
    }
    if (b.milestone === null) issue.milestone = null;
    else if (typeof b.milestone === 'number') issue.milestone = b.milestone;
    if (Array.isArray(b.assignees))
      issue.assignees = (b.assignees as string[]).filter((a) =>
        this.collaborators.has(a.toLowerCase()),
      );
    if (b.state === 'closed' && issue.state === 'open') {
      issue.state = 'closed';
      issue.closed = this.clock;
      issue.state_reason = (b.state_reason as string | undefined) ?? 'completed';
    } else if (b.state === 'open' && issue.state === 'closed') {
      issue.state = 'open';
      issue.closed = null;
      issue.state_reason = 'reopened';
    }
  }

  private listIssues(url: URL): [number, unknown, Record<string, string>] {
    const state = url.searchParams.get('state') ?? 'open';
    const labels = (url.searchParams.get('labels') ?? '').split(',').filter(Boolean);
    const since = url.searchParams.get('since');
    const list = this.issues
      .filter((i) => state === 'all' || i.state === state)
      .filter((i) => labels.every((l) => i.labels.some((x) => x.toLowerCase() === l.toLowerCase())))
      .filter((i) => !since || this.time(i.updated)! >= since)
      .sort((a, b) => b.number - a.number)
      .map((i) => this.issueJson(i));
    return this.page(url, list);
  }

  private page(url: URL, all: unknown[]): [number, unknown, Record<string, string>] {
    const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const headers: Record<string, string> = {};
    if (page < last) {
      const link = (n: number): string => {
        const u = new URL(url.toString());
        u.searchParams.set('page', String(n));
        return u.toString();
      };
      headers.link = `<${link(page + 1)}>; rel="next", <${link(last)}>; rel="last"`;
    }
    return [200, all.slice((page - 1) * perPage, page * perPage), headers];
  }

  private user(login: string): Record<string, unknown> {
    const api = `${this.base}/users/${encodeURIComponent(login)}`;
    return {
      login,
      id: login.length * 7919,
      node_id: `U_${login.length}`,
      avatar_url: `https://avatars.githubusercontent.com/u/${login.length}`,
      gravatar_id: '',
      url: api,
      html_url: login.endsWith('[bot]')
        ? `https://github.com/apps/${login.slice(0, -5)}`
        : `https://github.com/${login}`,
      followers_url: `${api}/followers`,
      following_url: `${api}/following{/other_user}`,
      gists_url: `${api}/gists{/gist_id}`,
      starred_url: `${api}/starred{/owner}{/repo}`,
      subscriptions_url: `${api}/subscriptions`,
      organizations_url: `${api}/orgs`,
      repos_url: `${api}/repos`,
      events_url: `${api}/events{/privacy}`,
      received_events_url: `${api}/received_events`,
      type: login.endsWith('[bot]') ? 'Bot' : 'User',
      site_admin: false,
    };
  }

  private commentJson(
    issue: Issue,
    c: { id: number; body: string; user: string },
  ): Record<string, unknown> {
    const at = this.time(issue.created);
    return {
      id: c.id,
      node_id: `IC_${c.id}`,
      url: `${this.base}/repos/${OWNER}/${REPO}/issues/comments/${c.id}`,
      html_url: `https://github.com/${OWNER}/${REPO}/issues/${issue.number}#issuecomment-${c.id}`,
      issue_url: `${this.base}/repos/${OWNER}/${REPO}/issues/${issue.number}`,
      body: c.body,
      user: this.user(c.user),
      created_at: at,
      updated_at: at,
      author_association: 'NONE',
    };
  }

  private labelJson(l: Label): Record<string, unknown> {
    return {
      id: l.id,
      node_id: `LA_${l.id}`,
      url: `${this.base}/repos/${OWNER}/${REPO}/labels/${encodeURIComponent(l.name)}`,
      name: l.name,
      description: l.description,
      color: l.color,
      default: false,
    };
  }

  private milestoneJson(m: Milestone): Record<string, unknown> {
    const issues = this.issues.filter((i) => i.milestone === m.number);
    const url = `${this.base}/repos/${OWNER}/${REPO}/milestones/${m.number}`;
    return {
      url,
      html_url: `https://github.com/${OWNER}/${REPO}/milestone/${m.number}`,
      labels_url: `${url}/labels`,
      id: m.number,
      node_id: `MI_${m.number}`,
      number: m.number,
      state: m.state,
      title: m.title,
      description: m.description,
      creator: this.user('github-actions[bot]'),
      open_issues: issues.filter((i) => i.state === 'open').length,
      closed_issues: issues.filter((i) => i.state === 'closed').length,
      created_at: this.time(0),
      updated_at: this.time(this.clock),
      closed_at: m.state === 'closed' ? this.time(this.clock) : null,
      due_on: m.due_on,
    };
  }

  private issueJson(i: Issue): Record<string, unknown> {
    const url = `${this.base}/repos/${OWNER}/${REPO}/issues/${i.number}`;
    const milestone =
      i.milestone === null ? null : this.milestones.find((m) => m.number === i.milestone);
    const assignees = i.assignees.map((a) => this.user(a));
    return {
      id: 100000 + i.number,
      node_id: `I_${i.number}`,
      url,
      repository_url: `${this.base}/repos/${OWNER}/${REPO}`,
      labels_url: `${url}/labels{/name}`,
      comments_url: `${url}/comments`,
      events_url: `${url}/events`,
      html_url: `https://github.com/${OWNER}/${REPO}/issues/${i.number}`,
      number: i.number,
      state: i.state,
      state_reason: i.state_reason,
      title: i.title,
      body: i.body,
      user: this.user(i.author),
      labels: i.labels.map((n) => this.labelJson(this.labels.find((l) => l.name === n)!)),
      assignee: assignees[0] ?? null,
      assignees,
      milestone: milestone ? this.milestoneJson(milestone) : null,
      locked: false,
      active_lock_reason: null,
      comments: i.comments.length,
      closed_at: this.time(i.closed),
      created_at: this.time(i.created),
      updated_at: this.time(i.updated),
      author_association: 'NONE',
      ...(i.pull_request
        ? {
            pull_request: {
              url: `${this.base}/repos/${OWNER}/${REPO}/pulls/${i.number}`,
              html_url: `https://github.com/${OWNER}/${REPO}/pull/${i.number}`,
              diff_url: `https://github.com/${OWNER}/${REPO}/pull/${i.number}.diff`,
              patch_url: `https://github.com/${OWNER}/${REPO}/pull/${i.number}.patch`,
            },
          }
        : {}),
    };
  }
}

function notFound(): [number, unknown] {
  return [404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }];
}
