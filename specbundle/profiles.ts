import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { DIALECTS, findDialect } from '../kanban/dialects/index.js';
import { BoundaryError, readWorkspaceText } from '../io/boundary.js';
import { loadYaml } from '../io/yaml.js';
import type { Diagnostic } from '../model/types.js';
import schema from '../schemas/spec-profile.schema.json' with { type: 'json' };
import openspec from '../schemas/spec-profiles/openspec.json' with { type: 'json' };
import platformKit from '../schemas/spec-profiles/platform-kit.json' with { type: 'json' };
import specKit from '../schemas/spec-profiles/spec-kit.json' with { type: 'json' };
import { LINT_RULE_IDS } from './checks/lint.js';
import { MESSAGES } from './rules.js';
import type { LintSettings, SpecBundleSettings, SpecProfile } from './types.js';

/** schemas/spec-profile.schema.json, for callers that compile schemas which refer to it. */
export const specProfileSchema = schema;

/** The built-in profiles, as data (schemas/spec-profiles/*.json), in the order they are tried. */
export const BUILTIN_PROFILES: readonly SpecProfile[] = [platformKit, specKit, openspec].map(
  // The JSON's literal types are wider than the profile's unions; the test suite validates these
  // files against the schema.
  (p) => p as unknown as SpecProfile,
);

let compiled: { profile: ValidateFunction; settings: ValidateFunction } | undefined;

/** The profile schema compiled once (ajv, JSON Schema 2020-12), with its settings definition. */
function validators(): { profile: ValidateFunction; settings: ValidateFunction } {
  if (!compiled) {
    // strictTuples is off for `[severity, options?]`, whose second item is optional (as in the
    // config schema's rule settings).
    const ajv = new Ajv2020({
      allErrors: true,
      strict: true,
      strictTuples: false,
      allowUnionTypes: true,
    });
    const profile = ajv.compile(schema);
    const settings = ajv.getSchema(`${schema.$id}#/$defs/settings`);
    if (!settings) throw new Error('spec-profile.schema.json has no $defs/settings');
    compiled = { profile, settings };
  }
  return compiled;
}

/** Where data came from, so that a problem can name the file and line of the offending key. */
export interface DataSource {
  /** Workspace-relative file the data was read from, for diagnostics. */
  path: string;
  /** JSON Pointer of the data inside that file ('' when it is the whole file). */
  pointer: string;
  /** Line and column of a JSON Pointer into the file; line 1 when absent. */
  locate?: (pointer: string) => { line: number; column: number };
  /** `config` for the config file's specBundle block: keys are named from the file's top. */
  kind?: 'profile' | 'config';
}

/**
 * A locator for JSON or YAML text: JSON Pointer → 1-based line and column of that key's value,
 * read with the YAML parser (JSON is YAML) the way config/load.ts does. Unknown pointers give the
 * nearest existing ancestor.
 */
export function textLocator(text: string): (pointer: string) => { line: number; column: number } {
  const { isNode, LineCounter, parseDocument } = loadYaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  return (pointer) => {
    const keys = pointer
      .split('/')
      .slice(1)
      .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
      .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    for (let n = keys.length; n >= 0; n--) {
      const node = n ? doc.getIn(keys.slice(0, n), true) : doc.contents;
      if (isNode(node) && node.range) {
        const { line, col } = lineCounter.linePos(node.range[0]);
        return { line, column: col };
      }
    }
    return { line: 1, column: 1 };
  };
}

function invalid(source: DataSource, pointer: string, message: string): Diagnostic {
  const { line, column } = source.locate?.(source.pointer + pointer) ?? { line: 1, column: 1 };
  return {
    rule: source.kind === 'config' ? 'invalid-config' : 'invalid-profile',
    severity: 'error',
    message,
    path: source.path,
    line,
    column,
    fatal: true,
  };
}

const keyOf = (pointer: string): string =>
  pointer ? `key "${pointer.slice(1).split('/').join('.')}" ` : '';

/** "Profile key "bundles.0.glob" " or "Config key "specBundle.failOn" ". */
function where(source: DataSource, pointer: string): string {
  return source.kind === 'config'
    ? `Config ${keyOf(source.pointer + pointer)}`
    : `Profile ${keyOf(pointer)}`;
}

/** Schema errors as diagnostics: one per instance location, the most specific message first. */
function schemaErrors(errors: ErrorObject[], source: DataSource): Diagnostic[] {
  const byPointer = new Map<string, ErrorObject>();
  for (const e of errors) {
    // A failed oneOf also reports each branch; the branch messages say more.
    if (e.keyword === 'oneOf' && errors.some((o) => o !== e && o.instancePath === e.instancePath))
      continue;
    if (!byPointer.has(e.instancePath)) byPointer.set(e.instancePath, e);
  }
  return [...byPointer.values()].map((e) => {
    let message = e.message ?? 'is invalid';
    let at = e.instancePath;
    if (e.keyword === 'additionalProperties') {
      const key = (e.params as { additionalProperty: string }).additionalProperty;
      message = `has unknown key "${key}"`;
      // Point at the unknown key's own line rather than at its object's first line.
      at = `${e.instancePath}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    } else if (e.keyword === 'enum') {
      message = `must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    }
    return invalid(source, at, MESSAGES.invalidProfile(where(source, e.instancePath), message));
  });
}

/** Lint rule ids a lint block names that the preset does not have. */
function lintProblems(lint: LintSettings | undefined, pointer: string, source: DataSource) {
  const out: Diagnostic[] = [];
  for (const id of Object.keys(lint?.rules ?? {})) {
    if (LINT_RULE_IDS.includes(id)) continue;
    const at = `${pointer}/rules/${id}`;
    out.push(invalid(source, at, MESSAGES.unknownLintRule(where(source, at), id, LINT_RULE_IDS)));
  }
  return out;
}

/** What the schema cannot say: regular expressions compile, dialects and lint rules exist. */
function semanticProblems(profile: SpecProfile, source: DataSource): Diagnostic[] {
  const out: Diagnostic[] = [];
  const regex = (value: string | undefined, pointer: string): void => {
    if (value === undefined) return;
    try {
      new RegExp(value);
    } catch (e) {
      out.push(
        invalid(
          source,
          pointer,
          MESSAGES.invalidRegex(where(source, pointer), (e as Error).message),
        ),
      );
    }
  };
  const known = DIALECTS.map((d) => d.id);
  const files = (list: SpecProfile['shared'], at: string): void =>
    (list ?? []).forEach((f, i) => {
      (f.headings ?? []).forEach((h, j) => {
        if (typeof h !== 'string') {
          regex(h.pattern, `${at}/${i}/headings/${j}/pattern`);
          regex(h.contains, `${at}/${i}/headings/${j}/contains`);
        }
      });
      (f.forbidden ?? []).forEach((p, j) => regex(p.pattern, `${at}/${i}/forbidden/${j}/pattern`));
      const dialect = f.tasks?.dialect;
      if (dialect && !findDialect(dialect)) {
        const pointer = `${at}/${i}/tasks/dialect`;
        out.push(
          invalid(source, pointer, MESSAGES.unknownDialect(where(source, pointer), dialect, known)),
        );
      }
    });
  profile.bundles.forEach((layout, i) => {
    regex(layout.namePattern, `/bundles/${i}/namePattern`);
    regex(layout.coverage?.pattern, `/bundles/${i}/coverage/pattern`);
    files(layout.files, `/bundles/${i}/files`);
  });
  files(profile.shared, '/shared');
  (profile.forbidden ?? []).forEach((p, j) => regex(p.pattern, `/forbidden/${j}/pattern`));
  out.push(...lintProblems(profile.lint, '/lint', source));
  return out;
}

/**
 * Validates one profile against schemas/spec-profile.schema.json and checks what the schema
 * cannot (regular expressions compile, named dialects and lint rules exist). Returns the profile
 * when it is usable, else fatal `invalid-profile` diagnostics that point at the offending key.
 */
export function validateProfile(
  data: unknown,
  source: DataSource,
): { profile?: SpecProfile; diagnostics: Diagnostic[] } {
  const v = validators().profile;
  if (!v(data)) return { diagnostics: schemaErrors(v.errors ?? [], source) };
  const profile = data as SpecProfile;
  const diagnostics = semanticProblems(profile, source);
  return diagnostics.length ? { diagnostics } : { profile, diagnostics };
}

/**
 * Validates the config's `specBundle` block (schemas/spec-profile.schema.json#/$defs/settings),
 * including every custom profile in it. Problems are fatal `invalid-profile` diagnostics.
 */
export function validateSettings(
  data: unknown,
  source: DataSource,
): { settings?: SpecBundleSettings; diagnostics: Diagnostic[] } {
  const v = validators().settings;
  if (!v(data)) return { diagnostics: schemaErrors(v.errors ?? [], source) };
  const settings = data as SpecBundleSettings;
  const diagnostics: Diagnostic[] = [];
  (settings.custom ?? []).forEach((p, i) =>
    diagnostics.push(
      ...semanticProblems(p, { ...source, pointer: `${source.pointer}/custom/${i}` }),
    ),
  );
  diagnostics.push(...lintProblems(settings.lint, '/lint', source));
  return diagnostics.length ? { diagnostics } : { settings, diagnostics };
}

/**
 * Reads a profile file: JSON holding one profile or an array of profiles, relative to `root`.
 * An unreadable file, invalid JSON or an invalid profile gives fatal `invalid-profile`
 * diagnostics with the file's line; never throws.
 */
export function loadProfileFile(
  root: string,
  path: string,
): { profiles: SpecProfile[]; diagnostics: Diagnostic[] } {
  const fail = (message: string, line = 1, column = 1) => ({
    profiles: [],
    diagnostics: [invalid({ path, pointer: '', locate: () => ({ line, column }) }, '', message)],
  });
  let text: string;
  try {
    // Profile files are named by the config, which a pull request can change: inside the
    // workspace only, and never through a link that leads out (io/boundary.ts).
    text = readWorkspaceText(root, path);
  } catch (e) {
    if (e instanceof BoundaryError) return fail(`Profile file not read: ${e.message}`);
    const why = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    return fail(`Profile file ${path} cannot be read: ${why}.`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    // Node's message quotes a multi-line excerpt; the position is what helps, as line and column.
    const at = /position (\d+)/.exec((e as Error).message);
    const yamlAt = loadYaml().parseDocument(text).errors[0]?.linePos?.[0];
    let line = yamlAt?.line ?? 1;
    let column = yamlAt?.col ?? 1;
    if (at) {
      const before = text.slice(0, Number(at[1])).split('\n');
      line = before.length;
      column = (before[before.length - 1] as string).length + 1;
    }
    return fail(
      `Profile file ${path} is not valid JSON (line ${line}, column ${column}).`,
      line,
      column,
    );
  }
  const locate = textLocator(text);
  const items = Array.isArray(data) ? data : [data];
  const profiles: SpecProfile[] = [];
  const diagnostics: Diagnostic[] = [];
  items.forEach((item, i) => {
    const checked = validateProfile(item, {
      path,
      pointer: Array.isArray(data) ? `/${i}` : '',
      locate,
    });
    diagnostics.push(...checked.diagnostics);
    if (checked.profile) profiles.push(checked.profile);
  });
  return { profiles, diagnostics };
}
