import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { readWorkspaceText } from '../../io/boundary.js';
import { loadYaml } from '../../io/yaml.js';

/**
 * A change's metadata and workflow schema as OpenSpec 1.13 resolves them: `.openspec.yaml` in the
 * change folder (its `schema`, `skip_specs` and other keys), else `schema:` in
 * `openspec/config.yaml`, else the built-in `spec-driven` schema (proposal → specs → design →
 * tasks, with `tasks.md` the tracked task file). Project schemas live in
 * `openspec/schemas/<name>/schema.yaml`. Schemas in the user's global data folder are not read:
 * a check in CI must not depend on the machine it runs on.
 */

/** The built-in schema's name. */
export const DEFAULT_SCHEMA = 'spec-driven';

/** The file of a change that holds its metadata. */
export const METADATA_FILE = '.openspec.yaml';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/**
 * Why `data` is not valid change metadata, or undefined when it is: an object with a non-empty
 * `schema` string and, when present, `created` as YYYY-MM-DD, a non-empty `goal`, a list of
 * non-empty `affected_areas`, an `initiative` of exactly `store` and `id` in kebab-case, and
 * boolean `skip_specs` / `retire_capabilities`. Other keys are allowed.
 */
export function metadataProblem(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return 'it is not a mapping of keys';
  const d = data as Record<string, unknown>;
  const str = (v: unknown) => typeof v === 'string';
  if (!str(d.schema) || (d.schema as string).length === 0)
    return 'schema: a schema name is required';
  if ('created' in d && d.created !== undefined) {
    if (!str(d.created) || !/^\d{4}-\d{2}-\d{2}$/.test(d.created as string))
      return 'created: must be a YYYY-MM-DD date';
  }
  if ('goal' in d && d.goal !== undefined && (!str(d.goal) || (d.goal as string).length === 0))
    return 'goal: must be non-empty text';
  if ('affected_areas' in d && d.affected_areas !== undefined) {
    const a = d.affected_areas;
    if (!Array.isArray(a) || a.some((x) => !str(x) || (x as string).length === 0))
      return 'affected_areas: must be a list of names';
  }
  if ('initiative' in d && d.initiative !== undefined) {
    const i = d.initiative as Record<string, unknown> | null;
    const ok =
      typeof i === 'object' &&
      i !== null &&
      Object.keys(i).every((k) => k === 'store' || k === 'id') &&
      str(i.store) &&
      KEBAB.test(i.store as string) &&
      str(i.id) &&
      KEBAB.test(i.id as string);
    if (!ok) return 'initiative: must be { store, id } in kebab-case';
  }
  for (const key of ['skip_specs', 'retire_capabilities']) {
    if (key in d && d[key] !== undefined && typeof d[key] !== 'boolean')
      return `${key}: must be true or false`;
  }
  return undefined;
}

/** A workflow schema, as far as these checks need it. */
export interface WorkflowSchema {
  name: string;
  builtIn: boolean;
  /** The `generates` glob of the artifact whose checkboxes count as the change's tasks. */
  tasks?: string;
}

/** Names of the project's own schemas: folders of openspec/schemas holding a schema.yaml. */
function projectSchemaNames(root: string): string[] {
  const dir = join(root, 'openspec', 'schemas');
  try {
    return readdirSync(dir).filter((name) => {
      try {
        return (
          statSync(join(dir, name)).isDirectory() && existsSync(join(dir, name, 'schema.yaml'))
        );
      } catch {
        return false;
      }
    });
  } catch {
    return [];
  }
}

/**
 * Loads a schema by name: a project schema first, then the built-in one. Returns an error text
 * when there is no such schema or its schema.yaml is not a list of artifacts.
 */
export function loadSchema(root: string, name: string): WorkflowSchema | { error: string } {
  if (projectSchemaNames(root).includes(name)) {
    let data: unknown;
    try {
      data = loadYaml().parse(
        // Never through a link that leads out of the workspace (io/boundary.ts).
        readWorkspaceText(root, join('openspec', 'schemas', name, 'schema.yaml')),
      );
    } catch (e) {
      return { error: `schema "${name}" cannot be read: ${(e as Error).message.split('\n')[0]}` };
    }
    const d = data as { artifacts?: unknown; apply?: { tracks?: unknown } } | null;
    const artifacts = Array.isArray(d?.artifacts)
      ? (d.artifacts as Array<{ id?: unknown; generates?: unknown }>)
      : undefined;
    if (
      !artifacts ||
      artifacts.some((a) => typeof a?.id !== 'string' || typeof a?.generates !== 'string')
    )
      return { error: `schema "${name}" has no valid list of artifacts` };
    const tracks = d?.apply?.tracks;
    const tracked =
      typeof tracks === 'string'
        ? artifacts.find((a) => a.generates === tracks)
        : artifacts.find((a) => a.id === 'tasks');
    const schema: WorkflowSchema = { name, builtIn: false };
    if (tracked) schema.tasks = tracked.generates as string;
    return schema;
  }
  if (name === DEFAULT_SCHEMA) return { name, builtIn: true, tasks: 'tasks.md' };
  const known = [DEFAULT_SCHEMA, ...projectSchemaNames(root)].join(', ');
  return { error: `unknown schema "${name}" (available: ${known})` };
}

/** The schema named in openspec/config.yaml (or .yml), if any. */
function configuredSchema(root: string): string | undefined {
  for (const file of ['config.yaml', 'config.yml']) {
    const path = join(root, 'openspec', file);
    if (!existsSync(path)) continue;
    try {
      const data = loadYaml().parse(readWorkspaceText(root, path)) as { schema?: unknown } | null;
      return typeof data?.schema === 'string' && data.schema ? data.schema : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** What a change's `.openspec.yaml` says, read without throwing. */
export interface ChangeMetadata {
  /** The parsed metadata when the file exists and is valid. */
  data?: Record<string, unknown>;
  /** Why the file cannot be used (it exists but is unreadable, not YAML, or invalid). */
  problem?: string;
  /** skip_specs: true, honoured (valid metadata whose schema loads). */
  skipSpecs: boolean;
  /** Why a skip_specs the file sets cannot be honoured. */
  skipSpecsProblem?: string;
}

/**
 * Reads `<changeDir>/.openspec.yaml` (absolute folder). A missing file is fine. The skip_specs
 * marker counts only when the whole file is valid metadata and its schema loads; when the file
 * sets the marker (to anything but false) and cannot be used, `skipSpecsProblem` says why.
 */
export function readChangeMetadata(root: string, changeDir: string): ChangeMetadata {
  let raw: string;
  try {
    raw = readWorkspaceText(root, join(changeDir, METADATA_FILE));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { skipSpecs: false };
    const why = `the file cannot be read (${code ?? (e as Error).message})`;
    return { problem: why, skipSpecs: false, skipSpecsProblem: why };
  }
  const { parse } = loadYaml();
  let parsed: unknown;
  try {
    parsed = parse(raw);
  } catch {
    const mentioned = /^\s*(['"]?)skip_specs\1\s*:/m.test(raw);
    const why = 'the file is not valid YAML';
    return mentioned
      ? { problem: why, skipSpecs: false, skipSpecsProblem: why }
      : { problem: why, skipSpecs: false };
  }
  const problem = metadataProblem(parsed);
  if (problem) {
    const obj = parsed as Record<string, unknown> | null;
    const mentioned =
      typeof obj === 'object' && obj !== null && 'skip_specs' in obj && obj.skip_specs !== false;
    return mentioned
      ? { problem, skipSpecs: false, skipSpecsProblem: problem }
      : { problem, skipSpecs: false };
  }
  const data = parsed as Record<string, unknown>;
  if (data.skip_specs !== true) return { data, skipSpecs: false };
  const schema = loadSchema(root, data.schema as string);
  if ('error' in schema)
    return { data, skipSpecs: false, skipSpecsProblem: `schema: ${schema.error}` };
  return { data, skipSpecs: true };
}

/**
 * The workflow schema of a change: its metadata's, else the project config's, else spec-driven.
 * Undefined when the metadata is unusable or the schema does not load (OpenSpec then neither
 * counts task checkboxes nor checks task numbering).
 */
export function changeSchema(
  root: string,
  changeDir: string,
  metadata: ChangeMetadata,
): WorkflowSchema | undefined {
  if (metadata.problem) return undefined;
  const name =
    (metadata.data?.schema as string | undefined) ?? configuredSchema(root) ?? DEFAULT_SCHEMA;
  const schema = loadSchema(root, name);
  return 'error' in schema ? undefined : schema;
}

/**
 * The task files a schema tracks in a change folder (absolute), sorted: the file its tasks
 * artifact generates, or every file its glob matches. [] when the schema tracks none.
 */
export function trackedTaskFiles(changeDir: string, schema: WorkflowSchema | undefined): string[] {
  const pattern = schema?.tasks;
  if (!pattern) return [];
  if (!/[*?[{]/.test(pattern)) {
    try {
      return statSync(join(changeDir, pattern)).isFile() ? [join(changeDir, pattern)] : [];
    } catch {
      return [];
    }
  }
  return globSync(pattern, {
    cwd: changeDir,
    absolute: true,
    onlyFiles: true,
    expandDirectories: false,
  })
    .map((p) => p)
    .sort();
}
