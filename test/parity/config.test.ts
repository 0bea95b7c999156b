import { describe, expect, it } from 'vitest';
import { parityGate, parityRun } from '../../parity/command.js';
import { tempDir, writeFiles } from './helpers.js';

function repo(config: string): string {
  return writeFiles(tempDir(), {
    'boardwright.config.yaml': config,
    'knowledge/ops.json': JSON.stringify({
      domain: 'ops',
      capabilities: [
        {
          id: 'ops',
          title: 'Ops',
          contracts: [
            { id: 'readme', severity: 3, check: { kind: 'file-exists', file: 'README.md' } },
            {
              id: 'true',
              severity: 1,
              check: { kind: 'command', run: [process.execPath, '-e', '0'] },
            },
          ],
        },
      ],
    }),
  });
}

describe('parity settings from the config', () => {
  it('stops with the config diagnostic (file and line) when the config is unusable', async () => {
    const root = repo('include: [docs]\nfailOn: sometimes\n');
    const outcome = await parityRun({ root, kb: 'knowledge' });
    expect(outcome.unusable).toBe(true);
    expect(outcome.written).toEqual([]);
    expect(outcome.diagnostics.map((d) => `${d.path}:${d.line} ${d.rule}`)).toEqual([
      'boardwright.config.yaml:2 invalid-config',
    ]);
  });

  it('reads parity.kb, threshold, allowCommands and baseline; flags win over the config', async () => {
    const root = repo(
      'parity:\n  kb: knowledge\n  threshold: 30\n  allowCommands: true\n  baseline: base.json\n',
    );
    const run = await parityRun({ root });
    expect(run.matrix?.allowCommands).toBe(true);
    expect(run.score).toBe(25); // the command (1) passes, README.md (3) is missing
    const off = await parityRun({ root, allowCommands: false, out: 'off.json' });
    expect(off.score).toBe(0);
    expect((await parityGate({ root, updateBaseline: true })).written).toEqual(['base.json']);
    writeFiles(root, { 'README.md': '# Ops\n' });
    const gate = await parityGate({ root, allowCommands: false });
    // 100 (README only, command skipped) against 25: +75; the configured threshold is 30.
    expect(gate).toMatchObject({
      passed: true,
      score: 100,
      baselineScore: 25,
      delta: 75,
      threshold: 30,
    });
  });

  it('rejects a parity threshold outside 0–100 on its line', async () => {
    const root = repo('parity:\n  threshold: 500\n');
    const outcome = await parityGate({ root, baseline: 'x.json' });
    expect(outcome.unusable).toBe(true);
    expect(outcome.diagnostics.map((d) => `${d.path}:${d.line} ${d.rule}`)).toEqual([
      'boardwright.config.yaml:2 invalid-config',
    ]);
  });
});
