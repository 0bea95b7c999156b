import { createTwoFilesPatch } from 'diff';
import type { EditPlan } from './types.js';

/** A file's text as stored (line endings and mojibake kept), for showing what changes. */
function storedText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return Buffer.from(bytes.subarray(2)).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2));
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  return Buffer.from(bytes).toString('utf8');
}

/**
 * A plan's patches as a unified diff (`--- a/path` / `+++ b/path`, three lines of context, as
 * `git diff` prints them); empty when the plan changes nothing.
 */
export function planDiff(plan: EditPlan): string {
  return plan.patches
    .map((p) =>
      createTwoFilesPatch(
        `a/${p.path}`,
        `b/${p.path}`,
        storedText(p.before),
        storedText(p.after),
        '',
        '',
        { context: 3 },
      )
        .split('\n')
        .slice(1)
        .join('\n'),
    )
    .join('');
}
