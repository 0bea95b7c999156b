import { spawnSync } from 'node:child_process';
import { camelCase, kebabCase, snakeCase, startCase, upperFirst } from 'es-toolkit/compat';
import { type LintedCommit, lineAt, someLine, toLines } from './commit-message.js';

/** A rule's condition, as commitlint writes it. */
export type RuleWhen = 'always' | 'never';
/** A rule: whether the commit passes, and the message commitlint prints when it does not. */
type Rule = (
  commit: LintedCommit,
  when: RuleWhen | undefined,
  value: unknown,
) => [boolean, string?];

/** The case conversions of @commitlint/ensure (es-toolkit's, as commitlint uses them). */
function toCase(input: string, target: string): string {
  switch (target) {
    case 'camel-case':
      return camelCase(input);
    case 'kebab-case':
      return kebabCase(input);
    case 'snake-case':
      return snakeCase(input);
    case 'pascal-case':
      return upperFirst(camelCase(input));
    case 'start-case':
      return startCase(input);
    case 'upper-case':
    case 'uppercase':
      return input.toUpperCase();
    case 'sentence-case':
    case 'sentencecase':
      return upperFirst(input);
    case 'lower-case':
    case 'lowercase':
    case 'lowerCase':
      return input.toLowerCase();
    default:
      throw new TypeError(`Unknown case "${target}"`);
  }
}

/**
 * @commitlint/ensure's case check: quoted parts (`…`, "…", '…') are left out (they may hold
 * names), and text that is empty or starts with a digit passes.
 */
export function ensureCase(raw: string, target: string): boolean {
  const input = raw.replace(/`.*?`|".*?"|'.*?'/g, '').trim();
  const transformed = toCase(input, target);
  if (transformed === '' || /^\d/.test(transformed)) return true;
  return transformed === input;
}

const message = (...parts: Array<string | null | false>): string => parts.filter(Boolean).join(' ');
const negated = (when: RuleWhen | undefined): boolean => when === 'never';
const maxLength = (value: string | null, max: unknown): boolean =>
  typeof value === 'string' && value.length <= Number(max);
const minLength = (value: string | null, min: unknown): boolean =>
  typeof value === 'string' && value.length >= Number(min);
const URL_IN_LINE = /\bhttps?:\/\/\S+/;
const maxLineLength = (value: string, max: unknown): boolean =>
  !someLine(value, (line) => line.length > Number(max) && !URL_IN_LINE.test(line));

interface CaseCheck {
  when: RuleWhen;
  case: string;
}
function caseChecks(value: unknown): CaseCheck[] {
  return (Array.isArray(value) ? value : [value]).map((check) =>
    typeof check === 'string' ? { when: 'always', case: check } : (check as CaseCheck),
  );
}

function caseRule(
  what: string,
  input: string,
  when: RuleWhen | undefined,
  value: unknown,
): [boolean, string] {
  const checks = caseChecks(value ?? []);
  const result = checks.some((check) => {
    const r = ensureCase(input, check.case);
    return negated(check.when) ? !r : r;
  });
  const list = checks.map((c) => c.case).join(', ');
  return [
    negated(when) ? !result : result,
    message(`${what} must`, negated(when) && 'not', `be ${list}`),
  ];
}

/** `<part>-empty`: `always` means it must be empty (body, footer, subject, type). */
const emptyRule =
  (what: string, get: (c: LintedCommit) => string | null): Rule =>
  (commit, when = 'always') => {
    const notEmpty = (get(commit) ?? '').length > 0;
    const neg = negated(when);
    return [neg ? notEmpty : !notEmpty, message(what, neg ? 'may not' : 'must', 'be empty')];
  };

const lengthRule =
  (what: string, get: (c: LintedCommit) => string | null, kind: 'max' | 'min'): Rule =>
  (commit, _when, value = 0) => {
    const input = get(commit);
    if (!input) return [true];
    return kind === 'max'
      ? [maxLength(input, value), `${what} must not be longer than ${String(value)} characters`]
      : [minLength(input, value), `${what} must not be shorter than ${String(value)} characters`];
  };

const fullStop =
  (what: string, get: (c: LintedCommit) => string | null): Rule =>
  (commit, when = 'always', value = '.') => {
    const input = get(commit);
    if (what === 'body' && !input) return [true];
    const hasStop = input?.[input.length - 1] === value;
    return [
      negated(when) ? !hasStop : hasStop,
      message(what, negated(when) ? 'may not' : 'must', 'end with full stop'),
    ];
  };

const leadingBlank = (what: string, succeeds: boolean, when: RuleWhen | undefined) =>
  [
    negated(when) ? !succeeds : succeeds,
    message(what, negated(when) ? 'may not' : 'must', 'have leading blank line'),
  ] as [boolean, string];

const EXCLAMATION_HEADER = /^(\w*)(?:\((.*)\))?!: (.*)$/;
const CHERRY_PICK = /^\(cherry picked from commit [0-9a-f]{7,64}\)$/i;
const STARTS_WITH_CASED_LETTER = /^[\p{Ll}\p{Lu}\p{Lt}]/iu;

/** The scope delimiters of scope-case / scope-enum: the value's, or `/`, `\` and `,`. */
function scopeDelimiters(value: unknown): RegExp {
  const given = (value as { delimiters?: unknown } | null)?.delimiters;
  const list =
    value && !Array.isArray(value) && Array.isArray(given) && given.length
      ? (given as string[])
      : ['/', '\\', ','];
  return new RegExp(
    list.map((d) => (d === ',' ? ', ?' : d.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('|'),
  );
}

/** Every rule of @commitlint/rules 20, by name, with its defaults and messages. */
export const RULES: Record<string, Rule> = {
  'body-case': (c, when = 'always', value) =>
    !c.body ? [true] : caseRule('body', c.body, when, value),
  'body-empty': emptyRule('body', (c) => c.body),
  'body-full-stop': fullStop('body', (c) => c.body),
  'body-leading-blank': (c, when) =>
    !c.body ? [true] : leadingBlank('body', lineAt(c.raw, 1) === '', when),
  'body-max-length': lengthRule('body', (c) => c.body, 'max'),
  'body-max-line-length': (c, _when, value = 0) =>
    !c.body
      ? [true]
      : [
          maxLineLength(c.body, value),
          `body's lines must not be longer than ${String(value)} characters`,
        ],
  'body-min-length': lengthRule('body', (c) => c.body, 'min'),
  'breaking-change-exclamation-mark': (c, when = 'always') => {
    if (!c.header && !c.footer) return [true];
    const bang = !!c.header && EXCLAMATION_HEADER.test(c.header);
    const footer = !!c.footer && /^BREAKING[ -]CHANGE:/m.test(c.footer);
    const check = bang === footer;
    return [
      negated(when) ? !check : check,
      message(
        'breaking changes',
        negated(when) ? 'must not' : 'must',
        'have both an exclamation mark in the header',
        'and BREAKING CHANGE in the footer',
        'to identify a breaking change',
      ),
    ];
  },
  'footer-empty': emptyRule('footer', (c) => c.footer),
  'footer-leading-blank': (c, when = 'always') => {
    if (!c.footer) return [true];
    // commitlint: the raw line before the first raw line equal to the footer's first line
    // (when there is none, index -1, the last line but one).
    const first = lineAt(c.footer, 0)!;
    let offset = -1;
    someLine(c.raw, (line, i) => {
      if (line === first) offset = i;
      return offset >= 0;
    });
    const before =
      offset - 1 >= 0 ? lineAt(c.raw, offset - 1) : toLines(c.raw).slice(offset - 1)[0];
    return leadingBlank('footer', before === '', when);
  },
  'footer-max-length': lengthRule('footer', (c) => c.footer, 'max'),
  'footer-max-line-length': (c, _when, value = 0) =>
    !c.footer
      ? [true]
      : [
          maxLineLength(c.footer, value),
          `footer's lines must not be longer than ${String(value)} characters`,
        ],
  'footer-min-length': lengthRule('footer', (c) => c.footer, 'min'),
  'header-case': (c, when = 'always', value) =>
    typeof c.header !== 'string' || !/^[a-z]/i.test(c.header)
      ? [true]
      : caseRule('header', c.header, when, value),
  'header-full-stop': fullStop('header', (c) => c.header),
  'header-max-length': (c, _when, value = 0) => [
    maxLength(c.header, value),
    `header must not be longer than ${String(value)} characters, current length is ${c.header?.length}`,
  ],
  'header-min-length': (c, _when, value = 0) => [
    minLength(c.header, value),
    `header must not be shorter than ${String(value)} characters, current length is ${c.header?.length}`,
  ],
  'header-trim': (c) => {
    const { header } = c;
    if (!header) return [true];
    const start = header.length > header.trimStart().length;
    const end = header.length > header.trimEnd().length;
    if (start && end) return [false, 'header must not be surrounded by whitespace'];
    if (start) return [false, 'header must not start with whitespace'];
    if (end) return [false, 'header must not end with whitespace'];
    return [true];
  },
  'references-empty': (c, when = 'never') => {
    const neg = when === 'always';
    return [
      neg ? !c.hasReferences : c.hasReferences,
      message('references', neg ? 'must' : 'may not', 'be empty'),
    ];
  },
  'scope-case': (c, when = 'always', value = []) => {
    if (!c.scope) return [true];
    const object = !Array.isArray(value) && typeof value !== 'string';
    const checks = caseChecks(object ? (value as { cases: unknown }).cases : value);
    const delimiter = scopeDelimiters(value);
    const segments = c.scope.split(delimiter);
    const result = checks.some((check) => {
      const r = segments.every(
        (segment) => delimiter.test(segment) || ensureCase(segment, check.case),
      );
      return negated(check.when) ? !r : r;
    });
    return [
      negated(when) ? !result : result,
      message('scope must', negated(when) && 'not', `be ${checks.map((x) => x.case).join(', ')}`),
    ];
  },
  'scope-delimiter-style': (c, when = 'always', value = []) => {
    if (!c.scope) return [true];
    const allowed = Array.isArray(value) && value.length ? (value as string[]) : ['/', '\\', ','];
    const found = [
      ...new Set(
        (c.scope.match(/[^A-Za-z0-9-_]+/g) ?? []).map((d) => (d.trim() === ',' ? ',' : d)),
      ),
    ];
    const ok = found.every((d) => allowed.includes(d));
    const never = when === 'never';
    return [
      never ? !ok : ok,
      `scope delimiters must ${never ? 'not ' : ''}be one of [${allowed.join(', ')}]`,
    ];
  },
  'scope-empty': (c, when = 'never') => {
    const neg = when === 'always';
    const notEmpty = (c.scope ?? '').length > 0;
    return [neg ? !notEmpty : notEmpty, message('scope', neg ? 'must' : 'may not', 'be empty')];
  },
  'scope-enum': (c, when = 'always', value = []) => {
    const scopes = (Array.isArray(value) ? value : (value as { scopes: string[] }).scopes) ?? [];
    if (!c.scope || !scopes.length) return [true, ''];
    const parts = c.scope.split(scopeDelimiters(value));
    const inEnum = (s: string): boolean => (scopes as string[]).includes(s);
    const valid =
      when === 'never'
        ? !parts.some(inEnum) && !inEnum(c.scope)
        : parts.every(inEnum) || inEnum(c.scope);
    return [
      valid,
      message('scope must', when === 'never' && 'not', `be one of [${scopes.join(', ')}]`),
    ];
  },
  'scope-max-length': lengthRule('scope', (c) => c.scope, 'max'),
  'scope-min-length': lengthRule('scope', (c) => c.scope, 'min'),
  'signed-off-by': (c, when = 'always', value = '') => {
    const lines = toLines(c.raw).filter(
      (l) => !l.startsWith('#') && !CHERRY_PICK.test(l.trim()) && Boolean(l),
    );
    const last = lines[lines.length - 1];
    const has = last ? last.startsWith(String(value)) : false;
    return [
      negated(when) ? !has : has,
      message('message', negated(when) ? 'must not' : 'must', 'be signed off'),
    ];
  },
  'subject-case': (c, when = 'always', value = []) =>
    typeof c.subject !== 'string' || !STARTS_WITH_CASED_LETTER.test(c.subject)
      ? [true]
      : caseRule('subject', c.subject, when, value),
  'subject-empty': emptyRule('subject', (c) => c.subject),
  'subject-exclamation-mark': (c, when = 'always') => {
    if (!c.header) return [true, ''];
    const has = EXCLAMATION_HEADER.test(c.header);
    return [
      negated(when) ? !has : has,
      message(
        'subject',
        negated(when) ? 'must not' : 'must',
        'have an exclamation mark in the subject to identify a breaking change',
      ),
    ];
  },
  'subject-full-stop': (c, when = 'always', value = '.') => {
    const colon = c.header?.indexOf(':') || 0;
    if (colon > 0 && colon === c.header!.length - 1) return [true];
    const input = c.header;
    let hasStop = input?.[input.length - 1] === value;
    if (input?.slice(-3) === '...') hasStop = false;
    return [
      negated(when) ? !hasStop : hasStop,
      message('subject', negated(when) ? 'may not' : 'must', 'end with full stop'),
    ];
  },
  'subject-max-length': lengthRule('subject', (c) => c.subject, 'max'),
  'subject-min-length': lengthRule('subject', (c) => c.subject, 'min'),
  'trailer-exists': (c, when = 'always', value = '') => {
    // As commitlint does: git itself finds the trailers.
    const out = spawnSync('git', ['interpret-trailers', '--parse'], { input: c.raw || '' }).stdout;
    const has = toLines(out.toString()).some((l) => l.startsWith(String(value)));
    return [
      negated(when) ? !has : has,
      message('message', negated(when) ? 'must not' : 'must', `have \`${String(value)}\` trailer`),
    ];
  },
  'type-case': (c, when = 'always', value = []) =>
    !c.type ? [true] : caseRule('type', c.type, when, value),
  'type-empty': emptyRule('type', (c) => c.type),
  'type-enum': (c, when = 'always', value = []) => {
    if (!c.type) return [true];
    const result = Array.isArray(value) && value.includes(c.type);
    return [
      negated(when) ? !result : result,
      message(
        'type must',
        negated(when) && 'not',
        `be one of [${(Array.isArray(value) ? value : []).join(', ')}]`,
      ),
    ];
  },
  'type-max-length': lengthRule('type', (c) => c.type, 'max'),
  'type-min-length': lengthRule('type', (c) => c.type, 'min'),
};
