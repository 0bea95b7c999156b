import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROOT } from '../helpers.js';

/** One known difference between a reference tool and boardwright, with why it is accepted. */
export interface KnownDifference {
  oracle: string;
  fixture: string;
  item: string;
  /** Which verdict differs: the reference tool's strict one, or its default one. */
  mode?: 'strict' | 'default';
  /** The reference tool's verdict and boardwright's (true = passes). */
  expected: boolean;
  boardwright: boolean;
  reason: string;
}

/** test/oracles/known-differences.yaml: every accepted disagreement with a reference tool. */
export function knownDifferences(oracle: string): KnownDifference[] {
  const text = readFileSync(join(ROOT, 'test', 'oracles', 'known-differences.yaml'), 'utf8');
  const data = (parseYaml(text) as { differences?: KnownDifference[] } | null)?.differences ?? [];
  return data.filter((d) => d.oracle === oracle);
}

/** A temporary folder holding `files`; returns its path. */
export function writeRepo(
  files: Record<string, string | Uint8Array>,
  prefix = 'bw-oracle-',
): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

/** One item of `openspec validate --all --json`. */
export interface OpenSpecItem {
  id: string;
  type: 'change' | 'spec';
  valid: boolean;
  issues: Array<{
    level: 'ERROR' | 'WARNING' | 'INFO';
    path: string;
    message: string;
    line?: number;
  }>;
}

const OPENSPEC_BIN = join(ROOT, 'node_modules', '@fission-ai', 'openspec', 'bin', 'openspec.js');

/**
 * Runs `openspec validate --all --strict --json` in `cwd` with telemetry, update checks and the
 * user's global OpenSpec folders switched off (a private HOME), and returns its items keyed
 * `type/id`. Throws when the output is not the JSON report.
 */
export function runOpenSpec(cwd: string): Map<string, OpenSpecItem> {
  const home = mkdtempSync(join(tmpdir(), 'bw-openspec-home-'));
  const r = spawnSync(process.execPath, [OPENSPEC_BIN, 'validate', '--all', '--strict', '--json'], {
    cwd,
    encoding: 'utf8',
    timeout: 120_000,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: home,
      XDG_CONFIG_HOME: home,
      XDG_DATA_HOME: home,
      OPENSPEC_TELEMETRY: '0',
      DO_NOT_TRACK: '1',
      CI: '1',
      OPENSPEC_NO_UPDATE_CHECK: '1',
      NO_COLOR: '1',
    },
  });
  let report: { items?: OpenSpecItem[] };
  try {
    report = JSON.parse(r.stdout) as { items?: OpenSpecItem[] };
  } catch {
    throw new Error(
      `openspec validate gave no JSON report (exit ${r.status}): ${r.stderr || r.stdout}`,
    );
  }
  return new Map((report.items ?? []).map((i) => [`${i.type}/${i.id}`, i]));
}
