import { itemMarker, refId } from './marker.js';
import type { DesiredIssue, IssueState } from './types.js';

/** Start of the line that links the board line; it is compared without its line number. */
const SOURCE_PREFIX = '<sub>Source: ';

/**
 * The issue body of a desired issue: the item's description, a table of its fields (dependencies
 * as `#N` links for items that already have an issue, by id otherwise), its acceptance criteria
 * as a task list, a link to the board line and the hidden item marker last. `numbers` maps
 * `refId(ref)` to issue numbers; `state` is the board state the marker records (by default the
 * item's: pass what the request carrying this body leaves the issue at when that differs).
 */
export function renderBody(
  issue: DesiredIssue,
  numbers: ReadonlyMap<string, number>,
  state: IssueState = issue.state,
): string {
  const { body } = issue;
  const out: string[] = [];
  if (body.description) out.push(body.description, '');
  const rows = [...body.rows];
  if (body.dependsOn.length) {
    const deps = body.dependsOn.map((d) => {
      const n = numbers.get(refId(d.ref));
      return n === undefined
        ? `\`${d.label.replace(/`/g, "'")}\``
        : `#${n} (\`${d.label.replace(/`/g, "'")}\`)`;
    });
    rows.push(['Depends on', deps.join(', ')]);
  }
  out.push('| Field | Value |', '| --- | --- |');
  for (const [name, value] of rows) out.push(`| ${name} | ${value} |`);
  if (body.acceptance.length) {
    out.push('', '**Acceptance criteria**', '');
    for (const a of body.acceptance) out.push(`- [${a.done ? 'x' : ' '}] ${a.text}`);
  }
  out.push(
    '',
    `${SOURCE_PREFIX}[${issue.source.path.replace(/[[\]<>&]/g, '')} line ${issue.source.line}](${body.link}) · synced by boardwright</sub>`,
    '',
    itemMarker({ ...issue.ref, state }),
  );
  return out.join('\n');
}

/**
 * The body as compared between board and issue: line endings made LF, trailing space trimmed and
 * the board line's number left out, so that moving an item down its file (every edit above it
 * does) is not a reason to update its issue; the next real change refreshes the link.
 */
export function comparableBody(body: string): string {
  return body
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      line.startsWith(SOURCE_PREFIX)
        ? line.replace(/ line \d+\]/, ' line N]').replace(/#L\d+\)/, '#L)')
        : line.trimEnd(),
    )
    .join('\n')
    .trimEnd();
}
