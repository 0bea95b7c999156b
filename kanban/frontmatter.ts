import type { Root } from 'mdast';
import { loadYaml } from '../io/yaml.js';
import type { Diagnostic } from '../model/types.js';
import { quoteAssignees } from './backlog-md/task.js';

/**
 * Reads YAML front matter (the `yaml` node remark-frontmatter puts first). Aliases are capped so
 * that an alias bomb fails fast; any YAML error becomes a fatal diagnostic at its line (the caller
 * decides whether the file is unusable). `assignee: @name`, which is not YAML but which Backlog.md
 * and the files written for it use, is read as Backlog.md reads it.
 */
export function readFrontmatter(
  tree: Root,
  path: string,
): { data?: Record<string, unknown>; diagnostic?: Diagnostic } {
  const node = tree.children[0];
  if (node?.type !== 'yaml') return {};
  const firstLine = (node.position?.start.line ?? 1) + 1;
  const { parseDocument } = loadYaml();
  try {
    let doc = parseDocument(node.value, { prettyErrors: false, uniqueKeys: false });
    if (doc.errors.length && /^\s*(?:assignee|reporter)\s*:\s*[^\s'"[-]/m.test(node.value)) {
      const repaired = parseDocument(quoteAssignees(node.value), {
        prettyErrors: false,
        uniqueKeys: false,
      });
      if (!repaired.errors.length) doc = repaired;
    }
    const error = doc.errors[0];
    if (error) {
      const line = firstLine + (error.linePos?.[0]?.line ?? 1) - 1;
      return { diagnostic: fmError(path, line, error.message.split('\n')[0] ?? 'invalid YAML') };
    }
    const data: unknown = doc.toJS({ maxAliasCount: 100 });
    if (data === null || data === undefined) return {};
    if (typeof data !== 'object' || Array.isArray(data)) {
      return {
        diagnostic: fmError(path, firstLine, 'front matter is not a mapping of keys to values'),
      };
    }
    return { data: data as Record<string, unknown> };
  } catch (e) {
    return {
      diagnostic: fmError(path, firstLine, (e as Error).message.split('\n')[0] ?? 'invalid YAML'),
    };
  }
}

function fmError(path: string, line: number, detail: string): Diagnostic {
  return {
    rule: 'invalid-frontmatter',
    severity: 'error',
    message: `Front matter is not usable YAML: ${detail}. Fix the YAML between the --- lines.`,
    path,
    line,
    column: 1,
    fatal: true,
  };
}
