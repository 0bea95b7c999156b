import * as core from '@actions/core';
import * as github from '@actions/github';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfig } from '../../config/load.js';
import { DEFAULT_KB } from '../../parity/settings.js';
import { parityCommand, type ParityMode } from '../../parity/command.js';
import type { ParityRequest } from '../../parity/settings.js';
import { booleanInput, commonInputs } from '../runtime/inputs.js';
import { publish } from '../runtime/publish.js';

const MODES: readonly ParityMode[] = ['run', 'gate', 'validate'];

function optional(name: string): string | undefined {
  return core.getInput(name).trim() || undefined;
}

/**
 * The parity Action: `boardwright parity run|gate|validate` (the same library call) with
 * annotations on the capability files, a job summary, outputs and one sticky comment per mode.
 */
export async function run(): Promise<void> {
  const common = commonInputs();
  const mode = (optional('mode') ?? 'gate') as ParityMode;
  if (!MODES.includes(mode)) throw new Error(`mode must be run, gate or validate, not "${mode}".`);
  const threshold = optional('threshold');
  const request: ParityRequest = {
    root: resolve(common.workingDirectory),
    allowCommands: booleanInput('allow-commands', false),
    updateBaseline: booleanInput('update-baseline', false),
  };
  const set = <K extends keyof ParityRequest>(
    key: K,
    value: ParityRequest[K] | undefined,
  ): void => {
    if (value !== undefined) request[key] = value;
  };
  set('configPath', optional('config'));
  set('kb', optional('kb'));
  set('out', optional('out'));
  set('baseline', optional('baseline'));
  set('baseRef', optional('base-ref'));
  set('threshold', threshold === undefined ? undefined : Number(threshold));
  set('fallbackBaseRef', github.context.payload.pull_request?.base?.sha as string | undefined);

  // A repository without any knowledge base has nothing for parity to check: skip, do not fail.
  if (request.kb === undefined && !existsSync(join(request.root, DEFAULT_KB))) {
    const config = loadConfig(request.root, request.configPath);
    const kb = (config.config as { parity?: { kb?: string } }).parity?.kb;
    if (kb === undefined) {
      await publish(
        {
          check: `parity-${mode}`,
          title: `Parity ${mode}`,
          passed: true,
          skipped: `No parity knowledge base (${DEFAULT_KB}/, or the kb input, or parity.kb in the config): nothing to check.`,
          diagnostics: [],
        },
        common,
      );
      return;
    }
  }
  const outcome = await parityCommand(mode, request);
  const text = (n: number | null | undefined): string =>
    n === null || n === undefined ? '' : n.toFixed(2);
  await publish(
    {
      check: `parity-${mode}`,
      title: `Parity ${mode}`,
      passed: outcome.passed,
      unusable: outcome.unusable,
      diagnostics: outcome.diagnostics,
      headline: outcome.headline,
      outputs: {
        score: text(outcome.score),
        'baseline-score': text(outcome.baselineScore),
        delta: text(outcome.delta),
        matrix: outcome.written[0] ?? '',
      },
      tables: outcome.tables,
    },
    common,
  );
}
