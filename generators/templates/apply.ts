import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { BoundaryError, readWorkspaceFile, resolveInside } from '../../io/boundary.js';
import { removeWorkspaceFile, writeWorkspaceFiles } from '../../io/user-files.js';
import { safeOutputPath } from '../../io/write.js';
import type { OutputFile } from '../types.js';
import { parseAnswers, resolveAnswers, serializeAnswers } from './answers.js';
import { planUpdate, type OursFile, type PlanEntry } from './plan.js';
import { renderTemplate } from './render.js';
import {
  ANSWERS_FILE,
  TemplateError,
  type Answers,
  type AnswersRecord,
  type TemplateVersion,
} from './types.js';

/**
 * Checks that `rel` names a place inside the repository folder `dir` that boardwright may read
 * and write: lexically inside (io/write.ts safeOutputPath) and, through every symbolic link on
 * the way, still inside (io/boundary.ts: a link planted in the repository must not carry a read
 * or write outside it). Returns the absolute path; throws TemplateError otherwise.
 */
export function checkedPath(dir: string, rel: string): string {
  let full: string;
  try {
    full = safeOutputPath(dir, rel);
    if (existsSync(dir)) resolveInside(dir, rel);
  } catch (e) {
    throw new TemplateError((e as Error).message);
  }
  return full;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A repository file's state for planning: its text, null when absent, or binary when not UTF-8. */
export function readRepositoryFile(dir: string, rel: string): OursFile {
  checkedPath(dir, rel);
  let bytes: Buffer;
  try {
    bytes = readWorkspaceFile(dir, rel);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new TemplateError(
      e instanceof BoundaryError ? e.message : `Cannot read "${rel}": ${(e as Error).message}`,
    );
  }
  try {
    return utf8.decode(bytes);
  } catch {
    return { binary: true };
  }
}

/**
 * Writes template files into the repository folder `dir` (created when missing) under the
 * workspace's link policy (io/user-files.ts), all or nothing; TemplateError when refused.
 */
function writeRepositoryFiles(dir: string, files: readonly OutputFile[]): void {
  mkdirSync(dir, { recursive: true });
  try {
    writeWorkspaceFiles(dir, files);
  } catch (e) {
    if (e instanceof BoundaryError) throw new TemplateError(e.message);
    throw e;
  }
}

/** What `init` does to one file. */
export interface InitEntry {
  path: string;
  action: 'create' | 'overwrite' | 'unchanged';
}

/** The outcome of `init`: the files (answers file last) and whether anything was written. */
export interface InitResult {
  template: string;
  version: string;
  answers: Answers;
  files: InitEntry[];
  written: boolean;
}

function checkAnswers(template: TemplateVersion, given: Answers, recorded?: Answers): Answers {
  const { answers, missing, problems } = resolveAnswers(template.manifest, given, recorded);
  for (const q of missing) problems.push(`No answer for ${q.name} (${q.message}).`);
  if (problems.length) throw new TemplateError(problems.join('\n'));
  return answers;
}

/**
 * Renders `template` with `answers` into the folder `dir` (created when missing) and writes the
 * answers file. Existing files that differ are not overwritten unless `force`; an existing
 * answers file means the folder was already made from a template (use update). With `dryRun`
 * nothing is written. All files are written atomically together (io/user-files.ts).
 * Throws TemplateError for missing or invalid answers, conflicts with existing files, unsafe
 * paths; file system errors propagate.
 */
export function initRepository(options: {
  template: TemplateVersion;
  dir: string;
  answers: Answers;
  force?: boolean;
  dryRun?: boolean;
}): InitResult {
  const { template, dir } = options;
  const answers = checkAnswers(template, options.answers);
  const record: AnswersRecord = {
    schemaVersion: 1,
    template: template.manifest.name,
    version: template.manifest.version,
    answers,
  };
  const files: OutputFile[] = [
    ...renderTemplate(template, answers),
    { path: ANSWERS_FILE, content: serializeAnswers(record) },
  ];
  const entries: InitEntry[] = [];
  const clashes: string[] = [];
  for (const file of files) {
    const ours = readRepositoryFile(dir, file.path);
    if (ours === null) entries.push({ path: file.path, action: 'create' });
    else if (ours === file.content) entries.push({ path: file.path, action: 'unchanged' });
    else {
      entries.push({ path: file.path, action: 'overwrite' });
      clashes.push(file.path);
    }
  }
  if (clashes.length && !options.force) {
    const shown = clashes.slice(0, 10).join(', ') + (clashes.length > 10 ? ', …' : '');
    const hint = clashes.includes(ANSWERS_FILE)
      ? ` The folder was already made from a template (it has ${ANSWERS_FILE}): use "boardwright update" to move it to a newer version.`
      : '';
    throw new TemplateError(
      `${clashes.length} file(s) already exist in ${dir} and differ: ${shown}. Nothing was written; pass --force to overwrite them.${hint}`,
    );
  }
  const changed = files.filter((_f, i) => entries[i]!.action !== 'unchanged');
  if (!options.dryRun && changed.length) writeRepositoryFiles(dir, changed);
  return {
    template: record.template,
    version: record.version,
    answers,
    files: entries,
    written: !options.dryRun && changed.length > 0,
  };
}

/** Reads and checks the answers file of a repository; throws TemplateError when it is missing or broken. */
export function readAnswersFile(dir: string): AnswersRecord {
  const text = readRepositoryFile(dir, ANSWERS_FILE);
  if (text === null)
    throw new TemplateError(
      `${join(dir, ANSWERS_FILE)} does not exist: the folder was not made by "boardwright init", or the file was deleted.`,
    );
  if (typeof text !== 'string') throw new TemplateError(`${ANSWERS_FILE} is not UTF-8 text.`);
  return parseAnswers(text);
}

/** An update plan: the versions, the new answers and one entry per file. */
export interface UpdatePlan {
  template: string;
  from: string;
  to: string;
  answers: Answers;
  entries: PlanEntry[];
}

/**
 * Plans re-applying a template to the repository in `dir`: `base` is the recorded version
 * rendered with the recorded answers, `target` the new version rendered with the recorded
 * answers overridden by `given` (new questions take their defaults). Reads the repository, writes
 * nothing. Throws TemplateError when answers are missing or invalid, or a path is unsafe.
 */
export function planRepositoryUpdate(options: {
  dir: string;
  record: AnswersRecord;
  base: TemplateVersion;
  target: TemplateVersion;
  given?: Answers;
}): UpdatePlan {
  const { dir, record, base, target } = options;
  const baseFiles = renderTemplate(base, checkAnswers(base, record.answers));
  const answers = checkAnswers(target, options.given ?? {}, record.answers);
  const theirFiles = renderTemplate(target, answers);
  const labels = { from: base.manifest.version, to: target.manifest.version };
  const entries = planUpdate(baseFiles, theirFiles, (p) => readRepositoryFile(dir, p), labels);
  return { template: record.template, from: labels.from, to: labels.to, answers, entries };
}

/** The plan's entries that write a file (create, update, merge, conflict). */
export const writesFile = (e: PlanEntry): boolean => e.content !== undefined;

/**
 * Carries out an update plan in `dir`: writes every create / update / merge / conflict entry and
 * the answers file (now naming the new version) atomically together, then removes the `delete`
 * entries. Every path is checked again before the write. Returns the paths written or removed.
 */
export function applyRepositoryUpdate(dir: string, plan: UpdatePlan): string[] {
  const record: AnswersRecord = {
    schemaVersion: 1,
    template: plan.template,
    version: plan.to,
    answers: plan.answers,
  };
  const files: OutputFile[] = plan.entries
    .filter(writesFile)
    .map((e) => ({ path: e.path, content: e.content! }));
  files.push({ path: ANSWERS_FILE, content: serializeAnswers(record) });
  for (const f of files) checkedPath(dir, f.path);
  const removed = plan.entries.filter((e) => e.action === 'delete').map((e) => e.path);
  for (const p of removed) checkedPath(dir, p);
  writeRepositoryFiles(dir, files);
  for (const p of removed) {
    try {
      removeWorkspaceFile(dir, p);
    } catch (e) {
      if (e instanceof BoundaryError) throw new TemplateError(e.message);
      throw e;
    }
  }
  return [...files.map((f) => f.path), ...removed];
}
