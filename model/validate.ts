// JSON Schema validation (draft 2020-12). The validators are ajv's standalone code, generated
// from schemas/board.schema.json and schemas/config.schema.json (with the spec-profile schema it
// refers to) by scripts/schema-validators.mjs with `allErrors`, `strict` and union types on:
// compiling a schema at run time was half of a one-item `check`. The config's validator is
// CommonJS, required on first use (io/on-demand.ts): most workspaces have no config file.
import type { ErrorObject } from 'ajv';
import { validateWorkspace as workspaceValidator } from './generated/board-validator.js';
import type * as ConfigValidator from './generated/config-validator.cjs';
import { requireOnDemand } from '../io/on-demand.js';
import type { Workspace } from './types.js';

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
  return workspaceValidator(workspace) ? [] : toErrors(workspaceValidator.errors);
}

/** Checks a parsed config file against schemas/config.schema.json; [] when valid. */
export function validateConfigData(data: unknown): SchemaError[] {
  const { validateConfig } = requireOnDemand(
    'config-validator.cjs',
    './generated/config-validator.cjs',
    import.meta.url,
  ) as typeof ConfigValidator;
  return validateConfig(data) ? [] : toErrors(validateConfig.errors);
}
