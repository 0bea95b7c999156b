import type { GitHubClient } from './github.js';

/** Where a sticky comment lives: a pull request (an issue, to the REST API) of a repository. */
export interface CommentTarget {
  owner: string;
  repo: string;
  number: number;
}

/** An issue comment as the GraphQL API lists it. */
interface ListedComment {
  databaseId: number;
  body: string;
  isMinimized: boolean;
  author: { login: string } | null;
}

interface CommentsPage {
  viewer: { login: string };
  repository: {
    issueOrPullRequest: {
      comments: {
        nodes: ListedComment[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    } | null;
  };
}

// GraphQL, not REST: only GraphQL tells whether a comment is minimized (hidden as outdated,
// resolved, spam…), and `viewer` names whoever the token acts for — a user for a personal
// token, the App's bot (`github-actions[bot]` for GITHUB_TOKEN) for an installation token, for
// which REST's GET /user is not allowed.
const COMMENTS = `query($owner: String!, $repo: String!, $number: Int!, $after: String) {
  viewer { login }
  repository(owner: $owner, name: $repo) {
    issueOrPullRequest(number: $number) {
      ... on PullRequest { comments(first: 100, after: $after) { ...page } }
      ... on Issue { comments(first: 100, after: $after) { ...page } }
    }
  }
}
fragment page on IssueCommentConnection {
  nodes { databaseId body isMinimized author { login } }
  pageInfo { hasNextPage endCursor }
}`;

/** A login as both APIs spell it: GraphQL drops the `[bot]` suffix REST keeps. */
function account(login: string): string {
  return login.replace(/\[bot\]$/i, '').toLowerCase();
}

/**
 * Whether a listed comment is the sticky comment with `marker`: its first line is exactly the
 * marker (a comment that merely quotes the marker, e.g. through a commit subject, is not), it
 * was written by the account the token acts for (never another user's comment, whatever it
 * says), and it is not minimized (a hidden comment is left alone; a new one is posted).
 */
export function isStickyComment(comment: ListedComment, marker: string, viewer: string): boolean {
  return (
    (comment.body === marker || comment.body.startsWith(`${marker}\n`)) &&
    comment.author !== null &&
    account(comment.author.login) === account(viewer) &&
    !comment.isMinimized
  );
}

/**
 * Creates or updates the one comment starting with `marker` on the pull request. Lists the
 * comments with GraphQL (100 a page), updates the newest sticky comment (isStickyComment) with
 * REST when its body differs, else creates one. Returns what it did. API errors propagate.
 */
export async function upsertComment(
  octokit: GitHubClient,
  target: CommentTarget,
  marker: string,
  body: string,
): Promise<'created' | 'updated' | 'unchanged'> {
  let found: ListedComment | undefined;
  let after: string | null = null;
  for (;;) {
    const page: CommentsPage = await octokit.graphql<CommentsPage>(COMMENTS, { ...target, after });
    const comments = page.repository.issueOrPullRequest?.comments;
    if (!comments) break;
    for (const c of comments.nodes) if (isStickyComment(c, marker, page.viewer.login)) found = c;
    if (!comments.pageInfo.hasNextPage || !comments.pageInfo.endCursor) break;
    after = comments.pageInfo.endCursor;
  }
  const { owner, repo, number } = target;
  if (!found) {
    await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body });
    return 'created';
  }
  if (found.body === body) return 'unchanged';
  await octokit.rest.issues.updateComment({ owner, repo, comment_id: found.databaseId, body });
  return 'updated';
}
