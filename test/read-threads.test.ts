import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { loadWorkspace as loadWorkspaceType } from '../workspace.js';
import { ROOT } from './helpers.js';

/** A checklist board of `n` tasks with fields and criteria, about 270 bytes a task. */
function board(title: string, n: number): string {
  const columns = ['To Do', 'In Progress', 'Done'];
  const out = [`# ${title}`, ''];
  for (const [c, column] of columns.entries()) {
    out.push(`## ${column}`, '');
    for (let i = c; i < n; i += columns.length) {
      const box = column === 'Done' ? 'x' : ' ';
      out.push(
        `- [${box}] **${title}-${i}**: Task ${i} of ${title} with a title of some length`,
        `  - Status: ${column}`,
        `  - Dependencies: ${i > 2 ? `${title}-${i - 3}` : 'none'}`,
        `  - Files: \`src/${title}/${i}.ts\``,
        `  - [${box}] Task ${i} works for the nominal case`,
        `  - [${box}] Task ${i} has a regression test`,
      );
    }
    out.push('');
  }
  return out.join('\n');
}

describe('big boards read in worker threads', () => {
  it('give the same workspace model, byte for byte, as reading on one thread', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bw-threads-'));
    mkdirSync(join(dir, 'boards'));
    writeFileSync(join(dir, 'boards', 'alpha.md'), board('ALPHA', 1300));
    writeFileSync(join(dir, 'boards', 'beta.md'), board('BETA', 1400));
    writeFileSync(join(dir, 'boards', 'small.md'), board('SMALL', 5));
    // The bundle reads in threads (the TypeScript sources never do).
    const { loadWorkspace } = (await import(join(ROOT, 'dist', 'index.js'))) as {
      loadWorkspace: typeof loadWorkspaceType;
    };
    const threaded = loadWorkspace({ root: dir, cache: false });
    expect(threaded.threads).toBe(2);
    expect(threaded.workspace.boards.map((b) => [b.path, b.items.length])).toEqual([
      ['boards/alpha.md', 3900],
      ['boards/beta.md', 4200],
      ['boards/small.md', 15],
    ]);
    process.env.BOARDWRIGHT_THREADS = '1';
    try {
      const alone = loadWorkspace({ root: dir, cache: false });
      expect(alone.threads).toBeUndefined();
      // The model as build writes it and the report as check prints it: the same bytes.
      expect(JSON.stringify(threaded.workspace)).toBe(JSON.stringify(alone.workspace));
    } finally {
      delete process.env.BOARDWRIGHT_THREADS;
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('share the parse of one big board with a thread and give the same model', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bw-parse-thread-'));
    // Front matter and a link definition far from its reference, across the shared parse.
    const text = `---\nowner: team\n---\n${board('GAMMA', 1200)}\nSee [the plan].\n\n[the plan]: https://example.com/plan\n`;
    expect(text.length).toBeGreaterThan(256 * 1024);
    writeFileSync(join(dir, 'gamma.md'), text);
    writeFileSync(join(dir, 'small.md'), board('SMALL', 5));
    const { loadWorkspace } = (await import(join(ROOT, 'dist', 'index.js'))) as {
      loadWorkspace: typeof loadWorkspaceType;
    };
    try {
      const shared = loadWorkspace({ root: dir, cache: false });
      // One big board alone is read here, its parse shared with a parse thread.
      expect(shared.threads).toBeUndefined();
      expect(shared.parseThreads).toBe(1);
      const gamma = shared.workspace.boards.find((b) => b.path === 'gamma.md')!;
      expect(gamma.items).toHaveLength(3600);
      expect(gamma.meta.frontmatter).toEqual({ owner: 'team' });
      process.env.BOARDWRIGHT_THREADS = '1';
      const alone = loadWorkspace({ root: dir, cache: false });
      expect(alone.threads).toBeUndefined();
      expect(alone.parseThreads).toBeUndefined();
      expect(JSON.stringify(shared.workspace)).toBe(JSON.stringify(alone.workspace));
    } finally {
      delete process.env.BOARDWRIGHT_THREADS;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
