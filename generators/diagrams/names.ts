import { createHash } from 'node:crypto';

/** Longest file-name stem taken from a board id (before the hash suffix and the extension). */
const STEM_MAX = 80;

/**
 * The file-name stem for a board id: only `A-Z a-z 0-9 . _ -` survive (anything else, `/` and
 * `\` included, becomes `-`), no leading dot or dash (so never `.`, `..` or a hidden file),
 * never a name Windows reserves (`CON`, `NUL`…), at most STEM_MAX characters. When the id had
 * to be changed, 8 hex digits of its SHA-256 are appended so two ids that clean to the same
 * text still get different names. Never empty.
 */
export function fileStem(boardId: string): string {
  const cleaned = boardId
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[.-]+/, '')
    .replace(/[.-]+$/, '')
    .slice(0, STEM_MAX);
  // Windows reserves these names whatever the extension (`CON.deps.svg` cannot be created).
  const reserved = /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(cleaned);
  if (cleaned === boardId && cleaned && !reserved) return cleaned;
  const hash = createHash('sha256').update(boardId).digest('hex').slice(0, 8);
  return cleaned ? `${cleaned}-${hash}` : `board-${hash}`;
}

/** What each diagram file of a board is, and its suffix after the stem. */
export const DIAGRAM_FILES = {
  'deps.mmd': 'mermaid',
  'deps.dot': 'dot',
  'deps.svg': 'svg',
  'deps.png': 'png',
  'deps.drawio': 'drawio',
  'overview.mmd': 'mermaid',
  'gantt.mmd': 'mermaid',
} as const satisfies Record<string, DiagramFormat>;

/** The output formats of `boardwright diagrams --format`. */
export const DIAGRAM_FORMATS = ['mermaid', 'dot', 'svg', 'png', 'drawio'] as const;
export type DiagramFormat = (typeof DIAGRAM_FORMATS)[number];

/**
 * True when `name` (a file name, no folder) is one boardwright writes for one of `formats`:
 * `<stem>.<suffix>` with a suffix of DIAGRAM_FILES. `--check` calls such a file that this run
 * did not generate "extra"; any other file in the out dir is left alone.
 */
export function isDiagramFile(name: string, formats: readonly DiagramFormat[]): boolean {
  return Object.entries(DIAGRAM_FILES).some(
    ([suffix, format]) =>
      formats.includes(format) && name.endsWith(`.${suffix}`) && name.length > suffix.length + 1,
  );
}
