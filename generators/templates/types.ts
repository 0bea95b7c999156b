/**
 * Shapes shared by the repository-template modules: a template version as read from
 * `templates/repo/<name>/<version>/`, its questions, and the answers file written into every
 * repository made from a template.
 */

/** Thrown for unusable template input (unknown template or version, bad manifest, bad answers, unsafe path). */
export class TemplateError extends Error {}

/** One question a template asks; its answer is a single line of text. */
export interface TemplateQuestion {
  /** Answer key, used in Handlebars (`{{name}}`), in paths (`__name__`) and as `--set name=…`. */
  name: string;
  /** The prompt shown on a terminal. */
  message: string;
  /** Default answer; a Handlebars template over the answers given before it. */
  default?: string;
  /** ECMAScript regular expression the whole answer must match. */
  pattern?: string;
  /** Said when the answer does not match `pattern`, e.g. "an npm package name". */
  hint?: string;
}

/** `template.json` of one template version. */
export interface TemplateManifest {
  name: string;
  /** Semver; a released version's folder never changes, so `update` can re-render it. */
  version: string;
  description: string;
  questions: TemplateQuestion[];
}

/** A source file of a template version, path relative to its `files/` folder. */
export interface TemplateFile {
  /** `/`-separated; may hold `__key__` placeholders; a `.hbs` suffix marks a Handlebars file. */
  path: string;
  /** Text with LF line endings. */
  source: string;
}

/** One version of one template, read from disk. */
export interface TemplateVersion {
  manifest: TemplateManifest;
  files: TemplateFile[];
}

/** Answers by question name. */
export type Answers = Record<string, string>;

/** Name of the answers file written at the root of every repository made from a template. */
export const ANSWERS_FILE = '.boardwright-template.json';

/** Content of the answers file: which template and version made the repository, from which answers. */
export interface AnswersRecord {
  schemaVersion: 1;
  template: string;
  version: string;
  answers: Answers;
}
