import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);

// io/on-demand.ts
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
function requireOnDemand(name, source, from) {
  let module = required.get(name);
  if (module === void 0) {
    module = requireFirst(name, source, from);
    required.set(name, module);
  }
  return module;
}
var required = /* @__PURE__ */ new Map();
function requireFirst(name, source, from) {
  if (false) return createRequire(from)(source);
  const here = dirname(fileURLToPath(import.meta.url));
  const tried = [here, join(here, "..")].map((dir) => join(dir, "vendor", name));
  const found = tried.find((candidate) => existsSync(candidate));
  if (!found) {
    throw new Error(
      `boardwright's ${name} is missing (looked in ${tried.join(", ")}); reinstall boardwright.`
    );
  }
  return createRequire(import.meta.url)(found);
}

// io/yaml.ts
function loadYaml() {
  return requireOnDemand("yaml.cjs", "yaml", import.meta.url);
}

export {
  requireOnDemand,
  loadYaml
};
