import { existsSync, lstatSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import semver from 'semver';
import {
  TemplateError,
  type TemplateFile,
  type TemplateManifest,
  type TemplateQuestion,
  type TemplateVersion,
} from './types.js';

/**
 * The bundled templates folder: `templates/repo` beside the package's package.json. The package
 * root is found by walking up from this module to the nearest package.json, because the same
 * code runs from the sources (tests), from `dist/cli.js` and from a bundle chunk in
 * `dist/chunks/`, each at a different depth; stopping there keeps a folder of the user's
 * project from being mistaken for it. Throws TemplateError when the folder is missing.
 */
export function bundledTemplateRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) {
      const root = join(dir, 'templates', 'repo');
      if (existsSync(root)) return root;
      break;
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new TemplateError(
    'The bundled templates folder (templates/repo) is missing from the boardwright package.',
  );
}

/** A template name and the versions its folder holds, oldest first. */
export interface TemplateListing {
  name: string;
  versions: string[];
  description: string;
}

const NAME = /^[a-z0-9][a-z0-9-]*$/;

function dirs(path: string): string[] {
  try {
    return readdirSync(path, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
  } catch {
    return [];
  }
}

/**
 * The templates under `root`: every `<name>/<version>/template.json`, versions sorted by semver.
 * Folders whose names are not a lower-case slug or a valid semver are ignored.
 */
export function listTemplates(root: string): TemplateListing[] {
  const list: TemplateListing[] = [];
  for (const name of dirs(root).filter((n) => NAME.test(n))) {
    const versions = dirs(join(root, name))
      .filter((v) => semver.valid(v) === v && existsSync(join(root, name, v, 'template.json')))
      .sort(semver.compare);
    if (!versions.length) continue;
    const latest = readManifest(join(root, name, versions.at(-1)!), name, versions.at(-1)!);
    list.push({ name, versions, description: latest.description });
  }
  return list;
}

function fail(where: string, message: string): never {
  throw new TemplateError(`${where}: ${message}`);
}

function readManifest(dir: string, name: string, version: string): TemplateManifest {
  const where = join(dir, 'template.json');
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(where, 'utf8'));
  } catch (e) {
    fail(where, `cannot be read as JSON (${(e as Error).message}).`);
  }
  const m = data as Partial<TemplateManifest>;
  if (!m || typeof m !== 'object') fail(where, 'must be a JSON object.');
  if (m.name !== name) fail(where, `"name" must be "${name}", the folder's name.`);
  if (m.version !== version) fail(where, `"version" must be "${version}", the folder's name.`);
  if (typeof m.description !== 'string') fail(where, '"description" must be a string.');
  if (!Array.isArray(m.questions)) fail(where, '"questions" must be an array.');
  const seen = new Set<string>();
  m.questions.forEach((q: Partial<TemplateQuestion>, i) => {
    const at = `question ${i + 1}`;
    if (typeof q?.name !== 'string' || !/^[A-Za-z][A-Za-z0-9]*$/.test(q.name))
      fail(
        where,
        `${at}: "name" must be letters and digits (it becomes a flag and a placeholder).`,
      );
    if (seen.has(q.name)) fail(where, `${at}: "${q.name}" is asked twice.`);
    seen.add(q.name);
    if (typeof q.message !== 'string') fail(where, `${at}: "message" must be a string.`);
    for (const key of ['default', 'pattern', 'hint'] as const)
      if (q[key] !== undefined && typeof q[key] !== 'string')
        fail(where, `${at}: "${key}" must be a string.`);
    if (q.pattern !== undefined) {
      try {
        new RegExp(q.pattern, 'u');
      } catch (e) {
        fail(where, `${at}: "pattern" is not a regular expression (${(e as Error).message}).`);
      }
    }
  });
  return m as TemplateManifest;
}

/** Every file below `dir`, `/`-separated relative paths in code-unit order; symlinks are refused. */
function readFiles(dir: string, prefix = ''): TemplateFile[] {
  const files: TemplateFile[] = [];
  const entries = readdirSync(join(dir, prefix), { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const entry of entries) {
    const rel = `${prefix}${entry.name}`;
    const full = join(dir, rel);
    if (lstatSync(full).isSymbolicLink()) fail(full, 'template files must not be symbolic links.');
    if (entry.isDirectory()) files.push(...readFiles(dir, `${rel}/`));
    // Checkouts with core.autocrlf turn LF into CRLF; the rendered bytes must not depend on that.
    else files.push({ path: rel, source: readFileSync(full, 'utf8').replace(/\r\n/g, '\n') });
  }
  return files;
}

/**
 * Reads template `name` at `version` (default: its newest) from `root`. The name must be one
 * of the listed templates, so it never reaches the file system as a path of its own.
 * Throws TemplateError naming the known templates or versions when there is no such one.
 */
export function loadTemplate(root: string, name: string, version?: string): TemplateVersion {
  const listing = listTemplates(root).find((t) => t.name === name);
  if (!listing) {
    const known = listTemplates(root).map((t) => t.name);
    throw new TemplateError(
      `There is no template "${name}". Known templates: ${known.join(', ') || '(none)'}.`,
    );
  }
  const chosen = version ?? listing.versions.at(-1)!;
  if (!listing.versions.includes(chosen))
    throw new TemplateError(
      `Template ${name} has no version "${chosen}". Versions: ${listing.versions.join(', ')}.`,
    );
  const dir = join(root, name, chosen);
  const manifest = readManifest(dir, name, chosen);
  const filesDir = join(dir, 'files');
  if (!existsSync(filesDir)) fail(dir, 'has no files/ folder.');
  return { manifest, files: readFiles(filesDir) };
}
