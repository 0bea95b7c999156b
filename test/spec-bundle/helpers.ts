import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Diagnostic } from '../../model/types.js';
import { ROOT } from '../helpers.js';

/** The bundled CLI; tests that spawn it need `npm run build` first. */
export const CLI = join(ROOT, 'dist', 'cli.js');

/** Runs `node dist/cli.js …` in `cwd`. */
export function cli(
  args: string[],
  cwd: string,
): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A temp folder holding `files` (path → text or bytes); returns its path. */
export function tempRepo(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'bw-spec-'));
  writeFiles(dir, files);
  return dir;
}

/** Writes `files` under `dir`, creating folders. */
export function writeFiles(dir: string, files: Record<string, string | Uint8Array>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
}

/** Runs git in `cwd` with a fixed identity, so commits work on any machine. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
      GIT_CONFIG_NOSYSTEM: '1',
      HOME: cwd,
    },
  });
}

/** `[severity, rule, path, line, column]` per diagnostic, for exact comparisons. */
export function brief(
  diagnostics: readonly Diagnostic[],
): Array<[string, string, string, number, number]> {
  return diagnostics.map((d) => [d.severity, d.rule, d.path, d.line, d.column]);
}

/** A spec-kit feature that passes every check (three files), for tests that need a clean one. */
export function specKitFeature(name: string, extraRequirement = ''): Record<string, string> {
  return {
    [`specs/${name}/spec.md`]: `# Feature Specification: ${name}

## User Scenarios & Testing *(mandatory)*

A user does the thing.

## Requirements *(mandatory)*

- **FR-001**: System MUST do the thing.
${extraRequirement}
## Success Criteria *(mandatory)*

- **SC-001**: The thing takes under a second.
`,
    [`specs/${name}/plan.md`]: `# Implementation Plan: ${name}

## Summary

Do the thing.

## Technical Context

**Language/Version**: TypeScript 5

## Constitution Check

Nothing to justify.
`,
    [`specs/${name}/tasks.md`]: `# Tasks: ${name}

## Phase 1: Setup

- [ ] T001 Do the thing (FR-001) in src/thing.ts
`,
  };
}

/** A constitution spec-kit accepts. */
export const CONSTITUTION = `# Project Constitution

## Core Principles

Test first.

## Governance

Two approvals.
`;
