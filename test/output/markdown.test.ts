import { describe, expect, it } from 'vitest';
import type { Board, Workspace } from '../../model/types.js';
import { SCHEMA_VERSION } from '../../model/types.js';
import { reportMarkdown } from '../../report/check.js';
import { mdCode, mdFence, mdText } from '../../report/markdown.js';
import { summaryMarkdown } from '../../generators/summary.js';
import { summaryBlock } from '../../generators/inject.js';
import { renderedProblems } from './markdown-check.js';
import { readText } from '../helpers.js';

/** What a pull request can put in a title, a file name or a commit subject. */
export const HOSTILE_MARKDOWN = [
  '<img src=x onerror=alert(1)>',
  '<details open><summary>ok</summary>hidden verdict</details>',
  'ping @org/team and @user, cc @Someone-Else',
  '[click](https://evil.example/x) ![pixel](https://evil.example/p.png)',
  'see https://evil.example and www.evil.example and mail a@evil.example',
  '[ref]: https://evil.example',
  '<!-- boardwright:board-check -->',
  'pipe | breaks | the table',
  '`code` **bold** _em_ ~~strike~~ $x^2$ [^note]',
  'back\\slash & &amp; &#64;user',
  'line\nbreak\r\n@user \u2028 www.x.y',
  '\u001b[31mred\u001b[0m \u0085 \u202e',
];

describe('mdText', () => {
  it('renders as the same characters and nothing more', () => {
    expect(mdText('<img src=x>')).toBe('&lt;img src=x&gt;');
    expect(mdText('@org/team')).toBe('@&#8203;org/team');
    expect(mdText('a@b.c')).toBe('a@&#8203;b.c');
    expect(mdText('[x](https://e.x)')).toBe('\\[x\\](https:&#8203;//e.x)');
    expect(mdText('www.e.x')).toBe('www&#8203;.e.x');
    expect(mdText('a|b\nc')).toBe('a\\|b c');
    expect(mdText('Board 1 (docs/a_b.md)')).toBe('Board 1 (docs/a\\_b.md)');
    for (const s of HOSTILE_MARKDOWN) {
      expect(renderedProblems(`| ${mdText(s)} |\n| --- |\n| ${mdText(s)} |\n`), s).toEqual([]);
      expect(renderedProblems(`### ${mdText(s)}\n\n${mdText(s)}\n`), s).toEqual([]);
    }
  });

  it('code spans and fences hold anything verbatim', () => {
    expect(mdCode('a`b')).toBe('``a`b``');
    expect(mdCode('`x`')).toBe('`` `x` ``');
    expect(mdCode('a|b', true)).toBe('`a\\|b`');
    expect(mdFence('```\n<img>\n````\n', 'markdown')).toBe(
      '`````markdown\n```\n<img>\n````\n`````',
    );
    for (const s of HOSTILE_MARKDOWN) {
      expect(renderedProblems(`| ${mdCode(s, true)} |\n| --- |\n`), s).toEqual([]);
      expect(renderedProblems(`x ${mdCode(s)} y\n\n${mdFence(`${s}\n${s}`)}\n`), s).toEqual([]);
    }
  });
});

function hostileWorkspace(): Workspace {
  const boards: Board[] = HOSTILE_MARKDOWN.map((s, i) => {
    const { board } = readText(
      `# Board ${i}\n\n## Backlog\n\n- AB-${i}1 — [Task] one\n\n## Done\n\n- AB-${i}2 — [Task] two\n`,
      `board-${i}.md`,
    );
    return {
      ...board,
      title: s,
      path: `docs/${s}.md`,
      groups: board.groups.map((g) => ({ ...g, title: `${g.title} ${s}` })),
    };
  });
  return { schemaVersion: SCHEMA_VERSION, boards, specBundles: [], diagnostics: [] } as Workspace;
}

describe('GitHub-rendered outputs of user-written text', () => {
  it('summary.md and the injected block', () => {
    const ws = hostileWorkspace();
    expect(renderedProblems(summaryMarkdown(ws))).toEqual([]);
    expect(renderedProblems(summaryBlock(ws))).toEqual([]);
    expect(summaryMarkdown(ws)).toContain('@&#8203;org/team');
  });

  it('the report of a check: tables, findings, headline', () => {
    const markdown = reportMarkdown({
      check: 'board-check',
      title: 'Board check',
      passed: false,
      headline: HOSTILE_MARKDOWN.join(' '),
      diagnostics: HOSTILE_MARKDOWN.map((s) => ({
        rule: 'duplicate-item-id',
        severity: 'error' as const,
        message: `Item "${s}" again`,
        path: `${s}.md`,
        line: 2,
        column: 1,
      })),
      tables: [{ caption: 'Boards', header: ['Board'], rows: HOSTILE_MARKDOWN.map((s) => [s]) }],
    });
    expect(renderedProblems(markdown)).toEqual([]);
    // A quoted marker is escaped or inside a code span: no line is a comment's marker line.
    expect(markdown.split('\n')).not.toContain('<!-- boardwright:board-check -->');
  });
});
