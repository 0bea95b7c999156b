import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeMarkdown } from '../kanban/decode.js';
import { DEFAULT_LIMITS } from '../kanban/limits.js';
import { repairMacRomanMojibake } from '../kanban/mojibake.js';
import { ROOT, SEED_EXAMPLES } from './helpers.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const decode = (bytes: Uint8Array) => decodeMarkdown(bytes, 'b.md', DEFAULT_LIMITS);

describe('mojibake repair', () => {
  // The three seeds whose emoji were saved as Mac Roman mojibake (001, 003, 004), with emoji
  // that each of them is known to contain once repaired (read off the original trackers).
  const cases: Array<[string, string[]]> = [
    ['001', ['✅', '🔄', '⏳', '🚧', '❌', '→']],
    ['003', ['✅', '📊', '🎯', '📋', '⏹️', '⚠️', '🚀', '→']],
    ['004', ['✅', '🔴', '🟡', '⏳', '├──', '└──']],
  ];
  for (const [seed, expected] of cases) {
    it(`restores the original characters of seed ${seed}`, () => {
      const bytes = readFileSync(join(ROOT, SEED_EXAMPLES[seed]!));
      const raw = new TextDecoder().decode(bytes);
      expect(raw).toContain('‚úÖ');
      const { text, diagnostics } = decode(bytes);
      expect(text).toBeDefined();
      for (const ch of expected) expect(text).toContain(ch);
      expect(text).not.toContain('\uFFFD');
      expect(text).not.toContain('\uF8FF');
      expect(text).not.toContain('‚úÖ');
      expect(diagnostics.map((d) => d.rule)).toEqual(['mojibake-repaired']);
      expect(diagnostics[0]!.severity).toBe('info');
    });
  }

  it('recovers four-byte emoji whose lead byte became U+F8FF', () => {
    // 🔄 is F0 9F 94 84; as Mac Roman that is U+F8FF ü î Ñ.
    const mangled = iconv
      .decode(Buffer.from('🔄 In Progress'), 'macintosh')
      .replace('\uFFFD', '\uF8FF');
    expect(mangled.startsWith('\uF8FF')).toBe(true);
    expect(repairMacRomanMojibake(mangled)).toEqual({ text: '🔄 In Progress', repaired: 1 });
  });

  it('leaves genuine non-ASCII text alone', () => {
    const text = 'Café — naïve façade, 日本語のボード, Ünïcödé ✅ and 🚀 emoji, “quotes”';
    expect(repairMacRomanMojibake(text)).toEqual({ text, repaired: 0 });
  });

  it('leaves seeds without mojibake unchanged', () => {
    for (const seed of ['000', '002']) {
      const bytes = readFileSync(join(ROOT, SEED_EXAMPLES[seed]!));
      const { text, diagnostics } = decode(bytes);
      expect(text).toBe(new TextDecoder().decode(bytes));
      expect(diagnostics).toEqual([]);
    }
  });
});

describe('decoding', () => {
  it('strips a UTF-8 BOM and turns CRLF and CR into LF', () => {
    const { text } = decode(enc('\uFEFF# Board\r\n\r\n- [ ] a\r- [x] b\n'));
    expect(text).toBe('# Board\n\n- [ ] a\n- [x] b\n');
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('# Board ✅\n', 'utf-16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode('# Board ✅\n', 'utf-16be')]);
    expect(decode(le).text).toBe('# Board ✅\n');
    expect(decode(be).text).toBe('# Board ✅\n');
  });

  it('rejects invalid UTF-8 with the line it is on', () => {
    const bytes = Buffer.concat([
      Buffer.from('# Board\n\n- [ ] ok\n- [ ] bad '),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('\n'),
    ]);
    const { text, diagnostics } = decode(bytes);
    expect(text).toBeUndefined();
    expect(diagnostics).toMatchObject([
      { rule: 'invalid-utf8', line: 4, fatal: true, severity: 'error' },
    ]);
  });

  it('rejects binary content', () => {
    const { text, diagnostics } = decode(
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    );
    expect(text).toBeUndefined();
    expect(diagnostics[0]).toMatchObject({ rule: 'binary-file', fatal: true });
  });

  it('rejects a line longer than the limit, naming the line', () => {
    const { diagnostics } = decode(enc(`# Board\n${'x'.repeat(1_048_576)}\n`));
    expect(diagnostics[0]).toMatchObject({ rule: 'line-too-long', line: 2, fatal: true });
  });

  it('rejects runaway nesting before parsing', () => {
    const deep = Array.from(
      { length: 10_000 },
      (_, i) => `${' '.repeat(2 * Math.min(i, 40))}- x`,
    ).join('\n');
    expect(decode(enc(deep)).text).toBeDefined(); // 40 levels of indentation is fine
    const runaway = `# B\n${'- '.repeat(10_000)}x\n`;
    expect(decode(enc(runaway)).diagnostics[0]).toMatchObject({
      rule: 'nesting-too-deep',
      line: 2,
    });
    const indented = Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join(
      '\n',
    );
    // Line 65 is indented 128 columns (64 levels) and opens one more list: 65 levels > 64.
    expect(decode(enc(indented)).diagnostics[0]).toMatchObject({
      rule: 'nesting-too-deep',
      line: 65,
    });
  });

  it('rejects files over the size limit', () => {
    const { diagnostics } = decodeMarkdown(enc('# Board\n'), 'b.md', {
      ...DEFAULT_LIMITS,
      maxFileBytes: 4,
    });
    expect(diagnostics[0]).toMatchObject({ rule: 'file-too-large', fatal: true });
  });
});
