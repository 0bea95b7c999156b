import { cpSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  boardColumns,
  cardAnchors,
  inlineSvg,
  siteFiles,
  SiteTemplateError,
} from '../../generators/site/index.js';
import { siteTemplates } from '../../generators/site/templates.js';
import { dependencySvg } from '../../generators/diagrams/index.js';
import { writeOutputs } from '../../io/write.js';
import { linkWorkspace } from '../../model/link.js';
import type { Board, Group, Item, Workspace } from '../../model/types.js';
import { sectionOf } from '../../generators/site/columns.js';
import type { OutputFile } from '../../generators/types.js';
import { loadWorkspace } from '../../workspace.js';
import { readText, ROOT } from '../helpers.js';
import { IMG, LONG_TITLE, SCRIPT, listFiles, seedWorkspace } from './fixtures.js';

/** HTML-escaped as Handlebars escapes (`&`, `<`, `>`, `"`, `'`, `` ` ``, `=`). */
function escaped(text: string): string {
  const map: Record<string, string> = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#x27;',
    '`': '&#x60;',
    '=': '&#x3D;',
  };
  return text.replace(/[&<>"'`=]/g, (c) => map[c] as string);
}

/**
 * The names of every attribute of every tag in `html`, read the way an HTML tokenizer reads
 * quoted attribute values. An unescaped payload would show up as an `onerror` attribute here.
 */
function attributeNames(html: string): string[] {
  const names: string[] = [];
  for (const tag of html.matchAll(
    /<[A-Za-z][\w:-]*((?:\s+[^\s"'=<>/]+(?:=(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g,
  ))
    for (const attr of (tag[1] as string).matchAll(
      /\s+([^\s"'=<>/]+)(?:=(?:"[^"]*"|'[^']*'|[^\s"'>]+))?/g,
    ))
      names.push((attr[1] as string).toLowerCase());
  return names;
}

async function siteOf(root: string, paths: string[] = []) {
  const loaded = loadWorkspace({ root, paths });
  return { loaded, files: await siteFiles(loaded.workspace, loaded.links) };
}

function file(files: OutputFile[], path: string): string {
  const found = files.find((f) => f.path === path);
  if (!found) throw new Error(`no ${path} among ${files.map((f) => f.path).join(', ')}`);
  return found.content;
}

function workspaceOf(boards: Board[]): Workspace {
  return { schemaVersion: 1, boards, diagnostics: [] };
}

describe('kanban columns', () => {
  it('merges the column groups of every section of the seed release board by title', () => {
    const { workspace } = loadWorkspace({
      root: ROOT,
      paths: ['examples/boards/release-kanban.md'],
    });
    const columns = boardColumns(workspace.boards[0] as Board);
    // Counted by hand in examples/boards/release-kanban.md: 16 sections, each with the same six
    // column headings; 87 backlog cards, BSP-011 and BSP-112 in progress, 30 done.
    expect(columns.map((c) => [c.title, c.items.length])).toEqual([
      ['Backlog', 87],
      ['Ready', 0],
      ['In Progress', 2],
      ['Review', 0],
      ['Blocked', 0],
      ['Done', 30],
    ]);
    expect(columns[2]?.items.map((i) => i.id)).toEqual(['BSP-011', 'BSP-112']);
  });

  it('places status columns around the column groups a board does have', () => {
    const { board } = readText(
      [
        '# Roadmap',
        '',
        '## v1.0',
        '- [x] Ship it',
        '- [ ] Polish',
        '',
        "## Won't do",
        '- [ ] Rewrite in Rust',
      ].join('\n'),
      'ROADMAP.md',
      'roadmap',
    );
    const columns = boardColumns(board);
    // Only "Won't do" is a column group; the milestone's items get status columns before it.
    expect(board.groups.filter((g) => g.kind === 'column').map((g) => g.title)).toEqual([
      "Won't do",
    ]);
    expect(columns.map((c) => [c.title, c.items.map((i) => i.title)])).toEqual([
      ['Backlog', ['Polish']],
      ['Done', ['Ship it']],
      ["Won't do", ['Rewrite in Rust']],
    ]);
  });

  it('uses one column per status, in canonical order, for a board without column groups', () => {
    const { board } = readText(
      ['# Tasks', '', '- [x] one', '- [ ] two', '- [x] three'].join('\n'),
      'TODO.md',
      'generic',
    );
    expect(board.groups.filter((g) => g.kind === 'column')).toEqual([]);
    expect(boardColumns(board).map((c) => [c.title, c.items.length])).toEqual([
      ['Backlog', 1],
      ['Done', 2],
    ]);
  });
});

describe('card sections', () => {
  it('lead with the group number unless the title shows it as a token', () => {
    const at = { line: 1, column: 1, endLine: 1 };
    const groups = new Map<string, Group>([
      [
        'm',
        { id: 'm', title: 'v0.9.0', kind: 'milestone', number: '0.9.0', index: 0, position: at },
      ],
      [
        'p',
        {
          id: 'p',
          title: 'Setup',
          kind: 'phase',
          number: '1.2',
          index: 1,
          parent: 'm',
          position: at,
        },
      ],
      ['c', { id: 'c', title: 'Todo', kind: 'column', index: 2, parent: 'p', position: at }],
      [
        'q',
        { id: 'q', title: 'Phase 4: Launch', kind: 'phase', number: '4', index: 3, position: at },
      ],
    ]);
    const item = (group: string) => ({ group }) as Item;
    expect(sectionOf(item('c'), groups)).toBe('v0.9.0 › 1.2 — Setup');
    expect(sectionOf(item('q'), groups)).toBe('Phase 4: Launch');
    expect(sectionOf(item('nowhere'), groups)).toBe('');
  });
});

describe('the site', () => {
  it('writes an index, a page per board and its assets, with the seed board as a kanban', async () => {
    const root = seedWorkspace();
    const { files, loaded } = await siteOf(root);
    expect(files.map((f) => f.path)).toEqual([
      '.nojekyll',
      'assets/site.css',
      'assets/site.js',
      'boards/boards-hostile.html',
      'boards/boards-release-kanban.html',
      'index.html',
    ]);
    const page = file(files, 'boards/boards-release-kanban.html');
    const heads = [
      ...page.matchAll(
        /<span class="column-title">([^<]*)<\/span> <span class="count" data-count>(\d+)</g,
      ),
    ];
    expect(heads.map((m) => [m[1], Number(m[2])])).toEqual([
      ['Backlog', 87],
      ['Ready', 0],
      ['In Progress', 2],
      ['Review', 0],
      ['Blocked', 0],
      ['Done', 30],
    ]);
    const board = loaded.workspace.boards.find((b) => b.path === 'boards/release-kanban.md')!;
    expect(page.match(/<li class="card-item" data-card /g)).toHaveLength(board.items.length);
    // Card face: id, title, kind and section.
    expect(page).toContain(
      '<span class="card-id">BSP-011</span> <span class="kind kind-story">story</span>',
    );
    expect(page).toContain(
      '<span class="card-title">Implement Zero-Trust Access Control (Authelia + Ingress)</span>',
    );
    expect(page).toContain(
      '<span class="card-section">B — Layer 0: Security &amp; Identity</span>',
    );
    // "Platform" does not count as showing the section letter P.
    expect(page).toContain(
      '<span class="card-section">P — UI-1: Rotappo Multi-Surface UX Platform</span>',
    );
    const index = file(files, 'index.html');
    expect(index).toContain('<a href="boards/boards-release-kanban.html">');
    // 30 of 119 done is 25% (floored), as progressOf computes.
    expect(index).toContain(
      '<progress max="100" value="25" aria-label="v0.0.3 Kanban Boards (Compact View): 25% done">',
    );
    expect(index).toContain('<strong>25%</strong> done · 30 of 119 items · 2 in progress');
  });

  it('loads nothing from the network: only its own stylesheet and script, under a strict CSP', async () => {
    const { files } = await siteOf(seedWorkspace());
    for (const f of files.filter((x) => x.path.endsWith('.html'))) {
      expect(f.content).toContain(
        `content="default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'"`,
      );
      const urls = [...f.content.matchAll(/(?:src|href)="([^"]*)"/g)].map((m) => m[1] as string);
      expect(
        urls.filter(
          (u) => /^(?:[a-z]+:)?\/\//i.test(u) && !u.startsWith('https://github.com/boardwright/'),
        ),
      ).toEqual([]);
    }
    expect(file(files, 'assets/site.css')).not.toMatch(/@import|url\(/);
    expect(file(files, 'assets/site.js')).not.toMatch(/fetch|XMLHttpRequest|import\(/);
  });

  it('escapes every user string: titles, assignee, fields, tags, board title, diagnostics', async () => {
    // The attribute reader sees the payload when it is not escaped.
    expect(attributeNames(`<p title="${IMG}">`)).toEqual(['title', 'src', 'onerror']);
    const { files } = await siteOf(seedWorkspace());
    for (const f of files) {
      expect(f.content).not.toContain(SCRIPT);
      expect(f.content).not.toContain('<img');
      // No tag carries a handler. (The payload's text may remain inside a quoted, escaped
      // attribute value or SVG text, where it is inert.)
      expect(attributeNames(f.content).filter((n) => n.startsWith('on'))).toEqual([]);
    }
    const page = file(files, 'boards/boards-hostile.html');
    // Exactly one script element per page: the site's own.
    expect(page.match(/<script/g)).toEqual(['<script']);
    expect(page).toContain('<script src="../assets/site.js" defer></script>');
    const script = escaped(SCRIPT);
    expect(page).toContain(`<h1>Hostile ${script} board</h1>`);
    expect(page).toContain(`<span class="card-title">${script} title</span>`);
    expect(page).toContain(`<dt>note</dt><dd>${script}</dd>`);
    expect(page).toContain(`<dt>Labels</dt><dd>${script}</dd>`);
    // The reader strips the leading quote of the assignee value; the rest is the payload.
    const assignee = escaped(IMG.slice(1));
    expect(page).toContain(`<span class="vh">Assignee: </span>${assignee}</span>`);
    expect(page).toContain(`<span class="card-title">${escaped(IMG)} second</span>`);
    // Attribute context: the filter text is escaped too, so it cannot close the attribute.
    expect(page).toContain(`data-search="xss-1 ${escaped(SCRIPT)} title`);
    // The 10,000-character title is there whole, on its card.
    expect(page).toContain(`<span class="card-title">${LONG_TITLE}</span>`);
    const index = file(files, 'index.html');
    expect(index).toContain(`<title>Boards · boardwright</title>`);
    expect(index).toContain(`>Hostile ${script} board</a>`);
  });

  it('links dependencies to cards, across boards, and keeps dangling ones as text', async () => {
    const a = readText(
      ['# Alpha board', '', '## Todo', '', '### [A-1] First', '  - depends: B-1, NOPE-1', ''].join(
        '\n',
      ),
      'a.md',
      'kanban-md',
    ).board;
    const b = readText(
      ['# Beta board', '', '## Todo', '', '### [B-1] Second', ''].join('\n'),
      'b.md',
      'kanban-md',
    ).board;
    a.id = 'alpha';
    b.id = 'beta';
    const workspace = workspaceOf([a, b]);
    const files = await siteFiles(workspace, linkWorkspace(workspace));
    const pageA = file(files, 'boards/alpha.html');
    const pageB = file(files, 'boards/beta.html');
    expect(pageA).toContain(
      '<h3>Depends on</h3>\n<ul class="links">\n<li><a href="beta.html#card-B-1"><span class="link-id">B-1</span> <span class="link-title">Second</span></a> <span class="note">(on Beta board)</span></li>\n<li><span class="link-id">NOPE-1</span> <span class="note">(not found)</span></li>',
    );
    expect(pageB).toContain(
      '<h3>Needed by</h3>\n<ul class="links">\n<li><a href="alpha.html#card-A-1"><span class="link-id">A-1</span> <span class="link-title">First</span></a> <span class="note">(on Alpha board)</span></li>',
    );
    expect(pageB).toContain('<details class="card status-ready" id="card-B-1">');
  });

  it('shows the board diagnostics, each linked to the card it is about', async () => {
    const { files, loaded } = await siteOf(seedWorkspace());
    const dangling = loaded.workspace.diagnostics.filter((d) => d.path === 'boards/hostile.md');
    expect(dangling.map((d) => d.rule)).toEqual(['dangling-dependency']);
    const page = file(files, 'boards/boards-hostile.html');
    expect(page).toContain(
      `<li class="finding sev-error"><span class="sev sev-error">error</span> <span class="where">line ${dangling[0]!.line}</span> <a class="finding-card" href="#card-XSS-1">XSS-1</a>`,
    );
    expect(page).toContain('<span class="flag">1 finding</span>');
    expect(page).toContain('<p class="counts"><span class="sev sev-error">1 error</span> </p>');
  });

  it('inlines the Graphviz dependency diagram of a board that has dependencies', async () => {
    const { files } = await siteOf(seedWorkspace());
    const hostile = file(files, 'boards/boards-hostile.html');
    expect(hostile).toMatch(/<div class="diagram-scroll"[^>]*><svg width="/);
    expect(hostile).not.toContain('<?xml');
    expect(hostile).not.toContain('<!--');
    // The seed release board has no dependencies: no diagram, a sentence instead.
    const release = file(files, 'boards/boards-release-kanban.html');
    expect(release).not.toContain('<svg');
    expect(release).toContain('<p class="none">No card on this board depends on another.</p>');
  });

  it('gives the same bytes on every run', async () => {
    const root = seedWorkspace();
    const first = await siteOf(root);
    const second = await siteOf(root);
    expect(second.files).toEqual(first.files);
    const examples = await siteOf(ROOT, ['examples/boards']);
    const again = await siteOf(ROOT, ['examples/boards']);
    expect(again.files.map((f) => f.content)).toEqual(examples.files.map((f) => f.content));
    expect(examples.files.length).toBe(examples.loaded.workspace.boards.length + 4);
  });
});

describe('edge cases', () => {
  it('renders a board without cards', async () => {
    const { board } = readText('## Todo\n\n### [E-1] only\n', 'empty.md', 'kanban-md');
    board.id = 'empty';
    board.items = [];
    board.groups = [];
    const workspace = workspaceOf([board]);
    const page = file(await siteFiles(workspace, linkWorkspace(workspace)), 'boards/empty.html');
    expect(page).toContain('<p class="none">This board has no cards.</p>');
    expect(page).toContain('<strong>0%</strong> done · 0 of 0 items');
  });

  it('names the template that breaks when the bundled templates are damaged', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bw-site-tpl-'));
    cpSync(join(ROOT, 'templates/site'), dir, { recursive: true });
    writeFileSync(join(dir, 'board.hbs'), '{{#each columns}}never closed');
    expect(() => siteTemplates(dir)).toThrow(SiteTemplateError);
    expect(() => siteTemplates(dir)).toThrow(/^Site template board\.hbs does not compile: /);
    rmSync(join(dir, 'index.hbs'));
    expect(() => siteTemplates(dir)).toThrow(/^Cannot read site template index\.hbs: /);
  });
});

describe('hostile ids', () => {
  it('never produce a file outside the out dir, and give every card its own anchor', async () => {
    const make = (id: string, path: string, itemIds: string[]): Board => {
      const { board } = readText(
        ['## Todo', '', ...itemIds.map((i, n) => `### [C-${n}] card ${n}`), ''].join('\n'),
        path,
        'kanban-md',
      );
      board.id = id;
      board.items.forEach((item, n) => (item.id = itemIds[n] as string));
      return board;
    };
    const boards = [
      make('../../etc/passwd', '../../etc/passwd.md', ['../x', '../x', '"><img src=x>']),
      make('/abs/olute', '/abs/olute.md', ['a/b']),
      make('..\\..\\windows', 'w.md', ['c']),
      make('', 'empty.md', ['d']),
      make('index', 'index.md', ['e']),
      make('etc-passwd', 'clash.md', ['f']),
    ];
    const workspace = workspaceOf(boards);
    const files = await siteFiles(workspace, linkWorkspace(workspace));
    const pages = files.map((f) => f.path).filter((p) => p.startsWith('boards/'));
    expect(pages).toEqual([
      'boards/abs-olute.html',
      'boards/board.html',
      'boards/etc-passwd-2.html',
      'boards/etc-passwd.html',
      'boards/index.html',
      'boards/windows.html',
    ]);
    const parent = realpathSync(mkdtempSync(join(tmpdir(), 'bw-site-out-')));
    const out = join(parent, 'out');
    writeOutputs(out, files);
    expect(listFiles(parent)).toEqual(files.map((f) => `out/${f.path}`).sort());
    for (const p of listFiles(out)) expect(resolve(out, p).startsWith(`${out}/`)).toBe(true);
    expect([...cardAnchors(boards[0] as Board).values()]).toEqual([
      'card-..-x',
      'card-..-x-2',
      'card--img-src-x-',
    ]);
    const page = readFileSync(join(out, 'boards/etc-passwd.html'), 'utf8');
    expect(page).not.toContain('<img');
    expect(page).toContain('<span class="card-id">&quot;&gt;&lt;img src&#x3D;x&gt;</span>');
  });
});

describe('inlineSvg', () => {
  it('keeps the svg element of Graphviz output and drops its prologue and comments', async () => {
    const { workspace, links } = loadWorkspace({
      root: ROOT,
      paths: ['examples/boards/platform-kit-tasks.md'],
    });
    const raw = await dependencySvg(workspace.boards[0] as Board, links);
    expect(raw).toMatch(/^<\?xml/);
    const svg = inlineSvg(raw);
    expect(svg).toMatch(/^<svg [^>]*>[\s\S]*<\/svg>$/);
    expect(svg).not.toContain('<!--');
    // The card ids are drawn as node labels.
    expect(svg).toMatch(/>M1\.1\.1<\/text>/);
  });

  it('refuses markup that could run code or load something', () => {
    const ok = '<svg viewBox="0 0 1 1"><g id="a"><text x="1">one = two</text></g></svg>';
    expect(inlineSvg(ok)).toBe(ok);
    for (const bad of [
      '<svg><script>alert(1)</script></svg>',
      '<svg onload="alert(1)"></svg>',
      '<svg><g ONCLICK="x()"></g></svg>',
      '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
      '<svg><a href="https://example.com/"><text>x</text></a></svg>',
      '<svg><foreignObject><div></div></foreignObject></svg>',
      '<svg><g id=unquoted></g></svg>',
      '<svg><![CDATA[ x ]]></svg>',
      'no svg at all',
    ])
      expect(inlineSvg(bad)).toBeUndefined();
    expect(inlineSvg('<?xml version="1.0"?>\n<!-- c -->\n<svg><!-- n --><g></g></svg>\n')).toBe(
      '<svg><g></g></svg>',
    );
  });
});
