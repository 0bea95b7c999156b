import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { compareDiagnostics } from '../checks/rule.js';
import type { Diagnostic, Workspace } from '../model/types.js';
import { validateConfigData, validateWorkspace } from '../model/validate.js';
import { SCHEMA_FILES, type Classification } from './classify.js';
import { readStructured, type StructuredDocument } from './document.js';
import { checkCapabilityFiles, readKbFiles, type KbEntry } from './kb.js';
import { acceptMatrix } from './matrix.js';
import { violationDiagnostics, violations, type Violation } from './schemas.js';

/** One file of the knowledge base as the validator saw it. */
export interface ValidatedFile {
  path: string;
  /** The schema it was checked against, in words (`schemas/capability.schema.json`). */
  schema: string;
  /** valid; invalid (schema or id errors); unchecked (no schema available); unusable (cannot parse). */
  result: 'valid' | 'invalid' | 'unchecked' | 'unusable';
  problems: number;
}

export interface KbValidation {
  kb: string;
  files: ValidatedFile[];
  /**
   * Fatal (exit 2): a missing folder, unreadable files, invalid JSON/YAML (with the line).
   * Errors (exit 1): schema violations naming the JSON Pointer and line, duplicate ids, paths
   * leaving the workspace, `$schema` pointing at a file that cannot be read. Warnings: a
   * `$schema` that cannot be checked offline.
   */
  diagnostics: Diagnostic[];
}

/** A fresh ajv for user-supplied schemas: lenient about unknown keywords and formats, silent. */
function userAjv(): Ajv2020 {
  return new Ajv2020({ allErrors: true, strict: false, validateFormats: false, logger: false });
}

function problem(
  document: StructuredDocument,
  rule: string,
  message: string,
  pointer = '',
): Diagnostic {
  return {
    rule,
    severity: 'error',
    message,
    path: document.path,
    line: document.lineOf(pointer),
    column: 1,
  };
}

/** A JSON Schema file: valid against the 2020-12 meta-schema, and compilable (refs resolve). */
function checkSchemaFile(document: StructuredDocument): Diagnostic[] {
  const ajv = userAjv();
  if (!ajv.validateSchema(document.data as object)) {
    const found = violations(ajv.errors);
    return violationDiagnostics(document, found, 'the JSON Schema 2020-12 meta-schema');
  }
  try {
    ajv.compile(document.data as object);
    return [];
  } catch (e) {
    return [
      problem(
        document,
        'schema-violation',
        `The schema cannot be compiled: ${(e as Error).message}.`,
      ),
    ];
  }
}

/**
 * Validates every JSON/YAML file under the knowledge-base folder against the schema its
 * `$schema` names or its file name implies (see classify): capability files (plus the
 * cross-file id checks), parity matrices (plus the score check), boardwright configs and board
 * models, JSON Schemas themselves (against the 2020-12 meta-schema), and files whose `$schema`
 * is a relative path to a schema in the workspace. Never throws.
 */
export function validateKb(root: string, kbDir: string): KbValidation {
  const read = readKbFiles(root, kbDir);
  const diagnostics: Diagnostic[] = [...read.diagnostics];
  const byPath = new Map<string, ValidatedFile>();
  for (const d of read.diagnostics) {
    if (read.paths.includes(d.path)) {
      byPath.set(d.path, { path: d.path, schema: '—', result: 'unusable', problems: 1 });
    }
  }
  const localSchemas = new Map<string, ValidateFunction | Diagnostic>();
  const capabilityEntries = read.entries.filter((e) => e.classification.kind === 'capability');
  const capabilityProblems = checkCapabilityFiles(capabilityEntries).diagnostics;

  for (const entry of read.entries) {
    const { document, classification } = entry;
    const found = checkEntry(root, entry, capabilityProblems, localSchemas);
    diagnostics.push(...found);
    const errors = found.filter((d) => d.severity === 'error').length;
    byPath.set(document.path, {
      path: document.path,
      schema: schemaLabel(classification),
      result: classification.kind === 'unknown' ? 'unchecked' : errors > 0 ? 'invalid' : 'valid',
      problems: errors,
    });
  }
  const files = read.paths.map((p) => byPath.get(p)).filter((f): f is ValidatedFile => !!f);
  return { kb: read.kb, files, diagnostics: diagnostics.sort(compareDiagnostics) };
}

function schemaLabel(c: Classification): string {
  if (c.kind === 'local') return c.schemaPath;
  if (c.kind === 'unknown') return c.schema;
  return SCHEMA_FILES[c.kind];
}

function fromViolations(
  document: StructuredDocument,
  found: Violation[],
  schema: string,
): Diagnostic[] {
  return violationDiagnostics(document, found, schema);
}

function checkEntry(
  root: string,
  { document, classification }: KbEntry,
  capabilityProblems: readonly Diagnostic[],
  localSchemas: Map<string, ValidateFunction | Diagnostic>,
): Diagnostic[] {
  switch (classification.kind) {
    case 'capability':
      return capabilityProblems.filter((d) => d.path === document.path);
    case 'parity-matrix': {
      const accepted = acceptMatrix(document);
      // Here a broken matrix is a finding of the validator, not input it cannot use.
      return (accepted.diagnostics ?? []).map(({ fatal: _fatal, ...d }) => d);
    }
    case 'config': {
      const found = validateConfigData(document.data);
      return fromViolations(document, found, SCHEMA_FILES.config);
    }
    case 'board': {
      const found = validateWorkspace(document.data as Workspace).map((e) => ({
        pointer: e.pointer === '/' ? '' : e.pointer,
        message: e.message,
      }));
      return fromViolations(document, found, SCHEMA_FILES.board);
    }
    case 'json-schema':
      return checkSchemaFile(document);
    case 'local': {
      let validate = localSchemas.get(classification.schemaPath);
      if (!validate) {
        validate = compileLocal(root, classification.schemaPath);
        localSchemas.set(classification.schemaPath, validate);
      }
      if (!(typeof validate === 'function')) {
        return [problem(document, 'unknown-schema', validate.message, '/$schema')];
      }
      return validate(document.data)
        ? []
        : fromViolations(document, violations(validate.errors), classification.schemaPath);
    }
    case 'unknown':
      return [
        {
          rule: 'unknown-schema',
          severity: 'warning',
          message: `Not checked: $schema "${classification.schema}" cannot be used (${classification.reason}).`,
          path: document.path,
          line: document.lineOf('/$schema'),
          column: 1,
        },
      ];
  }
}

/** Compiles a schema file of the workspace; a diagnostic-shaped reason when it cannot. */
function compileLocal(root: string, schemaPath: string): ValidateFunction | Diagnostic {
  const parsed = readStructured(root, schemaPath);
  if (parsed.diagnostic) {
    return {
      ...parsed.diagnostic,
      message: `$schema names ${schemaPath}, which cannot be used: ${parsed.diagnostic.message}`,
    };
  }
  try {
    return userAjv().compile(parsed.document.data as object);
  } catch (e) {
    return {
      rule: 'unknown-schema',
      severity: 'error',
      message: `$schema names ${schemaPath}, which is not a usable JSON Schema: ${(e as Error).message}.`,
      path: schemaPath,
      line: 1,
      column: 1,
    };
  }
}
