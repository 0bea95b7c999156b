import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig } from '../config/load.js';
import { DEFAULT_LIMITS, type ReadLimits } from '../kanban/limits.js';
import type { Diagnostic } from '../model/types.js';
import {
  BUILTIN_PROFILES,
  type DataSource,
  loadProfileFile,
  textLocator,
  validateSettings,
} from './profiles.js';
import type { SpecBundleSettings, SpecProfile } from './types.js';

/** What the config and the profile files make available to one spec-bundle run. */
export interface ProfileRegistry {
  /** The config's specBundle block ({} when there is none). */
  settings: SpecBundleSettings;
  /** Every profile by id: built-in, then config custom, then profile files (later ids win). */
  registry: Map<string, SpecProfile>;
  /** Ids of the profiles in the profile files passed as options, in file order. */
  fromFiles: string[];
  /** Read limits from the config (file size, line length, nesting). */
  limits: ReadLimits;
  /** Problems with the config or the profiles; fatal ones make the run unusable. */
  diagnostics: Diagnostic[];
}

/**
 * Loads the config (boardwright.config.*, or `configPath`) and validates its specBundle block,
 * then reads the custom profiles from it and from `profileFiles` (relative to root) into one
 * registry with the built-in profiles. Never throws: every problem is a diagnostic, with the
 * file and line of the offending key.
 */
export function loadProfiles(
  root: string,
  options: { configPath?: string; profileFiles?: string[] },
): ProfileRegistry {
  const config = loadConfig(root, options.configPath);
  const registry = new Map(BUILTIN_PROFILES.map((p) => [p.id, p]));
  if (config.diagnostics.some((d) => d.fatal)) {
    return {
      settings: {},
      registry,
      fromFiles: [],
      limits: DEFAULT_LIMITS,
      diagnostics: config.diagnostics,
    };
  }
  const diagnostics: Diagnostic[] = [];
  let settings: SpecBundleSettings = {};
  // The config schema checks this block's shape; it is validated again here because only this
  // can check the profiles' regular expressions, dialects and lint rules, with their lines.
  const raw = (config.config as { specBundle?: unknown }).specBundle;
  if (raw !== undefined && config.path) {
    let locate: DataSource['locate'];
    try {
      locate = textLocator(readFileSync(resolve(root, config.path), 'utf8'));
    } catch {
      locate = undefined;
    }
    const source: DataSource = { path: config.path, pointer: '/specBundle', kind: 'config' };
    if (locate) source.locate = locate;
    const checked = validateSettings(raw, source);
    diagnostics.push(...checked.diagnostics);
    if (checked.settings) settings = checked.settings;
  }
  for (const p of settings.custom ?? []) registry.set(p.id, p);
  const fromFiles: string[] = [];
  const optionFiles = options.profileFiles ?? [];
  for (const file of [...(settings.profileFiles ?? []), ...optionFiles]) {
    const loaded = loadProfileFile(root, file);
    diagnostics.push(...loaded.diagnostics);
    for (const p of loaded.profiles) registry.set(p.id, p);
    if (optionFiles.includes(file)) fromFiles.push(...loaded.profiles.map((p) => p.id));
  }
  return { settings, registry, fromFiles, limits: config.limits, diagnostics };
}
