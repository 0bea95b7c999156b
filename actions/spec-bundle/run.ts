import * as core from '@actions/core';
import * as github from '@actions/github';
import { resolve } from 'node:path';
import type { Severity } from '../../model/types.js';
import { checkSpecBundles } from '../../specbundle/check.js';
import { LINT_RULE_IDS } from '../../specbundle/checks/lint.js';
import { BUNDLE_TABLE_HEADER, bundleRows, headline } from '../../specbundle/report.js';
import type { LintSettings } from '../../specbundle/types.js';
import { booleanInput, commonInputs, listInput } from '../runtime/inputs.js';
import { publish } from '../runtime/publish.js';
import { notice } from '../runtime/log.js';

const SEVERITIES = ['error', 'warning', 'info'];

/**
 * The spec-bundle Action: `boardwright spec-bundle` with annotations on the spec lines, a job
 * summary with a row per bundle, outputs and the sticky PR comment. With changed-only and no
 * base-ref it compares with the pull request's base commit from the event payload.
 */
export async function run(): Promise<void> {
  const common = commonInputs();
  const failOn = core.getInput('fail-on');
  if (failOn && !SEVERITIES.includes(failOn)) {
    throw new Error(`fail-on must be error, warning or info, not "${failOn}".`);
  }
  const lintOff = listInput('lint-off');
  const unknown = lintOff.filter((id) => !LINT_RULE_IDS.includes(id));
  if (unknown.length) {
    throw new Error(
      `lint-off names unknown lint rule(s) ${unknown.join(', ')}. Known rules: ${LINT_RULE_IDS.join(', ')}.`,
    );
  }
  const lint: LintSettings = {};
  if (!booleanInput('lint', true)) lint.preset = 'off';
  if (lintOff.length) lint.rules = Object.fromEntries(lintOff.map((id) => [id, 'off' as const]));

  let changedOnly = booleanInput('changed-only', false);
  const base =
    core.getInput('base-ref') ||
    (github.context.payload.pull_request?.base as { sha?: string } | undefined)?.sha;
  if (changedOnly && !base) {
    notice('changed-only: no base-ref and not a pull request, so every bundle is checked.');
    changedOnly = false;
  }
  const config = core.getInput('config');
  const result = checkSpecBundles({
    root: resolve(common.workingDirectory),
    paths: listInput('paths'),
    profiles: listInput('profile'),
    profileFiles: listInput('profile-file'),
    ...(config ? { configPath: config } : {}),
    ...(changedOnly && base ? { changedOnly, base } : {}),
    ...(failOn ? { failOn: failOn as Severity } : {}),
    lint,
  });
  const rows = bundleRows(result);
  const none =
    result.bundles.length === 0 &&
    (result.changed?.skipped ?? 0) === 0 &&
    !listInput('paths').length &&
    !listInput('profile').length &&
    result.diagnostics.every((d) => d.rule === 'no-bundle');
  if (none) {
    await publish(
      {
        check: 'spec-bundle',
        title: 'Spec bundles',
        passed: true,
        skipped:
          'No spec bundle in this repository (platform-kit spec/*, spec-kit specs/*, OpenSpec openspec/): nothing to check.',
        diagnostics: [],
        outputs: { bundles: 0, skipped: 0 },
      },
      common,
    );
    return;
  }
  await publish(
    {
      check: 'spec-bundle',
      title: 'Spec bundles',
      passed: result.passed,
      unusable: result.unusable,
      diagnostics: result.diagnostics,
      headline: headline(result),
      outputs: { bundles: result.bundles.length, skipped: result.changed?.skipped ?? 0 },
      tables: rows.length ? [{ header: BUNDLE_TABLE_HEADER, rows }] : [],
    },
    common,
  );
}
