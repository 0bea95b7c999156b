import type { Heading, Nodes } from 'mdast';
import type { Group } from '../../model/types.js';
import type { BoardBuilder, GroupSpec } from '../builder.js';
import { slugify } from '../slug.js';
import { statusEmoji } from '../status.js';

/**
 * Small readers shared by the tool-generated task formats (spec-kit, Kiro, OpenSpec) and the
 * ROADMAP/TODO reader. They live beside spec-kit because spec-kit is the format whose convention
 * ("include exact file paths in descriptions") they were first written for.
 */

/** A path with at least one slash and a file extension, standing alone in running text. */
const BARE_PATH =
  /(?:^|[\s(,;"'`*[])((?:\.{1,2}\/|\/)?[\w@+-][\w@.+-]*(?:\/[\w@.+[\]{}-]+)+\.[A-Za-z0-9]{1,8})(?=$|[\s),;:"'`*\]]|\.(?:\s|$))/g;
const WHOLE_PATH = /^(?:\.{1,2}\/|\/)?[\w@+-][\w@.+-]*(?:\/[\w@.+[\]{}-]+)+\.[A-Za-z0-9]{1,8}$/;

/**
 * File paths a task description mentions: inline code spans that are a path, and bare words with
 * a slash and an extension (`src/models/user.py`). Directory names, URLs, commands and dotted
 * identifiers such as metric names are left out, since the formats name files, not those. Returns
 * them in order of appearance without repeats; never throws.
 */
export function filePaths(text: string, codes: readonly string[] = []): string[] {
  const out: string[] = [];
  for (const code of codes) if (WHOLE_PATH.test(code.trim())) out.push(code.trim());
  for (const m of text.matchAll(BARE_PATH)) out.push(m[1] as string);
  return [...new Set(out)];
}

/**
 * The Markdown source of `node` as written, for reading file paths: emphasis marks inside a bare
 * path (`pkg/__init__.py`) vanish from the parsed text. Falls back to `fallback` when the node
 * carries no offsets; never throws.
 */
export function sourceOf(node: Nodes | undefined, text: string, fallback: string): string {
  const start = node?.position?.start.offset;
  const end = node?.position?.end.offset;
  return start !== undefined && end !== undefined && end >= start
    ? text.slice(start, end)
    : fallback;
}

const LEADING_EMOJI = /^(\p{Extended_Pictographic}[\uFE0F\u200D\p{Extended_Pictographic}]*)\s*/u;

/**
 * Splits a leading status emoji (`✅ Ship it`, `🚧 Docs`) off an item's text. Emoji that name no
 * status (`🎯`) stay part of the text. Never throws.
 */
export function leadingStatusEmoji(text: string): { emoji?: string; rest: string } {
  const m = LEADING_EMOJI.exec(text);
  if (!m || !statusEmoji(m[1] as string)) return { rest: text };
  return { emoji: m[1] as string, rest: text.slice(m[0].length) };
}

/** What a heading becomes when (and if) it needs a group. */
export type SectionSpec = Omit<GroupSpec, 'node' | 'parent'>;

interface Entry {
  depth: number;
  node: Heading;
  spec: SectionSpec;
  group?: Group;
}

/**
 * The headings above the current position, each turned into a group only when an item needs it
 * (or at once, for structural headings such as phases and milestones). Task files carry many
 * headings that hold no tasks ("Format", "Notes", "Implementation Strategy"); creating groups for
 * them only when something lands there keeps those out of the model. A nested group's id defaults
 * to `<parent id>.<slug>` so that repeated sub-headings ("Tests for User Story 1") stay apart.
 */
export class LazySections {
  private readonly stack: Entry[] = [];

  constructor(private readonly board: BoardBuilder) {}

  /** Closes headings at `node`'s depth and deeper, then opens `node`; `eager` creates it now. */
  enter(node: Heading, spec: SectionSpec, eager = false): Group | undefined {
    while (this.stack.length && (this.stack[this.stack.length - 1] as Entry).depth >= node.depth)
      this.stack.pop();
    this.stack.push({ depth: node.depth, node, spec });
    return eager ? this.current() : undefined;
  }

  /** True when an open heading satisfies `test` (without creating any group). */
  some(test: (spec: SectionSpec) => boolean): boolean {
    return this.stack.some((e) => test(e.spec));
  }

  /** The innermost open group, creating the groups of the open headings on the way. */
  current(): Group | undefined {
    let parent: Group | undefined;
    for (const entry of this.stack) {
      if (!entry.group) {
        const spec: GroupSpec = { ...entry.spec, node: entry.node };
        if (parent) {
          spec.parent = parent;
          spec.id ??= `${parent.id}.${slugify(entry.spec.title)}`;
        }
        entry.group = this.board.group(spec);
      }
      parent = entry.group;
    }
    return parent;
  }
}
