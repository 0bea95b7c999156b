import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);

// generators/model-yaml.ts
var NOT_A_STRING = /^(?:~|\.|null|Null|NULL|true|True|TRUE|false|False|FALSE|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|[-+]?[0-9][0-9_,:]*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\.[0-9][0-9_]*(?:[eE][-+]?[0-9]+)?|0[bBoOxX][0-9a-fA-F_]+|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt ].*)?)$/;
var PLAIN = /^[\p{L}\p{N}_/.($^][^\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff]*$/u;
function scalar(s) {
  if (PLAIN.test(s) && !NOT_A_STRING.test(s) && !s.includes(": ") && !s.includes(" #") && !/[\s:]$/.test(s))
    return s;
  return JSON.stringify(s);
}
var Lines = class {
  constructor(sink = (t) => this.joined.push(t)) {
    this.sink = sink;
  }
  sink;
  batch = [];
  joined = [];
  push(line) {
    this.batch.push(line);
    if (this.batch.length >= 4096) this.flush();
  }
  /** Gives the sink the lines since the last batch, each ended by a newline. */
  flush() {
    if (this.batch.length) this.sink(`${this.batch.join("\n")}
`);
    this.batch = [];
  }
  /** Every line, each ended by a newline. */
  text() {
    this.flush();
    return this.joined.join("");
  }
};
var keyScalars = /* @__PURE__ */ new Map();
function keyScalar(key) {
  let s = keyScalars.get(key);
  if (s === void 0) {
    s = scalar(key);
    if (keyScalars.size < 1e4) keyScalars.set(key, s);
  }
  return s;
}
function block(value, indent, lead, out) {
  let pre = lead;
  if (Array.isArray(value)) {
    const inner = `${indent}  `;
    for (const item of value) {
      if (isBlock(item)) block(item, inner, `${pre}- `, out);
      else out.push(`${pre}- ${inline(item)}`);
      pre = indent;
    }
    return;
  }
  const map = value;
  for (const key of Object.keys(map).sort()) {
    const v = map[key];
    if (v === void 0) continue;
    if (isBlock(v)) {
      out.push(`${pre}${keyScalar(key)}:`);
      const inner = `${indent}  `;
      block(v, inner, inner, out);
    } else {
      out.push(`${pre}${keyScalar(key)}: ${inline(v)}`);
    }
    pre = indent;
  }
}
function isBlock(v) {
  if (Array.isArray(v)) return v.length > 0;
  return v !== null && typeof v === "object" && Object.values(v).some((x) => x !== void 0);
}
function inline(v) {
  if (v === null || v === void 0) return "null";
  if (typeof v === "string") return scalar(v);
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "null";
  if (typeof v === "boolean") return String(v);
  return Array.isArray(v) ? "[]" : "{}";
}
function modelYaml(workspace) {
  const out = new Lines();
  block(workspace, "", "", out);
  return out.text() || "\n";
}
function modelYamlPieces(workspace, sink) {
  let any = false;
  const out = new Lines((text) => {
    any = true;
    sink(text);
  });
  block(workspace, "", "", out);
  out.flush();
  if (!any) sink("\n");
}
function modelYamlFiles(workspace) {
  return [
    {
      path: "model.yaml",
      get content() {
        return modelYaml(workspace);
      },
      stream: (sink) => modelYamlPieces(workspace, sink)
    }
  ];
}

export {
  modelYaml,
  modelYamlPieces,
  modelYamlFiles
};
