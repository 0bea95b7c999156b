import type { Heading, ListItem, Nodes, Root } from 'mdast';
import type { Board } from '../model/types.js';
import { plain } from './mdast.js';

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

/** At most this many items in an agent instruction or community file are "a few checklists". */
const FEW_ITEMS = 15;

/** Counts checkbox lines inside fenced code blocks (examples) and outside (live items). */
function checkboxLines(tree: Root): { fenced: number; live: number } {
  let fenced = 0;
  let live = 0;
  const walk = (n: Nodes): void => {
    if (n.type === 'code') {
      fenced += (n.value.match(/^\s*(?:[-*+]|\d+[.)])\s+\[[ xX]\]/gm) ?? []).length;
      return;
    }
    if (n.type === 'listItem' && typeof (n as ListItem).checked === 'boolean') live++;
    if ('children' in n) for (const c of n.children as Nodes[]) walk(c);
  };
  walk(tree);
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
  const byPath = TEMPLATE_PATH.test(path);
  if (byPath && placeholders >= 1)
    return `a template (under a templates folder or named *-template, with ${placeholders} placeholder item${placeholders === 1 ? '' : 's'} such as "${board.items.find((i) => PLACEHOLDER.test(i.title) || PLACEHOLDER.test(i.id))?.title.slice(0, 40)}"), not a board`;
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
  const template = templateReason(path, board);
  if (template) return template;
  const boxes = checkboxLines(tree);
  if (boxes.fenced > 0 && boxes.fenced >= boxes.live && board.items.length <= 8)
    return `a page of task-list examples: ${boxes.fenced} checkbox lines sit in code blocks and only ${board.items.length} outside them`;
  if (board.items.length > 0) {
    const tocLines = new Set<number>();
    const walk = (n: Nodes): void => {
      if (n.type === 'listItem' && isTocEntry(n)) tocLines.add(n.position?.start.line ?? 0);
      if ('children' in n) for (const c of n.children as Nodes[]) walk(c);
    };
    walk(tree);
    const toc = board.items.filter((i) => tocLines.has(i.position.line)).length;
    if (toc >= board.items.length / 2)
      return 'a table of contents: its list items are links to sections, not work items';
  }
  if (AGENT_FILE.test(path) && board.items.length <= FEW_ITEMS)
    return `an agent instruction file with ${board.items.length} checklist item${board.items.length === 1 ? '' : 's'}, not a board (more than ${FEW_ITEMS} would be read as one)`;
  if (DOC_FILE.test(path) && board.items.length <= FEW_ITEMS)
    return `a community or process document with ${board.items.length} checklist item${board.items.length === 1 ? '' : 's'}, not a board`;
  return undefined;
}
