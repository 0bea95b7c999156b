import { githubClient, type GitHubClient } from '../../sync/github.js';

export type { GitHubClient };

/** Seconds a GitHub API request may take when the `api-timeout` input is empty. */
export const DEFAULT_API_TIMEOUT = 30;

/**
 * The Actions' client for pull request comments: the sync's client (sync/github.ts
 * githubClient: proxy support, rate limits waited for, every request aborted after
 * `timeoutSeconds`), without retries, as a comment is best effort and the check result stands
 * without it.
 */
export function gitHubClient(token: string, timeoutSeconds = DEFAULT_API_TIMEOUT): GitHubClient {
  return githubClient({ token, timeoutMs: Math.round(timeoutSeconds * 1000), retries: 0 });
}
