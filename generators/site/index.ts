import type { Links } from '../../model/link.js';
import type { Workspace } from '../../model/types.js';
import type { OutputFile } from '../types.js';
import { dependencyDiagram } from './diagram.js';
import { SiteMap } from './links.js';
import { siteTemplates } from './templates.js';
import { boardView, indexView } from './view.js';

export { boardColumns, type Column } from './columns.js';
export { boardPages, cardAnchors } from './names.js';
export { inlineSvg } from './diagram.js';
export { SiteTemplateError } from './templates.js';

/**
 * The static dashboard of a workspace, as files relative to the site root:
 *
 * - `index.html`: every board with a progress bar (done share of the items that are not
 *   cancelled, as in `progressOf`), its counts and its findings; findings about files that are
 *   not boards (config, unreadable files) follow.
 * - `boards/<sanitised board id>.html` per board (names from `boardPages`): the kanban columns
 *   (`boardColumns`) of cards with id, title, kind, assignee and acceptance progress; each card
 *   opens to its details (fields, acceptance criteria, parent and subtasks, dependencies and
 *   dependants as links, across boards too, findings); a filter box; the dependencies (list, and
 *   the diagram when `dependencyDiagram` gives one); the board's diagnostics.
 * - `assets/site.css`, `assets/site.js` (the filter and fragment handling; the pages work
 *   without it) and `.nojekyll`, so GitHub Pages serves the files as they are.
 *
 * Self-contained: no CDN, fonts or network at view time; every page carries a
 * Content-Security-Policy that allows only its own stylesheet and script. Every user string is
 * HTML-escaped by the templates. Pure apart from reading the bundled templates, and
 * deterministic: the same model gives the same bytes (no dates, stable order). Files are sorted
 * by path. Throws SiteTemplateError when the bundled templates are missing or broken.
 */
export async function siteFiles(workspace: Workspace, links: Links): Promise<OutputFile[]> {
  const templates = siteTemplates();
  const site = new SiteMap(workspace.boards, links);
  const files: OutputFile[] = [
    { path: '.nojekyll', content: '' },
    { path: 'assets/site.css', content: templates.assets.css },
    { path: 'assets/site.js', content: templates.assets.js },
    {
      path: 'index.html',
      content: templates.index({ root: '', page: 'index', ...indexView(workspace, site) }),
    },
  ];
  for (const board of workspace.boards) {
    const svg = await dependencyDiagram(board, links);
    const view = boardView(board, workspace, site);
    files.push({
      path: site.page(board),
      content: templates.board({
        root: '../',
        page: 'board',
        ...view,
        diagram: svg === undefined ? false : templates.trusted(svg),
      }),
    });
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
