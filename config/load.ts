import { lstatSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CONFIG_FILES } from './files.js';
import { BoundaryError, isWithin, readWorkspaceText, toWorkspacePath } from '../io/boundary.js';
import { loadYaml } from '../io/yaml.js';
import type { Diagnostic, Severity, Status } from '../model/types.js';
import { validateConfigData } from '../model/validate.js';
import { DEFAULT_LIMITS, type ReadLimits } from '../kanban/limits.js';
import type { SpecBundleSettings } from '../specbundle/types.js';

/** Rule setting as written in the config: a severity or `off`, optionally with options. */
export type RuleSetting = Severity | 'off' | [Severity | 'off', Record<string, unknown>?];

/** The config file's content, as described by schemas/config.schema.json. */
export interface Config {
  include?: string[];
  exclude?: string[];
  out?: string;
  dialects?: Record<string, string>;
  status?: { map?: Record<string, Status> };
  wip?: Record<string, number>;
  rules?: Record<string, RuleSetting>;
  failOn?: Severity;
  limits?: Partial<ReadLimits>;
  diagrams?: DiagramsSettings;
  specBundle?: SpecBundleSettings;
  parity?: { kb?: string; threshold?: number; allowCommands?: boolean; baseline?: string };
  sync?: {
    repo?: string;
    label?: string;
    boards?: string[];
    onlyOpen?: boolean;
    limit?: number;
    assignees?: Record<string, string>;
  };
  /** The parse cache: false turns it off; `dir` is a folder inside the workspace. */
  cache?: boolean | { dir?: string };
}

/** File names looked for at the workspace root, in order (config/files.ts). */
export { CONFIG_FILES };

export interface LoadedConfig {
  config: Config;
  /** Path of the file read, relative to the root; absent when defaults are used. */
  path?: string;
  limits: ReadLimits;
  /** Problems with the file; any of them makes the config unusable (exit 2). */
  diagnostics: Diagnostic[];
}

/**
 * Loads the config from `explicitPath` (relative to `root`, or absolute) or the first of
 * CONFIG_FILES in `root`. A config file inside the workspace is read only if its real path stays
 * inside it (io/boundary.ts); otherwise the diagnostic names the link. YAML and JSON are
 * both read with the YAML parser (JSON is YAML), so every schema error can point at the line of
 * the offending key. Never throws.
 */
export function loadConfig(root: string, explicitPath?: string): LoadedConfig {
  const base = resolve(root);
  const given = explicitPath ?? CONFIG_FILES.find((f) => exists(join(base, f)));
  if (!given) return { config: {}, limits: DEFAULT_LIMITS, diagnostics: [] };
  const full = resolve(base, given);
  // A config inside the workspace is read under the workspace boundary (no link leading out); one
  // named outside it (`-c /etc/boardwright.yaml`) is the caller's explicit choice.
  const inside = isWithin(base, full);
  const rel = inside ? toWorkspacePath(base, full) : full;
  let text: string;
  try {
    text = inside ? readWorkspaceText(base, rel) : readFileSync(full, 'utf8');
  } catch (e) {
    return failed(
      rel,
      1,
      e instanceof BoundaryError
        ? `Config file not read: ${e.message}`
        : `Config file cannot be read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`,
    );
  }
  const { isNode, LineCounter, parseDocument } = loadYaml();
  if (rel.endsWith('.json')) {
    try {
      JSON.parse(text);
    } catch (e) {
      const message = (e as Error).message;
      const at = /position (\d+)/.exec(message);
      // Older Node versions name no position; the YAML parser (JSON is YAML) can still place it.
      const line = at
        ? text.slice(0, Number(at[1])).split('\n').length
        : (parseDocument(text).errors[0]?.linePos?.[0]?.line ?? 1);
      return failed(rel, line, `Config file is not valid JSON: ${message}`);
    }
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = yamlError.linePos?.[0]?.line ?? 1;
    return failed(
      rel,
      line,
      `Config file is not valid YAML/JSON: ${yamlError.message.split('\n')[0]}`,
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (e) {
    return failed(rel, 1, `Config file cannot be read: ${(e as Error).message}`);
  }
  const errors = validateConfigData(data);
  if (errors.length > 0) {
    const diagnostics = errors.map((err) => {
      const path = err.pointer
        .split('/')
        .slice(1)
        .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
      const node = path.length ? doc.getIn(path, true) : doc.contents;
      const offset = isNode(node) && node.range ? node.range[0] : 0;
      const { line, col } = lineCounter.linePos(offset);
      const key = path.length ? path.join('.') : '(top level)';
      return {
        rule: 'invalid-config',
        severity: 'error' as const,
        message: `Config key "${key}" ${err.message}. See schemas/config.schema.json.`,
        path: rel,
        line,
        column: col,
        fatal: true,
      };
    });
    return { config: {}, path: rel, limits: DEFAULT_LIMITS, diagnostics };
  }
  const config = data as Config;
  return { config, path: rel, limits: { ...DEFAULT_LIMITS, ...config.limits }, diagnostics: [] };
}

/** Whether a name exists at all (a link counts, even one that leads nowhere or outside). */
function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function failed(path: string, line: number, message: string): LoadedConfig {
  return {
    config: {},
    path,
    limits: DEFAULT_LIMITS,
    diagnostics: [
      { rule: 'invalid-config', severity: 'error', message, path, line, column: 1, fatal: true },
    ],
  };
}

/** `diagrams` in the config: the user diagrams (draw.io, Mermaid) and their exports. */
export interface DiagramsSettings {
  user?: boolean;
  include?: string[];
  exclude?: string[];
  exports?: Array<{
    source: string;
    page?: number | string;
    block?: number;
    export: string;
    scale?: number;
    border?: number;
  }>;
  tolerance?: { threshold?: number; maxDiffRatio?: number };
}
