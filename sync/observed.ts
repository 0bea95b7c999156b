import type { GitHubClient } from './github.js';
import { statusOf } from './github.js';
import { parseMarker } from './marker.js';
import type { ObservedIssue, ObservedState } from './types.js';

/** The repository a sync run talks to. */
export interface RepoRef {
  owner: string;
  name: string;
}

interface RestIssue {
  number: number;
  title: string;
  body?: string | null;
  state: string;
  state_reason?: string | null;
  labels: Array<string | { name?: string }>;
  milestone?: { number: number; title: string } | null;
  assignees?: Array<{ login: string }> | null;
  user?: { login: string } | null;
  pull_request?: unknown;
  html_url?: string;
}

/** An issue of the REST API as the sync sees it; its marker parsed. */
export function observedIssue(raw: RestIssue): ObservedIssue {
  const issue: ObservedIssue = {
    number: raw.number,
    title: raw.title,
    body: raw.body ?? '',
    state: raw.state === 'closed' ? 'closed' : 'open',
    labels: raw.labels
      .map((l) => (typeof l === 'string' ? l : (l.name ?? '')))
      .filter(Boolean)
      .sort(),
    assignees: (raw.assignees ?? []).map((a) => a.login).sort(),
  };
  if (raw.state_reason) issue.stateReason = raw.state_reason;
  if (raw.milestone) issue.milestone = { number: raw.milestone.number, title: raw.milestone.title };
  if (raw.user) issue.author = raw.user.login;
  if (raw.html_url) issue.htmlUrl = raw.html_url;
  const ref = parseMarker(raw.body);
  if (ref) issue.ref = ref;
  return issue;
}

/**
 * Reads what the repository holds: every issue carrying `syncLabel` (open and closed; pull
 * requests left out), every label and every milestone, paginated 100 at a time. Only labelled
 * issues are considered, because only people with triage rights can label: a stranger who pastes
 * a marker into an issue cannot make boardwright adopt it.
 */
export async function readObserved(
  client: GitHubClient,
  repo: RepoRef,
  syncLabel: string,
): Promise<ObservedState> {
  const { owner, name } = repo;
  const issues = (await client.paginate(client.rest.issues.listForRepo, {
    owner,
    repo: name,
    state: 'all',
    labels: syncLabel,
    per_page: 100,
  })) as RestIssue[];
  const labels = await client.paginate(client.rest.issues.listLabelsForRepo, {
    owner,
    repo: name,
    per_page: 100,
  });
  const milestones = await client.paginate(client.rest.issues.listMilestones, {
    owner,
    repo: name,
    state: 'all',
    per_page: 100,
  });
  return {
    issues: issues.filter((i) => !i.pull_request).map(observedIssue),
    labels: labels.map((l) => ({ name: l.name, color: l.color, description: l.description })),
    milestones: milestones.map((m) => ({
      number: m.number,
      title: m.title,
      state: m.state === 'closed' ? 'closed' : 'open',
      due_on: m.due_on,
      description: m.description,
    })),
  };
}

/**
 * Which of `logins` can be assigned issues in the repository (GET
 * /repos/{owner}/{repo}/assignees/{assignee}: 204 yes, 404 no). GitHub drops unassignable logins
 * silently, so without this check such an issue would be updated on every run.
 */
export async function assignableLogins(
  client: GitHubClient,
  repo: RepoRef,
  logins: Iterable<string>,
): Promise<Set<string>> {
  const ok = new Set<string>();
  for (const login of new Set(logins)) {
    try {
      await client.rest.issues.checkUserCanBeAssigned({
        owner: repo.owner,
        repo: repo.name,
        assignee: login,
      });
      ok.add(login.toLowerCase());
    } catch (e) {
      if (statusOf(e) !== 404) throw e;
    }
  }
  return ok;
}
