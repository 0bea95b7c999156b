import * as github from '@actions/github';
import { defaults } from '@actions/github/lib/utils';

/** Seconds a GitHub API request may take when the `api-timeout` input is empty. */
export const DEFAULT_API_TIMEOUT = 30;

/** An Octokit client as @actions/github makes it (proxy settings, GITHUB_API_URL). */
export type GitHubClient = ReturnType<typeof github.getOctokit>;

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/**
 * An Octokit client whose every request (REST and GraphQL, each page of a listing) is aborted
 * after `timeoutSeconds`, response body included, so an API that accepts the connection and
 * never answers costs the job seconds, not the minutes a socket takes to give up. The fetch of
 * @actions/github (its proxy support) does the work; an aborted request fails with "the GitHub
 * API did not answer <method> <path> within <n> s".
 */
export function gitHubClient(token: string, timeoutSeconds = DEFAULT_API_TIMEOUT): GitHubClient {
  const base = (defaults.request?.fetch ?? globalThis.fetch) as Fetch;
  const ms = Math.round(timeoutSeconds * 1000);
  const fetch: Fetch = async (url, init) => {
    const timeout = AbortSignal.timeout(ms);
    const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    try {
      return await base(url, { ...init, signal });
    } catch (e) {
      if (!timeout.aborted) throw e;
      throw new Error(
        `the GitHub API did not answer ${init.method ?? 'GET'} ${new URL(url).pathname} within ${timeoutSeconds} s`,
        { cause: e },
      );
    }
  };
  // Octokit merges options shallowly: keep the default request options (the proxy agent).
  return github.getOctokit(token, { request: { ...defaults.request, fetch } });
}
