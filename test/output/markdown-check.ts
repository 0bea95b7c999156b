import MarkdownIt from 'markdown-it';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const parser = unified().use(remarkParse).use(remarkGfm);

/** What GitHub would turn into a notification: `@name` or `@org/team` after a non-word character. */
const MENTION = /(^|[^A-Za-z0-9_])@[A-Za-z0-9]/;
// eslint-disable-next-line no-control-regex -- looking for raw control characters
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/**
 * What of `markdown` GitHub would render as more than text, read with remark and GFM (the same
 * grammar GitHub renders: tables, autolink literals, footnotes): raw HTML other than the hidden
 * markers boardwright writes, links and images (autolinks included) other than `allowedUrls`,
 * live @-mentions in text, and raw control characters. Code spans and code blocks are inert.
 * Returns one line per problem; [] when the Markdown is safe.
 */
export function renderedProblems(markdown: string, allowedUrls: readonly string[] = []): string[] {
  const problems: string[] = [];
  if (CONTROL.test(markdown)) problems.push('raw control character');
  const tree = parser.parse(markdown) as Root;
  visit(tree, (node) => {
    switch (node.type) {
      case 'html':
        if (!/^<!-- boardwright:[a-z-]+ -->$/.test(node.value.trim()))
          problems.push(`html: ${node.value}`);
        break;
      case 'link':
      case 'image':
        if (!allowedUrls.includes(node.url)) problems.push(`${node.type}: ${node.url}`);
        break;
      case 'linkReference':
      case 'imageReference':
      case 'definition':
      case 'footnoteReference':
      case 'footnoteDefinition':
        problems.push(node.type);
        break;
      case 'text':
        if (MENTION.test(node.value)) problems.push(`mention: ${node.value}`);
        break;
    }
  });
  return problems;
}

const md = new MarkdownIt({ html: true, linkify: true });
// GitHub links bare URLs (http://, https://, www.) and e-mail addresses, not bare domain names.
md.linkify.set({ fuzzyLink: false, fuzzyEmail: true });

/** Tags boardwright's own Markdown renders to (tables, headings, emphasis, code, lists). */
const OWN_TAGS = new Set([
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'strong',
  'em',
  'code',
  'pre',
  'ul',
  'ol',
  'li',
  'br',
  'hr',
  'blockquote',
  's',
]);

/**
 * The fast form of renderedProblems, for many documents: `markdown` rendered to HTML by
 * markdown-it (CommonMark, tables, linkify as GitHub links), then any tag boardwright does not
 * write itself (raw HTML, a link, an image), a marker comment aside, and any live @-mention in
 * text outside `<code>`.
 */
export function renderedHtmlProblems(markdown: string): string[] {
  const html = md.render(markdown);
  const problems: string[] = [];
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/g)) {
    if (!OWN_TAGS.has(m[2]!.toLowerCase())) problems.push(`tag <${m[1]}${m[2]}>`);
  }
  const text = html
    .replace(/<code[^>]*>[\s\S]*?<\/code>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#8203;|\u200b/g, '\u200b');
  const mention = /(^|[^A-Za-z0-9_])@[A-Za-z0-9]/.exec(
    text.replace(/&amp;/g, '&').replace(/&lt;|&gt;|&quot;/g, ' '),
  );
  if (mention) problems.push(`mention at ${mention.index}`);
  return problems;
}
