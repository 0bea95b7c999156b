/**
 * The `yaml` package (eemeli/yaml 2.x), loaded on first use. Most runs never read YAML (a board
 * without front matter, a workspace without a config file), so no module imports it: every
 * reader and writer of YAML calls `loadYaml()` when it has YAML in hand, and imports only types
 * from 'yaml'. Loaded with `require` (io/on-demand.ts): the installed package from the sources,
 * `dist/vendor/yaml.cjs` from the bundle. Either way the process holds one instance of the
 * package, the one every caller gets.
 */
import type * as Yaml from 'yaml';
import { requireOnDemand } from './on-demand.js';

/** The `yaml` package's exports (`parse`, `parseDocument`, `isNode`, `LineCounter`, …). */
export type YamlModule = typeof Yaml;

/**
 * The `yaml` module, required on the first call and the same object on every later one. Throws
 * an Error naming the places looked in when the bundle's copy is missing (a damaged install).
 */
export function loadYaml(): YamlModule {
  return requireOnDemand('yaml.cjs', 'yaml', import.meta.url) as YamlModule;
}
