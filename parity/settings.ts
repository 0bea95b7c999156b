import type { Config, LoadedConfig } from '../config/load.js';
import { loadConfig } from '../config/load.js';
import type { Diagnostic } from '../model/types.js';
import { DEFAULT_THRESHOLD } from './gate.js';

/** The `parity` key of boardwright.config.* (schemas/config.schema.json). */
export interface ParityConfig {
  /** Knowledge-base folder, relative to the workspace root. Default kb/parity. */
  kb?: string;
  /** Points the score may drop before `parity gate` fails. Default 5. */
  threshold?: number;
  /** Run `command` contracts. Default false. Ignored by the Action (its input decides). */
  allowCommands?: boolean;
  /** The committed baseline matrix, relative to the root, for `parity gate`. */
  baseline?: string;
}

/** Folder read when neither the command line, the Action nor the config names one. */
export const DEFAULT_KB = 'kb/parity';
/** Where `parity run` writes the matrix by default. */
export const DEFAULT_OUT = 'parity-matrix.json';

/** What a parity command was asked to do; unset fields fall back to the config, then defaults. */
export interface ParityRequest {
  /** Workspace root (absolute or relative to the process's cwd). */
  root: string;
  /** Config file relative to root (default boardwright.config.{yaml,yml,json}). */
  configPath?: string;
  kb?: string;
  /** Matrix file to write (run: default DEFAULT_OUT; gate: only when set). */
  out?: string;
  allowCommands?: boolean;
  threshold?: number;
  baseline?: string;
  baseRef?: string;
  /**
   * gate: the ref to read the baseline from when neither `baseline`, `baseRef` nor the config's
   * parity.baseline says where it is (the Action passes the pull request's base commit).
   */
  fallbackBaseRef?: string;
  updateBaseline?: boolean;
}

/** A request with the config applied. */
export interface ParitySettings {
  kb: string;
  allowCommands: boolean;
  threshold: number;
  baseline?: string;
  config: LoadedConfig;
}

/**
 * Applies the config's `parity` key under the request: request → config → defaults. Returns the
 * config's fatal diagnostics instead when it is unusable, and a fatal `invalid-option` for a
 * threshold that is not a number from 0 to 100.
 */
export function resolveSettings(
  root: string,
  request: ParityRequest,
):
  | { settings: ParitySettings; diagnostics?: undefined }
  | { settings?: undefined; diagnostics: Diagnostic[] } {
  const config = loadConfig(root, request.configPath);
  if (config.diagnostics.some((d) => d.fatal)) return { diagnostics: config.diagnostics };
  const parity = (config.config as Config & { parity?: ParityConfig }).parity ?? {};
  const threshold = request.threshold ?? parity.threshold ?? DEFAULT_THRESHOLD;
  if (!Number.isFinite(threshold) || threshold < 0 || threshold > 100) {
    return {
      diagnostics: [
        {
          rule: 'invalid-option',
          severity: 'error',
          message: `The threshold must be a number of points from 0 to 100, not "${threshold}".`,
          path: config.path ?? '.',
          line: 1,
          column: 1,
          fatal: true,
        },
      ],
    };
  }
  const baseline = request.baseline ?? parity.baseline;
  return {
    settings: {
      kb: request.kb ?? parity.kb ?? DEFAULT_KB,
      allowCommands: request.allowCommands ?? parity.allowCommands ?? false,
      threshold,
      ...(baseline ? { baseline } : {}),
      config,
    },
  };
}
