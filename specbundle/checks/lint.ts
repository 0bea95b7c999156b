import type { Root } from 'mdast';
import remarkPresetLintRecommended from 'remark-preset-lint-recommended';
import { type Pluggable, type Plugin, unified } from 'unified';
import { VFile } from 'vfile';
import { parseMarkdownWhole } from '../../kanban/parse.js';
import type { Diagnostic, Severity } from '../../model/types.js';
import type { SpecDocument } from '../document.js';
import type { LintSetting, LintSettings } from '../types.js';

/**
 * Markdown validity through remark-lint with remark-preset-lint-recommended 7: the preset's
 * rules, each of which can be switched off, given a severity, or given its own options; or the
 * whole preset off. Messages become diagnostics `remark-lint:<rule>` with line and column.
 */

interface PresetRule {
  id: string;
  plugin: Plugin<unknown[], Root>;
  /** The option the preset passes (e.g. `'one'` for list-item-indent). */
  options?: unknown;
}

function presetParts(): { control: Plugin<unknown[], Root>; rules: PresetRule[] } {
  let control: Plugin<unknown[], Root> | undefined;
  const rules: PresetRule[] = [];
  for (const entry of (remarkPresetLintRecommended.plugins ?? []) as Pluggable[]) {
    const [plugin, options] = Array.isArray(entry) ? entry : [entry];
    const name = (plugin as { name?: string }).name ?? '';
    // Rules made with unified-lint-rule are named `remark-lint:<id>`; the one plugin that is not
    // a rule is remark-lint itself, which honours `<!-- lint disable -->` comments.
    const m = /^remark-lint:(.+)$/.exec(name);
    if (m) {
      const rule: PresetRule = { id: m[1] as string, plugin: plugin as Plugin<unknown[], Root> };
      if (options !== undefined) rule.options = options;
      rules.push(rule);
    } else {
      control = plugin as Plugin<unknown[], Root>;
    }
  }
  if (!control) throw new Error('remark-preset-lint-recommended has no remark-lint plugin');
  return { control, rules };
}

const PRESET = presetParts();

/** Ids of the preset's rules, e.g. `final-newline`, in the preset's order. */
export const LINT_RULE_IDS: readonly string[] = PRESET.rules.map((r) => r.id);

/**
 * Layers lint settings: later layers win; `rules` are merged rule by rule. Undefined layers are
 * skipped. Returns a new object.
 */
export function mergeLintSettings(...layers: Array<LintSettings | undefined>): LintSettings {
  const out: LintSettings = {};
  for (const layer of layers) {
    if (!layer) continue;
    if (layer.preset) out.preset = layer.preset;
    if (layer.severity) out.severity = layer.severity;
    if (layer.rules) out.rules = { ...out.rules, ...layer.rules };
  }
  return out;
}

function settingOf(setting: LintSetting | undefined): {
  severity?: Severity | 'off';
  options?: unknown;
} {
  if (setting === undefined) return {};
  if (Array.isArray(setting)) {
    return setting[1] === undefined
      ? { severity: setting[0] }
      : { severity: setting[0], options: setting[1] };
  }
  return { severity: setting };
}

/** A compiled linter: the processor and each rule's severity. */
interface Linter {
  run(tree: Root, file: VFile): void;
  severity: Map<string, Severity>;
}

const cache = new Map<string, Linter | null>();

function linterFor(settings: LintSettings): Linter | null {
  const key = JSON.stringify(settings);
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  let linter: Linter | null = null;
  if (settings.preset !== 'off') {
    const severity = new Map<string, Severity>();
    let processor = unified().use(PRESET.control);
    for (const rule of PRESET.rules) {
      const s = settingOf(settings.rules?.[rule.id]);
      if (s.severity === 'off') continue;
      severity.set(rule.id, s.severity ?? settings.severity ?? 'warning');
      const options = s.options ?? rule.options;
      processor =
        options === undefined ? processor.use(rule.plugin) : processor.use(rule.plugin, options);
    }
    const frozen = processor.freeze();
    linter = { run: (tree, file) => void frozen.runSync(tree, file), severity };
  }
  cache.set(key, linter);
  return linter;
}

/**
 * Lints one document and returns its messages as diagnostics (rule `remark-lint:<id>`, the
 * rule's severity, 1-based line and column, endLine when the message spans lines), in the order
 * remark-lint reports them. [] when the preset is off. Never throws: a rule that fails is
 * reported as a warning on line 1.
 */
export function lintDocument(doc: SpecDocument, settings: LintSettings): Diagnostic[] {
  const linter = linterFor(settings);
  if (!linter) return [];
  // The chunked parse does not carry link definitions across chunks, which would make the
  // reference rules report definitions as unused; a file with definitions is parsed whole.
  const hasDefinitions = doc.tree.children.some((n) => n.type === 'definition');
  const tree = hasDefinitions ? parseMarkdownWhole(doc.text) : doc.tree;
  const file = new VFile({ path: doc.path, value: doc.text });
  try {
    linter.run(tree, file);
  } catch (e) {
    return [
      {
        rule: 'remark-lint',
        severity: 'warning',
        message: `Markdown lint failed on this file: ${(e as Error).message}`,
        path: doc.path,
        line: 1,
        column: 1,
      },
    ];
  }
  return file.messages.map((m) => {
    const id = m.ruleId ?? 'unknown';
    const d: Diagnostic = {
      rule: `remark-lint:${id}`,
      severity: linter.severity.get(id) ?? 'warning',
      message: m.reason,
      path: doc.path,
      line: m.line ?? 1,
      column: m.column ?? 1,
    };
    const end = m.place && 'end' in m.place ? m.place.end.line : undefined;
    if (end !== undefined && end !== d.line) d.endLine = end;
    if (m.url) d.url = m.url;
    return d;
  });
}
