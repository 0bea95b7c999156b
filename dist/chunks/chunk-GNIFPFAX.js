import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);

// generators/json.ts
function stableJson(value) {
  return `${JSON.stringify(value, keyOrder(value), 2)}
`;
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
  stableJson
};
