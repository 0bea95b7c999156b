import { type Change, parseHeader } from './conventional.js';
import type { RepoLinks } from './remote.js';

/**
 * The CHANGELOG layouts: `conventional` (the conventional-changelog sections Breaking Changes /
 * Features / Bug Fixes / Performance / Reverts), `keep-a-changelog` (Keep a Changelog 1.1.0:
 * Added / Changed / Deprecated / Removed / Fixed / Security) and `git-cliff` (git-cliff 2.x's
 * default configuration: `## [1.2.0] - date`, its commit groups, `- *(scope)* Subject`).
 */
export type Layout = 'conventional' | 'keep-a-changelog' | 'git-cliff';
export const LAYOUTS: readonly Layout[] = ['conventional', 'keep-a-changelog', 'git-cliff'];

/** What one section of a changelog is rendered from. */
export interface SectionInput {
  /** The version (`1.2.0`), or undefined for the Unreleased section. */
  version?: string;
  /** Release date, `YYYY-MM-DD` (ISO 8601 calendar date). */
  date: string;
  /** The tag the release gets (`v1.2.0`); for Unreleased, `HEAD`. */
  tag: string;
  /** The last release's tag, when there is one: the heading links the comparison. */
  previousTag?: string;
  changes: readonly Change[];
  /** Web links into the repository; without them nothing is linked. */
  links?: RepoLinks;
  /** Board item id → link target (relative to the changelog), for items found on boards. */
  itemLinks?: ReadonlyMap<string, string>;
  /**
   * git-cliff layout: the group headings the file already uses, by group name (`Features` →
   * `🚀 Features`), so that a new section reads like the ones before it.
   */
  groupHeadings?: ReadonlyMap<string, string>;
  /** git-cliff layout: the order of the groups the file already has (see GIT_CLIFF_ORDERS). */
  groupOrder?: readonly string[];
}

interface LayoutSpec {
  /** Category headings in the order they are printed. */
  categories: readonly string[];
  /** The categories a change is listed under (none: not in the changelog). */
  categorize(change: Change): readonly string[];
  /** Whether breaking entries start with a "Breaking:" marker. */
  markBreaking: boolean;
  /** Whether breaking notes are printed under the entry in this category. */
  notesIn(category: string): boolean;
  /** Renders one entry instead of the default `- **scope:** subject (hash)` line. */
  entry?: (change: Change) => string;
  /** List each category's entries oldest first (default: history order, newest first). */
  oldestFirst?: boolean;
}

const DEPRECATE = new Set(['deprecate', 'deprecated', 'deprecation']);
// Shared answers of categorize(): thousands of changes, no array each.
const ADDED = ['Added'] as const;
const CHANGED = ['Changed'] as const;
const DEPRECATED = ['Deprecated'] as const;
const REMOVED = ['Removed'] as const;
const FIXED = ['Fixed'] as const;
const SECURITY = ['Security'] as const;
const NONE: readonly string[] = [];
const REVERTS = ['Reverts'] as const;
const REMOVE = new Set(['remove', 'removed', 'removal']);

/**
 * git-cliff's default groups, in the order of its default `commit_parsers`, with the emoji its
 * default configuration gives each.
 */
export const GIT_CLIFF_GROUPS: ReadonlyArray<readonly [string, string]> = [
  ['Features', '🚀 Features'],
  ['Bug Fixes', '🐛 Bug Fixes'],
  ['Documentation', '📚 Documentation'],
  ['Performance', '⚡ Performance'],
  ['Refactor', '🚜 Refactor'],
  ['Styling', '🎨 Styling'],
  ['Testing', '🧪 Testing'],
  ['Miscellaneous Tasks', '⚙️ Miscellaneous Tasks'],
  ['Security', '🛡️ Security'],
  ['Revert', '◀️ Revert'],
  ['Other', '💼 Other'],
];
const CLIFF_GROUP = new Map(GIT_CLIFF_GROUPS.map(([name]) => [name, [name] as const]));

/**
 * The order git-cliff's default template prints the groups in. Up to 2.13 it groups with Tera's
 * `group_by`, sorted by the group names with their `<!-- N -->` prefixes (so `<!-- 10 -->💼
 * Other` comes third); from 2.14 it follows the order of `commit_parsers`.
 */
export const GIT_CLIFF_ORDERS = {
  byName: [
    'Features',
    'Bug Fixes',
    'Other',
    'Refactor',
    'Documentation',
    'Performance',
    'Styling',
    'Testing',
    'Miscellaneous Tasks',
    'Security',
    'Revert',
  ],
  byParser: GIT_CLIFF_GROUPS.map(([name]) => name),
} as const;
const cliff = (name: string): readonly string[] => CLIFF_GROUP.get(name)!;

/**
 * The group git-cliff's default `commit_parsers` give a commit, matched as it matches them: on
 * the start of the message (case-sensitive, so `Feat:` is Other), on the body for "security",
 * skipping dependency bumps and release preparations. Only conventional headers are listed
 * (`filter_unconventional`).
 */
function gitCliffGroup(c: Change): readonly string[] {
  if (!c.type || !parseHeader(c.header)?.type) return NONE;
  const h = c.header;
  if (h.startsWith('feat')) return cliff('Features');
  if (h.startsWith('fix')) return cliff('Bug Fixes');
  if (h.startsWith('doc')) return cliff('Documentation');
  if (h.startsWith('perf')) return cliff('Performance');
  if (h.startsWith('refactor')) return cliff('Refactor');
  if (h.startsWith('style')) return cliff('Styling');
  if (h.startsWith('test')) return cliff('Testing');
  if (/^chore\((?:release\): prepare for|deps.*\)|pr\)|pull\))/.test(h)) return NONE;
  if (h.startsWith('chore') || h.startsWith('ci')) return cliff('Miscellaneous Tasks');
  if (c.body.includes('security')) return cliff('Security');
  if (h.startsWith('revert')) return cliff('Revert');
  return cliff('Other');
}

/** git-cliff's `upper_first`: the first character in upper case. */
function upperFirst(text: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const char = String.fromCodePoint(first);
  return char.toUpperCase() + text.slice(char.length);
}

const SPECS: Record<Layout, LayoutSpec> = {
  conventional: {
    categories: ['Breaking Changes', 'Features', 'Bug Fixes', 'Performance', 'Reverts'],
    categorize(c) {
      // Reverts get their own section (conventional-changelog's "Reverts"), paired or not.
      if (c.type === 'revert') return REVERTS;
      const out: string[] = [];
      if (c.breaking) out.push('Breaking Changes');
      if (c.type === 'feat') out.push('Features');
      if (c.type === 'fix') out.push('Bug Fixes');
      if (c.type === 'perf') out.push('Performance');
      return out;
    },
    markBreaking: false,
    notesIn: (category) => category === 'Breaking Changes',
  },
  // Keep a Changelog 1.1.0 "Types of changes". Each change goes under exactly one of them.
  'keep-a-changelog': {
    categories: ['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security'],
    categorize(c) {
      // A revert of an earlier release's change takes it away; one within the release is
      // not listed (neither change shipped).
      if (c.revert) return c.revert.paired ? NONE : REMOVED;
      switch (c.type) {
        case 'feat':
          return ADDED;
        case 'fix':
          return c.scope?.length === 8 && c.scope.toLowerCase() === 'security' ? SECURITY : FIXED;
        case 'perf':
          return CHANGED;
        case 'security':
          return SECURITY;
      }
      if (DEPRECATE.has(c.type)) return DEPRECATED;
      if (REMOVE.has(c.type)) return REMOVED;
      return c.breaking ? CHANGED : NONE;
    },
    markBreaking: true,
    notesIn: () => true,
  },
  // git-cliff's default template: no links and no notes; scope and breaking marker before the
  // subject; each group oldest first.
  'git-cliff': {
    categories: GIT_CLIFF_ORDERS.byName,
    categorize: gitCliffGroup,
    markBreaking: false,
    notesIn: () => false,
    oldestFirst: true,
    entry(c) {
      // A revert's own header (`revert(api): feat: x`) is what git-cliff shows.
      const own = c.revert ? parseHeader(c.header) : undefined;
      const scope = own ? own.scope?.trim() : c.scope;
      const subject = own ? own.subject.trim() : c.subject;
      return `- ${scope ? `*(${scope})* ` : ''}${c.breaking ? '[**breaking**] ' : ''}${upperFirst(subject)}\n`;
    },
  },
};

/** True when `change` appears in a changelog of `layout` at all. */
export function isListed(change: Change, layout: Layout): boolean {
  return SPECS[layout].categorize(change).length > 0;
}

/**
 * The heading line of a section, without the newline:
 * - conventional: `## [1.2.0](compare-url) (2024-05-02)`, `## 1.2.0 (2024-05-02)` without a
 *   remote, `## Unreleased`;
 * - keep-a-changelog (1.1.0): `## [1.2.0] - 2024-05-02`, `## [Unreleased]` — the link target
 *   is a reference definition at the bottom of the file ({@link referenceLinks});
 * - git-cliff: `## [1.2.0] - 2024-05-02`, `## [unreleased]`.
 */
export function sectionHeading(input: SectionInput, layout: Layout): string {
  if (layout === 'git-cliff') {
    return input.version ? `## [${input.version}] - ${input.date}` : '## [unreleased]';
  }
  if (layout === 'keep-a-changelog') {
    return input.version ? `## [${input.version}] - ${input.date}` : '## [Unreleased]';
  }
  if (!input.version) return '## Unreleased';
  const url = versionUrl(input);
  return url
    ? `## [${input.version}](${url}) (${input.date})`
    : `## ${input.version} (${input.date})`;
}

/** Where a version's heading links: the comparison with the last release, or its tag page. */
export function versionUrl(input: SectionInput): string | undefined {
  if (!input.links) return undefined;
  return input.previousTag
    ? input.links.compare(input.previousTag, input.tag)
    : input.links.tag(input.tag);
}

/**
 * The section's category blocks (`### Features` + entries, …) without the version heading,
 * each block separated by one blank line, ending with a newline. `No notable changes.` when no
 * change is listed.
 */
export function sectionBody(input: SectionInput, layout: Layout): string {
  // The section, the release notes and the file update all need the body: render it once.
  let byLayout = bodies.get(input);
  if (!byLayout) bodies.set(input, (byLayout = new Map()));
  let body = byLayout.get(layout);
  if (body === undefined) byLayout.set(layout, (body = renderBody(input, layout)));
  return body;
}

const bodies = new WeakMap<SectionInput, Map<Layout, string>>();

function renderBody(input: SectionInput, layout: Layout): string {
  const spec = SPECS[layout];
  const byCategory = new Map<string, Change[]>(spec.categories.map((c) => [c, []]));
  for (const change of input.changes) {
    for (const category of spec.categorize(change)) byCategory.get(category)!.push(change);
  }
  const context: EntryContext = {
    links: input.links,
    commitBase: input.links?.commit(''),
    itemLinks: input.itemLinks,
  };
  let body = '';
  const order = layout === 'git-cliff' && input.groupOrder ? input.groupOrder : spec.categories;
  for (const category of order) {
    const list = byCategory.get(category)!;
    if (!list.length) continue;
    const heading =
      layout === 'git-cliff'
        ? (input.groupHeadings?.get(category) ??
          GIT_CLIFF_GROUPS.find(([name]) => name === category)![1])
        : category;
    body += `${body ? '\n' : ''}### ${heading}\n\n`;
    if (spec.oldestFirst) list.reverse();
    // Breaking entries lead their category, so a reader scanning for them finds them first.
    const ordered = spec.markBreaking && list.some((c) => c.breaking) ? breakingFirst(list) : list;
    const notes = spec.notesIn(category);
    // One template string per entry, appended: measured fastest for thousands of entries.
    for (const change of ordered)
      body += spec.entry ? spec.entry(change) : entry(change, context, spec.markBreaking, notes);
  }
  // git-cliff prints a release without listed commits as its heading alone.
  return body || (layout === 'git-cliff' ? '' : 'No notable changes.\n');
}

/** The whole section: heading, blank line, body. Ends with one newline. */
export function renderSection(input: SectionInput, layout: Layout): string {
  const body = sectionBody(input, layout);
  const heading = sectionHeading(input, layout);
  return body ? `${heading}\n\n${body}` : `${heading}\n`;
}

/**
 * A GitHub Release body: the section without its heading (the Release has its own title), and
 * a link comparing with the last release.
 */
export function renderReleaseNotes(input: SectionInput, layout: Layout): string {
  const body = sectionBody(input, layout);
  if (!input.links || !input.previousTag) return body;
  const url = input.links.compare(input.previousTag, input.tag);
  return `${body}\n**Changes since ${input.previousTag}:** [${input.previousTag}...${input.tag}](${url})\n`;
}

interface EntryContext {
  links: RepoLinks | undefined;
  /** `links.commit('')`: commit URLs are this plus the hash. */
  commitBase: string | undefined;
  itemLinks: ReadonlyMap<string, string> | undefined;
}

function itemRef(id: string, context: EntryContext): string {
  const target = context.itemLinks?.get(id);
  return target ? `[${id}](${target})` : id;
}

function breakingFirst(list: readonly Change[]): Change[] {
  return [...list.filter((c) => c.breaking), ...list.filter((c) => !c.breaking)];
}

/** `(abc1234)`, linked to the commit page when the repository has web links. */
function commitRef(change: Change, context: EntryContext): string {
  const short = change.hash.slice(0, 7);
  return context.commitBase === undefined
    ? `(${short})`
    : `([${short}](${context.commitBase}${change.hash}))`;
}

/** One list item (and its indented breaking notes), ending with a newline. */
function entry(
  change: Change,
  context: EntryContext,
  markBreaking: boolean,
  notes: boolean,
): string {
  const { links } = context;
  const breaking = markBreaking && change.breaking ? '**Breaking:** ' : '';
  if (change.revert) {
    const quoted = `Revert "${change.subject}"`;
    return `- ${breaking}${quoted} ${commitRef(change, context)}\n`;
  }
  const scope = change.scope
    ? `**${change.items.includes(change.scope) ? itemRef(change.scope, context) : change.scope}:** `
    : '';
  const subject =
    links && change.subject.includes('#')
      ? change.subject.replace(
          /(^|[\s(])#(\d+)\b/g,
          (_, pre: string, n: string) => `${pre}[#${n}](${links.issue(n)})`,
        )
      : change.subject;
  const commit = commitRef(change, context);
  let refs = '';
  if (change.items.length) {
    const other = change.items.filter((id) => id !== change.scope);
    if (other.length) refs = `, refs ${other.map((id) => itemRef(id, context)).join(', ')}`;
  }
  let text = '';
  if (notes && change.breakingNotes.length) {
    for (const note of change.breakingNotes) {
      for (const line of note.split('\n')) if (line.trim()) text += `\n  ${line.trim()}`;
    }
  }
  return `- ${breaking}${scope}${subject} ${commit}${refs}${text}\n`;
}
