/**
 * The `yaml` package (eemeli/yaml 2.x), loaded on first use. Most runs never read YAML (a board
 * without front matter, a workspace without a config file), and compiling the package is a
 * sizeable share of a short command's start, so no module imports it statically: every reader
 * and writer of YAML calls `loadYaml()` when it has YAML in hand, and imports only types from
 * 'yaml'. The load is synchronous (`require`), because the read pipeline is.
 *
 * From the sources (tests) the installed package is required. The bundle carries its own copy,
 * `dist/vendor/yaml.cjs` (scripts/build.mjs), so that the Actions run from the committed `dist/`
 * without node_modules; this module is bundled into `dist/`, `dist/chunks/` or `dist/actions/`,
 * so the copy is looked for beside it and one folder up. Either way the process holds one
 * instance of the package, the one every caller gets.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as Yaml from 'yaml';

/** The `yaml` package's exports (`parse`, `parseDocument`, `isNode`, `LineCounter`, …). */
export type YamlModule = typeof Yaml;

/** Set by scripts/build.mjs: the vendored copy's path below `dist/`; absent in the sources. */
declare const __BOARDWRIGHT_YAML__: string | undefined;

let loaded: YamlModule | undefined;

/**
 * The `yaml` module, required on the first call and the same object on every later one. Throws
 * an Error naming the places looked in when the bundle's copy is missing (a damaged install).
 */
export function loadYaml(): YamlModule {
  loaded ??= requireYaml();
  return loaded;
}

function requireYaml(): YamlModule {
  const requireHere = createRequire(import.meta.url);
  if (typeof __BOARDWRIGHT_YAML__ !== 'string') return requireHere('yaml') as YamlModule;
  const here = dirname(fileURLToPath(import.meta.url));
  const tried = [join(here, __BOARDWRIGHT_YAML__), join(here, '..', __BOARDWRIGHT_YAML__)];
  const found = tried.find((candidate) => existsSync(candidate));
  if (!found) {
    throw new Error(
      `boardwright's YAML reader is missing (looked in ${tried.join(', ')}); reinstall boardwright.`,
    );
  }
  return requireHere(found) as YamlModule;
}
