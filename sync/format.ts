import type { ApplyResult } from './apply.js';
import type { PullPlan } from './pull.js';
import type { PlanStep, SyncPlan } from './types.js';

/** Step counts of a plan. */
export interface PlanSummary {
  create: number;
  update: number;
  close: number;
  reopen: number;
  noop: number;
  labels: number;
  milestones: number;
  deferred: number;
}

/** Counts of each kind of step, labels and milestones to create, and creates left for later. */
export function summarizePlan(plan: SyncPlan): PlanSummary {
  const n = (kind: PlanStep['kind']): number => plan.steps.filter((s) => s.kind === kind).length;
  return {
    create: n('create'),
    update: n('update'),
    close: n('close'),
    reopen: n('reopen'),
    noop: n('noop'),
    labels: plan.labels.length,
    milestones: plan.milestones.length + plan.milestoneUpdates.length,
    deferred: plan.deferred,
  };
}

/** True when applying the plan would send at least one write request. */
export function planChanges(plan: SyncPlan): boolean {
  const s = summarizePlan(plan);
  return s.create + s.update + s.close + s.reopen + s.labels + s.milestones > 0;
}

const MAX_SHOWN = 60;

// Quoted with JSON escapes, so control characters and newlines print as `\n`, never raw.
function q(text: string): string {
  const clipped = [...text].length > 90 ? `${[...text].slice(0, 89).join('')}…` : text;
  return JSON.stringify(clipped);
}

function stepLine(step: PlanStep): string {
  const id = step.ref.id.replace(/[^\x20-\x7e\u00a0-\uffff]/gu, '?');
  switch (step.kind) {
    case 'create':
      return `  + create  ${id}  ${q(step.issue.title)}${step.issue.state === 'closed' ? ' (then closed)' : ''}`;
    case 'noop':
      return `  = same    #${step.number} ${id}`;
    default: {
      const sign = step.kind === 'close' ? '-' : step.kind === 'reopen' ? '^' : '~';
      const why = step.comment ? ' (no longer on its board)' : '';
      const fields = step.changes
        .map((c) => (c.field === 'body' ? 'body' : `${c.field}: ${q(c.from)} → ${q(c.to)}`))
        .join('; ');
      return `  ${sign} ${step.kind.padEnd(7)} #${step.number} ${id}${why}  ${fields}`;
    }
  }
}

/**
 * The plan for people: a headline with counts, the labels and milestones to create, then one line
 * per step that changes something (at most 60, then a count of the rest). Every user string is
 * printed JSON-quoted, so no control character reaches the terminal or the CI log raw.
 */
export function planText(plan: SyncPlan, result?: ApplyResult): string {
  const s = summarizePlan(plan);
  const repo = `${plan.repo.owner}/${plan.repo.name}`;
  const lines = [
    `${result ? 'Applied to' : 'Plan for'} ${repo}: ${s.create} to create, ${s.update} to update, ${s.close} to close, ${s.reopen} to reopen, ${s.noop} unchanged.`,
  ];
  if (plan.labels.length)
    lines.push(`Labels to create: ${plan.labels.map((l) => q(l.name)).join(', ')}`);
  if (plan.milestones.length)
    lines.push(`Milestones to create: ${plan.milestones.map((m) => q(m.title)).join(', ')}`);
  for (const u of plan.milestoneUpdates)
    lines.push(
      `Milestone ${q(u.title)}: ${Object.entries(u.patch)
        .map(([k, v]) => `${k} → ${String(v)}`)
        .join(', ')}`,
    );
  const changing = plan.steps.filter((st) => st.kind !== 'noop');
  for (const step of changing.slice(0, MAX_SHOWN)) lines.push(stepLine(step));
  if (changing.length > MAX_SHOWN)
    lines.push(`  … and ${changing.length - MAX_SHOWN} more (see --json).`);
  if (plan.deferred) lines.push(`${plan.deferred} more issue(s) wait for the next run (--limit).`);
  for (const d of plan.duplicates)
    lines.push(
      `Duplicate: issues ${d.numbers.map((n) => `#${n}`).join(', ')} all carry ${d.ref.id}; #${d.numbers[0]} is kept, close the others by hand.`,
    );
  for (const w of plan.warnings) lines.push(`warning: ${w}`);
  if (result) lines.push(`${result.writes} write request(s) sent.`);
  else if (planChanges(plan)) lines.push('Run with --apply to carry out this plan.');
  else lines.push('GitHub is in step with the boards.');
  return `${lines.join('\n')}\n`;
}

/** The plan (and what was applied) as a versioned JSON document. */
export function planJson(plan: SyncPlan, result?: ApplyResult): unknown {
  return {
    schemaVersion: 1,
    repo: `${plan.repo.owner}/${plan.repo.name}`,
    summary: summarizePlan(plan),
    labels: plan.labels,
    milestones: plan.milestones,
    milestoneUpdates: plan.milestoneUpdates,
    steps: plan.steps.map((step) =>
      step.kind === 'create'
        ? {
            kind: step.kind,
            board: step.ref.board,
            id: step.ref.id,
            title: step.issue.title,
            labels: step.issue.labels,
            milestone: step.issue.milestone ?? null,
            assignees: step.issue.assignees,
            state: step.issue.state,
          }
        : step.kind === 'noop'
          ? { kind: step.kind, board: step.ref.board, id: step.ref.id, number: step.number }
          : {
              kind: step.kind,
              board: step.ref.board,
              id: step.ref.id,
              number: step.number,
              changes: step.changes.map((c) => ({ field: c.field, from: c.from, to: c.to })),
            },
    ),
    duplicates: plan.duplicates,
    deferred: plan.deferred,
    warnings: plan.warnings,
    ...(result ? { applied: result } : {}),
  };
}

// Control characters (newline and tab aside) print as `?`: a diff quotes board lines as they are.
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, '?');
}

const ACTION_WORD = { done: 'done     ', cancelled: 'cancelled', reopen: 'reopen   ' } as const;

/**
 * A pull for people: a headline, one line per item that takes its issue's state (issue number,
 * item id, file and line, title), the issues left alone and why, then the unified diff of the
 * board edits (`diff`, empty once written) or the files written.
 */
export function pullText(plan: PullPlan, written: string[], diff: string): string {
  const lines = [
    `${plan.changes.length} item(s) take their issue's state from GitHub${plan.adds.length ? `, ${plan.adds.length} new issue(s) become items` : ''}${plan.skipped.length ? `, ${plan.skipped.length} left alone` : ''}.`,
  ];
  for (const c of plan.changes.slice(0, MAX_SHOWN))
    lines.push(
      `  ${ACTION_WORD[c.action]} #${c.number} ${printable(c.ref.id)}  ${q(c.path)}:${c.line}  ${q(c.title)}${c.unrecorded ? ' (no earlier state recorded: GitHub taken as is)' : ''}`,
    );
  if (plan.changes.length > MAX_SHOWN)
    lines.push(`  … and ${plan.changes.length - MAX_SHOWN} more (see --json).`);
  for (const a of plan.adds.slice(0, MAX_SHOWN))
    lines.push(
      `  ${a.existing ? 'adopt    ' : 'add      '} #${a.number} ${printable(a.ref.id)}  ${q(a.path)}  ${q(a.title)}`,
    );
  for (const s of plan.skipped.slice(0, MAX_SHOWN))
    lines.push(`  left     #${s.number} ${printable(s.ref.id)}: ${printable(s.why)}`);
  if (written.length) lines.push(`Written: ${written.map(q).join(', ')}`);
  else if (plan.changes.length || plan.adds.length) {
    lines.push('Run with --apply to make these edits:', '');
    return `${lines.join('\n')}\n${printable(diff)}`;
  } else lines.push('The boards are in step with GitHub.');
  return `${lines.join('\n')}\n`;
}

/** A pull as a versioned JSON document: changes, what was left and why, files written, diff. */
export function pullJson(plan: PullPlan, written: string[], diff?: string): unknown {
  return {
    schemaVersion: 1,
    changes: plan.changes,
    adds: plan.adds.map((a) => ({
      number: a.number,
      title: a.title,
      path: a.path,
      ref: a.ref,
      existing: a.existing,
    })),
    skipped: plan.skipped,
    written,
    ...(diff !== undefined ? { diff } : {}),
  };
}
