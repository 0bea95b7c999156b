import { renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Diagnostic } from '../model/types.js';
import { readFamily } from './check.js';
import { composeDoc } from './normalize.js';

/** What fixDocSync did (or would do with dryRun). */
export interface DocSyncFix {
  canonical: string;
  /** Members rewritten (or to be rewritten), in family order. */
  changed: string[];
  /** Members already equal to what a rewrite would produce. */
  unchanged: string[];
  diagnostics: Diagnostic[];
  /** Some member, or the canonical file, could not be used. */
  unusable: boolean;
}

/**
 * Rewrites every other member of the family from `canonical`: each keeps its own header block
 * (see normalizeDoc) followed by the canonical body, written with LF line endings via a
 * temporary file and a rename, so a reader never sees half a file. A member is written only
 * when its bytes would change, so a second run changes nothing. `canonical` is compared with the
 * family even when it is not listed. Unreadable members are never written (fatal diagnostics);
 * an unreadable or missing canonical file writes nothing. Write errors are thrown.
 */
export function fixDocSync(options: {
  root: string;
  files?: string[];
  canonical: string;
  dryRun?: boolean;
}): DocSyncFix {
  const canonical = options.canonical.replace(/\\/g, '/');
  const files = options.files?.length
    ? [canonical, ...options.files.filter((f) => f.replace(/\\/g, '/') !== canonical)]
    : undefined;
  const family = readFamily(options.root, files);
  const result: DocSyncFix = {
    canonical,
    changed: [],
    unchanged: [],
    diagnostics: family.diagnostics,
    unusable: family.diagnostics.some((d) => d.fatal),
  };
  // The canonical file may sit outside the default family: read it on its own too.
  const source =
    family.members.find((m) => m.path === canonical) ??
    readFamily(options.root, [canonical]).members[0];
  if (!source) {
    if (!family.diagnostics.some((d) => d.path === canonical))
      result.diagnostics.push({
        rule: 'file-not-found',
        severity: 'error',
        message: `The canonical file ${canonical} does not exist or cannot be read.`,
        path: canonical,
        line: 1,
        column: 1,
        fatal: true,
      });
    result.unusable = true;
    return result;
  }
  for (const m of family.members) {
    if (m.path === canonical) continue;
    const full = resolve(options.root, m.path);
    const next = composeDoc(m.header, source.body);
    if (next === m.raw) {
      result.unchanged.push(m.path);
      continue;
    }
    result.changed.push(m.path);
    if (!options.dryRun) {
      const tmp = join(dirname(full), `.${process.pid}.doc-sync.tmp`);
      writeFileSync(tmp, next);
      renameSync(tmp, full);
    }
  }
  return result;
}
