import createPreset from 'conventional-changelog-conventionalcommits';
import { CommitParser } from 'conventional-commits-parser';
import { describe, expect, it } from 'vitest';
import {
  breakingNoteOf,
  isSpaceCode,
  parseCommit,
  parseRevert,
} from '../../../release/conventional.js';

/**
 * boardwright reads headers, breaking-change notes and reverts with linear-time code of its
 * own (the parser's patterns backtrack on long input); here it is checked against
 * conventional-commits-parser with the conventionalcommits preset — the reading
 * commit-analyzer and commitlint's config-conventional use — on every combination of the
 * pieces real headers are made of.
 */
const parser = new CommitParser(createPreset().parser);

function* headers(): Generator<string> {
  const types = ['feat', 'Fix', '', 'fix_2', 'a-b', 'revert'];
  const scopes = [
    '',
    '()',
    '(api)',
    '(ci+installers)',
    '(a:b)',
    '(a (b))',
    '(x): y (z',
    '(a)!',
    ')(',
    '(',
  ];
  const marks = ['', '!'];
  const seps = [': ', ':  ', ':', ' : ', '!: ', ':\t'];
  const subjects = ['x', ' x', '', 'a (b): c', 'y)!: z', 'trailing ', 'x\r', 'x\u2028y', ')'];
  for (const t of types)
    for (const s of scopes)
      for (const m of marks)
        for (const sep of seps) for (const sub of subjects) yield `${t}${s}${m}${sep}${sub}`;
}

describe('header, note and revert reading equals conventional-commits-parser (conventionalcommits preset)', () => {
  it('headers: type, scope, subject and "!"', () => {
    let compared = 0;
    for (const header of headers()) {
      const theirs = parser.parse(header);
      const ours = parseCommit({ hash: 'a'.repeat(40), parents: [], date: '', message: header });
      const expected = theirs.type
        ? {
            type: theirs.type,
            scope: theirs.scope,
            subject: theirs.subject,
            breaking: theirs.notes.length > 0,
          }
        : undefined;
      const got = ours.conventional && {
        type: ours.conventional.type,
        scope: ours.conventional.scope ?? null,
        subject: ours.conventional.subject || null,
        breaking: ours.conventional.bang,
      };
      expect(got, JSON.stringify(header)).toEqual(expected);
      compared++;
    }
    expect(compared).toBeGreaterThan(5000);
  });

  it('breaking-change note lines (upper-case keywords; the parser also takes other cases)', () => {
    const prefixes = ['', '  ', '* ', '| ', '\t*|', '- '];
    const keywords = [
      'BREAKING CHANGE',
      'BREAKING-CHANGE',
      'BREAKING  CHANGE',
      'BREAKING_CHANGE',
      'BREAKING CHANGES',
    ];
    const seps = [': ', ':', ' ', '', ' :: ', ':\t'];
    const texts = ['gone', '', 'a: b'];
    for (const p of prefixes)
      for (const k of keywords)
        for (const sep of seps)
          for (const text of texts) {
            const line = `${p}${k}${sep}${text}`;
            const note = parser.parse(`fix: x\n\n${line}`).notes[0];
            expect(breakingNoteOf(line), JSON.stringify(line)).toBe(note?.text);
          }
  });

  it('reverts: the quoted header and the hash', () => {
    const hash = 'c'.repeat(40);
    const starts = [
      'Revert "',
      'revert "',
      'REVERT ',
      'revert: ',
      'Revert:"',
      'Reverted "',
      'Revert\n"',
    ];
    const quoted = ['feat: x', 'Revert "feat: x"', '', '"', 'a"b'];
    const ends = ['"', '', '" ', '"\n\n', '\n'];
    const lines = [
      `This reverts commit ${hash}.`,
      `this reverts commit ${hash}.`,
      `This reverts commit ${hash}`,
      'This reverts commit .',
      `This reverts commit ${hash}.\nThis reverts commit d.`,
    ];
    for (const s of starts)
      for (const q of quoted)
        for (const e of ends)
          for (const l of lines) {
            const message = `${s}${q}${e}${l}`;
            const theirs = parser.parse(message).revert;
            const ours = parseRevert(message);
            expect(
              ours ? { header: ours.header, hash: ours.hash || null } : null,
              JSON.stringify(message),
            ).toEqual(theirs);
          }
  });

  it("whitespace is JavaScript's \\s, code unit by code unit", () => {
    for (let c = 0; c <= 0xffff; c++) {
      expect(isSpaceCode(c), c.toString(16)).toBe(/\s/.test(String.fromCharCode(c)));
    }
  });
});
