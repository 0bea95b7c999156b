import { describe, expect, it } from 'vitest';
import {
  getAtPath,
  jsonEqual,
  parsePath,
  PathSyntaxError,
  toPointer,
} from '../../parity/pointer.js';

describe('parsePath', () => {
  it.each([
    ['', []],
    ['/', ['']],
    ['/engines/node', ['engines', 'node']],
    ['/a~1b/c~0d', ['a/b', 'c~d']],
    ['/items/0/id', ['items', '0', 'id']],
    ['engines.node', ['engines', 'node']],
    ['$', []],
    ['$.scripts.test', ['scripts', 'test']],
    ['items[0].id', ['items', '0', 'id']],
    ['items.10.id', ['items', '10', 'id']],
    ['[2][0]', ['2', '0']],
    ['a["b.c"].d', ['a', 'b.c', 'd']],
    ['a["q\\"uote"]', ['a', 'q"uote']],
    ["a['it\\'s']", ['a', "it's"]],
    ['$["x"]', ['x']],
  ])('%j → %j', (path, tokens) => {
    expect(parsePath(path)).toEqual(tokens);
  });

  it.each([
    ['a..b', 'expected .key, [index] or ["key"] at character 2'],
    ['a.', 'at character 2'],
    ['a[01]', 'at character 2'],
    ['a[-1]', 'at character 2'],
    ['a["open', 'at character 2'],
    ['$a', 'at character 2'],
    ['/a~2', '"~" must be followed by 0 or 1'],
  ])('rejects %j', (path, why) => {
    expect(() => parsePath(path)).toThrow(PathSyntaxError);
    expect(() => parsePath(path)).toThrow(why);
  });
});

describe('getAtPath and jsonEqual', () => {
  const data = { engines: { node: '>=20' }, items: [{ id: 'a' }, { id: 'b' }], 'x/y': 1, n: null };

  it('follows keys and canonical array indexes', () => {
    expect(getAtPath(data, parsePath('/items/1/id'))).toEqual({ found: true, value: 'b' });
    expect(getAtPath(data, parsePath('x/y'))).toEqual({ found: true, value: 1 });
    expect(getAtPath(data, parsePath('/x~1y'))).toEqual({ found: true, value: 1 });
    expect(getAtPath(data, parsePath('n'))).toEqual({ found: true, value: null });
    expect(getAtPath(data, [])).toEqual({ found: true, value: data });
  });

  it('names the first missing token as a pointer', () => {
    expect(getAtPath(data, parsePath('items[2].id'))).toEqual({
      found: false,
      missing: '/items/2',
    });
    expect(getAtPath(data, ['items', '01'])).toEqual({ found: false, missing: '/items/01' });
    expect(getAtPath(data, parsePath('engines.node.major'))).toEqual({
      found: false,
      missing: '/engines/node/major',
    });
    expect(getAtPath(data, ['constructor'])).toEqual({ found: false, missing: '/constructor' });
    expect(toPointer(['a/b', 'c~d'])).toBe('/a~1b/c~0d');
  });

  it('compares JSON values deeply, ignoring key order only', () => {
    expect(jsonEqual({ a: [1, { b: 2, c: 3 }] }, { a: [1, { c: 3, b: 2 }] })).toBe(true);
    expect(jsonEqual([1, 2], [2, 1])).toBe(false);
    expect(jsonEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(jsonEqual('1', 1)).toBe(false);
    expect(jsonEqual(null, {})).toBe(false);
    expect(jsonEqual([], {})).toBe(false);
  });
});
