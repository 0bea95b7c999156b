import { describe, expect, it } from 'vitest';
import { merge3, splitLines } from '../../generators/templates/merge3.js';
import { eolOf, planFile } from '../../generators/templates/plan.js';

const labels = { ours: 'yours', base: 'template 1.0.0', theirs: 'template 1.1.0' };
const lines = (...l: string[]): string => l.map((x) => `${x}\n`).join('');

describe('splitLines', () => {
  it('keeps every terminator so the pieces join back to the same text', () => {
    for (const text of ['', 'a', 'a\n', 'a\r\nb\nc', '\n\n', 'x\r\n']) {
      expect(splitLines(text).join('')).toBe(text);
    }
    expect(splitLines('a\r\nb\nc')).toEqual(['a\r\n', 'b\n', 'c']);
  });
});

describe('merge3', () => {
  const base = lines('one', 'two', 'three', 'four', 'five', 'six', 'seven');

  it('takes a change made on one side only, from either side', () => {
    const ours = lines('one', 'TWO', 'three', 'four', 'five', 'six', 'seven');
    expect(merge3(base, ours, base, labels)).toEqual({ text: ours, conflicts: [] });
    expect(merge3(base, base, ours, labels)).toEqual({ text: ours, conflicts: [] });
  });

  it('combines changes to different lines of both sides', () => {
    const ours = lines('one', 'TWO', 'three', 'four', 'five', 'six', 'seven');
    const theirs = lines('one', 'two', 'three', 'four', 'five', 'SIX', 'seven', 'eight');
    expect(merge3(base, ours, theirs, labels)).toEqual({
      text: lines('one', 'TWO', 'three', 'four', 'five', 'SIX', 'seven', 'eight'),
      conflicts: [],
    });
  });

  it('takes an identical change on both sides once', () => {
    const both = lines('one', 'two', 'THREE', 'four', 'five', 'six', 'seven');
    expect(merge3(base, both, both, labels)).toEqual({ text: both, conflicts: [] });
  });

  it('marks lines both sides changed differently, in diff3 style with the base, and counts them', () => {
    const ours = lines('one', 'two', 'mine', 'four', 'five', 'six', 'SEVEN');
    const theirs = lines(
      'zero',
      'one',
      'two',
      'theirs',
      'also theirs',
      'four',
      'five',
      'six',
      'seven',
    );
    const result = merge3(base, ours, theirs, labels);
    expect(result.text).toBe(
      lines(
        'zero',
        'one',
        'two',
        '<<<<<<< yours',
        'mine',
        '||||||| template 1.0.0',
        'three',
        '=======',
        'theirs',
        'also theirs',
        '>>>>>>> template 1.1.0',
        'four',
        'five',
        'six',
        'SEVEN',
      ),
    );
    expect(result.conflicts).toEqual([{ line: 4, baseLines: 1, oursLines: 1, theirsLines: 2 }]);
  });

  it('reports each conflicting region with the line of its marker', () => {
    const ours = lines('ONE', 'two', 'three', 'four', 'five', 'six', 'SEVEN');
    const theirs = lines('1', 'two', 'three', 'four', 'five', 'six', '7');
    const result = merge3(base, ours, theirs, labels);
    expect(result.conflicts.map((c) => c.line)).toEqual([1, 13]);
    const text = result.text.split('\n');
    expect(text[0]).toBe('<<<<<<< yours');
    expect(text[12]).toBe('<<<<<<< yours');
  });

  it('conflicts when both sides append different lines, and starts markers on a new line', () => {
    const result = merge3('a\n', 'a\nmine', 'a\ntheirs\n', labels);
    expect(result.text).toBe(
      'a\n<<<<<<< yours\nmine\n||||||| template 1.0.0\n=======\ntheirs\n>>>>>>> template 1.1.0\n',
    );
    expect(result.conflicts).toHaveLength(1);
  });

  it('keeps CRLF lines and writes markers with the given line end', () => {
    const b = 'a\r\nb\r\nc\r\n';
    const result = merge3(b, 'a\r\nB\r\nc\r\n', 'a\r\nbee\r\nc\r\n', labels, '\r\n');
    expect(result.text).toBe(
      'a\r\n<<<<<<< yours\r\nB\r\n||||||| template 1.0.0\r\nb\r\n=======\r\nbee\r\n>>>>>>> template 1.1.0\r\nc\r\n',
    );
  });

  it('merges a deletion on one side with an edit elsewhere on the other', () => {
    const ours = lines('one', 'three', 'four', 'five', 'six', 'seven');
    const theirs = lines('one', 'two', 'three', 'four', 'five', 'six', 'SEVEN');
    expect(merge3(base, ours, theirs, labels).text).toBe(
      lines('one', 'three', 'four', 'five', 'six', 'SEVEN'),
    );
  });
});

describe('planFile', () => {
  const v = { from: '1.0.0', to: '1.1.0' };
  it('chooses the action from which sides changed', () => {
    expect(planFile('f', 'a\n', 'b\n', 'a\n', v)).toMatchObject({
      action: 'update',
      content: 'b\n',
    });
    expect(planFile('f', 'a\n', 'a\n', 'mine\n', v)).toMatchObject({ action: 'keep' });
    expect(planFile('f', 'a\n', 'b\n', 'b\n', v)).toMatchObject({ action: 'unchanged' });
    expect(planFile('f', undefined, 'b\n', null, v)).toMatchObject({ action: 'create' });
    expect(planFile('f', 'a\n', 'b\n', null, v)).toMatchObject({ action: 'skip-deleted' });
    expect(planFile('f', 'a\n', undefined, 'a\n', v)).toMatchObject({ action: 'delete' });
    expect(planFile('f', 'a\n', undefined, 'mine\n', v)).toMatchObject({ action: 'keep-removed' });
    expect(planFile('f', 'a\n', 'b\n', { binary: true }, v)).toMatchObject({
      action: 'skip-binary',
    });
    expect(planFile('f', 'x\nm\na\n', 'x\nm\nb\n', 'X\nm\na\n', v)).toMatchObject({
      action: 'merge',
      content: 'X\nm\nb\n',
    });
    const clash = planFile('f', undefined, 'theirs\n', 'mine\n', v);
    expect(clash.action).toBe('conflict');
    expect(clash.reason).toMatch(/already have a different file/);
  });

  it('merges a CRLF working copy against LF template outputs without a conflict on every line', () => {
    expect(eolOf('a\r\nb\r\n')).toBe('\r\n');
    expect(eolOf('a\nb\r\n')).toBe('\n');
    const entry = planFile('f', 'a\nb\nc\n', 'a\nb\nC\n', 'A\r\nb\r\nc\r\n', v);
    expect(entry).toMatchObject({ action: 'merge', content: 'A\r\nb\r\nC\r\n' });
  });
});
