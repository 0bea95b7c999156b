import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction } from '../actions/harness.js';
import { runnerCommands } from './runner.js';

const BOARD = '# Dupes\n\n## Backlog\n- AB-7 — [Task] One\n## Done\n- AB-7 — [Task] Two\n';

describe('an Action run on a hostile file name', () => {
  it('writes its annotation with the name escaped and injects no other command', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'bw-action-inject-'));
    writeFileSync(join(cwd, 'a\n::add-mask::x.md'), BOARD);
    writeFileSync(join(cwd, '##[error]b.md'), BOARD);
    const run = await runAction('board-check', { cwd, inputs: { comment: 'false' } });
    expect(run.code).toBe(1);
    const commands = runnerCommands(run.stdout);
    // Two annotations on the boards, the step's failure, and nothing else.
    expect(commands).toHaveLength(3);
    for (const c of commands) expect(c).toMatch(/^::error( [^\r\n]*)?::[^\r\n]*$/);
    expect(commands.join('\n')).toContain('file=a%0A%3A%3Aadd-mask%3A%3Ax.md');
    expect(commands.join('\n')).toContain('file=##[error]b.md');
    expect(run.stderr).toBe('');
  });
});
