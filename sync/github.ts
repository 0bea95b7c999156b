import { getOctokit } from '@actions/github';
import { defaults } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck';

// content-type is pinned to 1.0.5 through package.json "overrides": @octokit/request 10 asks for
// content-type 3, which declares Node >= 22 (boardwright supports Node 20); 1.0.5 has the same
// parse() (type and parameters of a Content-Type header), the one function Octokit uses.

/** An Octokit client as `githubClient` builds it. */
export type GitHubClient = ReturnType<typeof getOctokit>;

/** How `githubClient` talks to GitHub. */
export interface ClientOptions {
  /** A token that may write issues (`issues: write`); never printed. */
  token: string;
  /** REST API root; default `GITHUB_API_URL`, else https://api.github.com (GitHub Enterprise works). */
  baseUrl?: string;
  /** Time limit of one request, in milliseconds; default 30,000. */
  timeoutMs?: number;
  /** Least time between two write requests, in ms; default 1,000 (GitHub's guidance). */
  writeIntervalMs?: number;
  /** Least time between two requests that notify people (creating issues, comments); default 3,000. */
  notifyIntervalMs?: number;
  /** Unit of the retry back-off, in ms: waits are 4, 9, 16 units; default 1,000. */
  retryUnitMs?: number;
  /** Times a request is retried after 429/5xx or a rate limit; default 3. */
  retries?: number;
  /** Called with a line to show the user (rate-limit waits, retries). */
  log?: (line: string) => void;
  /** The User-Agent of every request; default `boardwright`. */
  userAgent?: string;
}

/** Default time limit of one request, in milliseconds. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * An Octokit client (through @actions/github: its proxy support and GITHUB_API_URL) with the
 * throttling and retry plugins: secondary rate limits (403 with a `retry-after`), primary
 * limits and 429 wait and retry; 5xx are retried with back-off; every request (REST and
 * GraphQL, each page of a listing, each retry) is aborted after `timeoutMs`, response body
 * included, so an API that accepts the connection and never answers costs seconds, not the
 * minutes a socket takes to give up. A timed-out request fails with "the GitHub API did not
 * answer <method> <path> within <n> s" (a 500 to the retry plugin, so reads are tried again).
 * Writes are paced as GitHub asks for content-creating requests. The one client of the sync
 * and of the Actions' pull request comments.
 */
export function githubClient(options: ClientOptions): GitHubClient {
  const retries = options.retries ?? 3;
  const log = options.log ?? (() => undefined);
  const limiter = (minTime: number): Bottleneck.Group =>
    new Bottleneck.Group({ maxConcurrent: 1, minTime });
  const onLimit =
    (what: string) =>
    (retryAfter: number, request: { method: string; url: string }, _o: unknown, count: number) => {
      if (count >= retries) {
        log(
          `GitHub ${what} on ${request.method} ${request.url}: giving up after ${count} retries.`,
        );
        return false;
      }
      log(`GitHub ${what} on ${request.method} ${request.url}: retrying in ${retryAfter} s.`);
      return true;
    };
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const base = (defaults.request?.fetch ?? globalThis.fetch) as typeof fetch;
  const timedFetch: typeof fetch = async (input, init) => {
    const limit = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, limit]) : limit;
    try {
      return await base(input, { ...init, signal });
    } catch (e) {
      if (!limit.aborted) throw e;
      const url = new URL(input instanceof Request ? input.url : String(input));
      throw new Error(
        `the GitHub API did not answer ${init?.method ?? 'GET'} ${url.pathname} within ${timeoutMs / 1000} s`,
        { cause: e },
      );
    }
  };
  return getOctokit(
    options.token,
    {
      ...(options.baseUrl ? { baseUrl: options.baseUrl.replace(/\/+$/, '') } : {}),
      userAgent: options.userAgent ?? 'boardwright',
      // Octokit merges options shallowly: keep the default request options (the proxy agent).
      request: { ...defaults.request, fetch: timedFetch },
      throttle: {
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
        write: limiter(options.writeIntervalMs ?? 1000),
        notifications: limiter(options.notifyIntervalMs ?? 3000),
        retryAfterBaseValue: options.retryUnitMs ?? 1000,
        fallbackSecondaryRateRetryAfter: 60,
      },
      retry: { retries, retryAfterBaseValue: options.retryUnitMs ?? 1000 },
    },
    throttling,
    retry,
  );
}

/** The HTTP status of an Octokit error, 0 for timeouts and network errors. */
export function statusOf(e: unknown): number {
  const status = (e as { status?: unknown }).status;
  return typeof status === 'number' ? status : 0;
}
