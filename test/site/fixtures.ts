import { cpSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';

/** The two payloads every user string is tried with. */
export const SCRIPT = '<script>alert(1)</script>';
export const IMG = '"><img src=x onerror=alert(2)>';
/** A title of 10,000 characters with no break opportunity, to widen the page if it can. */
export const LONG_TITLE = `Long${'x'.repeat(9996)}`;

/**
 * A kanban.md board (the kanban-md dialect) whose board title, card titles, assignee, field,
 * tag and dependency carry the payloads, one card with a 10,000-character title, and a
 * dangling dependency so the board has a diagnostic.
 */
export const HOSTILE_BOARD = `# Hostile ${SCRIPT} board

## Backlog

### [XSS-1] ${SCRIPT} title
  - assignee: ${IMG}
  - priority: high
  - note: ${SCRIPT}
  - depends: XSS-2, MISSING-9

### [XSS-2] ${IMG} second
  - tags: [${SCRIPT}]

## Done

### [LONG-1] ${LONG_TITLE}
`;

/**
 * A temp workspace with `boards/release-kanban.md` (the seed board, copied from examples) and
 * `boards/hostile.md` (HOSTILE_BOARD). Returns its root.
 */
export function seedWorkspace(): string {
  const root = mkdtempSync(join(tmpdir(), 'bw-site-'));
  mkdirSync(join(root, 'boards'));
  cpSync(join(ROOT, 'examples/boards/release-kanban.md'), join(root, 'boards/release-kanban.md'));
  writeFileSync(join(root, 'boards/hostile.md'), HOSTILE_BOARD);
  return root;
}

/** Every file below `dir`, `/`-separated and relative, sorted. */
export function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? listFiles(join(dir, e.name), `${prefix}${e.name}/`)
        : [`${prefix}${e.name}`],
    )
    .sort();
}
