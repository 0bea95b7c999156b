import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { checkSpecBundles } from '../../specbundle/check.js';
import {
  BUILTIN_PROFILES,
  loadProfileFile,
  specProfileSchema,
  validateProfile,
  validateSettings,
} from '../../specbundle/profiles.js';
import { ROOT } from '../helpers.js';
import { brief, cli, tempRepo } from './helpers.js';

/** A custom profile for RFC folders: a README with sections, at least one diagram, no DRAFT. */
const RFC_PROFILE = {
  id: 'rfc',
  title: 'RFC folders',
  bundles: [
    {
      name: 'RFC',
      glob: 'rfcs/*',
      namePattern: '^\\d{4}-',
      files: [
        { path: 'README.md', headings: ['Motivation', { title: 'Design', depth: 2 }] },
        { path: 'diagrams/*.svg' },
      ],
    },
  ],
  forbidden: [{ rule: 'draft-marker', pattern: '\\bDRAFT\\b', message: 'Still a draft.' }],
  lint: { rules: { 'final-newline': 'off' } },
};

describe('built-in profiles', () => {
  it('are valid against schemas/spec-profile.schema.json and have the documented ids', () => {
    for (const profile of BUILTIN_PROFILES) {
      expect(validateProfile(profile, { path: `${profile.id}.json`, pointer: '' })).toEqual({
        profile,
        diagnostics: [],
      });
    }
    expect(BUILTIN_PROFILES.map((p) => p.id)).toEqual(['platform-kit', 'spec-kit', 'openspec']);
  });

  it('platform-kit requires the four files of the seed tracker (M0.1.1) with their sections', () => {
    const platformKit = BUILTIN_PROFILES[0]!;
    expect(platformKit.bundles[0]!.glob).toBe('spec/*');
    expect(platformKit.bundles[0]!.files.map((f) => f.path)).toEqual([
      'constitution.md',
      'prd.md',
      'plan.md',
      'tasks.md',
    ]);
    const dir = tempRepo({ 'spec/kit/prd.md': '# PRD\n' });
    const result = checkSpecBundles({ root: dir, profiles: ['platform-kit'] });
    expect(result.diagnostics.filter((d) => d.rule === 'missing-file').map((d) => d.path)).toEqual([
      'spec/kit/constitution.md',
      'spec/kit/plan.md',
      'spec/kit/tasks.md',
    ]);
    expect(
      result.diagnostics.filter((d) => d.path === 'spec/kit/prd.md').map((d) => d.message),
    ).toEqual([
      'No "Goals" section; the platform-kit profile requires one.',
      'No "Problem" section; the platform-kit profile requires one.',
      'No "Requirements" section; the platform-kit profile requires one.',
      'No "Success Metrics" section; the platform-kit profile requires one.',
    ]);
  });
});

describe('the config fragment', () => {
  it('validates the specBundle key when the config schema refers to $defs/settings', () => {
    const config = JSON.parse(readFileSync(join(ROOT, 'schemas/config.schema.json'), 'utf8'));
    config.properties.specBundle = { $ref: 'spec-profile.schema.json#/$defs/settings' };
    const ajv = new Ajv2020({
      allErrors: true,
      strict: true,
      strictTuples: false,
      allowUnionTypes: true,
    });
    ajv.addSchema(specProfileSchema);
    const validate = ajv.compile(config);
    const good = {
      specBundle: {
        profiles: ['spec-kit', 'rfc'],
        custom: [RFC_PROFILE],
        profileFiles: ['tools/profile.json'],
        lint: {
          preset: 'recommended',
          rules: { 'final-newline': 'off', 'list-item-indent': ['warning', 'one'] },
        },
        failOn: 'warning',
      },
    };
    expect(validate(good), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ specBundle: { profiles: ['Spec Kit'] } })).toBe(false);
    expect(validate({ specBundle: { custom: [{ id: 'x' }] } })).toBe(false);
    expect(validate({ specBundle: { lint: { rules: { 'final-newline': 'loud' } } } })).toBe(false);
  });

  it('validateSettings names config keys, also for problems the schema cannot see', () => {
    const source = {
      path: 'boardwright.config.yaml',
      pointer: '/specBundle',
      kind: 'config' as const,
    };
    expect(
      validateSettings({ failOn: 'fatal' }, source).diagnostics.map((d) => [d.rule, d.message]),
    ).toEqual([
      [
        'invalid-config',
        'Config key "specBundle.failOn" must be one of "error", "warning", "info". See schemas/spec-profile.schema.json.',
      ],
    ]);
    const lint = validateSettings({ lint: { rules: { 'no-tabs': 'off' } } }, source);
    expect(lint.diagnostics[0]!.message).toMatch(
      /^Config key "specBundle\.lint\.rules\.no-tabs" names lint rule "no-tabs", which remark-preset-lint-recommended does not have\./,
    );
    expect(validateSettings({ custom: [RFC_PROFILE] }, source).diagnostics).toEqual([]);
  });
});

describe('custom profiles from --profile-file', () => {
  const files = (readme: string) => ({
    'profile.json': JSON.stringify(RFC_PROFILE, null, 2),
    'rfcs/0001-storage/README.md': readme,
    'rfcs/0001-storage/diagrams/layout.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'rfcs/storage-v2/README.md': '# Storage v2\n\n## Motivation\n\nDRAFT\n',
  });

  it('checks required files (globs), headings, forbidden patterns and its own lint settings', () => {
    const dir = tempRepo(
      files('# Storage\n\n## Motivation\n\nDisks fill up.\n\n### Design\n\nShard it. DRAFT'),
    );
    const run = cli(['spec-bundle', '--profile-file', 'profile.json', '--json'], dir);
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json.profiles).toEqual(['rfc']);
    expect(brief(json.diagnostics)).toEqual([
      ['error', 'missing-heading', 'rfcs/0001-storage/README.md', 7, 1],
      ['error', 'draft-marker', 'rfcs/0001-storage/README.md', 9, 11],
      ['error', 'bundle-name', 'rfcs/storage-v2', 1, 1],
      ['error', 'missing-file', 'rfcs/storage-v2', 1, 1],
      ['error', 'missing-heading', 'rfcs/storage-v2/README.md', 1, 1],
      ['error', 'draft-marker', 'rfcs/storage-v2/README.md', 5, 1],
    ]);
    expect(json.diagnostics[3].message).toBe(
      'The RFC rfcs/storage-v2 has no file matching diagrams/*.svg.',
    );
    expect(json.bundles.map((b: { dir: string; files: string[] }) => [b.dir, b.files])).toEqual([
      [
        'rfcs/0001-storage',
        ['rfcs/0001-storage/README.md', 'rfcs/0001-storage/diagrams/layout.svg'],
      ],
      ['rfcs/storage-v2', ['rfcs/storage-v2/README.md']],
    ]);
  });

  it('passes a folder that meets the profile, selected by path', () => {
    const dir = tempRepo(
      files('# Storage\n\n## Motivation\n\nDisks fill up.\n\n## Design\n\nShard it.'),
    );
    const run = cli(['spec-bundle', 'rfcs/0001-storage', '--profile-file', 'profile.json'], dir);
    expect(run.stdout).toContain('No problems found.');
    expect(run.code).toBe(0);
  });
});

describe('unusable profiles exit 2 with a diagnostic on the offending line', () => {
  it('invalid JSON', () => {
    const dir = tempRepo({ 'p.json': '{\n  "id": "x",\n  "bundles": [,]\n}\n' });
    const run = cli(['spec-bundle', '--profile-file', 'p.json'], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(
      /^p\.json:3:15 {2}error {2}Profile file p\.json is not valid JSON \(line 3, column 15\)\. {2}invalid-profile$/m,
    );
    expect(run.stderr).toBe('');
  });

  it('a schema violation, a bad regular expression, an unknown dialect and an unknown lint rule', () => {
    const profiles = [
      { id: 'a', bundles: [{ name: 'x', glob: 'x/*', files: [{ path: 'a.md', colour: 'red' }] }] },
      {
        id: 'b',
        bundles: [
          {
            name: 'x',
            glob: 'x/*',
            namePattern: '([0-9]',
            files: [{ path: 'tasks.md', tasks: { dialect: 'jira' } }],
          },
        ],
        lint: { rules: { 'no-tabs': 'off' } },
      },
    ];
    const dir = tempRepo({ 'p.json': JSON.stringify(profiles, null, 2) });
    const loaded = loadProfileFile(dir, 'p.json');
    expect(loaded.profiles).toEqual([]);
    expect(loaded.diagnostics.map((d) => [d.line, d.message.split('.')[0]])).toEqual([
      [11, 'Profile key "bundles'],
      [23, 'Profile key "bundles'],
      [28, 'Profile key "bundles'],
      [36, 'Profile key "lint'],
    ]);
    expect(loaded.diagnostics[0]!.message).toBe(
      'Profile key "bundles.0.files.0" has unknown key "colour". See schemas/spec-profile.schema.json.',
    );
    expect(loaded.diagnostics[1]!.message).toMatch(
      /^Profile key "bundles\.0\.namePattern" is not a valid regular expression: /,
    );
    expect(loaded.diagnostics[2]!.message).toMatch(/names dialect "jira", which does not exist/);
    expect(loaded.diagnostics.every((d) => d.fatal && d.rule === 'invalid-profile')).toBe(true);
    const run = cli(['spec-bundle', '--profile-file', 'p.json', '--format', 'github'], dir);
    expect(run.code).toBe(2);
    expect(run.stdout.split('\n').filter(Boolean)).toHaveLength(4);
  });

  it('an unknown profile id and an unknown --lint-off rule', () => {
    const dir = tempRepo({ 'x.md': '# x\n' });
    const unknown = cli(['spec-bundle', '--profile', 'spec-kitt'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toContain(
      'Unknown spec profile "spec-kitt". Known profiles: platform-kit, spec-kit, openspec.  unknown-profile',
    );
    const lint = cli(['spec-bundle', '--lint-off', 'no-tabs'], dir);
    expect(lint.code).toBe(2);
    expect(lint.stderr).toMatch(/^boardwright: --lint-off names unknown lint rule\(s\) no-tabs\./);
  });
});
