import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { validateConfigData, validateWorkspace } from '../model/validate.js';
import { ROOT } from './helpers.js';
// @ts-expect-error: a build script without declarations
import { validatorModules } from '../scripts/schema-validators.mjs';

const schema = (name: string): object =>
  JSON.parse(readFileSync(join(ROOT, 'schemas', name), 'utf8')) as object;

describe('the precompiled schema validators', () => {
  it('are what scripts/schema-validators.mjs writes from the schemas now (npm run schemas)', () => {
    for (const [file, text] of Object.entries(validatorModules() as Record<string, string>))
      expect(readFileSync(join(ROOT, 'model', 'generated', file), 'utf8'), file).toBe(text);
  });

  it('report what ajv compiling the schemas at run time reports', () => {
    const ajv = new Ajv2020({
      allErrors: true,
      strict: true,
      strictTuples: false,
      allowUnionTypes: true,
    });
    ajv.addSchema(schema('spec-profile.schema.json'));
    const board = ajv.compile(schema('board.schema.json'));
    const config = ajv.compile(schema('config.schema.json'));
    const workspaces: unknown[] = [
      { schemaVersion: 1, boards: [], diagnostics: [] },
      { schemaVersion: 1, boards: [{ id: 'b' }], diagnostics: [], extra: true },
      { schemaVersion: 'one', boards: {}, diagnostics: [{ rule: 1 }] },
    ];
    for (const w of workspaces) {
      const ok = board(w);
      const errors = validateWorkspace(w as never);
      expect(errors.length === 0, JSON.stringify(w)).toBe(ok);
      expect(errors.map((e) => e.pointer)).toEqual(
        (board.errors ?? []).map((e) => e.instancePath || '/'),
      );
    }
    const configs: unknown[] = [
      { out: 'site', failOn: 'warning' },
      { out: '', failOn: 'never', bogus: 1 },
      { rules: { 'status-conflict': ['warning', {}] }, cache: { dir: 'x', other: 1 } },
      { specBundle: { profiles: 'openspec' }, sync: { repo: 'not a repo' } },
    ];
    for (const c of configs) {
      const ok = config(c);
      const errors = validateConfigData(c);
      expect(errors.length === 0, JSON.stringify(c)).toBe(ok);
      expect(errors.map((e) => e.pointer)).toEqual(
        (config.errors ?? []).map((e) => e.instancePath || '/'),
      );
    }
  });
});
