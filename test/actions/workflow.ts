import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../helpers.js';
import { type ActionRun, runAction } from './harness.js';

interface Step {
  name?: string;
  uses?: string;
  if?: string;
  with?: Record<string, string | number | boolean>;
}

/** One step of a workflow as the fake runner ran it (or skipped it). */
export interface StepRun {
  name: string;
  action?: string;
  skipped: boolean;
  run?: ActionRun;
}

/** The boardwright Action a `uses:` names (`boardwright/boardwright/actions/x@ref` or `./actions/x`). */
export function boardwrightAction(uses: string | undefined): string | undefined {
  return /^(?:boardwright\/boardwright\/actions\/([a-z-]+)@[\w.-]+|\.\/actions\/([a-z-]+))$/
    .exec(uses ?? '')
    ?.slice(1)
    .find(Boolean);
}

/**
 * Runs a workflow file's single job the way the runner does, as far as boardwright's Actions
 * are concerned: steps in order; a step without `if:` runs only while every earlier step passed
 * (`success()`), `if: always()` always runs; every input the step does not set gets its
 * action.yml default (`${{ github.token }}` becomes `token`); `with:` values become strings;
 * all steps share RUNNER_TEMP. Steps that use other Actions (actions/checkout) are taken as
 * done. Returns each step and whether the job failed.
 */
export async function runWorkflow(
  workflowPath: string,
  options: { cwd: string; event: unknown; apiUrl: string; token?: string },
): Promise<{ steps: StepRun[]; failed: boolean }> {
  const workflow = parse(readFileSync(workflowPath, 'utf8')) as {
    jobs: Record<string, { steps: Step[] }>;
  };
  const jobs = Object.values(workflow.jobs);
  if (jobs.length !== 1) throw new Error(`${workflowPath}: expected one job, found ${jobs.length}`);
  const temp = mkdtempSync(join(tmpdir(), 'bw-job-'));
  const token = options.token ?? 'ghs_workflow';
  const steps: StepRun[] = [];
  let failed = false;
  for (const step of jobs[0]!.steps) {
    const name = step.name ?? step.uses ?? 'step';
    const action = boardwrightAction(step.uses);
    const condition = (step.if ?? 'success()').replace(/^\$\{\{\s*|\s*\}\}$/g, '').trim();
    if (!['always()', 'success()'].includes(condition))
      throw new Error(`${name}: the fake runner does not know if: ${step.if}`);
    if (condition === 'success()' && failed) {
      steps.push({ name, skipped: true, ...(action ? { action } : {}) });
      continue;
    }
    if (!action) {
      steps.push({ name, skipped: false });
      continue;
    }
    const declared = (
      parse(readFileSync(join(ROOT, 'actions', action, 'action.yml'), 'utf8')) as {
        inputs: Record<string, { default?: string }>;
      }
    ).inputs;
    const inputs: Record<string, string> = {};
    for (const [input, spec] of Object.entries(declared)) {
      const value = step.with?.[input] ?? spec.default ?? '';
      inputs[input] = String(value).replace(/\$\{\{\s*github\.token\s*\}\}/g, token);
    }
    for (const input of Object.keys(step.with ?? {}))
      if (!(input in declared)) throw new Error(`${name}: Unexpected input '${input}'`);
    const run = await runAction(action, {
      cwd: options.cwd,
      inputs,
      event: options.event,
      apiUrl: options.apiUrl,
      env: { RUNNER_TEMP: temp, GITHUB_RUN_ID: '4242' },
    });
    if (run.code !== 0) failed = true;
    steps.push({ name, action, skipped: false, run });
  }
  return { steps, failed };
}
