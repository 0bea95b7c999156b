/**
 * Web links into the hosted repository: commits, tag comparisons, tags, issues. Built from the
 * git remote URL so CHANGELOG.md links work without configuration.
 */
export interface RepoLinks {
  /** `https://host/owner/repo`, without credentials or `.git`. */
  base: string;
  /** The commit page: a fixed prefix followed by the hash (renderers rely on that). */
  commit(hash: string): string;
  /** The diff from `from` to `to` (tags or `HEAD`). */
  compare(from: string, to: string): string;
  /** The page of one tag (the first release has nothing to compare with). */
  tag(name: string): string;
  issue(number: string): string;
}

/**
 * Parses a remote URL — `https://host/owner/repo(.git)`, `git@host:owner/repo.git`,
 * `ssh://git@host/owner/repo` — into web links. Credentials in the URL are dropped (they must
 * never reach a CHANGELOG). GitLab hosts (a host name containing "gitlab") get GitLab's
 * `/-/compare`, `/-/commit`, `/-/tags` and `/-/issues` paths; every other host gets GitHub's
 * (`/compare/a...b`, `/commit/h`, `/releases/tag/t`, `/issues/n`), which Gitea and Forgejo also
 * serve. Returns undefined for local paths and anything else that names no web host.
 */
export function repoLinks(remoteUrl: string | undefined): RepoLinks | undefined {
  if (!remoteUrl) return undefined;
  const url = remoteUrl.trim();
  let host: string;
  let path: string;
  const scp = /^(?:[^@/\s]+@)?([^:/\s]+):(?!\/)(.+)$/.exec(url);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return undefined;
    }
    if (!['http:', 'https:', 'ssh:', 'git:', 'git+ssh:', 'ssh+git:'].includes(parsed.protocol))
      return undefined;
    host = parsed.hostname;
    path = parsed.pathname;
  } else if (scp && !/^[a-z]:[\\/]/i.test(url)) {
    host = scp[1]!;
    path = scp[2]!;
  } else {
    return undefined;
  }
  path = path.replace(/^\/+|\/+$/g, '').replace(/\.git$/, '');
  if (!host || path.split('/').length < 2) return undefined;
  const base = `https://${host}/${path}`;
  const enc = (ref: string): string => ref.split('/').map(encodeURIComponent).join('/');
  if (/gitlab/i.test(host)) {
    return {
      base,
      commit: (h) => `${base}/-/commit/${h}`,
      compare: (a, b) => `${base}/-/compare/${enc(a)}...${enc(b)}`,
      tag: (t) => `${base}/-/tags/${enc(t)}`,
      issue: (n) => `${base}/-/issues/${n}`,
    };
  }
  return {
    base,
    commit: (h) => `${base}/commit/${h}`,
    compare: (a, b) => `${base}/compare/${enc(a)}...${enc(b)}`,
    tag: (t) => `${base}/releases/tag/${enc(t)}`,
    issue: (n) => `${base}/issues/${n}`,
  };
}
