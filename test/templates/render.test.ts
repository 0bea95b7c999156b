import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { resolveAnswers } from '../../generators/templates/answers.js';
import {
  bundledTemplateRoot,
  listTemplates,
  loadTemplate,
} from '../../generators/templates/load.js';
import { renderTemplate } from '../../generators/templates/render.js';
import { TemplateError, type Answers } from '../../generators/templates/types.js';
import type { OutputFile } from '../../generators/types.js';
import { ROOT } from '../helpers.js';

const ROOT_TEMPLATES = bundledTemplateRoot();
const NAMES = ['app-repo', 'service-repo', 'lib-repo'] as const;

function render(name: string, given: Answers): OutputFile[] {
  const template = loadTemplate(ROOT_TEMPLATES, name);
  const { answers, missing, problems } = resolveAnswers(template.manifest, given);
  expect(missing).toEqual([]);
  expect(problems).toEqual([]);
  return renderTemplate(template, answers);
}

function file(files: OutputFile[], path: string): string {
  const f = files.find((x) => x.path === path);
  if (!f) throw new Error(`no ${path} in ${files.map((x) => x.path).join(', ')}`);
  return f.content;
}

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  name: string;
  on: Record<string, unknown>;
  jobs: Record<string, { 'runs-on': string; needs?: string[]; steps: Step[]; if?: string }>;
}

/** Inputs an Action of this repository declares in its action.yml. */
function actionInputs(name: string): string[] {
  const yml = parse(readFileSync(join(ROOT, 'actions', name, 'action.yml'), 'utf8')) as {
    inputs: Record<string, unknown>;
  };
  return Object.keys(yml.inputs);
}

const answers = { name: '@acme/widgets', owner: '@acme/platform' };

describe('bundled repository templates', () => {
  it('are listed with a version each and the described questions', () => {
    const list = listTemplates(ROOT_TEMPLATES);
    expect(list.map((t) => t.name).sort()).toEqual([...NAMES].sort());
    for (const t of list) expect(t.versions).toContain('1.0.0');
    const service = loadTemplate(ROOT_TEMPLATES, 'service-repo');
    expect(service.manifest.questions.map((q) => q.name)).toEqual([
      'name',
      'description',
      'owner',
      'license',
      'nodeVersion',
      'port',
    ]);
  });

  it.each(NAMES)(
    '%s: the CI workflow is valid workflow YAML with lint, test, build and boardwright steps',
    (name) => {
      const files = render(name, answers);
      const text = file(files, '.github/workflows/ci.yml');
      const wf = parse(text) as Workflow;
      expect(Object.keys(wf.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
      const jobs = Object.keys(wf.jobs);
      expect(jobs).toEqual(expect.arrayContaining(['boards', 'lint', 'test', 'build']));
      for (const [id, job] of Object.entries(wf.jobs)) {
        expect(typeof job['runs-on'], `${id} runs-on`).toBe('string');
        expect(Array.isArray(job.steps) && job.steps.length > 0, `${id} steps`).toBe(true);
        for (const step of job.steps) {
          // A step is either an Action (`uses`) or a shell command (`run`), never both or neither.
          expect(Number('uses' in step) + Number('run' in step), JSON.stringify(step)).toBe(1);
        }
        for (const need of job.needs ?? []) expect(jobs).toContain(need);
      }
      const runs = Object.values(wf.jobs).flatMap((j) => j.steps.map((s) => s.run ?? ''));
      expect(runs).toEqual(expect.arrayContaining(['npm run lint', 'npm test']));
      // Every boardwright Action used exists in this repository and takes the inputs given.
      const own = Object.values(wf.jobs)
        .flatMap((j) => j.steps)
        .filter((s) => s.uses?.startsWith('boardwright/boardwright/'));
      expect(own.length).toBeGreaterThan(0);
      for (const step of own) {
        const m = /^boardwright\/boardwright\/actions\/([a-z-]+)@v1$/.exec(step.uses!);
        expect(m, step.uses).not.toBeNull();
        expect(existsSync(join(ROOT, 'actions', m![1]!, 'action.yml'))).toBe(true);
        expect(actionInputs(m![1]!)).toEqual(expect.arrayContaining(Object.keys(step.with ?? {})));
      }
      // GitHub expressions come out as `${{ … }}`, and no Handlebars syntax is left.
      expect(text).toContain('${{ github.ref }}');
      expect(text).not.toMatch(/\{\{(?!\s)|\\\{/);
      const dependabot = parse(file(files, '.github/dependabot.yml')) as {
        version: number;
        updates: Array<{ 'package-ecosystem': string; schedule: { interval: string } }>;
      };
      expect(dependabot.version).toBe(2);
      expect(dependabot.updates.map((u) => u['package-ecosystem'])).toEqual(
        expect.arrayContaining(['npm', 'github-actions']),
      );
      expect(file(files, '.github/CODEOWNERS')).toMatch(/^\*\s+@acme\/platform$/m);
      for (const part of ['constitution', 'prd', 'plan', 'tasks'])
        expect(file(files, `spec/acme-widgets/${part}.md`)).toContain('@acme/widgets');
    },
  );

  it('service-repo deploys from main, builds a Docker image with a health check and serves /healthz', () => {
    const files = render('service-repo', { ...answers, port: '9090', nodeVersion: '22' });
    const wf = parse(file(files, '.github/workflows/ci.yml')) as Workflow;
    expect(wf.jobs.deploy!.if).toBe(
      "github.event_name == 'push' && github.ref == 'refs/heads/main'",
    );
    expect(wf.jobs.deploy!.needs).toEqual(['boards', 'build']);
    const docker = file(files, 'Dockerfile');
    expect(docker).toMatch(/^FROM node:22-alpine AS deps$/m);
    expect(docker).toMatch(/^EXPOSE 9090$/m);
    expect(docker).toMatch(/^HEALTHCHECK .*\n\s+CMD .*\/healthz/m);
    expect(file(files, 'src/health.js')).toContain("pathname === '/healthz'");
    expect(file(files, 'src/main.js')).toContain('process.env.PORT ?? 9090');
  });

  it('lib-repo has package.json with exports, an API reference and a publish job on release', () => {
    const files = render('lib-repo', answers);
    const pkg = JSON.parse(file(files, 'package.json')) as {
      name: string;
      exports: Record<string, unknown>;
      files: string[];
    };
    expect(pkg.name).toBe('@acme/widgets');
    expect(pkg.exports['.']).toEqual({ types: './src/index.d.ts', default: './src/index.js' });
    expect(file(files, 'docs/API.md')).toMatch(/^## `greet\(name\?: string\): string`$/m);
    const wf = parse(file(files, '.github/workflows/ci.yml')) as Workflow;
    expect(wf.on.release).toEqual({ types: ['published'] });
    const publish = wf.jobs.publish!;
    expect(publish.if).toBe("github.event_name == 'release'");
    expect(publish.steps.map((s) => s.run).filter(Boolean)).toContain(
      'npm publish --provenance --access public',
    );
  });

  it('renders the same bytes twice, and quotes answers so JSON stays valid', () => {
    const tricky = { ...answers, description: 'Says "hi" \\ and \u00e9 — done' };
    for (const name of NAMES) {
      const a = render(name, tricky);
      const b = render(name, tricky);
      expect(b).toEqual(a);
      const pkg = JSON.parse(file(a, 'package.json')) as { description: string };
      expect(pkg.description).toBe(tricky.description);
      JSON.parse(file(a, 'package-lock.json'));
    }
  });

  it('rejects hostile answers before rendering: traversal, slashes, new lines', () => {
    const template = loadTemplate(ROOT_TEMPLATES, 'lib-repo');
    for (const name of ['../../etc', 'a/b/c', '/etc/passwd', '..', 'Upper']) {
      const r = resolveAnswers(template.manifest, { name, owner: '@o' });
      expect(r.problems, name).toEqual([expect.stringContaining('is not an npm package name')]);
    }
    const multi = resolveAnswers(template.manifest, {
      name: 'ok',
      owner: '@o',
      description: 'line\non: [push]',
    });
    expect(multi.problems).toEqual([expect.stringContaining('single line')]);
    const unknown = resolveAnswers(template.manifest, { name: 'ok', owner: '@o', colour: 'red' });
    expect(unknown.problems).toEqual([expect.stringContaining('asks no question "colour"')]);
    expect(resolveAnswers(template.manifest, { name: 'ok' }).missing.map((q) => q.name)).toEqual([
      'owner',
    ]);
  });

  it('never renders a path outside the target, even for answers that skip validation', () => {
    const target = mkdtempSync(join(tmpdir(), 'bw-render-'));
    for (const name of NAMES) {
      const template = loadTemplate(ROOT_TEMPLATES, name);
      for (const hostile of ['../../etc/passwd', '..', 'a/../../b', '/abs', 'x\\..\\y', '.']) {
        const answers: Answers = {
          name: hostile,
          description: 'd',
          owner: '@o',
          license: 'MIT',
          nodeVersion: '20',
          port: '1',
        };
        for (const f of renderTemplate(template, answers)) {
          const full = resolve(target, f.path);
          expect(full.startsWith(target + sep), f.path).toBe(true);
          expect(relative(target, full).split(sep)).not.toContain('..');
        }
      }
    }
  });

  it('refuses a template whose own paths or names would escape', () => {
    const root = mkdtempSync(join(tmpdir(), 'bw-tpl-'));
    const version = join(root, 'evil', '1.0.0');
    mkdirSync(join(version, 'files', '..dir'), { recursive: true });
    writeFileSync(
      join(version, 'template.json'),
      JSON.stringify({ name: 'evil', version: '1.0.0', description: 'x', questions: [] }),
    );
    writeFileSync(join(version, 'files', '..dir', 'ok.hbs'), 'fine');
    expect(renderTemplate(loadTemplate(root, 'evil'), {}).map((f) => f.path)).toEqual(['..dir/ok']);
    writeFileSync(join(version, 'files', '__missing__.hbs'), 'x');
    expect(() => renderTemplate(loadTemplate(root, 'evil'), {})).toThrow(TemplateError);
    expect(() => loadTemplate(root, '../evil')).toThrow(/no template "..\/evil"/);
    expect(() => loadTemplate(root, 'evil', '9.9.9')).toThrow(/Versions: 1.0.0/);
  });

  it.each([
    ['service-repo', 'health.test.js'],
    ['lib-repo', 'index.test.js'],
    ['app-repo', 'app.test.js'],
  ])('%s: the generated tests pass under node --test', (name, testFile) => {
    const dir = mkdtempSync(join(tmpdir(), `bw-${name}-`));
    for (const f of render(name, { name: 'demo-pkg', owner: '@acme' })) {
      mkdirSync(join(dir, f.path, '..'), { recursive: true });
      writeFileSync(join(dir, f.path), f.content);
    }
    const r = spawnSync(process.execPath, ['--test', join('test', testFile)], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(r.stdout + r.stderr).toMatch(/# fail 0/);
    expect(r.stdout).toMatch(/# pass [1-9]/);
    expect(r.status).toBe(0);
  });
});
