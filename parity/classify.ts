import { posix } from 'node:path';

/** The schemas boardwright knows by name. */
export type KnownSchema = 'capability' | 'parity-matrix' | 'config' | 'board' | 'json-schema';

/** Which schema a knowledge-base file is checked against, and why. */
export type Classification =
  | { kind: KnownSchema; by: '$schema' | 'file name' }
  /** `$schema` names a schema file in the workspace (workspace-relative path). */
  | { kind: 'local'; schemaPath: string }
  /** `$schema` names something that cannot be checked offline. */
  | { kind: 'unknown'; schema: string; reason: string };

/** boardwright's own schema files by file name, wherever `$schema` says they live. */
const OWN_SCHEMAS: Record<string, KnownSchema> = {
  'capability.schema.json': 'capability',
  'parity-matrix.schema.json': 'parity-matrix',
  'config.schema.json': 'config',
  'board.schema.json': 'board',
};

const META_2020 = /^https?:\/\/json-schema\.org\/draft\/2020-12\/schema#?$/;
const URL_LIKE = /^[a-z][a-z0-9+.-]*:/i;

/** Short names of the schemas, for tables and messages. */
export const SCHEMA_FILES: Record<KnownSchema, string> = {
  capability: 'schemas/capability.schema.json',
  'parity-matrix': 'schemas/parity-matrix.schema.json',
  config: 'schemas/config.schema.json',
  board: 'schemas/board.schema.json',
  'json-schema': 'the JSON Schema 2020-12 meta-schema',
};

/**
 * Picks the schema for a JSON/YAML file of the knowledge base (`path` workspace-relative):
 *
 * 1. Its `$schema` when it has one: a URL or path ending in one of boardwright's schema file
 *    names (`capability.schema.json`, `parity-matrix.schema.json`, `config.schema.json`,
 *    `board.schema.json`) selects that schema; the JSON Schema 2020-12 meta-schema URL marks the
 *    file as a schema itself; a relative path names a schema file in the workspace, resolved
 *    against the file's folder as editors do; any other URL cannot be fetched offline.
 * 2. Otherwise its file name: `*.schema.json` / `*_schema.json` (and `.yaml`/`.yml`) is a JSON
 *    Schema; `boardwright.config.*` is a config; a name containing `matrix` or starting with
 *    `baseline` is a parity matrix; anything else is a capability file.
 */
export function classify(path: string, data: unknown): Classification {
  const declared =
    data && typeof data === 'object' && !Array.isArray(data)
      ? (data as Record<string, unknown>).$schema
      : undefined;
  if (typeof declared === 'string' && declared.trim()) {
    const schema = declared.trim();
    const name =
      schema
        .replace(/[?#].*$/, '')
        .split('/')
        .pop() ?? '';
    const own = OWN_SCHEMAS[name];
    if (own) return { kind: own, by: '$schema' };
    if (META_2020.test(schema)) return { kind: 'json-schema', by: '$schema' };
    if (URL_LIKE.test(schema)) {
      const reason = /json-schema\.org/.test(schema)
        ? 'only JSON Schema draft 2020-12 is supported'
        : 'remote schemas are not fetched';
      return { kind: 'unknown', schema, reason };
    }
    const resolved = posix.normalize(posix.join(posix.dirname(path), schema));
    if (resolved === '..' || resolved.startsWith('../') || schema.startsWith('/')) {
      return { kind: 'unknown', schema, reason: 'the path leaves the workspace' };
    }
    return { kind: 'local', schemaPath: resolved };
  }
  const base = (path.split('/').pop() ?? path).toLowerCase();
  if (/[._-]schema\.(json|ya?ml)$/.test(base)) return { kind: 'json-schema', by: 'file name' };
  if (/^boardwright\.config\.(json|ya?ml)$/.test(base)) return { kind: 'config', by: 'file name' };
  if (base.includes('matrix') || base.startsWith('baseline')) {
    return { kind: 'parity-matrix', by: 'file name' };
  }
  return { kind: 'capability', by: 'file name' };
}
