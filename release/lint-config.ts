import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parse as parseJs } from 'acorn';
import { loadYaml } from '../io/yaml.js';
import { ReleaseError } from './errors.js';
import { RULES, type RuleWhen } from './lint-rules.js';

/** YAML text to data, with the yaml package loaded on first use (io/yaml.ts). */
const parseYaml = (text: string): unknown => loadYaml().parse(text);

/** One configured rule: commitlint's `[level, when, value]` (level 0 off, 1 warning, 2 error). */
export interface RuleSetting {
  level: 0 | 1 | 2;
  when?: RuleWhen;
  value?: unknown;
}

/** The commit-lint configuration in force. */
export interface LintConfig {
  rules: Record<string, RuleSetting>;
  /** commitlint's default ignores (merges, reverts, fixup!/squash!/amend!, version-only commits). */
  defaultIgnores: boolean;
  /** Where it came from: a path relative to the repository, or the built-in rule set. */
  source: string;
  /** Parts of the file that are not applied, each a sentence (shown as warnings). */
  unsupported: string[];
}

/** The shareable configuration boardwright builds in. */
export const CONFIG_CONVENTIONAL = '@commitlint/config-conventional';

/** @commitlint/config-conventional 20's rules: names, levels, conditions and values. */
export function configConventional(): Record<string, RuleSetting> {
  return {
    'body-leading-blank': { level: 1, when: 'always' },
    'body-max-line-length': { level: 2, when: 'always', value: 100 },
    'footer-leading-blank': { level: 1, when: 'always' },
    'footer-max-line-length': { level: 2, when: 'always', value: 100 },
    'header-max-length': { level: 2, when: 'always', value: 100 },
    'header-trim': { level: 2, when: 'always' },
    'subject-case': {
      level: 2,
      when: 'never',
      value: ['sentence-case', 'start-case', 'pascal-case', 'upper-case'],
    },
    'subject-empty': { level: 2, when: 'never' },
    'subject-full-stop': { level: 2, when: 'never', value: '.' },
    'type-case': { level: 2, when: 'always', value: 'lower-case' },
    'type-empty': { level: 2, when: 'never' },
    'type-enum': {
      level: 2,
      when: 'always',
      value: [
        'build',
        'chore',
        'ci',
        'docs',
        'feat',
        'fix',
        'perf',
        'refactor',
        'revert',
        'style',
        'test',
      ],
    },
  };
}

/** Where commitlint (cosmiconfig) looks for its configuration in a folder, in its order. */
export const CONFIG_FILES = [
  'package.json',
  'package.yaml',
  '.commitlintrc',
  '.commitlintrc.json',
  '.commitlintrc.yaml',
  '.commitlintrc.yml',
  '.commitlintrc.js',
  '.commitlintrc.cjs',
  '.commitlintrc.mjs',
  'commitlint.config.js',
  'commitlint.config.cjs',
  'commitlint.config.mjs',
  '.commitlintrc.ts',
  '.commitlintrc.cts',
  '.commitlintrc.mts',
  'commitlint.config.ts',
  'commitlint.config.cts',
  'commitlint.config.mts',
] as const;

/** Larger configuration files are refused (they are hand-written and small). */
const MAX_CONFIG_BYTES = 256 * 1024;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** True when `path` exists and its real path is `top` or inside it. */
function inside(top: string, path: string): boolean {
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    return false;
  }
  const rel = relative(top, real);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * Finds the commitlint configuration for `startDir` the way commitlint does — the first of
 * {@link CONFIG_FILES} in `startDir`, then in each parent — but never above `root` (the
 * repository), and never through a link that leaves it. `package.json` / `package.yaml` count
 * only with a `commitlint` key. Returns the absolute path, or undefined.
 */
export function findLintConfig(root: string, startDir: string): string | undefined {
  const top = realpathSync(root);
  let dir = resolve(startDir);
  for (;;) {
    for (const name of CONFIG_FILES) {
      const file = join(dir, name);
      if (!existsSync(file) || !inside(top, file)) continue;
      if (name.startsWith('package.')) {
        try {
          const text = readFileSync(file, 'utf8');
          const data = (name.endsWith('.json') ? JSON.parse(text) : parseYaml(text)) as unknown;
          if (!isObject(data) || !('commitlint' in data)) continue;
        } catch {
          continue;
        }
      }
      return file;
    }
    const parent = dirname(dir);
    if (parent === dir || !inside(top, parent)) return undefined;
    dir = parent;
  }
}

/**
 * Loads the commitlint configuration: `file` when given (relative to `cwd`), else the one
 * {@link findLintConfig} finds, else — and always with `file` false — config-conventional,
 * built in.
 *
 * Read: JSON and YAML files, the `commitlint` key of `package.json` / `package.yaml`, and
 * JavaScript/TypeScript configurations, **without running them**: the exported object literal
 * is evaluated statically (literals, arrays, objects, spreads, top-level `const`s,
 * `RuleConfigSeverity.*`, `Infinity`). Applied: `extends` naming
 * `@commitlint/config-conventional` or relative configuration files inside the repository,
 * `rules` (every rule of @commitlint/rules) and `defaultIgnores`. Not applied, and listed in
 * `unsupported`: other shareable configurations, plugins and their rules, parser presets,
 * `ignores` functions, rules whose setting is computed by code.
 *
 * Throws ReleaseError `commitlint-config` (with the file) for a file that cannot be read or
 * parsed, has no `export default` / `module.exports`, has no rules at all, or sets a rule in a
 * way commitlint refuses (level other than 0–2, condition other than always/never).
 */
export function loadLintConfig(root: string, cwd: string, file?: string | false): LintConfig {
  const path = file === false ? undefined : file ? resolve(cwd, file) : findLintConfig(root, cwd);
  if (!path) {
    return {
      rules: configConventional(),
      defaultIgnores: true,
      source: `${CONFIG_CONVENTIONAL} (built in)`,
      unsupported: [],
    };
  }
  if (file && !existsSync(path)) {
    throw new ReleaseError(
      'commitlint-config',
      `The commitlint configuration ${file} does not exist.`,
      file,
    );
  }
  const top = existsSync(root) ? realpathSync(root) : root;
  const display = (p: string): string => {
    const rel = relative(top, p);
    return rel.startsWith('..') || isAbsolute(rel) ? p : rel.split(sep).join('/');
  };
  const unsupported: string[] = [];
  const seen = new Set<string>();
  const load = (p: string): { rules: Record<string, RuleSetting>; defaultIgnores?: boolean } => {
    const name = display(p);
    if (seen.has(p)) throw configError(name, 'extends itself (a cycle)');
    seen.add(p);
    const raw = readConfigValue(p, name);
    if (!isObject(raw)) throw configError(name, 'does not export an object');
    const rules: Record<string, RuleSetting> = {};
    const extendsList =
      raw.extends === undefined ? [] : Array.isArray(raw.extends) ? raw.extends : [raw.extends];
    for (const entry of extendsList) {
      if (entry === CONFIG_CONVENTIONAL) Object.assign(rules, configConventional());
      else if (typeof entry === 'string' && /^\.\.?\//.test(entry)) {
        const target = resolveRelativeConfig(dirname(p), entry);
        if (!target || !inside(top, target)) {
          unsupported.push(
            `${name}: extends "${entry}", which is not a configuration file inside the repository; its rules are not applied.`,
          );
          continue;
        }
        Object.assign(rules, load(target).rules);
      } else if (isUnknown(entry)) {
        unsupported.push(
          `${name}: an "extends" entry is computed by code (${entry.code}); it is not applied.`,
        );
      } else {
        unsupported.push(
          `${name}: extends "${String(entry)}", which boardwright does not build in (only ${CONFIG_CONVENTIONAL}); its rules are not applied.`,
        );
      }
    }
    if (
      raw.parserPreset !== undefined &&
      raw.parserPreset !== 'conventional-changelog-conventionalcommits'
    ) {
      unsupported.push(
        `${name}: parserPreset is not applied; headers are read with the Conventional Commits grammar of conventional-changelog-conventionalcommits.`,
      );
    }
    if (Array.isArray(raw.plugins) ? raw.plugins.length > 0 : raw.plugins !== undefined) {
      unsupported.push(`${name}: plugins are not loaded; the rules they define are not checked.`);
    }
    if (raw.ignores !== undefined && !(Array.isArray(raw.ignores) && raw.ignores.length === 0)) {
      unsupported.push(
        `${name}: "ignores" functions are code and are not run; the commits they would skip are checked.`,
      );
    }
    if (raw.rules !== undefined) {
      if (!isObject(raw.rules)) throw configError(name, 'has "rules" that are not an object');
      for (const [rule, setting] of Object.entries(raw.rules)) {
        if (isUnknown(setting)) {
          unsupported.push(
            `${name}: rule ${rule} is computed by code (${setting.code}); it is not checked.`,
          );
          continue;
        }
        if (!(rule in RULES)) {
          if (Array.isArray(setting) && setting[0] === 0) continue;
          unsupported.push(
            `${name}: rule ${rule} is not one of commitlint's own rules (a plugin's?); it is not checked.`,
          );
          continue;
        }
        rules[rule] = ruleSetting(name, rule, setting);
      }
    }
    const out: { rules: Record<string, RuleSetting>; defaultIgnores?: boolean } = { rules };
    if (typeof raw.defaultIgnores === 'boolean') out.defaultIgnores = raw.defaultIgnores;
    return out;
  };
  const loaded = load(path);
  if (!Object.keys(loaded.rules).length && !unsupported.length) {
    throw configError(
      display(path),
      'has no rules (commitlint refuses an empty configuration); add "extends": ["@commitlint/config-conventional"]',
    );
  }
  return {
    rules: loaded.rules,
    defaultIgnores: loaded.defaultIgnores ?? true,
    source: display(path),
    unsupported,
  };
}

function configError(name: string, what: string): ReleaseError {
  return new ReleaseError(
    'commitlint-config',
    `The commitlint configuration ${name} ${what}.`,
    name,
    1,
  );
}

/** A relative `extends` target: the path as given, or with a configuration extension added. */
function resolveRelativeConfig(dir: string, entry: string): string | undefined {
  const base = resolve(dir, entry);
  const candidates = [
    base,
    ...['.js', '.cjs', '.mjs', '.json', '.yaml', '.yml', '.ts'].map((e) => base + e),
  ];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

/** `[level, when?, value?]`, checked as commitlint checks it. */
function ruleSetting(name: string, rule: string, setting: unknown): RuleSetting {
  if (!Array.isArray(setting)) {
    throw configError(name, `sets rule ${rule} to something that is not an array`);
  }
  const [level, when, value] = setting as unknown[];
  if (level === 0 && setting.length === 1) return { level: 0 };
  if (level !== 0 && level !== 1 && level !== 2) {
    throw configError(name, `sets rule ${rule} to level ${JSON.stringify(level)} (0, 1 or 2)`);
  }
  if (setting.length < 2 || setting.length > 3) {
    throw configError(name, `sets rule ${rule} with ${setting.length} items (2 or 3)`);
  }
  if (when !== 'always' && when !== 'never') {
    throw configError(
      name,
      `sets rule ${rule} with the condition ${JSON.stringify(when)} ("always" or "never")`,
    );
  }
  if (isUnknown(value)) {
    throw configError(name, `computes the value of rule ${rule} with code (${value.code})`);
  }
  return setting.length === 3 ? { level, when, value } : { level, when };
}

/** Something a JavaScript configuration computes with code: kept as a marker, never run. */
interface Unknown {
  unknown: true;
  code: string;
}
const isUnknown = (v: unknown): v is Unknown =>
  isObject(v) && (v as { unknown?: unknown }).unknown === true;

function readConfigValue(path: string, name: string): unknown {
  let text: string;
  try {
    if (statSync(path).size > MAX_CONFIG_BYTES) {
      throw configError(name, `is larger than ${MAX_CONFIG_BYTES / 1024} KB`);
    }
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if (e instanceof ReleaseError) throw e;
    throw configError(name, `cannot be read (${(e as Error).message})`);
  }
  const base = path.split(/[\\/]/).pop()!;
  const json = base === 'package.json' || base.endsWith('.json');
  try {
    if (base === 'package.json') return (JSON.parse(text) as Record<string, unknown>).commitlint;
    if (base === 'package.yaml') return (parseYaml(text) as Record<string, unknown>).commitlint;
    if (json) return JSON.parse(text) as unknown;
    if (!/\.[cm]?[jt]s$/.test(base)) return parseYaml(text) as unknown;
  } catch (e) {
    throw configError(
      name,
      `is not valid ${json ? 'JSON' : 'YAML'} (${(e as Error).message.split('\n')[0]})`,
    );
  }
  return evaluateModule(/\.[cm]?ts$/.test(base) ? stripTypes(text) : text, name);
}

/** Removes the TypeScript a commitlint configuration typically has, so JavaScript's parser reads it. */
function stripTypes(text: string): string {
  return text
    .replace(/^[ \t]*import[ \t]+type[ \t][^;\n]*;?/gm, '')
    .replace(
      /\b(const|let|var)([ \t]+[A-Za-z_$][\w$]*)[ \t]*:[ \t]*[A-Za-z_$][\w$.]*(?:<[^=>\n]*>)?[ \t]*=/g,
      '$1$2 =',
    )
    .replace(/[ \t]+satisfies[ \t]+[A-Za-z_$][\w$.]*(?:<[^;\n]*>)?/g, '')
    .replace(/[ \t]+as[ \t]+(?:const|[A-Z][\w$.]*)\b/g, '');
}

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/**
 * Evaluates the exported value of a JavaScript module without running it: `export default
 * <expr>` or `module.exports = <expr>`, where the expression may use literals, arrays,
 * objects, spreads, top-level `const`s and `RuleConfigSeverity.*`. Anything else becomes an
 * {@link Unknown} marker holding its source text.
 */
function evaluateModule(text: string, name: string): unknown {
  let program: Node;
  try {
    program = parseJs(text, {
      ecmaVersion: 'latest',
      sourceType: 'module',
      allowHashBang: true,
    }) as unknown as Node;
  } catch (e) {
    throw configError(
      name,
      `cannot be parsed as JavaScript (${(e as Error).message}); boardwright reads configurations without running them, so move the settings into .commitlintrc.json`,
    );
  }
  const consts = new Map<string, Node>();
  let exported: Node | undefined;
  for (const statement of program.body as Node[]) {
    if (statement.type === 'VariableDeclaration') {
      for (const d of statement.declarations as Node[]) {
        const id = d.id as Node;
        if (id.type === 'Identifier' && d.init) consts.set(id.name as string, d.init as Node);
      }
    } else if (statement.type === 'ExportDefaultDeclaration') {
      exported = statement.declaration as Node;
    } else if (statement.type === 'ExpressionStatement') {
      const e = statement.expression as Node;
      if (e.type === 'AssignmentExpression' && isModuleExports(e.left as Node))
        exported = e.right as Node;
    }
  }
  if (!exported) throw configError(name, 'has no "export default" or "module.exports =" to read');
  const resolving = new Set<string>();
  const unknown = (n: Node): Unknown => {
    const code = text.slice(n.start, n.end).replace(/\s+/g, ' ');
    return { unknown: true, code: code.length > 60 ? `${code.slice(0, 57)}…` : code };
  };
  const evaluate = (n: Node): unknown => {
    switch (n.type) {
      case 'Literal':
        return n.regex ? unknown(n) : n.value;
      case 'TemplateLiteral':
        return (n.expressions as Node[]).length
          ? unknown(n)
          : (n.quasis as Node[]).map((q) => (q.value as { cooked: string }).cooked).join('');
      case 'ArrayExpression': {
        const out: unknown[] = [];
        for (const el of n.elements as Array<Node | null>) {
          if (!el) out.push(undefined);
          else if (el.type === 'SpreadElement') {
            const v = evaluate(el.argument as Node);
            if (Array.isArray(v)) out.push(...(v as unknown[]));
            else out.push(unknown(el));
          } else out.push(evaluate(el));
        }
        return out;
      }
      case 'ObjectExpression': {
        const out: Record<string, unknown> = {};
        for (const p of n.properties as Node[]) {
          if (p.type === 'SpreadElement') {
            const v = evaluate(p.argument as Node);
            if (isObject(v) && !isUnknown(v)) Object.assign(out, v);
            continue;
          }
          const key = p.key as Node;
          let k: string | undefined;
          if (!p.computed && key.type === 'Identifier') k = key.name as string;
          else if (key.type === 'Literal') k = String(key.value);
          if (k === undefined) continue;
          out[k] = p.kind === 'init' && !p.method ? evaluate(p.value as Node) : unknown(p);
        }
        return out;
      }
      case 'UnaryExpression': {
        const v = evaluate(n.argument as Node);
        if (n.operator === '-' && typeof v === 'number') return -v;
        return unknown(n);
      }
      case 'Identifier': {
        const id = n.name as string;
        if (id === 'Infinity') return Infinity;
        if (id === 'undefined') return undefined;
        const init = consts.get(id);
        if (!init || resolving.has(id)) return unknown(n);
        resolving.add(id);
        const v = evaluate(init);
        resolving.delete(id);
        return v;
      }
      case 'MemberExpression': {
        const object = n.object as Node;
        const property = n.property as Node;
        if (object.type === 'Identifier' && object.name === 'RuleConfigSeverity' && !n.computed) {
          const level = (
            { Disabled: 0, Warning: 1, Error: 2 } as Record<string, number | undefined>
          )[property.name as string];
          if (level !== undefined) return level;
        }
        return unknown(n);
      }
      case 'ParenthesizedExpression':
        return evaluate(n.expression as Node);
      default:
        return unknown(n);
    }
  };
  return evaluate(exported);
}

function isModuleExports(n: Node): boolean {
  if (n.type !== 'MemberExpression' || n.computed) return false;
  const object = n.object as Node;
  const property = n.property as Node;
  if (object.type === 'Identifier' && object.name === 'module' && property.name === 'exports')
    return true;
  return isModuleExports(object) && property.name === 'default';
}
