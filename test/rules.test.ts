import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runRules } from '../checks/run.js';
import { RULES } from '../checks/rules/index.js';
import { linkWorkspace } from '../model/link.js';
import { ROOT, readText } from './helpers.js';

interface Example {
  kind: 'ok' | 'not-ok';
  markdown: string;
  expected: string[];
}

/**
 * Reads the `@example ok` / `@example not-ok` blocks of a rule module's doc comment: a
 * ```markdown fence with the input and, for not-ok, a ```text fence with the exact findings
 * (`line:column severity message`).
 */
function examplesOf(file: string): Example[] {
  const source = readFileSync(file, 'utf8');
  const doc = [...source.matchAll(/\/\*\*([\s\S]*?)\*\//g)].find((m) => m[1]!.includes('@example'));
  const body = (doc?.[1] ?? '')
    .split('\n')
    .map((l) => l.replace(/^\s*\* ?/, ''))
    .join('\n');
  const parts = body.split(/^@example /m).slice(1);
  return parts.map((part) => {
    const kind = part.startsWith('not-ok') ? 'not-ok' : 'ok';
    const fences = [...part.matchAll(/```(\w+)\n([\s\S]*?)```/g)];
    const markdown = fences.find((f) => f[1] === 'markdown')?.[2] ?? '';
    const text = fences.find((f) => f[1] === 'text')?.[2] ?? '';
    return { kind, markdown, expected: text.split('\n').filter(Boolean) };
  });
}

describe('rule doc-block examples', () => {
  for (const rule of RULES) {
    const file = join(ROOT, 'checks/rules', `${rule.id}.ts`);
    const examples = examplesOf(file);
    it(`${rule.id} has an ok and a not-ok example`, () => {
      expect(examples.map((e) => e.kind).sort()).toEqual(['not-ok', 'ok']);
      expect(examples.find((e) => e.kind === 'not-ok')!.expected.length).toBeGreaterThan(0);
    });
    for (const example of examples) {
      it(`${rule.id} ${example.kind}`, () => {
        const { board } = readText(example.markdown, 'example.md');
        board.id = 'example';
        const links = linkWorkspace({ boards: [board] });
        const found = runRules({ boards: [board] }, links, {})
          .filter((d) => d.rule === rule.id)
          .map((d) => `${d.line}:${d.column} ${d.severity} ${d.message}`);
        expect(found).toEqual(example.expected);
      });
    }
  }
});
