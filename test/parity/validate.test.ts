import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateKb } from '../../parity/validate.js';
import { CLI, EXAMPLES, cli, tempDir, writeFiles } from './helpers.js';

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first.');
});

const CAPABILITY = {
  domain: 'docs',
  capabilities: [
    {
      id: 'readme',
      title: 'README',
      contracts: [{ id: 'exists', severity: 2, check: { kind: 'file-exists', file: 'README.md' } }],
    },
  ],
};

describe('parity validate', () => {
  it('accepts the example knowledge base: two capability files and the baseline matrix', () => {
    const r = cli(['parity', 'validate'], join(EXAMPLES, 'passing'));
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        '3 file(s) under kb/parity: 3 valid, 0 with problems (0 error(s)).',
        '',
        'File                          Schema                             Result',
        'kb/parity/baseline.json       schemas/parity-matrix.schema.json  ✅ valid',
        'kb/parity/control-plane.yaml  schemas/capability.schema.json     ✅ valid',
        'kb/parity/governance.json     schemas/capability.schema.json     ✅ valid',
        '',
        'No problems found.',
        '',
      ].join('\n'),
    );
  });

  it('reports a file that is not valid JSON with its line and exits 2, still checking the others', () => {
    const dir = writeFiles(tempDir(), {
      'kb/parity/docs.json': JSON.stringify(CAPABILITY, null, 2),
      'kb/parity/broken.json':
        '{\n  "domain": "x",\n  "capabilities": [\n    {"id": "a" "title": "A"}\n  ]\n}\n',
      'kb/parity/other.yaml': 'domain: other\ncapabilities: [\n',
    });
    const r = cli(['parity', 'validate'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      'kb/parity/broken.json:4:1  error  File is not valid JSON: unexpected "\\"" at line 4, column 16.  invalid-json',
    );
    expect(r.stderr).toMatch(
      /kb\/parity\/other\.yaml:2:1 {2}error {2}File is not valid YAML: .+ {2}invalid-yaml/,
    );
    expect(r.stderr).toMatch(/kb\/parity\/broken\.json +— +⛔ unreadable/);
    expect(r.stderr).toMatch(/kb\/parity\/docs\.json +schemas\/capability\.schema\.json +✅ valid/);
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('reports schema violations with their JSON Pointer and line and exits 1', () => {
    const matrix = '{\n  "schemaVersion": 2,\n  "kb": "kb/parity"\n}\n';
    const dir = writeFiles(tempDir(), {
      'kb/parity/docs.yaml':
        'domain: docs\ncapabilities:\n  - id: readme\n    title: README\n    contracts:\n      - id: exists\n        severity: 0\n        check: { kind: file-exists }\n',
      'kb/parity/again.json': JSON.stringify(CAPABILITY, null, 2),
      'kb/parity/docs-copy.json': JSON.stringify(CAPABILITY, null, 2),
      'kb/parity/baseline.json': matrix,
    });
    const r = cli(['parity', 'validate', '--json'], dir);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as {
      diagnostics: Array<{ path: string; line: number; message: string }>;
    };
    expect(report.diagnostics.map((d) => `${d.path}:${d.line} ${d.message}`)).toEqual([
      "kb/parity/baseline.json:1 (the document) must have required property 'allowCommands' (schemas/parity-matrix.schema.json).",
      "kb/parity/baseline.json:1 (the document) must have required property 'domains' (schemas/parity-matrix.schema.json).",
      "kb/parity/baseline.json:1 (the document) must have required property 'score' (schemas/parity-matrix.schema.json).",
      "kb/parity/baseline.json:1 (the document) must have required property 'totals' (schemas/parity-matrix.schema.json).",
      'kb/parity/baseline.json:2 /schemaVersion must be 1 (schemas/parity-matrix.schema.json).',
      'kb/parity/docs-copy.json:2 Domain "docs" is already described in kb/parity/again.json:2.',
      'kb/parity/docs-copy.json:5 Capability id "readme" is already used at kb/parity/again.json:5.',
      'kb/parity/docs.yaml:7 /capabilities/0/contracts/0/severity must be >= 1 (schemas/capability.schema.json).',
      "kb/parity/docs.yaml:8 /capabilities/0/contracts/0/check must have required property 'file' (schemas/capability.schema.json).",
    ]);
    const text = cli(['parity', 'validate'], dir);
    expect(text.stdout).toContain(
      '4 file(s) under kb/parity: 1 valid, 3 with problems (9 error(s)).',
    );
    expect(text.stdout).toMatch(
      /kb\/parity\/baseline\.json +schemas\/parity-matrix\.schema\.json +❌ invalid \(5\)/,
    );
  });

  it('uses the schema $schema names: a workspace schema file, the meta-schema, or a warning for remote ones', () => {
    const dir = writeFiles(tempDir(), {
      'schemas/service.schema.json': JSON.stringify({
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        type: 'object',
        required: ['name'],
        properties: { name: { type: 'string' }, port: { type: 'integer' } },
      }),
      'kb/parity/services/api.json':
        '{\n  "$schema": "../../../schemas/service.schema.json",\n  "name": "api",\n  "port": "80"\n}\n',
      'kb/parity/services/web.json':
        '{ "$schema": "../../../schemas/service.schema.json", "name": "web" }',
      'kb/parity/services/gone.json': '{ "$schema": "./missing.schema.json", "name": "x" }',
      'kb/parity/bad_schema.json': '{\n  "type": 12\n}\n',
      'kb/parity/remote.json': '{\n  "$schema": "https://example.com/thing.json"\n}\n',
      'kb/parity/docs.json': JSON.stringify(CAPABILITY),
    });
    const result = validateKb(dir, 'kb/parity');
    expect(result.files.map((f) => [f.path, f.schema, f.result])).toEqual([
      ['kb/parity/bad_schema.json', 'the JSON Schema 2020-12 meta-schema', 'invalid'],
      ['kb/parity/docs.json', 'schemas/capability.schema.json', 'valid'],
      ['kb/parity/remote.json', 'https://example.com/thing.json', 'unchecked'],
      ['kb/parity/services/api.json', 'schemas/service.schema.json', 'invalid'],
      ['kb/parity/services/gone.json', 'kb/parity/services/missing.schema.json', 'invalid'],
      ['kb/parity/services/web.json', 'schemas/service.schema.json', 'valid'],
    ]);
    expect(
      result.diagnostics.map((d) => `${d.path}:${d.line} ${d.severity} ${d.rule} ${d.message}`),
    ).toEqual([
      'kb/parity/bad_schema.json:2 error schema-violation /type must be array (the JSON Schema 2020-12 meta-schema).',
      'kb/parity/bad_schema.json:2 error schema-violation /type must be one of "array", "boolean", "integer", "null", "number", "object", "string" (the JSON Schema 2020-12 meta-schema).',
      'kb/parity/bad_schema.json:2 error schema-violation /type must match a schema in anyOf (the JSON Schema 2020-12 meta-schema).',
      'kb/parity/remote.json:2 warning unknown-schema Not checked: $schema "https://example.com/thing.json" cannot be used (remote schemas are not fetched).',
      'kb/parity/services/api.json:4 error schema-violation /port must be integer (schemas/service.schema.json).',
      'kb/parity/services/gone.json:1 error unknown-schema $schema names kb/parity/services/missing.schema.json, which cannot be used: File cannot be read: it does not exist.',
    ]);
  });
});
