import * as core from '@actions/core';
import * as github from '@actions/github';
import { resolve } from 'node:path';
import { releaseErrorDiagnostic } from '../../release/errors.js';
import { type CommitLintOptions, lintCommits } from '../../release/lint.js';
import { commonInputs, listInput } from '../runtime/inputs.js';
import { publish } from '../runtime/publish.js';

const CHECKS = ['both', 'title', 'commits'] as const;

/**
 * The commit-lint Action: checks the pull request title and/or every commit of the pull request
 * (or of a push) against Conventional Commits 1.0.0, as a status check with an annotation per
 * broken rule, a summary explaining each rule, and outputs.
 */
export async function run(): Promise<void> {
  const common = commonInputs();
  const check = (core.getInput('check') || 'both') as (typeof CHECKS)[number];
  if (!CHECKS.includes(check)) {
    throw new Error(`Input check must be both, title or commits, not "${check}".`);
  }
  const maxInput = core.getInput('header-max-length');
  const max = maxInput ? Number(maxInput) : undefined;
  if (max !== undefined && (!Number.isInteger(max) || max < 1)) {
    throw new Error('Input header-max-length must be a positive whole number.');
  }
  const { payload } = github.context;
  const pr = payload.pull_request as
    { title?: string; base?: { sha?: string }; head?: { sha?: string } } | undefined;
  const options: CommitLintOptions = {
    cwd: resolve(common.workingDirectory),
    ...(max !== undefined ? { headerMaxLength: max } : {}),
  };
  const config = core.getInput('commitlint-config');
  if (config) options.config = config;
  const types = listInput('types');
  if (types.length) options.types = types;
  if (check !== 'commits') {
    const title = core.getInput('title') || pr?.title;
    if (title !== undefined) options.title = title;
  }
  if (check !== 'title') {
    const range =
      core.getInput('range') ||
      (pr?.base?.sha && pr.head?.sha ? `${pr.base.sha}..${pr.head.sha}` : undefined) ||
      (typeof payload.before === 'string' &&
      typeof payload.after === 'string' &&
      !/^0+$/.test(payload.before)
        ? `${payload.before}..${payload.after}`
        : undefined);
    if (range) options.range = range;
  }
  if (options.title === undefined && options.range === undefined) options.range = 'HEAD';

  try {
    const result = await lintCommits(options);
    const failed = result.checked.filter((c) => !c.passed).length;
    await publish(
      {
        check: 'commit-lint',
        title: 'Commit lint',
        passed: result.passed,
        diagnostics: result.diagnostics,
        headline: `Checked ${describe(result.checked.map((c) => c.id))} with ${result.config.source}; ${failed} failed.`,
        outputs: { checked: result.checked.length, failed },
        tables: [
          {
            header: ['', 'What', 'Header'],
            rows: result.checked.map((c) => [
              c.ignored ? '⏭️' : c.passed ? '✅' : '❌',
              c.id,
              c.ignored ? `${c.header} (${c.ignored}, not checked)` : c.header,
            ]),
          },
        ],
      },
      common,
    );
  } catch (e) {
    await publish(
      {
        check: 'commit-lint',
        title: 'Commit lint',
        passed: false,
        unusable: true,
        diagnostics: [releaseErrorDiagnostic(e)],
      },
      common,
    );
  }
}

function describe(ids: readonly string[]): string {
  const title = ids.includes('PR title');
  const commits = ids.filter((id) => id !== 'PR title').length;
  const parts: string[] = [];
  if (title) parts.push('the pull request title');
  if (commits) parts.push(`${commits} commit(s)`);
  return parts.join(' and ') || 'nothing';
}
