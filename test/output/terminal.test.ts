import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../model/types.js';
import {
  escapeCommandData,
  escapeCommandProperty,
  formatGithub,
  formatText,
} from '../../report/format.js';
import { safeCommands, safeLine, safeText, unsafeOutput } from '../../report/terminal.js';
import { ROOT } from '../helpers.js';
import { runnerCommands } from './runner.js';

const HOSTILE = [
  'a\n::add-mask::x.md',
  'b\r::warning file=README.md,line=1::owned',
  'c\r\n##[error]legacy',
  'd\u0085::set-output name=x::y',
  'e\u2028::error::ls',
  'f\u2029  ::notice::p',
  '\u001b[2J\u001b]0;title\u0007clear',
  '::add-mask::starts',
  ' \u00a0\t::debug::indented',
  'right-to-left \u202eexe.md',
  'bell\u0007 del\u007f csi\u009b',
];

function diagnostic(path: string, message: string): Diagnostic {
  return { rule: 'duplicate-item-id', severity: 'error', message, path, line: 3, column: 1 };
}

describe('safeText and safeLine', () => {
  it('escape every control character and command prefix, JSON-style', () => {
    expect(safeLine('a\n::add-mask::x.md')).toBe('a\\n::add-mask::x.md');
    expect(safeText('a\n::add-mask::x.md')).toBe('a\n\\u003a:add-mask::x.md');
    expect(safeText('  ::warning::x')).toBe('  \\u003a:warning::x');
    expect(safeText('\u00a0::warning::x')).toBe('\u00a0\\u003a:warning::x');
    expect(safeLine('b\r::warning::x')).toBe('b\\r::warning::x');
    expect(safeText('x ##[error]y')).toBe('x #\\u0023[error]y');
    expect(safeText('\u001b[31mred\u001b[0m')).toBe('\\u001b[31mred\\u001b[0m');
    expect(safeText('nel\u0085 ls\u2028 ps\u2029 rlo\u202e')).toBe(
      'nel\\u0085 ls\\u2028 ps\\u2029 rlo\\u202e',
    );
    expect(safeText('tab\tstays, ü and 日本 too: a::b\n')).toBe(
      'tab\tstays, ü and 日本 too: a::b\n',
    );
  });

  it('leave no workflow command, raw control character or legacy prefix in hostile text', () => {
    for (const s of HOSTILE) {
      for (const safe of [safeText(s), safeLine(s), safeText(`x\n${s}\n${s}`)]) {
        expect(unsafeOutput(safe), JSON.stringify(safe)).toBeUndefined();
        expect(runnerCommands(safe)).toEqual([]);
      }
      expect(unsafeOutput(s)).toBeDefined();
    }
  });

  it('keep JSON valid and equal: every escape is a JSON string escape', () => {
    const value = { names: HOSTILE, nested: { '::k': '##[x]' } };
    for (const text of [JSON.stringify(value, null, 2), JSON.stringify(value)]) {
      const safe = safeText(text);
      expect(unsafeOutput(safe)).toBeUndefined();
      expect(JSON.parse(safe)).toEqual(value);
    }
  });
});

describe('the text and github formats', () => {
  it('print a hostile path and message on one line each', () => {
    const text = formatText(HOSTILE.map((s) => diagnostic(s, `Item "${s}" again`)));
    expect(text.split('\n')).toHaveLength(HOSTILE.length + 2);
    expect(unsafeOutput(text)).toBeUndefined();
    expect(text).toContain('a\\n::add-mask::x.md:3:1  error  Item "a\\n::add-mask::x.md" again');
    expect(text).toContain('\\u003a:add-mask::starts:3:1');
  });

  it('escape data and properties exactly as the runner unescapes them', () => {
    expect(escapeCommandData('100%\r\nnext\nx')).toBe('100%25%0D%0Anext%0Ax');
    expect(escapeCommandData('%0A stays literal')).toBe('%250A stays literal');
    expect(escapeCommandProperty('a:b,c%d\ne')).toBe('a%3Ab%2Cc%25d%0Ae');
    expect(escapeCommandData('esc\u001b ##[x]')).toBe('esc\\u001b #\\u0023[x]');
    const out = formatGithub([diagnostic('a\n::add-mask::x,y.md', 'line one\n::warning::two')]);
    expect(out).toBe(
      '::error file=a%0A%3A%3Aadd-mask%3A%3Ax%2Cy.md,line=3,col=1,title=boardwright duplicate-item-id::line one%0A::warning::two\n',
    );
    // One line, one command: the runner's own parse gives back the path and the message.
    expect(runnerCommands(out)).toHaveLength(1);
    expect(safeCommands(out)).toBe(out);
  });

  it('let only annotation commands through the github gate', () => {
    const mixed = '::error file=a.md::x\n::add-mask::secret\nplain ##[error]y\n';
    expect(safeCommands(mixed)).toBe(
      '::error file=a.md::x\n\\u003a:add-mask::secret\nplain #\\u0023[error]y\n',
    );
  });
});

/** Every .ts file under `dir` (relative to the repository), recursively. */
function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(ROOT, dir, name);
    if (statSync(path).isDirectory()) return sources(relative(ROOT, path));
    return name.endsWith('.ts') ? [relative(ROOT, path)] : [];
  });
}

describe('one output gate', () => {
  it('is the only place the CLI and the Actions write to stdout or stderr', () => {
    const direct =
      /process\.(stdout|stderr)\.write\(|console\.(log|error|warn|info)\(|core\.info\(/;
    const offenders = [...sources('cli'), ...sources('actions')].filter(
      (file) =>
        file !== join('actions', 'runtime', 'log.ts') &&
        direct.test(readFileSync(join(ROOT, file), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
