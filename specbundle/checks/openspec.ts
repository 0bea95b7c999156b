import type { RootContent } from 'mdast';
import { plain } from '../../kanban/mdast.js';
import type { Diagnostic } from '../../model/types.js';
import type { HeadingInfo, SpecDocument } from '../document.js';
import { MESSAGES } from '../rules.js';

/**
 * The OpenSpec requirement format (OpenSpec's AGENTS.md conventions): a spec's `## Requirements`
 * section — or a change's delta sections `## ADDED|MODIFIED|REMOVED|RENAMED Requirements` —
 * holds `### Requirement: <name>` blocks; each requirement states its behaviour with SHALL or
 * MUST and has at least one `#### Scenario: <name>`. Removed and renamed requirements only name
 * what goes, so they carry neither.
 */
const SECTIONS: ReadonlyArray<{ heading: RegExp; blocks: boolean }> = [
  { heading: /^requirements$/i, blocks: true },
  { heading: /^added requirements$/i, blocks: true },
  { heading: /^modified requirements$/i, blocks: true },
  { heading: /^removed requirements$/i, blocks: false },
  { heading: /^renamed requirements$/i, blocks: false },
];

const REQUIREMENT = /^Requirement:\s*(.*)$/i;
const SCENARIO = /^Scenario:/i;
/** "Scenario:" written as a bullet or bold label instead of a level-4 heading. */
const LOOSE_SCENARIO = /\bScenario\s*:/;
const NORMATIVE = /\b(?:SHALL|MUST)\b/;

/** Plain text of the nodes, leaving out code, whose keywords do not state behaviour. */
function prose(nodes: readonly RootContent[]): string {
  return nodes
    .filter((n) => n.type !== 'code' && n.type !== 'html')
    .map((n) => plain(n))
    .join('\n');
}

/**
 * Checks the requirement blocks of an OpenSpec spec or delta spec: `empty-requirements` for a
 * Requirements/ADDED/MODIFIED section without any `### Requirement:`,
 * `requirement-without-scenario` (with a hint when a scenario is written at the wrong level) and
 * `requirement-without-shall` for a block whose text before its first scenario says neither
 * SHALL nor MUST. Diagnostics point at the section or requirement heading. Pure; never throws.
 */
export function checkOpenSpecRequirements(doc: SpecDocument): Diagnostic[] {
  const out: Diagnostic[] = [];
  const nodes = doc.tree.children;
  const report = (h: HeadingInfo, rule: string, message: string) =>
    out.push({ rule, severity: 'error', message, path: doc.path, line: h.line, column: h.column });

  for (const section of doc.headings) {
    if (section.depth !== 2) continue;
    const kind = SECTIONS.find((s) => s.heading.test(section.text));
    if (!kind?.blocks) continue;
    const requirements = doc.headings.filter(
      (h) =>
        h.depth === 3 &&
        h.index > section.index &&
        h.index < section.end &&
        REQUIREMENT.test(h.text),
    );
    if (requirements.length === 0) {
      report(section, 'empty-requirements', MESSAGES.emptyRequirements(section.text));
      continue;
    }
    for (const req of requirements) {
      const name = (REQUIREMENT.exec(req.text)?.[1] ?? '').trim() || req.text;
      const inside = doc.headings.filter((h) => h.index > req.index && h.index < req.end);
      const scenarios = inside.filter((h) => h.depth === 4 && SCENARIO.test(h.text));
      const firstScenario = scenarios[0]?.index ?? req.end;
      const body = nodes.slice(req.index + 1, firstScenario);
      if (scenarios.length === 0) {
        // A `### Scenario:` ends the requirement's section, so it is the heading right after it.
        const next = doc.headings.find((h) => h.index === req.end);
        const misplaced =
          inside.find((h) => SCENARIO.test(h.text)) ??
          (next && SCENARIO.test(next.text) ? next : undefined);
        const loose = misplaced
          ? `${'#'.repeat(misplaced.depth)} ${misplaced.text}`
          : LOOSE_SCENARIO.exec(prose(body))?.[0];
        report(
          req,
          'requirement-without-scenario',
          MESSAGES.withoutScenario(name, loose ? MESSAGES.scenarioLevelHint(loose) : undefined),
        );
      }
      if (!NORMATIVE.test(prose(body))) {
        report(req, 'requirement-without-shall', MESSAGES.withoutShall(name));
      }
    }
  }
  return out;
}
