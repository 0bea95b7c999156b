import { type Dirent, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import type { Diagnostic, Severity } from '../../model/types.js';
import {
  type DeltaSpec,
  hasDeltaSections,
  hasEntries,
  mainRequirements,
  readDelta,
  type RequirementBlock,
} from './delta.js';
import {
  foldName,
  isNormative,
  lineDoc,
  misplacedScenario,
  requirementBody,
  scenarioNames,
  scenariosOf,
} from './lines.js';
import { OPENSPEC_MESSAGES as M } from './messages.js';
import { changeSchema, METADATA_FILE, readChangeMetadata, trackedTaskFiles } from './metadata.js';
import { checkboxFindings, numberingFindings, type TaskFile } from './tasks.js';

/**
 * A change folder (`openspec/changes/<name>/`) judged as `openspec validate --all --strict`
 * judges it (OpenSpec 1.13). Only the delta specs and task files count; proposal.md and design.md
 * are not checked, and a change that has not reached tasks.md yet (the schema's order is
 * proposal → specs → design → tasks) is not an error.
 *
 *  - delta specs are every `spec.md` under `specs/` at any depth (nested capabilities
 *    `specs/identity/user-auth/spec.md` target `openspec/specs/identity/user-auth/spec.md`);
 *    a `spec.md` directly in `specs/`, or another `.md` there with delta sections, is an error;
 *  - each delta spec has delta sections with entries; ADDED and MODIFIED requirements have text
 *    (SHALL/MUST missing: warning) and a scenario with content; no name repeats within a
 *    section or appears in two conflicting sections; RENAMED lines pair up; requirement headers
 *    outside delta sections are warnings;
 *  - a MODIFIED requirement keeps every scenario the current main spec has (cross-file);
 *  - what `openspec archive` would refuse (a MODIFIED/REMOVED/RENAMED name the target spec does
 *    not have, MODIFIED or RENAMED for a spec that does not exist yet, an ADDED name that
 *    exists) is reported as info, as OpenSpec does: a sibling change may be about to add it;
 *  - at least one delta, unless `.openspec.yaml` sets `skip_specs: true` (then specs/ must be
 *    empty); an invalid marker is an error;
 *  - tracked task files without any checkbox, and misnumbered tasks: warnings;
 *  - a folder that only wraps nested change folders is an error.
 */

/** What the change check needs from the bundle: where it is and how to read its files. */
export interface ChangeContext {
  /** Absolute workspace root. */
  root: string;
  /** Workspace-relative change folder, `/`-separated. */
  dir: string;
  /** Decoded text of a workspace-relative file of the change; undefined when unusable. */
  read(path: string): string | undefined;
}

interface Entry {
  name: string;
  isDir: boolean;
  isFile: boolean;
  isLink: boolean;
}

function entriesOf(dir: string): Entry[] | undefined {
  let list: Dirent[];
  try {
    list = readdirSync(dir, { withFileTypes: true });
  } catch {
    return undefined;
  }
  return list
    .map((e) => ({
      name: e.name,
      isDir: e.isDirectory(),
      isFile: e.isFile(),
      isLink: e.isSymbolicLink(),
    }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** True when `p` (absolute) resolves to a regular file inside `within` (absolute, real). */
function fileInside(p: string, within: string): boolean {
  try {
    const real = realpathSync(p);
    const rel = relative(within, real);
    return !rel.startsWith('..') && statSync(real).isFile();
  } catch {
    return false;
  }
}

/** Delta spec files under specs/ (relative ids such as `identity/user-auth`), and stray files. */
function walkSpecs(
  specsDir: string,
  realRoot: string,
): {
  specs: Array<{ id: string; rel: string }>;
  others: string[];
  rootSpec: boolean;
  anyFile: boolean;
} {
  const specs: Array<{ id: string; rel: string }> = [];
  const others: string[] = [];
  let rootSpec = false;
  let anyFile = false;
  const walk = (abs: string, segments: string[]) => {
    for (const e of entriesOf(abs) ?? []) {
      if (e.name.startsWith('.')) continue;
      const path = join(abs, e.name);
      if (e.isDir) {
        walk(path, [...segments, e.name]);
        continue;
      }
      if (e.isFile || e.isLink) anyFile = true;
      const rel = [...segments, e.name].join('/');
      if (e.name === 'spec.md') {
        if (segments.length === 0) {
          if (e.isFile) rootSpec = true;
        } else if (e.isFile || (e.isLink && fileInside(path, realRoot))) {
          specs.push({ id: segments.join('/'), rel });
        }
      } else if (/\.md$/i.test(e.name) && (e.isFile || (e.isLink && fileInside(path, realRoot)))) {
        others.push(rel);
      }
    }
  };
  walk(specsDir, []);
  specs.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { specs, others: others.sort(), rootSpec, anyFile };
}

/** Names that `added` blocks repeat, with the blocks repeating them. */
function repeats<T>(items: readonly T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => {
    const k = key(t);
    if (seen.has(k)) return true;
    seen.add(k);
    return false;
  });
}

/** Scenario names `current` has that `incoming` lacks, counting repeats. */
function droppedScenarios(current: RequirementBlock, incoming: RequirementBlock): string[] {
  const left = new Map<string, number>();
  for (const n of scenarioNames(incoming.body)) left.set(n, (left.get(n) ?? 0) + 1);
  const out: string[] = [];
  for (const n of scenarioNames(current.body)) {
    const k = left.get(n) ?? 0;
    if (k > 0) left.set(n, k - 1);
    else out.push(n);
  }
  return out;
}

/** Reads a main spec (absolute path) for comparison; ENOENT-like errors mean "no spec yet". */
function readMain(path: string, realRoot: string): { text?: string; code?: string } {
  try {
    const real = realpathSync(path);
    if (relative(realRoot, real).startsWith('..')) return { code: 'outside the workspace' };
    return { text: readFileSync(real, 'utf8') };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    return ['EACCES', 'EPERM', 'EISDIR', 'ELOOP', 'ENAMETOOLONG'].includes(code) ? { code } : {};
  }
}

/**
 * Checks one change folder. Returns diagnostics on the change's files (the folder itself for
 * findings about the whole change). Never throws.
 */
export function checkOpenSpecChange(ctx: ChangeContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const abs = join(ctx.root, ...ctx.dir.split('/'));
  let realRoot: string;
  try {
    realRoot = realpathSync(ctx.root);
  } catch {
    realRoot = ctx.root;
  }
  const report = (rule: string, severity: Severity, message: string, path = ctx.dir, line = 1) =>
    out.push({ rule, severity, message, path, line, column: 1 });

  const nested = nestedChanges(abs, ctx.dir);
  if (nested) {
    report('openspec-nested-change', 'error', M.nestedChange(posix.basename(ctx.dir), nested));
    return out;
  }

  const specsRel = posix.join(ctx.dir, 'specs');
  const specsAbs = join(abs, 'specs');
  const mainDir = join(ctx.root, 'openspec', 'specs');
  const walked = walkSpecs(specsAbs, realRoot);
  let deltas = 0;
  if (walked.rootSpec)
    report('openspec-delta-misplaced', 'error', M.rootDelta, posix.join(specsRel, 'spec.md'));

  for (const { id, rel } of walked.specs) {
    const path = posix.join(specsRel, rel);
    const text = ctx.read(path);
    if (text === undefined) continue;
    const delta = readDelta(lineDoc(text));
    const before = out.length;
    deltas += checkDelta(delta, path, report);
    if (delta.modified.length) {
      const main = join(mainDir, ...id.split('/'), 'spec.md');
      out.push(...scenarioLoss(delta, main, path, realRoot));
    }
    const failed = out.slice(before).some((d) => d.severity === 'error');
    if (!failed && hasEntries(delta)) {
      const why = archiveConflict(delta, join(mainDir, ...id.split('/'), 'spec.md'), realRoot);
      if (why) report('openspec-archive-conflict', 'info', M.archiveConflict(why), path);
    }
  }

  const stray: string[] = [];
  for (const rel of walked.others) {
    const text = ctx.read(posix.join(specsRel, rel));
    if (text === undefined || !hasDeltaSections(lineDoc(text))) continue;
    stray.push(rel);
    const capability = rel.includes('/') ? posix.dirname(rel) : rel.replace(/\.md$/i, '');
    report(
      'openspec-delta-misplaced',
      'error',
      M.strayDelta(rel, `${capability}/spec.md`),
      posix.join(specsRel, rel),
    );
  }

  const metadata = readChangeMetadata(ctx.root, abs);
  const metaPath = posix.join(ctx.dir, METADATA_FILE);
  if (metadata.skipSpecsProblem)
    report('openspec-skip-specs', 'error', M.skipSpecsInvalid(metadata.skipSpecsProblem), metaPath);
  if (metadata.skipSpecs && walked.anyFile)
    report('openspec-skip-specs', 'error', M.skipSpecsConflict, metaPath);
  if (deltas === 0 && !walked.rootSpec && stray.length === 0) {
    if (metadata.skipSpecs) {
      if (!walked.anyFile) report('openspec-skip-specs', 'info', M.skipSpecsAccepted, metaPath);
    } else report('openspec-no-deltas', 'error', M.noDeltas);
  }

  // Task files: the ones the change's schema tracks.
  const schema = changeSchema(ctx.root, abs, metadata);
  const tracked = trackedTaskFiles(abs, schema);
  const files: TaskFile[] = [];
  let unreadable = false;
  for (const file of tracked) {
    const rel = relative(abs, file).split(sep).join('/');
    const text = ctx.read(posix.join(ctx.dir, rel));
    if (text === undefined) unreadable = true;
    else files.push({ path: rel, text });
  }
  files.sort((a, b) => a.path.localeCompare(b.path));
  const findings = [
    ...(tracked.length && !unreadable ? checkboxFindings(files) : []),
    ...(schema?.builtIn ? numberingFindings(files) : []),
  ];
  for (const f of findings)
    report(f.rule, 'warning', f.message, posix.join(ctx.dir, f.path), f.line);
  return out;
}

/**
 * Checks one delta spec's own structure and returns how many delta entries it holds. Reports go
 * through `report` with the file's path.
 */
function checkDelta(
  delta: DeltaSpec,
  path: string,
  report: (rule: string, severity: Severity, message: string, path?: string, line?: number) => void,
): number {
  for (const s of delta.strayHeaders)
    report('openspec-unknown-header', 'info', M.strayHeader(s.header, s.section), path, s.line);
  for (const u of delta.unpaired)
    report('openspec-unpaired-rename', 'error', M.unpairedRename(u.side, u.name), path, u.line);
  for (const o of delta.orphans)
    report('openspec-orphan-requirement', 'warning', M.orphan(o.name, o.section), path, o.line);
  if (!hasEntries(delta)) {
    const sections = Object.values(delta.sections).map((t) => `"## ${t}"`);
    if (sections.length)
      report('openspec-empty-delta', 'error', M.emptyDeltaSections(sections), path);
    else report('openspec-empty-delta', 'error', M.noDeltaSections, path);
    return 0;
  }
  for (const [op, blocks] of [
    ['ADDED', delta.added],
    ['MODIFIED', delta.modified],
  ] as const) {
    for (const b of repeats(blocks, (x) => x.name))
      report('duplicate-requirement', 'error', M.duplicate(op, b.name), path, b.line);
    for (const b of blocks) {
      const text = requirementBody(b.body);
      const inHeader = isNormative(b.name);
      if (!text)
        report(
          'requirement-without-text',
          'error',
          M.deltaNoText(op, b.name, inHeader),
          path,
          b.line,
        );
      else if (!isNormative(text))
        report(
          'requirement-without-shall',
          'warning',
          M.deltaNoShall(op, b.name, inHeader),
          path,
          b.line,
        );
      const scenarios = scenariosOf(b.body);
      if (!scenarios.some((s) => s.hasBody)) {
        const message = M.deltaNoScenario(
          op,
          b.name,
          scenarios.length > 0,
          misplacedScenario(b.body),
        );
        report('requirement-without-scenario', 'error', message, path, b.line);
      }
    }
  }
  for (const r of repeats(delta.removed, (x) => x.name))
    report('duplicate-requirement', 'error', M.duplicate('REMOVED', r.name), path, r.line);
  for (const r of repeats(delta.renamed, (x) => x.from))
    report('duplicate-requirement', 'error', M.duplicateRename('FROM', r.from), path, r.line);
  for (const r of repeats(delta.renamed, (x) => x.to))
    report('duplicate-requirement', 'error', M.duplicateRename('TO', r.to), path, r.line);

  const added = new Set(delta.added.map((b) => b.name));
  const modified = new Set(delta.modified.map((b) => b.name));
  const removed = new Set(delta.removed.map((r) => r.name));
  const conflict = (a: string, b: string, name: string) =>
    report('openspec-delta-conflict', 'error', M.conflict(a, b, name), path);
  for (const n of modified) {
    if (removed.has(n)) conflict('MODIFIED', 'REMOVED', n);
    if (added.has(n)) conflict('MODIFIED', 'ADDED', n);
  }
  for (const n of added) if (removed.has(n)) conflict('ADDED', 'REMOVED', n);
  for (const { from, to, line } of delta.renamed) {
    if (modified.has(from))
      report('openspec-delta-conflict', 'error', M.modifiedOldName(to), path, line);
    if (added.has(to)) report('openspec-delta-conflict', 'error', M.renameCollides(to), path, line);
    if ([...removed].some((r) => foldName(r) === foldName(from)))
      conflict('RENAMED', 'REMOVED', from);
  }
  return delta.added.length + delta.modified.length + delta.removed.length + delta.renamed.length;
}

/**
 * MODIFIED blocks that drop scenarios the current main spec still has for that requirement
 * (following renames in the same delta back to the current name). Silent when there is no main
 * spec or no such requirement yet; a main spec that exists but cannot be read is an error.
 */
function scenarioLoss(
  delta: DeltaSpec,
  mainFile: string,
  path: string,
  realRoot: string,
): Diagnostic[] {
  const main = readMain(mainFile, realRoot);
  const at = { path, column: 1 };
  if (main.text === undefined) {
    return main.code
      ? [
          {
            ...at,
            line: 1,
            rule: 'openspec-scenario-loss',
            severity: 'error',
            message: M.unreadableMain(relative(realRoot, mainFile).split(sep).join('/'), main.code),
          },
        ]
      : [];
  }
  const current = new Map<string, RequirementBlock>();
  for (const b of mainRequirements(lineDoc(main.text))?.blocks ?? []) current.set(b.name, b);
  const renamedFrom = new Map(delta.renamed.map((r) => [r.to, r.from]));
  const renamedAway = new Set(delta.renamed.map((r) => r.from));
  const out: Diagnostic[] = [];
  for (const block of delta.modified) {
    if (renamedAway.has(block.name)) continue;
    let key: string | undefined = block.name;
    const visited = new Set<string>();
    let base: RequirementBlock | undefined;
    while (key !== undefined && !visited.has(key)) {
      base = current.get(key);
      if (base) break;
      visited.add(key);
      key = renamedFrom.get(key);
    }
    if (!base) continue;
    const missing = droppedScenarios(base, block);
    if (missing.length === 0) continue;
    out.push({
      ...at,
      line: block.line,
      rule: 'openspec-scenario-loss',
      severity: 'error',
      message: M.scenarioLoss(
        block.name,
        missing,
        scenarioNames(block.body).length,
        scenarioNames(base.body).length,
      ),
    });
  }
  return out;
}

/**
 * Why `openspec archive` would refuse to merge this delta into its main spec, or undefined: a
 * dry run of RENAMED → REMOVED → MODIFIED → ADDED against the current requirement names.
 */
function archiveConflict(delta: DeltaSpec, mainFile: string, realRoot: string): string | undefined {
  const main = readMain(mainFile, realRoot);
  if (main.text === undefined) {
    if (main.code) return undefined;
    if (delta.modified.length || delta.renamed.length)
      return 'the target spec does not exist yet, and a new spec can only have ADDED requirements.';
    return undefined;
  }
  const doc = lineDoc(main.text);
  const names = new Map<string, RequirementBlock>();
  for (const b of mainRequirements(doc)?.blocks ?? []) names.set(b.name, b);
  const near = (name: string, except?: string) =>
    [...names.keys()].find((k) => k !== except && foldName(k) === foldName(name));
  for (const { from, to } of delta.renamed) {
    if (!names.has(from)) {
      if (names.has(to) && near(from, to) === undefined) continue;
      return `RENAMED FROM "${from}" is not a requirement of the current spec.`;
    }
    if (names.has(to)) return `RENAMED TO "${to}" already exists in the current spec.`;
    if (near(to, from) !== undefined)
      return `RENAMED TO "${to}" differs only in case or spacing from an existing requirement.`;
    const block = names.get(from) as RequirementBlock;
    names.delete(from);
    names.set(to, { ...block, name: to });
  }
  for (const { name } of delta.removed) {
    if (names.has(name)) names.delete(name);
    else if (near(name) !== undefined)
      return `REMOVED "${name}" is not in the current spec, but "${near(name)}" is; fix the name.`;
  }
  for (const block of delta.modified) {
    const base = names.get(block.name);
    if (!base) return `MODIFIED "${block.name}" is not a requirement of the current spec.`;
    if (droppedScenarios(base, block).length) return `MODIFIED "${block.name}" drops scenarios.`;
    names.set(block.name, block);
  }
  for (const block of delta.added) {
    const existing = names.get(block.name);
    if (existing) {
      if (existing.body.join('\n').trim() === block.body.join('\n').trim()) continue;
      return `ADDED "${block.name}" already exists in the current spec; use MODIFIED.`;
    }
    if (near(block.name) !== undefined)
      return `ADDED "${block.name}" differs only in case or spacing from "${near(block.name)}".`;
    names.set(block.name, block);
  }
  return undefined;
}

const CHANGE_MARKERS = [METADATA_FILE, 'proposal.md', 'tasks.md', 'design.md'];

/** True when a folder looks like a change of its own (a root artifact, or files under specs/). */
function looksLikeChange(dir: string): boolean {
  for (const marker of CHANGE_MARKERS) {
    try {
      if (statSync(join(dir, marker)).isFile()) return true;
    } catch {
      // not there
    }
  }
  return walkSpecs(join(dir, 'specs'), dir).anyFile;
}

/**
 * The nested change folders when `dir` is a folder wrapping changes rather than a change: no
 * artifact or file of its own, and sub-folders (up to three levels down) that are changes.
 */
function nestedChanges(dir: string, rel: string): string[] | undefined {
  if (looksLikeChange(dir)) return undefined;
  const entries = entriesOf(dir) ?? [];
  if (entries.some((e) => !e.name.startsWith('.') && !e.isDir)) return undefined;
  const found: string[] = [];
  const collect = (d: string, prefix: string, depth: number) => {
    if (depth > 3) return;
    for (const e of entriesOf(d) ?? []) {
      if (!e.isDir || e.name.startsWith('.')) continue;
      const child = join(d, e.name);
      const id = `${prefix}/${e.name}`;
      if (looksLikeChange(child)) found.push(id);
      else collect(child, id, depth + 1);
    }
  };
  collect(dir, posix.basename(rel), 1);
  return found.length ? found.sort() : undefined;
}
