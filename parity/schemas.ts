import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import capabilitySchema from '../schemas/capability.schema.json' with { type: 'json' };
import matrixSchema from '../schemas/parity-matrix.schema.json' with { type: 'json' };
import type { Diagnostic } from '../model/types.js';
import type { StructuredDocument } from './document.js';

/**
 * The parity schemas (JSON Schema 2020-12), compiled once by ajv on first use, and the step that
 * turns ajv's errors into diagnostics with a JSON Pointer and a line.
 */

/** One schema violation: where (RFC 6901 pointer into the instance) and what. */
export interface Violation {
  pointer: string;
  message: string;
}

let compiled: { capability: ValidateFunction; matrix: ValidateFunction } | undefined;

function validators(): { capability: ValidateFunction; matrix: ValidateFunction } {
  if (!compiled) {
    const ajv = new Ajv2020({
      allErrors: true,
      strict: true,
      strictTuples: false,
      allowUnionTypes: true,
    });
    compiled = { capability: ajv.compile(capabilitySchema), matrix: ajv.compile(matrixSchema) };
  }
  return compiled;
}

/**
 * ajv's errors as short sentences, one per place: `if` bookkeeping errors are dropped (the
 * branch's own errors say what is wrong), enum and unknown-key errors name the values.
 */
export function violations(errors: ErrorObject[] | null | undefined): Violation[] {
  const seen = new Set<string>();
  const out: Violation[] = [];
  for (const e of errors ?? []) {
    if (e.keyword === 'if') continue;
    let pointer = e.instancePath;
    let message = e.message ?? 'is invalid';
    if (e.keyword === 'additionalProperties') {
      const key = (e.params as { additionalProperty: string }).additionalProperty;
      pointer = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      message = `is not an allowed key here`;
    } else if (e.keyword === 'enum') {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues;
      message = `must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}`;
    } else if (e.keyword === 'const') {
      message = `must be ${JSON.stringify((e.params as { allowedValue: unknown }).allowedValue)}`;
    } else if (e.keyword === 'not' && e.schemaPath.includes('relativePath')) {
      message = 'must be a relative path, not an absolute one';
    }
    const key = `${pointer}\0${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ pointer, message });
  }
  return out;
}

/** Validates data against schemas/capability.schema.json; [] when valid. */
export function validateCapabilityData(data: unknown): Violation[] {
  const v = validators().capability;
  return v(data) ? [] : violations(v.errors);
}

/** Validates data against schemas/parity-matrix.schema.json; [] when valid. */
export function validateMatrixData(data: unknown): Violation[] {
  const v = validators().matrix;
  return v(data) ? [] : violations(v.errors);
}

/**
 * Violations as error diagnostics on the lines of `document`, naming the pointer and the schema
 * (`schemas/<schemaName>`). `fatal` marks them as unusable input (exit 2) for consumers such as
 * the runner and the gate; the validator reports them as findings (exit 1).
 */
export function violationDiagnostics(
  document: StructuredDocument,
  found: readonly Violation[],
  schemaName: string,
  options: { rule?: string; fatal?: boolean; label?: string } = {},
): Diagnostic[] {
  return found.map((v) => ({
    rule: options.rule ?? 'schema-violation',
    severity: 'error',
    message: `${options.label ?? ''}${v.pointer || '(the document)'} ${v.message} (${schemaName}).`,
    path: document.path,
    line: document.lineOf(v.pointer),
    column: 1,
    ...(options.fatal ? { fatal: true } : {}),
  }));
}
