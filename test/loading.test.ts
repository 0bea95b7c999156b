import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const DIST = join(ROOT, 'dist');

/** The relative imports of a bundled file: static (loaded with it) and dynamic (on demand). */
function imports(file: string): { static: string[]; dynamic: string[] } {
  const src = readFileSync(file, 'utf8');
  const at = (m: RegExpMatchArray): string => resolve(dirname(file), (m[1] ?? m[2])!);
  return {
    static: [
      ...src.matchAll(/^(?:import|export)\s[^;]*?from\s*"(\.[^"]+)"|^import\s*"(\.[^"]+)"/gm),
    ].map(at),
    dynamic: [...src.matchAll(/import\(\s*"(\.[^"]+)"\s*\)/g)].map(at),
  };
}

/** Every file loaded with `entries`, following static imports. */
function closure(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const todo = [...entries];
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    todo.push(...imports(file).static);
  }
  return seen;
}

/** The packages bundled into `files`, from esbuild's `// node_modules/<pkg>/…` comments. */
function packages(files: Set<string>): Set<string> {
  const found = new Set<string>();
  for (const file of files)
    for (const m of readFileSync(file, 'utf8').matchAll(
      /^\/\/ .*?node_modules\/((?:@[^/]+\/)?[^/\n]+)\//gm,
    ))
      found.add(m[1]!);
  return found;
}

/** The bundled module that defines `marker` among the dynamic imports of `files`. */
function loadedOnDemand(files: Set<string>, marker: RegExp): string {
  const file = [...files]
    .flatMap((f) => imports(f).dynamic)
    .find((f) => marker.test(readFileSync(f, 'utf8')));
  if (!file) throw new Error(`no module on demand matches ${marker}`);
  return file;
}

const bin = join(DIST, 'cli.js');
const atStart = closure([bin]);
const program = closure([...atStart, ...[...atStart].flatMap((f) => imports(f).dynamic)]);
const check = closure([...program, loadedOnDemand(program, /^\/\/ cli\/run\.ts$/m)]);

describe('the CLI loads what a command needs when it needs it', () => {
  it('--version loads nothing but the entry and the version', () => {
    const bytes = [...atStart].reduce((n, f) => n + readFileSync(f).length, 0);
    expect(packages(atStart).size).toBe(0);
    expect(bytes).toBeLessThan(10_000);
    const r = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
    expect(r.stdout).toBe(
      `${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n`,
    );
  });

  it("build and check never load Graphviz, resvg, Handlebars, the templates, iconv, yaml or ajv's compiler", () => {
    const loaded = packages(check);
    expect(loaded.has('unified') || loaded.has('mdast-util-from-markdown')).toBe(true);
    // yaml is required on first use (io/yaml.ts, test/yaml-on-demand.test.ts), never imported.
    const heavy = [
      '@hpcc-js/wasm-graphviz',
      '@resvg/resvg-wasm',
      'handlebars',
      'iconv-lite',
      'yaml',
    ];
    for (const name of heavy) expect(loaded.has(name), name).toBe(false);
    for (const file of check) {
      const text = readFileSync(file, 'utf8');
      expect(text).not.toMatch(/^\/\/ generators\//m);
      // The config's validator is required when there is a config file (io/on-demand.ts).
      expect(text).not.toMatch(/^\/\/ model\/generated\/config-validator/m);
      // The schemas are validated by precompiled code (model/generated/): no compiler at run time.
      expect(text, file).not.toMatch(/^\/\/ node_modules\/ajv\/dist\/compile\//m);
    }
  });

  it('the other commands are registered only when named, and all of them for --help', () => {
    const help = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
    for (const name of ['diagrams', 'site', 'init', 'changelog', 'spec-bundle', 'doc-sync'])
      expect(help.stdout).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
    const one = spawnSync(process.execPath, [bin, 'diagrams', '--help'], { encoding: 'utf8' });
    expect(one.status).toBe(0);
    expect(one.stdout).toMatch(/Usage: boardwright diagrams/);
  });
});
