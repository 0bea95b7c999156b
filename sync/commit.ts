import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import type { GitHubClient } from './github.js';
import { statusOf } from './github.js';
import type { RepoRef } from './observed.js';

const run = promisify(execFile);

/** Who commits the edits of a pull; by default the identity GitHub shows for Actions. */
export interface CommitAuthor {
  name: string;
  email: string;
}

export const ACTIONS_AUTHOR: CommitAuthor = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
};

/** How the board edits of a `sync --pull` reach the repository. */
export interface PublishEditsOptions {
  /** The git work tree (the workspace root). */
  root: string;
  /** Workspace-relative files the pull wrote. */
  files: string[];
  /** Commit message: first line a summary. */
  message: string;
  /** The branch checked out (the pull request's base in `pull-request` mode). */
  base: string;
  /**
   * `commit`: commit onto `base` and push it (a fast-forward: never a force-push; a branch that
   * moved meanwhile makes the push fail, and the next run starts again from the new head).
   * `pull-request`: commit onto a new branch named after the edits' content, push it and open a
   * pull request into `base` (none when one for the same edits is open already).
   */
  mode: 'commit' | 'pull-request';
  /** Remote to push to; default `origin`. */
  remote?: string;
  author?: CommitAuthor;
  /** For `pull-request`: the API client and repository, and the pull request's text. */
  client?: GitHubClient;
  repo?: RepoRef;
  title?: string;
  body?: string;
}

/** What `publishEdits` did: the commit, the branch pushed and, if one was opened, the PR. */
export interface PublishedEdits {
  commit: string;
  branch: string;
  pullRequest?: { number: number; url: string; existed: boolean };
}

async function git(root: string, args: string[], author?: CommitAuthor): Promise<string> {
  const env = {
    ...process.env,
    ...(author
      ? {
          GIT_AUTHOR_NAME: author.name,
          GIT_AUTHOR_EMAIL: author.email,
          GIT_COMMITTER_NAME: author.name,
          GIT_COMMITTER_EMAIL: author.email,
        }
      : {}),
  };
  const { stdout } = await run('git', args, { cwd: root, env, maxBuffer: 16 * 1024 * 1024 });
  return stdout.trim();
}

/** Refuses a branch name git would not take, or one that reads as an option. */
async function checkBranch(root: string, name: string): Promise<void> {
  if (name.startsWith('-')) throw new Error(`"${name}" is not a branch name.`);
  await git(root, ['check-ref-format', '--branch', name]).catch(() => {
    throw new Error(`"${name}" is not a branch name.`);
  });
}

/**
 * Commits the files a pull wrote and publishes the commit: onto the checked-out branch, or on a
 * branch of its own with a pull request. Only the named files are staged (`git add -- files`),
 * nothing is ever force-pushed, and every argument from input follows `--` or is checked first.
 * Throws when git or the API refuses, with git's own message.
 */
export async function publishEdits(options: PublishEditsOptions): Promise<PublishedEdits> {
  const { root } = options;
  const remote = options.remote ?? 'origin';
  const author = options.author ?? ACTIONS_AUTHOR;
  await checkBranch(root, options.base);
  if (!/^[A-Za-z0-9._-]+$/.test(remote)) throw new Error(`"${remote}" is not a remote name.`);
  let branch = options.base;
  if (options.mode === 'pull-request') {
    // Named after what changes, so the same edits never open a second pull request.
    const digest = createHash('sha256');
    for (const f of [...options.files].sort()) digest.update(`${f}\0`);
    digest.update(await git(root, ['diff', '--no-color', '--', ...options.files]));
    branch = `boardwright/pull-${digest.digest('hex').slice(0, 12)}`;
    await git(root, ['checkout', '-q', '-B', branch]);
  }
  // A branch for these very edits pushed by an earlier run: its pull request is the answer.
  const pushed =
    options.mode === 'pull-request' &&
    (await git(root, ['ls-remote', '--heads', '--end-of-options', remote, `refs/heads/${branch}`]))
      .length > 0;
  let commit: string;
  if (pushed)
    commit = (
      await git(root, ['ls-remote', '--end-of-options', remote, `refs/heads/${branch}`])
    ).split(/\s/)[0]!;
  else {
    await git(root, ['add', '--', ...options.files]);
    await git(
      root,
      ['commit', '-q', '--no-verify', '-m', options.message, '--', ...options.files],
      author,
    );
    commit = await git(root, ['rev-parse', 'HEAD']);
    await git(root, ['push', '-q', '--end-of-options', remote, `HEAD:refs/heads/${branch}`]);
  }
  const published: PublishedEdits = { commit, branch };
  if (options.mode !== 'pull-request') return published;
  if (!options.client || !options.repo)
    throw new Error('A pull request needs the API client and the repository.');
  const base = { owner: options.repo.owner, repo: options.repo.name };
  try {
    const created = await options.client.rest.pulls.create({
      ...base,
      head: branch,
      base: options.base,
      title: options.title ?? options.message.split('\n')[0]!,
      body: options.body ?? '',
    });
    published.pullRequest = {
      number: created.data.number,
      url: created.data.html_url,
      existed: false,
    };
  } catch (e) {
    // 422: a pull request from this branch is open already; that is the one.
    if (statusOf(e) !== 422) throw e;
    const open = await options.client.rest.pulls.list({
      ...base,
      head: `${options.repo.owner}:${branch}`,
      state: 'open',
    });
    const pr = open.data[0];
    if (pr) published.pullRequest = { number: pr.number, url: pr.html_url, existed: true };
  }
  return published;
}
