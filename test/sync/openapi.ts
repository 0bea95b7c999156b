import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsPlugin from 'ajv-formats';

/**
 * GitHub's published REST description (the `@octokit/openapi` package, OpenAPI 3.0.3) as
 * request and response validators, so the stand-in API cannot drift from GitHub: every request
 * the sync sends and every response the stand-in gives is checked against the operation's
 * schemas.
 */
export interface Operation {
  method: string;
  template: string;
  operationId: string;
  /** Path parameter values by name, as strings. */
  params: Record<string, string>;
}

interface ParameterSpec {
  name: string;
  in: string;
  required?: boolean;
  schema?: unknown;
}

interface OperationSpec {
  operationId: string;
  parameters?: Array<ParameterSpec | { $ref: string }>;
  requestBody?: { required?: boolean; content?: Record<string, { schema: unknown }> };
  responses: Record<string, { $ref?: string; content?: Record<string, { schema: unknown }> }>;
}

interface Spec {
  paths: Record<string, Record<string, OperationSpec>>;
  components: {
    parameters: Record<string, ParameterSpec>;
    responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
  } & Record<string, unknown>;
}

const addFormats = addFormatsPlugin as unknown as (ajv: Ajv) => Ajv;
const IGNORED = new Set(['example', 'examples', 'default', 'const', 'description', 'title']);

/** OpenAPI 3.0 schema → JSON Schema: `nullable` becomes a null type, extensions are dropped. */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (k.startsWith('x-') || IGNORED.has(k)) continue;
    out[k] = k === 'enum' ? v : toJsonSchema(v);
  }
  if (out.nullable !== true) {
    delete out.nullable;
    return out;
  }
  delete out.nullable;
  if (out.type && !out.allOf && !out.oneOf && !out.anyOf && !out.$ref) {
    out.type = [out.type, 'null'].flat();
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    return out;
  }
  return { anyOf: [out, { type: 'null' }] };
}

export class RestDescription {
  private readonly spec: Spec;
  private readonly ajv: Ajv;
  private readonly routes: Array<{
    re: RegExp;
    names: string[];
    template: string;
    literal: number;
  }>;
  private readonly validators = new Map<string, ValidateFunction>();

  constructor() {
    const require = createRequire(import.meta.url);
    const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
    this.spec = JSON.parse(readFileSync(file, 'utf8')) as Spec;
    this.ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(this.ajv);
    for (const f of [
      'int32',
      'int64',
      'uri-template',
      'binary',
      'byte',
      'float',
      'double',
      'password',
    ])
      if (!this.ajv.formats[f]) this.ajv.addFormat(f, true);
    this.ajv.addSchema({ components: toJsonSchema(this.spec.components) }, 'gh');
    this.routes = Object.keys(this.spec.paths)
      .map((template) => {
        const names: string[] = [];
        const source = template
          .split('/')
          .map((seg) =>
            seg.replace(/\{([^}]+)\}|[^{]+/g, (m, name: string | undefined) => {
              if (name) {
                names.push(name);
                return '([^/]+)';
              }
              return m.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
            }),
          )
          .join('/');
        const literal = template.split('/').filter((s) => s && !s.includes('{')).length;
        return { re: new RegExp(`^${source}$`), names, template, literal };
      })
      .sort((a, b) => b.literal - a.literal);
  }

  /** The operation of `method path`, or undefined when GitHub has no such endpoint. */
  match(method: string, path: string): Operation | undefined {
    for (const route of this.routes) {
      const m = route.re.exec(path);
      if (!m) continue;
      const op = this.spec.paths[route.template]![method.toLowerCase()];
      if (!op) continue;
      const params: Record<string, string> = {};
      route.names.forEach((n, i) => (params[n] = decodeURIComponent(m[i + 1]!)));
      return {
        method: method.toUpperCase(),
        template: route.template,
        operationId: op.operationId,
        params,
      };
    }
    return undefined;
  }

  private op(o: Operation): OperationSpec {
    return this.spec.paths[o.template]![o.method.toLowerCase()]!;
  }

  private parameters(o: Operation): ParameterSpec[] {
    return (this.op(o).parameters ?? []).map((p) =>
      '$ref' in p ? this.spec.components.parameters[p.$ref.split('/').pop()!]! : p,
    );
  }

  private validator(key: string, schema: unknown): ValidateFunction {
    let v = this.validators.get(key);
    if (!v) {
      v = this.ajv.compile(rewriteRefs(toJsonSchema(schema)) as object);
      this.validators.set(key, v);
    }
    return v;
  }

  /** Problems with a request: unknown query parameters, parameter types, the JSON body. */
  checkRequest(o: Operation, query: URLSearchParams, body: unknown): string[] {
    const problems: string[] = [];
    const where = `${o.method} ${o.template}`;
    const params = this.parameters(o);
    for (const [name, raw] of query) {
      const spec = params.find((p) => p.in === 'query' && p.name === name);
      if (!spec) {
        problems.push(`${where}: unknown query parameter "${name}"`);
        continue;
      }
      const v = this.validator(`${o.operationId}?${name}`, spec.schema ?? {});
      const value = coerce(raw, spec.schema);
      if (!v(value))
        problems.push(`${where}: query ${name}=${raw}: ${this.ajv.errorsText(v.errors)}`);
    }
    for (const p of params.filter((x) => x.in === 'path')) {
      const v = this.validator(`${o.operationId}/${p.name}`, p.schema ?? {});
      if (!v(coerce(o.params[p.name] ?? '', p.schema)))
        problems.push(`${where}: path ${p.name}: ${this.ajv.errorsText(v.errors)}`);
    }
    const rb = this.op(o).requestBody;
    const schema = rb?.content?.['application/json']?.schema;
    if (body === undefined) {
      if (rb?.required) problems.push(`${where}: the request body is required`);
    } else if (!schema) problems.push(`${where}: takes no request body`);
    else {
      const v = this.validator(`${o.operationId}:body`, schema);
      if (!v(body)) problems.push(`${where}: body: ${this.ajv.errorsText(v.errors)}`);
    }
    return problems;
  }

  /**
   * A smallest instance of a schema of the description (`#/components/schemas/<name>`): every
   * required property present with a plain value of its type (first enum value, format-shaped
   * strings), optional ones left out, then `overrides` merged in deeply. For answers the
   * stand-in has no state behind (a pull request's repository objects); still validated.
   */
  sample(name: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
    const base = this.instance({ $ref: `#/components/schemas/${name}` }, 0) as Record<
      string,
      unknown
    >;
    return merge(base, overrides) as Record<string, unknown>;
  }

  private instance(node: unknown, depth: number): unknown {
    const schema = node as Record<string, unknown> | undefined;
    if (!schema || depth > 40) return null;
    if (typeof schema.$ref === 'string') {
      const path = schema.$ref.replace(/^#\//, '').split('/');
      let target: unknown = this.spec;
      for (const part of path) target = (target as Record<string, unknown>)[part];
      return this.instance(target, depth + 1);
    }
    if (Array.isArray(schema.allOf))
      return schema.allOf.reduce<Record<string, unknown>>(
        (acc, part) => merge(acc, this.instance(part, depth + 1)) as Record<string, unknown>,
        {},
      );
    const choice = (schema.oneOf ?? schema.anyOf) as unknown[] | undefined;
    if (Array.isArray(choice)) return this.instance(choice[0], depth + 1);
    if (Array.isArray(schema.enum)) return schema.enum[0];
    switch (schema.type) {
      case 'object': {
        const out: Record<string, unknown> = {};
        const props = (schema.properties ?? {}) as Record<string, unknown>;
        for (const key of (schema.required ?? []) as string[])
          out[key] = this.instance(props[key] ?? { type: 'string' }, depth + 1);
        return out;
      }
      case 'array':
        return [];
      case 'integer':
      case 'number':
        return 1;
      case 'boolean':
        return false;
      case 'string':
        return schema.format === 'date-time'
          ? '2026-01-01T00:00:00Z'
          : schema.format === 'uri'
            ? 'https://example.com/'
            : schema.format === 'email'
              ? 'someone@example.com'
              : 'x';
      default:
        return schema.nullable ? null : {};
    }
  }

  /** Problems with a response: a status the operation does not document, a body off its schema. */
  checkResponse(o: Operation, status: number, body: unknown): string[] {
    const where = `${o.method} ${o.template} → ${status}`;
    let response = this.op(o).responses[String(status)];
    if (!response) return [`${where}: status not documented for this operation`];
    if (response.$ref) response = this.spec.components.responses[response.$ref.split('/').pop()!]!;
    const schema = response.content?.['application/json']?.schema;
    if (!schema) return body === undefined ? [] : [`${where}: documented without a body`];
    const v = this.validator(`${o.operationId}:${status}`, schema);
    return v(body)
      ? []
      : [`${where}: ${this.ajv.errorsText(v.errors, { separator: '; ' }).slice(0, 2000)}`];
  }
}

let shared: RestDescription | undefined;

/** One RestDescription for every stand-in of a test file: the description is large to load. */
export function restDescription(): RestDescription {
  shared ??= new RestDescription();
  return shared;
}

/** `#/components/…` refs point into the document registered as `gh`. */
function rewriteRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewriteRefs);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node))
    out[k] =
      k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `gh${v}` : rewriteRefs(v);
  return out;
}

function coerce(raw: string, schema: unknown): unknown {
  const type = (schema as { type?: unknown } | undefined)?.type;
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
  if (type === 'boolean' && (raw === 'true' || raw === 'false')) return raw === 'true';
  return raw;
}

/** `over` merged into `base`: objects key by key, anything else replaced. */
function merge(base: unknown, over: unknown): unknown {
  if (!over || typeof over !== 'object' || Array.isArray(over)) return over;
  if (!base || typeof base !== 'object' || Array.isArray(base)) return over;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(over)) out[k] = merge(out[k], v);
  return out;
}
