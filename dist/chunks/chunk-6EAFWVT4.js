import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);

// io/yaml.ts
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var loaded;
function loadYaml() {
  loaded ??= requireYaml();
  return loaded;
}
function requireYaml() {
  const requireHere = createRequire(import.meta.url);
  if (false) return requireHere("yaml");
  const here = dirname(fileURLToPath(import.meta.url));
  const tried = [join(here, "vendor/yaml.cjs"), join(here, "..", "vendor/yaml.cjs")];
  const found = tried.find((candidate) => existsSync(candidate));
  if (!found) {
    throw new Error(
      `boardwright's YAML reader is missing (looked in ${tried.join(", ")}); reinstall boardwright.`
    );
  }
  return requireHere(found);
}

export {
  loadYaml
};
