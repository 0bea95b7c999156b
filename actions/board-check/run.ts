import * as core from '@actions/core';
import { resolve } from 'node:path';
import type { Severity } from '../../model/types.js';
import { loadWorkspace } from '../../workspace.js';
import { commonInputs, listInput } from '../runtime/inputs.js';
import { publish } from '../runtime/publish.js';
import { progressOf } from '../../generators/progress.js';

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** The board-check Action: `boardwright check` with annotations, summary, outputs and comment. */
export async function run(): Promise<void> {
  const common = commonInputs();
  const root = resolve(common.workingDirectory);
  const config = core.getInput('config');
  const loaded = loadWorkspace({
    root,
    paths: listInput('paths'),
    ...(config ? { configPath: config } : {}),
  });
  const failOn = (core.getInput('fail-on') || loaded.config.config.failOn || 'error') as Severity;
  if (!(failOn in RANK))
    throw new Error(`fail-on must be error, warning or info, not "${failOn}".`);
  const { workspace } = loaded;
  const diagnostics = workspace.diagnostics.filter((d) => d.rule !== 'mojibake-repaired');
  const items = workspace.boards.reduce((n, b) => n + b.items.length, 0);
  await publish(
    {
      check: 'board-check',
      title: 'Board check',
      passed: !diagnostics.some((d) => RANK[d.severity] >= RANK[failOn]),
      unusable: loaded.unusable,
      diagnostics,
      headline: `${workspace.boards.length} board(s), ${items} item(s); failing on ${failOn} and above.`,
      outputs: { boards: workspace.boards.length, items },
      tables: [
        {
          header: ['Board', 'Dialect', 'Items', 'Done', '% done'],
          rows: workspace.boards.map((b) => {
            const p = progressOf(b.items);
            return [b.path, b.dialect, String(p.items), String(p.done), `${p.percentDone}%`];
          }),
        },
      ],
    },
    common,
  );
}
