import type { Diagnostic } from '../../model/types.js';
import { headingKey, type HeadingInfo, type SpecDocument } from '../document.js';
import { MESSAGES } from '../rules.js';
import type { HeadingRule } from '../types.js';

/**
 * Words templates use to mark a section mandatory, in the languages spec-kit's templates and
 * their translations are written in: `## Requirements *(mandatory)*`, `## 需求 *(必填)*`,
 * `## 要件 *(必須)*`, `## Vereisten *(verplicht)*`.
 */
const MANDATORY =
  /\(\s*(?:mandatory|required|必填|必须|必須|必需|必要|obligatorio|obligatoria|obrigatório|obrigatoria|obligatoire|obbligatorio|verplicht|pflicht|erforderlich|obowiązkowe|обязательно|обязательный|필수|zorunlu|wajib|bắt buộc)\s*\)\s*$/i;

/** A heading rule with its defaults filled in and its matchers built. */
interface Expected {
  title: string;
  /** Matches by title, alias or pattern. */
  named(heading: HeadingInfo): boolean;
  /** Matches by what the section holds (the rule's `contains`), when the name does not. */
  contains?: RegExp;
  /** The template marks this heading mandatory: a marked heading in its place counts. */
  marked: boolean;
  depth?: number;
  severity: Diagnostic['severity'];
  allowEmpty: boolean;
}

/**
 * The keys a heading can be matched by: its own (see headingKey), the text outside its
 * parentheses, and each parenthesised part — bilingual headings such as
 * `需求(Requirements) *(必填)*` carry the English title in parentheses.
 */
function keysOf(h: HeadingInfo): string[] {
  const keys = new Set([h.key]);
  const outside = headingKey(h.text.replace(/[（(][^（）()]*[)）]/g, ' '));
  if (outside) keys.add(outside);
  for (const m of h.text.matchAll(/[（(]([^（）()]+)[)）]/g)) keys.add(headingKey(m[1] as string));
  return [...keys];
}

function expected(rule: HeadingRule, extra: Readonly<Record<string, readonly string[]>>): Expected {
  const r = typeof rule === 'string' ? { title: rule } : rule;
  let named: (h: HeadingInfo) => boolean;
  if (r.pattern) {
    const re = new RegExp(r.pattern, 'i');
    named = (h) => re.test(h.text);
  } else {
    const keys = new Set(
      [r.title, ...(r.aliases ?? []), ...(extra[r.title] ?? [])].map(headingKey),
    );
    named = (h) => keysOf(h).some((k) => keys.has(k));
  }
  const out: Expected = {
    title: r.title,
    named,
    marked: r.marked ?? false,
    severity: r.severity ?? 'error',
    allowEmpty: r.allowEmpty ?? false,
  };
  if (r.contains) out.contains = new RegExp(r.contains);
  if (r.depth !== undefined) out.depth = r.depth;
  return out;
}

/** The source text of a heading's section (heading line included). */
function sectionText(doc: SpecDocument, h: HeadingInfo): string {
  const nodes = doc.tree.children;
  const start = nodes[h.index]?.position?.start.offset ?? 0;
  const end = nodes[h.end - 1]?.position?.end.offset ?? doc.text.length;
  return doc.text.slice(start, end);
}

/**
 * The headings that stand for each rule: by title, alias or pattern (a bilingual heading's
 * parenthesised part counts); else, for a rule with `contains`, the first unclaimed heading whose
 * section holds that text (spec-kit's Requirements hold FR-001 ids in every language); else, for
 * rules the template marks mandatory, the unclaimed headings carrying a mandatory marker in any
 * language (`*(必填)*`), paired with those rules in order.
 */
function locate(doc: SpecDocument, rules: readonly Expected[]): Map<Expected, HeadingInfo[]> {
  const found = new Map<Expected, HeadingInfo[]>();
  const claimed = new Set<HeadingInfo>();
  const atDepth = (e: Expected, h: HeadingInfo) => e.depth === undefined || h.depth === e.depth;
  for (const e of rules) {
    const hits = doc.headings.filter(e.named);
    found.set(e, hits);
    for (const h of hits) claimed.add(h);
  }
  for (const e of rules) {
    if (found.get(e)?.length || !e.contains) continue;
    const re = e.contains;
    const hit = doc.headings.find(
      (h) => !claimed.has(h) && atDepth(e, h) && re.test(sectionText(doc, h)),
    );
    if (hit) {
      found.set(e, [hit]);
      claimed.add(hit);
    }
  }
  const open = rules.filter((e) => e.marked && !found.get(e)?.length);
  if (open.length) {
    const marked = doc.headings.filter(
      (h) => !claimed.has(h) && MANDATORY.test(h.text) && atDepth(open[0] as Expected, h),
    );
    // Marked headings already claimed by name keep their place: the others pair up in order.
    open.forEach((e, i) => {
      const h = marked[i];
      if (h) found.set(e, [h]);
    });
  }
  return found;
}

/**
 * Checks that `doc` has each required heading (`missing-heading`), at the required level when
 * one is set, and that the section under it holds something besides HTML comments
 * (`empty-section`). Headings are found by title, aliases (the rule's and `aliases`, the
 * config's extra aliases by title), content or mandatory marker (see locate), so localized specs
 * written from translated templates pass. A heading found only at another level is reported on
 * its own line; a missing one on line 1. `profile` is the profile's id, for messages. Headings
 * inside lists or quotes do not count.
 */
export function checkHeadings(
  doc: SpecDocument,
  rules: readonly HeadingRule[],
  profile: string,
  aliases: Readonly<Record<string, readonly string[]>> = {},
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const expectations = rules.map((r) => expected(r, aliases));
  const located = locate(doc, expectations);
  for (const rule of expectations) {
    const found = located.get(rule) ?? [];
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
              message: MESSAGES.missingHeading(
                profile,
                rule.title,
                rule.depth,
                rule.severity === 'error',
              ),
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
