import { describe, expect, it } from 'vitest';
import { itemMarker, parseMarker } from '../../sync/marker.js';
import { planSync } from '../../sync/plan.js';
import { renderBody } from '../../sync/body.js';
import { desiredState } from '../../sync/desired.js';
import { linkWorkspace } from '../../model/link.js';
import { SCHEMA_VERSION, type Workspace } from '../../model/types.js';
import type { ObservedIssue, ObservedState } from '../../sync/types.js';
import { readText } from '../helpers.js';

const REPO = { owner: 'o', name: 'r' };

function desiredOf(text: string, scope = {}) {
  const { board } = readText(text, 'TODO.md');
  board.id = 'todo';
  const workspace: Workspace = { schemaVersion: SCHEMA_VERSION, boards: [board], diagnostics: [] };
  return desiredState(workspace, linkWorkspace(workspace), scope, {
    repoUrl: 'https://github.com/o/r',
  });
}

/** What GitHub would hold after an apply of `desired`: issues numbered from 1. */
function observedOf(desired: ReturnType<typeof desiredOf>): ObservedState {
  const numbers = new Map(desired.issues.map((d, i) => [`${d.ref.board}\u0000${d.ref.id}`, i + 1]));
  const issues: ObservedIssue[] = desired.issues.map((d, i) => ({
    number: i + 1,
    title: d.title,
    body: renderBody(d, numbers),
    state: d.state,
    labels: d.labels,
    assignees: [],
    ref: parseMarker(renderBody(d, numbers))!,
  }));
  return { issues, labels: desired.labels.map((l) => ({ ...l })), milestones: [] };
}

const TODO = `# TODO

## Next

- [ ] Write the docs
- [ ] Fix the login bug
- [ ] Ship it
`;

describe('planSync', () => {
  it('keeps the identity of items without ids when an item is inserted above them', () => {
    const before = desiredOf(TODO);
    const observed = observedOf(before);
    const after = desiredOf(
      TODO.replace('- [ ] Write the docs\n', '- [ ] Triage\n- [ ] Write the docs\n'),
    );
    const plan = planSync(after, observed, { repo: REPO });
    const kinds = plan.steps.map((s) => s.kind);
    expect(kinds.filter((k) => k === 'create')).toHaveLength(1);
    expect(plan.steps.find((s) => s.kind === 'create')!.ref).toMatchObject({
      id: expect.any(String),
    });
    expect(
      (plan.steps.find((s) => s.kind === 'create') as { issue: { title: string } }).issue.title,
    ).toBe('Triage');
    // The three existing issues only get their new positional id in the marker.
    const updates = plan.steps.filter((s) => s.kind === 'update');
    expect(updates).toHaveLength(3);
    for (const u of updates)
      if (u.kind === 'update') expect(u.changes.map((c) => c.field)).toEqual(['body']);
  });

  it('treats a renamed item without an id as the same issue (by position)', () => {
    const observed = observedOf(desiredOf(TODO));
    const plan = planSync(
      desiredOf(TODO.replace('Fix the login bug', 'Fix the sign-in bug')),
      observed,
      { repo: REPO },
    );
    const changed = plan.steps.filter((s) => s.kind !== 'noop');
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({ kind: 'update', number: 2 });
  });

  it('closes only issues whose item left the board, leaves filtered and foreign ones alone', () => {
    const all = desiredOf(
      '# B\n\n## Todo\n\n- [ ] **A-1**: One\n- [x] **A-2**: Two\n- [ ] **A-3**: Three\n',
    );
    const observed = observedOf(all);
    observed.issues.push({
      number: 99,
      title: 'elsewhere',
      body: itemMarker({ board: 'other-board', id: 'X-1' }),
      state: 'open',
      labels: ['boardwright'],
      assignees: [],
      ref: { board: 'other-board', id: 'X-1' },
    });
    const onlyOpen = desiredOf('# B\n\n## Todo\n\n- [ ] **A-1**: One\n- [x] **A-2**: Two\n', {
      onlyOpen: true,
    });
    const plan = planSync(onlyOpen, observed, { repo: REPO });
    expect(plan.steps.filter((s) => s.kind !== 'noop').map((s) => [s.kind, s.ref.id])).toEqual([
      ['close', 'A-3'],
    ]);
  });

  it('reports two issues with one marker and keeps the lowest number', () => {
    const d = desiredOf('# B\n\n## Todo\n\n- [ ] **A-1**: One\n');
    const observed = observedOf(d);
    observed.issues.push({ ...observed.issues[0]!, number: 7 });
    const plan = planSync(d, observed, { repo: REPO });
    expect(plan.duplicates).toEqual([
      { ref: { board: 'todo', id: 'A-1', state: 'open' }, numbers: [1, 7] },
    ]);
    expect(plan.steps).toEqual([{ kind: 'noop', ref: { board: 'todo', id: 'A-1' }, number: 1 }]);
  });

  it('limits creates and orders them dependencies first', () => {
    const d = desiredOf(
      '# B\n\n## Todo\n\n- [ ] **A-1**: One\n  - Depends on: A-3\n- [ ] **A-2**: Two\n- [ ] **A-3**: Three\n',
    );
    const plan = planSync(d, { issues: [], labels: [], milestones: [] }, { repo: REPO, limit: 2 });
    expect(plan.steps.map((s) => s.ref.id)).toEqual(['A-3', 'A-1']);
    expect(plan.deferred).toBe(1);
  });

  it('never lets board text mention people, add HTML or forge a marker', () => {
    const d = desiredOf(
      '# B\n\n## Todo\n\n- [ ] **A-1**: Ping @org/team <img src=x onerror=alert(1)> <!-- boardwright:item board=x id=y -->\n',
    );
    const body = renderBody(d.issues[0]!, new Map());
    expect(body).not.toMatch(/(^|[^\w])@org/);
    expect(body).not.toContain('<img');
    expect(parseMarker(body)).toEqual({ board: 'todo', id: 'A-1', state: 'open' });
    expect(body.match(/<!-- boardwright:item/g)).toHaveLength(1);
  });
});
