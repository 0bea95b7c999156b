import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { stableJson, stableJsonPieces } from '../../generators/json.js';
import { labelsFiles, labelsManifest } from '../../generators/labels.js';
import { modelYaml, modelYamlFiles, modelYamlPieces } from '../../generators/model-yaml.js';
import type { Workspace } from '../../model/types.js';
import { loadWorkspace } from '../../workspace.js';
import { ROOT } from '../helpers.js';

function workspaceOf(files: Record<string, string>): Workspace {
  const dir = mkdtempSync(join(tmpdir(), 'bw-manifest-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return loadWorkspace({ root: dir }).workspace;
}

const examples = (): Workspace => loadWorkspace({ root: ROOT, paths: ['examples'] }).workspace;

describe('model.yaml', () => {
  it('holds exactly the data of model.json for every bundled example, byte-identical on a rerun', () => {
    const ws = examples();
    expect(ws.boards.length).toBeGreaterThan(10);
    const yaml = modelYaml(ws);
    expect(parse(yaml)).toEqual(JSON.parse(stableJson(ws)));
    expect(modelYaml(ws)).toBe(yaml);
    const files = modelYamlFiles(ws);
    expect(files.map((f) => [f.path, f.content])).toEqual([['model.yaml', yaml]]);
    expect(yaml).not.toMatch(/^\s*[&*]\w/m); // no anchors or aliases
  });

  it('quotes strings that YAML would read as other types, and never folds long titles', () => {
    const long = 'x'.repeat(10_000);
    const ws = workspaceOf({
      'b.md': `# yes\n\n## Todo\n- null\n- 1.0\n- "quoted": yes\n- #hash and: colon\n- ${long}\n## Done\n- on\n`,
    });
    const titles = ws.boards[0]!.items.map((i) => i.title);
    expect(titles).toEqual(expect.arrayContaining(['null', '1.0', 'on', long]));
    const yaml = modelYaml(ws);
    expect(parse(yaml)).toEqual(JSON.parse(stableJson(ws)));
    expect(yaml).toContain(`title: ${long}\n`);
    expect(yaml).toMatch(/title: "null"\n/);
    expect(yaml).toMatch(/title: "on"\n/);
  });

  it('reads back as the same strings in YAML 1.2 and 1.1, whatever the characters', () => {
    const tricky = [
      'yes',
      'No',
      'off',
      'y',
      '~',
      'null',
      '',
      ' lead',
      'trail ',
      'a: b',
      'a #b',
      'a#b',
      '- x',
      '-x',
      '? q',
      ': c',
      '[x]',
      '{x}',
      '&a',
      '*a',
      '!t',
      '|',
      '>',
      "'s'",
      '"d"',
      '%p',
      '@m',
      '`b`',
      '1.0',
      '1_000',
      '0x1F',
      '0o17',
      '0b101',
      '1:20',
      '.5',
      '+1',
      '-1e3',
      '.inf',
      '.NaN',
      '2024-07-15',
      '2024-7-5 10:00',
      'tab\there',
      'line\nbreak',
      'bell\u0007',
      'nel\u0085',
      'ls\u2028',
      'bom\ufeff',
      'emoji ✅ 🚀',
      'Ω Ω ¤ €',
      'ends with:',
      'a\\b',
      '\\',
      '.',
      '...',
      '---',
      'x: y: z',
      'http://example.com/a#b',
      'C:\\path',
      '$ref',
      '^x',
      '(a)',
      '/p',
      '_u',
    ];
    const ws = {
      schemaVersion: 1,
      boards: [
        { fields: Object.fromEntries(tricky.map((t, i) => [t || 'empty', [t, { [t]: i }]])) },
      ],
      diagnostics: [],
    } as unknown as Workspace;
    const yaml = modelYaml(ws);
    const data = JSON.parse(stableJson(ws));
    expect(parse(yaml)).toEqual(data);
    expect(parse(yaml, { version: '1.1' })).toEqual(data);
  });
});

describe('labels.json', () => {
  const boards = {
    'ROADMAP.md':
      '# Roadmap\n\n## v1.0.0 — First release (2025-03-31)\n\n- [x] Ship the parser\n- [x] Ship the CLI\n\n## v1.1.0 — Sensors\n\n- [ ] Add MQTT\n- [x] Add BME280\n\n## Milestone: Mobile\n\n- [ ] PWA manifest\n',
    'other/ROADMAP.md': '# Other roadmap\n\n## Milestone: Mobile\n\n- [ ] Push notifications\n',
    'garden.md':
      '# Garden\n\n## To Do\n\n### [G-1] Sign-up form\n  - tags: [forms, volunteers]\n  - due: 2024-07-15\n\n### [G-2] Newsletter\n  - tags: [content]\n\n## Done\n\n### [G-3] Logo\n  - tags: [content]\n',
    'release.md':
      '# Release\n\n## Backlog\n- AB-1 — [Story] One\n- AB-2 — [Bug] Two\n## Done\n- AB-3 — [Story] Three\n',
    'tracker.md':
      '# Tracker\n\n## M1: Foundation\n\n### Phase 1.1: Setup\n\n- [ ] **M1.1.1**: Create repo\n  - Due: 2025-05-01\n- [x] **M1.1.2**: Set up CI\n  - Due: 2025-04-15\n',
  };

  it('has a label per status in use, per kind and per item label, counted over all boards', () => {
    const ws = workspaceOf(boards);
    const m = labelsManifest(ws);
    const all = ws.boards.flatMap((b) => b.items);
    const byName = Object.fromEntries(m.labels.map((l) => [l.name, l]));
    for (const status of new Set(all.map((i) => i.status)))
      expect(byName[`status:${status}`]!.items).toBe(all.filter((i) => i.status === status).length);
    expect(m.labels.filter((l) => l.source === 'status')).toHaveLength(
      new Set(all.map((i) => i.status)).size,
    );
    expect(byName['kind:story']).toMatchObject({ source: 'kind', items: 2 });
    expect(byName['kind:bug']).toMatchObject({ source: 'kind', items: 1 });
    expect(byName.content).toMatchObject({ source: 'label', items: 2 });
    expect(byName.forms).toMatchObject({ source: 'label', items: 1 });
    expect(byName['status:done']!.color).toBe('0e8a16');
    for (const l of m.labels) {
      expect(l.color).toMatch(/^[0-9a-f]{6}$/);
      expect([...l.name].length).toBeLessThanOrEqual(50);
      expect([...l.description].length).toBeLessThanOrEqual(100);
    }
    // Statuses first (in the model's order), then kinds, priorities and labels, each by name.
    const rank = { status: 0, kind: 1, priority: 2, label: 3 };
    const ranks = m.labels.map((l) => rank[l.source]);
    expect(ranks).toEqual([...ranks].sort());
    expect(m.labels.filter((l) => l.source === 'label').map((l) => l.name)).toEqual([
      'content',
      'forms',
      'volunteers',
    ]);
    const g1 = m.items.find((i) => i.id === 'G-1')!;
    expect(g1.labels).toEqual([
      'forms',
      `status:${all.find((i) => i.id === 'G-1')!.status}`,
      'volunteers',
    ]);
  });

  it('has a milestone per milestone group with state, due date and unique titles', () => {
    const m = labelsManifest(workspaceOf(boards));
    expect(m.milestones.map((x) => [x.title, x.state, x.due_on, x.items, x.done])).toEqual([
      ['M1: Foundation', 'open', '2025-05-01T00:00:00Z', 2, 1],
      ['Mobile (other-roadmap/mobile)', 'open', undefined, 1, 0],
      ['Mobile (roadmap/mobile)', 'open', undefined, 1, 0],
      ['v1.0.0: First release (2025-03-31)', 'closed', '2025-03-31T00:00:00Z', 2, 2],
      ['v1.1.0: Sensors', 'open', undefined, 2, 1],
    ]);
    // Items inside a phase of a milestone map to the milestone.
    expect(m.items.find((i) => i.id === 'M1.1.1')!.milestone).toBe('M1: Foundation');
    expect(m.items.find((i) => i.id === 'G-1')!.milestone).toBeUndefined();
  });

  it('is deterministic and clips hostile names to GitHub limits', () => {
    const long = `${'label'.repeat(30)}`;
    const ws = workspaceOf({
      ...boards,
      'hostile.md': `# Hostile\n\n## Todo\n\n### [H-1] ../../etc/passwd\n  - tags: [${long}, "a/b"]\n`,
    });
    const first = labelsFiles(ws).map((f) => [f.path, f.content]);
    expect(first[0]![0]).toBe('labels.json');
    expect(
      labelsFiles(
        workspaceOf({
          ...boards,
          'hostile.md': `# Hostile\n\n## Todo\n\n### [H-1] ../../etc/passwd\n  - tags: [${long}, "a/b"]\n`,
        }),
      ).map((f) => [f.path, f.content]),
    ).toEqual(first);
    const m = labelsManifest(ws);
    const clipped = m.labels.find((l) => l.name.startsWith('labellabel'))!;
    expect([...clipped.name]).toHaveLength(50);
    expect(clipped.name.endsWith('…')).toBe(true);
  });
});

describe('stableJson', () => {
  /** The definition: a copy with every object's keys inserted in sorted order, stringified. */
  const sortedCopy = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(sortedCopy);
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(value).sort()) {
        const v = (value as Record<string, unknown>)[key];
        if (v !== undefined) out[key] = sortedCopy(v);
      }
      return out;
    }
    return value;
  };

  it('gives the bytes of a sorted copy: index-like keys first, undefined left out', () => {
    const odd = {
      b: 1,
      a: { '10': 1, '2': 2, '02': 3, z: undefined, y: [3, undefined, { q: 1, p: 2 }], x: {} },
      '1': null,
      é: 'x\u2028"',
      Z: [[], { '': 0 }],
      n: [NaN, -0, 1e21],
    };
    expect(stableJson(odd)).toBe(`${JSON.stringify(sortedCopy(odd), null, 2)}\n`);
    for (const example of ['kanban.md', 'autogit-task-tracker.md']) {
      const { workspace } = loadWorkspace({
        root: ROOT,
        paths: [`examples/boards/${example}`],
        cache: false,
      });
      expect(workspace.boards[0]?.items.length).toBeGreaterThan(10);
      expect(stableJson(workspace)).toBe(`${JSON.stringify(sortedCopy(workspace), null, 2)}\n`);
    }
  });
});

describe('outputs in pieces', () => {
  const piecesOf = (stream: (sink: (text: string) => void) => void): string[] => {
    const pieces: string[] = [];
    stream((t) => pieces.push(t));
    return pieces;
  };
  /** A board-shaped value: long arrays of members at several depths, odd members among them. */
  const board = (n: number) => ({
    id: 'b',
    items: Array.from({ length: n }, (_, i) => ({
      id: `T-${i}`,
      title: `Task ${i} \u2028 "quoted"`,
      done: i % 3 === 0,
      fields: i % 7 ? {} : { Owner: 'me', '10': 'ten', '2': 'two' },
      dependsOn: i ? [`T-${i - 1}`] : [],
      gone: undefined,
      n: i % 11 ? i : NaN,
      at: i % 13 ? undefined : new Date(Date.UTC(2026, 0, 1 + (i % 28))),
      fn: i % 17 ? undefined : () => i,
    })),
    notes: [undefined, null, [[]], {}],
  });

  it('join to exactly stableJson, whatever the depth and length of the arrays', () => {
    for (const n of [0, 1, 255, 256, 257, 600, 12_000]) {
      const values: unknown[] = [
        board(n),
        { boards: [board(n)], diagnostics: [], schemaVersion: 1 },
        { a: { b: { c: { d: [board(n)] } } } },
        [[board(n).items]],
        board(n).items,
      ];
      for (const value of values) {
        const pieces = piecesOf((sink) => stableJsonPieces(value, sink));
        expect(pieces.join('')).toBe(stableJson(value));
        if (n === 12_000) expect(pieces.length).toBeGreaterThan(1);
      }
    }
    for (const value of [null, 0, 'x', [], {}, [undefined], { a: undefined }])
      expect(piecesOf((sink) => stableJsonPieces(value, sink)).join('')).toBe(stableJson(value));
  });

  it('model.yaml joins to exactly modelYaml, in batches of lines', () => {
    const ws = examples();
    const pieces = piecesOf((sink) => modelYamlPieces(ws, sink));
    expect(pieces.join('')).toBe(modelYaml(ws));
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((p) => p.endsWith('\n'))).toBe(true);
    const empty: Workspace = { schemaVersion: 1, boards: [], diagnostics: [] } as never;
    expect(piecesOf((sink) => modelYamlPieces(empty, sink)).join('')).toBe(modelYaml(empty));
    const [file] = modelYamlFiles(ws);
    expect(piecesOf(file!.stream!).join('')).toBe(file!.content);
  });
});
