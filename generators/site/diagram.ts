import { dependencySvg } from '../diagrams/index.js';
import type { Links } from '../../model/link.js';
import type { Board } from '../../model/types.js';

/**
 * The dependency diagram of one board as SVG markup to inline in its page (Graphviz, through
 * `dependencySvg` of generators/diagrams), or undefined when the page shows only the dependency
 * list, which it always shows as the accessible form of the same graph.
 *
 * This is the one place the site meets the diagram generator: replacing the `return` in the
 * `try` with `return undefined;` gives a site with lists only. Boards without dependencies get
 * no diagram (an empty graph says nothing the list does not). Never throws: a renderer that
 * fails, or SVG that `inlineSvg` refuses, leaves the page with the list.
 */
export async function dependencyDiagram(board: Board, links: Links): Promise<string | undefined> {
  if (!board.items.some((i) => i.dependsOn.length > 0)) return undefined;
  try {
    return inlineSvg(await dependencySvg(board, links));
  } catch {
    return undefined;
  }
}

/** Elements that could run code or pull in other documents; SVG holding any is refused. */
const UNSAFE_ELEMENTS = new Set(['script', 'foreignobject', 'iframe', 'object', 'embed']);

/**
 * Makes renderer SVG fit for inlining in HTML: keeps the root `<svg>…</svg>` element only
 * (dropping the XML declaration and doctype) and removes every comment (Graphviz writes node
 * names into comments). Returns undefined, so that the page shows no diagram, when a tag is
 * unfit to insert unescaped: one of UNSAFE_ELEMENTS, an `on…` event-handler attribute, an
 * unquoted attribute, or an `href` that is not a same-page `#fragment`. Graphviz quotes and
 * escapes every attribute value and label, so a refusal means a renderer bug, not a hostile
 * title; the page's Content-Security-Policy would block a script anyway.
 */
export function inlineSvg(svg: string): string | undefined {
  const start = svg.search(/<svg[\s>]/i);
  const end = svg.lastIndexOf('</svg>');
  if (start === -1 || end < start) return undefined;
  const body = svg.slice(start, end + '</svg>'.length).replace(/<!--[\s\S]*?-->/g, '');
  if (/<!--|<!\[CDATA\[|<\?/i.test(body)) return undefined;
  for (const tag of body.matchAll(/<([A-Za-z][\w:-]*)([^>]*)>/g)) {
    const name = (tag[1] as string).toLowerCase();
    if (UNSAFE_ELEMENTS.has(name)) return undefined;
    // Attributes must all be name="value"; whatever is left after removing them is suspect.
    const attributes = tag[2] as string;
    const rest = attributes.replace(/\s+[\w:-]+="[^"]*"/g, '').replace(/\s*\/?\s*$/, '');
    if (rest !== '') return undefined;
    for (const [, attr, value] of attributes.matchAll(/([\w:-]+)="([^"]*)"/g)) {
      const key = (attr as string).toLowerCase();
      if (key.startsWith('on')) return undefined;
      if (key.endsWith('href') && !(value as string).startsWith('#')) return undefined;
    }
  }
  return body;
}
