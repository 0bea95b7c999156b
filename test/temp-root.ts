/**
 * Vitest global setup: every test run gets one temporary root, and the tests' temporary folders
 * (and those of the CLI runs, browsers and git processes they spawn) go under it, through
 * TMPDIR, TMP and TEMP. The root is removed when the run ends, so a run leaves nothing behind
 * in the machine's temporary folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'boardwright-tests-'));
  const before = { TMPDIR: process.env.TMPDIR, TMP: process.env.TMP, TEMP: process.env.TEMP };
  process.env.TMPDIR = process.env.TMP = process.env.TEMP = root;
  return () => {
    for (const [name, value] of Object.entries(before)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    rmSync(root, { recursive: true, force: true, maxRetries: 3 });
  };
}
