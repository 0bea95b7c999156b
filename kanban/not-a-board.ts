import type { Heading, ListItem, Root } from 'mdast';
import type { Board } from '../model/types.js';
import { plain, walkBlocks } from './mdast.js';

/**
 * Evidence that a Markdown file which yields items is nonetheless not a board: a careful reader
 * would call it a changelog, a template, a page that demonstrates task-list syntax, a table of
 * contents, a pull-request or issue template, or an agent instruction file with a few checklists.
 * Each test returns the reason in words a user can act on (they can still name the file, or force
 * a dialect in the config), or undefined.
 */

const CHANGELOG_NAME =
  /^(?:change[-_ ]?log|changes|history|releases?|news|release[-_ ]notes)(?:\.\w+)?\.(?:md|markdown)$/i;
const VERSION_HEADING =
  /^\[?v?\d+\.\d+(?:\.\d+)?(?:[-+][\w.]+)?\]?(?:\s*[-–—(]\s*.*\d{4}.*|\s*\(?unreleased\)?)?$|^\[?unreleased\]?$/i;
const CHANGE_SECTION =
  /^(?:added|changed|fixed|removed|deprecated|security|features?|bug ?fixes|breaking changes?|performance( improvements)?|improvements|enhancements|documentation|miscellaneous|chores?|refactor(?:ing)?|dependencies|reverts?)$/i;

const TEMPLATE_PATH = /(?:^|\/)templates?\/|[-_.]template\.(?:md|markdown)$|^template[-_]/i;
const PLACEHOLDER =
  /\bT?X{2,}\b|\bT0{2,}[Xx]\b|\[(?:[A-Z][A-Z0-9 _#/-]{2,}|N|###[^\]]*|[A-Z][a-z]+(?: [a-z]+){0,4})\]|\{\{[^}]*\}\}|\$ARGUMENTS|<[a-z][\w -]*>|\.\.\.$/;

const PR_TEMPLATE =
  /(?:^|\/)(?:pull_request_template|merge_request_template|PULL_REQUEST_TEMPLATE|ISSUE_TEMPLATE)(?:\/|\.md$)|(?:^|\/)\.github\/(?:ISSUE_TEMPLATE|PULL_REQUEST_TEMPLATE)\//i;
const AGENT_FILE =
  /(?:^|\/)(?:AGENTS|CLAUDE|GEMINI|COPILOT|CONVENTIONS|\.?cursorrules|\.?windsurfrules|copilot-instructions)(?:\.local)?\.(?:md|markdown|mdc)$|(?:^|\/)\.(?:cursor\/rules|github\/instructions|clinerules|windsurf\/rules|kiro\/steering|claude\/(?:commands|agents|skills))\//i;
const DOC_FILE =
  /(?:^|\/)(?:CONTRIBUTING|CODE_OF_CONDUCT|SECURITY|SUPPORT|GOVERNANCE|RELEASING|LICENSE|STYLEGUIDE|STYLE_GUIDE)\.(?:md|markdown)$/i;

/** GSD-style reports beside a roadmap: `01-VERIFICATION.md`, `v1-MILESTONE-AUDIT.md`, `research/`. */
const REPORT =
  /(?:^|\/|-)(?:VERIFICATION|AUDIT|UAT|RESEARCH|PITFALLS)\.md$|(?:^|\/)\.planning\/research\//i;

/**
 * Folders whose Markdown shows a format rather than tracks the project's work: test fixtures
 * (`tests/hooks/tasks.md`), fixture folders and samples (`docs/samples/example-spec/tasks.md`).
 */
const FIXTURE_PATH = /(?:^|\/)(?:tests?|__tests__|fixtures?|__fixtures__|testdata|samples?)\//i;

/** A heading that names a checklist to run through each time (`Pull Request Checklist`). */
const CHECKLIST_HEADING = /check-?list/i;

/** A guide's checklists are sparse: at least this many lines of the file per checklist item. */
const GUIDE_LINES_PER_ITEM = 12;

/** Headings under which ticked boxes in a README are a record of work, not feature bullets. */
const WORK_HEADING = /roadmap|to-?do|tasks?|progress|status|milestone|plan|backlog|done|changelog/i;

/** At most this many items in an agent instruction or community file are "a few checklists". */
const FEW_ITEMS = 15;

/** Counts checkbox lines inside fenced code blocks (examples) and outside (live items). */
function checkboxLines(tree: Root): { fenced: number; live: number } {
  let fenced = 0;
  let live = 0;
  walkBlocks(tree, (n) => {
    if (n.type === 'code')
      fenced += (n.value.match(/^\s*(?:[-*+]|\d+[.)])\s+\[[ xX]\]/gm) ?? []).length;
    else if (n.type === 'listItem' && typeof n.checked === 'boolean') live++;
  });
  return { fenced, live };
}

/** True for a bullet whose whole text is one link to an anchor or a local page (a TOC entry). */
export function isTocEntry(item: ListItem): boolean {
  const para = item.children[0];
  if (para?.type !== 'paragraph') return false;
  const parts = para.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  const link = parts[0];
  return (
    parts.length === 1 &&
    link?.type === 'link' &&
    /^(?:#|\.{0,2}\/?[\w./-]+\.md(?:#.*)?$)/.test(link.url)
  );
}

/** HTML tags that Markdown files use for layout; any other lone tag is a prompt section. */
const HTML_TAGS = new Set(
  'a abbr b blockquote br center code dd del details div dl dt em figcaption figure h1 h2 h3 h4 h5 h6 hr i img input kbd li ol p picture pre section source span strong sub summary sup table tbody td th thead tr u ul video audio iframe svg path g nav header footer main aside article'.split(
    ' ',
  ),
);

/**
 * Names of the XML-style sections prompts for coding agents are written in (`<purpose>`,
 * `<process>`, `<step name="…">`, `<success_criteria>`), found as lone opening tags on their own
 * lines outside code; HTML layout tags do not count.
 */
function promptTags(tree: Root): string[] {
  const names = new Set<string>();
  for (const node of tree.children) {
    // `<purpose>` is an HTML block; `<success_criteria>` is not (CommonMark tag names have no
    // underscore), so it arrives as the first line of a paragraph.
    const first =
      node.type === 'html'
        ? node.value
        : node.type === 'paragraph' && node.children[0]?.type === 'text'
          ? node.children[0].value
          : '';
    const m = /^<([a-z][a-z0-9_-]*)(?:\s[^<>\n]*)?>[ \t]*(?:\n|$)/.exec(first.trimStart());
    const name = m?.[1];
    if (name && !HTML_TAGS.has(name)) names.add(name);
  }
  return [...names];
}

function changelogReason(path: string, tree: Root, board: Board): string | undefined {
  const name = path.split('/').pop() ?? path;
  const headings = tree.children.filter((n): n is Heading => n.type === 'heading');
  const versions = headings.filter((h) => h.depth <= 3 && VERSION_HEADING.test(plain(h))).length;
  const sections = headings.filter((h) =>
    CHANGE_SECTION.test(plain(h).replace(/[:#*]/g, '').trim()),
  ).length;
  const open = board.items.filter((i) => !i.done).length;
  const byName = CHANGELOG_NAME.test(name);
  const byShape = versions >= 2 && sections >= 2;
  if (!byName && !byShape) return undefined;
  // A roadmap laid out by version keeps open work; a changelog records what shipped.
  if (open > board.items.length / 2 && !byName) return undefined;
  if (byName && open > board.items.length / 2 && board.items.length > 0 && versions < 2)
    return undefined;
  return `a changelog (${byName ? `named ${name}` : ''}${byName && byShape ? ', ' : ''}${byShape ? `${versions} version headings with ${sections} Added/Fixed-style sections` : ''}), not a board`;
}

function templateReason(path: string, board: Board): string | undefined {
  if (board.items.length === 0) return undefined;
  const placeholders = board.items.filter(
    (i) => PLACEHOLDER.test(i.title) || PLACEHOLDER.test(i.id),
  ).length;
  // What sits in a templates folder, or is named a template, is copied into boards; it is not one.
  if (TEMPLATE_PATH.test(path))
    return `a template (under a templates folder or named *-template${placeholders ? `, with ${placeholders} placeholder item${placeholders === 1 ? '' : 's'}` : ''}), not a board`;
  if (placeholders >= Math.max(2, board.items.length * 0.4))
    return `a template: ${placeholders} of ${board.items.length} items are placeholders ([TASK NAME], TXXX, {{…}}, <…>)`;
  return undefined;
}

/**
 * Why this file, read as `board`, is not a board; undefined when nothing speaks against it.
 * `path` is workspace-relative. Only called for detected dialects (a forced dialect is obeyed).
 */
export function notABoardReason(path: string, tree: Root, board: Board): string | undefined {
  if (PR_TEMPLATE.test(path))
    return 'a pull-request or issue template: its checkboxes are a form to fill in, not work items';
  const changelog = changelogReason(path, tree, board);
  if (changelog) return changelog;
  const head = tree.children[0];
  if (
    head?.type === 'yaml' &&
    /^name\s*:/m.test(head.value) &&
    /^description\s*:/m.test(head.value) &&
    (/^(?:tools|model|color|allowed-tools|argument-hint)\s*:/m.test(head.value) ||
      /^description\s*:\s*['"]?use (?:this|when)/im.test(head.value))
  )
    return 'an agent, command or skill definition (front matter with name and description): its checklists are instructions, not work items';
  const items = board.items.length;
  if (items === 0) return undefined;
  if (REPORT.test(path))
    return 'a report (verification, audit, research or acceptance-test notes): its tables and checklists record findings, not work items';
  const tags = promptTags(tree);
  if (tags.length >= 2)
    return `an agent prompt or workflow (sections in tags such as ${tags
      .slice(0, 3)
      .map((t) => `<${t}>`)
      .join(', ')}): its checklists are instructions, not work items`;
  if (AGENT_FILE.test(path) && items <= FEW_ITEMS)
    return `an agent instruction file with ${items} checklist item${items === 1 ? '' : 's'}, not a board (more than ${FEW_ITEMS} would be read as one)`;
  const template = templateReason(path, board);
  if (template) return template;
  const boxes = items <= 8 ? checkboxLines(tree) : undefined;
  if (boxes && boxes.fenced > 0 && boxes.fenced >= boxes.live)
    return `a page of task-list examples: ${boxes.fenced} checkbox lines sit in code blocks and only ${items} outside them`;
  const tocLines = new Set<number>();
  walkBlocks(tree, (n) => {
    if (n.type === 'listItem' && isTocEntry(n)) tocLines.add(n.position?.start.line ?? 0);
  });
  const toc = board.items.filter((i) => tocLines.has(i.position.line)).length;
  if (toc >= items / 2)
    return 'a table of contents: its list items are links to sections, not work items';
  // `* [x] **Fast**`, `* [x] **Typed**`: a README's feature highlights drawn as ticked boxes.
  if (
    /(?:^|\/)readme(?:\.[\w-]+)?\.(?:md|markdown)$/i.test(path) &&
    items <= 10 &&
    board.items.every((i) => i.done) &&
    !board.groups.some(
      (g) => WORK_HEADING.test(g.title) && board.items.some((i) => i.group === g.id),
    )
  )
    return `a README's feature list (${items} ticked boxes under no roadmap or task heading), not a board`;
  if (FIXTURE_PATH.test(path))
    return `a test fixture or sample (under ${FIXTURE_PATH.exec(path)![0].replace(/^\//, '')}): it shows the format, it is not the project's work`;
  const guide = guideChecklistReason(tree, board);
  if (guide) return guide;
  if (DOC_FILE.test(path) && items <= FEW_ITEMS)
    return `a community or process document with ${items} checklist item${items === 1 ? '' : 's'}, not a board`;
  return undefined;
}

/**
 * A long guide whose only task-list items are unticked checklists under `… Checklist` headings
 * (`### Pull Request Checklist`, `## Migration Checklist`): steps to run through each time, not
 * work items. Sparse (at least 12 lines of the file per checklist item) so that a tracker named
 * "Release checklist" that holds the work stays a board.
 */
function guideChecklistReason(tree: Root, board: Board): string | undefined {
  const items = board.items;
  if (items.length === 0 || items.some((i) => i.done)) return undefined;
  const lines = tree.position?.end.line ?? 0;
  if (lines < items.length * GUIDE_LINES_PER_ITEM) return undefined;
  const groups = new Map(board.groups.map((g) => [g.id, g]));
  const titles = new Set<string>();
  for (const item of items) {
    let g = item.group ? groups.get(item.group) : undefined;
    while (g && !CHECKLIST_HEADING.test(g.title)) g = g.parent ? groups.get(g.parent) : undefined;
    if (!g) return undefined;
    titles.add(g.title);
  }
  const named = [...titles]
    .slice(0, 2)
    .map((t) => `"${t}"`)
    .join(', ');
  return `a guide with ${items.length} unticked checklist item${items.length === 1 ? '' : 's'} to run through (under ${named}${titles.size > 2 ? ', …' : ''}) in ${lines} lines, not a board`;
}
