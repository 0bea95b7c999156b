import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ACTION_COMMANDS } from '../../actions/root/commands.js';
import { ROOT } from '../helpers.js';
import { boardwrightAction } from './workflow.js';

interface ActionYml {
  description: string;
  inputs: Record<string, { description: string; default?: string }>;
  outputs?: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

const ACTIONS = readdirSync(join(ROOT, 'actions')).filter((d) =>
  existsSync(join(ROOT, 'actions', d, 'action.yml')),
);

function actionYml(name: string): ActionYml {
  return parse(readFileSync(join(ROOT, 'actions', name, 'action.yml'), 'utf8')) as ActionYml;
}

describe('the action.yml files', () => {
  it('every Action runs its bundle on node24, and the root dispatches every one of them', () => {
    for (const name of ACTIONS) {
      const yml = actionYml(name);
      expect(yml.runs, name).toEqual({ using: 'node24', main: `../../dist/actions/${name}.js` });
      expect(existsSync(join(ROOT, 'dist', 'actions', `${name}.js`)), name).toBe(true);
    }
    expect(Object.keys(ACTION_COMMANDS).sort()).toEqual([...ACTIONS].sort());
    const root = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml;
    expect(root.runs).toEqual({ using: 'node24', main: 'dist/actions/root.js' });
    for (const name of ACTIONS) {
      expect(root.inputs.command!.description).toContain(name);
      expect(root.description).toContain(name);
    }
  });

  it('the root declares exactly the union of every Action’s inputs, with defaults that fit all', () => {
    const root = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml;
    const union = new Map<string, Set<string>>();
    for (const name of ACTIONS) {
      for (const [input, spec] of Object.entries(actionYml(name).inputs ?? {})) {
        if (!union.has(input)) union.set(input, new Set());
        union.get(input)!.add(String(spec.default ?? ''));
      }
    }
    expect(Object.keys(root.inputs).sort()).toEqual(['command', ...union.keys()].sort());
    for (const [input, defaults] of union) {
      // One default for all: the root has it. Different ones: the root has none, and each
      // Action reads an empty input as its own default.
      const expected = defaults.size === 1 ? [...defaults][0] : '';
      expect(String(root.inputs[input]!.default ?? ''), input).toBe(expected);
    }
  });

  it('the root declares every output any Action sets', () => {
    const root = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml;
    const union = new Set(ACTIONS.flatMap((name) => Object.keys(actionYml(name).outputs ?? {})));
    expect(Object.keys(root.outputs ?? {}).sort()).toEqual([...union].sort());
  });
});

/** Every workflow file of the repository, its examples and its templates' rendered CI. */
function workflowFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.name === 'node_modules' || e.name === 'dist' || e.name === '.git') continue;
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (
        /\.ya?ml$/.test(e.name) &&
        /(^|\/)(\.github\/workflows|examples\/workflows)\//.test(relative(ROOT, path))
      )
        found.push(relative(ROOT, path));
    }
  };
  walk(ROOT);
  return found.sort();
}

interface Workflow {
  on: unknown;
  jobs: Record<
    string,
    {
      'runs-on'?: string;
      uses?: string;
      steps?: Array<{ uses?: string; with?: Record<string, unknown> }>;
    }
  >;
}

describe('workflow files', () => {
  const files = workflowFiles();

  it('include this repository’s CI and release workflows and the example', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        '.github/workflows/ci.yml',
        '.github/workflows/release.yml',
        'examples/workflows/boardwright.yml',
      ]),
    );
  });

  it('use boardwright Actions that exist with inputs they declare, and checkout on node24', () => {
    for (const file of files) {
      const workflow = parse(readFileSync(join(ROOT, file), 'utf8')) as Workflow;
      expect(workflow.on, file).toBeDefined();
      for (const [id, job] of Object.entries(workflow.jobs)) {
        if (job.uses) {
          expect(existsSync(join(ROOT, job.uses.replace(/^\.\//, ''))), `${file} ${id}`).toBe(true);
          continue;
        }
        for (const step of job.steps ?? []) {
          if (step.uses?.startsWith('actions/checkout@'))
            expect(step.uses).toBe('actions/checkout@v6');
          if (step.uses?.startsWith('actions/setup-node@'))
            expect(step.uses).toBe('actions/setup-node@v6');
          const action = boardwrightAction(step.uses);
          if (step.uses?.includes('boardwright/') || step.uses?.startsWith('./actions/'))
            expect(action, `${file}: ${step.uses}`).toBeDefined();
          if (!action) continue;
          expect(ACTIONS, `${file}: ${step.uses}`).toContain(action);
          const declared = actionYml(action).inputs;
          for (const [input, value] of Object.entries(step.with ?? {})) {
            expect(Object.keys(declared), `${file}: ${action} with ${input}`).toContain(input);
            if (typeof value === 'boolean') continue;
            if (['true', 'false'].includes(String(declared[input]!.default)))
              expect(['true', 'True', 'TRUE', 'false', 'False', 'FALSE']).toContain(String(value));
          }
        }
      }
    }
  });

  it('CI runs .ci/run and its own Actions on its own examples; a release tag runs CI, moves the major tag and publishes with provenance', () => {
    const ci = readFileSync(join(ROOT, '.github/workflows/ci.yml'), 'utf8');
    expect(ci).toContain('bash .ci/run');
    expect(ci).toMatch(/uses: \.\/actions\/board-check/);
    expect(ci).toMatch(/uses: \.\/actions\/report/);
    const ciYml = parse(ci) as { on: Record<string, unknown> };
    expect(Object.keys(ciYml.on)).toEqual(
      expect.arrayContaining(['pull_request', 'workflow_call']),
    );
    const release = parse(readFileSync(join(ROOT, '.github/workflows/release.yml'), 'utf8')) as {
      on: { push: { tags: string[] } };
      permissions: Record<string, string>;
      jobs: Record<string, { uses?: string; needs?: string; steps?: Array<{ run?: string }> }>;
    };
    expect(release.on.push.tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+']);
    expect(release.permissions).toMatchObject({ contents: 'write', 'id-token': 'write' });
    expect(Object.values(release.jobs).some((j) => j.uses === './.github/workflows/ci.yml')).toBe(
      true,
    );
    const runs = Object.values(release.jobs)
      .flatMap((j) => j.steps ?? [])
      .map((s) => s.run ?? '')
      .join('\n');
    expect(runs).toMatch(/npm publish --provenance/);
    expect(runs).toMatch(/git push --force origin "refs\/tags\/\$\{major\}"/);
  });
});
