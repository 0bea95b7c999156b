import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSpecBundles } from '../../specbundle/check.js';
import { brief, cli, CONSTITUTION, specKitFeature, tempRepo } from './helpers.js';

describe('unusable bundle files', () => {
  it('a binary file in a bundle is a fatal diagnostic on its line, exit 2, and the other bundle is still checked', () => {
    const dir = tempRepo({
      '.specify/memory/constitution.md': CONSTITUTION,
      ...specKitFeature('001-alpha'),
      ...specKitFeature('002-beta'),
      'specs/002-beta/spec.md': Buffer.concat([
        Buffer.from('# Spec\n\n## Requirements\n'),
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]),
      ]),
      'specs/001-alpha/research.md': '# Research\n\n[NEEDS CLARIFICATION: which cache?]\n',
    });
    const result = checkSpecBundles({ root: dir });
    expect(result.unusable).toBe(true);
    expect(brief(result.diagnostics)).toEqual([
      ['error', 'needs-clarification', 'specs/001-alpha/research.md', 3, 1],
      ['error', 'binary-file', 'specs/002-beta/spec.md', 4, 1],
    ]);
    expect(result.diagnostics[1]!.fatal).toBe(true);
    const run = cli(['spec-bundle'], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(
      'specs/002-beta/spec.md:4:1  error  File contains NUL bytes and is not Markdown text. Exclude it from the board globs.  binary-file',
    );
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toMatch(/\n\s+at /);
  });

  it('invalid UTF-8 and a folder where a file should be are unusable too', () => {
    const feature = specKitFeature('001-alpha');
    delete feature['specs/001-alpha/tasks.md'];
    const dir = tempRepo({
      '.specify/memory/constitution.md': CONSTITUTION,
      ...feature,
      'specs/001-alpha/plan.md': Buffer.concat([
        Buffer.from('# Plan\n\ncaf'),
        Buffer.from([0xe9, 0x0a]),
      ]),
    });
    mkdirSync(join(dir, 'specs/001-alpha/tasks.md/inner'), { recursive: true });
    const result = checkSpecBundles({ root: dir });
    expect(brief(result.diagnostics)).toEqual([
      ['error', 'invalid-utf8', 'specs/001-alpha/plan.md', 3, 1],
      ['error', 'unreadable-file', 'specs/001-alpha/tasks.md', 1, 1],
    ]);
    expect(result.diagnostics[1]!.message).toBe('specs/001-alpha/tasks.md cannot be read: EISDIR.');
    expect(cli(['spec-bundle'], dir).code).toBe(2);
  });

  it('a path that does not exist is unusable; one that holds no bundle is a finding', () => {
    const dir = tempRepo({
      '.specify/memory/constitution.md': CONSTITUTION,
      ...specKitFeature('001-alpha'),
      'docs/x.md': '# X\n',
    });
    const missing = cli(['spec-bundle', 'specs/009-nope'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain(
      'specs/009-nope:1:1  error  Path "specs/009-nope" does not exist.',
    );
    const elsewhere = cli(['spec-bundle', 'docs', '--json'], dir);
    expect(elsewhere.code).toBe(1);
    expect(brief(JSON.parse(elsewhere.stdout).diagnostics)).toEqual([
      ['error', 'no-bundle', 'docs', 1, 1],
    ]);
    const outside = checkSpecBundles({ root: dir, paths: ['../..'] });
    expect(outside.diagnostics.map((d) => d.rule)).toEqual(['missing-path']);
  });

  it('a repository without any bundle fails with a message naming where bundles are expected', () => {
    const dir = tempRepo({ 'README.md': '# Hello\n' });
    const auto = checkSpecBundles({ root: dir });
    expect(auto.unusable).toBe(false);
    expect(auto.diagnostics.map((d) => [d.rule, d.path])).toEqual([['no-bundle', '.']]);
    expect(auto.diagnostics[0]!.message).toMatch(
      /^No spec bundle found for any profile \(platform-kit: spec\/\*; spec-kit: specs\/\*; openspec: openspec\/specs\/\*\*\/spec\.md, openspec\/changes\/\*\)/,
    );
    const named = checkSpecBundles({ root: dir, profiles: ['platform-kit'] });
    expect(named.diagnostics.map((d) => [d.rule, d.path, d.message])).toEqual([
      [
        'no-bundle',
        'spec',
        'No platform-kit spec bundle found: expected spec/*/ with constitution.md, prd.md, plan.md, tasks.md.',
      ],
    ]);
  });
});
