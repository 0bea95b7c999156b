import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runRules } from '../checks/run.js';
import { readBoard } from '../kanban/read.js';
import { DEFAULT_LIMITS } from '../kanban/limits.js';
import { linkWorkspace } from '../model/link.js';
import { SCHEMA_VERSION } from '../model/types.js';
import { validateWorkspace } from '../model/validate.js';
import { DIALECTS } from '../kanban/dialects/index.js';
import { ROOT, SEED_EXAMPLES } from './helpers.js';

/** Small deterministic PRNG (mulberry32) so that a failing case can be replayed. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SNIPPETS = [
  '\n## ',
  '\n### ',
  '\n- [ ] ',
  '\n- [x] ',
  '\n  - ',
  '**',
  '`',
  '\n```\n',
  '\n---\n',
  ' ✅ ',
  ' 🚧 ',
  '\n| a | b |\n| - | - |\n',
  'Status: ',
  'Dependencies: ',
  '<!--',
  '-->',
  '[[x]]',
  '\r\n',
  '\uFEFF',
  '\u0000',
  '\n> ',
  '\n1. ',
  ' — [Epic] ',
  '(branch:x/y)',
  '\n%% kanban:settings\n',
  '_Requirements: 1.1_',
];

function mutate(bytes: Buffer, rnd: () => number): Buffer {
  const out = Buffer.from(bytes);
  const ops = 1 + Math.floor(rnd() * 8);
  let buf = out;
  for (let i = 0; i < ops; i++) {
    const at = Math.floor(rnd() * buf.length);
    const op = rnd();
    if (op < 0.3) buf[at] = Math.floor(rnd() * 256);
    else if (op < 0.5) buf = buf.subarray(0, at);
    else if (op < 0.8) {
      const s = Buffer.from(SNIPPETS[Math.floor(rnd() * SNIPPETS.length)]!);
      buf = Buffer.concat([buf.subarray(0, at), s, buf.subarray(at)]);
    } else {
      const len = Math.floor(rnd() * 200);
      buf = Buffer.concat([buf.subarray(0, at), buf.subarray(Math.min(buf.length, at + len))]);
    }
  }
  return buf;
}

describe('fuzzing the reader with mutated seeds', () => {
  const seeds = Object.values(SEED_EXAMPLES).map((rel) => readFileSync(join(ROOT, rel)));
  it('never throws, and every board it returns passes the schema and the rules', () => {
    const rnd = prng(20261121);
    for (let i = 0; i < 150; i++) {
      const input = mutate(seeds[i % seeds.length]!, rnd);
      const dialect = i % 3 === 0 ? DIALECTS[i % DIALECTS.length]!.id : undefined;
      const result = readBoard(input, `fuzz-${i}.md`, {
        limits: DEFAULT_LIMITS,
        ...(dialect ? { dialect } : {}),
      });
      if (!result.board) {
        expect(result.diagnostics.some((d) => d.fatal)).toBe(true);
        continue;
      }
      const board = { ...result.board, id: `fuzz-${i}` };
      const links = linkWorkspace({ boards: [board] });
      const diagnostics = [...result.diagnostics, ...runRules({ boards: [board] }, links, {})];
      const errors = validateWorkspace({
        schemaVersion: SCHEMA_VERSION,
        boards: [board],
        diagnostics,
      });
      expect(errors, `case ${i} (${dialect ?? 'detected'})`).toEqual([]);
    }
  });
});
