import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  ALWAYS_EXCLUDED,
  DEFAULT_LIMITS,
  DIALECTS,
  SKIP,
  VFile,
  VFileMessage,
  asciiDigit,
  asciiPunctuation,
  compareDiagnostics,
  decodeMarkdown,
  findDialect,
  globSync,
  loadConfig,
  normalizeIdentifier,
  ok,
  parseMarkdown,
  parseMarkdownWhole,
  phrasing,
  plain,
  readBoardText,
  require__,
  require_dist,
  require_picomatch,
  spec_profile_schema_default,
  toString,
  unified,
  visit,
  visitParents,
  wrap
} from "./chunk-GMREY77S.js";
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

// specbundle/profiles.ts
var import__ = __toESM(require__(), 1);
var import_yaml = __toESM(require_dist(), 1);
import { readFileSync } from "node:fs";
import { join } from "node:path";

// schemas/spec-profiles/openspec.json
var openspec_default = {
  $schema: "../spec-profile.schema.json",
  id: "openspec",
  title: "OpenSpec",
  description: "openspec/specs/<capability>/spec.md (Purpose, Requirements, `### Requirement:` blocks with `#### Scenario:`s and SHALL/MUST) and change proposals in openspec/changes/<change>/ with proposal.md, tasks.md and delta specs.",
  bundles: [
    {
      name: "capability",
      glob: "openspec/specs/*",
      files: [
        {
          path: "spec.md",
          headings: [
            { title: "Purpose", depth: 2 },
            { title: "Requirements", depth: 2 }
          ],
          checks: ["openspec-requirements"]
        }
      ]
    },
    {
      name: "change",
      glob: "openspec/changes/*",
      exclude: ["openspec/changes/archive"],
      files: [
        {
          path: "proposal.md",
          headings: [
            { title: "Why", depth: 2 },
            { title: "What Changes", depth: 2 }
          ]
        },
        {
          path: "tasks.md",
          tasks: { dialect: "openspec", minTasks: 1 }
        },
        {
          path: "design.md",
          required: false
        },
        {
          path: "specs/*/spec.md",
          headings: [
            {
              title: "ADDED, MODIFIED, REMOVED or RENAMED Requirements",
              pattern: "^(?:ADDED|MODIFIED|REMOVED|RENAMED) Requirements$",
              depth: 2
            }
          ],
          checks: ["openspec-requirements"]
        }
      ]
    }
  ]
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
  description: "specs/NNN-name/ with spec.md, plan.md and tasks.md as written by /speckit.specify, /speckit.plan and /speckit.tasks, and the project constitution in .specify/memory/constitution.md.",
  bundles: [
    {
      name: "feature",
      glob: "specs/*",
      namePattern: "^\\d{3}-[a-z0-9]+(?:-[a-z0-9]+)*$",
      files: [
        {
          path: "spec.md",
          headings: [
            { title: "User Scenarios & Testing", aliases: ["User Scenarios and Testing"] },
            { title: "Requirements" },
            { title: "Success Criteria" }
          ]
        },
        {
          path: "plan.md",
          headings: [
            { title: "Summary" },
            { title: "Technical Context" },
            { title: "Constitution Check" }
          ]
        },
        {
          path: "tasks.md",
          tasks: { dialect: "spec-kit", minTasks: 1, requireIds: true }
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
        { title: "Core Principles", aliases: ["Principles"] },
        { title: "Governance" }
      ]
    }
  ],
  forbidden: [
    {
      rule: "needs-clarification",
      pattern: "\\[NEEDS CLARIFICATION(?!\\]\\s+markers?\\b)",
      message: "Unresolved [NEEDS CLARIFICATION] marker: answer the question (/speckit.clarify) and replace the marker with the decision.",
      severity: "error"
    },
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
  missingFiles: (kind, dir, glob) => `The ${kind} ${dir} has no file matching ${glob}.`,
  missingSharedFile: (profile, path) => `The ${profile} profile needs ${path}, which does not exist.`,
  missingHeading: (profile, title, depth) => `No ${quote(`${depth ? `${"#".repeat(depth)} ` : ""}${title}`)} section; the ${profile} profile requires one.`,
  headingLevel: (title, found, depth) => `${quote(title)} is a level-${found} heading; the profile expects ${"#".repeat(depth)} (level ${depth}).`,
  emptySection: (title) => `The ${quote(title)} section has nothing under its heading but comments; write its content.`,
  forbidden: (message, match) => `${message} Found: ${quote(match)}.`,
  noTasks: (file, found, min, dialect) => `${file} holds ${found} task(s)${dialect ? ` the ${dialect} dialect reads` : ""}; at least ${min} required (${dialect ? TASK_FORMAT[dialect] ?? "see `boardwright dialects`" : "a task list such as `- [ ] Write the migration`"}).`,
  taskWithoutId: (title) => `Task "${title}" has no id; number it like the others (T001, T002, \u2026) so that it can be referenced.`,
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
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter, prettyErrors: false });
  return (pointer) => {
    const keys = pointer.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~")).map((p) => /^\d+$/.test(p) ? Number(p) : p);
    for (let n = keys.length; n >= 0; n--) {
      const node = n ? doc.getIn(keys.slice(0, n), true) : doc.contents;
      if ((0, import_yaml.isNode)(node) && node.range) {
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
      if (typeof h !== "string") regex(h.pattern, `${at}/${i}/headings/${j}/pattern`);
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
    text = readFileSync(join(root, path), "utf8");
  } catch (e) {
    const why = e.code ?? e.message;
    return fail(`Profile file ${path} cannot be read: ${why}.`);
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const at = /position (\d+)/.exec(e.message);
    const yamlAt = (0, import_yaml.parseDocument)(text).errors[0]?.linePos?.[0];
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
  const locate = textLocator(text);
  const items = Array.isArray(data) ? data : [data];
  const profiles = [];
  const diagnostics = [];
  items.forEach((item, i) => {
    const checked = validateProfile(item, {
      path,
      pointer: Array.isArray(data) ? `/${i}` : "",
      locate
    });
    diagnostics.push(...checked.diagnostics);
    if (checked.profile) profiles.push(checked.profile);
  });
  return { profiles, diagnostics };
}

// specbundle/check.ts
var import_picomatch3 = __toESM(require_picomatch(), 1);
import { existsSync as existsSync2 } from "node:fs";
import { isAbsolute, join as join5, relative, resolve, sep } from "node:path";

// specbundle/bundle.ts
var import_picomatch2 = __toESM(require_picomatch(), 1);
import { posix as posix2 } from "node:path";

// specbundle/document.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { join as join2 } from "node:path";
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
  const tree = parseMarkdown(text);
  return { path, text, tree, headings: indexHeadings(tree), lineStarts: lineStartsOf(text) };
}
function readSpecDocument(root, path, limits) {
  let bytes;
  try {
    bytes = readFileSync2(join2(root, path));
  } catch (e) {
    const code = e.code ?? e.message;
    return {
      diagnostics: [
        {
          rule: "unreadable-file",
          severity: "error",
          message: MESSAGES.unreadable(path, code),
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

// specbundle/checks/coverage.ts
function taskText(item) {
  return [
    item.title,
    item.description ?? "",
    ...Object.values(item.fields),
    ...item.acceptance.map((a) => a.text)
  ].join("\n");
}
function checkCoverage(requirements, tasks, rule) {
  const re = new RegExp(rule.pattern, "g");
  const skip = nonProseRanges(requirements);
  const defined = /* @__PURE__ */ new Map();
  for (const m of requirements.text.matchAll(re)) {
    if (!inRanges(skip, m.index) && !defined.has(m[0])) defined.set(m[0], m.index);
  }
  const mentioned = /* @__PURE__ */ new Set();
  for (const item of tasks.items) for (const m of taskText(item).matchAll(re)) mentioned.add(m[0]);
  const out = [];
  for (const [id, offset] of defined) {
    if (mentioned.has(id)) continue;
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
var QUOTE_CHARS = 60;
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
      if (shown.length > QUOTE_CHARS) shown = `${shown.slice(0, QUOTE_CHARS - 1)}\u2026`;
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
function expected(rule) {
  if (typeof rule === "string") {
    const key = headingKey(rule);
    return { title: rule, matches: (h) => h.key === key, severity: "error", allowEmpty: false };
  }
  let matches;
  if (rule.pattern) {
    const re = new RegExp(rule.pattern, "i");
    matches = (h) => re.test(h.text);
  } else {
    const keys = new Set([rule.title, ...rule.aliases ?? []].map(headingKey));
    matches = (h) => keys.has(h.key);
  }
  const out = {
    title: rule.title,
    matches,
    severity: rule.severity ?? "error",
    allowEmpty: rule.allowEmpty ?? false
  };
  if (rule.depth !== void 0) out.depth = rule.depth;
  return out;
}
function checkHeadings(doc, rules, profile) {
  const out = [];
  for (const rule of rules.map(expected)) {
    const found = doc.headings.filter(rule.matches);
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
          message: MESSAGES.missingHeading(profile, rule.title, rule.depth),
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

// specbundle/checks/tasks.ts
function checkTasks(doc, rule, limits) {
  const read = readBoardText(doc.text, doc.path, {
    limits,
    ...rule.dialect ? { dialect: rule.dialect } : {}
  });
  const diagnostics = [...read.diagnostics];
  const board = read.board;
  if (!board) return { diagnostics };
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
      if (!item.generatedId) continue;
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
import { existsSync } from "node:fs";
import { join as join3, posix } from "node:path";
var MARKDOWN = ["**/*.md", "**/*.markdown"];
function findBundles(root, profile) {
  const out = [];
  for (const layout of profile.bundles) {
    const dirs = globSync(layout.glob, {
      cwd: root,
      onlyDirectories: true,
      expandDirectories: false,
      ignore: [...ALWAYS_EXCLUDED, ...layout.exclude ?? []]
    });
    for (const d of dirs) out.push({ profile, layout, dir: d.replace(/\/$/, "") });
  }
  return out.sort((a, b) => a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0);
}
function hasSharedFiles(root, profile) {
  return (profile.shared ?? []).some((f) => matchFiles(root, ".", f).length > 0);
}
function matchFiles(root, dir, rule) {
  const rel = (p) => dir === "." ? p : posix.join(dir, p);
  if (!import_picomatch.default.scan(rule.path).isGlob) {
    const full = join3(root, rel(rule.path));
    return existsSync(full) ? [rel(rule.path)] : [];
  }
  return globSync(rule.path, {
    cwd: join3(root, dir),
    dot: true,
    expandDirectories: false,
    ignore: ALWAYS_EXCLUDED
  }).map(rel).sort();
}
function markdownFiles(root, dir) {
  return globSync(MARKDOWN, {
    cwd: join3(root, dir),
    expandDirectories: false,
    ignore: ALWAYS_EXCLUDED
  }).map((p) => posix.join(dir, p)).sort();
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
    const hits = bundles.filter((b) => isInside(b.dir, p) || isInside(p, b.dir));
    if (hits.length === 0) unmatched.push(p);
    for (const b of hits) selected.add(b);
  }
  return { selected: bundles.filter((b) => selected.has(b)), unmatched };
}

// specbundle/bundle.ts
var FILE_CHECKS = {
  "openspec-requirements": checkOpenSpecRequirements
};
var isMarkdown = (path) => /\.(?:md|markdown)$/i.test(path);
var readsContent = (rule) => Boolean(rule.headings?.length || rule.forbidden?.length || rule.tasks || rule.checks?.length);
function checkBundle(root, bundle, lint, limits) {
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
  if (layout?.namePattern) {
    const name = posix2.basename(dir);
    if (!new RegExp(layout.namePattern).test(name)) {
      diagnostics.push({
        rule: "bundle-name",
        severity: "error",
        message: MESSAGES.bundleName(kind, name, layout.namePattern),
        path: dir,
        line: 1,
        column: 1
      });
    }
  }
  for (const rule of layout ? layout.files : profile.shared ?? []) {
    const matches = matchFiles(root, dir, rule);
    if (matches.length === 0 && rule.required !== false) {
      const glob = import_picomatch2.default.scan(rule.path).isGlob;
      const target = dir === "." ? rule.path : posix2.join(dir, rule.path);
      diagnostics.push({
        rule: "missing-file",
        severity: "error",
        message: !layout ? MESSAGES.missingSharedFile(profile.id, rule.path) : glob ? MESSAGES.missingFiles(kind, dir, rule.path) : MESSAGES.missingFile(kind, dir, rule.path),
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
      if (rule.headings) diagnostics.push(...checkHeadings(doc, rule.headings, profile.id));
      if (rule.forbidden) diagnostics.push(...checkForbidden(doc, rule.forbidden));
      if (rule.tasks) {
        const tasks = checkTasks(doc, rule.tasks, limits);
        diagnostics.push(...tasks.diagnostics);
        if (tasks.board) boards.set(path, tasks.board);
      }
      for (const id of rule.checks ?? []) diagnostics.push(...FILE_CHECKS[id](doc));
    }
  }
  if (layout) for (const path of markdownFiles(root, dir)) read(path);
  for (const doc of docs.values()) {
    if (profile.forbidden) diagnostics.push(...checkForbidden(doc, profile.forbidden));
    if (isMarkdown(doc.path)) diagnostics.push(...lintDocument(doc, lint));
  }
  const coverage = layout?.coverage;
  if (coverage) {
    const requirements = docs.get(posix2.join(dir, coverage.requirements));
    const tasksPath = posix2.join(dir, coverage.tasks);
    const tasksDoc = docs.get(tasksPath);
    const board = boards.get(tasksPath) ?? (tasksDoc ? readBoardText(tasksDoc.text, tasksPath, { limits }).board : void 0);
    if (requirements && board) diagnostics.push(...checkCoverage(requirements, board, coverage));
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
import { readFileSync as readFileSync3 } from "node:fs";
import { join as join4 } from "node:path";
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
    let locate;
    try {
      locate = textLocator(readFileSync3(join4(root, config.path), "utf8"));
    } catch {
      locate = void 0;
    }
    const source = { path: config.path, pointer: "/specBundle", kind: "config" };
    if (locate) source.locate = locate;
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
  const rel = relative(root, resolve(root, p));
  if (rel === "") return ".";
  if (rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return void 0;
  return rel.split(sep).join("/");
}
function detectProfiles(root, registry) {
  return [...registry.values()].filter(
    (profile) => hasSharedFiles(root, profile) || findBundles(root, profile).some(
      (b) => (b.layout?.files ?? []).some((f) => matchFiles(root, b.dir, f).length > 0)
    )
  );
}
function expectedWhere(profile) {
  return profile.bundles.map(
    (l) => `${l.glob}/ with ${l.files.filter((f) => f.required !== false).map((f) => f.path).join(", ")}`
  ).join("; or ");
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
  const profiles = detectProfiles(root, registry);
  if (profiles.length || options.changedOnly) return { profiles, diagnostics: [] };
  const expected2 = [...registry.values()].map(
    (p) => `${p.id}: ${p.bundles.map((l) => l.glob).join(", ")}`
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
    if (rel === void 0 || !existsSync2(join5(root, rel))) {
      diagnostics.push(fatal("missing-path", MESSAGES.missingPath(p), p));
    } else paths.push(rel);
  }
  const all = profiles.flatMap((p) => findBundles(root, p));
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
  const root = resolve(options.root);
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
    const checked = checkBundle(root, bundle, lint, loaded.limits);
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
