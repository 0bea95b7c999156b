import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';

/** Thrown when the bundled site templates cannot be found or compiled. */
export class SiteTemplateError extends Error {}

/**
 * The bundled `templates/site` folder. Found by walking up from this module because the same
 * code runs from the sources (tests), from `dist/cli.js` and from a chunk in `dist/chunks/`.
 */
export function siteTemplateRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'templates', 'site');
    if (existsSync(join(candidate, 'board.hbs'))) return candidate;
    dir = dirname(dir);
  }
  throw new SiteTemplateError('The bundled site templates folder (templates/site) is missing.');
}

/** The compiled site: one render function per page and the static assets' text. */
export interface SiteTemplates {
  index(view: object): string;
  board(view: object): string;
  /** `site.css` and `site.js`, with line endings normalised to LF. */
  assets: { css: string; js: string };
  /** Marks renderer-made markup (the diagram SVG) so `{{…}}` inserts it unescaped. */
  trusted(html: string): unknown;
}

const cache = new Map<string, SiteTemplates>();

/**
 * Reads and compiles the site templates of `root` once per process: `layout.hbs`, `index.hbs`,
 * `board.hbs` and every `_<name>.hbs` as partial `<name>`, in a Handlebars environment of its
 * own. Compiled with `strict` (a misspelt field is an error, not an empty string) and
 * `knownHelpersOnly`; `{{…}}` HTML-escapes, and the templates never use `{{{…}}}`.
 * Throws SiteTemplateError when a file is missing or does not compile.
 */
export function siteTemplates(root: string = siteTemplateRoot()): SiteTemplates {
  const cached = cache.get(root);
  if (cached) return cached;
  // Checkouts with core.autocrlf turn LF into CRLF; the output bytes must not depend on that.
  const read = (name: string): string => {
    try {
      return readFileSync(join(root, name), 'utf8').replace(/\r\n/g, '\n');
    } catch (e) {
      throw new SiteTemplateError(`Cannot read site template ${name}: ${(e as Error).message}`);
    }
  };
  const hb = Handlebars.create();
  const options = {
    strict: true,
    knownHelpersOnly: true,
    knownHelpers: { eq: true },
    preventIndent: true,
  };
  const compile = (name: string, partial = false): HandlebarsTemplateDelegate => {
    const source = read(name);
    const text = partial ? source.replace(/\n$/, '') : source;
    try {
      // compile() is lazy; parse() reports syntax errors now, with the template's name.
      hb.parse(text);
      return hb.compile(text, options);
    } catch (e) {
      throw new SiteTemplateError(
        `Site template ${name} does not compile: ${(e as Error).message}`,
      );
    }
  };
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  for (const file of readdirSync(root).sort()) {
    const m = /^_([a-z-]+)\.hbs$/.exec(file);
    // A partial's final newline would follow every inclusion, inside inline markup too.
    if (m) hb.registerPartial(m[1] as string, compile(file, true));
  }
  hb.registerPartial('layout', compile('layout.hbs'));
  const index = compile('index.hbs');
  const board = compile('board.hbs');
  const render = (template: HandlebarsTemplateDelegate, name: string) => (view: object) => {
    try {
      return template(view);
    } catch (e) {
      throw new SiteTemplateError(`Site template ${name} failed: ${(e as Error).message}`);
    }
  };
  const built: SiteTemplates = {
    index: render(index, 'index.hbs'),
    board: render(board, 'board.hbs'),
    assets: { css: read('site.css'), js: read('site.js') },
    trusted: (html) => new hb.SafeString(html),
  };
  cache.set(root, built);
  return built;
}
