import Handlebars from 'handlebars';
import { stableJson } from '../json.js';
import {
  ANSWERS_FILE,
  TemplateError,
  type Answers,
  type AnswersRecord,
  type TemplateManifest,
  type TemplateQuestion,
} from './types.js';

/** Longest answer accepted, in UTF-16 code units: answers are names and one-line descriptions. */
export const MAX_ANSWER_LENGTH = 200;

/**
 * Why `value` is not a valid answer to `question`, or undefined when it is. Answers are one line
 * of text without control characters (they land in YAML, JSON, Dockerfiles and Markdown), at
 * most MAX_ANSWER_LENGTH long, and match the question's pattern when it has one.
 */
export function answerProblem(question: TemplateQuestion, value: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\u2028\u2029]/.test(value))
    return `${question.name} must be a single line without control characters.`;
  if (value.length > MAX_ANSWER_LENGTH)
    return `${question.name} is ${value.length} characters long; at most ${MAX_ANSWER_LENGTH} are allowed.`;
  if (question.pattern !== undefined && !new RegExp(`^(?:${question.pattern})$`, 'u').test(value))
    return `${question.name} "${value}" is not ${question.hint ?? `a match for /${question.pattern}/`}.`;
  return undefined;
}

/** The default answer to `question` given the answers before it, or undefined when it has none. */
export function defaultAnswer(question: TemplateQuestion, before: Answers): string | undefined {
  if (question.default === undefined) return undefined;
  try {
    return Handlebars.compile(question.default, { noEscape: true, strict: true })(before);
  } catch (e) {
    throw new TemplateError(
      `The default of question "${question.name}" cannot be rendered: ${(e as Error).message}`,
    );
  }
}

/** The outcome of resolving answers: the answers when complete, else what is missing or wrong. */
export interface ResolvedAnswers {
  answers: Answers;
  /** Questions with no given, recorded or default answer. */
  missing: TemplateQuestion[];
  /** One sentence per invalid or unknown answer. */
  problems: string[];
}

/**
 * Answers for every question of `manifest`, taking for each the first of: `given` (flags or a
 * terminal), `recorded` (the answers file, on update), the question's default. Keys of `given`
 * the template does not ask are problems (a typo in `--set` must not pass silently); recorded
 * answers to questions a newer version no longer asks are dropped.
 */
export function resolveAnswers(
  manifest: TemplateManifest,
  given: Answers,
  recorded: Answers = {},
): ResolvedAnswers {
  const answers: Answers = {};
  const missing: TemplateQuestion[] = [];
  const problems: string[] = [];
  const asked = new Set(manifest.questions.map((q) => q.name));
  for (const key of Object.keys(given).sort())
    if (!asked.has(key))
      problems.push(
        `Template ${manifest.name} ${manifest.version} asks no question "${key}"; it asks ${[...asked].join(', ')}.`,
      );
  // Defaults see every earlier answer, valid or not, so one bad answer gives one problem.
  const context: Answers = {};
  for (const q of manifest.questions) {
    let value = given[q.name] ?? recorded[q.name];
    if (value === undefined) {
      try {
        value = defaultAnswer(q, context);
      } catch (e) {
        // A default built on an unanswered question waits for that answer; otherwise it is broken.
        if (!missing.length) throw e;
      }
    }
    if (value === undefined) {
      missing.push(q);
      continue;
    }
    context[q.name] = value;
    const problem = answerProblem(q, value);
    if (problem) problems.push(problem);
    else answers[q.name] = value;
  }
  return { answers, missing, problems };
}

/** The answers file's text: sorted keys, two-space indent, trailing newline. */
export function serializeAnswers(record: AnswersRecord): string {
  return stableJson(record);
}

/**
 * Reads the answers file's text. Throws TemplateError naming the file and the broken key when it
 * is not JSON or lacks `template`, `version` or string `answers`.
 */
export function parseAnswers(text: string): AnswersRecord {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new TemplateError(`${ANSWERS_FILE} is not valid JSON (${(e as Error).message}).`);
  }
  const r = data as Partial<AnswersRecord>;
  if (!r || typeof r !== 'object' || Array.isArray(r))
    throw new TemplateError(`${ANSWERS_FILE} must hold a JSON object.`);
  if (typeof r.template !== 'string' || typeof r.version !== 'string')
    throw new TemplateError(`${ANSWERS_FILE} must name "template" and "version" as strings.`);
  if (!r.answers || typeof r.answers !== 'object' || Array.isArray(r.answers))
    throw new TemplateError(`${ANSWERS_FILE} must hold "answers" as an object.`);
  for (const [key, value] of Object.entries(r.answers))
    if (typeof value !== 'string')
      throw new TemplateError(`${ANSWERS_FILE}: answer "${key}" must be a string.`);
  return { schemaVersion: 1, template: r.template, version: r.version, answers: r.answers };
}
