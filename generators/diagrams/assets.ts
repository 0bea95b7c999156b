import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Files the diagrams need at run time, relative to the package root's `assets/` folder. */
export const ASSETS = {
  /** Arimo Regular (SIL OFL 1.1, metric-compatible with Arial/Helvetica), the PNG font. */
  font: 'fonts/Arimo-Regular.ttf',
  /** @resvg/resvg-wasm's `index_bg.wasm`, copied so the committed dist bundle can load it. */
  resvgWasm: 'resvg/index_bg.wasm',
} as const;

/** Where the `assets/` fallback for each file lives in node_modules (the npm package). */
const PACKAGE_FALLBACK: Partial<Record<keyof typeof ASSETS, string>> = {
  resvgWasm: '@resvg/resvg-wasm/index_bg.wasm',
};

/**
 * Reads an asset. esbuild bundles JavaScript only, so the font and the resvg wasm ship as files
 * in `assets/` at the package root. This module runs from `generators/diagrams/` (sources,
 * tests), `dist/` or `dist/chunks/` (the bundle), so the folders above it are searched for
 * `assets/<name>` (at most four levels: the package root is never further); for the wasm the
 * installed npm package is the fallback. Throws an Error naming every place looked in when the
 * file is nowhere.
 */
export function readAsset(name: keyof typeof ASSETS): Uint8Array {
  const tried: string[] = [];
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up <= 4; up++) {
    const candidate = join(dir, 'assets', ASSETS[name]);
    tried.push(candidate);
    if (existsSync(candidate)) return readFileSync(candidate);
    if (dirname(dir) === dir) break;
    dir = dirname(dir);
  }
  const fallback = PACKAGE_FALLBACK[name];
  if (fallback) {
    try {
      return readFileSync(createRequire(import.meta.url).resolve(fallback));
    } catch {
      tried.push(`node_modules/${fallback}`);
    }
  }
  throw new Error(
    `boardwright's ${ASSETS[name]} is missing (looked in ${tried.join(', ')}); reinstall boardwright.`,
  );
}
