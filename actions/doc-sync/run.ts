import * as core from '@actions/core';
import { resolve } from 'node:path';
import { checkDocSync, type DocSyncMode, fixDocSync, readFamily } from '../../docsync/index.js';
import { docSyncReport } from '../../docsync/report.js';
import { booleanValue, commonInputs, listInput } from '../runtime/inputs.js';
import { publish } from '../runtime/publish.js';
import { annotate, info } from '../runtime/log.js';

/**
 * The doc-sync Action: `boardwright doc-sync` with annotations, summary, outputs (`passed`,
 * `max-drift`, `files`, `pairs`) and a sticky comment; `mode` is drift, exact or section. `fix` = `true` rewrites from the first
 * file found, a file name rewrites from that file; the check then runs on the rewritten files,
 * starting from the canonical one, exactly as `boardwright doc-sync --fix --from <file>` does.
 */
export async function run(): Promise<void> {
  const common = commonInputs();
  const root = resolve(common.workingDirectory);
  const files = listInput('files');
  const rawThreshold = core.getInput('threshold') || '10';
  const threshold = Number(rawThreshold);
  if (!/^\d+(\.\d+)?$/.test(rawThreshold) || threshold > 100)
    throw new Error(`threshold must be a percentage from 0 to 100, not "${rawThreshold}".`);
  const mode = (core.getInput('mode').trim() || 'drift') as DocSyncMode;
  if (!['drift', 'exact', 'section'].includes(mode))
    throw new Error(`mode must be drift, exact or section, not "${mode}".`);
  const fix = core.getInput('fix').trim();
  let canonical: string | undefined;
  // A runner boolean, or the name of the file to rewrite from.
  if (fix && booleanValue(fix) !== false) {
    canonical = booleanValue(fix)
      ? readFamily(root, files).members.find((m) => !m.link)?.path
      : fix;
    if (!canonical) throw new Error('fix: no readable instruction file to rewrite from.');
    const done = fixDocSync({ root, files, canonical });
    // An unusable canonical or member is reported by the check below, which reads the same files.
    if (done.unusable) {
      const why = done.diagnostics.find((d) => d.rule === 'doc-link-source');
      if (why) throw new Error(why.message);
    }
    for (const d of done.diagnostics.filter((x) => x.rule === 'doc-sync-shrink'))
      annotate('warning', d.message);
    info(
      done.changed.length
        ? `Rewrote ${done.changed.join(', ')} from ${canonical}.`
        : `Every file already matches ${canonical}.`,
    );
  }
  const result = checkDocSync({
    root,
    files,
    threshold,
    mode,
    ...(canonical ? { canonical } : {}),
  });
  if (result.members.length < 2 && !files.length && !result.unusable) {
    await publish(
      {
        ...docSyncReport(result),
        passed: true,
        skipped: `Fewer than two agent instruction files (${result.members.map((m) => m.path).join(', ') || 'none'}): nothing to compare.`,
        diagnostics: [],
      },
      common,
    );
    return;
  }
  await publish(docSyncReport(result), common);
}
