import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReleaseError } from '../../release/errors.js';
import commitlintRules from '@commitlint/rules';
import { configConventional, findLintConfig, loadLintConfig } from '../../release/lint-config.js';
import { RULES } from '../../release/lint-rules.js';
import { lintMessage } from '../../release/lint.js';
import { tempDir } from './repo.js';

const conventional = {
  rules: configConventional(),
  defaultIgnores: true,
  source: 'built in',
  unsupported: [],
};
const found = (message: string) =>
  lintMessage(message, 'x', conventional).diagnostics.map(
    (d) => `${d.rule}:${d.severity[0]}:${d.line}`,
  );

describe('commit-lint rules (config-conventional, named and levelled as commitlint does)', () => {
  it.each([
    ['feat(api): add paging', []],
    ['feat(api)!: drop v1\n\nBREAKING CHANGE: gone', []],
    ['fix(ci+installers): ship both', []],
    ['feat(compiler:sfc):  two spaces', []],
    ['add paging', ['subject-empty:e:1', 'type-empty:e:1']],
    ['feat: ', ['header-trim:e:1', 'subject-empty:e:1']],
    ['feat (api): x', ['subject-empty:e:1', 'type-empty:e:1']],
    ['feature: x', ['type-enum:e:1']],
    ['Fix: x', ['type-case:e:1', 'type-enum:e:1']],
    ['fix: Add paging', ['subject-case:e:1']],
    ['fix: add paging.', ['subject-full-stop:e:1']],
    ['fix: add paging...', []],
    [`fix: ${'y'.repeat(100)}`, ['header-max-length:e:1']],
    [' fix: x', ['header-trim:e:1', 'subject-empty:e:1', 'type-empty:e:1']],
    ['fix: x\nbody at once', ['body-leading-blank:w:2']],
    [`fix: x\n\nok\n${'z'.repeat(101)}`, ['body-max-line-length:e:4']],
    [`fix: x\n\nsee https://example.com/${'z'.repeat(101)}`, []],
    ['fix: x\n\nbody\nCloses #12', ['footer-leading-blank:w:4']],
    ['fix: x\n\nbody\n\nbreaking-change: lower', ['breaking-change-case:w:5']],
  ])('%j', (message, expected) => {
    expect(found(message)).toEqual(expected);
  });

  it('knows every rule @commitlint/rules has, by the same names', () => {
    expect(Object.keys(RULES).sort()).toEqual(Object.keys(commitlintRules).sort());
  });

  it("commitlint's default ignores: GitHub's revert form, merges, fixups, version-only release commits", () => {
    for (const message of [
      'Revert "feat: x" (#12)\n\nReverts acme/app#11',
      'Merge pull request #3 from a/b',
      "Merge branch 'main' into topic",
      'fixup! feat: x',
      'chore(release): 1.4.0 [skip ci]',
      'v2.0.0',
    ]) {
      const result = lintMessage(message, 'x', conventional);
      expect([result.diagnostics, typeof result.ignored], message).toEqual([[], 'string']);
    }
    // Not version-only, so checked.
    expect(found('release: 1.4.0')).toEqual(['type-enum:e:1']);
    const strict = { ...conventional, defaultIgnores: false };
    expect(lintMessage('v2.0.0', 'x', strict).ignored).toBeUndefined();
  });

  it("each finding carries commitlint's message and says why the rule matters", () => {
    const [d] = lintMessage('feature: x', 'commit abc1234', conventional).diagnostics;
    expect(d).toMatchObject({
      rule: 'type-enum',
      path: 'commit abc1234',
      line: 1,
      column: 1,
      severity: 'error',
    });
    expect(d!.message).toContain(
      'Type must be one of [build, chore, ci, docs, feat, fix, perf, refactor, revert, style, test].',
    );
    expect(d!.message).toContain('The type decides the changelog section and the version bump');
  });
});

describe("the repository's commitlint configuration", () => {
  function repo(files: Record<string, string>): string {
    const dir = tempDir();
    mkdirSync(join(dir, '.git'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  }

  it('is found where commitlint finds it, from a subfolder, never above the repository', () => {
    const dir = repo({
      'package.json': '{"name":"x"}',
      '.commitlintrc.yml':
        'extends: ["@commitlint/config-conventional"]\nrules:\n  header-max-length: [2, always, 72]\n',
      'packages/a/src/.keep': '',
    });
    expect(findLintConfig(dir, join(dir, 'packages/a/src'))).toBe(join(dir, '.commitlintrc.yml'));
    expect(loadLintConfig(dir, join(dir, 'packages/a')).rules['header-max-length']).toEqual({
      level: 2,
      when: 'always',
      value: 72,
    });
    // package.json with a commitlint key comes first, as in cosmiconfig's list.
    writeFileSync(join(dir, 'package.json'), '{"commitlint":{"rules":{"type-empty":[1,"never"]}}}');
    expect(loadLintConfig(dir, dir).rules).toEqual({ 'type-empty': { level: 1, when: 'never' } });
    // Above the repository nothing is read; a link out of it is not followed.
    const inner = join(dir, 'packages/a');
    expect(findLintConfig(inner, inner)).toBeUndefined();
    const outside = repo({ '.commitlintrc.json': '{"rules":{"type-empty":[1,"never"]}}' });
    symlinkSync(join(outside, '.commitlintrc.json'), join(inner, '.commitlintrc.json'));
    expect(findLintConfig(inner, inner)).toBeUndefined();
  });

  it('without one: config-conventional, built in', () => {
    const dir = repo({});
    const config = loadLintConfig(dir, dir);
    expect(config.source).toBe('@commitlint/config-conventional (built in)');
    expect(Object.keys(config.rules)).toHaveLength(12);
  });

  it('JavaScript and TypeScript configurations are read without running them', () => {
    const js = repo({
      'commitlint.config.js': `
        const base = ['feat', 'fix'];
        const shared = { 'subject-case': [0] };
        module.exports = {
          extends: ['@commitlint/config-conventional'],
          rules: {
            ...shared,
            'type-enum': [2, 'always', [...base, 'wip']],
            'header-max-length': [1, 'always', Infinity],
          },
        };
        require('node:fs').writeFileSync(__dirname + '/ran', '');`,
    });
    const config = loadLintConfig(js, js);
    expect(config.rules['type-enum']!.value).toEqual(['feat', 'fix', 'wip']);
    expect(config.rules['subject-case']).toEqual({ level: 0 });
    expect(config.rules['header-max-length']).toEqual({
      level: 1,
      when: 'always',
      value: Infinity,
    });
    expect(config.unsupported).toEqual([]);
    expect(existsSync(join(js, 'ran'))).toBe(false);
    const ts = repo({
      'commitlint.config.ts': `import type { UserConfig } from '@commitlint/types';
import { RuleConfigSeverity } from '@commitlint/types';

const Configuration: UserConfig = {
  extends: ['@commitlint/config-conventional'],
  rules: { 'scope-enum': [RuleConfigSeverity.Warning, 'always', ['api']] },
};

export default Configuration;
`,
    });
    expect(loadLintConfig(ts, ts).rules['scope-enum']).toEqual({
      level: 1,
      when: 'always',
      value: ['api'],
    });
  });

  it('says which parts it does not apply, and refuses settings commitlint refuses', () => {
    const dir = repo({
      '.commitlintrc.mjs': `export default {
        extends: ['@commitlint/config-conventional', '@my/shared-config', './base.json'],
        plugins: ['commitlint-plugin-function-rules'],
        ignores: [(c) => c.includes('[skip]')],
        rules: {
          'function-rules/type-enum': [2, 'always', () => [true]],
          'header-max-length': async () => [2, 'always', 80],
        },
      };`,
      'base.json': '{"rules":{"body-empty":[1,"always"]}}',
    });
    const config = loadLintConfig(dir, dir);
    expect(config.rules['body-empty']).toEqual({ level: 1, when: 'always' });
    expect(config.unsupported).toEqual([
      '.commitlintrc.mjs: extends "@my/shared-config", which boardwright does not build in (only @commitlint/config-conventional); its rules are not applied.',
      '.commitlintrc.mjs: plugins are not loaded; the rules they define are not checked.',
      '.commitlintrc.mjs: "ignores" functions are code and are not run; the commits they would skip are checked.',
      ".commitlintrc.mjs: rule function-rules/type-enum is not one of commitlint's own rules (a plugin's?); it is not checked.",
      ".commitlintrc.mjs: rule header-max-length is computed by code (async () => [2, 'always', 80]); it is not checked.",
    ]);
    for (const [text, why] of [
      ['{"rules":{"type-enum":[3,"always",[]]}}', /level 3/],
      ['{"rules":{"type-enum":[2,"sometimes",[]]}}', /condition "sometimes"/],
      ['{"rules":{}}', /has no rules/],
      ['{ not json', /not valid JSON/],
    ] as const) {
      const d = repo({ '.commitlintrc.json': text });
      expect(() => loadLintConfig(d, d)).toThrow(ReleaseError);
      expect(() => loadLintConfig(d, d)).toThrow(why);
    }
  });
});
