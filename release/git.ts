import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ReleaseError } from './errors.js';

/** One commit as `git log` gives it. */
export interface RawCommit {
  /** Full 40-hex object name. */
  hash: string;
  parents: string[];
  /** Committer date, ISO 8601 with the committer's offset (`%cI`). */
  date: string;
  /** The raw message (subject, blank line, body), decoded as UTF-8. */
  message: string;
}

/** A tag and the commit it points at (annotated tags peeled). */
export interface TagRef {
  name: string;
  commit: string;
}

/** What the release flows need to know about the repository before reading history. */
export interface RepoState {
  /** Absolute path of the working tree's top level. */
  root: string;
  /** The commit HEAD points at. */
  head: string;
}

// Git's own configuration must not change what we parse: no signatures in the log, no pager.
const BASE_ARGS = ['-c', 'log.showSignature=false', '-c', 'core.pager=cat'];
const ENV = { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_PAGER: 'cat' };
const NUL = 0;

interface GitRun {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/**
 * Runs git through execFile — never a shell, so no argument is ever interpreted — and resolves
 * with its exit code and output whatever the code; rejects only with `git-missing`.
 */
function runGit(cwd: string, args: readonly string[], input?: string): Promise<GitRun> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      [...BASE_ARGS, ...args],
      { cwd, env: ENV, encoding: 'buffer', maxBuffer: 2 ** 31 - 1, windowsHide: true },
      (error, stdout, stderr) => {
        const code = (error as NodeJS.ErrnoException | null)?.code;
        if (code === 'ENOENT' && !stderr.length) {
          // Node reports a missing working directory as a missing program; tell them apart.
          reject(
            existsSync(cwd)
              ? new ReleaseError('git-missing', 'git is not installed or not on the PATH.')
              : new ReleaseError('not-a-git-repo', `${cwd} does not exist.`),
          );
          return;
        }
        resolve({
          code: error ? (typeof code === 'number' ? code : 1) : 0,
          stdout,
          stderr: stderr.toString('utf8').trim() || (error?.message ?? ''),
        });
      },
    );
    if (input !== undefined) child.stdin?.end(input);
  });
}

/**
 * Runs `git <args>` in `cwd` and resolves with stdout as bytes. Rejects with ReleaseError
 * `git-missing` when git is not installed and `git-failed` (git's own message included) on a
 * non-zero exit; `allowExit` lists exit codes that resolve instead (e.g. 1 for "not found").
 */
export async function git(
  cwd: string,
  args: readonly string[],
  allowExit: readonly number[] = [],
): Promise<Buffer> {
  const run = await runGit(cwd, args);
  if (run.code === 0 || allowExit.includes(run.code)) return run.stdout;
  throw new ReleaseError('git-failed', `git ${args[0]} failed: ${run.stderr}`);
}

/**
 * Reads the working tree root and HEAD with one `git rev-parse`. Throws `not-a-git-repo`
 * outside a repository, `no-commits` in a repository without commits, and `shallow-clone` in a
 * shallow clone: its history stops early, so tags and the commits since the last release would
 * be silently wrong.
 */
export async function readRepoState(cwd: string): Promise<RepoState> {
  const run = await runGit(cwd, [
    'rev-parse',
    '--show-toplevel',
    '--is-shallow-repository',
    'HEAD',
  ]);
  const [root, shallow, head] = run.stdout.toString('utf8').split('\n');
  if (!root || (shallow !== 'true' && shallow !== 'false')) {
    throw new ReleaseError(
      'not-a-git-repo',
      `${cwd} is not inside a git repository: changelogs and versions are read from git history (${run.stderr}).`,
    );
  }
  if (shallow === 'true') {
    throw new ReleaseError(
      'shallow-clone',
      `${root} is a shallow clone: its history is cut off, so the last release tag and the commits since it cannot be read. Fetch the full history (git fetch --unshallow --tags), or in GitHub Actions check out with "fetch-depth: 0".`,
    );
  }
  if (run.code !== 0 || !head || !/^[0-9a-f]{40,64}$/.test(head)) {
    throw new ReleaseError('no-commits', `The repository at ${root} has no commits yet.`);
  }
  return { root, head };
}

/** The committer date of `rev` (default HEAD), ISO 8601 (`%cI`). */
export async function readCommitDate(cwd: string, rev = 'HEAD'): Promise<string> {
  checkRevision(rev, 'The revision');
  return (await git(cwd, ['log', '-1', '--format=%cI', '--end-of-options', rev, '--']))
    .toString('utf8')
    .trim();
}

/**
 * Tags reachable from `from` (default HEAD), annotated tags peeled to their commit; with
 * `from` null, every tag (no history walk, so it answers at once even in a long history).
 */
export async function readTags(cwd: string, from: string | null = 'HEAD'): Promise<TagRef[]> {
  const out = await git(cwd, [
    'for-each-ref',
    ...(from === null ? [] : [`--merged=${from}`]),
    '--format=%(refname:lstrip=2)%00%(objectname)%00%(*objectname)',
    'refs/tags/',
  ]);
  const tags: TagRef[] = [];
  for (const line of out.toString('utf8').split('\n')) {
    if (!line) continue;
    const [name = '', object = '', peeled = ''] = line.split('\0');
    tags.push({ name, commit: peeled || object });
  }
  return tags;
}

/** True when commit `ancestor` is reachable from `descendant` (or is it). */
export async function isAncestor(
  cwd: string,
  ancestor: string,
  descendant: string,
): Promise<boolean> {
  // `--is-ancestor` answers with the exit code alone: 0 yes, 1 no, anything else an error.
  const run = await runGit(cwd, ['merge-base', '--is-ancestor', ancestor, descendant]);
  if (run.code > 1) throw new ReleaseError('git-failed', `git merge-base failed: ${run.stderr}`);
  return run.code === 0;
}

/**
 * Checks a revision that comes from input (a `--range`, a workflow input, a tag or remote
 * name): anything git reads as a revision is fine (`origin/main`, `HEAD~3`, `v1.2.0`, a hash),
 * but not an empty one, one starting with `-` (git would read it as an option: `--output=/tmp/x`
 * makes git log write a file) or one holding control characters. Returns it; throws
 * ReleaseError `bad-option` naming `what`.
 */
export function checkRevision(revision: string, what: string): string {
  const why = !revision
    ? 'it is empty'
    : revision.startsWith('-')
      ? 'it starts with "-", so git would read it as an option'
      : hasControlCharacter(revision)
        ? 'it holds control characters'
        : undefined;
  if (why) {
    throw new ReleaseError(
      'bad-option',
      `${what} ${JSON.stringify(revision)} cannot be used: ${why}. Give a branch, tag or commit name (a range is base..head, e.g. origin/main..HEAD).`,
    );
  }
  return revision;
}

/** True when `text` holds a C0 control character or DEL. */
export function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}

/**
 * Reads a range as users write it: `base..head` or `base...head` (an empty side means HEAD), or
 * one revision for that commit alone. Each side is checked with {@link checkRevision}.
 */
export function parseRevisionRange(range: string): { from?: string; to: string } {
  const text = range.trim();
  const dots = /\.{2,3}/.exec(text);
  if (!dots) return { to: checkRevision(text, 'The range') };
  const from = text.slice(0, dots.index) || 'HEAD';
  const to = text.slice(dots.index + dots[0].length) || 'HEAD';
  return {
    from: checkRevision(from, 'The start of the range'),
    to: checkRevision(to, 'The end of the range'),
  };
}

/** Which commits to read: `from..to` (all of `to`'s history without `from`), limited to paths. */
export interface CommitRange {
  /** Exclusive start (a tag or commit); absent reads from the root commit. */
  from?: string;
  /** Inclusive end, default HEAD. */
  to?: string;
  /** Pathspecs: only commits touching them (a monorepo package's folder). */
  paths?: readonly string[];
  /** Include merge commits (commit-lint skips them itself; changelogs never want them). */
  merges?: boolean;
  /** Most commits to read, newest first. */
  maxCount?: number;
}

/**
 * Reads the commits of a range, newest first, with one `git log` call. Merge commits are left
 * out unless asked for: the commits they bring in carry the changes, so a merge never produces
 * a second entry. Throws `invalid-utf8-commit` naming the first commit whose message is not
 * valid UTF-8 (git stores message bytes as given when no encoding header says otherwise).
 */
export async function readCommits(cwd: string, range: CommitRange = {}): Promise<RawCommit[]> {
  const commits: RawCommit[] = [];
  await streamCommits(cwd, range, (c) => void commits.push(c));
  return commits;
}

/**
 * Like {@link readCommits}, but hands each commit to `onCommit` as soon as git has written it,
 * so the caller's work overlaps git's (on 10,000 commits that halves the wall time). Resolves
 * with the number of commits; errors as readCommits, after the last commit was handed over.
 */
export function streamCommits(
  cwd: string,
  range: CommitRange,
  onCommit: (commit: RawCommit) => void,
): Promise<number> {
  const to = range.to ?? 'HEAD';
  const args = [...BASE_ARGS, 'log', '-z', '--format=%H%x00%P%x00%cI%x00%B'];
  if (!range.merges) args.push('--no-merges');
  if (range.maxCount !== undefined) args.push(`--max-count=${range.maxCount}`);
  try {
    checkRevision(to, 'The end of the range');
    if (range.from !== undefined) checkRevision(range.from, 'The start of the range');
  } catch (e) {
    return Promise.reject(e);
  }
  // Revisions after --end-of-options, paths after --: no input is ever read as an option.
  args.push('--end-of-options', range.from ? `${range.from}..${to}` : to, '--');
  if (range.paths?.length) args.push(...range.paths);

  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd, env: ENV, windowsHide: true });
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const stderr: Buffer[] = [];
    const fields: string[] = [];
    let pending = '';
    let count = 0;
    let invalid = false;
    let failed: unknown;
    const take = (text: string): void => {
      // Only the new text can hold the next separator: a long message arriving in many chunks
      // is scanned once.
      const from = pending.length;
      pending += text;
      let start = 0;
      for (let end = pending.indexOf('\0', from); end >= 0; end = pending.indexOf('\0', start)) {
        fields.push(pending.slice(start, end));
        start = end + 1;
        if (fields.length === 4) {
          const [hash, parents, date, message] = fields as [string, string, string, string];
          fields.length = 0;
          count++;
          onCommit({ hash, parents: parents ? parents.split(' ') : [], date, message });
        }
      }
      pending = pending.slice(start);
    };
    child.stdout.on('data', (chunk: Buffer) => {
      if (invalid || failed) return;
      try {
        take(decoder.decode(chunk, { stream: true }));
      } catch (e) {
        if (e instanceof TypeError) invalid = true;
        else failed = e;
      }
    });
    child.stderr.on('data', (chunk: Buffer) => void stderr.push(chunk));
    child.on('error', (e: NodeJS.ErrnoException) =>
      reject(
        e.code === 'ENOENT'
          ? existsSync(cwd)
            ? new ReleaseError('git-missing', 'git is not installed or not on the PATH.')
            : new ReleaseError('not-a-git-repo', `${cwd} does not exist.`)
          : e,
      ),
    );
    child.on('close', (code) => {
      if (failed) return reject(failed);
      if (code !== 0) {
        const why = Buffer.concat(stderr).toString('utf8').trim();
        return reject(
          new ReleaseError('git-failed', `git log failed: ${why || `exit code ${code}`}`),
        );
      }
      if (invalid) {
        // Rare: read the range again as bytes to name the commit (no copy is kept otherwise).
        void git(cwd, args.slice(BASE_ARGS.length)).then(
          (bytes) => reject(invalidCommit(bytes)),
          reject,
        );
        return;
      }
      try {
        take(decoder.decode());
        if (fields.length === 3 && pending) take('\0');
      } catch (e) {
        return reject(e);
      }
      resolve(count);
    });
  });
}

/** Finds the commit whose message is not UTF-8 in raw `git log -z` output and names it. */
function invalidCommit(out: Buffer): ReleaseError {
  let start = 0;
  const field = (): Buffer => {
    const end = out.indexOf(NUL, start);
    const stop = end < 0 ? out.length : end;
    const bytes = out.subarray(start, stop);
    start = stop + 1;
    return bytes;
  };
  while (start < out.length) {
    const hash = field().toString('latin1');
    field();
    field();
    const message = field();
    try {
      strictUtf8.decode(message);
    } catch {
      const bad = firstInvalidByte(message);
      const eol = message.indexOf(10);
      const subject = message.subarray(0, eol < 0 ? undefined : eol);
      return new ReleaseError(
        'invalid-utf8-commit',
        `Commit ${hash.slice(0, 7)} ("${new TextDecoder().decode(subject)}") has a message that is not valid UTF-8 (byte 0x${bad.byte.toString(16).toUpperCase().padStart(2, '0')} at offset ${bad.offset}). It was probably written in another encoding without an "encoding" header; reword it (git rebase -i, or git replace --edit ${hash.slice(0, 7)}) or move the release tag past it.`,
      );
    }
  }
  return new ReleaseError('git-failed', 'git log output could not be read as UTF-8.');
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Offset and value of the first byte that breaks UTF-8 (RFC 3629) in `bytes`. */
function firstInvalidByte(bytes: Buffer): { byte: number; offset: number } {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const length =
      b < 0x80
        ? 1
        : b >= 0xc2 && b <= 0xdf
          ? 2
          : b >= 0xe0 && b <= 0xef
            ? 3
            : b >= 0xf0 && b <= 0xf4
              ? 4
              : 0;
    if (length === 0) return { byte: b, offset: i };
    try {
      strictUtf8.decode(bytes.subarray(i, i + length));
    } catch {
      return { byte: b, offset: i };
    }
    i += length;
  }
  return { byte: bytes[bytes.length - 1] ?? 0, offset: Math.max(0, bytes.length - 1) };
}

/** The fetch URL of `remote`, or undefined when the repository has no such remote. */
export async function readRemoteUrl(cwd: string, remote = 'origin'): Promise<string | undefined> {
  checkRevision(remote, 'The remote name');
  const out = await git(cwd, ['config', '--get', `remote.${remote}.url`], [1]);
  return out.toString('utf8').trim() || undefined;
}

/** Porcelain status lines for `path` (empty when it is committed and unchanged). */
export async function fileStatus(cwd: string, path: string): Promise<string> {
  return (await git(cwd, ['status', '--porcelain', '--', path])).toString('utf8').trim();
}

/** True when a tag named `name` exists (reachable or not). */
export async function tagExists(cwd: string, name: string): Promise<boolean> {
  const out = await git(cwd, ['tag', '--list', '--', name]);
  return out.toString('utf8').trim() === name;
}

/**
 * Creates the annotated tag `name` on HEAD with `message` (passed on stdin via `-F -`, so the
 * text never becomes an argument). Throws `tag-exists` when the tag is already there.
 */
export async function createAnnotatedTag(
  cwd: string,
  name: string,
  message: string,
): Promise<void> {
  checkRevision(name, 'The tag name');
  const valid = await runGit(cwd, ['check-ref-format', `refs/tags/${name}`]);
  if (valid.code !== 0) {
    throw new ReleaseError('bad-option', `"${name}" is not a valid tag name; nothing was tagged.`);
  }
  if (await tagExists(cwd, name)) {
    throw new ReleaseError('tag-exists', `Tag ${name} already exists; nothing was tagged.`);
  }
  const run = await runGit(
    cwd,
    ['tag', '-a', '--cleanup=verbatim', '-F', '-', '--end-of-options', name, 'HEAD'],
    message,
  );
  if (run.code !== 0) throw new ReleaseError('git-failed', `git tag failed: ${run.stderr}`);
}
