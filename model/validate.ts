import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import boardSchema from '../schemas/board.schema.json' with { type: 'json' };
import configSchema from '../schemas/config.schema.json' with { type: 'json' };
import specProfileSchema from '../schemas/spec-profile.schema.json' with { type: 'json' };
import type { Workspace } from './types.js';

/**
 * JSON Schema validation (draft 2020-12, ajv). Each schema is compiled on first use and shared
 * by every caller; compiling is most of a small run's time, so the board schema is compiled
 * alone and the config schema (with the spec-profile schema it refers to) only when a config
 * file is read.
 */
const compiled: { workspace?: ValidateFunction; config?: ValidateFunction } = {};

function ajv(): Ajv2020 {
  return new Ajv2020({ allErrors: true, strict: true, strictTuples: false, allowUnionTypes: true });
}

function validators(): { workspace: ValidateFunction; config: ValidateFunction } {
  return {
    get workspace() {
      return (compiled.workspace ??= ajv().compile(boardSchema));
    },
    get config() {
      if (!compiled.config) {
        const a = ajv();
        // The config's specBundle key refers to the spec-profile schema.
        a.addSchema(specProfileSchema);
        compiled.config = a.compile(configSchema);
      }
      return compiled.config;
    },
  };
}

/** One schema violation: a JSON Pointer into the instance and a sentence saying what is wrong. */
export interface SchemaError {
  pointer: string;
  message: string;
}

function toErrors(errors: ErrorObject[] | null | undefined): SchemaError[] {
  return (errors ?? []).map((e) => {
    let message = e.message ?? 'is invalid';
    if (e.keyword === 'additionalProperties') {
      message = `has unknown key "${(e.params as { additionalProperty: string }).additionalProperty}"`;
    } else if (e.keyword === 'enum') {
      message = `must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    }
    return { pointer: e.instancePath || '/', message };
  });
}

/** Checks a workspace model against schemas/board.schema.json; [] when valid. */
export function validateWorkspace(workspace: Workspace): SchemaError[] {
  const v = validators().workspace;
  return v(workspace) ? [] : toErrors(v.errors);
}

/** Checks a parsed config file against schemas/config.schema.json; [] when valid. */
export function validateConfigData(data: unknown): SchemaError[] {
  const v = validators().config;
  return v(data) ? [] : toErrors(v.errors);
}
