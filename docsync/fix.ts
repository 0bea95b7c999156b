import { resolve } from 'node:path';
import { writeWorkspaceFiles } from '../io/user-files.js';
import type { Diagnostic } from '../model/types.js';
import { linkEnd, linkPhrase, readFamily } from './check.js';
import { composeDoc } from './normalize.js';

/** A member is not rewritten from a canonical body shorter than this fraction of its own. */
export const SHRINK_LIMIT = 0.5;

/** What fixDocSync did (or would do with dryRun). */
export interface DocSyncFix {
  canonical: string;
  /** Members rewritten (or to be rewritten), in family order. */
  changed: string[];
  /** Members whose shared body already equals the canonical one (left untouched). */
  unchanged: string[];
  /** Linked members (symbolic link, import, pointer): in step by construction, never written. */
  linked: string[];
  /** Symbolic links to files outside the family: not written through. */
  skipped: string[];
  /** Members not rewritten because the canonical text is less than half as long (see allowShrink). */
  refused: string[];
  diagnostics: Diagnostic[];
  /** Some member, or the canonical file, could not be used. */
  unusable: boolean;
}

/**
 * Rewrites every other member of the family from `canonical`: each keeps its own header block
 * (see normalizeDoc) followed by the canonical body, in the member's own line endings (CRLF when
 * it has any, else LF) and with its BOM and file mode. Members whose normalised body already
 * equals the canonical one are left byte-for-byte alone, so a second run changes nothing.
 *
 * Links are never undone: a member that is a symbolic link, imports another member
 * (`@AGENTS.md`) or points to one stays exactly as it is, and a symbolic link to another file is
 * not written through (listed in `skipped` with a warning). A canonical file that is itself
 * linked holds no instructions to copy: nothing is written, with a fatal `doc-link-source`
 * diagnostic naming the file it leads to. A member whose instructions are more than twice as long
 * as the canonical ones is not rewritten (`doc-sync-shrink`, error; `allowShrink` overrides):
 * copying a short file over a long one — a pointer to other documents passed as --from — would
 * lose most of it. Files are written to temporary siblings and renamed
 * into place only when all were written. Unreadable members are never written (fatal
 * diagnostics); a missing or unreadable canonical file writes nothing. Write errors (EACCES,
 * ENOSPC…) are thrown after removing the temporary files.
 */
export function fixDocSync(options: {
  root: string;
  files?: string[];
  canonical: string;
  dryRun?: boolean;
  /** Rewrite a member even when the canonical text is less than half as long as its own. */
  allowShrink?: boolean;
}): DocSyncFix {
  const canonical = options.canonical.replace(/\\/g, '/').replace(/^\.\//, '');
  const family = readFamily(options.root, options.files, canonical);
  const result: DocSyncFix = {
    canonical,
    changed: [],
    unchanged: [],
    linked: [],
    skipped: [],
    refused: [],
    diagnostics: family.diagnostics,
    unusable: family.diagnostics.some((d) => d.fatal),
  };
  // readFamily has already reported a canonical file that is missing or unreadable.
  const source = family.members.find((m) => m.path === canonical);
  if (!source) {
    result.unusable = true;
    return result;
  }
  if (source.link) {
    const end = linkEnd(family.members, canonical);
    result.diagnostics.push({
      rule: 'doc-link-source',
      severity: 'error',
      message: `${linkPhrase(source)}, so it holds no instructions to copy; nothing was written. Fix from the file it leads to: --fix --from ${end}`,
      path: canonical,
      line: source.link.line,
      column: 1,
      fatal: true,
    });
    result.unusable = true;
    return result;
  }
  const writes: Array<{ full: string; text: string }> = [];
  for (const m of family.members) {
    if (m.path === canonical) continue;
    if (m.link) {
      result.linked.push(m.path);
      continue;
    }
    if (m.symlinkTo !== undefined) {
      result.skipped.push(m.path);
      result.diagnostics.push({
        rule: 'doc-sync-skipped',
        severity: 'warning',
        message: `${m.path} is a symbolic link to ${m.symlinkTo}; --fix does not write through links. Edit ${m.symlinkTo}, or make ${m.path} a link to ${canonical}.`,
        path: m.path,
        line: 1,
        column: 1,
      });
      continue;
    }
    // Already in step (drift 0): the file keeps its bytes, its line endings and spacing.
    if (m.body === source.body) {
      result.unchanged.push(m.path);
      continue;
    }
    // A short canonical file copied over a long member would lose most of it: a pointer to
    // other documents ("Read README.md") used as --from is the usual cause. Never silently.
    if (!options.allowShrink && source.body.length < m.body.length * SHRINK_LIMIT) {
      result.refused.push(m.path);
      result.diagnostics.push({
        rule: 'doc-sync-shrink',
        severity: 'error',
        message: `${m.path} was not rewritten: ${canonical} holds ${source.body.length} characters of instructions and ${m.path} ${m.body.length}, so the copy would drop ${Math.round(100 - (100 * source.body.length) / m.body.length)}% of it. Fix from the fuller file (--from ${m.path}), or pass --allow-shrink if that is what you want.`,
        path: m.path,
        line: 1,
        column: 1,
      });
      continue;
    }
    result.changed.push(m.path);
    writes.push({
      full: resolve(options.root, m.path),
      text: inStyleOf(m.raw, composeDoc(m.header, source.body)),
    });
  }
  // Written under the workspace's file policy (io/user-files.ts): inside the workspace, atomic,
  // keeping each file's mode, all or nothing.
  if (!options.dryRun)
    writeWorkspaceFiles(
      options.root,
      writes.map((w) => ({ path: w.full, content: w.text })),
    );
  return result;
}

/** `text` with the line endings (CRLF when the file has any) and the BOM of the file it replaces. */
function inStyleOf(raw: string, text: string): string {
  const lines = raw.includes('\r\n') ? text.replace(/\n/g, '\r\n') : text;
  return raw.startsWith('\uFEFF') ? `\uFEFF${lines}` : lines;
}
