// Bundles the CLI and the library entry into dist/ with esbuild. The bundle is committed so
// that the Actions run without an install step; CI rebuilds it and fails on any difference.
import { build } from 'esbuild';
import { existsSync, readdirSync, rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  // Some CommonJS dependencies call require() on Node built-ins; give the ESM bundle one.
  banner: {
    js: "import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);",
  },
};

// One bundle per Action (actions/<name>/main.ts → dist/actions/<name>.js). All entry points are
// built together with code splitting, so the CLI, the library and every Action share chunks.
const actions = Object.fromEntries(
  readdirSync('actions', { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(`actions/${d.name}/main.ts`))
    .map((d) => [`actions/${d.name}`, `actions/${d.name}/main.ts`]),
);
await build({
  ...common,
  entryPoints: { cli: 'cli/main.ts', index: 'index.ts', ...actions },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});
