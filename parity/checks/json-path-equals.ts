import { readStructured } from '../document.js';
import { workspacePath } from '../paths.js';
import { getAtPath, jsonEqual, parsePath, toPointer } from '../pointer.js';
import { shown, type Evaluator } from './check.js';

/**
 * `json-path-equals`: passes when the value at `path` in the JSON or YAML `file` deeply equals
 * `equals` (see pointer.ts for the path notations). A missing or unparsable file, or a path that
 * names nothing, fails with evidence saying which.
 */
export const jsonPathEquals: Evaluator<'json-path-equals'> = (check, { root }) => {
  const file = workspacePath(check.file) ?? check.file;
  // The knowledge base was checked before evaluation, so the path parses.
  const tokens = parsePath(check.path);
  const pointer = toPointer(tokens) || '(the document)';
  const parsed = readStructured(root, file);
  if (parsed.diagnostic) {
    const { rule, message, line } = parsed.diagnostic;
    if (rule === 'unreadable-file' && /does not exist/.test(message)) {
      return { status: 'fail', evidence: `${file} does not exist` };
    }
    return { status: 'fail', evidence: `${file}:${line} cannot be read: ${message}` };
  }
  const { document } = parsed;
  const found = getAtPath(document.data, tokens);
  if (!found.found) {
    return { status: 'fail', evidence: `${file} has nothing at ${found.missing}` };
  }
  const at = `${pointer} in ${file}:${document.lineOf(toPointer(tokens))}`;
  if (jsonEqual(found.value, check.equals)) {
    return { status: 'pass', evidence: `${at} is ${shown(found.value)}` };
  }
  return {
    status: 'fail',
    evidence: `${at} is ${shown(found.value)}, expected ${shown(check.equals)}`,
  };
};
