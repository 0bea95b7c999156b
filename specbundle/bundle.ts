import { posix } from 'node:path';
import picomatch from 'picomatch';
import { readBoardText } from '../kanban/read.js';
import type { ReadLimits } from '../kanban/limits.js';
import type { Board, Diagnostic } from '../model/types.js';
import { checkClarifications } from './checks/clarification.js';
import { checkCoverage } from './checks/coverage.js';
import { checkForbidden } from './checks/forbidden.js';
import { checkHeadings } from './checks/headings.js';
import { lintDocument } from './checks/lint.js';
import { checkOpenSpecRequirements } from './checks/openspec.js';
import { checkOpenSpecChange } from './openspec/change.js';
import { checkOpenSpecSpec } from './openspec/spec.js';
import { checkTasks } from './checks/tasks.js';
import { isInside, markdownFiles, matchFiles } from './discover.js';
import { readSpecDocument, type SpecDocument } from './document.js';
import { MESSAGES } from './rules.js';
import type { Bundle, FileCheckId, FileRule, LintSettings } from './types.js';

/** The built-in structure checks a file rule can name. */
const FILE_CHECKS: Record<FileCheckId, (doc: SpecDocument) => Diagnostic[]> = {
  'openspec-requirements': checkOpenSpecRequirements,
  'openspec-spec': (doc) => checkOpenSpecSpec(doc.path, doc.text),
  'needs-clarification': checkClarifications,
};

const isMarkdown = (path: string): boolean => /\.(?:md|markdown)$/i.test(path);

/** Whether a file rule asks anything of the file's content (else only its presence counts). */
const readsContent = (rule: FileRule): boolean =>
  Boolean(rule.headings?.length || rule.forbidden?.length || rule.tasks || rule.checks?.length);

/** What checking one bundle produced. */
export interface BundleCheck {
  diagnostics: Diagnostic[];
  /** Files read or required, workspace-relative, sorted. */
  files: string[];
}

/**
 * Checks one bundle folder (or a profile's shared files) against its profile: the folder name,
 * each required file (present; its headings, forbidden text, task list and structure checks),
 * every Markdown file of the folder (the profile's forbidden text and remark-lint with
 * `lint`), and requirement coverage between two of its files. Each file is read and parsed once.
 * Unusable files give fatal diagnostics and are left out of the other checks; never throws.
 */
export function checkBundle(
  root: string,
  bundle: Bundle,
  lint: LintSettings,
  limits: ReadLimits,
  inner: readonly string[] = [],
  aliases: Readonly<Record<string, readonly string[]>> = {},
): BundleCheck {
  const { profile, layout, dir } = bundle;
  const kind = layout?.name ?? 'shared';
  const diagnostics: Diagnostic[] = [];
  const files = new Set<string>();
  const docs = new Map<string, SpecDocument>();
  const boards = new Map<string, Board>();
  // Files already read, usable or not, so that a bad file is reported once.
  const seen = new Set<string>();

  const read = (path: string): SpecDocument | undefined => {
    files.add(path);
    if (seen.has(path)) return docs.get(path);
    seen.add(path);
    const result = readSpecDocument(root, path, limits);
    diagnostics.push(...result.diagnostics);
    if (result.document) docs.set(path, result.document);
    return result.document;
  };

  if (layout?.namePattern && !bundle.current) {
    const name = posix.basename(dir);
    if (!new RegExp(layout.namePattern).test(name)) {
      diagnostics.push({
        rule: 'bundle-name',
        severity: layout.nameSeverity ?? 'error',
        message: MESSAGES.bundleName(kind, name, layout.namePattern),
        path: dir,
        line: 1,
        column: 1,
      });
    }
  }

  // A check named by two rules (spec.md and **/*.md) runs once per file.
  const ran = new Set<string>();
  for (const rule of layout ? layout.files : (profile.shared ?? [])) {
    const matches = matchFiles(root, dir, rule);
    // A stage file is required once a later stage's file exists (plan.md once tasks.md does).
    const trigger = rule.requiredWhen
      ?.map((p) => matchFiles(root, dir, { path: p })[0])
      .find((p) => p !== undefined);
    const required = rule.requiredWhen ? trigger !== undefined : rule.required !== false;
    if (matches.length === 0 && required) {
      const glob = picomatch.scan(rule.path).isGlob;
      const target = dir === '.' ? rule.path : posix.join(dir, rule.path);
      diagnostics.push({
        rule: 'missing-file',
        severity: 'error',
        message: !layout
          ? MESSAGES.missingSharedFile(profile.id, rule.path)
          : trigger !== undefined
            ? MESSAGES.missingStageFile(kind, dir, rule.path, posix.basename(trigger))
            : glob
              ? MESSAGES.missingFiles(kind, dir, rule.path)
              : MESSAGES.missingFile(kind, dir, rule.path),
        // A glob names no single file: the message goes on the folder.
        path: glob ? dir : target,
        line: 1,
        column: 1,
      });
    }
    for (const path of matches) {
      files.add(path);
      if (!readsContent(rule) && !isMarkdown(path)) continue;
      const doc = read(path);
      if (!doc) continue;
      if (rule.headings)
        diagnostics.push(...checkHeadings(doc, rule.headings, profile.id, aliases));
      if (rule.forbidden) diagnostics.push(...checkForbidden(doc, rule.forbidden));
      if (rule.tasks) {
        const tasks = checkTasks(doc, rule.tasks, limits);
        diagnostics.push(...tasks.diagnostics);
        if (tasks.board) boards.set(path, tasks.board);
      }
      for (const id of rule.checks ?? []) {
        if (ran.has(`${id}\0${path}`)) continue;
        ran.add(`${id}\0${path}`);
        diagnostics.push(...FILE_CHECKS[id](doc));
      }
    }
  }

  for (const id of layout?.checks ?? []) {
    if (id === 'openspec-change')
      diagnostics.push(...checkOpenSpecChange({ root, dir, read: (p) => read(p)?.text }));
  }

  // The rest of the folder's Markdown (research.md, data-model.md, …) is linted too; files of
  // bundles nested inside this one are theirs.
  if (layout) {
    for (const path of markdownFiles(root, dir)) {
      if (!inner.some((d) => isInside(path, d))) read(path);
    }
  }

  for (const doc of docs.values()) {
    if (profile.forbidden) diagnostics.push(...checkForbidden(doc, profile.forbidden));
    if (isMarkdown(doc.path)) diagnostics.push(...lintDocument(doc, lint));
  }

  const coverage = layout?.coverage;
  if (coverage) {
    const requirements = docs.get(posix.join(dir, coverage.requirements));
    const tasksPath = posix.join(dir, coverage.tasks);
    const tasksDoc = docs.get(tasksPath);
    // The task file is read as a board by its own rule; a profile without one gets detection.
    const board =
      boards.get(tasksPath) ??
      (tasksDoc ? readBoardText(tasksDoc.text, tasksPath, { limits }).board : undefined);
    if (requirements && tasksDoc && board) {
      const others = [...docs.values()].filter((d) => d !== requirements && d !== tasksDoc);
      diagnostics.push(...checkCoverage(requirements, tasksDoc, board, coverage, others));
    }
  }

  return { diagnostics, files: [...files].sort() };
}
