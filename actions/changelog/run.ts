import { resolve } from 'node:path';
import { releaseErrorDiagnostic } from '../../release/errors.js';
import { releaseHeadline, releasePreview } from '../../release/preview.js';
import {
  planRelease,
  type ReleasePlan,
  tagRelease,
  writeChangelog,
} from '../../release/release.js';
import { booleanInput, commonInputs } from '../runtime/inputs.js';
import { appendSummary, publish, stickyComment } from '../runtime/publish.js';
import { releaseInputs } from './inputs.js';

/** Step outputs every release Action sets from a plan. */
export function planOutputs(plan: ReleasePlan): Record<string, string> {
  return {
    version: plan.version,
    bump: plan.bump,
    release: String(plan.release),
    tag: plan.tag,
    'previous-tag': plan.previousStable?.name ?? '',
    changelog: plan.section,
    'release-notes': plan.releaseNotes,
    items: plan.items.join(' '),
  };
}

/** The changes table of the job summary. */
export function changesTable(plan: ReleasePlan): { header: string[]; rows: string[][] } {
  return {
    header: ['Type', 'Change', 'Commit'],
    rows: plan.changes.map((c) => [
      `${c.type}${c.breaking ? '!' : ''}`,
      `${c.scope ? `${c.scope}: ` : ''}${c.subject}`,
      c.hash.slice(0, 7),
    ]),
  };
}

/**
 * Runs one release Action: plans from git history, optionally writes the changelog and tags,
 * then publishes outputs, a job summary (the report and the section), and on pull requests a
 * sticky comment with the changelog section the merge would produce. Unusable input (shallow
 * clone, no tags, …) fails the step with exit code 2 and a message saying what to do.
 */
export async function runRelease(check: 'changelog' | 'version', title: string): Promise<void> {
  const common = commonInputs();
  const cwd = resolve(common.workingDirectory);
  const write = check === 'changelog' && booleanInput('write', false);
  const tag = check === 'changelog' && booleanInput('tag', false);
  let plan: ReleasePlan;
  let written = false;
  let tagged = false;
  try {
    plan = await planRelease({ ...releaseInputs(cwd), changelog: check === 'changelog' });
    if (write) written = writeChangelog(plan, cwd);
    if (tag && plan.release && plan.input.version !== undefined) {
      await tagRelease(plan, cwd);
      tagged = true;
    }
  } catch (e) {
    await publish(
      { check, title, passed: false, unusable: true, diagnostics: [releaseErrorDiagnostic(e)] },
      common,
    );
    return;
  }
  const outputs: Record<string, string> = { ...planOutputs(plan) };
  if (check === 'changelog') {
    outputs.changed = String(plan.update?.changed ?? false);
    outputs.written = String(written);
    outputs.tagged = String(tagged);
  }
  if (common.comment) await stickyComment(check, releasePreview(plan), common);
  await publish(
    {
      check,
      title,
      passed: true,
      diagnostics: plan.diagnostics,
      headline: releaseHeadline(plan),
      outputs,
      ...(plan.changes.length ? { tables: [changesTable(plan)] } : {}),
    },
    { ...common, comment: false },
  );
  // The section as the changelog renders it, commit text escaped; cut to what the summary holds.
  if (plan.section)
    appendSummary(
      `\n${releasePreview(plan, undefined, Number.MAX_SAFE_INTEGER)}`,
      'The full section is in the step output "changelog".',
    );
}

/** The changelog Action: `boardwright changelog` with outputs, summary and PR comment. */
export async function run(): Promise<void> {
  await runRelease('changelog', 'Changelog');
}
