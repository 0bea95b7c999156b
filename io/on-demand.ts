/**
 * CommonJS modules that most runs never need, required on first use instead of imported: the
 * yaml package (io/yaml.ts) and the config schema's validator (model/validate.ts). Compiling
 * JavaScript is a sizeable share of a short command's start, and Node 20 cannot import an ES
 * module synchronously, while the read pipeline is synchronous; `require` can.
 *
 * The sources (tests) require the module itself. The bundle cannot follow such a require, so
 * scripts/build.mjs writes a self-contained copy of each to `dist/vendor/<name>`; code that
 * calls this is bundled into `dist/`, `dist/chunks/` or `dist/actions/`, so the copy is looked
 * for beside it and one folder up. That keeps the Actions running from the committed `dist/`
 * without node_modules.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Set by scripts/build.mjs: the folder below `dist/` that holds the copies; absent in the sources. */
declare const __BOARDWRIGHT_VENDOR__: string | undefined;

/**
 * Requires `name` from `dist/vendor/` when running from the bundle, else `source` (a package name,
 * or a path relative to the file URL `from`). The module is required once: every call returns
 * the same exports. Throws an Error naming the places looked in when the bundle's copy is missing
 * (a damaged install), and whatever the module throws as it loads.
 */
export function requireOnDemand(name: string, source: string, from: string): unknown {
  let module = required.get(name);
  if (module === undefined) {
    module = requireFirst(name, source, from);
    required.set(name, module);
  }
  return module;
}

/** Modules required so far, by name: later calls look for no file. */
const required = new Map<string, unknown>();

function requireFirst(name: string, source: string, from: string): unknown {
  if (typeof __BOARDWRIGHT_VENDOR__ !== 'string') return createRequire(from)(source);
  const here = dirname(fileURLToPath(import.meta.url));
  const tried = [here, join(here, '..')].map((dir) => join(dir, __BOARDWRIGHT_VENDOR__, name));
  const found = tried.find((candidate) => existsSync(candidate));
  if (!found) {
    throw new Error(
      `boardwright's ${name} is missing (looked in ${tried.join(', ')}); reinstall boardwright.`,
    );
  }
  return createRequire(import.meta.url)(found);
}
