import type { Nodes } from 'mdast';
import type {
  AcceptanceCriterion,
  Board,
  BoardMeta,
  Diagnostic,
  Group,
  GroupKind,
  Item,
  Position,
  Status,
  StatusEvidence,
  StatusSource,
} from '../model/types.js';
import { markerStatus } from './markers.js';
import { positionOf } from './mdast.js';
import { slugify } from './slug.js';
import type { StatusMapper } from './status.js';

/** A `Name: value` pair read from an item, with the file paths written in it as inline code. */
export interface FieldInput {
  name: string;
  value: string;
  line: number;
  codes?: string[];
}

export interface GroupSpec {
  title: string;
  kind: GroupKind;
  /** Preferred id; made unique on the board. Defaults to a slug of the title. */
  id?: string;
  number?: string;
  parent?: Group;
  node: Nodes;
  /** Status text the group carries (heading suffix, `Status:` line). */
  rawStatus?: string;
  wipLimit?: number;
  declaredCount?: Group['declaredCount'];
}

export interface ItemSpec {
  /** The id as written; omitted when the board gives none (one is generated). */
  id?: string;
  title: string;
  kind?: string;
  group?: Group;
  parent?: Item;
  node: Nodes;
  /** Status observations in priority order within each source class. */
  evidence?: StatusEvidence[];
  fields?: FieldInput[];
  dependsOn?: string[];
  files?: string[];
  acceptance?: AcceptanceCriterion[];
  assignee?: string;
  priority?: string;
  branch?: string;
  labels?: string[];
}

const PRIMARY: ReadonlySet<StatusSource> = new Set(['checkbox', 'column', 'section']);
const CLOSED: ReadonlySet<Status> = new Set(['done', 'cancelled']);

/**
 * Decides an item's status from its evidence. The checkbox or column is authoritative for
 * whether the item is finished; an unchecked box only says "not finished", so a more specific
 * open status from a field, heading or emoji refines it. Disagreements are left in the evidence
 * for the `status-conflict` rule.
 */
export function resolveStatus(evidence: StatusEvidence[]): { status: Status; raw?: string } {
  const primary = evidence.find((e) => PRIMARY.has(e.source) && e.status);
  const secondary = evidence.find((e) => !PRIMARY.has(e.source) && e.status);
  if (!primary)
    return secondary ? { status: secondary.status!, raw: secondary.raw } : { status: 'backlog' };
  const p = primary.status!;
  const s = secondary?.status;
  if (s && primary.source === 'checkbox') {
    if (!CLOSED.has(p) && !CLOSED.has(s)) return { status: s, raw: secondary!.raw };
    if (p === 'done' && s === 'cancelled') return { status: s, raw: secondary!.raw };
    if (p !== 'done' && s === 'cancelled') return { status: s, raw: secondary!.raw };
    // A ticked box and "✅ Done" agree; the words say more than "[x]".
    if (p === s) return { status: p, raw: secondary!.raw };
  }
  return { status: p, raw: primary.raw };
}

const FIELD_ROLES: ReadonlyArray<readonly [RegExp, keyof ItemSpec | 'status']> = [
  [/^(?:status|state)$/i, 'status'],
  [/^(?:assignee|assignees|assigned(?: to)?|owner|owners)$/i, 'assignee'],
  [/^(?:priority|prio)$/i, 'priority'],
  [/^(?:dependencies|dependency|depends(?: on)?|blocked by|requires|deps|after)$/i, 'dependsOn'],
  [/^(?:files?|paths?|extend|location)$/i, 'files'],
  [/^branch$/i, 'branch'],
  [/^(?:labels?|tags?)$/i, 'labels'],
];

/**
 * Things that look like item ids in a dependency list: `M1.2.1`, `BSP-012`, `T001`, `1.2`.
 * The same language as `^(?:[A-Za-z][A-Za-z0-9]*[-_.]?)?\d+(?:[.-]\d+)*[a-z]?$`, written so that
 * no two adjacent loops can trade digits: that form backtracks quadratically on `a111…1!`.
 */
const ID_TOKEN = /^(?:[A-Za-z][A-Za-z0-9]*[-_.]\d+|[A-Za-z][A-Za-z0-9]*\d|\d+)(?:[.-]\d+)*[a-z]?$/;

/** Splits a dependency value into id-like references; prose ("None", "External team") yields []. */
export function dependencyIds(value: string): string[] {
  return (
    value
      .replace(/[`*_]/g, '')
      // Split on the separator alone and trim after: `\s*` around it rescans long blank runs.
      .split(/,|;|\band\b|&|\+/)
      .map((t) => t.trim().replace(/^#/, '').replace(/[.)]$/, ''))
      .filter((t) => ID_TOKEN.test(t))
  );
}

/**
 * A checkbox's status: `[x]`/`[X]` done; `[-]`, `[/]`, `[~]`, `[*]` in progress (Kiro and several
 * task tools write started tasks so); `[!]` blocked; anything else not started (see markers.ts).
 */
function checkboxStatus(raw: string): Status {
  return markerStatus(raw);
}

/**
 * Collects one board's groups and items while a dialect walks the document, and fills in what
 * every dialect needs alike: unique ids, positions, status resolution, field roles.
 */
export class BoardBuilder {
  title?: string;
  readonly meta: BoardMeta = {};
  /** The board's own meanings for checkbox markers (`[~]` → "change"), read from its legend. */
  markerLegend: ReadonlyMap<string, string> = new Map();
  readonly diagnostics: Diagnostic[] = [];
  private readonly groups: Group[] = [];
  private readonly items: Item[] = [];
  private readonly groupIds = new Set<string>();
  private readonly itemIds = new Set<string>();
  private readonly generatedCount = new Map<string, number>();

  constructor(
    readonly path: string,
    readonly dialect: string,
    public mapper: StatusMapper,
  ) {}

  /** Maps raw status text to evidence from `source` at `node`'s line. */
  evidence(source: StatusSource, raw: string, at: Nodes | number): StatusEvidence {
    const line = typeof at === 'number' ? at : (at.position?.start.line ?? 1);
    const status =
      source === 'checkbox'
        ? /^\[.\]$/.test(raw)
          ? checkboxStatus(raw)
          : (this.mapper.map(raw) ?? 'backlog')
        : source === 'strikethrough'
          ? 'cancelled'
          : this.mapper.map(raw);
    return status ? { source, raw, status, line } : { source, raw, line };
  }

  group(spec: GroupSpec): Group {
    const base = spec.id ?? slugify(spec.title, spec.kind);
    const id = unique(base, this.groupIds);
    const group: Group = {
      id,
      title: spec.title,
      kind: spec.kind,
      index: this.groups.length,
      position: positionOf(spec.node),
    };
    if (spec.number !== undefined) group.number = spec.number;
    if (spec.parent) group.parent = spec.parent.id;
    if (spec.rawStatus) {
      group.rawStatus = spec.rawStatus;
      const status = this.mapper.map(spec.rawStatus);
      if (status) group.status = status;
    }
    if (spec.wipLimit !== undefined) group.wipLimit = spec.wipLimit;
    if (spec.declaredCount) group.declaredCount = spec.declaredCount;
    this.groups.push(group);
    return group;
  }

  item(spec: ItemSpec): Item {
    const evidence = [...(spec.evidence ?? [])];
    const fields: Record<string, string> = {};
    const dependsOn = [...(spec.dependsOn ?? [])];
    const files = [...(spec.files ?? [])];
    const labels = [...(spec.labels ?? [])];
    let { assignee, priority, branch } = spec;
    for (const f of spec.fields ?? []) {
      const role = FIELD_ROLES.find(([re]) => re.test(f.name))?.[1];
      if (role === 'status') evidence.push(this.evidence('field', f.value, f.line));
      else if (role === 'assignee') assignee ??= f.value || undefined;
      else if (role === 'priority') priority ??= f.value || undefined;
      else if (role === 'branch') branch ??= (f.codes?.[0] ?? f.value) || undefined;
      else if (role === 'dependsOn') dependsOn.push(...dependencyIds(f.value));
      else if (role === 'files')
        files.push(...(f.codes?.length ? f.codes : f.value ? [f.value] : []));
      else if (role === 'labels')
        labels.push(
          ...f.value
            .split(/[,\s]+/)
            .map((l) => l.replace(/^#/, ''))
            .filter(Boolean),
        );
      // Fields with a role live in their own property; the raw dependency text stays too,
      // since prose such as "All migration tasks" is not an id list.
      if ((role === undefined || role === 'dependsOn') && !(f.name in fields))
        fields[f.name] = f.value;
    }
    const { status, raw } = resolveStatus(evidence);
    const scope = spec.parent?.id ?? spec.group?.id ?? 'item';
    let id: string;
    let generated = false;
    if (spec.id) {
      id = spec.id;
    } else {
      const n = (this.generatedCount.get(scope) ?? 0) + 1;
      this.generatedCount.set(scope, n);
      id = unique(`${scope}.${n}`, this.itemIds);
      generated = true;
    }
    this.itemIds.add(id);
    const item: Item = {
      id,
      title: spec.title,
      status,
      done: status === 'done',
      dependsOn: [...new Set(dependsOn)],
      files: [...new Set(files)],
      acceptance: spec.acceptance ?? [],
      labels: [...new Set(labels)],
      fields,
      statusEvidence: evidence,
      position: positionOf(spec.node),
    };
    if (generated) item.generatedId = true;
    if (spec.kind) item.kind = spec.kind.toLowerCase();
    if (raw) item.rawStatus = raw;
    if (spec.group) item.group = spec.group.id;
    if (spec.parent) item.parent = spec.parent.id;
    if (assignee) item.assignee = assignee;
    if (priority) item.priority = priority;
    if (branch) item.branch = branch;
    this.items.push(item);
    return item;
  }

  /** Items recorded so far (read-only view, for dialects that attach to earlier items). */
  get recordedItems(): readonly Item[] {
    return this.items;
  }

  build(defaultTitle: string): Board {
    return {
      id: '',
      title: this.title ?? defaultTitle,
      path: this.path,
      dialect: this.dialect,
      meta: this.meta,
      groups: this.groups,
      items: this.items,
    };
  }
}

function unique(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

export type { Position };
