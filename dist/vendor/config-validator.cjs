"use strict";
var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports2.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports2, module2) {
    "use strict";
    module2.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports2.default = equal;
  }
});

// model/generated/config-validator.cjs
exports.validateConfig = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://boardwright.dev/schemas/config.schema.json", "title": "boardwright configuration", "description": "boardwright.config.yaml, boardwright.config.yml or boardwright.config.json at the workspace root.", "type": "object", "additionalProperties": false, "properties": { "$schema": { "type": "string" }, "include": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Globs of board files, relative to the workspace root. Default: every *.md outside node_modules, dist, .git and the out dir; files without items are skipped." }, "exclude": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Globs never read, in addition to node_modules/, dist/, .git/ and the out dir." }, "out": { "type": "string", "minLength": 1, "description": "Output directory of `build` (and, below it, `site`), relative to the workspace root. Default boardwright-out. It must lie inside the workspace by real path and may not be the workspace root, a folder in .git, or a folder holding boards or the config: boardwright refuses such an out dir." }, "dialects": { "type": "object", "additionalProperties": { "type": "string", "minLength": 1 }, "description": "Dialect overrides: glob \u2192 dialect id (see `boardwright dialects`)." }, "status": { "type": "object", "additionalProperties": false, "properties": { "map": { "type": "object", "additionalProperties": { "$ref": "#/$defs/status" }, "description": "Raw status text or emoji \u2192 canonical status, tried before the built-in mapping. Keys are compared case-insensitively." } } }, "wip": { "type": "object", "additionalProperties": { "type": "integer", "minimum": 0 }, "description": "Column title \u2192 maximum items, for the wip-limit rule (column titles compared case-insensitively)." }, "rules": { "type": "object", "additionalProperties": { "oneOf": [{ "$ref": "#/$defs/severityOrOff" }, { "type": "array", "prefixItems": [{ "$ref": "#/$defs/severityOrOff" }, { "type": "object" }], "minItems": 1, "maxItems": 2 }] }, "description": "Rule id \u2192 `off` | `info` | `warning` | `error`, or [severity, options]." }, "failOn": { "enum": ["error", "warning", "info"], "description": "Lowest severity that makes `check` exit 1. Default error." }, "cache": { "description": "The parse cache (unchanged files are never parsed twice). false turns it off; { dir } is a folder inside the workspace. Default: $BOARDWRIGHT_CACHE_DIR, else ~/.cache/boardwright. The CLI's --no-cache and --cache-dir take precedence.", "oneOf": [{ "type": "boolean" }, { "type": "object", "additionalProperties": false, "properties": { "dir": { "type": "string", "minLength": 1 } } }] }, "limits": { "type": "object", "additionalProperties": false, "properties": { "maxFileBytes": { "type": "integer", "minimum": 1 }, "maxLineLength": { "type": "integer", "minimum": 80 }, "maxNesting": { "type": "integer", "minimum": 4, "maximum": 512 } } }, "specBundle": { "$ref": "spec-profile.schema.json#/$defs/settings", "description": "Settings of `boardwright spec-bundle` and the spec-bundle Action: profiles, custom profiles, profileFiles, lint, failOn." }, "diagrams": { "type": "object", "additionalProperties": false, "description": "Settings of `boardwright diagrams` for the draw.io and Mermaid diagrams committed in the repository and their exports (PNG/SVG).", "properties": { "user": { "type": "boolean", "description": "Check (and with --fix, re-export) the draw.io and Mermaid diagrams committed in the repository. Default true." }, "include": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Globs of diagram files. Default: **/*.drawio, **/*.dio, **/*.drawio.svg, **/*.drawio.png, **/*.mmd, **/*.mermaid, plus Markdown files (**/*.md) for ```mermaid blocks that name an export." }, "exclude": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Globs never searched for diagrams, in addition to node_modules/, dist/ and .git/." }, "exports": { "type": "array", "description": "Exports boardwright owns besides the ones it finds by name (same stem, .png/.svg): --fix writes them. Paths are relative to the workspace root.", "items": { "type": "object", "additionalProperties": false, "required": ["source", "export"], "properties": { "source": { "type": "string", "minLength": 1, "description": "The diagram: a .drawio/.drawio.svg/.drawio.png/.mmd file, or a Markdown file with `block`." }, "page": { "oneOf": [{ "type": "integer", "minimum": 1 }, { "type": "string", "minLength": 1 }], "description": "draw.io page: number (1 = first) or name. Default 1." }, "block": { "type": "integer", "minimum": 1, "description": "Which ```mermaid block of a Markdown source (1 = first). Default 1." }, "export": { "type": "string", "pattern": "\\.(png|svg)$", "description": "The committed export, a .png or .svg file." }, "scale": { "type": "number", "exclusiveMinimum": 0, "maximum": 8, "description": "Zoom of the export. Default 1." }, "border": { "type": "integer", "minimum": 0, "maximum": 500, "description": "draw.io: blank margin in pixels. Default 0." } } } }, "tolerance": { "type": "object", "additionalProperties": false, "description": "How close an export made by another tool (draw.io desktop, mermaid-cli) must be, pixel by pixel, to the fresh one.", "properties": { "threshold": { "type": "number", "minimum": 0, "maximum": 1, "description": "Per-pixel colour distance (0-1) under which two pixels count as equal. Default 0.1." }, "maxDiffRatio": { "type": "number", "minimum": 0, "maximum": 1, "description": "Share of differing pixels allowed. Default 0.001 (0.1 %)." } } } } }, "parity": { "type": "object", "additionalProperties": false, "description": "Settings of `boardwright parity` (run, gate, validate).", "properties": { "kb": { "type": "string", "minLength": 1, "description": "Knowledge-base folder, relative to the workspace root. Default kb/parity." }, "threshold": { "type": "number", "minimum": 0, "maximum": 100, "description": "Points the parity score may drop below the baseline before `parity gate` fails. Default 5." }, "allowCommands": { "type": "boolean", "description": "Run `command` contracts. Default false. The parity Action ignores this key and follows its allow-commands input, so that running repository commands in CI is decided in the workflow." }, "baseline": { "type": "string", "minLength": 1, "description": "The committed baseline matrix for `parity gate`, relative to the workspace root; with --base-ref, the path read at that ref." } } }, "sync": { "type": "object", "additionalProperties": false, "description": "Settings of `boardwright sync` (boards \u21C4 GitHub Issues).", "properties": { "repo": { "type": "string", "pattern": "^[A-Za-z0-9-]{1,39}/[A-Za-z0-9._-]{1,100}$", "description": "The repository issues live in, OWNER/NAME. Default: GITHUB_REPOSITORY." }, "label": { "type": "string", "minLength": 1, "maxLength": 50, "description": "Label every synced issue carries; only issues with it are matched. Default boardwright." }, "boards": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Board ids or paths to sync. Default: every board read." }, "onlyOpen": { "type": "boolean", "description": "Leave done and cancelled items out. Default false." }, "limit": { "type": "integer", "minimum": 0, "description": "Most issues to create in one run. Default: no limit." }, "assignees": { "type": "object", "additionalProperties": { "type": "string", "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, "description": 'Board assignee as written \u2192 GitHub login, e.g. {"Alice Smith": "alice"}. `@login` needs no entry.' } } } }, "$defs": { "status": { "enum": ["backlog", "ready", "in-progress", "review", "blocked", "done", "cancelled"] }, "severityOrOff": { "enum": ["off", "info", "warning", "error"] } } };
var schema32 = { "enum": ["backlog", "ready", "in-progress", "review", "blocked", "done", "cancelled"] };
var schema33 = { "enum": ["off", "info", "warning", "error"] };
var func1 = Object.prototype.hasOwnProperty;
var func2 = require_ucs2length().default;
var schema39 = { "enum": ["error", "warning", "info"] };
var pattern4 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u");
var func0 = require_equal().default;
var root0 = { validate: validate21 };
var schema37 = { "type": "object", "additionalProperties": false, "required": ["name", "glob", "files"], "properties": { "name": { "type": "string", "minLength": 1, "description": 'What one bundle of this kind is called in messages, e.g. "feature" or "change".' }, "glob": { "type": "string", "minLength": 1, "description": "Glob of the bundle folders, relative to the workspace root, e.g. specs/*. Every folder it matches is one bundle." }, "exclude": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Globs of folders the glob matches that are not bundles, e.g. openspec/changes/archive." }, "namePattern": { "$ref": "#/$defs/regex", "description": "Regular expression the bundle folder's own name must match (spec-kit: ^\\d{3}-\u2026)." }, "nameSeverity": { "$ref": "#/$defs/severity", "default": "error", "description": "Severity of a folder name that does not match namePattern." }, "current": { "type": "object", "additionalProperties": false, "properties": { "env": { "type": "string", "minLength": 1, "description": "Environment variable naming the folder (spec-kit: SPECIFY_FEATURE_DIRECTORY)." }, "file": { "type": "string", "minLength": 1, "description": "JSON file naming the folder, relative to the workspace root (spec-kit: .specify/feature.json)." }, "key": { "type": "string", "minLength": 1, "description": "The key of that JSON file holding the folder (spec-kit: feature_directory)." } }, "description": "The folder a tool marks as the current one; it is checked as a bundle of this layout wherever it lies in the workspace, whatever its name." }, "marker": { "type": "string", "minLength": 1, "description": "File name a folder must hold to be a bundle, e.g. spec.md for OpenSpec capabilities at any depth (glob openspec/specs/**). Folders without it are not bundles. Symbolic links to folders are not followed." }, "checks": { "type": "array", "uniqueItems": true, "items": { "enum": ["openspec-change"] }, "description": "Built-in checks of the bundle as a whole. openspec-change: the change folder as `openspec validate --strict` (OpenSpec 1.13) judges it: delta specs at any depth, checked against the current main specs, skip_specs, task checkboxes and numbering." }, "files": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/file" }, "description": "Files of the bundle, relative to its folder." }, "coverage": { "$ref": "#/$defs/coverage" } } };
var schema40 = { "type": "object", "additionalProperties": false, "required": ["path"], "properties": { "path": { "type": "string", "minLength": 1, "description": "File name or glob, relative to the bundle folder (for shared files: to the workspace root). A glob must match at least one file when the file is required." }, "required": { "type": "boolean", "default": true, "description": "false: the file may be absent, but is checked when present." }, "requiredWhen": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Required only when any of these files (names or globs relative to the bundle folder) exists: the stage that needs this file has been reached (spec-kit: plan.md once tasks.md exists)." }, "headings": { "type": "array", "items": { "$ref": "#/$defs/heading" }, "description": 'Headings the file must have. Compared without case, Markdown marks, leading numbers ("2."), a trailing colon or a trailing parenthesis ("*(mandatory)*").' }, "forbidden": { "type": "array", "items": { "$ref": "#/$defs/forbidden" }, "description": "Text this file may not contain, outside code and HTML comments." }, "tasks": { "$ref": "#/$defs/tasks" }, "checks": { "type": "array", "uniqueItems": true, "items": { "enum": ["openspec-requirements", "openspec-spec", "needs-clarification"] }, "description": "Built-in structure checks. openspec-requirements: every `### Requirement:` under a Requirements section (or an ADDED/MODIFIED delta section) has at least one `#### Scenario:` and says SHALL or MUST. openspec-spec: a main spec as `openspec validate --strict` (OpenSpec 1.13) judges it: Purpose (50+ characters, not the archive placeholder), Requirements, scenarios, SHALL/MUST (missing: warning), no delta headers or stray requirement headers. needs-clarification: spec-kit's open questions, `[NEEDS CLARIFICATION: \u2026]` and an unbracketed NEEDS CLARIFICATION standing as a value, outside struck-through text and checked checklist items." } } };
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (typeof data === "string") {
    if (func2(data) < 1) {
      const err0 = { instancePath, schemaPath: "#/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.title === void 0) {
      const err2 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "title" || key0 === "aliases" || key0 === "pattern" || key0 === "depth" || key0 === "severity" || key0 === "allowEmpty" || key0 === "marked" || key0 === "contains")) {
        const err3 = { instancePath, schemaPath: "#/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data0 = data.title;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err4 = { instancePath: instancePath + "/title", schemaPath: "#/oneOf/1/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/title", schemaPath: "#/oneOf/1/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.aliases !== void 0) {
      let data1 = data.aliases;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (func2(data2) < 1) {
              const err6 = { instancePath: instancePath + "/aliases/" + i0, schemaPath: "#/oneOf/1/properties/aliases/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/aliases/" + i0, schemaPath: "#/oneOf/1/properties/aliases/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/aliases", schemaPath: "#/oneOf/1/properties/aliases/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.pattern !== void 0) {
      let data3 = data.pattern;
      if (typeof data3 === "string") {
        if (func2(data3) < 1) {
          const err9 = { instancePath: instancePath + "/pattern", schemaPath: "#/$defs/regex/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/pattern", schemaPath: "#/$defs/regex/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.depth !== void 0) {
      let data4 = data.depth;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err11 = { instancePath: instancePath + "/depth", schemaPath: "#/oneOf/1/properties/depth/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 > 6 || isNaN(data4)) {
          const err12 = { instancePath: instancePath + "/depth", schemaPath: "#/oneOf/1/properties/depth/maximum", keyword: "maximum", params: { comparison: "<=", limit: 6 }, message: "must be <= 6" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data4 < 1 || isNaN(data4)) {
          const err13 = { instancePath: instancePath + "/depth", schemaPath: "#/oneOf/1/properties/depth/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    }
    if (data.severity !== void 0) {
      let data5 = data.severity;
      if (!(data5 === "error" || data5 === "warning" || data5 === "info")) {
        const err14 = { instancePath: instancePath + "/severity", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema39.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.allowEmpty !== void 0) {
      if (typeof data.allowEmpty !== "boolean") {
        const err15 = { instancePath: instancePath + "/allowEmpty", schemaPath: "#/oneOf/1/properties/allowEmpty/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.marked !== void 0) {
      if (typeof data.marked !== "boolean") {
        const err16 = { instancePath: instancePath + "/marked", schemaPath: "#/oneOf/1/properties/marked/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.contains !== void 0) {
      let data8 = data.contains;
      if (typeof data8 === "string") {
        if (func2(data8) < 1) {
          const err17 = { instancePath: instancePath + "/contains", schemaPath: "#/$defs/regex/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/contains", schemaPath: "#/$defs/regex/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
  } else {
    const err19 = { instancePath, schemaPath: "#/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  var _valid0 = _errs3 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
      var props0 = true;
    }
  }
  if (!valid0) {
    const err20 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate24.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate24.evaluated = { "dynamicProps": true, "dynamicItems": false };
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate26.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.pattern === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "pattern" }, message: "must have required property 'pattern'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.message === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "pattern" || key0 === "ignoreCase" || key0 === "rule" || key0 === "message" || key0 === "severity")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.pattern !== void 0) {
      let data0 = data.pattern;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err3 = { instancePath: instancePath + "/pattern", schemaPath: "#/$defs/regex/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/pattern", schemaPath: "#/$defs/regex/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.ignoreCase !== void 0) {
      if (typeof data.ignoreCase !== "boolean") {
        const err5 = { instancePath: instancePath + "/ignoreCase", schemaPath: "#/properties/ignoreCase/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.rule !== void 0) {
      let data2 = data.rule;
      if (typeof data2 === "string") {
        if (!pattern4.test(data2)) {
          const err6 = { instancePath: instancePath + "/rule", schemaPath: "#/properties/rule/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"' };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/rule", schemaPath: "#/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.message !== void 0) {
      let data3 = data.message;
      if (typeof data3 === "string") {
        if (func2(data3) < 1) {
          const err8 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data4 = data.severity;
      if (!(data4 === "error" || data4 === "warning" || data4 === "info")) {
        const err10 = { instancePath: instancePath + "/severity", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema39.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.path === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "path" || key0 === "required" || key0 === "requiredWhen" || key0 === "headings" || key0 === "forbidden" || key0 === "tasks" || key0 === "checks")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.path !== void 0) {
      let data0 = data.path;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err2 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.required !== void 0) {
      if (typeof data.required !== "boolean") {
        const err4 = { instancePath: instancePath + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.requiredWhen !== void 0) {
      let data2 = data.requiredWhen;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 === "string") {
            if (func2(data3) < 1) {
              const err5 = { instancePath: instancePath + "/requiredWhen/" + i0, schemaPath: "#/properties/requiredWhen/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/requiredWhen/" + i0, schemaPath: "#/properties/requiredWhen/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/requiredWhen", schemaPath: "#/properties/requiredWhen/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.headings !== void 0) {
      let data4 = data.headings;
      if (Array.isArray(data4)) {
        const len1 = data4.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate24(data4[i1], { instancePath: instancePath + "/headings/" + i1, parentData: data4, parentDataProperty: i1, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/headings", schemaPath: "#/properties/headings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.forbidden !== void 0) {
      let data6 = data.forbidden;
      if (Array.isArray(data6)) {
        const len2 = data6.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate26(data6[i2], { instancePath: instancePath + "/forbidden/" + i2, parentData: data6, parentDataProperty: i2, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/forbidden", schemaPath: "#/properties/forbidden/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.tasks !== void 0) {
      let data8 = data.tasks;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        for (const key1 in data8) {
          if (!(key1 === "dialect" || key1 === "minTasks" || key1 === "requireIds")) {
            const err10 = { instancePath: instancePath + "/tasks", schemaPath: "#/$defs/tasks/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data8.dialect !== void 0) {
          let data9 = data8.dialect;
          if (typeof data9 === "string") {
            if (func2(data9) < 1) {
              const err11 = { instancePath: instancePath + "/tasks/dialect", schemaPath: "#/$defs/tasks/properties/dialect/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/tasks/dialect", schemaPath: "#/$defs/tasks/properties/dialect/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data8.minTasks !== void 0) {
          let data10 = data8.minTasks;
          if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
            const err13 = { instancePath: instancePath + "/tasks/minTasks", schemaPath: "#/$defs/tasks/properties/minTasks/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
          if (typeof data10 == "number" && isFinite(data10)) {
            if (data10 < 0 || isNaN(data10)) {
              const err14 = { instancePath: instancePath + "/tasks/minTasks", schemaPath: "#/$defs/tasks/properties/minTasks/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          }
        }
        if (data8.requireIds !== void 0) {
          if (typeof data8.requireIds !== "boolean") {
            const err15 = { instancePath: instancePath + "/tasks/requireIds", schemaPath: "#/$defs/tasks/properties/requireIds/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/tasks", schemaPath: "#/$defs/tasks/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.checks !== void 0) {
      let data12 = data.checks;
      if (Array.isArray(data12)) {
        const len3 = data12.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data13 = data12[i3];
          if (!(data13 === "openspec-requirements" || data13 === "openspec-spec" || data13 === "needs-clarification")) {
            const err17 = { instancePath: instancePath + "/checks/" + i3, schemaPath: "#/properties/checks/items/enum", keyword: "enum", params: { allowedValues: schema40.properties.checks.items.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        let i4 = data12.length;
        let j0;
        if (i4 > 1) {
          outer0:
            for (; i4--; ) {
              for (j0 = i4; j0--; ) {
                if (func0(data12[i4], data12[j0])) {
                  const err18 = { instancePath: instancePath + "/checks", schemaPath: "#/properties/checks/uniqueItems", keyword: "uniqueItems", params: { i: i4, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i4 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                  break outer0;
                }
              }
            }
        }
      } else {
        const err19 = { instancePath: instancePath + "/checks", schemaPath: "#/properties/checks/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
  } else {
    const err20 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate29.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.requirements === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "requirements" }, message: "must have required property 'requirements'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.tasks === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tasks" }, message: "must have required property 'tasks'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.pattern === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "pattern" }, message: "must have required property 'pattern'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "requirements" || key0 === "tasks" || key0 === "pattern" || key0 === "severity")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.requirements !== void 0) {
      let data0 = data.requirements;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err4 = { instancePath: instancePath + "/requirements", schemaPath: "#/properties/requirements/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/requirements", schemaPath: "#/properties/requirements/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.tasks !== void 0) {
      let data1 = data.tasks;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err6 = { instancePath: instancePath + "/tasks", schemaPath: "#/properties/tasks/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/tasks", schemaPath: "#/properties/tasks/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.pattern !== void 0) {
      let data2 = data.pattern;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err8 = { instancePath: instancePath + "/pattern", schemaPath: "#/$defs/regex/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/pattern", schemaPath: "#/$defs/regex/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data3 = data.severity;
      if (!(data3 === "error" || data3 === "warning" || data3 === "info")) {
        const err10 = { instancePath: instancePath + "/severity", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema39.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
validate29.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.glob === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "glob" }, message: "must have required property 'glob'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.files === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema37.properties, key0)) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.glob !== void 0) {
      let data1 = data.glob;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err6 = { instancePath: instancePath + "/glob", schemaPath: "#/properties/glob/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/glob", schemaPath: "#/properties/glob/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.exclude !== void 0) {
      let data2 = data.exclude;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 === "string") {
            if (func2(data3) < 1) {
              const err8 = { instancePath: instancePath + "/exclude/" + i0, schemaPath: "#/properties/exclude/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/exclude/" + i0, schemaPath: "#/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.namePattern !== void 0) {
      let data4 = data.namePattern;
      if (typeof data4 === "string") {
        if (func2(data4) < 1) {
          const err11 = { instancePath: instancePath + "/namePattern", schemaPath: "#/$defs/regex/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/namePattern", schemaPath: "#/$defs/regex/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.nameSeverity !== void 0) {
      let data5 = data.nameSeverity;
      if (!(data5 === "error" || data5 === "warning" || data5 === "info")) {
        const err13 = { instancePath: instancePath + "/nameSeverity", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema39.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.current !== void 0) {
      let data6 = data.current;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (const key1 in data6) {
          if (!(key1 === "env" || key1 === "file" || key1 === "key")) {
            const err14 = { instancePath: instancePath + "/current", schemaPath: "#/properties/current/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data6.env !== void 0) {
          let data7 = data6.env;
          if (typeof data7 === "string") {
            if (func2(data7) < 1) {
              const err15 = { instancePath: instancePath + "/current/env", schemaPath: "#/properties/current/properties/env/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = { instancePath: instancePath + "/current/env", schemaPath: "#/properties/current/properties/env/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data6.file !== void 0) {
          let data8 = data6.file;
          if (typeof data8 === "string") {
            if (func2(data8) < 1) {
              const err17 = { instancePath: instancePath + "/current/file", schemaPath: "#/properties/current/properties/file/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = { instancePath: instancePath + "/current/file", schemaPath: "#/properties/current/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data6.key !== void 0) {
          let data9 = data6.key;
          if (typeof data9 === "string") {
            if (func2(data9) < 1) {
              const err19 = { instancePath: instancePath + "/current/key", schemaPath: "#/properties/current/properties/key/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          } else {
            const err20 = { instancePath: instancePath + "/current/key", schemaPath: "#/properties/current/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/current", schemaPath: "#/properties/current/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.marker !== void 0) {
      let data10 = data.marker;
      if (typeof data10 === "string") {
        if (func2(data10) < 1) {
          const err22 = { instancePath: instancePath + "/marker", schemaPath: "#/properties/marker/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = { instancePath: instancePath + "/marker", schemaPath: "#/properties/marker/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.checks !== void 0) {
      let data11 = data.checks;
      if (Array.isArray(data11)) {
        const len1 = data11.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!(data11[i1] === "openspec-change")) {
            const err24 = { instancePath: instancePath + "/checks/" + i1, schemaPath: "#/properties/checks/items/enum", keyword: "enum", params: { allowedValues: schema37.properties.checks.items.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        let i2 = data11.length;
        let j0;
        if (i2 > 1) {
          outer0:
            for (; i2--; ) {
              for (j0 = i2; j0--; ) {
                if (func0(data11[i2], data11[j0])) {
                  const err25 = { instancePath: instancePath + "/checks", schemaPath: "#/properties/checks/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                  break outer0;
                }
              }
            }
        }
      } else {
        const err26 = { instancePath: instancePath + "/checks", schemaPath: "#/properties/checks/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.files !== void 0) {
      let data13 = data.files;
      if (Array.isArray(data13)) {
        if (data13.length < 1) {
          const err27 = { instancePath: instancePath + "/files", schemaPath: "#/properties/files/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        const len2 = data13.length;
        for (let i3 = 0; i3 < len2; i3++) {
          if (!validate23(data13[i3], { instancePath: instancePath + "/files/" + i3, parentData: data13, parentDataProperty: i3, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/files", schemaPath: "#/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.coverage !== void 0) {
      if (!validate29(data.coverage, { instancePath: instancePath + "/coverage", parentData: data, parentDataProperty: "coverage", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err29 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err29];
    } else {
      vErrors.push(err29);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema52 = { "type": "object", "additionalProperties": false, "properties": { "preset": { "enum": ["recommended", "off"], "description": "recommended: remark-preset-lint-recommended; off: no Markdown lint at all." }, "severity": { "$ref": "#/$defs/severity", "description": "Severity of lint messages whose rule sets none. Default warning." }, "rules": { "type": "object", "propertyNames": { "pattern": "^[a-z0-9-]+$" }, "additionalProperties": { "$ref": "#/$defs/lintSetting" }, "description": "Rule of the preset (without the remark-lint- prefix, e.g. final-newline) \u2192 off, a severity, or [severity, options] with the rule's own options." } } };
var schema54 = { "oneOf": [{ "enum": ["off", "error", "warning", "info"] }, { "type": "array", "prefixItems": [{ "enum": ["off", "error", "warning", "info"] }, { "description": "The rule's own options, as its documentation gives them (a string, number or object)." }], "items": false, "minItems": 1, "maxItems": 2 }] };
var pattern6 = new RegExp("^[a-z0-9-]+$", "u");
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate34.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "preset" || key0 === "severity" || key0 === "rules")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.preset !== void 0) {
      let data0 = data.preset;
      if (!(data0 === "recommended" || data0 === "off")) {
        const err1 = { instancePath: instancePath + "/preset", schemaPath: "#/properties/preset/enum", keyword: "enum", params: { allowedValues: schema52.properties.preset.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data1 = data.severity;
      if (!(data1 === "error" || data1 === "warning" || data1 === "info")) {
        const err2 = { instancePath: instancePath + "/severity", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema39.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      let data2 = data.rules;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          const _errs7 = errors;
          if (typeof key1 === "string") {
            if (!pattern6.test(key1)) {
              const err3 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9-]+$" }, message: 'must match pattern "^[a-z0-9-]+$"', propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          }
          var valid2 = _errs7 === errors;
          if (!valid2) {
            const err4 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        for (const key2 in data2) {
          let data3 = data2[key2];
          const _errs11 = errors;
          let valid5 = false;
          let passing0 = null;
          const _errs12 = errors;
          if (!(data3 === "off" || data3 === "error" || data3 === "warning" || data3 === "info")) {
            const err5 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/lintSetting/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema54.oneOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
          var _valid0 = _errs12 === errors;
          if (_valid0) {
            valid5 = true;
            passing0 = 0;
          }
          const _errs13 = errors;
          if (Array.isArray(data3)) {
            if (data3.length > 2) {
              const err6 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/lintSetting/oneOf/1/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (data3.length < 1) {
              const err7 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/lintSetting/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            const len0 = data3.length;
            if (len0 > 0) {
              let data4 = data3[0];
              if (!(data4 === "off" || data4 === "error" || data4 === "warning" || data4 === "info")) {
                const err8 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/0", schemaPath: "#/$defs/lintSetting/oneOf/1/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema54.oneOf[1].prefixItems[0].enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            const len1 = data3.length;
            if (!(len1 <= 2)) {
              const err9 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/lintSetting/oneOf/1/items", keyword: "items", params: { limit: 2 }, message: "must NOT have more than 2 items" };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/lintSetting/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
          var _valid0 = _errs13 === errors;
          if (_valid0 && valid5) {
            valid5 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid5 = true;
              passing0 = 1;
            }
          }
          if (!valid5) {
            const err11 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/lintSetting/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          } else {
            errors = _errs11;
            if (vErrors !== null) {
              if (_errs11) {
                vErrors.length = _errs11;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
validate34.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.bundles === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "bundles" }, message: "must have required property 'bundles'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "$schema" || key0 === "id" || key0 === "title" || key0 === "description" || key0 === "bundles" || key0 === "shared" || key0 === "forbidden" || key0 === "lint")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      if (typeof data.$schema !== "string") {
        const err3 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data1 = data.id;
      if (typeof data1 === "string") {
        if (!pattern4.test(data1)) {
          const err4 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/profileId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"' };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/profileId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      if (typeof data.title !== "string") {
        const err6 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      if (typeof data.description !== "string") {
        const err7 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.bundles !== void 0) {
      let data4 = data.bundles;
      if (Array.isArray(data4)) {
        if (data4.length < 1) {
          const err8 = { instancePath: instancePath + "/bundles", schemaPath: "#/properties/bundles/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate22(data4[i0], { instancePath: instancePath + "/bundles/" + i0, parentData: data4, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/bundles", schemaPath: "#/properties/bundles/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.shared !== void 0) {
      let data6 = data.shared;
      if (Array.isArray(data6)) {
        const len1 = data6.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate23(data6[i1], { instancePath: instancePath + "/shared/" + i1, parentData: data6, parentDataProperty: i1, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/shared", schemaPath: "#/properties/shared/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.forbidden !== void 0) {
      let data8 = data.forbidden;
      if (Array.isArray(data8)) {
        const len2 = data8.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate26(data8[i2], { instancePath: instancePath + "/forbidden/" + i2, parentData: data8, parentDataProperty: i2, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/forbidden", schemaPath: "#/properties/forbidden/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.lint !== void 0) {
      if (!validate34(data.lint, { instancePath: instancePath + "/lint", parentData: data, parentDataProperty: "lint", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate36.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "profiles" || key0 === "custom" || key0 === "profileFiles" || key0 === "lint" || key0 === "failOn" || key0 === "headingAliases")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.profiles !== void 0) {
      let data0 = data.profiles;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (!pattern4.test(data1)) {
              const err1 = { instancePath: instancePath + "/profiles/" + i0, schemaPath: "#/$defs/profileId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"' };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          } else {
            const err2 = { instancePath: instancePath + "/profiles/" + i0, schemaPath: "#/$defs/profileId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        let i1 = data0.length;
        let j0;
        if (i1 > 1) {
          outer0:
            for (; i1--; ) {
              for (j0 = i1; j0--; ) {
                if (func0(data0[i1], data0[j0])) {
                  const err3 = { instancePath: instancePath + "/profiles", schemaPath: "#/properties/profiles/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err3];
                  } else {
                    vErrors.push(err3);
                  }
                  errors++;
                  break outer0;
                }
              }
            }
        }
      } else {
        const err4 = { instancePath: instancePath + "/profiles", schemaPath: "#/properties/profiles/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.custom !== void 0) {
      let data2 = data.custom;
      if (Array.isArray(data2)) {
        const len1 = data2.length;
        for (let i2 = 0; i2 < len1; i2++) {
          if (!root0.validate(data2[i2], { instancePath: instancePath + "/custom/" + i2, parentData: data2, parentDataProperty: i2, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? root0.validate.errors : vErrors.concat(root0.validate.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/custom", schemaPath: "#/properties/custom/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.profileFiles !== void 0) {
      let data4 = data.profileFiles;
      if (Array.isArray(data4)) {
        const len2 = data4.length;
        for (let i3 = 0; i3 < len2; i3++) {
          let data5 = data4[i3];
          if (typeof data5 === "string") {
            if (func2(data5) < 1) {
              const err6 = { instancePath: instancePath + "/profileFiles/" + i3, schemaPath: "#/properties/profileFiles/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/profileFiles/" + i3, schemaPath: "#/properties/profileFiles/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/profileFiles", schemaPath: "#/properties/profileFiles/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.lint !== void 0) {
      if (!validate34(data.lint, { instancePath: instancePath + "/lint", parentData: data, parentDataProperty: "lint", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.failOn !== void 0) {
      let data7 = data.failOn;
      if (!(data7 === "error" || data7 === "warning" || data7 === "info")) {
        const err9 = { instancePath: instancePath + "/failOn", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema39.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.headingAliases !== void 0) {
      let data8 = data.headingAliases;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        for (const key1 in data8) {
          let data9 = data8[key1];
          if (Array.isArray(data9)) {
            const len3 = data9.length;
            for (let i4 = 0; i4 < len3; i4++) {
              let data10 = data9[i4];
              if (typeof data10 === "string") {
                if (func2(data10) < 1) {
                  const err10 = { instancePath: instancePath + "/headingAliases/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i4, schemaPath: "#/properties/headingAliases/additionalProperties/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
              } else {
                const err11 = { instancePath: instancePath + "/headingAliases/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i4, schemaPath: "#/properties/headingAliases/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
          } else {
            const err12 = { instancePath: instancePath + "/headingAliases/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/headingAliases/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/headingAliases", schemaPath: "#/properties/headingAliases/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
  } else {
    const err14 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate36.errors = vErrors;
  return errors === 0;
}
validate36.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var pattern8 = new RegExp("\\.(png|svg)$", "u");
var pattern9 = new RegExp("^[A-Za-z0-9-]{1,39}/[A-Za-z0-9._-]{1,100}$", "u");
var pattern10 = new RegExp("^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", "u");
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func1.call(schema31.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      if (typeof data.$schema !== "string") {
        const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.include !== void 0) {
      let data1 = data.include;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (func2(data2) < 1) {
              const err2 = { instancePath: instancePath + "/include/" + i0, schemaPath: "#/properties/include/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          } else {
            const err3 = { instancePath: instancePath + "/include/" + i0, schemaPath: "#/properties/include/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/include", schemaPath: "#/properties/include/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.exclude !== void 0) {
      let data3 = data.exclude;
      if (Array.isArray(data3)) {
        const len1 = data3.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data4 = data3[i1];
          if (typeof data4 === "string") {
            if (func2(data4) < 1) {
              const err5 = { instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/properties/exclude/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.out !== void 0) {
      let data5 = data.out;
      if (typeof data5 === "string") {
        if (func2(data5) < 1) {
          const err8 = { instancePath: instancePath + "/out", schemaPath: "#/properties/out/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/out", schemaPath: "#/properties/out/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.dialects !== void 0) {
      let data6 = data.dialects;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (const key1 in data6) {
          let data7 = data6[key1];
          if (typeof data7 === "string") {
            if (func2(data7) < 1) {
              const err10 = { instancePath: instancePath + "/dialects/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/dialects/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/dialects/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/dialects/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/dialects", schemaPath: "#/properties/dialects/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data8 = data.status;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        for (const key2 in data8) {
          if (!(key2 === "map")) {
            const err13 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data8.map !== void 0) {
          let data9 = data8.map;
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            for (const key3 in data9) {
              let data10 = data9[key3];
              if (!(data10 === "backlog" || data10 === "ready" || data10 === "in-progress" || data10 === "review" || data10 === "blocked" || data10 === "done" || data10 === "cancelled")) {
                const err14 = { instancePath: instancePath + "/status/map/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/status/enum", keyword: "enum", params: { allowedValues: schema32.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
          } else {
            const err15 = { instancePath: instancePath + "/status/map", schemaPath: "#/properties/status/properties/map/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.wip !== void 0) {
      let data11 = data.wip;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        for (const key4 in data11) {
          let data12 = data11[key4];
          if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
            const err17 = { instancePath: instancePath + "/wip/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/wip/additionalProperties/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
          if (typeof data12 == "number" && isFinite(data12)) {
            if (data12 < 0 || isNaN(data12)) {
              const err18 = { instancePath: instancePath + "/wip/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/wip/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/wip", schemaPath: "#/properties/wip/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      let data13 = data.rules;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        for (const key5 in data13) {
          let data14 = data13[key5];
          const _errs36 = errors;
          let valid11 = false;
          let passing0 = null;
          const _errs37 = errors;
          if (!(data14 === "off" || data14 === "info" || data14 === "warning" || data14 === "error")) {
            const err20 = { instancePath: instancePath + "/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/severityOrOff/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
          var _valid0 = _errs37 === errors;
          if (_valid0) {
            valid11 = true;
            passing0 = 0;
          }
          const _errs39 = errors;
          if (Array.isArray(data14)) {
            if (data14.length > 2) {
              const err21 = { instancePath: instancePath + "/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/oneOf/1/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            if (data14.length < 1) {
              const err22 = { instancePath: instancePath + "/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            const len2 = data14.length;
            if (len2 > 0) {
              let data15 = data14[0];
              if (!(data15 === "off" || data15 === "info" || data15 === "warning" || data15 === "error")) {
                const err23 = { instancePath: instancePath + "/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/0", schemaPath: "#/$defs/severityOrOff/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (len2 > 1) {
              let data16 = data14[1];
              if (!(data16 && typeof data16 == "object" && !Array.isArray(data16))) {
                const err24 = { instancePath: instancePath + "/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/1", schemaPath: "#/properties/rules/additionalProperties/oneOf/1/prefixItems/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
          } else {
            const err25 = { instancePath: instancePath + "/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
          var _valid0 = _errs39 === errors;
          if (_valid0 && valid11) {
            valid11 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid11 = true;
              passing0 = 1;
            }
          }
          if (!valid11) {
            const err26 = { instancePath: instancePath + "/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          } else {
            errors = _errs36;
            if (vErrors !== null) {
              if (_errs36) {
                vErrors.length = _errs36;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.failOn !== void 0) {
      let data17 = data.failOn;
      if (!(data17 === "error" || data17 === "warning" || data17 === "info")) {
        const err28 = { instancePath: instancePath + "/failOn", schemaPath: "#/properties/failOn/enum", keyword: "enum", params: { allowedValues: schema31.properties.failOn.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.cache !== void 0) {
      let data18 = data.cache;
      const _errs47 = errors;
      let valid15 = false;
      let passing1 = null;
      const _errs48 = errors;
      if (typeof data18 !== "boolean") {
        const err29 = { instancePath: instancePath + "/cache", schemaPath: "#/properties/cache/oneOf/0/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
      var _valid1 = _errs48 === errors;
      if (_valid1) {
        valid15 = true;
        passing1 = 0;
      }
      const _errs50 = errors;
      if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
        for (const key6 in data18) {
          if (!(key6 === "dir")) {
            const err30 = { instancePath: instancePath + "/cache", schemaPath: "#/properties/cache/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data18.dir !== void 0) {
          let data19 = data18.dir;
          if (typeof data19 === "string") {
            if (func2(data19) < 1) {
              const err31 = { instancePath: instancePath + "/cache/dir", schemaPath: "#/properties/cache/oneOf/1/properties/dir/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          } else {
            const err32 = { instancePath: instancePath + "/cache/dir", schemaPath: "#/properties/cache/oneOf/1/properties/dir/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
      } else {
        const err33 = { instancePath: instancePath + "/cache", schemaPath: "#/properties/cache/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
      var _valid1 = _errs50 === errors;
      if (_valid1 && valid15) {
        valid15 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid1) {
          valid15 = true;
          passing1 = 1;
        }
      }
      if (!valid15) {
        const err34 = { instancePath: instancePath + "/cache", schemaPath: "#/properties/cache/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      } else {
        errors = _errs47;
        if (vErrors !== null) {
          if (_errs47) {
            vErrors.length = _errs47;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.limits !== void 0) {
      let data20 = data.limits;
      if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
        for (const key7 in data20) {
          if (!(key7 === "maxFileBytes" || key7 === "maxLineLength" || key7 === "maxNesting")) {
            const err35 = { instancePath: instancePath + "/limits", schemaPath: "#/properties/limits/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data20.maxFileBytes !== void 0) {
          let data21 = data20.maxFileBytes;
          if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)) && isFinite(data21))) {
            const err36 = { instancePath: instancePath + "/limits/maxFileBytes", schemaPath: "#/properties/limits/properties/maxFileBytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
          if (typeof data21 == "number" && isFinite(data21)) {
            if (data21 < 1 || isNaN(data21)) {
              const err37 = { instancePath: instancePath + "/limits/maxFileBytes", schemaPath: "#/properties/limits/properties/maxFileBytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
          }
        }
        if (data20.maxLineLength !== void 0) {
          let data22 = data20.maxLineLength;
          if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)) && isFinite(data22))) {
            const err38 = { instancePath: instancePath + "/limits/maxLineLength", schemaPath: "#/properties/limits/properties/maxLineLength/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
          if (typeof data22 == "number" && isFinite(data22)) {
            if (data22 < 80 || isNaN(data22)) {
              const err39 = { instancePath: instancePath + "/limits/maxLineLength", schemaPath: "#/properties/limits/properties/maxLineLength/minimum", keyword: "minimum", params: { comparison: ">=", limit: 80 }, message: "must be >= 80" };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
          }
        }
        if (data20.maxNesting !== void 0) {
          let data23 = data20.maxNesting;
          if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)) && isFinite(data23))) {
            const err40 = { instancePath: instancePath + "/limits/maxNesting", schemaPath: "#/properties/limits/properties/maxNesting/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
          if (typeof data23 == "number" && isFinite(data23)) {
            if (data23 > 512 || isNaN(data23)) {
              const err41 = { instancePath: instancePath + "/limits/maxNesting", schemaPath: "#/properties/limits/properties/maxNesting/maximum", keyword: "maximum", params: { comparison: "<=", limit: 512 }, message: "must be <= 512" };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            if (data23 < 4 || isNaN(data23)) {
              const err42 = { instancePath: instancePath + "/limits/maxNesting", schemaPath: "#/properties/limits/properties/maxNesting/minimum", keyword: "minimum", params: { comparison: ">=", limit: 4 }, message: "must be >= 4" };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
          }
        }
      } else {
        const err43 = { instancePath: instancePath + "/limits", schemaPath: "#/properties/limits/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.specBundle !== void 0) {
      if (!validate36(data.specBundle, { instancePath: instancePath + "/specBundle", parentData: data, parentDataProperty: "specBundle", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
        errors = vErrors.length;
      }
    }
    if (data.diagrams !== void 0) {
      let data25 = data.diagrams;
      if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
        for (const key8 in data25) {
          if (!(key8 === "user" || key8 === "include" || key8 === "exclude" || key8 === "exports" || key8 === "tolerance")) {
            const err44 = { instancePath: instancePath + "/diagrams", schemaPath: "#/properties/diagrams/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        if (data25.user !== void 0) {
          if (typeof data25.user !== "boolean") {
            const err45 = { instancePath: instancePath + "/diagrams/user", schemaPath: "#/properties/diagrams/properties/user/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data25.include !== void 0) {
          let data27 = data25.include;
          if (Array.isArray(data27)) {
            const len3 = data27.length;
            for (let i2 = 0; i2 < len3; i2++) {
              let data28 = data27[i2];
              if (typeof data28 === "string") {
                if (func2(data28) < 1) {
                  const err46 = { instancePath: instancePath + "/diagrams/include/" + i2, schemaPath: "#/properties/diagrams/properties/include/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
              } else {
                const err47 = { instancePath: instancePath + "/diagrams/include/" + i2, schemaPath: "#/properties/diagrams/properties/include/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
          } else {
            const err48 = { instancePath: instancePath + "/diagrams/include", schemaPath: "#/properties/diagrams/properties/include/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data25.exclude !== void 0) {
          let data29 = data25.exclude;
          if (Array.isArray(data29)) {
            const len4 = data29.length;
            for (let i3 = 0; i3 < len4; i3++) {
              let data30 = data29[i3];
              if (typeof data30 === "string") {
                if (func2(data30) < 1) {
                  const err49 = { instancePath: instancePath + "/diagrams/exclude/" + i3, schemaPath: "#/properties/diagrams/properties/exclude/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                }
              } else {
                const err50 = { instancePath: instancePath + "/diagrams/exclude/" + i3, schemaPath: "#/properties/diagrams/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
          } else {
            const err51 = { instancePath: instancePath + "/diagrams/exclude", schemaPath: "#/properties/diagrams/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
        if (data25.exports !== void 0) {
          let data31 = data25.exports;
          if (Array.isArray(data31)) {
            const len5 = data31.length;
            for (let i4 = 0; i4 < len5; i4++) {
              let data32 = data31[i4];
              if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                if (data32.source === void 0) {
                  const err52 = { instancePath: instancePath + "/diagrams/exports/" + i4, schemaPath: "#/properties/diagrams/properties/exports/items/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
                if (data32.export === void 0) {
                  const err53 = { instancePath: instancePath + "/diagrams/exports/" + i4, schemaPath: "#/properties/diagrams/properties/exports/items/required", keyword: "required", params: { missingProperty: "export" }, message: "must have required property 'export'" };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
                for (const key9 in data32) {
                  if (!(key9 === "source" || key9 === "page" || key9 === "block" || key9 === "export" || key9 === "scale" || key9 === "border")) {
                    const err54 = { instancePath: instancePath + "/diagrams/exports/" + i4, schemaPath: "#/properties/diagrams/properties/exports/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err54];
                    } else {
                      vErrors.push(err54);
                    }
                    errors++;
                  }
                }
                if (data32.source !== void 0) {
                  let data33 = data32.source;
                  if (typeof data33 === "string") {
                    if (func2(data33) < 1) {
                      const err55 = { instancePath: instancePath + "/diagrams/exports/" + i4 + "/source", schemaPath: "#/properties/diagrams/properties/exports/items/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err55];
                      } else {
                        vErrors.push(err55);
                      }
                      errors++;
                    }
                  } else {
                    const err56 = { instancePath: instancePath + "/diagrams/exports/" + i4 + "/source", schemaPath: "#/properties/diagrams/properties/exports/items/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err56];
                    } else {
                      vErrors.push(err56);
                    }
                    errors++;
                  }
                }
                if (data32.page !== void 0) {
                  let data34 = data32.page;
                  const _errs86 = errors;
                  let valid26 = false;
                  let passing2 = null;
                  const _errs87 = errors;
                  if (!(typeof data34 == "number" && (!(data34 % 1) && !isNaN(data34)) && isFinite(data34))) {
                    const err57 = { instancePath: instancePath + "/diagrams/exports/" + i4 + "/page", schemaPath: "#/properties/diagrams/properties/exports/items/properties/page/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err57];
                    } else {
                      vErrors.push(err57);
                    }
                    errors++;
                  }
                  if (typeof data34 == "number" && isFinite(data34)) {
                    if (data34 < 1 || isNaN(data34)) {
                      const err58 = { instancePath: instancePath + "/diagrams/exports/" + i4 + "/page", schemaPath: "#/properties/diagrams/properties/exports/items/properties/page/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                      if (vErrors === null) {
                        vErrors = [err58];
                      } else {
                        vErrors.push(err58);
                      }
                      errors++;
                    }
                  }
                  var _valid2 = _errs87 === errors;
                  if (_valid2) {
                    valid26 = true;
                    passing2 = 0;
                  }
                  const _errs89 = errors;
                  if (typeof data34 === "string") {
                    if (func2(data34) < 1) {
                      const err59 = { instancePath: instancePath + "/diagrams/exports/" + i4 + "/page", schemaPath: "#/properties/diagrams/properties/exports/items/properties/page/oneOf/1/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err59];
                      } else {
                        vErrors.push(err59);
                      }
                      errors++;
                    }
                  } else {
                    const err60 = { instancePath: instancePath + "/diagrams/exports/" + i4 + "/page", schemaPath: "#/properties/diagrams/properties/exports/items/properties/page/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err60];
                    } else {
                      vErrors.push(err60);
                    }
                    errors++;
                  }
                  var _valid2 = _errs89 === errors;
                  if (_valid2 && valid26) {
                    valid26 = false;
                    passing2 = [passing2, 1];
                  } else {
                    if (_valid2) {
                      valid26 = true;
                      passing2 = 1;
                    }
                  }
                  if (!valid26) {
                    const err61 = { instancePath: instancePath + "/diagrams/exports/" + i4 + "/page", schemaPath: "#/properties/diagrams/properties/exports/items/properties/page/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf" };
                    if (vErrors === null) {
                      vErrors = [err61];
                    } else {
                      vErrors.push(err61);
                    }
                    errors++;
                  } else {
                    errors = _errs86;
                    if (vErrors !== null) {
                      if (_errs86) {
                        vErrors.length = _errs86;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data32.block !== void 0) {
                  let data35 = data32.block;
                  if (!(typeof data35 == "number" && (!(data35 % 1) && !isNaN(data35)) && isFinite(data35))) {
                    const err62 = { instancePath: instancePath + "/diagrams/exports/" + i4 + "/block", schemaPath: "#/properties/diagrams/properties/exports/items/properties/block/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err62];
                    } else {
                      vErrors.push(err62);
                    }
                    errors++;
                  }
                  if (typeof data35 == "number" && isFinite(data35)) {
                    if (data35 < 1 || isNaN(data35)) {
                      const err63 = { instancePath: instancePath + "/diagrams/exports/" + i4 + "/block", schemaPath: "#/properties/diagrams/properties/exports/items/properties/block/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                      if (vErrors === null) {
                        vErrors = [err63];
                      } else {
                        vErrors.push(err63);
                      }
                      errors++;
                    }
                  }
                }
                if (data32.export !== void 0) {
                  let data36 = data32.export;
                  if (typeof data36 === "string") {
                    if (!pattern8.test(data36)) {
                      const err64 = { instancePath: instancePath + "/diagrams/exports/" + i4 + "/export", schemaPath: "#/properties/diagrams/properties/exports/items/properties/export/pattern", keyword: "pattern", params: { pattern: "\\.(png|svg)$" }, message: 'must match pattern "\\.(png|svg)$"' };
                      if (vErrors === null) {
                        vErrors = [err64];
                      } else {
                        vErrors.push(err64);
                      }
                      errors++;
                    }
                  } else {
                    const err65 = { instancePath: instancePath + "/diagrams/exports/" + i4 + "/export", schemaPath: "#/properties/diagrams/properties/exports/items/properties/export/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err65];
                    } else {
                      vErrors.push(err65);
                    }
                    errors++;
                  }
                }
                if (data32.scale !== void 0) {
                  let data37 = data32.scale;
                  if (typeof data37 == "number" && isFinite(data37)) {
                    if (data37 > 8 || isNaN(data37)) {
                      const err66 = { instancePath: instancePath + "/diagrams/exports/" + i4 + "/scale", schemaPath: "#/properties/diagrams/properties/exports/items/properties/scale/maximum", keyword: "maximum", params: { comparison: "<=", limit: 8 }, message: "must be <= 8" };
                      if (vErrors === null) {
                        vErrors = [err66];
                      } else {
                        vErrors.push(err66);
                      }
                      errors++;
                    }
                    if (data37 <= 0 || isNaN(data37)) {
                      const err67 = { instancePath: instancePath + "/diagrams/exports/" + i4 + "/scale", schemaPath: "#/properties/diagrams/properties/exports/items/properties/scale/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                      if (vErrors === null) {
                        vErrors = [err67];
                      } else {
                        vErrors.push(err67);
                      }
                      errors++;
                    }
                  } else {
                    const err68 = { instancePath: instancePath + "/diagrams/exports/" + i4 + "/scale", schemaPath: "#/properties/diagrams/properties/exports/items/properties/scale/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err68];
                    } else {
                      vErrors.push(err68);
                    }
                    errors++;
                  }
                }
                if (data32.border !== void 0) {
                  let data38 = data32.border;
                  if (!(typeof data38 == "number" && (!(data38 % 1) && !isNaN(data38)) && isFinite(data38))) {
                    const err69 = { instancePath: instancePath + "/diagrams/exports/" + i4 + "/border", schemaPath: "#/properties/diagrams/properties/exports/items/properties/border/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err69];
                    } else {
                      vErrors.push(err69);
                    }
                    errors++;
                  }
                  if (typeof data38 == "number" && isFinite(data38)) {
                    if (data38 > 500 || isNaN(data38)) {
                      const err70 = { instancePath: instancePath + "/diagrams/exports/" + i4 + "/border", schemaPath: "#/properties/diagrams/properties/exports/items/properties/border/maximum", keyword: "maximum", params: { comparison: "<=", limit: 500 }, message: "must be <= 500" };
                      if (vErrors === null) {
                        vErrors = [err70];
                      } else {
                        vErrors.push(err70);
                      }
                      errors++;
                    }
                    if (data38 < 0 || isNaN(data38)) {
                      const err71 = { instancePath: instancePath + "/diagrams/exports/" + i4 + "/border", schemaPath: "#/properties/diagrams/properties/exports/items/properties/border/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err71];
                      } else {
                        vErrors.push(err71);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err72 = { instancePath: instancePath + "/diagrams/exports/" + i4, schemaPath: "#/properties/diagrams/properties/exports/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
            }
          } else {
            const err73 = { instancePath: instancePath + "/diagrams/exports", schemaPath: "#/properties/diagrams/properties/exports/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
        }
        if (data25.tolerance !== void 0) {
          let data39 = data25.tolerance;
          if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
            for (const key10 in data39) {
              if (!(key10 === "threshold" || key10 === "maxDiffRatio")) {
                const err74 = { instancePath: instancePath + "/diagrams/tolerance", schemaPath: "#/properties/diagrams/properties/tolerance/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            }
            if (data39.threshold !== void 0) {
              let data40 = data39.threshold;
              if (typeof data40 == "number" && isFinite(data40)) {
                if (data40 > 1 || isNaN(data40)) {
                  const err75 = { instancePath: instancePath + "/diagrams/tolerance/threshold", schemaPath: "#/properties/diagrams/properties/tolerance/properties/threshold/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                  if (vErrors === null) {
                    vErrors = [err75];
                  } else {
                    vErrors.push(err75);
                  }
                  errors++;
                }
                if (data40 < 0 || isNaN(data40)) {
                  const err76 = { instancePath: instancePath + "/diagrams/tolerance/threshold", schemaPath: "#/properties/diagrams/properties/tolerance/properties/threshold/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err76];
                  } else {
                    vErrors.push(err76);
                  }
                  errors++;
                }
              } else {
                const err77 = { instancePath: instancePath + "/diagrams/tolerance/threshold", schemaPath: "#/properties/diagrams/properties/tolerance/properties/threshold/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err77];
                } else {
                  vErrors.push(err77);
                }
                errors++;
              }
            }
            if (data39.maxDiffRatio !== void 0) {
              let data41 = data39.maxDiffRatio;
              if (typeof data41 == "number" && isFinite(data41)) {
                if (data41 > 1 || isNaN(data41)) {
                  const err78 = { instancePath: instancePath + "/diagrams/tolerance/maxDiffRatio", schemaPath: "#/properties/diagrams/properties/tolerance/properties/maxDiffRatio/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                  if (vErrors === null) {
                    vErrors = [err78];
                  } else {
                    vErrors.push(err78);
                  }
                  errors++;
                }
                if (data41 < 0 || isNaN(data41)) {
                  const err79 = { instancePath: instancePath + "/diagrams/tolerance/maxDiffRatio", schemaPath: "#/properties/diagrams/properties/tolerance/properties/maxDiffRatio/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err79];
                  } else {
                    vErrors.push(err79);
                  }
                  errors++;
                }
              } else {
                const err80 = { instancePath: instancePath + "/diagrams/tolerance/maxDiffRatio", schemaPath: "#/properties/diagrams/properties/tolerance/properties/maxDiffRatio/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
            }
          } else {
            const err81 = { instancePath: instancePath + "/diagrams/tolerance", schemaPath: "#/properties/diagrams/properties/tolerance/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
        }
      } else {
        const err82 = { instancePath: instancePath + "/diagrams", schemaPath: "#/properties/diagrams/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err82];
        } else {
          vErrors.push(err82);
        }
        errors++;
      }
    }
    if (data.parity !== void 0) {
      let data42 = data.parity;
      if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
        for (const key11 in data42) {
          if (!(key11 === "kb" || key11 === "threshold" || key11 === "allowCommands" || key11 === "baseline")) {
            const err83 = { instancePath: instancePath + "/parity", schemaPath: "#/properties/parity/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err83];
            } else {
              vErrors.push(err83);
            }
            errors++;
          }
        }
        if (data42.kb !== void 0) {
          let data43 = data42.kb;
          if (typeof data43 === "string") {
            if (func2(data43) < 1) {
              const err84 = { instancePath: instancePath + "/parity/kb", schemaPath: "#/properties/parity/properties/kb/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err84];
              } else {
                vErrors.push(err84);
              }
              errors++;
            }
          } else {
            const err85 = { instancePath: instancePath + "/parity/kb", schemaPath: "#/properties/parity/properties/kb/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
        }
        if (data42.threshold !== void 0) {
          let data44 = data42.threshold;
          if (typeof data44 == "number" && isFinite(data44)) {
            if (data44 > 100 || isNaN(data44)) {
              const err86 = { instancePath: instancePath + "/parity/threshold", schemaPath: "#/properties/parity/properties/threshold/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
              if (vErrors === null) {
                vErrors = [err86];
              } else {
                vErrors.push(err86);
              }
              errors++;
            }
            if (data44 < 0 || isNaN(data44)) {
              const err87 = { instancePath: instancePath + "/parity/threshold", schemaPath: "#/properties/parity/properties/threshold/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err87];
              } else {
                vErrors.push(err87);
              }
              errors++;
            }
          } else {
            const err88 = { instancePath: instancePath + "/parity/threshold", schemaPath: "#/properties/parity/properties/threshold/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err88];
            } else {
              vErrors.push(err88);
            }
            errors++;
          }
        }
        if (data42.allowCommands !== void 0) {
          if (typeof data42.allowCommands !== "boolean") {
            const err89 = { instancePath: instancePath + "/parity/allowCommands", schemaPath: "#/properties/parity/properties/allowCommands/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err89];
            } else {
              vErrors.push(err89);
            }
            errors++;
          }
        }
        if (data42.baseline !== void 0) {
          let data46 = data42.baseline;
          if (typeof data46 === "string") {
            if (func2(data46) < 1) {
              const err90 = { instancePath: instancePath + "/parity/baseline", schemaPath: "#/properties/parity/properties/baseline/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err90];
              } else {
                vErrors.push(err90);
              }
              errors++;
            }
          } else {
            const err91 = { instancePath: instancePath + "/parity/baseline", schemaPath: "#/properties/parity/properties/baseline/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err91];
            } else {
              vErrors.push(err91);
            }
            errors++;
          }
        }
      } else {
        const err92 = { instancePath: instancePath + "/parity", schemaPath: "#/properties/parity/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err92];
        } else {
          vErrors.push(err92);
        }
        errors++;
      }
    }
    if (data.sync !== void 0) {
      let data47 = data.sync;
      if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
        for (const key12 in data47) {
          if (!(key12 === "repo" || key12 === "label" || key12 === "boards" || key12 === "onlyOpen" || key12 === "limit" || key12 === "assignees")) {
            const err93 = { instancePath: instancePath + "/sync", schemaPath: "#/properties/sync/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err93];
            } else {
              vErrors.push(err93);
            }
            errors++;
          }
        }
        if (data47.repo !== void 0) {
          let data48 = data47.repo;
          if (typeof data48 === "string") {
            if (!pattern9.test(data48)) {
              const err94 = { instancePath: instancePath + "/sync/repo", schemaPath: "#/properties/sync/properties/repo/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9-]{1,39}/[A-Za-z0-9._-]{1,100}$" }, message: 'must match pattern "^[A-Za-z0-9-]{1,39}/[A-Za-z0-9._-]{1,100}$"' };
              if (vErrors === null) {
                vErrors = [err94];
              } else {
                vErrors.push(err94);
              }
              errors++;
            }
          } else {
            const err95 = { instancePath: instancePath + "/sync/repo", schemaPath: "#/properties/sync/properties/repo/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err95];
            } else {
              vErrors.push(err95);
            }
            errors++;
          }
        }
        if (data47.label !== void 0) {
          let data49 = data47.label;
          if (typeof data49 === "string") {
            if (func2(data49) > 50) {
              const err96 = { instancePath: instancePath + "/sync/label", schemaPath: "#/properties/sync/properties/label/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters" };
              if (vErrors === null) {
                vErrors = [err96];
              } else {
                vErrors.push(err96);
              }
              errors++;
            }
            if (func2(data49) < 1) {
              const err97 = { instancePath: instancePath + "/sync/label", schemaPath: "#/properties/sync/properties/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err97];
              } else {
                vErrors.push(err97);
              }
              errors++;
            }
          } else {
            const err98 = { instancePath: instancePath + "/sync/label", schemaPath: "#/properties/sync/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err98];
            } else {
              vErrors.push(err98);
            }
            errors++;
          }
        }
        if (data47.boards !== void 0) {
          let data50 = data47.boards;
          if (Array.isArray(data50)) {
            const len6 = data50.length;
            for (let i5 = 0; i5 < len6; i5++) {
              let data51 = data50[i5];
              if (typeof data51 === "string") {
                if (func2(data51) < 1) {
                  const err99 = { instancePath: instancePath + "/sync/boards/" + i5, schemaPath: "#/properties/sync/properties/boards/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err99];
                  } else {
                    vErrors.push(err99);
                  }
                  errors++;
                }
              } else {
                const err100 = { instancePath: instancePath + "/sync/boards/" + i5, schemaPath: "#/properties/sync/properties/boards/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err100];
                } else {
                  vErrors.push(err100);
                }
                errors++;
              }
            }
          } else {
            const err101 = { instancePath: instancePath + "/sync/boards", schemaPath: "#/properties/sync/properties/boards/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err101];
            } else {
              vErrors.push(err101);
            }
            errors++;
          }
        }
        if (data47.onlyOpen !== void 0) {
          if (typeof data47.onlyOpen !== "boolean") {
            const err102 = { instancePath: instancePath + "/sync/onlyOpen", schemaPath: "#/properties/sync/properties/onlyOpen/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err102];
            } else {
              vErrors.push(err102);
            }
            errors++;
          }
        }
        if (data47.limit !== void 0) {
          let data53 = data47.limit;
          if (!(typeof data53 == "number" && (!(data53 % 1) && !isNaN(data53)) && isFinite(data53))) {
            const err103 = { instancePath: instancePath + "/sync/limit", schemaPath: "#/properties/sync/properties/limit/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err103];
            } else {
              vErrors.push(err103);
            }
            errors++;
          }
          if (typeof data53 == "number" && isFinite(data53)) {
            if (data53 < 0 || isNaN(data53)) {
              const err104 = { instancePath: instancePath + "/sync/limit", schemaPath: "#/properties/sync/properties/limit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err104];
              } else {
                vErrors.push(err104);
              }
              errors++;
            }
          }
        }
        if (data47.assignees !== void 0) {
          let data54 = data47.assignees;
          if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
            for (const key13 in data54) {
              let data55 = data54[key13];
              if (typeof data55 === "string") {
                if (!pattern10.test(data55)) {
                  const err105 = { instancePath: instancePath + "/sync/assignees/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/sync/properties/assignees/additionalProperties/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, message: 'must match pattern "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"' };
                  if (vErrors === null) {
                    vErrors = [err105];
                  } else {
                    vErrors.push(err105);
                  }
                  errors++;
                }
              } else {
                const err106 = { instancePath: instancePath + "/sync/assignees/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/sync/properties/assignees/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err106];
                } else {
                  vErrors.push(err106);
                }
                errors++;
              }
            }
          } else {
            const err107 = { instancePath: instancePath + "/sync/assignees", schemaPath: "#/properties/sync/properties/assignees/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err107];
            } else {
              vErrors.push(err107);
            }
            errors++;
          }
        }
      } else {
        const err108 = { instancePath: instancePath + "/sync", schemaPath: "#/properties/sync/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err108];
        } else {
          vErrors.push(err108);
        }
        errors++;
      }
    }
  } else {
    const err109 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err109];
    } else {
      vErrors.push(err109);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
