import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/load.js';
import { DEFAULT_LIMITS } from '../kanban/limits.js';

function dirWith(name: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'bw-config-'));
  writeFileSync(join(dir, name), content);
  return dir;
}

describe('config loading', () => {
  it('uses defaults when there is no config file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bw-config-'));
    expect(loadConfig(dir)).toEqual({ config: {}, limits: DEFAULT_LIMITS, diagnostics: [] });
  });

  it('reads a valid YAML config and merges limits', () => {
    const dir = dirWith(
      'boardwright.config.yaml',
      `include: ["boards/**/*.md"]
dialects:
  "boards/legacy/*.md": checklist-tracker
status:
  map:
    "🧪": review
wip:
  Doing: 3
rules:
  wip-limit: error
  declared-totals: [warning, {}]
limits:
  maxNesting: 32
`,
    );
    const loaded = loadConfig(dir);
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.path).toBe('boardwright.config.yaml');
    expect(loaded.config.wip).toEqual({ Doing: 3 });
    expect(loaded.limits).toEqual({ ...DEFAULT_LIMITS, maxNesting: 32 });
  });

  it('points schema errors at the offending key', () => {
    const dir = dirWith(
      'boardwright.config.yaml',
      `include:
  - "**/*.md"
rules:
  wip-limit: loud
status:
  map:
    Doing: busy
outt: build
`,
    );
    const { diagnostics } = loadConfig(dir);
    const byKey = diagnostics.map((d) => `${d.line}:${d.message.split('"')[1]}`);
    expect(byKey).toContain('4:rules.wip-limit');
    expect(byKey).toContain('7:status.map.Doing');
    expect(diagnostics.find((d) => d.message.includes('outt'))).toMatchObject({ line: 1 });
    expect(diagnostics.every((d) => d.fatal && d.rule === 'invalid-config')).toBe(true);
  });

  it('reads JSON configs and reports syntax errors with their line', () => {
    const ok = dirWith('boardwright.config.json', '{ "out": "site", "failOn": "warning" }');
    expect(loadConfig(ok).config).toEqual({ out: 'site', failOn: 'warning' });
    const bad = dirWith('boardwright.config.json', '{\n  "out": "site",\n  "failOn": [\n}');
    const { diagnostics } = loadConfig(bad);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.line).toBeGreaterThan(1);
  });

  it('rejects a YAML alias bomb quickly', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 12; i++) {
      const prev = String.fromCharCode(97 + i);
      const next = String.fromCharCode(98 + i);
      bomb.push(
        `${next}: &${next} [*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev}]`,
      );
    }
    const dir = dirWith('boardwright.config.yaml', bomb.join('\n'));
    const { diagnostics } = loadConfig(dir);
    expect(diagnostics[0]).toMatchObject({ rule: 'invalid-config', fatal: true });
  });
});
