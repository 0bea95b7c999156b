// Bundles the CLI and the library entry into dist/ with esbuild. The bundle is committed so
// that the Actions run without an install step; CI rebuilds it and fails on any difference.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';

rmSync('dist', { recursive: true, force: true });

// The parse cache keys its entries by the code that made them: a hash of every committed source
// file and the lockfile, so that a cache never serves results of other code with the same
// version. Only committed files count, so that a fresh clone builds the same bytes.
function listed() {
  try {
    return execFileSync('git', ['ls-files', '-z', '--', '.'], { encoding: 'utf8' });
  } catch {
    return 'package.json\0package-lock.json'; // not a git checkout: the dependencies at least
  }
}
const committed = listed()
  .split('\0')
  .filter((f) => f && !/^(dist|test|examples|bench)\//.test(f) && existsSync(f))
  .sort();
const buildHash = createHash('sha256');
for (const file of committed) buildHash.update(`${file}\0`).update(readFileSync(file));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

// Modules most runs never need stay out of the chunks the CLI, the library and the Actions
// import: io/on-demand.ts requires these self-contained CommonJS copies on first use. A static
// import of 'yaml' anywhere would pull the package back in, so it fails the build.
const VENDOR = 'vendor';
const onDemand = {
  yaml: createRequire(import.meta.url).resolve('yaml'),
  'config-validator': 'model/generated/config-validator.cjs',
};
const yamlOnDemand = {
  name: 'yaml-on-demand',
  setup(b) {
    b.onResolve({ filter: /^yaml$/ }, (args) => ({
      errors: [{ text: `${args.importer} imports 'yaml'; use loadYaml() from io/yaml.ts instead` }],
    }));
  },
};

// fdir (tinyglobby's walker) requires picomatch from node_modules as it is imported, for its glob()
// method, which tinyglobby never calls: it filters with picomatch matchers of its own, bundled.
// In the bundle that require is a second, unbundled picomatch compiled at every start wherever
// node_modules exists (an install, not the Actions), so it is dropped; the build fails if fdir's
// code changes and the require is no longer there to drop.
const FDIR_PICOMATCH = /\t__require\.resolve\("picomatch"\);\n\tpm = __require\("picomatch"\);\n/;
const fdirWithoutGlob = {
  name: 'fdir-without-glob',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]fdir[\\/]dist[\\/]index\.mjs$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (!FDIR_PICOMATCH.test(text)) {
        return { errors: [{ text: `${args.path} no longer requires picomatch as expected` }] };
      }
      return { contents: text.replace(FDIR_PICOMATCH, ''), loader: 'js' };
    });
  },
};

// mdast-util-from-markdown calls every token handler with a fresh copy of its compile context
// (`{ ...context, sliceSerialize }`), one object per micromark event: on a 10,000-task board that
// is millions of short-lived objects, about a tenth of the parse's time and much of its garbage.
// The copies differ only in `sliceSerialize`, which changes with the tokenizer, so the bundle
// makes one copy per run of events from the same tokenizer. No handler writes to its `this`;
// test/parse.test.ts compares the bundle's trees with the package's. The build fails if the code
// it rewrites changes.
const CONTEXT_COPY =
  /\{\s*\.\.\.context,\s*sliceSerialize: events\[index\]\[2\]\.sliceSerialize\s*\}/g;
const CONTEXT_COPIES = 3;
const LIST_STACK = /\n(\s*)const listStack = \[\];/;
const THIS_FOR = [
  'const thisByTokenizer = new Map();',
  'let lastTokenizer, lastThis;',
  'const thisFor = (tokenizer) => {',
  '  if (tokenizer === lastTokenizer) return lastThis;',
  '  lastTokenizer = tokenizer;',
  '  lastThis = thisByTokenizer.get(tokenizer);',
  '  if (lastThis) return lastThis;',
  '  lastThis = { ...context, sliceSerialize: tokenizer.sliceSerialize };',
  '  thisByTokenizer.set(tokenizer, lastThis);',
  '  return lastThis;',
  '};',
];
const fromMarkdownOneContextPerTokenizer = {
  name: 'from-markdown-one-context-per-tokenizer',
  setup(b) {
    b.onLoad(
      { filter: /[\\/]node_modules[\\/]mdast-util-from-markdown[\\/]lib[\\/]index\.js$/ },
      (args) => {
        const text = readFileSync(args.path, 'utf8');
        const copies = text.match(CONTEXT_COPY)?.length ?? 0;
        if (copies !== CONTEXT_COPIES || !LIST_STACK.test(text)) {
          const found = `${copies} context copies, ${LIST_STACK.test(text) ? 'a' : 'no'} list stack`;
          return { errors: [{ text: `${args.path} changed: ${found}; revisit the rewrite` }] };
        }
        const contents = text
          .replace(
            LIST_STACK,
            (line, indent) => THIS_FOR.map((l) => `\n${indent}${l}`).join('') + line,
          )
          .replace(CONTEXT_COPY, 'thisFor(events[index][2])');
        return { contents, loader: 'js' };
      },
    );
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  // Some CommonJS dependencies call require() on Node built-ins; give the ESM bundle one.
  define: {
    __BOARDWRIGHT_VERSION__: JSON.stringify(pkg.version),
    __BOARDWRIGHT_BUILD__: JSON.stringify(buildHash.digest('hex').slice(0, 16)),
    __BOARDWRIGHT_VENDOR__: JSON.stringify(VENDOR),
  },
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
  entryPoints: { cli: 'cli/bin.ts', index: 'index.ts', ...actions },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  plugins: [yamlOnDemand, fdirWithoutGlob, fromMarkdownOneContextPerTokenizer],
});
await build({
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  entryPoints: onDemand,
  outdir: `dist/${VENDOR}`,
  outExtension: { '.js': '.cjs' },
});
