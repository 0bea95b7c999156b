import { closeSync, lstatSync, openSync, readFileSync, readSync, realpathSync } from 'node:fs';
import { isAbsolute, posix, relative, resolve, sep } from 'node:path';
import type { Code, Html, Image, Root, RootContent } from 'mdast';
import picomatch from 'picomatch';
import remarkParse from 'remark-parse';
import { globSync } from 'tinyglobby';
import { unified } from 'unified';
import { ALWAYS_EXCLUDED } from '../../../io/discover.js';
import type { DiagramsSettings } from '../../../config/load.js';
import type { Diagnostic } from '../../../model/types.js';
import { DrawioFormatError, type DrawioPage, readDrawio } from './drawio-read.js';
import { type ExportStamp, readStamp } from './stamp.js';

/**
 * Finding the diagrams people commit and the exports that go with them. A diagram is a draw.io
 * file (`.drawio`, `.dio`, or an editable `.drawio.svg` / `.drawio.png`), a Mermaid file
 * (`.mmd`, `.mermaid`) or a ```` ```mermaid ```` block in Markdown. Its exports are found by
 * name next to it, by an HTML comment or image beside a Markdown block, and from the config's
 * `diagrams.exports`; an export stamped by boardwright whose diagram is gone is an orphan.
 */

/** Default globs of diagram files (Markdown is searched separately, for blocks). */
export const DIAGRAM_GLOBS = [
  '**/*.drawio',
  '**/*.dio',
  '**/*.drawio.svg',
  '**/*.drawio.png',
  '**/*.mmd',
  '**/*.mermaid',
];
const MARKDOWN_GLOBS = ['**/*.md', '**/*.markdown'];
/** Largest diagram or export read, in bytes. */
export const MAX_DIAGRAM_BYTES = 50 * 1024 * 1024;

/** A diagram in the workspace. */
export interface DiagramSource {
  /** `docs/arch.drawio`, or `README.md#mermaid-2` for the second Mermaid block of a Markdown file. */
  id: string;
  /** The file, workspace-relative, `/`-separated. */
  path: string;
  kind: 'drawio' | 'mermaid';
  /** draw.io: the XML and its pages. */
  xml?: string;
  pages?: DrawioPage[];
  /** Mermaid: the diagram text. */
  text?: string;
  /** Markdown block: its number (1-based) and first line. */
  block?: number;
  line?: number;
  /** An editable `.drawio.svg` / `.drawio.png`: the file is itself a picture of the diagram. */
  selfContained?: boolean;
}

/** An export that belongs to a diagram page or block. */
export interface ExportPair {
  source: DiagramSource;
  /** draw.io page (1-based); 1 for Mermaid. */
  page: number;
  /** Workspace-relative path of the export. */
  export: string;
  format: 'png' | 'svg';
  /** Named in `diagrams.exports` (boardwright may always write it). */
  listed: boolean;
  /** Not committed under any name: the default export --fix would write. */
  fallback: boolean;
  scale?: number;
  border?: number;
  /** Whether the file exists (as anything: a link or folder is reported, never followed). */
  exists: boolean;
}

/** An export stamped by boardwright (or listed in the config) whose diagram is gone. */
export interface OrphanExport {
  export: string;
  stamp?: ExportStamp;
  why: string;
  listed: boolean;
}

export interface UserDiagrams {
  sources: DiagramSource[];
  pairs: ExportPair[];
  orphans: OrphanExport[];
  /** Unreadable diagrams and bad export references (each names its file and line). */
  diagnostics: Diagnostic[];
}

export interface DiscoverOptions {
  root: string;
  settings?: DiagramsSettings;
  /** Files or folders (workspace-relative) to look in; empty means the whole workspace. */
  paths?: string[];
  /** Workspace-relative files never taken as user diagrams (boardwright's own generated ones). */
  ownFiles?: (path: string) => boolean;
}

const toPosix = (p: string): string => p.split(sep).join('/');

/** True when `name` is a user diagram file by its extension. */
export function isUserDiagramPath(name: string): boolean {
  return /\.(drawio|dio|drawio\.svg|drawio\.png|mmd|mermaid)$/i.test(name);
}

/** The stem of a diagram file: its name without the diagram extension. */
function stemOf(path: string): string {
  return path.replace(/\.(drawio\.svg|drawio\.png|drawio|dio|mmd|mermaid)$/i, '');
}

/** `path` inside `root` after following links, else undefined. */
function inside(root: string, full: string): boolean {
  let real: string;
  try {
    real = realpathSync(full);
  } catch {
    return false;
  }
  const rel = relative(root, real);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function readSmall(root: string, rel: string): Buffer {
  const full = resolve(root, rel);
  if (!inside(root, full))
    throw new Error('it leads outside the workspace through a symbolic link');
  const stats = lstatSync(full);
  if (!stats.isFile()) throw new Error('it is not a regular file');
  if (stats.size > MAX_DIAGRAM_BYTES)
    throw new Error(`it is larger than ${MAX_DIAGRAM_BYTES} bytes`);
  return readFileSync(full);
}

/** The first `n` bytes of a regular file (no links followed), or undefined. */
function head(full: string, n: number): Uint8Array | undefined {
  try {
    if (!lstatSync(full).isFile()) return undefined;
    const fd = openSync(full, 'r');
    try {
      const buf = Buffer.alloc(n);
      const got = readSync(fd, buf, 0, n, 0);
      return buf.subarray(0, got);
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
}

function exists(full: string): boolean {
  try {
    lstatSync(full);
    return true;
  } catch {
    return false;
  }
}

/** Names draw.io pages are exported under: `<stem>.png` (page 1), `<stem>-<n>`, `<stem>-<name>`, `<stem>-page-<n>`. */
function drawioCandidates(stem: string, page: DrawioPage, pageCount: number): string[] {
  const names = [`${stem}-${page.number}`, `${stem}-page-${page.number}`, `${stem}-${page.name}`];
  if (page.number === 1) names.unshift(stem);
  void pageCount;
  return names.flatMap((n) => [`${n}.png`, `${n}.svg`]);
}

const COMMENT = /^<!--\s*(?:boardwright-)?diagram(?:-export)?\s*:\s*(\S+?)\s*-->$/;

/** The Mermaid blocks of a Markdown text, with the export each one names (comment before, image after). */
export function mermaidBlocks(
  text: string,
): Array<{ number: number; line: number; text: string; exports: string[] }> {
  const tree = unified().use(remarkParse).parse(text) as Root;
  const out: Array<{ number: number; line: number; text: string; exports: string[] }> = [];
  const walk = (nodes: RootContent[]): void => {
    nodes.forEach((node, i) => {
      if (node.type === 'code' && (node as Code).lang?.toLowerCase() === 'mermaid') {
        const exports: string[] = [];
        const before = nodes[i - 1];
        if (before?.type === 'html') {
          const m = COMMENT.exec((before as Html).value.trim());
          if (m) exports.push(m[1]!);
        }
        const after = nodes[i + 1];
        if (after?.type === 'paragraph') {
          const kids = after.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
          const only = kids.length === 1 ? kids[0] : undefined;
          const image =
            only?.type === 'image'
              ? only
              : only?.type === 'link' &&
                  only.children.length === 1 &&
                  only.children[0]!.type === 'image'
                ? (only.children[0] as Image)
                : undefined;
          if (image && /\.(png|svg)$/i.test(image.url) && !/^[a-z][a-z0-9+.-]*:/i.test(image.url))
            exports.push(decodeURI(image.url));
        }
        out.push({
          number: out.length + 1,
          line: node.position?.start.line ?? 1,
          text: (node as Code).value,
          exports,
        });
      } else if ('children' in node && Array.isArray(node.children))
        walk(node.children as RootContent[]);
    });
  };
  walk(tree.children);
  return out;
}

/**
 * Finds the user diagrams under `root` (or in `paths`), their exports and orphan exports.
 * Never follows a link out of the workspace; a diagram that does not read gives a diagnostic
 * (rule `diagram-unreadable`) and every other file is still looked at.
 */
export function discoverUserDiagrams(options: DiscoverOptions): UserDiagrams {
  const root = realpathSync(resolve(options.root));
  const settings = options.settings ?? {};
  const ignore = [...ALWAYS_EXCLUDED, ...(settings.exclude ?? [])];
  const own = options.ownFiles ?? (() => false);
  const diagnostics: Diagnostic[] = [];
  const problem = (path: string, line: number, rule: string, message: string): void => {
    diagnostics.push({
      rule,
      severity: 'error',
      message,
      path,
      line,
      column: 1,
      fatal: rule === 'diagram-unreadable',
    });
  };
  const globIn = (patterns: string[]): string[] => {
    const found = new Set<string>();
    const search = (dir: string): void => {
      const prefix = toPosix(relative(root, dir));
      for (const f of globSync(patterns, {
        cwd: dir,
        ignore,
        dot: false,
        onlyFiles: true,
        followSymbolicLinks: false,
        expandDirectories: false,
      }))
        found.add(prefix ? `${prefix}/${f}` : f);
    };
    const paths = options.paths ?? [];
    if (!paths.length) search(root);
    for (const p of paths) {
      const full = resolve(root, p);
      let dir: boolean;
      try {
        dir = lstatSync(full).isDirectory();
      } catch {
        continue;
      }
      if (dir) search(full);
      else {
        const rel = toPosix(relative(root, full));
        // A file named explicitly is taken when it is of the kind searched for.
        if (picomatch(patterns)(rel) || picomatch(patterns)(posix.basename(rel))) found.add(rel);
      }
    }
    return [...found].filter((f) => !own(f)).sort();
  };
  const diagramFiles = globIn(settings.include?.length ? settings.include : DIAGRAM_GLOBS).filter(
    isUserDiagramPath,
  );
  const markdownFiles = globIn(MARKDOWN_GLOBS);

  const sources: DiagramSource[] = [];
  const commentExports = new Map<string, string[]>();
  for (const path of diagramFiles) {
    let bytes: Buffer;
    try {
      bytes = readSmall(root, path);
    } catch (e) {
      problem(path, 1, 'diagram-unreadable', `${path} is skipped: ${(e as Error).message}.`);
      continue;
    }
    if (/\.(mmd|mermaid)$/i.test(path)) {
      sources.push({
        id: path,
        path,
        kind: 'mermaid',
        text: bytes.toString('utf8').replace(/^\ufeff/, ''),
      });
      continue;
    }
    try {
      const doc = readDrawio(bytes);
      sources.push({
        id: path,
        path,
        kind: 'drawio',
        xml: doc.xml,
        pages: doc.pages,
        selfContained: doc.container !== 'drawio',
      });
    } catch (e) {
      if (!(e instanceof DrawioFormatError)) throw e;
      // `x.drawio.png` without an embedded diagram is an export of `x.drawio`, not a diagram.
      if (
        /\.drawio\.(png|svg)$/i.test(path) &&
        diagramFiles.includes(path.replace(/\.(png|svg)$/i, ''))
      )
        continue;
      problem(
        path,
        1,
        'diagram-unreadable',
        `${path} is not a draw.io diagram boardwright can read: ${e.message}.`,
      );
    }
  }
  for (const path of markdownFiles) {
    let text: string;
    try {
      text = readSmall(root, path).toString('utf8');
    } catch {
      continue; // boards are read (and their problems reported) by the board loader
    }
    if (!/mermaid/i.test(text)) continue;
    for (const block of mermaidBlocks(text)) {
      const source: DiagramSource = {
        id: `${path}#mermaid-${block.number}`,
        path,
        kind: 'mermaid',
        text: block.text,
        block: block.number,
        line: block.line,
      };
      sources.push(source);
      if (block.exports.length) commentExports.set(source.id, block.exports);
    }
  }

  const pairs: ExportPair[] = [];
  const orphansListed: OrphanExport[] = [];
  const claimed = new Set<string>();
  const sourceIds = new Map(sources.map((s) => [s.id, s]));
  const add = (
    source: DiagramSource,
    page: number,
    rel: string,
    listed: boolean,
    extra: Partial<ExportPair> = {},
  ): void => {
    if (claimed.has(rel)) return;
    claimed.add(rel);
    pairs.push({
      source,
      page,
      export: rel,
      format: rel.toLowerCase().endsWith('.svg') ? 'svg' : 'png',
      listed,
      fallback: false,
      exists: exists(resolve(root, rel)),
      ...extra,
    });
  };
  /** A path as written in the config or a Markdown file, checked to stay in the workspace. */
  const resolveRef = (
    from: string,
    ref: string,
    path: string,
    line: number,
  ): string | undefined => {
    const rel = posix.normalize(posix.join(from, ref.replace(/\\/g, '/')));
    if (isAbsolute(ref) || rel.startsWith('../') || rel === '..') {
      problem(
        path,
        line,
        'diagram-export-outside',
        `${path}: the export ${ref} is outside the workspace; it is ignored.`,
      );
      return undefined;
    }
    return rel;
  };

  // 1. Exports listed in the config.
  for (const entry of settings.exports ?? []) {
    const exportRel = resolveRef('', entry.export, 'boardwright config', 1);
    if (!exportRel) continue;
    const id =
      entry.block !== undefined || /\.(md|markdown)$/i.test(entry.source)
        ? `${posix.normalize(entry.source)}#mermaid-${entry.block ?? 1}`
        : posix.normalize(entry.source);
    const source = sourceIds.get(id);
    if (!source) {
      if (!claimed.has(exportRel)) {
        claimed.add(exportRel);
        orphansListed.push({
          export: exportRel,
          why: `its diagram ${entry.source} (listed in the config) is not there`,
          listed: true,
        });
      }
      continue;
    }
    let page = 1;
    if (source.kind === 'drawio' && entry.page !== undefined) {
      const found = source.pages!.find((p) =>
        typeof entry.page === 'number' ? p.number === entry.page : p.name === entry.page,
      );
      if (!found) {
        problem(
          source.path,
          1,
          'diagram-export-page',
          `${source.path} has no page ${JSON.stringify(entry.page)} (listed in the config for ${exportRel}).`,
        );
        continue;
      }
      page = found.number;
    }
    add(source, page, exportRel, true, {
      ...(entry.scale !== undefined ? { scale: entry.scale } : {}),
      ...(entry.border !== undefined ? { border: entry.border } : {}),
    });
  }
  // 2. Exports named beside Markdown blocks; 3. exports found by name.
  for (const source of sources) {
    const before = pairs.length;
    if (source.block !== undefined) {
      for (const ref of commentExports.get(source.id) ?? []) {
        const rel = resolveRef(posix.dirname(source.path), ref, source.path, source.line ?? 1);
        if (rel) add(source, 1, rel, false);
      }
      continue;
    }
    const stem = stemOf(source.path);
    if (source.kind === 'drawio') {
      const count = source.pages!.length;
      for (const page of source.pages!) {
        for (const name of drawioCandidates(stem, page, count))
          if (name !== source.path && exists(resolve(root, name)))
            add(source, page.number, name, false);
      }
      if (!source.selfContained)
        for (const name of [`${source.path}.png`, `${source.path}.svg`])
          if (!sourceIds.has(name) && exists(resolve(root, name))) add(source, 1, name, false);
    } else {
      for (const name of [`${stem}.svg`, `${stem}.png`, `${source.path}.svg`, `${source.path}.png`])
        if (exists(resolve(root, name))) add(source, 1, name, false);
    }
    const hasAny = pairs.slice(before).length > 0 || pairs.some((p) => p.source === source);
    // A draw.io or Mermaid file with no export at all: the default ones are missing (every page
    // of a draw.io file: <stem>.png, <stem>-2.png…). An editable .drawio.svg/.png is its own
    // picture and needs none.
    if (!hasAny && !source.selfContained) {
      const pages = source.kind === 'drawio' ? source.pages!.map((p) => p.number) : [1];
      for (const page of pages) {
        const ext = source.kind === 'drawio' ? 'png' : 'svg';
        const rel = page === 1 ? `${stem}.${ext}` : `${stem}-${page}.${ext}`;
        if (claimed.has(rel)) continue;
        claimed.add(rel);
        pairs.push({
          source,
          page,
          export: rel,
          format: ext,
          listed: false,
          fallback: true,
          exists: false,
        });
      }
    }
  }

  // 4. Orphans: stamped exports whose diagram (or page, or block) is gone.
  const orphans: OrphanExport[] = [...orphansListed];
  for (const rel of globIn(['**/*.png', '**/*.svg'])) {
    if (claimed.has(rel)) continue;
    const bytes = head(resolve(root, rel), 65536);
    const stamp = bytes ? readStamp(bytes) : undefined;
    if (!stamp) continue;
    const id = stamp.block !== undefined ? `${stamp.source}#mermaid-${stamp.block}` : stamp.source;
    const source = sourceIds.get(id);
    if (!source)
      orphans.push({
        export: rel,
        stamp,
        why: `it was exported from ${id}, which is not there any more`,
        listed: false,
      });
    else if (source.kind === 'drawio' && (stamp.page ?? 1) > source.pages!.length)
      orphans.push({
        export: rel,
        stamp,
        why: `it was exported from page ${stamp.page} of ${source.path}, which has ${source.pages!.length} page(s) now`,
        listed: false,
      });
    else add(source, stamp.page ?? 1, rel, false);
  }
  pairs.sort((a, b) => (a.export < b.export ? -1 : a.export > b.export ? 1 : 0));
  orphans.sort((a, b) => (a.export < b.export ? -1 : 1));
  return { sources, pairs, orphans, diagnostics };
}
