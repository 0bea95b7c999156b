// Benchmarks `boardwright spec-bundle --profile openspec` against `openspec validate --all
// --strict` (the @fission-ai/openspec devDependency) on a generated OpenSpec repository of
// OpenSpec's own size: about 150 Markdown files and 700 KB. Both run as whole processes, the way
// a CI step runs them, alternately, several times; the medians and their ratio are printed.
// Absolute times depend on the machine; the ratio is what the project tracks (goal: ≤ 1).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(root, 'dist', 'cli.js');
const OPENSPEC = join(root, 'node_modules', '@fission-ai', 'openspec', 'bin', 'openspec.js');

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const r = rng(42);
const WORDS = [
  'user',
  'session',
  'token',
  'request',
  'cache',
  'report',
  'export',
  'queue',
  'retry',
  'audit',
  'limit',
  'field',
];
const words = (n) =>
  Array.from({ length: n }, () => WORDS[Math.floor(r() * WORDS.length)]).join(' ');

function requirement(cap, i, scenarios = 3) {
  const out = [
    `### Requirement: ${cap} rule ${i}`,
    `The system SHALL ${words(12)} for every ${words(3)}.`,
    '',
  ];
  for (let s = 1; s <= scenarios; s++) {
    out.push(
      `#### Scenario: ${cap} case ${i}.${s}`,
      `- **WHEN** ${words(8)}`,
      `- **THEN** ${words(10)}`,
      `- **AND** ${words(6)}`,
      '',
    );
  }
  return out.join('\n');
}

function mainSpec(cap, n) {
  const reqs = Array.from({ length: n }, (_, i) => requirement(cap, i + 1)).join('\n');
  return `# ${cap} Specification\n\n## Purpose\nThe ${cap} capability ${words(14)}.\n\n## Requirements\n${reqs}`;
}

/** Files of a generated repository: 45 capabilities and 21 changes (150 Markdown files). */
function repository() {
  const files = {};
  const caps = Array.from({ length: 45 }, (_, i) => `capability-${i + 1}`);
  for (const cap of caps) files[`openspec/specs/${cap}/spec.md`] = mainSpec(cap, 12);
  for (let c = 1; c <= 21; c++) {
    const dir = `openspec/changes/change-${c}`;
    files[`${dir}/proposal.md`] =
      `# Proposal\n\n## Why\n\n${words(60)}.\n\n## What Changes\n\n${Array.from({ length: 12 }, () => `- ${words(12)}`).join('\n')}\n`;
    files[`${dir}/design.md`] =
      `# Design\n\n## Context\n\n${words(120)}.\n\n## Decisions\n\n${Array.from({ length: 10 }, () => `- ${words(20)}`).join('\n')}\n\n## Risks / Trade-offs\n\n${Array.from({ length: 8 }, () => `- [${words(2)}] → ${words(10)}`).join('\n')}\n`;
    files[`${dir}/tasks.md`] =
      `# Tasks\n\n${Array.from({ length: 6 }, (_, g) => `## ${g + 1}. ${words(3)}\n\n${Array.from({ length: 5 }, (_, t) => `- [ ] ${g + 1}.${t + 1} ${words(9)}`).join('\n')}\n`).join('\n')}`;
    const modified = caps[c % caps.length];
    files[`${dir}/specs/${modified}/spec.md`] =
      `## MODIFIED Requirements\n\n${requirement(modified, 1, 4)}\n## ADDED Requirements\n\n${requirement(modified, 90 + c)}${requirement(modified, 120 + c)}`;
    files[`${dir}/specs/new-capability-${c}/spec.md`] =
      `## ADDED Requirements\n\n${Array.from({ length: 4 }, (_, i) => requirement(`new-${c}`, i + 1)).join('\n')}`;
  }
  return files;
}

const dir = mkdtempSync(join(tmpdir(), 'bw-bench-openspec-'));
const home = mkdtempSync(join(tmpdir(), 'bw-bench-home-'));
let bytes = 0;
const files = repository();
for (const [name, text] of Object.entries(files)) {
  mkdirSync(dirname(join(dir, name)), { recursive: true });
  writeFileSync(join(dir, name), text);
  bytes += statSync(join(dir, name)).size;
}

const env = {
  PATH: process.env.PATH ?? '',
  HOME: home,
  XDG_CONFIG_HOME: home,
  XDG_DATA_HOME: home,
  OPENSPEC_TELEMETRY: '0',
  DO_NOT_TRACK: '1',
  CI: '1',
  OPENSPEC_NO_UPDATE_CHECK: '1',
};
const commands = {
  boardwright: [CLI, 'spec-bundle', '--profile', 'openspec', '--json'],
  openspec: [OPENSPEC, 'validate', '--all', '--strict', '--json'],
};

/** Wall time of one run in milliseconds, and its exit code. */
function run(args) {
  const t = performance.now();
  const p = spawnSync(process.execPath, args, {
    cwd: dir,
    env,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  return { ms: performance.now() - t, code: p.status, stdout: p.stdout };
}

// Both must judge the same items the same way, or the comparison means nothing.
const ours = JSON.parse(run(commands.boardwright).stdout);
const theirs = JSON.parse(run(commands.openspec).stdout);
const failing = theirs.items.filter((i) => !i.valid).length;
const ourFailing = ours.bundles.filter((b) => b.errors + b.warnings > 0).length;

const RUNS = 7;
const samples = { boardwright: [], openspec: [] };
for (let i = 0; i < RUNS; i++) {
  for (const name of i % 2 ? ['openspec', 'boardwright'] : ['boardwright', 'openspec'])
    samples[name].push(run(commands[name]).ms);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const b = median(samples.boardwright);
const o = median(samples.openspec);
console.log(
  `\nspec-bundle --profile openspec vs openspec validate --all --strict on a generated repository: ${Object.keys(files).length} Markdown files, ${(bytes / 1024).toFixed(0)} KB, ${theirs.items.length} items (${failing} failing for OpenSpec, ${ourFailing} for boardwright)`,
);
console.log(`${'command'.padEnd(40)}${'median ms'.padStart(12)}`);
console.log(
  `${'boardwright spec-bundle --profile openspec'.padEnd(40)}${b.toFixed(0).padStart(12)}`,
);
console.log(`${'openspec validate --all --strict'.padEnd(40)}${o.toFixed(0).padStart(12)}`);
console.log(
  `ratio boardwright / openspec: ${(b / o).toFixed(2)} (goal ≤ 1.00; ${RUNS} alternating runs each)`,
);
rmSync(dir, { recursive: true, force: true });
rmSync(home, { recursive: true, force: true });
