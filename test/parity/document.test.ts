import { describe, expect, it } from 'vitest';
import { decodeData, parseStructured } from '../../parity/document.js';
import { jsonErrorOffset, jsonSyntaxError } from '../../parity/json-syntax.js';

describe('jsonErrorOffset agrees with JSON.parse', () => {
  const valid = [
    '0',
    '-1.5e+3',
    '"a\\u00e9\\n"',
    '[]',
    '{}',
    ' [1, [2, [3, {}]], {"a": null, "b": [true, false]}] ',
    '{"a":{"b":{"c":[1,2,{"d":"e"}]}}}',
    '\n\t{\r\n "x" : "y" }\n',
    `${'['.repeat(5000)}${']'.repeat(5000)}`,
  ];
  const invalid: Array<[string, number]> = [
    ['', 0],
    ['{', 1],
    ['[1,]', 3],
    ['{"a":1,}', 7],
    ['{"a" 1}', 5],
    ['{a:1}', 1],
    ['01', 1],
    ['1.', 1],
    ['"tab\there"', 0],
    ["'x'", 0],
    ['[1] [2]', 4],
    ['{"a":tru}', 5],
    ['"\\x"', 0],
    [`${'['.repeat(5000)}${']'.repeat(4999)}`, 9999],
  ];
  it.each(valid)('accepts %j', (text) => {
    expect(() => JSON.parse(text)).not.toThrow();
    expect(jsonErrorOffset(text)).toBe(-1);
  });
  it.each(invalid)('rejects %j at offset %i', (text, offset) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonErrorOffset(text)).toBe(offset);
  });
  it('says where, in words', () => {
    expect(jsonSyntaxError('{\n  "a": 1,\n  "b": 2,\n}\n')).toEqual({
      message: 'unexpected "}" at line 4, column 1',
      line: 4,
    });
    expect(jsonSyntaxError('{\n  "a": [1,\n\n')).toEqual({
      message: 'the file ends before the JSON value is complete (line 2)',
      line: 2,
    });
  });
});

describe('parseStructured', () => {
  it('places JSON Pointers on lines in JSON and YAML, falling back to the nearest ancestor', () => {
    const json = parseStructured(
      '{\n  "a": {\n    "b": [\n      1,\n      2\n    ]\n  }\n}\n',
      'x.json',
      true,
    );
    const doc = json.document!;
    expect(doc.data).toEqual({ a: { b: [1, 2] } });
    expect([
      doc.lineOf(''),
      doc.lineOf('/a'),
      doc.lineOf('/a/b/1'),
      doc.lineOf('/a/nope/deeper'),
    ]).toEqual([1, 2, 5, 2]);
    const yaml = parseStructured(
      '# c\nlist:\n  - name: x\n    val: 1\n  - name: "a/b"\n',
      'x.yaml',
      false,
    );
    expect(yaml.document!.lineOf('/list/1/name')).toBe(5);
    expect(yaml.document!.lineOf('/list/0/val')).toBe(4);
  });

  it('keeps YAML-only syntax out of .json files and stops alias bombs', () => {
    expect(parseStructured('# comment\n{"a": 1}', 'x.json', true).diagnostic).toMatchObject({
      rule: 'invalid-json',
      line: 1,
      fatal: true,
    });
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 8; i++)
      bomb.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(', ')}]`,
      );
    const out = parseStructured(bomb.join('\n'), 'bomb.yaml', false);
    expect(out.diagnostic).toMatchObject({ rule: 'invalid-yaml', fatal: true });
    expect(out.diagnostic!.message).toMatch(/^File cannot be read as YAML: /);
  });
});

describe('decodeData', () => {
  it('strips a UTF-8 BOM and reports invalid UTF-8 and NUL bytes with their line', () => {
    expect(decodeData(Uint8Array.from([0xef, 0xbb, 0xbf, 0x7b, 0x7d]), 'a.json')).toEqual({
      text: '{}',
    });
    expect(decodeData(Buffer.from('{\n"a": "\xff"}', 'latin1'), 'b.json').diagnostic).toMatchObject(
      {
        rule: 'invalid-utf8',
        line: 2,
      },
    );
    expect(decodeData(Buffer.from('{\n\n\0'), 'c.json').diagnostic).toMatchObject({
      rule: 'binary-file',
      line: 3,
    });
  });
});
