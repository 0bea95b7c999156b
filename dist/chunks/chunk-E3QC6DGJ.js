import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);

// generators/json.ts
function stableJson(value) {
  return `${JSON.stringify(value, keyOrder(value), 2)}
`;
}
var PIECE_CHARS = 1 << 20;
var SLICE = 256;
var WHOLE_FROM_DEPTH = 4;
function stableJsonPieces(value, sink) {
  const keys = keyOrder(value);
  let parts = [];
  let size = 0;
  const put = (text) => {
    parts.push(text);
    size += text.length;
    if (size >= PIECE_CHARS) {
      sink(parts.join(""));
      parts = [];
      size = 0;
    }
  };
  const emit = (v, depth) => {
    const pad = "  ".repeat(depth);
    if (depth >= WHOLE_FROM_DEPTH || v === null || typeof v !== "object" || typeof v.toJSON === "function") {
      const text = JSON.stringify(v, keys, 2);
      put(depth && text.includes("\n") ? text.replaceAll("\n", `
${pad}`) : text);
      return;
    }
    const inner = `${pad}  `;
    if (Array.isArray(v)) {
      if (v.length === 0) return put("[]");
      put("[\n");
      if (v.length > SLICE) {
        const cut = (depth + 1) * (depth + 2);
        for (let i = 0; i < v.length; i += SLICE) {
          let wrapped = v.slice(i, i + SLICE);
          for (let k = 0; k < depth; k++) wrapped = [wrapped];
          const text = JSON.stringify(wrapped, keys, 2);
          if (i) put(",\n");
          put(text.slice(cut, text.length - cut));
        }
      } else {
        v.forEach((x, i) => {
          put(i ? `,
${inner}` : inner);
          if (x === void 0 || typeof x === "function" || typeof x === "symbol") put("null");
          else emit(x, depth + 1);
        });
      }
      put(`
${pad}]`);
      return;
    }
    let first = true;
    for (const key of keys) {
      let x = v[key];
      if (x !== null && typeof x === "object" && typeof x.toJSON === "function")
        x = x.toJSON(key);
      if (x === void 0 || typeof x === "function" || typeof x === "symbol") continue;
      put(`${first ? "{" : ","}
${inner}${JSON.stringify(key)}: `);
      first = false;
      emit(x, depth + 1);
    }
    put(first ? "{}" : `
${pad}}`);
  };
  emit(value, 0);
  put("\n");
  sink(parts.join(""));
}
function stableJsonFile(path, value) {
  return {
    path,
    get content() {
      return stableJson(value);
    },
    stream: (sink) => stableJsonPieces(value, sink)
  };
}
var INDEX = /^(?:0|[1-9]\d{0,9})$/;
var isIndex = (key) => INDEX.test(key) && Number(key) < 4294967295;
function keyOrder(value) {
  const keys = /* @__PURE__ */ new Set();
  const stack = [value];
  while (stack.length) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (const x of v) if (x && typeof x === "object") stack.push(x);
    } else if (v && typeof v === "object") {
      for (const key of Object.keys(v)) {
        keys.add(key);
        const x = v[key];
        if (x && typeof x === "object") stack.push(x);
      }
    }
  }
  const all = [...keys];
  const indexes = all.filter(isIndex).sort((a, b) => Number(a) - Number(b));
  return [...indexes, ...all.filter((k) => !isIndex(k)).sort()];
}

export {
  stableJson,
  stableJsonPieces,
  stableJsonFile
};
