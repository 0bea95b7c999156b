import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  VFile,
  VFileMessage,
  unified,
  wrap
} from "./chunk-GKUYCGGN.js";
import {
  require__
} from "./chunk-WLMIYAQU.js";
import {
  ALWAYS_EXCLUDED,
  DEFAULT_LIMITS,
  DIALECTS,
  SKIP,
  asciiDigit,
  asciiPunctuation,
  compareDiagnostics,
  convert,
  decodeMarkdown,
  findDialect,
  globSync,
  globWorkspace,
  loadConfig,
  normalizeIdentifier,
  ok,
  parseMarkdown,
  parseMarkdownWhole,
  plain,
  readBoardText,
  require_picomatch,
  toString,
  visit,
  visitParents
} from "./chunk-AADV2VBK.js";
import {
  loadYaml
} from "./chunk-U3WXGQSS.js";
import {
  BoundaryError,
  readWorkspaceFile,
  readWorkspaceText
} from "./chunk-URQ42WZF.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-VFBDS4U7.js";

// node_modules/pluralize/pluralize.js
var require_pluralize = __commonJS({
  "node_modules/pluralize/pluralize.js"(exports, module) {
    (function(root, pluralize5) {
      if (typeof __require === "function" && typeof exports === "object" && typeof module === "object") {
        module.exports = pluralize5();
      } else if (typeof define === "function" && define.amd) {
        define(function() {
          return pluralize5();
        });
      } else {
        root.pluralize = pluralize5();
      }
    })(exports, function() {
      var pluralRules = [];
      var singularRules = [];
      var uncountables = {};
      var irregularPlurals = {};
      var irregularSingles = {};
      function sanitizeRule(rule) {
        if (typeof rule === "string") {
          return new RegExp("^" + rule + "$", "i");
        }
        return rule;
      }
      function restoreCase(word, token) {
        if (word === token) return token;
        if (word === word.toLowerCase()) return token.toLowerCase();
        if (word === word.toUpperCase()) return token.toUpperCase();
        if (word[0] === word[0].toUpperCase()) {
          return token.charAt(0).toUpperCase() + token.substr(1).toLowerCase();
        }
        return token.toLowerCase();
      }
      function interpolate(str, args) {
        return str.replace(/\$(\d{1,2})/g, function(match, index) {
          return args[index] || "";
        });
      }
      function replace(word, rule) {
        return word.replace(rule[0], function(match, index) {
          var result = interpolate(rule[1], arguments);
          if (match === "") {
            return restoreCase(word[index - 1], result);
          }
          return restoreCase(match, result);
        });
      }
      function sanitizeWord(token, word, rules) {
        if (!token.length || uncountables.hasOwnProperty(token)) {
          return word;
        }
        var len = rules.length;
        while (len--) {
          var rule = rules[len];
          if (rule[0].test(word)) return replace(word, rule);
        }
        return word;
      }
      function replaceWord(replaceMap, keepMap, rules) {
        return function(word) {
          var token = word.toLowerCase();
          if (keepMap.hasOwnProperty(token)) {
            return restoreCase(word, token);
          }
          if (replaceMap.hasOwnProperty(token)) {
            return restoreCase(word, replaceMap[token]);
          }
          return sanitizeWord(token, word, rules);
        };
      }
      function checkWord(replaceMap, keepMap, rules, bool) {
        return function(word) {
          var token = word.toLowerCase();
          if (keepMap.hasOwnProperty(token)) return true;
          if (replaceMap.hasOwnProperty(token)) return false;
          return sanitizeWord(token, token, rules) === token;
        };
      }
      function pluralize5(word, count, inclusive) {
        var pluralized = count === 1 ? pluralize5.singular(word) : pluralize5.plural(word);
        return (inclusive ? count + " " : "") + pluralized;
      }
      pluralize5.plural = replaceWord(
        irregularSingles,
        irregularPlurals,
        pluralRules
      );
      pluralize5.isPlural = checkWord(
        irregularSingles,
        irregularPlurals,
        pluralRules
      );
      pluralize5.singular = replaceWord(
        irregularPlurals,
        irregularSingles,
        singularRules
      );
      pluralize5.isSingular = checkWord(
        irregularPlurals,
        irregularSingles,
        singularRules
      );
      pluralize5.addPluralRule = function(rule, replacement) {
        pluralRules.push([sanitizeRule(rule), replacement]);
      };
      pluralize5.addSingularRule = function(rule, replacement) {
        singularRules.push([sanitizeRule(rule), replacement]);
      };
      pluralize5.addUncountableRule = function(word) {
        if (typeof word === "string") {
          uncountables[word.toLowerCase()] = true;
          return;
        }
        pluralize5.addPluralRule(word, "$0");
        pluralize5.addSingularRule(word, "$0");
      };
      pluralize5.addIrregularRule = function(single, plural) {
        plural = plural.toLowerCase();
        single = single.toLowerCase();
        irregularSingles[single] = plural;
        irregularPlurals[plural] = single;
      };
      [
        // Pronouns.
        ["I", "we"],
        ["me", "us"],
        ["he", "they"],
        ["she", "they"],
        ["them", "them"],
        ["myself", "ourselves"],
        ["yourself", "yourselves"],
        ["itself", "themselves"],
        ["herself", "themselves"],
        ["himself", "themselves"],
        ["themself", "themselves"],
        ["is", "are"],
        ["was", "were"],
        ["has", "have"],
        ["this", "these"],
        ["that", "those"],
        // Words ending in with a consonant and `o`.
        ["echo", "echoes"],
        ["dingo", "dingoes"],
        ["volcano", "volcanoes"],
        ["tornado", "tornadoes"],
        ["torpedo", "torpedoes"],
        // Ends with `us`.
        ["genus", "genera"],
        ["viscus", "viscera"],
        // Ends with `ma`.
        ["stigma", "stigmata"],
        ["stoma", "stomata"],
        ["dogma", "dogmata"],
        ["lemma", "lemmata"],
        ["schema", "schemata"],
        ["anathema", "anathemata"],
        // Other irregular rules.
        ["ox", "oxen"],
        ["axe", "axes"],
        ["die", "dice"],
        ["yes", "yeses"],
        ["foot", "feet"],
        ["eave", "eaves"],
        ["goose", "geese"],
        ["tooth", "teeth"],
        ["quiz", "quizzes"],
        ["human", "humans"],
        ["proof", "proofs"],
        ["carve", "carves"],
        ["valve", "valves"],
        ["looey", "looies"],
        ["thief", "thieves"],
        ["groove", "grooves"],
        ["pickaxe", "pickaxes"],
        ["passerby", "passersby"]
      ].forEach(function(rule) {
        return pluralize5.addIrregularRule(rule[0], rule[1]);
      });
      [
        [/s?$/i, "s"],
        [/[^\u0000-\u007F]$/i, "$0"],
        [/([^aeiou]ese)$/i, "$1"],
        [/(ax|test)is$/i, "$1es"],
        [/(alias|[^aou]us|t[lm]as|gas|ris)$/i, "$1es"],
        [/(e[mn]u)s?$/i, "$1s"],
        [/([^l]ias|[aeiou]las|[ejzr]as|[iu]am)$/i, "$1"],
        [/(alumn|syllab|vir|radi|nucle|fung|cact|stimul|termin|bacill|foc|uter|loc|strat)(?:us|i)$/i, "$1i"],
        [/(alumn|alg|vertebr)(?:a|ae)$/i, "$1ae"],
        [/(seraph|cherub)(?:im)?$/i, "$1im"],
        [/(her|at|gr)o$/i, "$1oes"],
        [/(agend|addend|millenni|dat|extrem|bacteri|desiderat|strat|candelabr|errat|ov|symposi|curricul|automat|quor)(?:a|um)$/i, "$1a"],
        [/(apheli|hyperbat|periheli|asyndet|noumen|phenomen|criteri|organ|prolegomen|hedr|automat)(?:a|on)$/i, "$1a"],
        [/sis$/i, "ses"],
        [/(?:(kni|wi|li)fe|(ar|l|ea|eo|oa|hoo)f)$/i, "$1$2ves"],
        [/([^aeiouy]|qu)y$/i, "$1ies"],
        [/([^ch][ieo][ln])ey$/i, "$1ies"],
        [/(x|ch|ss|sh|zz)$/i, "$1es"],
        [/(matr|cod|mur|sil|vert|ind|append)(?:ix|ex)$/i, "$1ices"],
        [/\b((?:tit)?m|l)(?:ice|ouse)$/i, "$1ice"],
        [/(pe)(?:rson|ople)$/i, "$1ople"],
        [/(child)(?:ren)?$/i, "$1ren"],
        [/eaux$/i, "$0"],
        [/m[ae]n$/i, "men"],
        ["thou", "you"]
      ].forEach(function(rule) {
        return pluralize5.addPluralRule(rule[0], rule[1]);
      });
      [
        [/s$/i, ""],
        [/(ss)$/i, "$1"],
        [/(wi|kni|(?:after|half|high|low|mid|non|night|[^\w]|^)li)ves$/i, "$1fe"],
        [/(ar|(?:wo|[ae])l|[eo][ao])ves$/i, "$1f"],
        [/ies$/i, "y"],
        [/\b([pl]|zomb|(?:neck|cross)?t|coll|faer|food|gen|goon|group|lass|talk|goal|cut)ies$/i, "$1ie"],
        [/\b(mon|smil)ies$/i, "$1ey"],
        [/\b((?:tit)?m|l)ice$/i, "$1ouse"],
        [/(seraph|cherub)im$/i, "$1"],
        [/(x|ch|ss|sh|zz|tto|go|cho|alias|[^aou]us|t[lm]as|gas|(?:her|at|gr)o|[aeiou]ris)(?:es)?$/i, "$1"],
        [/(analy|diagno|parenthe|progno|synop|the|empha|cri|ne)(?:sis|ses)$/i, "$1sis"],
        [/(movie|twelve|abuse|e[mn]u)s$/i, "$1"],
        [/(test)(?:is|es)$/i, "$1is"],
        [/(alumn|syllab|vir|radi|nucle|fung|cact|stimul|termin|bacill|foc|uter|loc|strat)(?:us|i)$/i, "$1us"],
        [/(agend|addend|millenni|dat|extrem|bacteri|desiderat|strat|candelabr|errat|ov|symposi|curricul|quor)a$/i, "$1um"],
        [/(apheli|hyperbat|periheli|asyndet|noumen|phenomen|criteri|organ|prolegomen|hedr|automat)a$/i, "$1on"],
        [/(alumn|alg|vertebr)ae$/i, "$1a"],
        [/(cod|mur|sil|vert|ind)ices$/i, "$1ex"],
        [/(matr|append)ices$/i, "$1ix"],
        [/(pe)(rson|ople)$/i, "$1rson"],
        [/(child)ren$/i, "$1"],
        [/(eau)x?$/i, "$1"],
        [/men$/i, "man"]
      ].forEach(function(rule) {
        return pluralize5.addSingularRule(rule[0], rule[1]);
      });
      [
        // Singular words with no plurals.
        "adulthood",
        "advice",
        "agenda",
        "aid",
        "aircraft",
        "alcohol",
        "ammo",
        "analytics",
        "anime",
        "athletics",
        "audio",
        "bison",
        "blood",
        "bream",
        "buffalo",
        "butter",
        "carp",
        "cash",
        "chassis",
        "chess",
        "clothing",
        "cod",
        "commerce",
        "cooperation",
        "corps",
        "debris",
        "diabetes",
        "digestion",
        "elk",
        "energy",
        "equipment",
        "excretion",
        "expertise",
        "firmware",
        "flounder",
        "fun",
        "gallows",
        "garbage",
        "graffiti",
        "hardware",
        "headquarters",
        "health",
        "herpes",
        "highjinks",
        "homework",
        "housework",
        "information",
        "jeans",
        "justice",
        "kudos",
        "labour",
        "literature",
        "machinery",
        "mackerel",
        "mail",
        "media",
        "mews",
        "moose",
        "music",
        "mud",
        "manga",
        "news",
        "only",
        "personnel",
        "pike",
        "plankton",
        "pliers",
        "police",
        "pollution",
        "premises",
        "rain",
        "research",
        "rice",
        "salmon",
        "scissors",
        "series",
        "sewage",
        "shambles",
        "shrimp",
        "software",
        "species",
        "staff",
        "swine",
        "tennis",
        "traffic",
        "transportation",
        "trout",
        "tuna",
        "wealth",
        "welfare",
        "whiting",
        "wildebeest",
        "wildlife",
        "you",
        /pok[eé]mon$/i,
        // Regexes.
        /[^aeiou]ese$/i,
        // "chinese", "japanese"
        /deer$/i,
        // "deer", "reindeer"
        /fish$/i,
        // "fish", "blowfish", "angelfish"
        /measles$/i,
        /o[iu]s$/i,
        // "carnivorous"
        /pox$/i,
        // "chickpox", "smallpox"
        /sheep$/i
      ].forEach(pluralize5.addUncountableRule);
      return pluralize5;
    });
  }
});

// specbundle/rules.ts
var SPEC_BUNDLE_RULES = {
  "no-bundle": { severity: "error", description: "no bundle of a selected profile was found" },
  "bundle-name": {
    severity: "error",
    description: "a bundle folder's name does not match the profile's naming pattern"
  },
  "missing-file": { severity: "error", description: "a required file of the bundle is absent" },
  "missing-heading": { severity: "error", description: "a required section heading is absent" },
  "empty-section": {
    severity: "error",
    description: "a required section has a heading but no content"
  },
  "forbidden-pattern": {
    severity: "error",
    description: "text the profile forbids (outside code and comments), unless it names a rule"
  },
  "no-tasks": { severity: "error", description: "a task file holds fewer tasks than required" },
  "task-without-id": { severity: "warning", description: "a task written without an id" },
  "needs-clarification": {
    severity: "error",
    description: "spec-kit: an open [NEEDS CLARIFICATION: \u2026] question, or NEEDS CLARIFICATION left as a value"
  },
  "coverage-by-story": {
    severity: "info",
    description: "spec-kit: the task file labels tasks by user story only; FR coverage not checked"
  },
  "uncovered-requirement": {
    severity: "warning",
    description: "a requirement id (FR-001) that no task mentions"
  },
  "empty-requirements": {
    severity: "error",
    description: "a Requirements section without any `### Requirement:` block"
  },
  "requirement-without-scenario": {
    severity: "error",
    description: "a `### Requirement:` block without a `#### Scenario:`"
  },
  "requirement-without-shall": {
    severity: "error",
    description: "a `### Requirement:` block whose text says neither SHALL nor MUST"
  },
  "requirement-without-text": {
    severity: "error",
    description: "OpenSpec: a `### Requirement:` block with nothing under its header"
  },
  "duplicate-requirement": {
    severity: "error",
    description: "OpenSpec: a requirement name declared twice in a spec or a delta section"
  },
  "openspec-missing-section": {
    severity: "error",
    description: "OpenSpec: a main spec without a Purpose (with content) or a Requirements section"
  },
  "openspec-no-requirements": {
    severity: "error",
    description: "OpenSpec: a Requirements section without any requirement"
  },
  "openspec-purpose-placeholder": {
    severity: "warning",
    description: "OpenSpec: the Purpose `openspec archive` writes, or one opening with TBD/TODO"
  },
  "openspec-purpose-short": {
    severity: "warning",
    description: "OpenSpec: a Purpose under 50 characters"
  },
  "openspec-requirement-long": {
    severity: "info",
    description: "OpenSpec: requirement text over 500 characters"
  },
  "openspec-delta-in-spec": {
    severity: "error",
    description: "OpenSpec: an ADDED/MODIFIED/REMOVED/RENAMED header in a main spec"
  },
  "openspec-requirement-outside": {
    severity: "error",
    description: "OpenSpec: a `### Requirement:` outside the main spec's `## Requirements`"
  },
  "openspec-no-deltas": {
    severity: "error",
    description: "OpenSpec: a change without any delta spec and without skip_specs"
  },
  "openspec-empty-delta": {
    severity: "error",
    description: "OpenSpec: a delta spec without delta sections, or with sections but no entries"
  },
  "openspec-delta-misplaced": {
    severity: "error",
    description: "OpenSpec: a delta spec archive would not read (specs/spec.md, specs/<name>.md)"
  },
  "openspec-delta-conflict": {
    severity: "error",
    description: "OpenSpec: a requirement in two conflicting delta sections"
  },
  "openspec-unpaired-rename": {
    severity: "error",
    description: "OpenSpec: a RENAMED FROM: or TO: line without its pair"
  },
  "openspec-orphan-requirement": {
    severity: "warning",
    description: "OpenSpec: a requirement in a delta spec outside every delta section"
  },
  "openspec-unknown-header": {
    severity: "info",
    description: "OpenSpec: a `### ` header in ADDED/MODIFIED that is not a requirement"
  },
  "openspec-scenario-loss": {
    severity: "error",
    description: "OpenSpec: a MODIFIED requirement dropping scenarios the current main spec has"
  },
  "openspec-archive-conflict": {
    severity: "info",
    description: "OpenSpec: a delta archive would refuse (a name the target spec lacks or already has)"
  },
  "openspec-skip-specs": {
    severity: "error",
    description: "OpenSpec: skip_specs set with delta files present, or not honoured"
  },
  "openspec-nested-change": {
    severity: "error",
    description: "OpenSpec: a folder wrapping change folders instead of being one"
  },
  "openspec-task-checkbox": {
    severity: "warning",
    description: "OpenSpec: task files with list items but no checkbox (counted as 0 tasks)"
  },
  "openspec-task-number": {
    severity: "warning",
    description: "OpenSpec: a task numbered for another `## N.` group, or a repeated task id"
  },
  "invalid-profile": {
    severity: "error",
    description: "a profile (file, config or option) is malformed: exit 2"
  },
  "unknown-profile": { severity: "error", description: "a profile id no profile has: exit 2" },
  "unreadable-file": { severity: "error", description: "a bundle file cannot be read: exit 2" },
  "missing-path": {
    severity: "error",
    description: "a path given to check does not exist: exit 2"
  },
  "git-failed": {
    severity: "error",
    description: "changed-only could not ask git what changed: exit 2"
  }
};
var quote = (s) => `"${s}"`;
var TASK_FORMAT = {
  "spec-kit": "`- [ ] T001 [P] [US1] Description with file path`",
  openspec: "`## 1. Group` with `- [ ] 1.1 Task`"
};
var list = (items) => items.length <= 1 ? items[0] ?? "" : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
var MESSAGES = {
  noBundle: (profile, where2) => `No ${profile} spec bundle found: expected ${where2}.`,
  noBundleAt: (path, profiles) => `No ${list(profiles)} spec bundle at or under "${path}".`,
  noProfileDetected: (expected2) => `No spec bundle found for any profile (${expected2}). Create one, or name the profile with --profile.`,
  bundleName: (kind, name, pattern) => `The ${kind} folder "${name}" does not match the naming pattern /${pattern}/ (spec-kit: NNN-short-name, e.g. 001-user-login).`,
  missingFile: (kind, dir, path) => `The ${kind} ${dir} has no ${path}.`,
  missingStageFile: (kind, dir, path, trigger) => `The ${kind} ${dir} has ${trigger} but no ${path}; the step that wrote ${trigger} needs it (spec-kit: run /speckit.plan before /speckit.tasks).`,
  missingFiles: (kind, dir, glob) => `The ${kind} ${dir} has no file matching ${glob}.`,
  missingSharedFile: (profile, path) => `The ${profile} profile needs ${path}, which does not exist.`,
  missingHeading: (profile, title, depth, required = true) => `No ${quote(`${depth ? `${"#".repeat(depth)} ` : ""}${title}`)} section; the ${profile} profile ${required ? "requires" : "expects"} one.`,
  headingLevel: (title, found, depth) => `${quote(title)} is a level-${found} heading; the profile expects ${"#".repeat(depth)} (level ${depth}).`,
  emptySection: (title) => `The ${quote(title)} section has nothing under its heading but comments; write its content.`,
  forbidden: (message, match) => `${message} Found: ${quote(match)}.`,
  noTasks: (file, found, min, dialect) => `${file} holds ${found} task(s)${dialect ? ` the ${dialect} dialect reads` : ""}; at least ${min} required (${dialect ? TASK_FORMAT[dialect] ?? "see `boardwright dialects`" : "a task list such as `- [ ] Write the migration`"}).`,
  taskWithoutId: (title) => `Task "${title}" has no id; number it like the others (T001, T002, \u2026) so that it can be referenced.`,
  needsClarification: (found) => `Unresolved clarification: answer the question (/speckit.clarify, or research for plan.md) and replace the marker with the decision. Found: "${found}".`,
  coverageByStory: (tasks, count) => `${tasks} labels its tasks by user story and names none of the spec's ${count} requirement id(s), so requirement coverage is not checked. Name an id (FR-001) in a task, or map them in a table, to have it checked.`,
  uncovered: (id, tasks) => `Requirement ${id} is not mentioned by any task in ${tasks}: add a task for it, or name it in the task that covers it.`,
  emptyRequirements: (section) => `The ${quote(section)} section has no "### Requirement:" block.`,
  withoutScenario: (name, hint) => `Requirement ${quote(name)} has no "#### Scenario:" block${hint ? `; ${hint}` : ""}.`,
  scenarioLevelHint: (found) => `"${found}" is not a level-4 heading \u2014 write scenarios as "#### Scenario: <name>"`,
  withoutShall: (name) => `Requirement ${quote(name)} says neither SHALL nor MUST; state it normatively ("The system SHALL \u2026").`,
  unknownProfile: (id, known) => `Unknown spec profile "${id}". Known profiles: ${known.join(", ")}.`,
  invalidProfile: (where2, message) => `${where2}${message}. See schemas/spec-profile.schema.json.`,
  invalidRegex: (where2, message) => `${where2}is not a valid regular expression: ${message}.`,
  unknownDialect: (where2, id, known) => `${where2}names dialect "${id}", which does not exist. Known dialects: ${known.join(", ")}.`,
  unknownLintRule: (where2, id, known) => `${where2}names lint rule "${id}", which remark-preset-lint-recommended does not have. Known rules: ${known.join(", ")}.`,
  unreadable: (path, why) => `${path} cannot be read: ${why}.`,
  missingPath: (path) => `Path "${path}" does not exist. Check the spelling, or run from the repository root.`
};

// node_modules/mdast-comment-marker/lib/index.js
var commentExpression = /\s*([a-zA-Z\d-]+)(\s+([\s\S]*))?\s*/;
var esCommentExpression = new RegExp(
  "(\\s*\\/\\*" + commentExpression.source + "\\*\\/\\s*)"
);
var markerExpression = new RegExp(
  "(\\s*<!--" + commentExpression.source + "-->\\s*)"
);
function commentMarker(value) {
  if (isNode(value) && (value.type === "html" || value.type === "mdxFlowExpression" || value.type === "mdxTextExpression")) {
    const match = value.value.match(
      value.type === "html" ? markerExpression : esCommentExpression
    );
    if (match && match[0].length === value.value.length) {
      const parameters = parseParameters(match[3] || "");
      if (parameters) {
        return {
          name: match[2],
          attributes: (match[4] || "").trim(),
          parameters,
          node: value
        };
      }
    }
  }
}
function parseParameters(value) {
  const parameters = {};
  return value.replace(
    /\s+([-\w]+)(?:=(?:"((?:\\[\s\S]|[^"])*)"|'((?:\\[\s\S]|[^'])*)'|((?:\\[\s\S]|[^"'\s])+)))?/gi,
    replacer
  ).replace(/\s+/g, "") ? void 0 : parameters;
  function replacer(_, $1, $2, $3, $4) {
    let value2 = $2 === void 0 ? $3 === void 0 ? $4 : $3 : $2;
    const number = Number(value2);
    if (value2 === "true" || value2 === void 0) {
      value2 = true;
    } else if (value2 === "false") {
      value2 = false;
    } else if (value2.trim() && !Number.isNaN(number)) {
      value2 = number;
    }
    parameters[$1] = value2;
    return "";
  }
}
function isNode(value) {
  return Boolean(value && typeof value === "object" && "type" in value);
}

// node_modules/space-separated-tokens/index.js
function parse(value) {
  const input = String(value || "").trim();
  return input ? input.split(/[ \t\n\r\f]+/g) : [];
}

// node_modules/vfile-location/lib/index.js
function location(file) {
  const value = String(file);
  const indices = [];
  let cr = -1;
  let lf = -1;
  return { toOffset, toPoint };
  function grow() {
    const from = indices.at(-1) ?? 0;
    if (cr < from) {
      cr = value.indexOf("\r", from);
      if (cr === -1) cr = Infinity;
    }
    if (lf < from) {
      lf = value.indexOf("\n", from);
      if (lf === -1) lf = Infinity;
    }
    const eol = cr + 1 === lf ? lf : Math.min(cr, lf);
    indices.push((eol === Infinity ? value.length : eol) + 1);
  }
  function toPoint(offset) {
    if (typeof offset === "number" && offset > -1 && offset <= value.length) {
      while ((indices.at(-1) ?? 0) <= offset) grow();
      let low = 0;
      let high = indices.length - 1;
      while (low < high) {
        const middle = Math.floor((low + high) / 2);
        if (indices[middle] > offset) {
          high = middle;
        } else {
          low = middle + 1;
        }
      }
      return {
        line: low + 1,
        column: offset - (low > 0 ? indices[low - 1] : 0) + 1,
        offset
      };
    }
  }
  function toOffset(point2) {
    if (point2 && typeof point2.line === "number" && typeof point2.column === "number" && !Number.isNaN(point2.line) && // Excludes `NaN` too.
    point2.column > 0) {
      while (indices.length < point2.line && (indices.at(-1) ?? 0) <= value.length) {
        grow();
      }
      const offset = (point2.line > 1 ? indices[point2.line - 2] : 0) + point2.column - 1;
      if (offset < indices[point2.line - 1]) return offset;
    }
  }
}

// node_modules/unified-message-control/lib/index.js
var own = {}.hasOwnProperty;
function messageControl(tree, options) {
  if (!options || typeof options !== "object") {
    throw new Error("Expected `options`");
  }
  const { file, marker, name, test: test2 } = options;
  let { enable, disable, known, reset, source } = options;
  if (!enable) enable = [];
  if (!disable) disable = [];
  if (!file) {
    throw new Error("Expected `file` in `options`");
  }
  if (!marker) {
    throw new Error("Expected `marker` in `options`");
  }
  if (!name) {
    throw new Error("Expected `name` in `options`");
  }
  const sources = typeof source === "string" ? [source] : source || [name];
  const toOffset = location(file).toOffset;
  const initial = !reset;
  const gaps = detectGaps(tree);
  const scope = {};
  const globals = [];
  visit(tree, test2, visitor);
  file.messages = file.messages.filter(function(m) {
    return filter(m);
  });
  function visitor(node, position2, parent) {
    const point2 = node.position && node.position.start;
    const mark = marker(node);
    if (!point2 || !mark || mark.name !== name) {
      return;
    }
    const ruleIds = parse(mark.attributes);
    const verb = ruleIds.shift();
    const fn = verb === "enable" ? doEnable : verb === "disable" ? doDisable : verb === "ignore" ? doIgnore : void 0;
    if (!fn) {
      file.fail(
        "Unknown keyword `" + verb + "`: expected `'enable'`, `'disable'`, or `'ignore'`",
        node
      );
    }
    ok(verb, "expected verb");
    ok(fn, "expected verb");
    const next = parent && position2 !== void 0 && parent.children[position2 + 1] || void 0;
    const tail = next && next.position && next.position.end;
    if (ruleIds.length === 0) {
      fn(point2, void 0, tail);
    } else {
      let index = -1;
      while (++index < ruleIds.length) {
        const ruleId = ruleIds[index];
        if (isKnown(ruleId, verb, node)) {
          fn(point2, ruleId, tail);
        }
      }
    }
  }
  function doIgnore(point2, ruleId, tail) {
    if (tail) {
      toggle(point2, false, ruleId);
      toggle(tail, true, ruleId);
    }
  }
  function doDisable(point2, ruleId) {
    toggle(point2, false, ruleId);
    if (!ruleId) reset = true;
  }
  function doEnable(point2, ruleId) {
    toggle(point2, true, ruleId);
    if (!ruleId) reset = false;
  }
  function filter(message) {
    let gapIndex = gaps.length;
    if (!message.source || !sources.includes(message.source)) {
      return true;
    }
    if (!message.line) message.line = 1;
    if (!message.column) message.column = 1;
    const offset = toOffset(message);
    ok(typeof offset === "number");
    while (gapIndex--) {
      if (gaps[gapIndex][0] <= offset && gaps[gapIndex][1] > offset) {
        return false;
      }
    }
    return (!message.ruleId || check(message, scope[message.ruleId], true)) && check(message, globals, false);
  }
  function isKnown(ruleId, verb, node) {
    const result = known ? known.includes(ruleId) : true;
    if (!result) {
      file.message("Cannot " + verb + " `'" + ruleId + "'`, it\u2019s not known", {
        ancestors: [node],
        place: node.position,
        ruleId: "known",
        source: "unified-message-control"
      });
    }
    return result;
  }
  function getState(ruleId) {
    const ranges = ruleId ? scope[ruleId] : globals;
    if (ranges && ranges.length > 0) {
      return ranges[ranges.length - 1].state;
    }
    ok(enable);
    ok(disable);
    return ruleId ? reset ? enable.includes(ruleId) : !disable.includes(ruleId) : !reset;
  }
  function toggle(point2, state, ruleId) {
    const markers = ruleId ? scope[ruleId] || (scope[ruleId] = []) : globals;
    const current = getState(ruleId);
    if (current !== state) {
      markers.push({ state, point: point2 });
    }
    if (!ruleId) {
      for (ruleId in scope) {
        if (own.call(scope, ruleId)) {
          toggle(point2, state, ruleId);
        }
      }
    }
  }
  function check(message, marks, local) {
    if (message.line && message.column && marks && marks.length > 0) {
      let index = marks.length;
      while (index--) {
        const mark = marks[index];
        if (mark.point && (mark.point.line < message.line || mark.point.line === message.line && mark.point.column <= message.column)) {
          return mark.state === true;
        }
      }
    }
    if (local) {
      ok(message.ruleId);
      ok(enable);
      ok(disable);
      return reset ? enable.includes(message.ruleId) : !disable.includes(message.ruleId);
    }
    return Boolean(initial || reset);
  }
}
function detectGaps(tree) {
  const end = tree && tree.position && tree.position.end && tree.position.end.offset;
  let offset = 0;
  let gap = false;
  const gaps = [];
  visit(tree, one);
  if (typeof end === "number" && offset !== end) {
    update();
    update(end);
  }
  return gaps;
  function one(node) {
    update(node.position && node.position.start && node.position.start.offset);
    if (!("children" in node)) {
      update(node.position && node.position.end && node.position.end.offset);
    }
  }
  function update(latest) {
    if (latest === null || latest === void 0) {
      gap = true;
    } else if (offset < latest) {
      if (gap) {
        gaps.push([offset, latest]);
        gap = false;
      }
      offset = latest;
    }
  }
}

// node_modules/remark-message-control/lib/index.js
var test = [
  "comment",
  // In MDX@1, comments have their own node.
  "html",
  // Comments are `html` nodes in mdast.
  "mdxFlowExpression",
  // In MDX@2, comments exist in bracketed expressions.
  "mdxTextExpression"
];
function remarkMessageControl(options) {
  return function(tree, file) {
    messageControl(tree, { ...options, file, marker: commentMarker, test });
  };
}

// node_modules/remark-lint/index.js
function remarkLint() {
  this.use(lintMessageControl);
}
function lintMessageControl() {
  return remarkMessageControl({ name: "lint", source: "remark-lint" });
}

// node_modules/unified-lint-rule/lib/index.js
function lintRule(meta, rule) {
  const id = typeof meta === "string" ? meta : meta.origin;
  const url = typeof meta === "string" ? void 0 : meta.url;
  const parts = id.split(":");
  const source = parts[1] ? parts[0] : void 0;
  const ruleId = parts[1];
  Object.defineProperty(plugin, "name", { value: id });
  return plugin;
  function plugin(config) {
    const [severity, options] = coerce(ruleId, config);
    const fatal2 = severity === 2;
    if (!severity) return;
    return function(tree, file, next) {
      let index = file.messages.length - 1;
      wrap(rule, function(error) {
        const messages = file.messages;
        if (error && !messages.includes(error)) {
          try {
            file.fail(error);
          } catch {
          }
        }
        while (++index < messages.length) {
          Object.assign(messages[index], { fatal: fatal2, ruleId, source, url });
        }
        next();
      })(tree, file, options);
    };
  }
}
function coerce(name, config) {
  if (Array.isArray(config)) {
    const [severity, option] = config;
    switch (severity) {
      case false:
      case 0:
      case "off": {
        return [0, option];
      }
      case true:
      case 1:
      case "on":
      case "warn": {
        return [1, option];
      }
      case 2:
      case "error": {
        return [2, option];
      }
      default: {
        if (typeof severity === "number") {
          throw new Error(
            "Incorrect severity `" + severity + "` for `" + name + "`, expected 0, 1, or 2"
          );
        }
        return [
          1,
          /** @type {Option} */
          config
        ];
      }
    }
  }
  return [1, config];
}

// node_modules/remark-lint-final-newline/index.js
var remarkLintFinalNewline = lintRule(
  {
    origin: "remark-lint:final-newline",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-final-newline#readme"
  },
  /**
   * @param {Root} _
   *   Tree.
   * @returns {undefined}
   *   Nothing.
   */
  function(_, file) {
    const value = String(file);
    const end = location(file).toPoint(value.length);
    const last = value.length - 1;
    ok(end);
    if (
      // Empty is fine.
      last !== -1 && value.charAt(last) !== "\n"
    ) {
      file.message(
        "Unexpected missing final newline character, expected line feed (`\\n`) at end of file",
        end
      );
    }
  }
);
var remark_lint_final_newline_default = remarkLintFinalNewline;

// node_modules/unist-util-position/lib/index.js
var pointEnd = point("end");
var pointStart = point("start");
function point(type) {
  return point2;
  function point2(node) {
    const point3 = node && node.position && node.position[type] || {};
    if (typeof point3.line === "number" && point3.line > 0 && typeof point3.column === "number" && point3.column > 0) {
      return {
        line: point3.line,
        column: point3.column,
        offset: typeof point3.offset === "number" && point3.offset > -1 ? point3.offset : void 0
      };
    }
  }
}

// node_modules/remark-lint-hard-break-spaces/index.js
var remarkLintHardBreakSpaces = lintRule(
  {
    origin: "remark-lint:hard-break-spaces",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-hard-break-spaces#readme"
  },
  /**
   * @param {Root} tree
   *   Tree.
   * @param {Options | null | undefined} [options]
   *   Configuration.
   * @returns {undefined}
   *   Nothing.
   */
  function(tree, file, options) {
    const value = String(file);
    let allowSpaces = true;
    if (options === null || options === void 0) {
    } else if (typeof options === "object") {
      if (typeof options.allowSpaces === "boolean") {
        allowSpaces = options.allowSpaces;
      } else if (options.allowSpaces !== null && options.allowSpaces !== void 0) {
        file.fail(
          "Unexpected value `" + options.allowSpaces + "` for `options.allowSpaces`, expected `boolean`"
        );
      }
    } else {
      file.fail(
        "Unexpected value `" + options + "` for `options`, expected object"
      );
    }
    visit(tree, "break", function(node) {
      const end = pointEnd(node);
      const start = pointStart(node);
      if (end && start && typeof end.offset === "number" && typeof start.offset === "number") {
        const slice = value.slice(start.offset, end.offset);
        let actual = 0;
        while (slice.charCodeAt(actual) === 32) actual++;
        if (allowSpaces ? actual > 2 : actual) {
          file.message(
            "Unexpected `" + actual + "` spaces for hard break, expected " + (allowSpaces ? "`2` spaces" : "escape"),
            node
          );
        }
      }
    });
  }
);
var remark_lint_hard_break_spaces_default = remarkLintHardBreakSpaces;

// node_modules/remark-lint-list-item-bullet-indent/index.js
var import_pluralize = __toESM(require_pluralize(), 1);
var remarkLintListItemBulletIndent = lintRule(
  {
    origin: "remark-lint:list-item-bullet-indent",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-list-item-bullet-indent#readme"
  },
  /**
   * @param {Root} tree
   *   Tree.
   * @returns {undefined}
   *   Nothing.
   */
  function(tree, file) {
    const treeStart = pointStart(tree);
    if (!tree || tree.type !== "root" || !treeStart) return;
    for (const child of tree.children) {
      if (child.type !== "list") continue;
      const list2 = child;
      for (const item of list2.children) {
        const place = pointStart(item);
        if (!place) continue;
        const actual = place.column - treeStart.column;
        if (actual) {
          file.message(
            "Unexpected `" + actual + "` " + (0, import_pluralize.default)("space", actual) + " before list item, expected `0` spaces, remove them",
            { ancestors: [tree, list2, item], place }
          );
        }
      }
    }
  }
);
var remark_lint_list_item_bullet_indent_default = remarkLintListItemBulletIndent;

// node_modules/mdast-util-phrasing/lib/index.js
var phrasing = (
  /** @type {(node?: unknown) => node is Exclude<PhrasingContent, Html>} */
  convert([
    "break",
    "delete",
    "emphasis",
    // To do: next major: removed since footnotes were added to GFM.
    "footnote",
    "footnoteReference",
    "image",
    "imageReference",
    "inlineCode",
    // Enabled by `mdast-util-math`:
    "inlineMath",
    "link",
    "linkReference",
    // Enabled by `mdast-util-mdx`:
    "mdxJsxTextElement",
    // Enabled by `mdast-util-mdx`:
    "mdxTextExpression",
    "strong",
    "text",
    // Enabled by `mdast-util-directive`:
    "textDirective"
  ])
);

// node_modules/remark-lint-list-item-indent/index.js
var import_pluralize2 = __toESM(require_pluralize(), 1);
var remarkLintListItemIndent = lintRule(
  {
    origin: "remark-lint:list-item-indent",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-list-item-indent#readme"
  },
  /**
   * @param {Root} tree
   *   Tree.
   * @param {Options | null | undefined} [options='one']
   *   Configuration (default: `'one'`).
   * @returns {undefined}
   *   Nothing.
   */
  function(tree, file, options) {
    const value = String(file);
    let expected2;
    if (options === null || options === void 0) {
      expected2 = "one";
    } else if (options === "space") {
      file.fail(
        "Unexpected value `" + options + "` for `options`, expected `'one'`"
      );
    } else if (options === "tab-size") {
      file.fail(
        "Unexpected value `" + options + "` for `options`, expected `'tab'`"
      );
    } else if (options === "mixed" || options === "one" || options === "tab") {
      expected2 = options;
    } else {
      file.fail(
        "Unexpected value `" + options + "` for `options`, expected `'mixed'`, `'one'`, or `'tab'`"
      );
    }
    visitParents(tree, function(node, parents) {
      if (phrasing(node)) {
        return SKIP;
      }
      if (node.type !== "list") return;
      let loose = node.spread;
      if (!loose) {
        for (const child of node.children) {
          if (child.spread) {
            loose = true;
            break;
          }
        }
      }
      for (const child of node.children) {
        const head = child.children[0];
        const itemStart = pointStart(child);
        const headStart = pointStart(head);
        if (itemStart && headStart && typeof itemStart.offset === "number" && typeof headStart.offset === "number") {
          let slice = value.slice(itemStart.offset, headStart.offset);
          const checkboxIndex = slice.indexOf("[");
          if (checkboxIndex !== -1) slice = slice.slice(0, checkboxIndex);
          const actualIndent = slice.length;
          let end = actualIndent;
          let previous = slice.charCodeAt(end - 1);
          while (previous === 9 || previous === 32) {
            end--;
            previous = slice.charCodeAt(end - 1);
          }
          let expectedIndent = end + 1;
          if (expected2 === "tab" || expected2 === "mixed" && loose) {
            expectedIndent = Math.ceil(expectedIndent / 4) * 4;
          }
          const expectedSpaces = expectedIndent - end;
          const actualSpaces = actualIndent - end;
          if (actualSpaces !== expectedSpaces) {
            const difference = expectedSpaces - actualSpaces;
            const differenceAbsolute = Math.abs(difference);
            file.message(
              "Unexpected `" + actualSpaces + "` " + (0, import_pluralize2.default)("space", actualSpaces) + " between list item marker and content" + (expected2 === "mixed" ? " in " + (loose ? "loose" : "tight") + " list" : "") + ", expected `" + expectedSpaces + "` " + (0, import_pluralize2.default)("space", expectedSpaces) + ", " + (difference > 0 ? "add" : "remove") + " `" + differenceAbsolute + "` " + (0, import_pluralize2.default)("space", differenceAbsolute),
              { ancestors: [...parents, node, child], place: headStart }
            );
          }
        }
      }
    });
  }
);
var remark_lint_list_item_indent_default = remarkLintListItemIndent;

// node_modules/remark-lint-no-blockquote-without-marker/index.js
var import_pluralize3 = __toESM(require_pluralize(), 1);
var remarkLintNoBlockquoteWithoutMarker = lintRule(
  {
    origin: "remark-lint:no-blockquote-without-marker",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-blockquote-without-marker#readme"
  },
  /**
   * @param {Root} tree
   *   Tree.
   * @returns {undefined}
   *   Nothing.
   */
  function(tree, file) {
    const value = String(file);
    const loc = location(file);
    visitParents(tree, function(node, parents) {
      if (phrasing(node)) {
        return SKIP;
      }
      if (node.type !== "paragraph") return;
      let expected2 = 0;
      for (const parent of parents) {
        if (parent.type === "blockquote") {
          expected2++;
        } else if (parent.type === "containerDirective" || parent.type === "footnoteDefinition" || parent.type === "list" || parent.type === "listItem" || parent.type === "root") {
        } else {
          return SKIP;
        }
      }
      if (!expected2) return SKIP;
      const end = pointEnd(node);
      const start = pointStart(node);
      if (!end || !start) return SKIP;
      let line = start.line;
      while (++line <= end.line) {
        const lineStart = loc.toOffset({ line, column: 1 });
        ok(lineStart !== void 0);
        let actual = 0;
        let index = lineStart;
        while (index < value.length) {
          const code = value.charCodeAt(index);
          if (code === 9 || code === 32) {
          } else if (code === 62) {
            actual++;
          } else {
            break;
          }
          index++;
        }
        const point2 = loc.toPoint(index);
        ok(point2);
        const difference = expected2 - actual;
        if (difference) {
          file.message(
            "Unexpected `" + actual + "` block quote " + (0, import_pluralize3.default)("marker", actual) + " before paragraph line, expected `" + expected2 + "` " + (0, import_pluralize3.default)("marker", expected2) + ", add `" + difference + "` " + (0, import_pluralize3.default)("marker", difference),
            { ancestors: [...parents, node], place: point2 }
          );
        }
      }
    });
  }
);
var remark_lint_no_blockquote_without_marker_default = remarkLintNoBlockquoteWithoutMarker;

// node_modules/remark-lint-no-duplicate-definitions/index.js
var empty = [];
var remarkLintNoDuplicateDefinitions = lintRule(
  {
    origin: "remark-lint:no-duplicate-definitions",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-duplicate-definitions#readme"
  },
  /**
   * @param {Root} tree
   *   Tree.
   * @returns {undefined}
   *   Nothing.
   */
  function(tree, file) {
    const definitions = /* @__PURE__ */ new Map();
    const footnoteDefinitions = /* @__PURE__ */ new Map();
    visitParents(tree, function(node, parents) {
      if (phrasing(node)) {
        return SKIP;
      }
      const [map, identifier] = node.type === "definition" ? [definitions, node.identifier] : node.type === "footnoteDefinition" ? [footnoteDefinitions, node.identifier] : empty;
      if (map && identifier && node.position) {
        const ancestors = [...parents, node];
        const duplicateAncestors = map.get(identifier);
        if (duplicateAncestors) {
          const duplicate = duplicateAncestors.at(-1);
          ok(duplicate);
          file.message(
            "Unexpected " + (node.type === "footnoteDefinition" ? "footnote " : "") + "definition with an already defined identifier (`" + identifier + "`), expected unique identifiers",
            {
              ancestors,
              cause: new VFileMessage("Identifier already defined here", {
                ancestors: duplicateAncestors,
                place: duplicate.position,
                source: "remark-lint",
                ruleId: "no-duplicate-definitions"
              }),
              place: node.position
            }
          );
        }
        map.set(identifier, ancestors);
      }
    });
  }
);
var remark_lint_no_duplicate_definitions_default = remarkLintNoDuplicateDefinitions;

// node_modules/remark-lint-no-heading-content-indent/index.js
var import_pluralize4 = __toESM(require_pluralize(), 1);
var remarkLintNoHeadingContentIndent = lintRule(
  {
    origin: "remark-lint:no-heading-content-indent",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-heading-content-indent#readme"
  },
  /**
   * @param {Root} tree
   *   Tree.
   * @returns {undefined}
   *   Nothing.
   */
  function(tree, file) {
    const value = String(file);
    visitParents(tree, function(node, parents) {
      if (phrasing(node)) {
        return SKIP;
      }
      if (node.type !== "heading") return;
      const start = pointStart(node);
      const end = pointEnd(node);
      if (!end || !start || typeof end.offset !== "number" || typeof start.offset !== "number") {
        return;
      }
      let index = start.offset;
      let code = value.charCodeAt(index);
      let found = false;
      while (value.charCodeAt(index) === 35) {
        index++;
        found = true;
        continue;
      }
      const from = index;
      code = value.charCodeAt(index);
      while (code === 9 || code === 32) {
        code = value.charCodeAt(++index);
        continue;
      }
      const size = index - from;
      if (found && size > 1) {
        file.message(
          "Unexpected `" + size + "` " + (0, import_pluralize4.default)("space", size) + " between hashes and content, expected `1` space, remove `" + (size - 1) + "` " + (0, import_pluralize4.default)("space", size - 1),
          {
            ancestors: [...parents, node],
            place: {
              line: start.line,
              column: start.column + (index - start.offset),
              offset: start.offset + (index - start.offset)
            }
          }
        );
      }
      const contentStart = index;
      index = end.offset;
      code = value.charCodeAt(index - 1);
      while (code === 9 || code === 32) {
        index--;
        code = value.charCodeAt(index - 1);
        continue;
      }
      let endFound = false;
      while (value.charCodeAt(index - 1) === 35) {
        index--;
        endFound = true;
        continue;
      }
      const endFrom = index;
      code = value.charCodeAt(index - 1);
      while (code === 9 || code === 32) {
        index--;
        code = value.charCodeAt(index - 1);
        continue;
      }
      const endSize = endFrom - index;
      if (endFound && index > contentStart && endSize > 1) {
        file.message(
          "Unexpected `" + endSize + "` " + (0, import_pluralize4.default)("space", endSize) + " between content and hashes, expected `1` space, remove `" + (endSize - 1) + "` " + (0, import_pluralize4.default)("space", endSize - 1),
          {
            ancestors: [...parents, node],
            place: {
              line: end.line,
              column: end.column - (end.offset - endFrom),
              offset: end.offset - (end.offset - endFrom)
            }
          }
        );
      }
    });
  }
);
var remark_lint_no_heading_content_indent_default = remarkLintNoHeadingContentIndent;

// node_modules/remark-lint-no-literal-urls/index.js
var defaultHttp = "http://";
var defaultMailto = "mailto:";
var remarkLintNoLiteralUrls = lintRule(
  {
    origin: "remark-lint:no-literal-urls",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-literal-urls#readme"
  },
  /**
   * @param {Root} tree
   *   Tree.
   * @returns {undefined}
   *   Nothing.
   */
  function(tree, file) {
    const value = String(file);
    visitParents(tree, "link", function(node, parents) {
      const start = pointStart(node);
      if (!start || typeof start.offset !== "number") return;
      const raw = toString(node);
      let protocol;
      let otherwiseFine = false;
      if (raw === node.url) {
        otherwiseFine = true;
      } else if (defaultHttp + raw === node.url) {
        protocol = defaultHttp;
      } else if (defaultMailto + raw === node.url) {
        protocol = defaultMailto;
      }
      if (
        // If the url is the same as the content…
        (protocol || otherwiseFine) && // …and it doesn’t start with a marker.
        !asciiPunctuation(value.charCodeAt(start.offset))
      ) {
        file.message(
          "Unexpected GFM autolink literal, expected regular autolink, add " + (protocol ? "`<" + protocol + "`" : "`<`") + " before and `>` after",
          { ancestors: [...parents, node], place: node.position }
        );
      }
    });
  }
);
var remark_lint_no_literal_urls_default = remarkLintNoLiteralUrls;

// node_modules/remark-lint-no-shortcut-reference-image/index.js
var remarkLintNoShortcutReferenceImage = lintRule(
  {
    origin: "remark-lint:no-shortcut-reference-image",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-shortcut-reference-image#readme"
  },
  /**
   * @param {Root} tree
   *   Tree.
   * @returns {undefined}
   *   Nothing.
   */
  function(tree, file) {
    visitParents(tree, "imageReference", function(node, parents) {
      if (node.position && node.referenceType === "shortcut") {
        file.message(
          "Unexpected shortcut reference image (`![text]`), expected collapsed reference (`![text][]`)",
          { ancestors: [...parents, node], place: node.position }
        );
      }
    });
  }
);
var remark_lint_no_shortcut_reference_image_default = remarkLintNoShortcutReferenceImage;

// node_modules/remark-lint-no-shortcut-reference-link/index.js
var remarkLintNoShortcutReferenceLink = lintRule(
  {
    origin: "remark-lint:no-shortcut-reference-link",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-shortcut-reference-link#readme"
  },
  /**
   * @param {Root} tree
   *   Tree.
   * @returns {undefined}
   *   Nothing.
   */
  function(tree, file) {
    visitParents(tree, "linkReference", function(node, parents) {
      if (node.position && node.referenceType === "shortcut") {
        file.message(
          "Unexpected shortcut reference link (`[text]`), expected collapsed reference (`[text][]`)",
          { ancestors: [...parents, node], place: node.position }
        );
      }
    });
  }
);
var remark_lint_no_shortcut_reference_link_default = remarkLintNoShortcutReferenceLink;

// node_modules/collapse-white-space/index.js
var js = /\s+/g;
var html = /[\t\n\v\f\r ]+/g;
function collapseWhiteSpace(value, options) {
  if (!options) {
    options = {};
  } else if (typeof options === "string") {
    options = { style: options };
  }
  const replace = options.preserveLineEndings ? replaceLineEnding : replaceSpace;
  return String(value).replace(
    options.style === "html" ? html : js,
    options.trim ? trimFactory(replace) : replace
  );
}
function replaceLineEnding(value) {
  const match = /\r?\n|\r/.exec(value);
  return match ? match[0] : " ";
}
function replaceSpace() {
  return " ";
}
function trimFactory(replace) {
  return dropOrReplace;
  function dropOrReplace(value, index, all) {
    return index === 0 || index + value.length === all.length ? "" : replace(value);
  }
}

// node_modules/remark-lint-no-undefined-references/index.js
var emptyOptions = {};
var emptyAllow = [];
var lineEndingExpression = /(\r?\n|\r)[\t ]*(>[\t ]*)*/g;
var remarkLintNoUndefinedReferences = lintRule(
  {
    origin: "remark-lint:no-undefined-references",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-undefined-references#readme"
  },
  /**
   * @param {Root} tree
   *   Tree.
   * @param {Readonly<Options> | null | undefined} [options]
   *   Configuration (optional).
   * @returns {undefined}
   *   Nothing.
   */
  function(tree, file, options) {
    const settings = options || emptyOptions;
    const allow = settings.allow || emptyAllow;
    const allowShortcutLink = settings.allowShortcutLink || false;
    const value = String(file);
    const toPoint = location(file).toPoint;
    const definitionIdentifiers = /* @__PURE__ */ new Set();
    const footnoteDefinitionIdentifiers = /* @__PURE__ */ new Set();
    const regexes = [];
    const strings = /* @__PURE__ */ new Set();
    const phrasingStacks = [];
    let index = -1;
    while (++index < allow.length) {
      const value2 = allow[index];
      if (typeof value2 === "string") {
        strings.add(normalizeIdentifier(value2));
      } else if (typeof value2 === "object" && "source" in value2) {
        regexes.push(new RegExp(value2.source, value2.flags ?? "i"));
      }
    }
    visitParents(tree, function(node, parents) {
      if (node.type === "definition") {
        definitionIdentifiers.add(normalizeIdentifier(node.identifier));
      }
      if (node.type === "footnoteDefinition") {
        footnoteDefinitionIdentifiers.add(normalizeIdentifier(node.identifier));
      }
      if (node.type === "heading" || node.type === "paragraph" || node.type === "tableCell") {
        phrasingStacks.push([...parents, node]);
      }
    });
    for (const ancestors of phrasingStacks) {
      findInPhrasingContainer(ancestors);
    }
    function findInPhrasingContainer(ancestors) {
      const bracketRanges = [];
      const node = ancestors.at(-1);
      ok(node);
      ok("children" in node);
      for (const child of node.children) {
        if (child.type === "text") {
          findRangesInText(bracketRanges, [...ancestors, child]);
        } else if ("children" in child) {
          findInPhrasingContainer([...ancestors, child]);
        }
      }
      for (const range of bracketRanges) {
        handleRange(range);
      }
    }
    function findRangesInText(ranges, ancestors) {
      const node = ancestors.at(-1);
      ok(node);
      const end = pointEnd(node);
      const start = pointStart(node);
      if (!end || !start || typeof start.offset !== "number" || typeof end.offset !== "number") {
        return;
      }
      const source = value.slice(start.offset, end.offset);
      const lines = [[start.offset, ""]];
      let last = 0;
      lineEndingExpression.lastIndex = 0;
      let match = lineEndingExpression.exec(source);
      while (match) {
        const index2 = match.index;
        const lineTuple2 = lines.at(-1);
        ok(lineTuple2);
        lineTuple2[1] = source.slice(last, index2);
        last = index2 + match[0].length;
        lines.push([start.offset + last, ""]);
        match = lineEndingExpression.exec(source);
      }
      const lineTuple = lines.at(-1);
      ok(lineTuple);
      lineTuple[1] = source.slice(last);
      for (const lineTuple2 of lines) {
        const [lineStart, line] = lineTuple2;
        let index2 = 0;
        while (index2 < line.length) {
          const code = line.charCodeAt(index2);
          if (code === 91) {
            ranges.push([ancestors, [lineStart + index2]]);
            index2++;
          } else if (code === 92) {
            const next = line.charCodeAt(index2 + 1);
            index2++;
            if (next === 91 || next === 93) {
              index2++;
            }
          } else if (code === 93) {
            const bracketInfo = ranges.at(-1);
            if (!bracketInfo) {
              index2++;
            } else if (line.charCodeAt(index2 + 1) === 91 && // That would be the end of a reference already.
            bracketInfo[1].length !== 3) {
              index2++;
              bracketInfo[1].push(lineStart + index2, lineStart + index2);
              index2++;
            } else {
              index2++;
              bracketInfo[1].push(lineStart + index2);
              handleRange(bracketInfo);
              ranges.pop();
            }
          } else {
            index2++;
          }
        }
      }
    }
    function handleRange(bracketRange) {
      const [ancestors, range] = bracketRange;
      if (range.length === 1) return;
      if (range.length === 3) range.length = 2;
      if (range.length === 2 && range[0] + 2 === range[1]) return;
      const label = value.charCodeAt(range[0] - 1) === 33 ? "image" : value.charCodeAt(range[0] + 1) === 94 ? "footnote" : "link";
      const offset = range.length === 4 && range[2] + 2 !== range[3] ? 2 : 0;
      let id = normalizeIdentifier(
        collapseWhiteSpace(
          value.slice(range[0 + offset] + 1, range[1 + offset] - 1),
          { style: "html", trim: true }
        )
      );
      let defined = definitionIdentifiers;
      if (label === "footnote") {
        if (id.includes(" ")) return;
        defined = footnoteDefinitionIdentifiers;
        id = id.slice(1);
      }
      if (allowShortcutLink && range.length === 2 || defined.has(id) || strings.has(id) || regexes.some(function(regex) {
        return regex.test(id);
      })) {
        return;
      }
      const start = toPoint(range[0]);
      const end = toPoint(range[range.length - 1]);
      if (end && start) {
        file.message(
          "Unexpected reference to undefined definition, expected corresponding definition (`" + id.toLowerCase() + "`) for " + (label === "image" ? "an" : "a") + " " + label + " or escaped opening bracket (`\\[`) for regular text",
          {
            ancestors,
            place: { start, end }
          }
        );
      }
    }
  }
);
var remark_lint_no_undefined_references_default = remarkLintNoUndefinedReferences;

// node_modules/remark-lint-no-unused-definitions/index.js
var remarkLintNoUnusedDefinitions = lintRule(
  {
    origin: "remark-lint:no-unused-definitions",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-unused-definitions#readme"
  },
  /**
   * @param {Root} tree
   *   Tree.
   * @returns {undefined}
   *   Nothing.
   */
  function(tree, file) {
    const footnoteDefinitions = /* @__PURE__ */ new Map();
    const definitions = /* @__PURE__ */ new Map();
    visitParents(tree, function(node, parents) {
      if ("identifier" in node) {
        const map = node.type === "footnoteDefinition" || node.type === "footnoteReference" ? footnoteDefinitions : definitions;
        let entry = map.get(node.identifier);
        if (!entry) {
          entry = { ancestors: void 0, used: false };
          map.set(node.identifier, entry);
        }
        if (node.type === "definition" || node.type === "footnoteDefinition") {
          entry.ancestors = [...parents, node];
        } else if (node.type === "imageReference" || node.type === "linkReference" || node.type === "footnoteReference") {
          entry.used = true;
        }
      }
    });
    const entries = [...footnoteDefinitions.values(), ...definitions.values()];
    for (const entry of entries) {
      if (!entry.used) {
        ok(entry.ancestors);
        const node = entry.ancestors.at(-1);
        ok(node);
        ok(node.type === "footnoteDefinition" || node.type === "definition");
        if (node.position) {
          const prefix = node.type === "footnoteDefinition" ? "footnote " : "";
          file.message(
            "Unexpected unused " + prefix + "definition, expected no definition or one or more " + prefix + "references to `" + node.identifier + "`",
            { ancestors: entry.ancestors, place: node.position }
          );
        }
      }
    }
  }
);
var remark_lint_no_unused_definitions_default = remarkLintNoUnusedDefinitions;

// node_modules/remark-lint-ordered-list-marker-style/index.js
var remarkLintOrderedListMarkerStyle = lintRule(
  {
    origin: "remark-lint:ordered-list-marker-style",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-ordered-list-marker-style#readme"
  },
  /**
   * @param {Root} tree
   *   Tree.
   * @param {Options | null | undefined} [options='consistent']
   *   Configuration (default: `'consistent'`).
   * @returns {undefined}
   *   Nothing.
   */
  function(tree, file, options) {
    const value = String(file);
    let expected2;
    let cause;
    if (options === null || options === void 0 || options === "consistent") {
    } else if (options === "." || options === ")") {
      expected2 = options;
    } else {
      file.fail(
        "Unexpected value `" + options + "` for `options`, expected `'.'`, `')'`, or `'consistent'`"
      );
    }
    visitParents(tree, function(node, parents) {
      if (phrasing(node)) {
        return SKIP;
      }
      if (node.type !== "listItem") return;
      const parent = parents.at(-1);
      if (!parent || parent.type !== "list" || !parent.ordered) return;
      const start = pointStart(node);
      if (start && typeof start.offset === "number") {
        let index = start.offset;
        let code = value.charCodeAt(index);
        while (asciiDigit(code)) {
          index++;
          code = value.charCodeAt(index);
        }
        const actual = code === 41 ? ")" : code === 46 ? "." : void 0;
        if (!actual) return;
        const place = {
          line: start.line,
          column: start.column + (index - start.offset),
          offset: start.offset + (index - start.offset)
        };
        if (expected2) {
          if (actual !== expected2) {
            file.message(
              "Unexpected ordered list marker `" + actual + "`, expected `" + expected2 + "`",
              { ancestors: [...parents, node], cause, place }
            );
          }
        } else {
          expected2 = actual;
          cause = new VFileMessage(
            "Ordered list marker style `" + expected2 + "` first defined for `'consistent'` here",
            {
              ancestors: [...parents, node],
              place,
              ruleId: "ordered-list-marker-style",
              source: "remark-lint"
            }
          );
        }
      }
    });
  }
);
var remark_lint_ordered_list_marker_style_default = remarkLintOrderedListMarkerStyle;

// node_modules/remark-preset-lint-recommended/index.js
var remarkPresetLintRecommended = {
  plugins: [
    remarkLint,
    // Unix compatibility.
    remark_lint_final_newline_default,
    // Rendering across vendors differs greatly if using other styles.
    remark_lint_list_item_bullet_indent_default,
    [remark_lint_list_item_indent_default, "one"],
    remark_lint_no_blockquote_without_marker_default,
    remark_lint_no_literal_urls_default,
    [remark_lint_ordered_list_marker_style_default, "."],
    // Mistakes.
    // To do: next major: change to `allowSpaces: false`.
    remark_lint_hard_break_spaces_default,
    remark_lint_no_duplicate_definitions_default,
    remark_lint_no_heading_content_indent_default,
    remark_lint_no_shortcut_reference_image_default,
    remark_lint_no_shortcut_reference_link_default,
    remark_lint_no_undefined_references_default,
    remark_lint_no_unused_definitions_default
  ]
};
var remark_preset_lint_recommended_default = remarkPresetLintRecommended;

// specbundle/checks/lint.ts
function presetParts() {
  let control;
  const rules = [];
  for (const entry of remark_preset_lint_recommended_default.plugins ?? []) {
    const [plugin, options] = Array.isArray(entry) ? entry : [entry];
    const name = plugin.name ?? "";
    const m = /^remark-lint:(.+)$/.exec(name);
    if (m) {
      const rule = { id: m[1], plugin };
      if (options !== void 0) rule.options = options;
      rules.push(rule);
    } else {
      control = plugin;
    }
  }
  if (!control) throw new Error("remark-preset-lint-recommended has no remark-lint plugin");
  return { control, rules };
}
var PRESET = presetParts();
var LINT_RULE_IDS = PRESET.rules.map((r) => r.id);
function mergeLintSettings(...layers) {
  const out = {};
  for (const layer of layers) {
    if (!layer) continue;
    if (layer.preset) out.preset = layer.preset;
    if (layer.severity) out.severity = layer.severity;
    if (layer.rules) out.rules = { ...out.rules, ...layer.rules };
  }
  return out;
}
function settingOf(setting) {
  if (setting === void 0) return {};
  if (Array.isArray(setting)) {
    return setting[1] === void 0 ? { severity: setting[0] } : { severity: setting[0], options: setting[1] };
  }
  return { severity: setting };
}
var cache = /* @__PURE__ */ new Map();
function linterFor(settings) {
  const key = JSON.stringify(settings);
  const cached = cache.get(key);
  if (cached !== void 0) return cached;
  let linter = null;
  if (settings.preset !== "off") {
    const severity = /* @__PURE__ */ new Map();
    let processor = unified().use(PRESET.control);
    for (const rule of PRESET.rules) {
      const s = settingOf(settings.rules?.[rule.id]);
      if (s.severity === "off") continue;
      severity.set(rule.id, s.severity ?? settings.severity ?? "warning");
      const options = s.options ?? rule.options;
      processor = options === void 0 ? processor.use(rule.plugin) : processor.use(rule.plugin, options);
    }
    const frozen = processor.freeze();
    linter = { run: (tree, file) => void frozen.runSync(tree, file), severity };
  }
  cache.set(key, linter);
  return linter;
}
function lintDocument(doc, settings) {
  const linter = linterFor(settings);
  if (!linter) return [];
  const hasDefinitions = doc.tree.children.some((n) => n.type === "definition");
  const tree = hasDefinitions ? parseMarkdownWhole(doc.text) : doc.tree;
  const file = new VFile({ path: doc.path, value: doc.text });
  try {
    linter.run(tree, file);
  } catch (e) {
    return [
      {
        rule: "remark-lint",
        severity: "warning",
        message: `Markdown lint failed on this file: ${e.message}`,
        path: doc.path,
        line: 1,
        column: 1
      }
    ];
  }
  return file.messages.map((m) => {
    const id = m.ruleId ?? "unknown";
    const d = {
      rule: `remark-lint:${id}`,
      severity: linter.severity.get(id) ?? "warning",
      message: m.reason,
      path: doc.path,
      line: m.line ?? 1,
      column: m.column ?? 1
    };
    const end = m.place && "end" in m.place ? m.place.end.line : void 0;
    if (end !== void 0 && end !== d.line) d.endLine = end;
    if (m.url) d.url = m.url;
    return d;
  });
}

// specbundle/profiles.ts
var import__ = __toESM(require__(), 1);

// schemas/spec-profile.schema.json
var spec_profile_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://boardwright.dev/schemas/spec-profile.schema.json",
  title: "boardwright spec-bundle profile",
  description: "What a spec bundle of one style must hold: the bundle folders (a glob), the files each must contain (names or globs), the headings each file must have, text no file may contain, the task list format, requirement coverage and remark-lint settings. The built-in profiles in schemas/spec-profiles/ have this shape, and so does a custom profile given in the config (specBundle.custom) or with --profile-file. Regular expressions are JavaScript (ECMAScript) syntax without delimiters.",
  type: "object",
  additionalProperties: false,
  required: ["id", "bundles"],
  properties: {
    $schema: {
      type: "string"
    },
    id: {
      $ref: "#/$defs/profileId"
    },
    title: {
      type: "string",
      description: 'Human name, e.g. "GitHub spec-kit".'
    },
    description: {
      type: "string"
    },
    bundles: {
      type: "array",
      minItems: 1,
      items: {
        $ref: "#/$defs/layout"
      },
      description: "The kinds of bundle folder this profile knows (spec-kit has one, OpenSpec has specs and changes)."
    },
    shared: {
      type: "array",
      items: {
        $ref: "#/$defs/file"
      },
      description: "Files every bundle of the profile relies on, relative to the workspace root (spec-kit's .specify/memory/constitution.md). Checked whenever a bundle of the profile is checked."
    },
    forbidden: {
      type: "array",
      items: {
        $ref: "#/$defs/forbidden"
      },
      description: "Text no Markdown file of a bundle (or shared file) may contain, outside code and HTML comments."
    },
    lint: {
      $ref: "#/$defs/lint",
      description: "remark-lint settings for this profile's files, applied over the defaults and under the config's specBundle.lint."
    }
  },
  $defs: {
    profileId: {
      type: "string",
      pattern: "^[a-z0-9][a-z0-9-]*$",
      description: "Lower-case id used with --profile, e.g. spec-kit."
    },
    severity: {
      enum: ["error", "warning", "info"]
    },
    regex: {
      type: "string",
      minLength: 1,
      description: "A JavaScript regular expression source, without delimiters."
    },
    layout: {
      type: "object",
      additionalProperties: false,
      required: ["name", "glob", "files"],
      properties: {
        name: {
          type: "string",
          minLength: 1,
          description: 'What one bundle of this kind is called in messages, e.g. "feature" or "change".'
        },
        glob: {
          type: "string",
          minLength: 1,
          description: "Glob of the bundle folders, relative to the workspace root, e.g. specs/*. Every folder it matches is one bundle."
        },
        exclude: {
          type: "array",
          items: {
            type: "string",
            minLength: 1
          },
          description: "Globs of folders the glob matches that are not bundles, e.g. openspec/changes/archive."
        },
        namePattern: {
          $ref: "#/$defs/regex",
          description: "Regular expression the bundle folder's own name must match (spec-kit: ^\\d{3}-\u2026)."
        },
        nameSeverity: {
          $ref: "#/$defs/severity",
          default: "error",
          description: "Severity of a folder name that does not match namePattern."
        },
        current: {
          type: "object",
          additionalProperties: false,
          properties: {
            env: {
              type: "string",
              minLength: 1,
              description: "Environment variable naming the folder (spec-kit: SPECIFY_FEATURE_DIRECTORY)."
            },
            file: {
              type: "string",
              minLength: 1,
              description: "JSON file naming the folder, relative to the workspace root (spec-kit: .specify/feature.json)."
            },
            key: {
              type: "string",
              minLength: 1,
              description: "The key of that JSON file holding the folder (spec-kit: feature_directory)."
            }
          },
          description: "The folder a tool marks as the current one; it is checked as a bundle of this layout wherever it lies in the workspace, whatever its name."
        },
        marker: {
          type: "string",
          minLength: 1,
          description: "File name a folder must hold to be a bundle, e.g. spec.md for OpenSpec capabilities at any depth (glob openspec/specs/**). Folders without it are not bundles. Symbolic links to folders are not followed."
        },
        checks: {
          type: "array",
          uniqueItems: true,
          items: {
            enum: ["openspec-change"]
          },
          description: "Built-in checks of the bundle as a whole. openspec-change: the change folder as `openspec validate --strict` (OpenSpec 1.13) judges it: delta specs at any depth, checked against the current main specs, skip_specs, task checkboxes and numbering."
        },
        files: {
          type: "array",
          minItems: 1,
          items: {
            $ref: "#/$defs/file"
          },
          description: "Files of the bundle, relative to its folder."
        },
        coverage: {
          $ref: "#/$defs/coverage"
        }
      }
    },
    file: {
      type: "object",
      additionalProperties: false,
      required: ["path"],
      properties: {
        path: {
          type: "string",
          minLength: 1,
          description: "File name or glob, relative to the bundle folder (for shared files: to the workspace root). A glob must match at least one file when the file is required."
        },
        required: {
          type: "boolean",
          default: true,
          description: "false: the file may be absent, but is checked when present."
        },
        requiredWhen: {
          type: "array",
          items: {
            type: "string",
            minLength: 1
          },
          description: "Required only when any of these files (names or globs relative to the bundle folder) exists: the stage that needs this file has been reached (spec-kit: plan.md once tasks.md exists)."
        },
        headings: {
          type: "array",
          items: {
            $ref: "#/$defs/heading"
          },
          description: 'Headings the file must have. Compared without case, Markdown marks, leading numbers ("2."), a trailing colon or a trailing parenthesis ("*(mandatory)*").'
        },
        forbidden: {
          type: "array",
          items: {
            $ref: "#/$defs/forbidden"
          },
          description: "Text this file may not contain, outside code and HTML comments."
        },
        tasks: {
          $ref: "#/$defs/tasks"
        },
        checks: {
          type: "array",
          uniqueItems: true,
          items: {
            enum: ["openspec-requirements", "openspec-spec", "needs-clarification"]
          },
          description: "Built-in structure checks. openspec-requirements: every `### Requirement:` under a Requirements section (or an ADDED/MODIFIED delta section) has at least one `#### Scenario:` and says SHALL or MUST. openspec-spec: a main spec as `openspec validate --strict` (OpenSpec 1.13) judges it: Purpose (50+ characters, not the archive placeholder), Requirements, scenarios, SHALL/MUST (missing: warning), no delta headers or stray requirement headers. needs-clarification: spec-kit's open questions, `[NEEDS CLARIFICATION: \u2026]` and an unbracketed NEEDS CLARIFICATION standing as a value, outside struck-through text and checked checklist items."
        }
      }
    },
    heading: {
      oneOf: [
        {
          type: "string",
          minLength: 1
        },
        {
          type: "object",
          additionalProperties: false,
          required: ["title"],
          properties: {
            title: {
              type: "string",
              minLength: 1,
              description: "The heading as messages name it, and the text matched when there is no pattern."
            },
            aliases: {
              type: "array",
              items: {
                type: "string",
                minLength: 1
              },
              description: 'Other headings accepted in its place, e.g. "Problem Statement" for "Problem".'
            },
            pattern: {
              $ref: "#/$defs/regex",
              description: "Regular expression the heading text must match instead (case-insensitive)."
            },
            depth: {
              type: "integer",
              minimum: 1,
              maximum: 6,
              description: "Required heading level (2 for ##). Default: any level."
            },
            severity: {
              $ref: "#/$defs/severity",
              default: "error"
            },
            allowEmpty: {
              type: "boolean",
              default: false,
              description: "true: a section with no content under the heading is fine."
            },
            marked: {
              type: "boolean",
              default: false,
              description: "The template marks this heading mandatory (spec-kit's *(mandatory)*): when no heading has its title, a heading marked mandatory in another language (*(\u5FC5\u586B)*, *(\u5FC5\u9808)*, *(verplicht)*) in the same order stands for it."
            },
            contains: {
              $ref: "#/$defs/regex",
              description: "Regular expression the section's text matches: when no heading has the title, the first section holding this text stands for it (spec-kit's Requirements hold FR-001 ids in every language)."
            }
          }
        }
      ]
    },
    forbidden: {
      type: "object",
      additionalProperties: false,
      required: ["pattern", "message"],
      properties: {
        pattern: {
          $ref: "#/$defs/regex"
        },
        ignoreCase: {
          type: "boolean",
          default: false
        },
        rule: {
          type: "string",
          pattern: "^[a-z0-9][a-z0-9-]*$",
          default: "forbidden-pattern",
          description: "Rule id of the diagnostic, e.g. needs-clarification."
        },
        message: {
          type: "string",
          minLength: 1,
          description: "What is wrong and how to fix it; the matched text is appended."
        },
        severity: {
          $ref: "#/$defs/severity",
          default: "error"
        }
      }
    },
    tasks: {
      type: "object",
      additionalProperties: false,
      description: "The file is a task list: it is read as a board (with the given dialect, or by detection) and must hold tasks.",
      properties: {
        dialect: {
          type: "string",
          minLength: 1,
          description: "Board dialect id (see `boardwright dialects`), e.g. spec-kit. Default: detected."
        },
        minTasks: {
          type: "integer",
          minimum: 0,
          default: 1
        },
        requireIds: {
          type: "boolean",
          default: false,
          description: "Warn for tasks written without an id (spec-kit: T001)."
        }
      }
    },
    coverage: {
      type: "object",
      additionalProperties: false,
      required: ["requirements", "tasks", "pattern"],
      description: "Requirement ids defined in one file of the bundle that no task of another file mentions.",
      properties: {
        requirements: {
          type: "string",
          minLength: 1,
          description: "File defining the requirements, relative to the bundle folder (spec.md)."
        },
        tasks: {
          type: "string",
          minLength: 1,
          description: "Task file, relative to the bundle folder (tasks.md); read as a board."
        },
        pattern: {
          $ref: "#/$defs/regex",
          description: "Requirement id, e.g. \\bFR-\\d{3}\\b. The first occurrence in the requirements file is the definition."
        },
        severity: {
          $ref: "#/$defs/severity",
          default: "warning"
        }
      }
    },
    lintSetting: {
      oneOf: [
        {
          enum: ["off", "error", "warning", "info"]
        },
        {
          type: "array",
          prefixItems: [
            {
              enum: ["off", "error", "warning", "info"]
            },
            {
              description: "The rule's own options, as its documentation gives them (a string, number or object)."
            }
          ],
          items: false,
          minItems: 1,
          maxItems: 2
        }
      ]
    },
    lint: {
      type: "object",
      additionalProperties: false,
      properties: {
        preset: {
          enum: ["recommended", "off"],
          description: "recommended: remark-preset-lint-recommended; off: no Markdown lint at all."
        },
        severity: {
          $ref: "#/$defs/severity",
          description: "Severity of lint messages whose rule sets none. Default warning."
        },
        rules: {
          type: "object",
          propertyNames: {
            pattern: "^[a-z0-9-]+$"
          },
          additionalProperties: {
            $ref: "#/$defs/lintSetting"
          },
          description: "Rule of the preset (without the remark-lint- prefix, e.g. final-newline) \u2192 off, a severity, or [severity, options] with the rule's own options."
        }
      }
    },
    settings: {
      type: "object",
      additionalProperties: false,
      description: "The specBundle key of boardwright.config.*: settings of `boardwright spec-bundle` and the spec-bundle Action.",
      properties: {
        profiles: {
          type: "array",
          uniqueItems: true,
          items: {
            $ref: "#/$defs/profileId"
          },
          description: "Profiles to check: built-in ids (platform-kit, spec-kit, openspec) or ids of custom profiles. Default: every profile with a bundle in the repository."
        },
        custom: {
          type: "array",
          items: {
            $ref: "#"
          },
          description: "Custom profiles, each shaped like a built-in profile. A custom profile with a built-in id replaces it."
        },
        profileFiles: {
          type: "array",
          items: {
            type: "string",
            minLength: 1
          },
          description: "JSON files holding one profile or an array of profiles, relative to the workspace root."
        },
        lint: {
          $ref: "#/$defs/lint"
        },
        failOn: {
          $ref: "#/$defs/severity",
          description: "Lowest severity that fails the check. Default error."
        },
        headingAliases: {
          type: "object",
          additionalProperties: {
            type: "array",
            items: {
              type: "string",
              minLength: 1
            }
          },
          description: `More titles a required heading may have in your language or house style, keyed by the title the profile gives it, e.g. {"Requirements": ["Anforderungen"]}. Added to every profile's aliases.`
        }
      }
    }
  }
};

// schemas/spec-profiles/openspec.json
var openspec_default = {
  $schema: "../spec-profile.schema.json",
  id: "openspec",
  title: "OpenSpec",
  description: "OpenSpec 1.13 as `openspec validate --all --strict` judges it: main specs at openspec/specs/<capability>/spec.md (capabilities may nest, e.g. identity/user-auth) and changes in openspec/changes/<change>/ whose delta specs are checked against the current main specs. Errors and warnings are OpenSpec's errors and warnings: fail on warnings to be as strict as --strict. proposal.md, design.md and tasks.md come in the schema's order (proposal \u2192 specs \u2192 design \u2192 tasks); a change without them yet is not an error.",
  bundles: [
    {
      name: "capability",
      glob: "openspec/specs/**",
      marker: "spec.md",
      files: [
        {
          path: "spec.md",
          checks: ["openspec-spec"]
        }
      ]
    },
    {
      name: "change",
      glob: "openspec/changes/*",
      exclude: ["openspec/changes/archive"],
      checks: ["openspec-change"],
      files: [
        {
          path: "proposal.md",
          required: false
        },
        {
          path: "specs/**/*.md",
          required: false
        },
        {
          path: "design.md",
          required: false
        },
        {
          path: "tasks.md",
          required: false
        },
        {
          path: ".openspec.yaml",
          required: false
        }
      ]
    }
  ],
  lint: {
    preset: "off",
    severity: "info",
    rules: {
      "no-undefined-references": ["info", { allowShortcutLink: true }]
    }
  }
};

// schemas/spec-profiles/platform-kit.json
var platform_kit_default = {
  $schema: "../spec-profile.schema.json",
  id: "platform-kit",
  title: "Platform kit spec bundle",
  description: "spec/<name>/ holding constitution.md, prd.md, plan.md and tasks.md: the principles the work follows, the product requirements, the delivery plan and the task tracker.",
  bundles: [
    {
      name: "spec bundle",
      glob: "spec/*",
      files: [
        {
          path: "constitution.md",
          headings: [
            {
              title: "Principles",
              aliases: ["Core Principles", "Guiding Principles"]
            },
            {
              title: "Governance",
              aliases: ["Amendments", "Decision Making"]
            }
          ],
          forbidden: [
            {
              rule: "todo-placeholder",
              pattern: "\\b(?:TODO|TBD|FIXME)\\b",
              message: "Placeholder left in the spec bundle; write the content or track it as a task.",
              severity: "warning"
            }
          ]
        },
        {
          path: "prd.md",
          headings: [
            {
              title: "Problem",
              aliases: ["Problem Statement", "Background", "Context", "Overview"]
            },
            {
              title: "Goals",
              aliases: ["Goals and Non-Goals", "Objectives"]
            },
            {
              title: "Requirements",
              aliases: ["Functional Requirements"]
            },
            {
              title: "Success Metrics",
              aliases: ["Success Criteria", "Metrics", "Acceptance Criteria"]
            }
          ],
          forbidden: [
            {
              rule: "todo-placeholder",
              pattern: "\\b(?:TODO|TBD|FIXME)\\b",
              message: "Placeholder left in the spec bundle; write the content or track it as a task.",
              severity: "warning"
            }
          ]
        },
        {
          path: "plan.md",
          headings: [
            {
              title: "Approach",
              aliases: ["Architecture", "Technical Approach", "Design", "Solution"]
            },
            {
              title: "Milestones",
              aliases: ["Phases", "Timeline", "Roadmap"]
            },
            {
              title: "Risks",
              aliases: ["Risks and Mitigations", "Open Questions"]
            }
          ],
          forbidden: [
            {
              rule: "todo-placeholder",
              pattern: "\\b(?:TODO|TBD|FIXME)\\b",
              message: "Placeholder left in the spec bundle; write the content or track it as a task.",
              severity: "warning"
            }
          ]
        },
        {
          path: "tasks.md",
          tasks: {
            minTasks: 1
          }
        }
      ]
    }
  ]
};

// schemas/spec-profiles/spec-kit.json
var spec_kit_default = {
  $schema: "../spec-profile.schema.json",
  id: "spec-kit",
  title: "GitHub spec-kit",
  description: "Feature folders as spec-kit's scripts make them (specs/NNN-name/ or specs/YYYYMMDD-HHMMSS-name/, and the folder SPECIFY_FEATURE_DIRECTORY or .specify/feature.json names) with spec.md, then plan.md from /speckit.plan on and tasks.md from /speckit.tasks on, checked the way check-prerequisites.sh orders them, and the project constitution in .specify/memory/constitution.md. Sections are found by their English titles, by translated titles, by the template's mandatory markers in any language and by what they hold.",
  bundles: [
    {
      name: "feature",
      glob: "specs/*",
      namePattern: "^(?:\\d{3,}|\\d{8}-\\d{6})-[a-z0-9]+(?:-[a-z0-9]+)*$",
      nameSeverity: "warning",
      current: {
        env: "SPECIFY_FEATURE_DIRECTORY",
        file: ".specify/feature.json",
        key: "feature_directory"
      },
      files: [
        {
          path: "spec.md",
          headings: [
            {
              title: "User Scenarios & Testing",
              aliases: [
                "User Scenarios and Testing",
                "\u7528\u6237\u573A\u666F\u4E0E\u6D4B\u8BD5",
                "\u7528\u6237\u573A\u666F\u548C\u6D4B\u8BD5",
                "\u7528\u6236\u5834\u666F\u8207\u6E2C\u8A66",
                "\u30E6\u30FC\u30B6\u30FC\u30B7\u30CA\u30EA\u30AA & \u30C6\u30B9\u30C8",
                "\u30E6\u30FC\u30B6\u30FC\u30B7\u30CA\u30EA\u30AA\u3068\u30C6\u30B9\u30C8",
                "Gebruikersscenario's & Testen",
                "Escenarios de usuario y pruebas",
                "Cen\xE1rios de usu\xE1rio e testes"
              ],
              marked: true
            },
            {
              title: "Requirements",
              aliases: ["\u9700\u6C42", "\u8981\u4EF6", "Vereisten", "Requisitos", "Exigences", "Anforderungen"],
              marked: true,
              contains: "\\bFR-\\d{3,}\\b"
            },
            {
              title: "Success Criteria",
              aliases: [
                "\u6210\u529F\u6807\u51C6",
                "\u6210\u529F\u6A19\u6E96",
                "\u6210\u529F\u57FA\u6E96",
                "\u6210\u529F\u57FA\u51C6",
                "Succescriteria",
                "Criterios de \xE9xito",
                "Crit\xE9rios de sucesso"
              ],
              marked: true,
              contains: "\\bSC-\\d{3,}\\b",
              severity: "warning"
            }
          ]
        },
        {
          path: "plan.md",
          required: false,
          requiredWhen: [
            "tasks.md",
            "research.md",
            "data-model.md",
            "quickstart.md",
            "contracts/**"
          ],
          headings: [
            {
              title: "Summary",
              aliases: ["\u6458\u8981", "\u6982\u8981", "\u6982\u8FF0", "Samenvatting", "Resumen", "Resumo"]
            },
            {
              title: "Technical Context",
              aliases: [
                "\u6280\u672F\u80CC\u666F",
                "\u6280\u672F\u4E0A\u4E0B\u6587",
                "\u6280\u8853\u80CC\u666F",
                "\u6280\u8853\u30B3\u30F3\u30C6\u30AD\u30B9\u30C8",
                "Technische Context",
                "Contexto t\xE9cnico"
              ],
              contains: "\\*\\*(?:Language/Version|Primary Dependencies|Testing|Target Platform)\\*\\*"
            },
            {
              title: "Constitution Check",
              aliases: [
                "\u5BAA\u6CD5\u68C0\u67E5",
                "\u7AE0\u7A0B\u68C0\u67E5",
                "\u61B2\u7AE0\u30C1\u30A7\u30C3\u30AF",
                "\u61B2\u6CD5\u30C1\u30A7\u30C3\u30AF",
                "Grondwetcontrole",
                "Verificaci\xF3n de la constituci\xF3n",
                "Verifica\xE7\xE3o da constitui\xE7\xE3o"
              ]
            }
          ]
        },
        {
          path: "tasks.md",
          required: false,
          tasks: { dialect: "spec-kit", minTasks: 1, requireIds: true }
        },
        {
          path: "**/*.md",
          required: false,
          checks: ["needs-clarification"]
        }
      ],
      coverage: {
        requirements: "spec.md",
        tasks: "tasks.md",
        pattern: "\\bFR-\\d{3,}\\b",
        severity: "warning"
      }
    }
  ],
  shared: [
    {
      path: ".specify/memory/constitution.md",
      headings: [
        {
          title: "Core Principles",
          aliases: ["Principles", "\u6838\u5FC3\u539F\u5219", "\u6838\u5FC3\u539F\u5247", "\u57FA\u672C\u539F\u5247", "\u30B3\u30A2\u539F\u5247", "Kernprincipes"]
        },
        {
          title: "Governance",
          aliases: [
            "\u6CBB\u7406",
            "\u6CBB\u7406\u89C4\u8303",
            "\u6CBB\u7406\u898F\u7BC4",
            "\u6CBB\u7406\u4E0E\u4FEE\u8BA2",
            "\u30AC\u30D0\u30CA\u30F3\u30B9",
            "Bestuur",
            "Gobernanza",
            "Governan\xE7a"
          ]
        }
      ]
    }
  ],
  forbidden: [
    {
      rule: "template-placeholder",
      pattern: "\\[(?:[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|FEATURE(?: NAME)?|DATE|###-feature-name)\\]",
      message: "Template placeholder left unfilled.",
      severity: "error"
    }
  ],
  lint: {
    rules: {
      "no-undefined-references": ["warning", { allowShortcutLink: true }]
    }
  }
};

// specbundle/profiles.ts
var specProfileSchema = spec_profile_schema_default;
var BUILTIN_PROFILES = [platform_kit_default, spec_kit_default, openspec_default].map(
  // The JSON's literal types are wider than the profile's unions; the test suite validates these
  // files against the schema.
  (p) => p
);
var compiled;
function validators() {
  if (!compiled) {
    const ajv = new import__.Ajv2020({
      allErrors: true,
      strict: true,
      strictTuples: false,
      allowUnionTypes: true
    });
    const profile = ajv.compile(spec_profile_schema_default);
    const settings = ajv.getSchema(`${spec_profile_schema_default.$id}#/$defs/settings`);
    if (!settings) throw new Error("spec-profile.schema.json has no $defs/settings");
    compiled = { profile, settings };
  }
  return compiled;
}
function textLocator(text) {
  const { isNode: isNode2, LineCounter, parseDocument } = loadYaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  return (pointer) => {
    const keys = pointer.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~")).map((p) => /^\d+$/.test(p) ? Number(p) : p);
    for (let n = keys.length; n >= 0; n--) {
      const node = n ? doc.getIn(keys.slice(0, n), true) : doc.contents;
      if (isNode2(node) && node.range) {
        const { line, col } = lineCounter.linePos(node.range[0]);
        return { line, column: col };
      }
    }
    return { line: 1, column: 1 };
  };
}
function invalid(source, pointer, message) {
  const { line, column } = source.locate?.(source.pointer + pointer) ?? { line: 1, column: 1 };
  return {
    rule: source.kind === "config" ? "invalid-config" : "invalid-profile",
    severity: "error",
    message,
    path: source.path,
    line,
    column,
    fatal: true
  };
}
var keyOf = (pointer) => pointer ? `key "${pointer.slice(1).split("/").join(".")}" ` : "";
function where(source, pointer) {
  return source.kind === "config" ? `Config ${keyOf(source.pointer + pointer)}` : `Profile ${keyOf(pointer)}`;
}
function schemaErrors(errors, source) {
  const byPointer = /* @__PURE__ */ new Map();
  for (const e of errors) {
    if (e.keyword === "oneOf" && errors.some((o) => o !== e && o.instancePath === e.instancePath))
      continue;
    if (!byPointer.has(e.instancePath)) byPointer.set(e.instancePath, e);
  }
  return [...byPointer.values()].map((e) => {
    let message = e.message ?? "is invalid";
    let at = e.instancePath;
    if (e.keyword === "additionalProperties") {
      const key = e.params.additionalProperty;
      message = `has unknown key "${key}"`;
      at = `${e.instancePath}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
    } else if (e.keyword === "enum") {
      message = `must be one of ${e.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
    }
    return invalid(source, at, MESSAGES.invalidProfile(where(source, e.instancePath), message));
  });
}
function lintProblems(lint, pointer, source) {
  const out = [];
  for (const id of Object.keys(lint?.rules ?? {})) {
    if (LINT_RULE_IDS.includes(id)) continue;
    const at = `${pointer}/rules/${id}`;
    out.push(invalid(source, at, MESSAGES.unknownLintRule(where(source, at), id, LINT_RULE_IDS)));
  }
  return out;
}
function semanticProblems(profile, source) {
  const out = [];
  const regex = (value, pointer) => {
    if (value === void 0) return;
    try {
      new RegExp(value);
    } catch (e) {
      out.push(
        invalid(
          source,
          pointer,
          MESSAGES.invalidRegex(where(source, pointer), e.message)
        )
      );
    }
  };
  const known = DIALECTS.map((d) => d.id);
  const files = (list2, at) => (list2 ?? []).forEach((f, i) => {
    (f.headings ?? []).forEach((h, j) => {
      if (typeof h !== "string") {
        regex(h.pattern, `${at}/${i}/headings/${j}/pattern`);
        regex(h.contains, `${at}/${i}/headings/${j}/contains`);
      }
    });
    (f.forbidden ?? []).forEach((p, j) => regex(p.pattern, `${at}/${i}/forbidden/${j}/pattern`));
    const dialect = f.tasks?.dialect;
    if (dialect && !findDialect(dialect)) {
      const pointer = `${at}/${i}/tasks/dialect`;
      out.push(
        invalid(source, pointer, MESSAGES.unknownDialect(where(source, pointer), dialect, known))
      );
    }
  });
  profile.bundles.forEach((layout, i) => {
    regex(layout.namePattern, `/bundles/${i}/namePattern`);
    regex(layout.coverage?.pattern, `/bundles/${i}/coverage/pattern`);
    files(layout.files, `/bundles/${i}/files`);
  });
  files(profile.shared, "/shared");
  (profile.forbidden ?? []).forEach((p, j) => regex(p.pattern, `/forbidden/${j}/pattern`));
  out.push(...lintProblems(profile.lint, "/lint", source));
  return out;
}
function validateProfile(data, source) {
  const v = validators().profile;
  if (!v(data)) return { diagnostics: schemaErrors(v.errors ?? [], source) };
  const profile = data;
  const diagnostics = semanticProblems(profile, source);
  return diagnostics.length ? { diagnostics } : { profile, diagnostics };
}
function validateSettings(data, source) {
  const v = validators().settings;
  if (!v(data)) return { diagnostics: schemaErrors(v.errors ?? [], source) };
  const settings = data;
  const diagnostics = [];
  (settings.custom ?? []).forEach(
    (p, i) => diagnostics.push(
      ...semanticProblems(p, { ...source, pointer: `${source.pointer}/custom/${i}` })
    )
  );
  diagnostics.push(...lintProblems(settings.lint, "/lint", source));
  return diagnostics.length ? { diagnostics } : { settings, diagnostics };
}
function loadProfileFile(root, path) {
  const fail = (message, line = 1, column = 1) => ({
    profiles: [],
    diagnostics: [invalid({ path, pointer: "", locate: () => ({ line, column }) }, "", message)]
  });
  let text;
  try {
    text = readWorkspaceText(root, path);
  } catch (e) {
    if (e instanceof BoundaryError) return fail(`Profile file not read: ${e.message}`);
    const why = e.code ?? e.message;
    return fail(`Profile file ${path} cannot be read: ${why}.`);
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const at = /position (\d+)/.exec(e.message);
    const yamlAt = loadYaml().parseDocument(text).errors[0]?.linePos?.[0];
    let line = yamlAt?.line ?? 1;
    let column = yamlAt?.col ?? 1;
    if (at) {
      const before = text.slice(0, Number(at[1])).split("\n");
      line = before.length;
      column = before[before.length - 1].length + 1;
    }
    return fail(
      `Profile file ${path} is not valid JSON (line ${line}, column ${column}).`,
      line,
      column
    );
  }
  const locate2 = textLocator(text);
  const items = Array.isArray(data) ? data : [data];
  const profiles = [];
  const diagnostics = [];
  items.forEach((item, i) => {
    const checked = validateProfile(item, {
      path,
      pointer: Array.isArray(data) ? `/${i}` : "",
      locate: locate2
    });
    diagnostics.push(...checked.diagnostics);
    if (checked.profile) profiles.push(checked.profile);
  });
  return { profiles, diagnostics };
}

// specbundle/check.ts
var import_picomatch3 = __toESM(require_picomatch(), 1);
import { existsSync as existsSync3 } from "node:fs";
import { isAbsolute as isAbsolute2, join as join4, relative as relative3, resolve as resolve3, sep as sep3 } from "node:path";

// specbundle/bundle.ts
var import_picomatch2 = __toESM(require_picomatch(), 1);
import { posix as posix3 } from "node:path";

// specbundle/document.ts
function headingKey(text) {
  return text.replace(/^\s*(?:\d+(?:\.\d+)*|[A-Z])[.)]\s+/, "").replace(/^\s*\d+(?:\.\d+)+\s+/, "").replace(/\s*\([^()]*\)\s*$/, "").replace(/\s*:\s*$/, "").replace(/\s+/g, " ").trim().toLowerCase();
}
function isComment(node) {
  return node.type === "html" && /^\s*<!--[\s\S]*-->\s*$/.test(node.value);
}
function indexHeadings(tree) {
  const children = tree.children;
  const out = [];
  children.forEach((node, index) => {
    if (node.type !== "heading") return;
    let end = index + 1;
    while (end < children.length) {
      const next = children[end];
      if (next.type === "heading" && next.depth <= node.depth) break;
      end++;
    }
    let empty2 = true;
    for (let i = index + 1; i < end; i++) if (!isComment(children[i])) empty2 = false;
    const text = plain(node);
    out.push({
      depth: node.depth,
      text,
      key: headingKey(text),
      line: node.position?.start.line ?? 1,
      column: node.position?.start.column ?? 1,
      index,
      end,
      empty: empty2
    });
  });
  return out;
}
function lineStartsOf(text) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}
function pointAt(doc, offset) {
  const starts = doc.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}
function documentOf(path, text) {
  let tree;
  let headings;
  let lineStarts;
  return {
    path,
    text,
    get tree() {
      return tree ??= parseMarkdown(text);
    },
    get headings() {
      return headings ??= indexHeadings(this.tree);
    },
    get lineStarts() {
      return lineStarts ??= lineStartsOf(text);
    }
  };
}
function readSpecDocument(root, path, limits) {
  let bytes;
  try {
    bytes = readWorkspaceFile(root, path);
  } catch (e) {
    const code = e.code ?? e.message;
    return {
      diagnostics: [
        {
          rule: "unreadable-file",
          severity: "error",
          message: e instanceof BoundaryError ? e.message : MESSAGES.unreadable(path, code),
          path,
          line: 1,
          column: 1,
          fatal: true
        }
      ]
    };
  }
  const decoded = decodeMarkdown(bytes, path, limits);
  if (decoded.text === void 0) return { diagnostics: decoded.diagnostics };
  return { document: documentOf(path, decoded.text), diagnostics: decoded.diagnostics };
}
function nonProseRanges(doc) {
  const ranges = [];
  const walk = (node) => {
    const skip = node.type === "code" || node.type === "inlineCode" || node.type === "yaml" || node.type === "html" && /<!--/.test(String(node.value));
    if (skip) {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start !== void 0 && end !== void 0) ranges.push([start, end]);
      return;
    }
    if (Array.isArray(node.children)) for (const child of node.children) walk(child);
  };
  walk(doc.tree);
  return ranges.sort((a, b) => a[0] - b[0]);
}
function inRanges(ranges, offset) {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    const [start, end] = ranges[mid];
    if (offset < start) hi = mid - 1;
    else if (offset >= end) lo = mid + 1;
    else return true;
  }
  return false;
}

// specbundle/checks/clarification.ts
var BRACKETED = /\[NEEDS CLARIFICATION\s*[:\-–—]\s*[^\]\n]*\]?/g;
var SHOWS_HOW = /\b(?:use|using|e\.g\.?|for example|like|such as|format|syntax)[\s:,"'“(*_]*$/i;
var QUOTE_CHARS = 60;
function openText(doc) {
  const out = [];
  const walk = (node) => {
    if (node.type === "delete") return;
    if (node.type === "listItem" && node.checked === true) return;
    if (node.type === "text") {
      const s = node.position?.start.offset;
      const e = node.position?.end.offset;
      if (s !== void 0 && e !== void 0) out.push([s, e]);
      return;
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(doc.tree);
  return out;
}
function checkClarifications(doc) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const report = (offset, shown) => {
    if (seen.has(offset)) return;
    seen.add(offset);
    const { line, column } = pointAt(doc, offset);
    const quote2 = shown.length > QUOTE_CHARS ? `${shown.slice(0, QUOTE_CHARS - 1)}\u2026` : shown;
    out.push({
      rule: "needs-clarification",
      severity: "error",
      message: MESSAGES.needsClarification(quote2),
      path: doc.path,
      line,
      column
    });
  };
  for (const [start, end] of openText(doc)) {
    const source = doc.text.slice(start, end);
    for (const m of source.matchAll(BRACKETED)) {
      const lineStart = doc.text.lastIndexOf("\n", start + m.index - 1) + 1;
      const before = doc.text.slice(lineStart, start + m.index);
      if (SHOWS_HOW.test(before)) continue;
      report(start + m.index, m[0]);
    }
    for (const m of source.matchAll(/NEEDS CLARIFICATION\b/g)) {
      const at = start + m.index;
      if (doc.text[at - 1] === "[") continue;
      const lineStart = doc.text.lastIndexOf("\n", at - 1) + 1;
      const before = doc.text.slice(lineStart, at);
      if (/(?:^[\s>*+-]*|[:|][\s*_]*)$/.test(before) && !/^[\s>*+-]*\[[xX]\]/.test(before))
        report(at, "NEEDS CLARIFICATION");
    }
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}

// specbundle/checks/coverage.ts
var RANGE_JOIN = String.raw`\s*(?:–|—|-|~|〜|\.\.\.?|to|through|thru|至|から)\s*`;
var STORY = /(?:user\s*story|用户故事|用戶故事|ユーザーストーリー|gebruikersverhaal|historia\s+de\s+usuario|história\s+de\s+usuário)[^0-9\n]{0,24}?(\d+)/i;
function prefixOf(pattern) {
  return /^(?:\\b)?([A-Z]+-)/.exec(pattern)?.[1];
}
function mentionedIds(text, pattern, skip = []) {
  const out = /* @__PURE__ */ new Set();
  const re = new RegExp(pattern, "g");
  for (const m of text.matchAll(re)) if (!inRanges(skip, m.index)) out.add(m[0]);
  const prefix = prefixOf(pattern);
  if (!prefix) return out;
  const p = prefix.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&");
  const range = new RegExp(`${p}(\\d+)${RANGE_JOIN}(?:${p})?(\\d+)\\b`, "g");
  for (const m of text.matchAll(range)) {
    if (inRanges(skip, m.index)) continue;
    if (!m[0].slice(m[0].length - m[2].length - prefix.length).startsWith(prefix) && m[2].length !== m[1].length)
      continue;
    const from = Number(m[1]);
    const to = Number(m[2]);
    if (!(to > from) || to - from > 500) continue;
    const width = m[1].length;
    for (let n = from; n <= to; n++) out.add(`${prefix}${String(n).padStart(width, "0")}`);
  }
  return out;
}
function tracedIds(docs, pattern) {
  const out = /* @__PURE__ */ new Set();
  for (const doc of docs) {
    for (const line of doc.text.split("\n")) {
      if (!/^\s*\|/.test(line) || !/\bT\d{3,}[a-z]?\b/.test(line)) continue;
      for (const id of mentionedIds(line, pattern)) out.add(id);
    }
  }
  return out;
}
function storyAt(spec) {
  const nodes = spec.tree.children;
  const sections = spec.headings.map((h) => {
    const m = STORY.exec(h.text);
    if (!m) return void 0;
    const start = nodes[h.index]?.position?.start.offset ?? 0;
    const end = nodes[h.end - 1]?.position?.end.offset ?? spec.text.length;
    return { story: m[1], start, end };
  }).filter((s) => s !== void 0);
  return (offset) => sections.find((s) => offset >= s.start && offset < s.end)?.story;
}
function taskText(item) {
  return [
    item.title,
    item.description ?? "",
    ...Object.values(item.fields),
    ...item.acceptance.map((a) => a.text)
  ].join("\n");
}
function storiesOf(items) {
  const out = /* @__PURE__ */ new Set();
  for (const item of items)
    for (const label of item.labels) {
      const m = /^US(\d+)$/i.exec(label);
      if (m) out.add(String(Number(m[1])));
    }
  return out;
}
function checkCoverage(requirements, tasks, board, rule, docs = []) {
  const re = new RegExp(rule.pattern, "g");
  const skip = nonProseRanges(requirements);
  const defined = /* @__PURE__ */ new Map();
  for (const m of requirements.text.matchAll(re)) {
    if (!inRanges(skip, m.index) && !defined.has(m[0])) defined.set(m[0], m.index);
  }
  if (defined.size === 0) return [];
  const named = mentionedIds(tasks.text, rule.pattern, nonProseRanges(tasks));
  const traced = tracedIds([tasks, ...docs], rule.pattern);
  const byTasks = board.items.some((item) => mentionedIds(taskText(item), rule.pattern).size > 0);
  if (!byTasks && traced.size === 0) {
    return [
      {
        rule: "coverage-by-story",
        severity: "info",
        message: MESSAGES.coverageByStory(tasks.path, defined.size),
        path: tasks.path,
        line: 1,
        column: 1
      }
    ];
  }
  const story = storyAt(requirements);
  const labelled = storiesOf(board.items);
  const out = [];
  for (const [id, offset] of defined) {
    if (named.has(id) || traced.has(id)) continue;
    const s = story(offset);
    if (s !== void 0 && labelled.has(s)) continue;
    const { line, column } = pointAt(requirements, offset);
    out.push({
      rule: "uncovered-requirement",
      severity: rule.severity ?? "warning",
      message: MESSAGES.uncovered(id, tasks.path),
      path: requirements.path,
      line,
      column
    });
  }
  return out;
}

// specbundle/checks/forbidden.ts
var QUOTE_CHARS2 = 60;
function checkForbidden(doc, patterns) {
  if (!patterns.length) return [];
  const skip = nonProseRanges(doc);
  const out = [];
  for (const p of patterns) {
    const re = new RegExp(p.pattern, p.ignoreCase ? "gi" : "g");
    for (const m of doc.text.matchAll(re)) {
      if (m[0] === "" || inRanges(skip, m.index)) continue;
      const close = m[0].startsWith("[") ? doc.text.indexOf("]", m.index) : -1;
      const lineEnd = doc.text.indexOf("\n", m.index);
      let shown = close !== -1 && (lineEnd === -1 || close < lineEnd) ? doc.text.slice(m.index, close + 1) : m[0];
      if (shown.length > QUOTE_CHARS2) shown = `${shown.slice(0, QUOTE_CHARS2 - 1)}\u2026`;
      const { line, column } = pointAt(doc, m.index);
      out.push({
        rule: p.rule ?? "forbidden-pattern",
        severity: p.severity ?? "error",
        message: MESSAGES.forbidden(p.message, shown),
        path: doc.path,
        line,
        column
      });
    }
  }
  return out;
}

// specbundle/checks/headings.ts
var MANDATORY = /\(\s*(?:mandatory|required|必填|必须|必須|必需|必要|obligatorio|obligatoria|obrigatório|obrigatoria|obligatoire|obbligatorio|verplicht|pflicht|erforderlich|obowiązkowe|обязательно|обязательный|필수|zorunlu|wajib|bắt buộc)\s*\)\s*$/i;
function keysOf(h) {
  const keys = /* @__PURE__ */ new Set([h.key]);
  const outside = headingKey(h.text.replace(/[（(][^（）()]*[)）]/g, " "));
  if (outside) keys.add(outside);
  for (const m of h.text.matchAll(/[（(]([^（）()]+)[)）]/g)) keys.add(headingKey(m[1]));
  return [...keys];
}
function expected(rule, extra) {
  const r = typeof rule === "string" ? { title: rule } : rule;
  let named;
  if (r.pattern) {
    const re = new RegExp(r.pattern, "i");
    named = (h) => re.test(h.text);
  } else {
    const keys = new Set(
      [r.title, ...r.aliases ?? [], ...extra[r.title] ?? []].map(headingKey)
    );
    named = (h) => keysOf(h).some((k) => keys.has(k));
  }
  const out = {
    title: r.title,
    named,
    marked: r.marked ?? false,
    severity: r.severity ?? "error",
    allowEmpty: r.allowEmpty ?? false
  };
  if (r.contains) out.contains = new RegExp(r.contains);
  if (r.depth !== void 0) out.depth = r.depth;
  return out;
}
function sectionText(doc, h) {
  const nodes = doc.tree.children;
  const start = nodes[h.index]?.position?.start.offset ?? 0;
  const end = nodes[h.end - 1]?.position?.end.offset ?? doc.text.length;
  return doc.text.slice(start, end);
}
function locate(doc, rules) {
  const found = /* @__PURE__ */ new Map();
  const claimed = /* @__PURE__ */ new Set();
  const atDepth = (e, h) => e.depth === void 0 || h.depth === e.depth;
  for (const e of rules) {
    const hits = doc.headings.filter(e.named);
    found.set(e, hits);
    for (const h of hits) claimed.add(h);
  }
  for (const e of rules) {
    if (found.get(e)?.length || !e.contains) continue;
    const re = e.contains;
    const hit = doc.headings.find(
      (h) => !claimed.has(h) && atDepth(e, h) && re.test(sectionText(doc, h))
    );
    if (hit) {
      found.set(e, [hit]);
      claimed.add(hit);
    }
  }
  const open = rules.filter((e) => e.marked && !found.get(e)?.length);
  if (open.length) {
    const marked = doc.headings.filter(
      (h) => !claimed.has(h) && MANDATORY.test(h.text) && atDepth(open[0], h)
    );
    open.forEach((e, i) => {
      const h = marked[i];
      if (h) found.set(e, [h]);
    });
  }
  return found;
}
function checkHeadings(doc, rules, profile, aliases = {}) {
  const out = [];
  const expectations = rules.map((r) => expected(r, aliases));
  const located = locate(doc, expectations);
  for (const rule of expectations) {
    const found = located.get(rule) ?? [];
    const atLevel = rule.depth === void 0 ? found : found.filter((h) => h.depth === rule.depth);
    const base = { severity: rule.severity, path: doc.path };
    if (atLevel.length === 0) {
      const wrong = found[0];
      out.push(
        wrong && rule.depth !== void 0 ? {
          ...base,
          rule: "missing-heading",
          message: MESSAGES.headingLevel(wrong.text, wrong.depth, rule.depth),
          line: wrong.line,
          column: wrong.column
        } : {
          ...base,
          rule: "missing-heading",
          message: MESSAGES.missingHeading(
            profile,
            rule.title,
            rule.depth,
            rule.severity === "error"
          ),
          line: 1,
          column: 1
        }
      );
      continue;
    }
    if (!rule.allowEmpty && atLevel.every((h) => h.empty)) {
      const h = atLevel[0];
      out.push({
        ...base,
        rule: "empty-section",
        message: MESSAGES.emptySection(h.text),
        line: h.line,
        column: h.column
      });
    }
  }
  return out;
}

// specbundle/checks/openspec.ts
var SECTIONS = [
  { heading: /^requirements$/i, blocks: true },
  { heading: /^added requirements$/i, blocks: true },
  { heading: /^modified requirements$/i, blocks: true },
  { heading: /^removed requirements$/i, blocks: false },
  { heading: /^renamed requirements$/i, blocks: false }
];
var REQUIREMENT = /^Requirement:\s*(.*)$/i;
var SCENARIO = /^Scenario:/i;
var LOOSE_SCENARIO = /\bScenario\s*:/;
var NORMATIVE = /\b(?:SHALL|MUST)\b/;
function prose(nodes) {
  return nodes.filter((n) => n.type !== "code" && n.type !== "html").map((n) => plain(n)).join("\n");
}
function checkOpenSpecRequirements(doc) {
  const out = [];
  const nodes = doc.tree.children;
  const report = (h, rule, message) => out.push({ rule, severity: "error", message, path: doc.path, line: h.line, column: h.column });
  for (const section of doc.headings) {
    if (section.depth !== 2) continue;
    const kind = SECTIONS.find((s) => s.heading.test(section.text));
    if (!kind?.blocks) continue;
    const requirements = doc.headings.filter(
      (h) => h.depth === 3 && h.index > section.index && h.index < section.end && REQUIREMENT.test(h.text)
    );
    if (requirements.length === 0) {
      report(section, "empty-requirements", MESSAGES.emptyRequirements(section.text));
      continue;
    }
    for (const req of requirements) {
      const name = (REQUIREMENT.exec(req.text)?.[1] ?? "").trim() || req.text;
      const inside = doc.headings.filter((h) => h.index > req.index && h.index < req.end);
      const scenarios = inside.filter((h) => h.depth === 4 && SCENARIO.test(h.text));
      const firstScenario = scenarios[0]?.index ?? req.end;
      const body = nodes.slice(req.index + 1, firstScenario);
      if (scenarios.length === 0) {
        const next = doc.headings.find((h) => h.index === req.end);
        const misplaced = inside.find((h) => SCENARIO.test(h.text)) ?? (next && SCENARIO.test(next.text) ? next : void 0);
        const loose = misplaced ? `${"#".repeat(misplaced.depth)} ${misplaced.text}` : LOOSE_SCENARIO.exec(prose(body))?.[0];
        report(
          req,
          "requirement-without-scenario",
          MESSAGES.withoutScenario(name, loose ? MESSAGES.scenarioLevelHint(loose) : void 0)
        );
      }
      if (!NORMATIVE.test(prose(body))) {
        report(req, "requirement-without-shall", MESSAGES.withoutShall(name));
      }
    }
  }
  return out;
}

// specbundle/openspec/change.ts
import { readdirSync as readdirSync2, readFileSync, realpathSync, statSync as statSync2 } from "node:fs";
import { join as join2, posix, relative, sep } from "node:path";

// specbundle/openspec/lines.ts
function linesOf(text) {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").split("\n");
}
var FENCE_OPEN = /^\s*(`{3,}|~{3,})/;
var FENCE_CLOSE = /^\s*(`{3,}|~{3,})\s*$/;
function fencedLines(lines) {
  const mask = new Array(lines.length).fill(false);
  let open;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!open) {
      const m = FENCE_OPEN.exec(line);
      if (m) {
        open = { char: m[1][0], length: m[1].length };
        mask[i] = true;
      }
      continue;
    }
    mask[i] = true;
    const close = FENCE_CLOSE.exec(line);
    if (close && close[1][0] === open.char && close[1].length >= open.length)
      open = void 0;
  }
  return mask;
}
function lineDoc(text) {
  const lines = linesOf(text);
  return { lines, fenced: fencedLines(lines) };
}
function levelTwoTitle(line) {
  const m = /^##\s+(.+)$/.exec(line);
  return m ? m[1].trim() : void 0;
}
var isLevelTwo = (line) => /^##\s/.test(line);
function requirementHeader(line) {
  const m = /^###\s*Requirement:\s*(.+)\s*$/i.exec(line);
  return m ? m[1] : void 0;
}
function requirementName(raw) {
  return raw.replace(/[ \t]+#+[ \t]*$/, "").trim();
}
function foldName(name) {
  return requirementName(name).toLowerCase().replace(/\s+/g, " ");
}
var isNormative = (text) => /\b(?:SHALL|MUST)\b/.test(text);
function requirementBody(bodyLines) {
  const fenced = fencedLines(bodyLines);
  const text = [];
  const labels = [];
  for (let i = 0; i < bodyLines.length; i++) {
    if (fenced[i]) continue;
    const line = bodyLines[i];
    if (/^#{1,6}\s/.test(line)) break;
    const t = line.trim();
    if (!t) continue;
    (/^\*\*[^*]+\*\*:/.test(t) ? labels : text).push(t);
  }
  return (text.length ? text : labels).join("\n");
}
function scenariosOf(bodyLines) {
  const fenced = fencedLines(bodyLines);
  const out = [];
  for (let i = 0; i < bodyLines.length; i++) {
    if (fenced[i] || !/^####\s+/.test(bodyLines[i])) continue;
    let end = i + 1;
    while (end < bodyLines.length && (fenced[end] || !/^#{1,4}\s/.test(bodyLines[end])))
      end++;
    const hasBody = bodyLines.slice(i + 1, end).join("\n").trim().length > 0;
    const name = bodyLines[i].replace(/^####\s+/, "").replace(/[ \t]+#+[ \t]*$/, "").replace(/^Scenario:\s*/i, "").trim();
    out.push({ name, index: i, hasBody });
  }
  return out;
}
function scenarioNames(bodyLines) {
  return scenariosOf(bodyLines).map((s) => s.name);
}
function misplacedScenario(lines) {
  const fenced = fencedLines(lines);
  for (let i = 0; i < lines.length; i++) {
    if (fenced[i]) continue;
    const line = lines[i].trim();
    if (/^(?:#{1,3}|#{5,6})\s+Scenario\s*:/i.test(line)) return line;
    if (!line.startsWith("#") && /\bScenario\s*:/.test(line))
      return line.length > 60 ? `${line.slice(0, 59)}\u2026` : line;
  }
  return void 0;
}

// specbundle/openspec/delta.ts
var OPERATIONS = ["ADDED", "MODIFIED", "REMOVED", "RENAMED"];
function operationOf(title) {
  const t = title.toLowerCase();
  return OPERATIONS.find((op) => t === `${op.toLowerCase()} requirements`);
}
function levelTwoSections(doc) {
  const heads = [];
  doc.lines.forEach((line, index) => {
    if (doc.fenced[index]) return;
    const title = levelTwoTitle(line);
    if (title !== void 0) heads.push({ title, index });
  });
  return heads.map((h, k) => ({
    title: h.title,
    start: h.index + 1,
    end: heads[k + 1]?.index ?? doc.lines.length
  }));
}
function blocksIn(doc, start, end, stray) {
  const isHeader = (i2) => !doc.fenced[i2] && requirementHeader(doc.lines[i2]);
  const noteStray = (i2) => {
    if (!stray || doc.fenced[i2]) return;
    const m = /^###\s+(.+?)\s*$/.exec(doc.lines[i2]);
    if (m && !requirementHeader(doc.lines[i2]))
      stray.sink.push({ header: m[1].trim(), section: stray.section, line: i2 + 1 });
  };
  const out = [];
  let i = start;
  while (i < end) {
    while (i < end && !isHeader(i)) noteStray(i++);
    if (i >= end) break;
    const header = i;
    i++;
    while (i < end && !isHeader(i) && !(!doc.fenced[i] && isLevelTwo(doc.lines[i])))
      noteStray(i++);
    out.push({
      name: requirementName(requirementHeader(doc.lines[header])),
      line: header + 1,
      body: trimTrailingBlank(doc.lines.slice(header + 1, i))
    });
  }
  return out;
}
function trimTrailingBlank(lines) {
  let n = lines.length;
  while (n > 0 && lines[n - 1].trim() === "") n--;
  return lines.slice(0, n);
}
function mainRequirements(doc) {
  const header = doc.lines.findIndex((l, i) => !doc.fenced[i] && /^##\s+Requirements\s*$/i.test(l));
  if (header === -1) return void 0;
  let end = doc.lines.length;
  for (let i = header + 1; i < doc.lines.length; i++) {
    if (!doc.fenced[i] && isLevelTwo(doc.lines[i])) {
      end = i;
      break;
    }
  }
  return { line: header + 1, blocks: blocksIn(doc, header + 1, end) };
}
var BULLET_REMOVED = /^\s*[-*+]\s*`?###\s*Requirement:\s*(.+?)`?\s*$/;
var RENAME_FROM = /^\s*[-*+]?\s*FROM:\s*`?###\s*Requirement:\s*(.+?)`?\s*$/;
var RENAME_TO = /^\s*[-*+]?\s*TO:\s*`?###\s*Requirement:\s*(.+?)`?\s*$/;
function readDelta(doc) {
  const delta = {
    added: [],
    modified: [],
    removed: [],
    renamed: [],
    unpaired: [],
    orphans: [],
    strayHeaders: [],
    sections: {}
  };
  for (const section of levelTwoSections(doc)) {
    const op = operationOf(section.title);
    if (!op) continue;
    delta.sections[op] ??= section.title;
    const title = delta.sections[op];
    if (op === "ADDED" || op === "MODIFIED") {
      const blocks = blocksIn(doc, section.start, section.end, {
        section: title,
        sink: delta.strayHeaders
      });
      (op === "ADDED" ? delta.added : delta.modified).push(...blocks);
    } else if (op === "REMOVED") {
      for (let i = section.start; i < section.end; i++) {
        if (doc.fenced[i]) continue;
        const line = doc.lines[i];
        const name = requirementHeader(line) ?? BULLET_REMOVED.exec(line)?.[1];
        if (name !== void 0) delta.removed.push({ name: requirementName(name), line: i + 1 });
      }
    } else {
      let pending;
      for (let i = section.start; i < section.end; i++) {
        if (doc.fenced[i]) continue;
        const line = doc.lines[i];
        const from = RENAME_FROM.exec(line);
        const to = from ? null : RENAME_TO.exec(line);
        if (from) {
          if (pending) delta.unpaired.push({ side: "FROM", ...pending });
          pending = { name: requirementName(from[1]), line: i + 1 };
        } else if (to) {
          const name = requirementName(to[1]);
          if (!pending) delta.unpaired.push({ side: "TO", name, line: i + 1 });
          else delta.renamed.push({ from: pending.name, to: name, line: pending.line });
          pending = void 0;
        }
      }
      if (pending) delta.unpaired.push({ side: "FROM", ...pending });
    }
  }
  delta.unpaired.sort((a, b) => a.line - b.line);
  delta.strayHeaders.sort((a, b) => a.line - b.line);
  let current;
  doc.lines.forEach((line, i) => {
    if (doc.fenced[i]) return;
    const title = levelTwoTitle(line);
    if (title !== void 0) {
      current = title;
      return;
    }
    if (current !== void 0 && operationOf(current)) return;
    const name = requirementHeader(line);
    if (name !== void 0) {
      const orphan = { name: requirementName(name), line: i + 1 };
      if (current !== void 0) orphan.section = current;
      delta.orphans.push(orphan);
    }
  });
  return delta;
}
function hasEntries(d) {
  return d.added.length + d.modified.length + d.removed.length + d.renamed.length > 0;
}
function hasDeltaSections(doc) {
  return doc.lines.some((l, i) => {
    if (doc.fenced[i]) return false;
    const title = levelTwoTitle(l);
    return title !== void 0 && operationOf(title) !== void 0;
  });
}

// specbundle/openspec/messages.ts
var q = (s) => `"${s}"`;
var names = (list2) => list2.map(q).join(", ");
var OPENSPEC_MESSAGES = {
  missingPurpose: (empty2) => empty2 ? "The Purpose section is empty. Say in a sentence or two (50 characters or more) what this capability is for." : 'No "## Purpose" section. Add one saying what this capability is for, then "## Requirements".',
  missingRequirements: 'No "## Requirements" section. Add one holding "### Requirement: <name>" blocks, each with a "#### Scenario: <name>".',
  noRequirements: 'The Requirements section has no requirement. Add "### Requirement: <name>" with its text and a "#### Scenario:".',
  noScenario: (name, misplaced) => `Requirement ${q(name)} has no scenario with content${misplaced ? `; ${q(misplaced)} is not a level-4 heading` : ""}. Add "#### Scenario: <name>" with its WHEN/THEN steps under it.`,
  requirementLong: (name, length) => `Requirement ${q(name)} is ${length} characters long; consider splitting it into smaller requirements.`,
  purposePlaceholder: `The Purpose is still a placeholder (the sentence "openspec archive" writes, or a TBD/TODO). Replace it in this spec with what the capability is for; a Purpose in a change's delta cannot replace it.`,
  purposeShort: (length, min) => `The Purpose is ${length} characters long; OpenSpec's strict mode wants at least ${min}. Say what the capability is for and who relies on it.`,
  noText: (name) => `Requirement ${q(name)} has no text under its header. State the behaviour on the next line ("The system SHALL \u2026").`,
  noShall: (name, inHeader) => inHeader ? `Requirement ${q(name)} says SHALL or MUST only in its header. Move the normative statement to the line after the header.` : `Requirement ${q(name)} says neither SHALL nor MUST; state it normatively ("The system SHALL \u2026"). Text in another language gets this warning too.`,
  deltaInSpec: (header) => `A main spec cannot hold the delta header ${q(header)}; it belongs in openspec/changes/<change>/specs/<capability>/spec.md. Merge its requirements into "## Requirements".`,
  outsideRequirements: (header) => `${q(header)} is outside the "## Requirements" section, so OpenSpec never reads it. Move it under "## Requirements".`,
  duplicateInSpec: (name, first) => `Requirement ${q(name)} is declared twice (first on line ${first}). Give each requirement a unique name.`,
  noDeltas: 'This change has no delta spec. Add specs/<capability>/spec.md with "## ADDED Requirements" (or MODIFIED/REMOVED/RENAMED), or set "skip_specs: true" in .openspec.yaml when no behaviour changes.',
  skipSpecsAccepted: "skip_specs is set in .openspec.yaml: this change declares no behaviour change, so it needs no delta spec.",
  skipSpecsConflict: "skip_specs is set in .openspec.yaml, yet files exist under specs/. Remove skip_specs or delete the delta specs.",
  skipSpecsInvalid: (why) => `skip_specs cannot be honoured because .openspec.yaml is not valid change metadata (${why}). Fix the file.`,
  rootDelta: "A delta spec directly in specs/ has no capability, so archive ignores it. Move it to specs/<capability>/spec.md.",
  strayDelta: (file, expected2) => `specs/${file} holds delta sections but only a capability's spec.md is read. Move its requirements into specs/${expected2}.`,
  noDeltaSections: 'No delta sections. Start the file with "## ADDED Requirements" (or MODIFIED/REMOVED/RENAMED), or move notes out of specs/.',
  emptyDeltaSections: (sections) => `${sections.join(", ")} hold(s) no requirement. Add "### Requirement: <name>" blocks (REMOVED may list "- ### Requirement: <name>" bullets).`,
  strayHeader: (header, section) => /^requirement:?$/i.test(header) ? `"### ${header}" in ${section} has no requirement name and is ignored. Write "### Requirement: <name>".` : /^scenario\s*:/i.test(header) ? `"### ${header}" in ${section} is ignored: scenarios are level-4 headings ("#### ${header}").` : `"### ${header}" in ${section} is not a "### Requirement:" header and is ignored. Write "### Requirement: ${header}" if it is one.`,
  unpairedRename: (side, name) => `RENAMED ${side}: ${q(name)} has no matching ${side === "FROM" ? "TO" : "FROM"}: line. Write each rename as a FROM: line directly followed by its TO: line.`,
  orphan: (name, section) => `Requirement ${q(name)} is ${section ? `under "## ${section}"` : 'above the first "## " section'}, which is not a delta section, so it is ignored. Move it under "## ADDED Requirements" (or MODIFIED/REMOVED/RENAMED).`,
  duplicate: (op, name) => `Requirement ${q(name)} appears twice in ${op}. Keep one block per requirement.`,
  duplicateRename: (side, name) => `RENAMED has ${q(name)} as ${side} twice. Rename each requirement once.`,
  deltaNoText: (op, name, inHeader) => inHeader ? `${op} ${q(name)} says SHALL or MUST only in its header. Move the normative statement to the line after the header.` : `${op} ${q(name)} has no requirement text. State the behaviour on the line after the header.`,
  deltaNoShall: (op, name, inHeader) => inHeader ? `${op} ${q(name)} says SHALL or MUST only in its header. Move the normative statement to the line after the header.` : `${op} ${q(name)} says neither SHALL nor MUST (text in another language gets this warning too). State it normatively.`,
  deltaNoScenario: (op, name, emptyHeader, misplaced) => `${op} ${q(name)} has no scenario${emptyHeader ? ' with content (a "#### Scenario:" header with nothing under it does not count)' : ""}${misplaced ? `; ${q(misplaced)} is not a level-4 heading` : ""}. Add "#### Scenario: <name>" with WHEN/THEN steps.`,
  scenarioLoss: (name, missing, kept, current) => `MODIFIED ${q(name)} drops scenario(s) the current spec has: ${names(missing)} (${kept} here, ${current} in the spec). A MODIFIED block replaces the whole requirement, so copy them in or archive will refuse it.`,
  conflict: (a, b, name) => `Requirement ${q(name)} is both ${a} and ${b} in this delta. Keep it in one section.`,
  modifiedOldName: (to) => `MODIFIED names a requirement this delta renames; use its new name ${q(to)}.`,
  renameCollides: (to) => `RENAMED TO ${q(to)} is also ADDED. Choose one.`,
  archiveConflict: (why) => `Archiving this change would fail: ${why}`,
  unreadableMain: (file, code) => `${file} cannot be read (${code}) to compare MODIFIED requirements with it; archive reads it too. Fix the file.`,
  nestedChange: (name, nested) => `"${name}" is not a change but a folder around ${nested.map((n) => `openspec/changes/${n}/`).join(", ")}; OpenSpec only sees changes directly under openspec/changes/. Rename each to a flat name (e.g. "${(nested[0] ?? "").split("/").join("-")}").`,
  noCheckboxes: 'No task here is a checkbox, so OpenSpec counts 0 tasks and sees no work left. Write each task as "- [ ] 1.1 Description".',
  taskGroup: (id, group, leading) => `Task ${id} is under group ${group} but its number points to group ${leading}. Move it or renumber it.`,
  taskDuplicate: (id, first) => `Task id ${id} is used twice (first ${first}). Renumber one of them.`
};

// specbundle/openspec/metadata.ts
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
var DEFAULT_SCHEMA = "spec-driven";
var METADATA_FILE = ".openspec.yaml";
var KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;
function metadataProblem(data) {
  if (typeof data !== "object" || data === null || Array.isArray(data))
    return "it is not a mapping of keys";
  const d = data;
  const str = (v) => typeof v === "string";
  if (!str(d.schema) || d.schema.length === 0)
    return "schema: a schema name is required";
  if ("created" in d && d.created !== void 0) {
    if (!str(d.created) || !/^\d{4}-\d{2}-\d{2}$/.test(d.created))
      return "created: must be a YYYY-MM-DD date";
  }
  if ("goal" in d && d.goal !== void 0 && (!str(d.goal) || d.goal.length === 0))
    return "goal: must be non-empty text";
  if ("affected_areas" in d && d.affected_areas !== void 0) {
    const a = d.affected_areas;
    if (!Array.isArray(a) || a.some((x) => !str(x) || x.length === 0))
      return "affected_areas: must be a list of names";
  }
  if ("initiative" in d && d.initiative !== void 0) {
    const i = d.initiative;
    const ok2 = typeof i === "object" && i !== null && Object.keys(i).every((k) => k === "store" || k === "id") && str(i.store) && KEBAB.test(i.store) && str(i.id) && KEBAB.test(i.id);
    if (!ok2) return "initiative: must be { store, id } in kebab-case";
  }
  for (const key of ["skip_specs", "retire_capabilities"]) {
    if (key in d && d[key] !== void 0 && typeof d[key] !== "boolean")
      return `${key}: must be true or false`;
  }
  return void 0;
}
function projectSchemaNames(root) {
  const dir = join(root, "openspec", "schemas");
  try {
    return readdirSync(dir).filter((name) => {
      try {
        return statSync(join(dir, name)).isDirectory() && existsSync(join(dir, name, "schema.yaml"));
      } catch {
        return false;
      }
    });
  } catch {
    return [];
  }
}
function loadSchema(root, name) {
  if (projectSchemaNames(root).includes(name)) {
    let data;
    try {
      data = loadYaml().parse(
        // Never through a link that leads out of the workspace (io/boundary.ts).
        readWorkspaceText(root, join("openspec", "schemas", name, "schema.yaml"))
      );
    } catch (e) {
      return { error: `schema "${name}" cannot be read: ${e.message.split("\n")[0]}` };
    }
    const d = data;
    const artifacts = Array.isArray(d?.artifacts) ? d.artifacts : void 0;
    if (!artifacts || artifacts.some((a) => typeof a?.id !== "string" || typeof a?.generates !== "string"))
      return { error: `schema "${name}" has no valid list of artifacts` };
    const tracks = d?.apply?.tracks;
    const tracked = typeof tracks === "string" ? artifacts.find((a) => a.generates === tracks) : artifacts.find((a) => a.id === "tasks");
    const schema = { name, builtIn: false };
    if (tracked) schema.tasks = tracked.generates;
    return schema;
  }
  if (name === DEFAULT_SCHEMA) return { name, builtIn: true, tasks: "tasks.md" };
  const known = [DEFAULT_SCHEMA, ...projectSchemaNames(root)].join(", ");
  return { error: `unknown schema "${name}" (available: ${known})` };
}
function configuredSchema(root) {
  for (const file of ["config.yaml", "config.yml"]) {
    const path = join(root, "openspec", file);
    if (!existsSync(path)) continue;
    try {
      const data = loadYaml().parse(readWorkspaceText(root, path));
      return typeof data?.schema === "string" && data.schema ? data.schema : void 0;
    } catch {
      return void 0;
    }
  }
  return void 0;
}
function readChangeMetadata(root, changeDir) {
  let raw;
  try {
    raw = readWorkspaceText(root, join(changeDir, METADATA_FILE));
  } catch (e) {
    const code = e.code;
    if (code === "ENOENT") return { skipSpecs: false };
    const why = `the file cannot be read (${code ?? e.message})`;
    return { problem: why, skipSpecs: false, skipSpecsProblem: why };
  }
  const { parse: parse2 } = loadYaml();
  let parsed;
  try {
    parsed = parse2(raw);
  } catch {
    const mentioned = /^\s*(['"]?)skip_specs\1\s*:/m.test(raw);
    const why = "the file is not valid YAML";
    return mentioned ? { problem: why, skipSpecs: false, skipSpecsProblem: why } : { problem: why, skipSpecs: false };
  }
  const problem = metadataProblem(parsed);
  if (problem) {
    const obj = parsed;
    const mentioned = typeof obj === "object" && obj !== null && "skip_specs" in obj && obj.skip_specs !== false;
    return mentioned ? { problem, skipSpecs: false, skipSpecsProblem: problem } : { problem, skipSpecs: false };
  }
  const data = parsed;
  if (data.skip_specs !== true) return { data, skipSpecs: false };
  const schema = loadSchema(root, data.schema);
  if ("error" in schema)
    return { data, skipSpecs: false, skipSpecsProblem: `schema: ${schema.error}` };
  return { data, skipSpecs: true };
}
function changeSchema(root, changeDir, metadata) {
  if (metadata.problem) return void 0;
  const name = metadata.data?.schema ?? configuredSchema(root) ?? DEFAULT_SCHEMA;
  const schema = loadSchema(root, name);
  return "error" in schema ? void 0 : schema;
}
function trackedTaskFiles(changeDir, schema) {
  const pattern = schema?.tasks;
  if (!pattern) return [];
  if (!/[*?[{]/.test(pattern)) {
    try {
      return statSync(join(changeDir, pattern)).isFile() ? [join(changeDir, pattern)] : [];
    } catch {
      return [];
    }
  }
  return globSync(pattern, {
    cwd: changeDir,
    absolute: true,
    onlyFiles: true,
    expandDirectories: false
  }).map((p) => p).sort();
}

// specbundle/openspec/tasks.ts
var TASK_LINE = /^\s*(?:[-*+]|\d{1,9}[.)])\s*\[(?:\s*([^\]\s]?)\s*\](?![([])|\s+\])\s*(.*)/;
function checkboxTasks(text) {
  const out = [];
  for (const line of text.split("\n")) {
    const m = TASK_LINE.exec(line);
    if (m) out.push(m[2].trim());
  }
  return out;
}
function firstListItem(text) {
  const lines = text.split("\n");
  let i = 0;
  if (lines.length && /^-{3}\s*$/.test(lines[0].replace(/^\uFEFF/, "").trimEnd())) {
    const close = lines.findIndex((l, k) => k > 0 && /^-{3}\s*$/.test(l.trimEnd()));
    if (close !== -1) i = close + 1;
  }
  let fence;
  let comment = false;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (comment) {
      if (line.includes("-->")) comment = false;
      continue;
    }
    const f = /^ {0,3}(`{3,}|~{3,})(.*)/.exec(line);
    if (f) {
      const run = f[1];
      if (!fence) fence = { char: run[0], length: run.length };
      else if (run[0] === fence.char && run.length >= fence.length && f[2].trim() === "")
        fence = void 0;
      continue;
    }
    if (fence) continue;
    if (line.trimStart().startsWith("<!--")) {
      if (!line.includes("-->", line.indexOf("<!--") + 4)) comment = true;
      continue;
    }
    if (/^\s*(?:[-*+]|\d{1,9}[.)])\s+\S/.test(line) && indentWidth(line) < 4) return i + 1;
  }
  return void 0;
}
function indentWidth(line) {
  let col = 0;
  for (const ch of line) {
    if (ch === " ") col++;
    else if (ch === "	") col += 4 - col % 4;
    else break;
  }
  return col;
}
function checkboxFindings(files) {
  if (files.some((f) => checkboxTasks(f.text).length > 0)) return [];
  const out = [];
  for (const f of files) {
    const line = firstListItem(f.text);
    if (line !== void 0)
      out.push({ path: f.path, line, rule: "openspec-task-checkbox", message: OPENSPEC_MESSAGES.noCheckboxes });
  }
  return out;
}
function numberingFindings(files) {
  const out = [];
  const first = /* @__PURE__ */ new Map();
  for (const f of files) {
    const lines = f.text.split("\n");
    const numbered = /^ {0,3}##[ \t]+(\d+)\.(?:[ \t]|\r?$)/;
    if (!lines.some((l) => numbered.test(l))) continue;
    let group;
    lines.forEach((line, index) => {
      if (/^ {0,3}##(?!#)(?:[ \t]+|[ \t]*\r?$)/.test(line)) group = numbered.exec(line)?.[1];
      if (group === void 0) return;
      const task = TASK_LINE.exec(line);
      const id = task ? /^(\d+(?:\.\d+)+(?:[A-Za-z]+)?)(?=\s|$)/.exec(task[2].trim())?.[1] : void 0;
      if (!id) return;
      const at = { path: f.path, line: index + 1, rule: "openspec-task-number" };
      const leading = id.split(".")[0];
      if (leading.replace(/^0+(?=\d)/, "") !== group.replace(/^0+(?=\d)/, ""))
        out.push({ ...at, message: OPENSPEC_MESSAGES.taskGroup(id, group, leading) });
      const seen = first.get(id);
      if (seen)
        out.push({
          ...at,
          message: OPENSPEC_MESSAGES.taskDuplicate(
            id,
            seen.path === f.path ? `on line ${seen.line}` : `in ${seen.path} line ${seen.line}`
          )
        });
      else first.set(id, { path: f.path, line: index + 1 });
    });
  }
  return out;
}

// specbundle/openspec/change.ts
function entriesOf(dir) {
  let list2;
  try {
    list2 = readdirSync2(dir, { withFileTypes: true });
  } catch {
    return void 0;
  }
  return list2.map((e) => ({
    name: e.name,
    isDir: e.isDirectory(),
    isFile: e.isFile(),
    isLink: e.isSymbolicLink()
  })).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}
function fileInside(p, within) {
  try {
    const real = realpathSync(p);
    const rel = relative(within, real);
    return !rel.startsWith("..") && statSync2(real).isFile();
  } catch {
    return false;
  }
}
function walkSpecs(specsDir, realRoot) {
  const specs = [];
  const others = [];
  let rootSpec = false;
  let anyFile = false;
  const walk = (abs, segments) => {
    for (const e of entriesOf(abs) ?? []) {
      if (e.name.startsWith(".")) continue;
      const path = join2(abs, e.name);
      if (e.isDir) {
        walk(path, [...segments, e.name]);
        continue;
      }
      if (e.isFile || e.isLink) anyFile = true;
      const rel = [...segments, e.name].join("/");
      if (e.name === "spec.md") {
        if (segments.length === 0) {
          if (e.isFile) rootSpec = true;
        } else if (e.isFile || e.isLink && fileInside(path, realRoot)) {
          specs.push({ id: segments.join("/"), rel });
        }
      } else if (/\.md$/i.test(e.name) && (e.isFile || e.isLink && fileInside(path, realRoot))) {
        others.push(rel);
      }
    }
  };
  walk(specsDir, []);
  specs.sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { specs, others: others.sort(), rootSpec, anyFile };
}
function repeats(items, key) {
  const seen = /* @__PURE__ */ new Set();
  return items.filter((t) => {
    const k = key(t);
    if (seen.has(k)) return true;
    seen.add(k);
    return false;
  });
}
function droppedScenarios(current, incoming) {
  const left = /* @__PURE__ */ new Map();
  for (const n of scenarioNames(incoming.body)) left.set(n, (left.get(n) ?? 0) + 1);
  const out = [];
  for (const n of scenarioNames(current.body)) {
    const k = left.get(n) ?? 0;
    if (k > 0) left.set(n, k - 1);
    else out.push(n);
  }
  return out;
}
function readMain(path, realRoot) {
  try {
    const real = realpathSync(path);
    if (relative(realRoot, real).startsWith("..")) return { code: "outside the workspace" };
    return { text: readFileSync(real, "utf8") };
  } catch (e) {
    const code = e.code ?? "error";
    return ["EACCES", "EPERM", "EISDIR", "ELOOP", "ENAMETOOLONG"].includes(code) ? { code } : {};
  }
}
function checkOpenSpecChange(ctx) {
  const out = [];
  const abs = join2(ctx.root, ...ctx.dir.split("/"));
  let realRoot;
  try {
    realRoot = realpathSync(ctx.root);
  } catch {
    realRoot = ctx.root;
  }
  const report = (rule, severity, message, path = ctx.dir, line = 1) => out.push({ rule, severity, message, path, line, column: 1 });
  const nested = nestedChanges(abs, ctx.dir);
  if (nested) {
    report("openspec-nested-change", "error", OPENSPEC_MESSAGES.nestedChange(posix.basename(ctx.dir), nested));
    return out;
  }
  const specsRel = posix.join(ctx.dir, "specs");
  const specsAbs = join2(abs, "specs");
  const mainDir = join2(ctx.root, "openspec", "specs");
  const walked = walkSpecs(specsAbs, realRoot);
  let deltas = 0;
  if (walked.rootSpec)
    report("openspec-delta-misplaced", "error", OPENSPEC_MESSAGES.rootDelta, posix.join(specsRel, "spec.md"));
  for (const { id, rel } of walked.specs) {
    const path = posix.join(specsRel, rel);
    const text = ctx.read(path);
    if (text === void 0) continue;
    const delta = readDelta(lineDoc(text));
    const before = out.length;
    deltas += checkDelta(delta, path, report);
    if (delta.modified.length) {
      const main = join2(mainDir, ...id.split("/"), "spec.md");
      out.push(...scenarioLoss(delta, main, path, realRoot));
    }
    const failed = out.slice(before).some((d) => d.severity === "error");
    if (!failed && hasEntries(delta)) {
      const why = archiveConflict(delta, join2(mainDir, ...id.split("/"), "spec.md"), realRoot);
      if (why) report("openspec-archive-conflict", "info", OPENSPEC_MESSAGES.archiveConflict(why), path);
    }
  }
  const stray = [];
  for (const rel of walked.others) {
    const text = ctx.read(posix.join(specsRel, rel));
    if (text === void 0 || !hasDeltaSections(lineDoc(text))) continue;
    stray.push(rel);
    const capability = rel.includes("/") ? posix.dirname(rel) : rel.replace(/\.md$/i, "");
    report(
      "openspec-delta-misplaced",
      "error",
      OPENSPEC_MESSAGES.strayDelta(rel, `${capability}/spec.md`),
      posix.join(specsRel, rel)
    );
  }
  const metadata = readChangeMetadata(ctx.root, abs);
  const metaPath = posix.join(ctx.dir, METADATA_FILE);
  if (metadata.skipSpecsProblem)
    report("openspec-skip-specs", "error", OPENSPEC_MESSAGES.skipSpecsInvalid(metadata.skipSpecsProblem), metaPath);
  if (metadata.skipSpecs && walked.anyFile)
    report("openspec-skip-specs", "error", OPENSPEC_MESSAGES.skipSpecsConflict, metaPath);
  if (deltas === 0 && !walked.rootSpec && stray.length === 0) {
    if (metadata.skipSpecs) {
      if (!walked.anyFile) report("openspec-skip-specs", "info", OPENSPEC_MESSAGES.skipSpecsAccepted, metaPath);
    } else report("openspec-no-deltas", "error", OPENSPEC_MESSAGES.noDeltas);
  }
  const schema = changeSchema(ctx.root, abs, metadata);
  const tracked = trackedTaskFiles(abs, schema);
  const files = [];
  let unreadable = false;
  for (const file of tracked) {
    const rel = relative(abs, file).split(sep).join("/");
    const text = ctx.read(posix.join(ctx.dir, rel));
    if (text === void 0) unreadable = true;
    else files.push({ path: rel, text });
  }
  files.sort((a, b) => a.path.localeCompare(b.path));
  const findings = [
    ...tracked.length && !unreadable ? checkboxFindings(files) : [],
    ...schema?.builtIn ? numberingFindings(files) : []
  ];
  for (const f of findings)
    report(f.rule, "warning", f.message, posix.join(ctx.dir, f.path), f.line);
  return out;
}
function checkDelta(delta, path, report) {
  for (const s of delta.strayHeaders)
    report("openspec-unknown-header", "info", OPENSPEC_MESSAGES.strayHeader(s.header, s.section), path, s.line);
  for (const u of delta.unpaired)
    report("openspec-unpaired-rename", "error", OPENSPEC_MESSAGES.unpairedRename(u.side, u.name), path, u.line);
  for (const o of delta.orphans)
    report("openspec-orphan-requirement", "warning", OPENSPEC_MESSAGES.orphan(o.name, o.section), path, o.line);
  if (!hasEntries(delta)) {
    const sections = Object.values(delta.sections).map((t) => `"## ${t}"`);
    if (sections.length)
      report("openspec-empty-delta", "error", OPENSPEC_MESSAGES.emptyDeltaSections(sections), path);
    else report("openspec-empty-delta", "error", OPENSPEC_MESSAGES.noDeltaSections, path);
    return 0;
  }
  for (const [op, blocks] of [
    ["ADDED", delta.added],
    ["MODIFIED", delta.modified]
  ]) {
    for (const b of repeats(blocks, (x) => x.name))
      report("duplicate-requirement", "error", OPENSPEC_MESSAGES.duplicate(op, b.name), path, b.line);
    for (const b of blocks) {
      const text = requirementBody(b.body);
      const inHeader = isNormative(b.name);
      if (!text)
        report(
          "requirement-without-text",
          "error",
          OPENSPEC_MESSAGES.deltaNoText(op, b.name, inHeader),
          path,
          b.line
        );
      else if (!isNormative(text))
        report(
          "requirement-without-shall",
          "warning",
          OPENSPEC_MESSAGES.deltaNoShall(op, b.name, inHeader),
          path,
          b.line
        );
      const scenarios = scenariosOf(b.body);
      if (!scenarios.some((s) => s.hasBody)) {
        const message = OPENSPEC_MESSAGES.deltaNoScenario(
          op,
          b.name,
          scenarios.length > 0,
          misplacedScenario(b.body)
        );
        report("requirement-without-scenario", "error", message, path, b.line);
      }
    }
  }
  for (const r of repeats(delta.removed, (x) => x.name))
    report("duplicate-requirement", "error", OPENSPEC_MESSAGES.duplicate("REMOVED", r.name), path, r.line);
  for (const r of repeats(delta.renamed, (x) => x.from))
    report("duplicate-requirement", "error", OPENSPEC_MESSAGES.duplicateRename("FROM", r.from), path, r.line);
  for (const r of repeats(delta.renamed, (x) => x.to))
    report("duplicate-requirement", "error", OPENSPEC_MESSAGES.duplicateRename("TO", r.to), path, r.line);
  const added = new Set(delta.added.map((b) => b.name));
  const modified = new Set(delta.modified.map((b) => b.name));
  const removed = new Set(delta.removed.map((r) => r.name));
  const conflict = (a, b, name) => report("openspec-delta-conflict", "error", OPENSPEC_MESSAGES.conflict(a, b, name), path);
  for (const n of modified) {
    if (removed.has(n)) conflict("MODIFIED", "REMOVED", n);
    if (added.has(n)) conflict("MODIFIED", "ADDED", n);
  }
  for (const n of added) if (removed.has(n)) conflict("ADDED", "REMOVED", n);
  for (const { from, to, line } of delta.renamed) {
    if (modified.has(from))
      report("openspec-delta-conflict", "error", OPENSPEC_MESSAGES.modifiedOldName(to), path, line);
    if (added.has(to)) report("openspec-delta-conflict", "error", OPENSPEC_MESSAGES.renameCollides(to), path, line);
    if ([...removed].some((r) => foldName(r) === foldName(from)))
      conflict("RENAMED", "REMOVED", from);
  }
  return delta.added.length + delta.modified.length + delta.removed.length + delta.renamed.length;
}
function scenarioLoss(delta, mainFile, path, realRoot) {
  const main = readMain(mainFile, realRoot);
  const at = { path, column: 1 };
  if (main.text === void 0) {
    return main.code ? [
      {
        ...at,
        line: 1,
        rule: "openspec-scenario-loss",
        severity: "error",
        message: OPENSPEC_MESSAGES.unreadableMain(relative(realRoot, mainFile).split(sep).join("/"), main.code)
      }
    ] : [];
  }
  const current = /* @__PURE__ */ new Map();
  for (const b of mainRequirements(lineDoc(main.text))?.blocks ?? []) current.set(b.name, b);
  const renamedFrom = new Map(delta.renamed.map((r) => [r.to, r.from]));
  const renamedAway = new Set(delta.renamed.map((r) => r.from));
  const out = [];
  for (const block of delta.modified) {
    if (renamedAway.has(block.name)) continue;
    let key = block.name;
    const visited = /* @__PURE__ */ new Set();
    let base;
    while (key !== void 0 && !visited.has(key)) {
      base = current.get(key);
      if (base) break;
      visited.add(key);
      key = renamedFrom.get(key);
    }
    if (!base) continue;
    const missing = droppedScenarios(base, block);
    if (missing.length === 0) continue;
    out.push({
      ...at,
      line: block.line,
      rule: "openspec-scenario-loss",
      severity: "error",
      message: OPENSPEC_MESSAGES.scenarioLoss(
        block.name,
        missing,
        scenarioNames(block.body).length,
        scenarioNames(base.body).length
      )
    });
  }
  return out;
}
function archiveConflict(delta, mainFile, realRoot) {
  const main = readMain(mainFile, realRoot);
  if (main.text === void 0) {
    if (main.code) return void 0;
    if (delta.modified.length || delta.renamed.length)
      return "the target spec does not exist yet, and a new spec can only have ADDED requirements.";
    return void 0;
  }
  const doc = lineDoc(main.text);
  const names2 = /* @__PURE__ */ new Map();
  for (const b of mainRequirements(doc)?.blocks ?? []) names2.set(b.name, b);
  const near = (name, except) => [...names2.keys()].find((k) => k !== except && foldName(k) === foldName(name));
  for (const { from, to } of delta.renamed) {
    if (!names2.has(from)) {
      if (names2.has(to) && near(from, to) === void 0) continue;
      return `RENAMED FROM "${from}" is not a requirement of the current spec.`;
    }
    if (names2.has(to)) return `RENAMED TO "${to}" already exists in the current spec.`;
    if (near(to, from) !== void 0)
      return `RENAMED TO "${to}" differs only in case or spacing from an existing requirement.`;
    const block = names2.get(from);
    names2.delete(from);
    names2.set(to, { ...block, name: to });
  }
  for (const { name } of delta.removed) {
    if (names2.has(name)) names2.delete(name);
    else if (near(name) !== void 0)
      return `REMOVED "${name}" is not in the current spec, but "${near(name)}" is; fix the name.`;
  }
  for (const block of delta.modified) {
    const base = names2.get(block.name);
    if (!base) return `MODIFIED "${block.name}" is not a requirement of the current spec.`;
    if (droppedScenarios(base, block).length) return `MODIFIED "${block.name}" drops scenarios.`;
    names2.set(block.name, block);
  }
  for (const block of delta.added) {
    const existing = names2.get(block.name);
    if (existing) {
      if (existing.body.join("\n").trim() === block.body.join("\n").trim()) continue;
      return `ADDED "${block.name}" already exists in the current spec; use MODIFIED.`;
    }
    if (near(block.name) !== void 0)
      return `ADDED "${block.name}" differs only in case or spacing from "${near(block.name)}".`;
    names2.set(block.name, block);
  }
  return void 0;
}
var CHANGE_MARKERS = [METADATA_FILE, "proposal.md", "tasks.md", "design.md"];
function looksLikeChange(dir) {
  for (const marker of CHANGE_MARKERS) {
    try {
      if (statSync2(join2(dir, marker)).isFile()) return true;
    } catch {
    }
  }
  return walkSpecs(join2(dir, "specs"), dir).anyFile;
}
function nestedChanges(dir, rel) {
  if (looksLikeChange(dir)) return void 0;
  const entries = entriesOf(dir) ?? [];
  if (entries.some((e) => !e.name.startsWith(".") && !e.isDir)) return void 0;
  const found = [];
  const collect = (d, prefix, depth) => {
    if (depth > 3) return;
    for (const e of entriesOf(d) ?? []) {
      if (!e.isDir || e.name.startsWith(".")) continue;
      const child = join2(d, e.name);
      const id = `${prefix}/${e.name}`;
      if (looksLikeChange(child)) found.push(id);
      else collect(child, id, depth + 1);
    }
  };
  collect(dir, posix.basename(rel), 1);
  return found.length ? found.sort() : void 0;
}

// specbundle/openspec/spec.ts
var MIN_PURPOSE_LENGTH = 50;
var MAX_REQUIREMENT_LENGTH = 500;
var PURPOSE_PLACEHOLDER = {
  prefix: "TBD - created by archiving change ",
  suffix: ". Update Purpose after archive."
};
function headingsOf(doc) {
  const found = [];
  doc.lines.forEach((line, index) => {
    if (doc.fenced[index]) return;
    const m = /^(#{1,6})\s+(.+)$/.exec(line);
    if (m) found.push({ level: m[1].length, title: m[2].trim(), index });
  });
  const stack = [];
  return found.map((h, k) => {
    while (stack.length && found[stack[stack.length - 1]].level >= h.level)
      stack.pop();
    const parent = stack.length ? stack[stack.length - 1] : -1;
    stack.push(k);
    let end = doc.lines.length;
    for (let i = h.index + 1; i < doc.lines.length; i++) {
      const m = doc.fenced[i] ? null : /^(#{1,6})\s+/.exec(doc.lines[i]);
      if (m && m[1].length <= h.level) {
        end = i;
        break;
      }
    }
    return {
      ...h,
      parent,
      content: doc.lines.slice(h.index + 1, end).join("\n").trim()
    };
  });
}
var WORD_END = "(?![\\p{L}\\p{N}\\p{M}_])";
var MARKER_SHOUTED = new RegExp(`^(?:TBD|TODO)${WORD_END}`, "u");
var MARKER_PUNCTUATED = new RegExp(
  `^(?:TBD|TODO)${WORD_END}(?=[ \\t]*(?:$|\\n|[:\\-\\u2013\\u2014.,;()\\[\\]{}]))`,
  "iu"
);
function isPlaceholderPurpose(purpose) {
  const lines = purpose.replace(/\r\n?/g, "\n").split("\n");
  const fenced = fencedLines(lines);
  const prose2 = lines.filter((_, i) => !fenced[i]).join("\n").trim();
  if (MARKER_SHOUTED.test(prose2) || MARKER_PUNCTUATED.test(prose2)) return true;
  let at = prose2.indexOf(PURPOSE_PLACEHOLDER.suffix);
  while (at !== -1) {
    if (prose2.lastIndexOf(PURPOSE_PLACEHOLDER.prefix, at) !== -1) return true;
    at = prose2.indexOf(PURPOSE_PLACEHOLDER.suffix, at + 1);
  }
  return false;
}
function firstContentLine(doc, heading) {
  for (let i = heading.index + 1; i < doc.lines.length; i++) {
    if (doc.lines[i].trim())
      return /^#{1,6}\s/.test(doc.lines[i]) ? heading.index + 1 : i + 1;
  }
  return heading.index + 1;
}
function checkOpenSpecSpec(path, text) {
  const doc = lineDoc(text);
  const out = [];
  const report = (rule, severity, message, line = 1) => {
    out.push({ rule, severity, message, path, line, column: 1 });
  };
  const headings = headingsOf(doc);
  const named = (title) => headings.findIndex((h) => h.title.toLowerCase() === title);
  const purposeAt = named("purpose");
  const purpose = headings[purposeAt];
  if (!purpose?.content) {
    report(
      "openspec-missing-section",
      "error",
      OPENSPEC_MESSAGES.missingPurpose(Boolean(purpose)),
      purpose ? purpose.index + 1 : 1
    );
    return out;
  }
  const requirementsAt = named("requirements");
  if (requirementsAt === -1) {
    report("openspec-missing-section", "error", OPENSPEC_MESSAGES.missingRequirements);
    return out;
  }
  const requirementsHeading = headings[requirementsAt];
  const children = (k) => headings.map((h, i) => ({ h, i })).filter(({ h }) => h.parent === k);
  const requirements = children(requirementsAt);
  if (requirements.length === 0) {
    report("openspec-no-requirements", "error", OPENSPEC_MESSAGES.noRequirements, requirementsHeading.index + 1);
  }
  for (const { h, i } of requirements) {
    const name = h.title.replace(/^Requirement:\s*/i, "");
    const scenarios = children(i).filter((c) => c.h.content.length > 0);
    if (scenarios.length === 0) {
      const next = headings[i + 1];
      const misplaced = misplacedScenario(h.content.split("\n")) ?? (next && next.parent === requirementsAt && /^Scenario\s*:/i.test(next.title) ? `${"#".repeat(next.level)} ${next.title}` : void 0);
      report("requirement-without-scenario", "error", OPENSPEC_MESSAGES.noScenario(name, misplaced), h.index + 1);
    }
    const text2 = requirementBody(h.content.split("\n")) || h.title;
    if (text2.length > MAX_REQUIREMENT_LENGTH)
      report(
        "openspec-requirement-long",
        "info",
        OPENSPEC_MESSAGES.requirementLong(name, text2.length),
        h.index + 1
      );
  }
  out.push(...structureProblems(doc, path));
  if (isPlaceholderPurpose(purpose.content)) {
    report(
      "openspec-purpose-placeholder",
      "warning",
      OPENSPEC_MESSAGES.purposePlaceholder,
      firstContentLine(doc, purpose)
    );
  } else if (purpose.content.length < MIN_PURPOSE_LENGTH) {
    report(
      "openspec-purpose-short",
      "warning",
      OPENSPEC_MESSAGES.purposeShort(purpose.content.length, MIN_PURPOSE_LENGTH),
      firstContentLine(doc, purpose)
    );
  }
  for (const block of mainRequirements(doc)?.blocks ?? []) {
    const body = requirementBody(block.body);
    if (!body) report("requirement-without-text", "error", OPENSPEC_MESSAGES.noText(block.name), block.line);
    else if (!isNormative(body))
      report(
        "requirement-without-shall",
        "warning",
        OPENSPEC_MESSAGES.noShall(block.name, isNormative(block.name)),
        block.line
      );
  }
  return out;
}
function structureProblems(doc, path) {
  const out = [];
  const lines = doc.lines.map((l, i) => doc.fenced[i] ? "" : l);
  const start = lines.findIndex((l) => /^##\s+Requirements\s*$/i.test(l));
  let end = lines.length;
  if (start !== -1) {
    const next = lines.findIndex((l, i) => i > start && /^##\s+/.test(l));
    if (next !== -1) end = next;
  }
  const seen = /* @__PURE__ */ new Map();
  lines.forEach((line, i) => {
    const at = { path, line: i + 1, column: 1, severity: "error" };
    if (/^##\s+(?:ADDED|MODIFIED|REMOVED|RENAMED)\s+Requirements\s*$/i.test(line)) {
      out.push({ ...at, rule: "openspec-delta-in-spec", message: OPENSPEC_MESSAGES.deltaInSpec(line.trim()) });
      return;
    }
    const m = /^###\s+Requirement:\s*(.+)\s*$/i.exec(line);
    if (!m) return;
    if (start === -1 || i <= start || i >= end) {
      out.push({
        ...at,
        rule: "openspec-requirement-outside",
        message: OPENSPEC_MESSAGES.outsideRequirements(line.trim())
      });
      return;
    }
    const name = requirementName(m[1]);
    const first = seen.get(name);
    if (first !== void 0)
      out.push({ ...at, rule: "duplicate-requirement", message: OPENSPEC_MESSAGES.duplicateInSpec(name, first) });
    else seen.set(name, i + 1);
  });
  return out;
}

// specbundle/checks/tasks.ts
var CHECKLIST = /checklist|validation|gate|definition of done|acceptance|quality|review|checkpoint|チェックリスト|检查清单|檢查清單|清单|verificatie/i;
var SUFFIXED_ID = /^T\d{3,}[a-z]\b/;
var CHECKLIST_LABEL = /^\s*(?:\*\*|__)([^*_]+?)(?:\*\*|__)\s*:?\s*(?:\*\*|__)?\s*:?\s*$/;
function underChecklistLabel(lines, item) {
  for (let i = item.position.line - 2; i >= 0; i--) {
    const line = lines[i];
    if (/^\s*(?:[-*+]|\d+[.)])\s/.test(line) || /^\s{2,}\S/.test(line)) continue;
    if (line.trim() === "") continue;
    const m = CHECKLIST_LABEL.exec(line);
    return m !== null && CHECKLIST.test(m[1]);
  }
  return false;
}
function inChecklist(board, item) {
  const groups = new Map(board.groups.map((g) => [g.id, g]));
  const seen = /* @__PURE__ */ new Set();
  for (let g = item.group ? groups.get(item.group) : void 0; g && !seen.has(g.id); g = g.parent ? groups.get(g.parent) : void 0) {
    seen.add(g.id);
    if (CHECKLIST.test(g.title)) return true;
  }
  return false;
}
function checkTasks(doc, rule, limits) {
  const read = readBoardText(doc.text, doc.path, {
    limits,
    ...rule.dialect ? { dialect: rule.dialect } : {}
  });
  const diagnostics = [...read.diagnostics];
  const whole = read.board;
  if (!whole) return { diagnostics };
  const lines = doc.text.split("\n");
  const board = {
    ...whole,
    items: whole.items.filter(
      (i) => !(i.generatedId && (inChecklist(whole, i) || underChecklistLabel(lines, i)))
    )
  };
  const min = rule.minTasks ?? 1;
  if (board.items.length < min) {
    diagnostics.push({
      rule: "no-tasks",
      severity: "error",
      message: MESSAGES.noTasks(doc.path, board.items.length, min, rule.dialect),
      path: doc.path,
      line: 1,
      column: 1
    });
  }
  if (rule.requireIds) {
    for (const item of board.items) {
      if (!item.generatedId || SUFFIXED_ID.test(item.title)) continue;
      diagnostics.push({
        rule: "task-without-id",
        severity: "warning",
        message: MESSAGES.taskWithoutId(item.title),
        path: doc.path,
        line: item.position.line,
        column: item.position.column
      });
    }
  }
  return { board, diagnostics };
}

// specbundle/discover.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { existsSync as existsSync2, statSync as statSync3 } from "node:fs";
import { isAbsolute, join as join3, posix as posix2, relative as relative2, resolve, sep as sep2 } from "node:path";
var MARKDOWN = ["**/*.md", "**/*.markdown"];
function findBundles(root, profile, env = process.env) {
  const out = [];
  for (const layout of profile.bundles) {
    const dirs = globSync(layout.glob, {
      cwd: root,
      onlyDirectories: true,
      expandDirectories: false,
      ignore: [...ALWAYS_EXCLUDED, ...layout.exclude ?? []],
      // A marker layout walks a tree (openspec/specs/**): linked folders are not followed.
      ...layout.marker ? { followSymbolicLinks: false } : {}
    });
    const base = globBase(layout.glob);
    for (const d of dirs) {
      const dir = d.replace(/\/$/, "");
      if (layout.marker && (dir === base || !isFile(join3(root, dir, layout.marker)))) continue;
      out.push({ profile, layout, dir });
    }
    const current = currentDir(root, layout, env);
    if (current !== void 0) {
      const known = out.find((b) => b.layout === layout && b.dir === current);
      if (known) known.current = true;
      else out.push({ profile, layout, dir: current, current: true });
    }
  }
  return out.sort((a, b) => a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0);
}
function currentDir(root, layout, env) {
  const spec = layout.current;
  if (!spec) return void 0;
  let value = spec.env ? env[spec.env]?.trim() : void 0;
  if (!value && spec.file && spec.key) {
    try {
      const data = JSON.parse(readWorkspaceText(root, spec.file));
      const v = data?.[spec.key];
      if (typeof v === "string") value = v.trim();
    } catch {
    }
  }
  if (!value) return void 0;
  const rel = relative2(root, resolve(root, value));
  if (!rel || rel === ".." || rel.startsWith(`..${sep2}`) || isAbsolute(rel)) return void 0;
  try {
    if (!statSync3(join3(root, rel)).isDirectory()) return void 0;
  } catch {
    return void 0;
  }
  return rel.split(sep2).join("/");
}
function isFile(path) {
  try {
    return statSync3(path).isFile();
  } catch {
    return false;
  }
}
function innerBundles(bundles, dir) {
  return bundles.filter((b) => b.dir !== dir && isInside(b.dir, dir)).map((b) => b.dir);
}
function hasSharedFiles(root, profile) {
  return (profile.shared ?? []).some((f) => matchFiles(root, ".", f).length > 0);
}
function matchFiles(root, dir, rule) {
  const rel = (p) => dir === "." ? p : posix2.join(dir, p);
  if (!import_picomatch.default.scan(rule.path).isGlob) {
    const full = join3(root, rel(rule.path));
    return existsSync2(full) ? [rel(rule.path)] : [];
  }
  return globWorkspace(root, [rule.path], { cwd: dir, dot: true, ignore: ALWAYS_EXCLUDED }).files.map(rel).sort();
}
function markdownFiles(root, dir) {
  return globWorkspace(root, MARKDOWN, { cwd: dir, ignore: ALWAYS_EXCLUDED }).files.map((p) => posix2.join(dir, p)).sort();
}
function globBase(glob) {
  return import_picomatch.default.scan(glob).base || ".";
}
function isInside(path, dir) {
  return dir === "." || path === dir || path.startsWith(`${dir}/`);
}
function selectByPaths(bundles, paths) {
  const unmatched = [];
  const selected = /* @__PURE__ */ new Set();
  for (const p of paths) {
    const holders = bundles.filter((b) => isInside(p, b.dir) && b.dir !== p);
    const innermost = holders.filter(
      (b) => !holders.some((o) => o.profile === b.profile && o.dir !== b.dir && isInside(o.dir, b.dir))
    );
    const hits = [...bundles.filter((b) => isInside(b.dir, p)), ...innermost];
    if (hits.length === 0) unmatched.push(p);
    for (const b of hits) selected.add(b);
  }
  return { selected: bundles.filter((b) => selected.has(b)), unmatched };
}

// specbundle/bundle.ts
var FILE_CHECKS = {
  "openspec-requirements": checkOpenSpecRequirements,
  "openspec-spec": (doc) => checkOpenSpecSpec(doc.path, doc.text),
  "needs-clarification": checkClarifications
};
var isMarkdown = (path) => /\.(?:md|markdown)$/i.test(path);
var readsContent = (rule) => Boolean(rule.headings?.length || rule.forbidden?.length || rule.tasks || rule.checks?.length);
function checkBundle(root, bundle, lint, limits, inner = [], aliases = {}) {
  const { profile, layout, dir } = bundle;
  const kind = layout?.name ?? "shared";
  const diagnostics = [];
  const files = /* @__PURE__ */ new Set();
  const docs = /* @__PURE__ */ new Map();
  const boards = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  const read = (path) => {
    files.add(path);
    if (seen.has(path)) return docs.get(path);
    seen.add(path);
    const result = readSpecDocument(root, path, limits);
    diagnostics.push(...result.diagnostics);
    if (result.document) docs.set(path, result.document);
    return result.document;
  };
  if (layout?.namePattern && !bundle.current) {
    const name = posix3.basename(dir);
    if (!new RegExp(layout.namePattern).test(name)) {
      diagnostics.push({
        rule: "bundle-name",
        severity: layout.nameSeverity ?? "error",
        message: MESSAGES.bundleName(kind, name, layout.namePattern),
        path: dir,
        line: 1,
        column: 1
      });
    }
  }
  const ran = /* @__PURE__ */ new Set();
  for (const rule of layout ? layout.files : profile.shared ?? []) {
    const matches = matchFiles(root, dir, rule);
    const trigger = rule.requiredWhen?.map((p) => matchFiles(root, dir, { path: p })[0]).find((p) => p !== void 0);
    const required = rule.requiredWhen ? trigger !== void 0 : rule.required !== false;
    if (matches.length === 0 && required) {
      const glob = import_picomatch2.default.scan(rule.path).isGlob;
      const target = dir === "." ? rule.path : posix3.join(dir, rule.path);
      diagnostics.push({
        rule: "missing-file",
        severity: "error",
        message: !layout ? MESSAGES.missingSharedFile(profile.id, rule.path) : trigger !== void 0 ? MESSAGES.missingStageFile(kind, dir, rule.path, posix3.basename(trigger)) : glob ? MESSAGES.missingFiles(kind, dir, rule.path) : MESSAGES.missingFile(kind, dir, rule.path),
        // A glob names no single file: the message goes on the folder.
        path: glob ? dir : target,
        line: 1,
        column: 1
      });
    }
    for (const path of matches) {
      files.add(path);
      if (!readsContent(rule) && !isMarkdown(path)) continue;
      const doc = read(path);
      if (!doc) continue;
      if (rule.headings)
        diagnostics.push(...checkHeadings(doc, rule.headings, profile.id, aliases));
      if (rule.forbidden) diagnostics.push(...checkForbidden(doc, rule.forbidden));
      if (rule.tasks) {
        const tasks = checkTasks(doc, rule.tasks, limits);
        diagnostics.push(...tasks.diagnostics);
        if (tasks.board) boards.set(path, tasks.board);
      }
      for (const id of rule.checks ?? []) {
        if (ran.has(`${id}\0${path}`)) continue;
        ran.add(`${id}\0${path}`);
        diagnostics.push(...FILE_CHECKS[id](doc));
      }
    }
  }
  for (const id of layout?.checks ?? []) {
    if (id === "openspec-change")
      diagnostics.push(...checkOpenSpecChange({ root, dir, read: (p) => read(p)?.text }));
  }
  if (layout) {
    for (const path of markdownFiles(root, dir)) {
      if (!inner.some((d) => isInside(path, d))) read(path);
    }
  }
  for (const doc of docs.values()) {
    if (profile.forbidden) diagnostics.push(...checkForbidden(doc, profile.forbidden));
    if (isMarkdown(doc.path)) diagnostics.push(...lintDocument(doc, lint));
  }
  const coverage = layout?.coverage;
  if (coverage) {
    const requirements = docs.get(posix3.join(dir, coverage.requirements));
    const tasksPath = posix3.join(dir, coverage.tasks);
    const tasksDoc = docs.get(tasksPath);
    const board = boards.get(tasksPath) ?? (tasksDoc ? readBoardText(tasksDoc.text, tasksPath, { limits }).board : void 0);
    if (requirements && tasksDoc && board) {
      const others = [...docs.values()].filter((d) => d !== requirements && d !== tasksDoc);
      diagnostics.push(...checkCoverage(requirements, tasksDoc, board, coverage, others));
    }
  }
  return { diagnostics, files: [...files].sort() };
}

// specbundle/changed.ts
import { execFileSync } from "node:child_process";
var MAX_OUTPUT = 64 * 1024 * 1024;
var GitError = class extends Error {
  constructor(message, stderr, missing = false) {
    super(message);
    this.stderr = stderr;
    this.missing = missing;
  }
  stderr;
  missing;
};
function git(cwd, args) {
  try {
    return execFileSync("git", args, {
      cwd,
      encoding: "utf8",
      maxBuffer: MAX_OUTPUT,
      stdio: ["ignore", "pipe", "pipe"],
      // Paths as they are, and no pager or prompt can ever wait for input.
      env: { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_PAGER: "cat", LC_ALL: "C" }
    });
  } catch (e) {
    const err = e;
    const stderr = String(err.stderr ?? "").trim();
    throw new GitError(stderr.split("\n")[0] || err.message, stderr, err.code === "ENOENT");
  }
}
function failure(message) {
  return {
    rule: "git-failed",
    severity: "error",
    message,
    path: ".",
    line: 1,
    column: 1,
    fatal: true
  };
}
var zList = (out) => out.split("\0").filter(Boolean);
function changedFiles(root, base) {
  if (!base || base.startsWith("-")) {
    return { diagnostic: failure(`"${base}" is not a git revision to compare with.`) };
  }
  let commit;
  try {
    commit = git(root, ["rev-parse", "--verify", "--quiet", `${base}^{commit}`]).trim();
  } catch (e) {
    const err = e;
    if (err.missing) return { diagnostic: failure("git is not installed or not on PATH.") };
    if (/not a git repository/i.test(err.stderr)) {
      return {
        diagnostic: failure(`${root} is not inside a git repository: --changed-only needs one.`)
      };
    }
    if (/dubious ownership/i.test(err.stderr)) {
      return {
        diagnostic: failure(
          `git refuses to work in ${root} (it belongs to another user). Mark it safe: git config --global --add safe.directory ${root}`
        )
      };
    }
    return {
      diagnostic: failure(
        err.stderr ? `git could not read the base revision "${base}": ${err.message}` : `The base revision "${base}" is not in this clone. Fetch it first; in GitHub Actions, check out with fetch-depth: 0.`
      )
    };
  }
  let mergeBase;
  try {
    mergeBase = git(root, ["merge-base", commit, "HEAD"]).trim();
  } catch {
    return {
      diagnostic: failure(
        `HEAD and the base "${base}" have no common history in this clone (a shallow clone?). In GitHub Actions, check out with fetch-depth: 0.`
      )
    };
  }
  try {
    const changed = zList(
      git(root, ["diff", "--name-only", "--no-renames", "--relative", "-z", mergeBase, "--"])
    );
    const untracked = zList(git(root, ["ls-files", "--others", "--exclude-standard", "-z"]));
    return { files: [.../* @__PURE__ */ new Set([...changed, ...untracked])].sort(), base: commit };
  } catch (e) {
    return { diagnostic: failure(`git could not list the changed files: ${e.message}`) };
  }
}

// specbundle/registry.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { resolve as resolve2 } from "node:path";
function loadProfiles(root, options) {
  const config = loadConfig(root, options.configPath);
  const registry = new Map(BUILTIN_PROFILES.map((p) => [p.id, p]));
  if (config.diagnostics.some((d) => d.fatal)) {
    return {
      settings: {},
      registry,
      fromFiles: [],
      limits: DEFAULT_LIMITS,
      diagnostics: config.diagnostics
    };
  }
  const diagnostics = [];
  let settings = {};
  const raw = config.config.specBundle;
  if (raw !== void 0 && config.path) {
    let locate2;
    try {
      locate2 = textLocator(readFileSync2(resolve2(root, config.path), "utf8"));
    } catch {
      locate2 = void 0;
    }
    const source = { path: config.path, pointer: "/specBundle", kind: "config" };
    if (locate2) source.locate = locate2;
    const checked = validateSettings(raw, source);
    diagnostics.push(...checked.diagnostics);
    if (checked.settings) settings = checked.settings;
  }
  for (const p of settings.custom ?? []) registry.set(p.id, p);
  const fromFiles = [];
  const optionFiles = options.profileFiles ?? [];
  for (const file of [...settings.profileFiles ?? [], ...optionFiles]) {
    const loaded = loadProfileFile(root, file);
    diagnostics.push(...loaded.diagnostics);
    for (const p of loaded.profiles) registry.set(p.id, p);
    if (optionFiles.includes(file)) fromFiles.push(...loaded.profiles.map((p) => p.id));
  }
  return { settings, registry, fromFiles, limits: config.limits, diagnostics };
}

// specbundle/check.ts
var RANK = { info: 0, warning: 1, error: 2 };
function fatal(rule, message, path) {
  return { rule, severity: "error", message, path, line: 1, column: 1, fatal: true };
}
function finding(rule, message, path) {
  return { rule, severity: "error", message, path, line: 1, column: 1 };
}
function workspacePath(root, p) {
  const rel = relative3(root, resolve3(root, p));
  if (rel === "") return ".";
  if (rel === ".." || rel.startsWith(`..${sep3}`) || isAbsolute2(rel)) return void 0;
  return rel.split(sep3).join("/");
}
function detectProfiles(root, registry, env) {
  return [...registry.values()].filter(
    (profile) => hasSharedFiles(root, profile) || findBundles(root, profile, env).some(
      (b) => (b.layout?.files ?? []).some((f) => matchFiles(root, b.dir, f).length > 0)
    )
  );
}
function expectedWhere(profile) {
  return profile.bundles.map((l) => {
    if (l.marker) return `${l.glob}/${l.marker}`;
    const required = l.files.filter((f) => f.required !== false).map((f) => f.path);
    return required.length ? `${l.glob}/ with ${required.join(", ")}` : `${l.glob}/`;
  }).join("; or ");
}
function unusable(diagnostics, failOn, profiles = []) {
  return {
    profiles,
    bundles: [],
    diagnostics: diagnostics.sort(compareDiagnostics),
    unusable: true,
    failOn,
    passed: false
  };
}
function selectProfiles(root, options, loaded) {
  const { settings, registry, fromFiles } = loaded;
  const named = [options.profiles, settings.profiles, fromFiles].find((ids) => ids?.length);
  if (named) {
    const known = [...registry.keys()];
    const unknown = named.filter((id) => !registry.has(id));
    return {
      profiles: unknown.length ? [] : [...new Set(named)].map((id) => registry.get(id)),
      diagnostics: unknown.map(
        (id) => fatal("unknown-profile", MESSAGES.unknownProfile(id, known), ".")
      )
    };
  }
  const profiles = detectProfiles(root, registry, options.env);
  if (profiles.length || options.changedOnly) return { profiles, diagnostics: [] };
  const expected2 = [...registry.values()].map(
    (p) => `${p.id}: ${p.bundles.map((l) => l.marker ? `${l.glob}/${l.marker}` : l.glob).join(", ")}`
  );
  return {
    profiles,
    diagnostics: [finding("no-bundle", MESSAGES.noProfileDetected(expected2.join("; ")), ".")]
  };
}
function selectBundles(root, options, profiles) {
  const diagnostics = [];
  const paths = [];
  for (const p of options.paths ?? []) {
    const rel = workspacePath(root, p);
    if (rel === void 0 || !existsSync3(join4(root, rel))) {
      diagnostics.push(fatal("missing-path", MESSAGES.missingPath(p), p));
    } else paths.push(rel);
  }
  const all = profiles.flatMap((p) => findBundles(root, p, options.env));
  if (paths.length) {
    const { selected, unmatched } = selectByPaths(all, paths);
    const ids = profiles.map((p) => p.id);
    for (const p of unmatched)
      diagnostics.push(finding("no-bundle", MESSAGES.noBundleAt(p, ids), p));
    return { bundles: selected, diagnostics };
  }
  if (!options.changedOnly) {
    for (const profile of profiles) {
      if (all.some((b) => b.profile === profile)) continue;
      const where2 = globBase(profile.bundles[0]?.glob ?? ".");
      diagnostics.push(
        finding("no-bundle", MESSAGES.noBundle(profile.id, expectedWhere(profile)), where2)
      );
    }
  }
  return { bundles: all, diagnostics };
}
function withChanges(root, options, profiles, bundles) {
  let changed;
  let sharedChanged = (_p) => false;
  if (options.changedOnly) {
    const diff = changedFiles(root, options.base ?? "");
    if ("diagnostic" in diff) return diff;
    const touched = bundles.filter((b) => diff.files.some((f) => isInside(f, b.dir)));
    changed = { base: diff.base, files: diff.files, skipped: bundles.length - touched.length };
    bundles = touched;
    sharedChanged = (p) => (p.shared ?? []).some(
      (rule) => diff.files.some((f) => (0, import_picomatch3.default)(rule.path, { dot: true })(f))
    );
  }
  const out = [...bundles];
  for (const profile of profiles) {
    if (!profile.shared?.length) continue;
    if (bundles.some((b) => b.profile === profile) || sharedChanged(profile)) {
      out.push({ profile, dir: "." });
    }
  }
  return changed ? { bundles: out, changed } : { bundles: out };
}
var compareBundles = (a, b) => a.dir !== b.dir ? a.dir < b.dir ? -1 : 1 : a.profile < b.profile ? -1 : a.profile > b.profile ? 1 : 0;
function checkSpecBundles(options) {
  const root = resolve3(options.root);
  const loaded = loadProfiles(root, options);
  const failOn = options.failOn ?? loaded.settings.failOn ?? "error";
  if (loaded.diagnostics.some((d) => d.fatal)) return unusable(loaded.diagnostics, failOn);
  const diagnostics = [...loaded.diagnostics];
  const selected = selectProfiles(root, options, loaded);
  diagnostics.push(...selected.diagnostics);
  if (diagnostics.some((d) => d.fatal)) return unusable(diagnostics, failOn);
  const { profiles } = selected;
  const ids = profiles.map((p) => p.id);
  const found = selectBundles(root, options, profiles);
  diagnostics.push(...found.diagnostics);
  const scope = withChanges(root, options, profiles, found.bundles);
  if ("diagnostic" in scope) return unusable([...diagnostics, scope.diagnostic], failOn, ids);
  const results = [];
  for (const bundle of scope.bundles) {
    const lint = mergeLintSettings(bundle.profile.lint, loaded.settings.lint, options.lint);
    const inner = bundle.layout ? innerBundles(found.bundles, bundle.dir) : [];
    const checked = checkBundle(
      root,
      bundle,
      lint,
      loaded.limits,
      inner,
      loaded.settings.headingAliases ?? {}
    );
    diagnostics.push(...checked.diagnostics);
    const count = (s) => checked.diagnostics.filter((d) => d.severity === s).length;
    results.push({
      profile: bundle.profile.id,
      kind: bundle.layout?.name ?? "shared",
      dir: bundle.dir,
      files: checked.files,
      errors: count("error"),
      warnings: count("warning"),
      infos: count("info")
    });
  }
  diagnostics.sort(compareDiagnostics);
  const isUnusable = diagnostics.some((d) => d.fatal);
  const result = {
    profiles: ids,
    bundles: results.sort(compareBundles),
    diagnostics,
    unusable: isUnusable,
    failOn,
    passed: !isUnusable && !diagnostics.some((d) => RANK[d.severity] >= RANK[failOn])
  };
  if (scope.changed) result.changed = scope.changed;
  return result;
}

export {
  SPEC_BUNDLE_RULES,
  LINT_RULE_IDS,
  specProfileSchema,
  BUILTIN_PROFILES,
  validateProfile,
  loadProfileFile,
  checkSpecBundles
};
