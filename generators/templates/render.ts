import Handlebars from 'handlebars';
import { slugify } from '../../kanban/slug.js';
import type { OutputFile } from '../types.js';
import { ANSWERS_FILE, TemplateError, type Answers, type TemplateVersion } from './types.js';

/**
 * A private Handlebars environment with the helpers templates may use. Output is not
 * HTML-escaped (templates emit YAML, JSON, Dockerfiles and Markdown); instead each format has a
 * helper that quotes a value for it:
 * - `{{json x}}`: a JSON string literal;
 * - `{{yaml x}}`: a YAML double-quoted scalar (JSON strings are valid YAML 1.2 flow scalars);
 * - `{{slug x}}`: a path- and URL-safe slug (kanban/slug.ts);
 * - `{{gha "expr"}}`: a GitHub Actions expression `${{ expr }}`, which Handlebars syntax
 *   cannot write literally without escapes that are easy to get wrong.
 */
const hb = Handlebars.create();
hb.registerHelper('json', (value: unknown) => JSON.stringify(String(value)));
hb.registerHelper('yaml', (value: unknown) => JSON.stringify(String(value)));
hb.registerHelper('slug', (value: unknown) => slugify(String(value), 'project'));
hb.registerHelper('gha', (expr: unknown) => `\${{ ${String(expr)} }}`);

/** Placeholders in template paths: `__name__` is the slug of the answer `name`. */
const PLACEHOLDER = /__([A-Za-z][A-Za-z0-9]*)__/g;

/**
 * The output path of a template file: `__key__` placeholders become the slug of the answer
 * (never a separator or `..`), the `.hbs` suffix is dropped, and the result must be a relative
 * path of plain segments. Throws TemplateError otherwise, so no answer and no template can
 * name a file outside the target folder.
 */
export function outputPath(templatePath: string, answers: Answers): string {
  const path = templatePath
    .replace(PLACEHOLDER, (_m, key: string) => {
      const value = answers[key];
      if (value === undefined)
        throw new TemplateError(`Template path "${templatePath}" names no answer "${key}".`);
      return slugify(value, 'project');
    })
    .replace(/\.hbs$/, '');
  const segments = path.split('/');
  if (
    path.includes('\\') ||
    path.includes('\0') ||
    segments.some((s) => s === '' || s === '.' || s === '..')
  )
    throw new TemplateError(`Template path "${templatePath}" gives an unsafe path "${path}".`);
  if (path === ANSWERS_FILE)
    throw new TemplateError(`Template path "${templatePath}" would overwrite ${ANSWERS_FILE}.`);
  return path;
}

/**
 * Renders a template version with `answers` into files: `.hbs` files through Handlebars
 * (strict: a name the answers lack is an error, not an empty string), other files verbatim.
 * Pure and deterministic: same template and answers, same files in the same order (by path).
 * Throws TemplateError for a template that does not render or an unsafe output path.
 */
export function renderTemplate(template: TemplateVersion, answers: Answers): OutputFile[] {
  const files: OutputFile[] = [];
  const seen = new Set<string>();
  for (const file of template.files) {
    const path = outputPath(file.path, answers);
    if (seen.has(path))
      throw new TemplateError(`Two template files render to the same path "${path}".`);
    seen.add(path);
    let content = file.source;
    if (file.path.endsWith('.hbs')) {
      try {
        content = hb.compile(file.source, { noEscape: true, strict: true })({ ...answers });
      } catch (e) {
        throw new TemplateError(
          `${template.manifest.name} ${template.manifest.version}: ${file.path} does not render: ${(e as Error).message}`,
        );
      }
    }
    files.push({ path, content });
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
