import type { Config, RuleSetting } from '../config/load.js';
import type { Links } from '../model/link.js';
import type { Diagnostic, Severity, Workspace } from '../model/types.js';
import { type Rule, ruleUrl } from './rule.js';
import { RULES } from './rules/index.js';

/** Reads a rule's setting from the config: severity (or off) and options. */
function settingOf(
  rule: Rule,
  setting: RuleSetting | undefined,
): { severity: Severity | 'off'; options: Record<string, unknown> } {
  if (setting === undefined) return { severity: rule.defaultSeverity, options: {} };
  if (Array.isArray(setting)) return { severity: setting[0], options: setting[1] ?? {} };
  return { severity: setting, options: {} };
}

/**
 * Runs every enabled rule over the linked model and returns their diagnostics, with each rule's
 * configured severity and docs URL. Rule ids in the config that no rule has give a warning.
 */
export function runRules(
  workspace: Pick<Workspace, 'boards'>,
  links: Links,
  config: Config,
  configPath = 'boardwright.config.yaml',
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const id of Object.keys(config.rules ?? {})) {
    if (!RULES.some((r) => r.id === id)) {
      out.push({
        rule: 'invalid-config',
        severity: 'warning',
        message: `Config names rule "${id}", which does not exist. Known rules: ${RULES.map((r) => r.id).join(', ')}.`,
        path: configPath,
        line: 1,
        column: 1,
      });
    }
  }
  for (const rule of RULES) {
    const { severity, options } = settingOf(rule, config.rules?.[rule.id]);
    if (severity === 'off') continue;
    for (const f of rule.check({ workspace, links, config }, options)) {
      const d: Diagnostic = {
        rule: rule.id,
        severity,
        message: f.message,
        path: f.path ?? f.board.path,
        line: f.line,
        column: f.column ?? 1,
        url: ruleUrl(rule.id),
      };
      if (f.endLine !== undefined) d.endLine = f.endLine;
      out.push(d);
    }
  }
  return out;
}
