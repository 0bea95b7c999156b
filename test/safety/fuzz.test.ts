/**
 * Fuzzing the workspace boundary with fast-check. Cheap pure properties run 10,000 cases; the
 * real-filesystem property builds a fresh workspace per case — nested folders, boards with
 * hostile names, symbolic links into and out of the workspace, dangling and looping links,
 * planted manifests — then runs a build into a hostile out dir and writes hostile named files,
 * and checks that nothing changed outside the out dir and the named files' real targets.
 */
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { manifestFiles } from '../../generators/manifest.js';
import { summaryFiles } from '../../generators/summary.js';
import { isWithin, realPathOf } from '../../io/boundary.js';
import { isManifestPath, MANIFEST_FILE, resolveOutDir, writeOutDir } from '../../io/outdir.js';
import { removeWorkspaceFile, writeWorkspaceFiles } from '../../io/user-files.js';
import { safeOutputPath } from '../../io/write.js';
import { loadWorkspace, workspaceInputs } from '../../workspace.js';
import { BOARD, temp } from './helpers.js';

/** Path pieces an attacker would try: climbing, dots, `.git`, separators, odd bytes. */
const PIECES = [
  '..',
  '.',
  '',
  'a',
  'docs',
  'boards',
  'boardwright-out',
  '.git',
  'hooks',
  'summary.md',
  'model.json',
  'x y',
  'ü',
  'a\nb',
  '\\',
  '..\\..',
  '%2e%2e',
  '\0',
  '~',
  '-rf',
];
const hostilePath = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 5 })
  .chain((parts) =>
    fc.constantFrom(parts.join('/'), `/${parts.join('/')}`, parts.join('/') + '/', parts.join(sep)),
  );

describe('boundary properties on generated paths (pure)', () => {
  it('safeOutputPath never returns a path outside its folder (10,000 cases)', () => {
    const dir = resolve('/work/out');
    fc.assert(
      fc.property(hostilePath, (p) => {
        let full: string;
        try {
          full = safeOutputPath(dir, p);
        } catch {
          return;
        }
        expect(isWithin(dir, full)).toBe(true);
        expect(full).not.toBe(dir);
      }),
      { numRuns: 10_000 },
    );
  });

  it('a manifest entry that passes the check names only something below the out dir (10,000 cases)', () => {
    const dir = resolve('/work/out');
    fc.assert(
      fc.property(fc.oneof(hostilePath, fc.string({ maxLength: 12 })), (p) => {
        if (!isManifestPath(p)) return;
        const full = join(dir, ...p.split('/'));
        expect(isWithin(dir, full) && full !== dir).toBe(true);
        expect(posix.normalize(p)).toBe(p);
      }),
      { numRuns: 10_000 },
    );
  });
});

/** One thing to create in the workspace before the run. */
type Entry =
  | { kind: 'dir'; path: string }
  | { kind: 'board'; path: string }
  | { kind: 'link'; path: string; target: string }
  | { kind: 'manifest'; dir: string; names: string[] };

/** Workspace-relative places to create things (kept inside the workspace by construction). */
const place = fc
  .array(fc.constantFrom('a', 'docs', 'boards', 'boardwright-out', 'out', 'x y', 'ü', 'a\nb'), {
    minLength: 1,
    maxLength: 3,
  })
  .map((parts) => parts.join('/'));
/** Link targets: outside files and folders, inside ones, nothing, the root, a loop. */
const target = fc.constantFrom(
  '@outside',
  '@outside/secret.md',
  '@outside/boards',
  '@root',
  '/',
  'docs',
  '../docs/board.md',
  'missing',
  '.',
  '..',
  '../..',
  'self',
);
/** The layouts of the reported attacks, so that every run meets them often. */
const attack = fc.constantFrom<Entry>(
  { kind: 'link', path: 'boardwright-out', target: '@outside' },
  { kind: 'link', path: 'boardwright-out/boards', target: '@outside/boards' },
  { kind: 'link', path: 'out/boards', target: '@outside/boards' },
  { kind: 'link', path: 'docs/secret.md', target: '@outside/secret.md' },
  { kind: 'link', path: 'README.md', target: '@outside/secret.md' },
  { kind: 'link', path: 'shared', target: '@outside' },
  { kind: 'manifest', dir: 'boardwright-out', names: ['../docs/board.md', 'boards/x.json'] },
);
const entry: fc.Arbitrary<Entry> = fc.oneof(
  attack,
  place.map((path) => ({ kind: 'dir' as const, path })),
  place.map((path) => ({ kind: 'board' as const, path: `${path}.md` })),
  fc.tuple(place, target).map(([path, t]) => ({ kind: 'link' as const, path, target: t })),
  fc
    .tuple(place, fc.array(hostilePath, { maxLength: 3 }))
    .map(([dir, names]) => ({ kind: 'manifest' as const, dir, names })),
);
const outPath = fc.oneof(
  hostilePath,
  place,
  fc.constantFrom('boardwright-out', 'out', 'shared/x'),
  fc.constantFrom('.', './', '@outside', '@outside/out', '@root/out', '../outside', ''),
);

/** Entries of `dir` (not following links): file contents, link targets, folders. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (at: string, prefix: string): void => {
    for (const name of readdirSync(at)) {
      const full = join(at, name);
      const rel = prefix + name;
      const stat = lstatSync(full);
      if (stat.isSymbolicLink()) out.set(rel, `link:${readlinkSync(full)}`);
      else if (stat.isDirectory()) {
        out.set(rel, 'dir');
        walk(full, `${rel}/`);
      } else out.set(rel, `file:${readFileSync(full, 'utf8')}`);
    }
  };
  walk(dir, '');
  return out;
}

function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => before.get(k) !== after.get(k)).sort();
}

/** Creates `entries` in `ws`, never through a link that leads out (setup must not write there). */
function build(ws: string, outside: string, entries: readonly Entry[]): void {
  const safeParent = (rel: string): string | undefined => {
    const full = join(ws, rel);
    try {
      mkdirSync(dirname(full), { recursive: true });
    } catch {
      return undefined;
    }
    return isWithin(ws, realpathSync(dirname(full))) ? full : undefined;
  };
  for (const e of entries) {
    const rel = e.kind === 'manifest' ? join(e.dir, MANIFEST_FILE) : e.path;
    let real: string;
    try {
      real = realPathOf(join(ws, rel));
    } catch {
      continue; // a link loop on the way
    }
    if (!isWithin(ws, real)) continue;
    const full = safeParent(rel);
    if (!full || existsSync(full) || isLink(full)) continue;
    if (e.kind === 'dir') mkdirSync(full);
    else if (e.kind === 'board') writeFileSync(full, BOARD);
    else if (e.kind === 'manifest')
      writeFileSync(full, JSON.stringify({ schemaVersion: 1, written: { build: e.names } }));
    else {
      const to =
        e.target === 'self'
          ? full
          : e.target.startsWith('@outside')
            ? e.target.replace('@outside', outside)
            : e.target.startsWith('@root')
              ? e.target.replace('@root', ws)
              : e.target;
      symlinkSync(to, full);
    }
  }
}

function isLink(full: string): boolean {
  try {
    return lstatSync(full).isSymbolicLink();
  } catch {
    return false;
  }
}

describe('nothing is written or deleted outside the out dir and the named files', () => {
  it('holds for generated workspaces, links, manifests, out dirs and named files', () => {
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 12 }),
        outPath,
        fc.array(
          fc.tuple(
            fc.oneof(hostilePath, place, fc.constantFrom('README.md', 'shared/CHANGELOG.md')),
            fc.boolean(),
          ),
          { maxLength: 3 },
        ),
        (entries, out, named) => {
          const base = temp('bw-fuzz-');
          const ws = join(base, 'ws');
          const outside = join(base, 'outside');
          mkdirSync(join(ws, 'docs'), { recursive: true });
          mkdirSync(join(outside, 'boards'), { recursive: true });
          writeFileSync(join(ws, 'docs', 'board.md'), BOARD);
          writeFileSync(join(outside, 'secret.md'), '# Secret\n\n- [ ] secret\n');
          writeFileSync(join(outside, 'boards', 'victim.json'), '{}');
          build(ws, outside, entries);
          const outsideBefore = snapshot(outside);
          const wsBefore = snapshot(ws);
          const expand = (p: string): string => p.replace('@outside', outside).replace('@root', ws);

          // build, as the CLI does it
          const loaded = loadWorkspace({ root: ws, outDir: expand(out) || '.' });
          let outRel: string | undefined;
          try {
            const dir = resolveOutDir(ws, expand(out), workspaceInputs(loaded));
            outRel = relative(ws, dir.dir);
            writeOutDir(dir, 'build', [
              ...manifestFiles(loaded.workspace),
              ...summaryFiles(loaded.workspace),
            ]);
          } catch {
            // refused: fine, as long as nothing was touched
          }
          // named files, as changelog --write, summary --inject and doc-sync --fix do it
          const targets: string[] = [];
          for (const [p, remove] of named) {
            try {
              if (!remove)
                targets.push(...writeWorkspaceFiles(ws, [{ path: p, content: 'named\n' }]));
              else {
                // Where the name really is, settled before the removal: removing `boards/boards`
                // through a link `boards -> .` removes the link itself.
                const named = resolve(ws, p);
                const at = join(realpathSync(dirname(named)), posix.basename(named));
                removeWorkspaceFile(ws, p);
                targets.push(at);
              }
            } catch {
              // refused
            }
          }

          expect(changed(outsideBefore, snapshot(outside))).toEqual([]);
          const allowed = (rel: string): boolean => {
            const full = join(ws, rel);
            if (outRel !== undefined && outRel !== '' && isWithin(join(ws, outRel), full))
              return true;
            // Folders created on the way to an out dir or a named file.
            const ancestors = [...targets, ...(outRel ? [join(ws, outRel)] : [])];
            return targets.includes(full) || ancestors.some((t) => isWithin(full, t));
          };
          const unexpected = changed(wsBefore, snapshot(ws)).filter((rel) => !allowed(rel));
          expect(unexpected).toEqual([]);
          for (const t of targets)
            expect(isWithin(ws, t) && !isAbsolute(relative(ws, t))).toBe(true);
        },
      ),
      // Each case builds a real workspace; BOARDWRIGHT_FUZZ_RUNS=10000 runs a long campaign.
      { numRuns: Number(process.env.BOARDWRIGHT_FUZZ_RUNS ?? 60) },
    );
  }, 900_000);
});
