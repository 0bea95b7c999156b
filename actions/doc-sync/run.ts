import * as core from '@actions/core';
import { resolve } from 'node:path';
import { checkDocSync, fixDocSync } from '../../docsync/index.js';
import { docSyncReport } from '../../docsync/report.js';
import { commonInputs, listInput } from '../runtime/inputs.js';
import { publish } from '../runtime/publish.js';
import type { Diagnostic } from '../../model/types.js';

/**
 * The doc-sync Action: `boardwright doc-sync` with annotations, summary, outputs (`passed`,
 * `max-drift`, `files`) and a sticky comment. `fix` = `true` rewrites from the first file
 * found, a file name rewrites from that file; the check then runs on the rewritten files.
 */
export async function run(): Promise<void> {
  const common = commonInputs();
  const root = resolve(common.workingDirectory);
  let files = listInput('files');
  const rawThreshold = core.getInput('threshold') || '10';
  const threshold = Number(rawThreshold);
  if (!/^\d+(\.\d+)?$/.test(rawThreshold) || threshold > 100)
    throw new Error(`threshold must be a percentage from 0 to 100, not "${rawThreshold}".`);
  const fix = core.getInput('fix').trim();
  const extra: Diagnostic[] = [];
  if (fix && fix.toLowerCase() !== 'false') {
    const canonical =
      fix.toLowerCase() === 'true' ? checkDocSync({ root, files }).members[0]?.path : fix;
    if (!canonical) throw new Error('fix: no readable instruction file to rewrite from.');
    const done = fixDocSync({ root, files, canonical });
    core.info(
      done.changed.length
        ? `Rewrote ${done.changed.join(', ')} from ${canonical}.`
        : `Every file already matches ${canonical}.`,
    );
    if (done.unusable && !done.diagnostics.length) throw new Error(`fix: cannot use ${canonical}.`);
    extra.push(...done.diagnostics.filter((d) => d.path === canonical));
    if (files.length) files = [canonical, ...files.filter((f) => f !== canonical)];
  }
  const result = checkDocSync({ root, files, threshold });
  const report = docSyncReport(result);
  const seen = new Set(report.diagnostics.map((d) => `${d.rule} ${d.path}`));
  report.diagnostics.push(...extra.filter((d) => !seen.has(`${d.rule} ${d.path}`)));
  if (extra.some((d) => d.fatal)) report.unusable = true;
  await publish(report, common);
}
