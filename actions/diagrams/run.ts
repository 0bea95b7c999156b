import * as core from '@actions/core';
import { resolve } from 'node:path';
import { parseFormats, runDiagrams } from '../../generators/diagrams/run.js';
import { commonInputs, listInput } from '../runtime/inputs.js';
import { publish } from '../runtime/publish.js';

/**
 * The diagrams Action: `boardwright diagrams --check` as a pull-request gate. Every drifted,
 * missing or extra diagram file becomes an error annotation on that file; the job summary and
 * the sticky comment list them with the command that regenerates them.
 */
export async function run(): Promise<void> {
  const common = commonInputs();
  const root = resolve(common.workingDirectory);
  const config = core.getInput('config');
  const formats = parseFormats(listInput('formats'));
  const result = await runDiagrams({
    root,
    paths: listInput('paths'),
    out: core.getInput('out') || undefined,
    formats,
    check: true,
    ...(config ? { configPath: config } : {}),
  });
  const drift = result.drift ?? { matched: [], drifted: [], missing: [], extra: [] };
  const fatal = result.loaded.workspace.diagnostics.filter((d) => d.fatal);
  const diagnostics = result.unusable ? fatal : result.driftDiagnostics;
  const rows = [
    ...drift.drifted.map((f) => [`${result.out}/${f}`, 'drifted']),
    ...drift.missing.map((f) => [`${result.out}/${f}`, 'missing']),
    ...drift.extra.map((f) => [`${result.out}/${f}`, 'extra']),
  ];
  await publish(
    {
      check: 'diagrams',
      title: 'Diagrams check',
      passed: !result.unusable && result.driftDiagnostics.length === 0,
      unusable: result.unusable,
      diagnostics,
      headline: result.unusable
        ? 'Some boards could not be read, so the diagrams were not compared.'
        : `${drift.matched.length} of ${result.files.length} diagram file(s) in ${result.out}/ match ${result.loaded.workspace.boards.length} board(s) (${formats.join(', ')}).`,
      outputs: {
        drifted: drift.drifted.length,
        missing: drift.missing.length,
        extra: drift.extra.length,
        files: result.files.length,
      },
      ...(rows.length ? { tables: [{ header: ['File', 'Problem'], rows }] } : {}),
    },
    common,
  );
}
