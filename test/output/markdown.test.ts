import { describe, expect, it } from 'vitest';
import type { Board, Workspace } from '../../model/types.js';
import { SCHEMA_VERSION } from '../../model/types.js';
import { reportMarkdown } from '../../report/check.js';
import { mdCode, mdFence, mdLine, mdText } from '../../report/markdown.js';
import type { Change } from '../../release/conventional.js';
import { releasePreview } from '../../release/preview.js';
import type { ReleasePlan } from '../../release/release.js';
import { LAYOUTS } from '../../release/render.js';
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

describe('mdLine and the release preview', () => {
  it('mdLine keeps a line from starting a heading, a list or a rule', () => {
    expect(mdLine('# Owned')).toBe('\\# Owned');
    expect(mdLine('  ## x')).toBe('  \\## x');
    expect(mdLine('- item')).toBe('\\- item');
    expect(mdLine('+ item')).toBe('\\+ item');
    expect(mdLine('12. item')).toBe('12\\. item');
    expect(mdLine('3) item')).toBe('3\\) item');
    expect(mdLine('---')).toBe('\\---');
    expect(mdLine('===')).toBe('\\===');
    expect(mdLine('#12 fixed, 1.5 faster - really')).toBe('#12 fixed, 1.5 faster - really');
  });

  it('renders the changelog section with every commit text escaped, in every layout', () => {
    const hostile = (text: string): Change => ({
      type: 'feat',
      scope: '<b>api</b>',
      subject: text,
      breaking: true,
      breakingNotes: [`# Dropped\n- @org/team must <img src=x> migrate\n---`],
      items: [],
      hash: 'abc1234abc1234abc1234abc1234abc1234abc1',
      date: '2024-05-01T08:00:00Z',
      header: `feat(<b>api</b>)!: ${text}`,
      body: '',
    });
    for (const layout of LAYOUTS) {
      const changes = ['# Huge heading', '- nested @user', ...HOSTILE_MARKDOWN].map(hostile);
      const plan = {
        release: true,
        version: '2.0.0',
        bump: 'major',
        commits: changes.length,
        changes,
        previousStable: { name: 'v1.0.0' },
        layout,
        input: { version: '2.0.0', date: '2024-05-01', tag: 'v2.0.0', changes },
      } as unknown as ReleasePlan;
      const markdown = releasePreview(plan);
      expect(renderedProblems(markdown), layout).toEqual([]);
      // The only headings are the preview's own and the layout's, one level down.
      const headings = markdown.split('\n').filter((l) => /^#{1,6} /.test(l));
      expect(headings[0]).toBe('### Release preview');
      expect(
        headings.slice(1).every((h) => /^#### .*2\.0\.0|^##### /.test(h)),
        layout,
      ).toBe(true);
      expect(markdown).toContain('\\# Huge heading');
      // git-cliff's layout shows no breaking-change notes.
      if (layout !== 'git-cliff')
        expect(markdown).toContain('\\- @&#8203;org/team must &lt;img src=x&gt; migrate');
      // Cut at a line to the size asked for, with a pointer to the rest.
      const cut = releasePreview(plan, 'Release preview', 600);
      expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(600);
      expect(cut).toMatch(
        /…cut to 600 bytes\. The full section is in the step output "changelog"\.\n$/,
      );
      expect(renderedProblems(cut)).toEqual([]);
    }
  });
});
