import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matrixJson } from '../../parity/matrix.js';
import { runParity } from '../../parity/run.js';
import { validateMatrixData } from '../../parity/schemas.js';
import type { ParityMatrix } from '../../parity/types.js';
import { EXAMPLES, exampleCopy, tempDir, writeFiles } from './helpers.js';

/** capability id → [status, score, passed, evaluated], flattened from a matrix. */
function table(matrix: ParityMatrix): Record<string, [string, number | null, number, number]> {
  const out: Record<string, [string, number | null, number, number]> = {};
  for (const d of matrix.domains) {
    for (const c of d.capabilities) {
      out[`${d.domain}/${c.id}`] = [c.status, c.score, c.weight.passed, c.weight.evaluated];
    }
  }
  return out;
}

function contract(matrix: ParityMatrix, capability: string, id: string) {
  for (const d of matrix.domains) {
    const c = d.capabilities.find((x) => x.id === capability)?.contracts.find((k) => k.id === id);
    if (c) return c;
  }
  throw new Error(`no contract ${capability}/${id}`);
}

describe('parity runner on the example knowledge base', () => {
  it('scores the passing setup as computed by hand from the severities', async () => {
    const root = join(EXAMPLES, 'passing');
    const result = await runParity({ root, kb: 'kb/parity', allowCommands: false });
    expect(result.unusable).toBe(false);
    const matrix = result.matrix!;
    expect(validateMatrixData(matrix)).toEqual([]);
    // Weights are severities; the health command (4) is skipped and counts nowhere.
    expect(table(matrix)).toEqual({
      'control-plane/ops-schema': ['pass', 100, 7, 7],
      'control-plane/rls': ['partial', 62.5, 5, 8],
      'control-plane/runtime': ['pass', 100, 5, 5],
      'governance/spec-bundle': ['pass', 100, 10, 10],
      'governance/ci-gates': ['partial', 44.44, 4, 9],
    });
    expect(matrix.domains.map((d) => [d.domain, d.file, d.score])).toEqual([
      ['control-plane', 'kb/parity/control-plane.yaml', 85],
      ['governance', 'kb/parity/governance.json', 73.68],
    ]);
    expect(matrix.score).toBe(79.49); // 31 / 39
    expect(matrix.totals).toEqual({
      capabilities: { pass: 3, partial: 2, fail: 0, skipped: 0 },
      contracts: { pass: 9, fail: 3, skipped: 1 },
      weight: { passed: 31, evaluated: 39 },
    });
    expect(matrix.allowCommands).toBe(false);
    expect(matrix.kb).toBe('kb/parity');
  });

  it('records evidence for every check kind', async () => {
    const root = join(EXAMPLES, 'passing');
    const { matrix } = await runParity({ root, kb: 'kb/parity', allowCommands: false });
    const m = matrix!;
    expect(contract(m, 'spec-bundle', 'files')).toEqual({
      id: 'files',
      title: 'All four spec files are present',
      severity: 5,
      kind: 'glob-exists',
      status: 'pass',
      evidence:
        '4 files match spec/platform-kit/*.md (spec/platform-kit/constitution.md, spec/platform-kit/plan.md, spec/platform-kit/prd.md, …)',
    });
    expect(contract(m, 'spec-bundle', 'principles').evidence).toBe(
      'spec/platform-kit/constitution.md:3 has the heading "## Core Principles"',
    );
    expect(contract(m, 'spec-bundle', 'tracked').evidence).toBe(
      'M0.1.1 "Create spec bundle structure" is done on docs/TASKS.md:11',
    );
    expect(contract(m, 'rls', 'task')).toMatchObject({
      status: 'fail',
      evidence: 'M1.1.2 "Create RLS policies for ops schema" is in-progress on docs/TASKS.md:36',
    });
    expect(contract(m, 'ci-gates', 'spec-kit-enforce')).toMatchObject({
      status: 'fail',
      evidence: '.github/workflows/spec-kit-enforce.yml does not exist',
    });
    expect(contract(m, 'runtime', 'node-engine').evidence).toBe(
      '/engines/node in package.json:7 is ">=20"',
    );
    expect(contract(m, 'runtime', 'exposed-schemas').evidence).toBe(
      '/api/schemas in supabase/api.yaml:3 is ["public","ops"]',
    );
    expect(contract(m, 'runtime', 'health')).toMatchObject({ kind: 'command', status: 'skipped' });
  });

  it('scores the failing setup: rls fails, runtime is partial', async () => {
    const root = join(EXAMPLES, 'failing');
    const { matrix, diagnostics } = await runParity({
      root,
      kb: 'kb/parity',
      allowCommands: false,
    });
    expect(table(matrix!)).toEqual({
      'control-plane/ops-schema': ['pass', 100, 7, 7],
      'control-plane/rls': ['fail', 0, 0, 8],
      'control-plane/runtime': ['partial', 40, 2, 5],
      'governance/spec-bundle': ['pass', 100, 10, 10],
      'governance/ci-gates': ['partial', 44.44, 4, 9],
    });
    expect(matrix!.score).toBe(58.97); // 23 / 39
    expect(contract(matrix!, 'runtime', 'exposed-schemas').evidence).toBe(
      '/api/schemas in supabase/api.yaml:3 is ["public"], expected ["public","ops"]',
    );
    // One warning per failing contract, on the contract's line in its capability file.
    expect(
      diagnostics.filter((d) => d.severity === 'warning').map((d) => `${d.path}:${d.line}`),
    ).toEqual([
      'kb/parity/control-plane.yaml:25',
      'kb/parity/control-plane.yaml:31',
      'kb/parity/control-plane.yaml:49',
      'kb/parity/governance.json:47',
      'kb/parity/governance.json:53',
    ]);
    expect(diagnostics.find((d) => d.line === 25)?.message).toBe(
      'Contract rls/policies (severity 5) fails: supabase/migrations/20260127_ops_rls.sql does not exist.',
    );
  });

  it('runs command contracts only when allowed: 35/43 with the health script', async () => {
    const root = join(EXAMPLES, 'passing');
    const { matrix } = await runParity({ root, kb: 'kb/parity', allowCommands: true });
    expect(contract(matrix!, 'runtime', 'health')).toMatchObject({
      status: 'pass',
      evidence: 'node scripts/check-health.mjs exited 0',
    });
    expect(matrix!.score).toBe(81.4);
    expect(matrix!.totals.weight).toEqual({ passed: 35, evaluated: 43 });
    expect(matrix!.allowCommands).toBe(true);
  });

  it('is deterministic, and reproduces the committed baseline byte for byte from the base state', async () => {
    const root = exampleCopy('passing');
    const first = matrixJson(
      (await runParity({ root, kb: 'kb/parity', allowCommands: false })).matrix!,
    );
    const second = matrixJson(
      (await runParity({ root, kb: 'kb/parity', allowCommands: false })).matrix!,
    );
    expect(second).toBe(first);
    // The baseline was made on main, where the API did not expose the ops schema yet.
    writeFileSync(
      join(root, 'supabase/api.yaml'),
      readFileSync(join(root, 'supabase/api.yaml'), 'utf8').replace('[public, ops]', '[public]'),
    );
    const base = matrixJson(
      (await runParity({ root, kb: 'kb/parity', allowCommands: false })).matrix!,
    );
    expect(base).toBe(readFileSync(join(EXAMPLES, 'passing/kb/parity/baseline.json'), 'utf8'));
    expect(readFileSync(join(EXAMPLES, 'failing/kb/parity/baseline.json'), 'utf8')).toBe(base);
  });

  it('keeps the two setups on the same knowledge base', () => {
    for (const f of ['governance.json', 'control-plane.yaml', 'baseline.json']) {
      expect(readFileSync(join(EXAMPLES, 'failing/kb/parity', f), 'utf8')).toBe(
        readFileSync(join(EXAMPLES, 'passing/kb/parity', f), 'utf8'),
      );
    }
  });
});

const kbFile = (contracts: unknown[]): string =>
  JSON.stringify({ domain: 'd', capabilities: [{ id: 'cap', title: 'Cap', contracts }] }, null, 2);

async function evaluateOne(files: Record<string, string>, check: unknown, allowCommands = true) {
  const root = writeFiles(tempDir(), {
    ...files,
    'kb/parity/d.json': kbFile([{ id: 'c', severity: 3, check }]),
  });
  const result = await runParity({ root, kb: 'kb/parity', allowCommands });
  if (!result.matrix) throw new Error(JSON.stringify(result.diagnostics));
  return result.matrix.domains[0]!.capabilities[0]!.contracts[0]!;
}

describe('check kinds', () => {
  it('file-exists: files, folders, and ./ paths normalised', async () => {
    expect(
      await evaluateOne({ 'a/b.txt': 'x' }, { kind: 'file-exists', file: './a/../a/b.txt' }),
    ).toMatchObject({
      status: 'pass',
      evidence: 'a/b.txt exists',
    });
    expect(
      await evaluateOne({ 'a/b.txt': 'x' }, { kind: 'file-exists', file: 'a/' }),
    ).toMatchObject({
      status: 'pass',
      evidence: 'a exists (a folder)',
    });
  });

  it('glob-exists: counts matches against min, skipping node_modules', async () => {
    const files = { 'docs/a.md': '', 'docs/b.md': '', 'node_modules/x/c.md': '' };
    expect(
      await evaluateOne(files, { kind: 'glob-exists', glob: '**/*.md', min: 3 }),
    ).toMatchObject({
      status: 'fail',
      evidence: '2 files match **/*.md (docs/a.md, docs/b.md); at least 3 needed',
    });
    expect(await evaluateOne(files, { kind: 'glob-exists', glob: 'src/*.ts' })).toMatchObject({
      status: 'fail',
      evidence: 'no file matches src/*.ts; at least 1 needed',
    });
  });

  it('json-path-equals: YAML and JSON files, missing values, broken files with their line', async () => {
    const files = {
      'conf.yaml': 'server:\n  ports: [80, 443]\n  tls: { on: true }\n',
      'broken.json': '{\n  "a": 1,\n  "b": \n}\n',
    };
    expect(
      await evaluateOne(files, {
        kind: 'json-path-equals',
        file: 'conf.yaml',
        path: '$.server.tls',
        equals: { on: true },
      }),
    ).toMatchObject({ status: 'pass', evidence: '/server/tls in conf.yaml:3 is {"on":true}' });
    expect(
      await evaluateOne(files, {
        kind: 'json-path-equals',
        file: 'conf.yaml',
        path: 'server.ports[2]',
        equals: 8080,
      }),
    ).toMatchObject({ status: 'fail', evidence: 'conf.yaml has nothing at /server/ports/2' });
    const broken = await evaluateOne(files, {
      kind: 'json-path-equals',
      file: 'broken.json',
      path: '/a',
      equals: 1,
    });
    expect(broken.status).toBe('fail');
    expect(broken.evidence).toBe(
      'broken.json:4 cannot be read: File is not valid JSON: unexpected "}" at line 4, column 1.',
    );
    expect(
      await evaluateOne(files, {
        kind: 'json-path-equals',
        file: 'none.json',
        path: '',
        equals: 1,
      }),
    ).toMatchObject({ status: 'fail', evidence: 'none.json does not exist' });
  });

  it('markdown-heading: depth from ## or depth, setext headings, case and spacing ignored', async () => {
    const files = { 'doc.md': 'Runbook\n=======\n\n## Roll  *back*\n\n### Notes\n' };
    expect(
      await evaluateOne(files, { kind: 'markdown-heading', file: 'doc.md', heading: '# runbook' }),
    ).toMatchObject({
      status: 'pass',
      evidence: 'doc.md:1 has the heading "# runbook"',
    });
    expect(
      await evaluateOne(files, { kind: 'markdown-heading', file: 'doc.md', heading: 'roll back' }),
    ).toMatchObject({
      status: 'pass',
      evidence: 'doc.md:4 has the heading "roll back"',
    });
    expect(
      await evaluateOne(files, {
        kind: 'markdown-heading',
        file: 'doc.md',
        heading: 'Notes',
        depth: 2,
      }),
    ).toMatchObject({ status: 'fail', evidence: 'doc.md has no heading "## Notes"' });
  });

  it('board-item-done: missing board, missing item, every copy of a duplicated id', async () => {
    const board =
      '# B\n\n## Todo\n- [ ] **T-2**: Second\n\n## Done\n- [x] **T-1**: First\n- [ ] **T-2**: Second again\n';
    const files = { 'TASKS.md': board };
    expect(
      await evaluateOne(files, { kind: 'board-item-done', board: 'TASKS.md', item: 'T-1' }),
    ).toMatchObject({
      status: 'pass',
    });
    const dup = await evaluateOne(files, {
      kind: 'board-item-done',
      board: 'TASKS.md',
      item: 'T-2',
    });
    expect(dup.status).toBe('fail');
    expect(
      await evaluateOne(files, { kind: 'board-item-done', board: 'TASKS.md', item: 'T-9' }),
    ).toMatchObject({
      status: 'fail',
      evidence: 'TASKS.md has no item T-9',
    });
    expect(
      await evaluateOne(files, { kind: 'board-item-done', board: 'NOPE.md', item: 'T-1' }),
    ).toMatchObject({
      status: 'fail',
      evidence: 'NOPE.md does not exist or is not a file',
    });
  });

  it('command: exit 0 passes; exit codes, missing programs and timeouts fail; the Action token is not passed on', async () => {
    const node = process.execPath;
    expect(
      await evaluateOne({}, { kind: 'command', run: [node, '-e', 'process.exit(0)'] }),
    ).toMatchObject({
      status: 'pass',
    });
    const failing = await evaluateOne(
      {},
      {
        kind: 'command',
        run: [
          node,
          '-e',
          'console.error("first"); console.error("boom: it broke"); process.exit(3)',
        ],
      },
    );
    expect(failing.status).toBe('fail');
    expect(failing.evidence).toMatch(/ exited 3: boom: it broke$/);
    expect(
      await evaluateOne({}, { kind: 'command', run: ['boardwright-no-such-program-xyz'] }),
    ).toMatchObject({
      status: 'fail',
      evidence:
        'boardwright-no-such-program-xyz could not start: boardwright-no-such-program-xyz was not found',
    });
    // Arguments are never interpreted by a shell.
    const literal = await evaluateOne(
      {},
      {
        kind: 'command',
        run: [
          node,
          '-e',
          'process.exit(process.argv[1] === "$HOME; echo hi" ? 0 : 1)',
          '$HOME; echo hi',
        ],
      },
    );
    expect(literal.status).toBe('pass');
    process.env.INPUT_GITHUB_TOKEN = 'ghs_secret';
    try {
      const env = await evaluateOne(
        {},
        {
          kind: 'command',
          run: [node, '-e', 'process.exit(process.env.INPUT_GITHUB_TOKEN ? 1 : 0)'],
        },
      );
      expect(env.status).toBe('pass');
    } finally {
      delete process.env.INPUT_GITHUB_TOKEN;
    }
    const slow = await evaluateOne(
      {},
      {
        kind: 'command',
        run: [node, '-e', 'setTimeout(() => {}, 20000)'],
        timeoutSeconds: 1,
      },
    );
    expect(slow.status).toBe('fail');
    expect(slow.evidence).toMatch(/ timed out after 1 s and was killed$/);
  });

  it('command: skipped when not allowed, and then the capability has no score', async () => {
    const root = writeFiles(tempDir(), {
      'kb/parity/d.json': kbFile([
        { id: 'c', severity: 3, check: { kind: 'command', run: ['true'] } },
      ]),
    });
    const result = await runParity({ root, kb: 'kb/parity', allowCommands: false });
    expect(result.matrix!.score).toBeNull();
    expect(result.matrix!.domains[0]!.capabilities[0]).toMatchObject({
      status: 'skipped',
      score: null,
    });
    expect(result.diagnostics.map((d) => d.rule)).toEqual([
      'parity-nothing-evaluated',
      'parity-contract-skipped',
    ]);
  });
});

describe('unusable knowledge bases', () => {
  async function fatal(files: Record<string, string>, kb = 'kb/parity') {
    const root = writeFiles(tempDir(), files);
    const result = await runParity({ root, kb, allowCommands: false });
    expect(result.unusable).toBe(true);
    expect(result.matrix).toBeUndefined();
    return result.diagnostics
      .filter((d) => d.fatal)
      .map((d) => `${d.path}:${d.line} ${d.rule} ${d.message}`);
  }

  it('names the line of invalid JSON and invalid YAML, and still reads the other files', async () => {
    const found = await fatal({
      'kb/parity/a.json': '{\n  "domain": "a",\n  "capabilities": [\n    { "id": "x" },\n  ]\n}\n',
      'kb/parity/b.yaml': 'domain: b\ncapabilities:\n  - id: y\n    title: [unclosed\n',
      'kb/parity/c.json': kbFile([
        { id: 'c', severity: 1, check: { kind: 'file-exists', file: 'x' } },
      ]),
    });
    expect(found).toHaveLength(2);
    expect(found[0]).toBe(
      'kb/parity/a.json:5 invalid-json File is not valid JSON: unexpected "]" at line 5, column 3.',
    );
    expect(found[1]).toMatch(/^kb\/parity\/b\.yaml:4 invalid-yaml File is not valid YAML: /);
  });

  it('rejects an unknown check kind with its JSON Pointer and line', async () => {
    const text = kbFile([
      { id: 'c', severity: 2, check: { kind: 'url-responds', url: 'https://x' } },
    ]);
    const found = await fatal({ 'kb/parity/d.json': text });
    const line = text.split('\n').findIndex((l) => l.includes('"url-responds"')) + 1;
    expect(found).toEqual([
      `kb/parity/d.json:${line} schema-violation /capabilities/0/contracts/0/check/kind must be one of "file-exists", "glob-exists", "json-path-equals", "board-item-done", "markdown-heading", "command" (schemas/capability.schema.json).`,
    ]);
  });

  it('rejects duplicate ids, paths leaving the workspace, bad JSON paths and severities out of range', async () => {
    const a = kbFile([
      { id: 'c', severity: 2, check: { kind: 'file-exists', file: '../outside.txt' } },
      {
        id: 'c',
        severity: 2,
        check: { kind: 'json-path-equals', file: 'p.json', path: 'a..b', equals: 1 },
      },
    ]);
    const found = await fatal({
      'kb/parity/a.json': a,
      'kb/parity/b.json': JSON.stringify({
        domain: 'd',
        capabilities: [
          {
            id: 'cap',
            title: 'Again',
            contracts: [{ id: 'k', severity: 9, check: { kind: 'file-exists', file: 'x' } }],
          },
        ],
      }),
    });
    const lines = a.split('\n');
    const line = (needle: string, from = 0): number =>
      lines.findIndex((l, i) => i >= from && l.includes(needle)) + 1;
    const firstId = line('"id": "c"');
    expect(found).toEqual([
      `kb/parity/a.json:${line('../outside.txt')} invalid-capability "../outside.txt" leaves the workspace; check paths are relative to the workspace root and stay inside it.`,
      `kb/parity/a.json:${line('"id": "c"', firstId)} invalid-capability Contract id "c" is already used in capability "cap" at kb/parity/a.json:${firstId}.`,
      `kb/parity/a.json:${line('"a..b"')} invalid-capability Invalid JSON path "a..b": expected .key, [index] or ["key"] at character 2.`,
      'kb/parity/b.json:1 schema-violation /capabilities/0/contracts/0/severity must be <= 5 (schemas/capability.schema.json).',
    ]);
  });

  it('reports a missing or empty knowledge-base folder', async () => {
    expect(await fatal({}, 'kb/none')).toEqual([
      'kb/none:1 parity-kb-missing Knowledge-base folder "kb/none" does not exist. Pass --kb (Action input kb) or set parity.kb in the config.',
    ]);
    expect(await fatal({ 'kb/parity/baseline.json': '{}' })).toEqual([
      'kb/parity:1 parity-kb-empty Knowledge-base folder "kb/parity" holds no capability file (JSON or YAML with a domain and capabilities; see schemas/capability.schema.json).',
    ]);
  });

  it('reports binary files and duplicate keys', async () => {
    const found = await fatal({
      'kb/parity/a.json': '{\n  "domain": "a",\n  "domain": "b"\n}\n',
      'kb/parity/b.json': '{\n\0}',
    });
    expect(found[0]).toBe(
      'kb/parity/a.json:3 invalid-json File is not valid JSON: Map keys must be unique.',
    );
    expect(found[1]).toBe(
      'kb/parity/b.json:2 binary-file File contains NUL bytes and is not JSON or YAML text.',
    );
    expect(existsSync(join(tempDir(), 'parity-matrix.json'))).toBe(false);
  });
});
