import type { Diagnostic } from '../../model/types.js';
import { headingKey, type HeadingInfo, type SpecDocument } from '../document.js';
import { MESSAGES } from '../rules.js';
import type { HeadingRule } from '../types.js';

/** A heading rule with its defaults filled in and its matcher built. */
interface Expected {
  title: string;
  matches(heading: HeadingInfo): boolean;
  depth?: number;
  severity: Diagnostic['severity'];
  allowEmpty: boolean;
}

function expected(rule: HeadingRule): Expected {
  if (typeof rule === 'string') {
    const key = headingKey(rule);
    return { title: rule, matches: (h) => h.key === key, severity: 'error', allowEmpty: false };
  }
  let matches: (h: HeadingInfo) => boolean;
  if (rule.pattern) {
    const re = new RegExp(rule.pattern, 'i');
    matches = (h) => re.test(h.text);
  } else {
    const keys = new Set([rule.title, ...(rule.aliases ?? [])].map(headingKey));
    matches = (h) => keys.has(h.key);
  }
  const out: Expected = {
    title: rule.title,
    matches,
    severity: rule.severity ?? 'error',
    allowEmpty: rule.allowEmpty ?? false,
  };
  if (rule.depth !== undefined) out.depth = rule.depth;
  return out;
}

/**
 * Checks that `doc` has each required heading (`missing-heading`), at the required level when
 * one is set, and that the section under it holds something besides HTML comments
 * (`empty-section`). A heading found only at another level is reported on its own line; a
 * missing one on line 1. `profile` is the profile's id, for messages. Headings inside lists or
 * quotes do not count.
 */
export function checkHeadings(
  doc: SpecDocument,
  rules: readonly HeadingRule[],
  profile: string,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const rule of rules.map(expected)) {
    const found = doc.headings.filter(rule.matches);
    const atLevel = rule.depth === undefined ? found : found.filter((h) => h.depth === rule.depth);
    const base = { severity: rule.severity, path: doc.path };
    if (atLevel.length === 0) {
      const wrong = found[0];
      out.push(
        wrong && rule.depth !== undefined
          ? {
              ...base,
              rule: 'missing-heading',
              message: MESSAGES.headingLevel(wrong.text, wrong.depth, rule.depth),
              line: wrong.line,
              column: wrong.column,
            }
          : {
              ...base,
              rule: 'missing-heading',
              message: MESSAGES.missingHeading(profile, rule.title, rule.depth),
              line: 1,
              column: 1,
            },
      );
      continue;
    }
    // One non-empty occurrence is enough; the first empty one is reported otherwise.
    if (!rule.allowEmpty && atLevel.every((h) => h.empty)) {
      const h = atLevel[0] as HeadingInfo;
      out.push({
        ...base,
        rule: 'empty-section',
        message: MESSAGES.emptySection(h.text),
        line: h.line,
        column: h.column,
      });
    }
  }
  return out;
}
