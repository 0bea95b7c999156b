import type { BundleResult, SpecBundleResult } from './types.js';

/** Verdict of one bundle row: errors fail it, warnings are noted, otherwise ok. */
export function bundleVerdict(b: BundleResult): 'failed' | 'warnings' | 'ok' {
  return b.errors ? 'failed' : b.warnings ? 'warnings' : 'ok';
}

/** Header of the bundle table; the CLI's text report and the Action's summary share it. */
export const BUNDLE_TABLE_HEADER = ['Bundle', 'Profile', 'Kind', 'Files', 'Errors', 'Warnings'];

/** One row per bundle checked, in the result's order, as plain strings. */
export function bundleRows(result: SpecBundleResult): string[][] {
  return result.bundles.map((b) => [
    b.dir,
    b.profile,
    b.kind,
    String(b.files.length),
    String(b.errors),
    String(b.warnings),
  ]);
}

/**
 * One line saying what was checked: "3 bundle(s) checked (spec-kit, openspec)", with the
 * changed-only base and the number of untouched bundles skipped when that applies.
 */
export function headline(result: SpecBundleResult): string {
  const profiles = result.profiles.length ? ` (${result.profiles.join(', ')})` : '';
  const parts = [`${result.bundles.length} bundle(s) checked${profiles}`];
  if (result.changed) {
    parts.push(
      `changed-only: ${result.changed.files.length} file(s) changed since ${result.changed.base.slice(0, 12)}, ${result.changed.skipped} untouched bundle(s) skipped`,
    );
  }
  parts.push(`failing on ${result.failOn} and above`);
  return `${parts.join('; ')}.`;
}

/** The bundle table as aligned text lines for the terminal, with a ✓/!/✗ mark per bundle. */
export function bundleTableText(result: SpecBundleResult): string {
  if (!result.bundles.length) return '';
  const mark = { failed: '✗', warnings: '!', ok: '✓' } as const;
  const width = Math.max(...result.bundles.map((b) => b.dir.length));
  return result.bundles
    .map(
      (b) =>
        `  ${mark[bundleVerdict(b)]} ${b.dir.padEnd(width)}  ${b.profile} ${b.kind}, ${b.files.length} file(s): ${b.errors} error(s), ${b.warnings} warning(s)\n`,
    )
    .join('');
}
