import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  ReleaseError,
  createAnnotatedTag,
  fileStatus,
  hasControlCharacter,
  isAncestor,
  readCommitDate,
  readCommits,
  readRemoteUrl,
  readRepoState,
  readTags,
  streamCommits,
  tagExists
} from "./chunk-KYS7WZRZ.js";
import {
  OutputPathError,
  safeOutputPath,
  writeOutputs
} from "./chunk-5ASJFVCF.js";
import {
  loadWorkspace
} from "./chunk-M3STHF6A.js";
import {
  __commonJS,
  __toESM
} from "./chunk-M7RL3SWP.js";

// node_modules/semver/internal/constants.js
var require_constants = __commonJS({
  "node_modules/semver/internal/constants.js"(exports, module) {
    "use strict";
    var SEMVER_SPEC_VERSION = "2.0.0";
    var MAX_LENGTH = 256;
    var MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER || /* istanbul ignore next */
    9007199254740991;
    var MAX_SAFE_COMPONENT_LENGTH = 16;
    var MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6;
    var WHITESPACE_CHARACTERS = [
      "	",
      "\n",
      "\v",
      "\f",
      "\r",
      " ",
      "\xA0",
      "\u1680",
      "\u2000",
      "\u2001",
      "\u2002",
      "\u2003",
      "\u2004",
      "\u2005",
      "\u2006",
      "\u2007",
      "\u2008",
      "\u2009",
      "\u200A",
      "\u2028",
      "\u2029",
      "\u202F",
      "\u205F",
      "\u3000",
      "\uFEFF"
    ];
    var RELEASE_TYPES = [
      "major",
      "premajor",
      "minor",
      "preminor",
      "patch",
      "prepatch",
      "prerelease"
    ];
    module.exports = {
      MAX_LENGTH,
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_SAFE_INTEGER,
      WHITESPACE_CHARACTERS,
      RELEASE_TYPES,
      SEMVER_SPEC_VERSION,
      FLAG_INCLUDE_PRERELEASE: 1,
      FLAG_LOOSE: 2
    };
  }
});

// node_modules/semver/internal/debug.js
var require_debug = __commonJS({
  "node_modules/semver/internal/debug.js"(exports, module) {
    "use strict";
    var debug = typeof process === "object" && process.env && process.env.NODE_DEBUG && /\bsemver\b/i.test(process.env.NODE_DEBUG) ? (...args) => console.error("SEMVER", ...args) : () => {
    };
    module.exports = debug;
  }
});

// node_modules/semver/internal/re.js
var require_re = __commonJS({
  "node_modules/semver/internal/re.js"(exports, module) {
    "use strict";
    var {
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_LENGTH
    } = require_constants();
    var debug = require_debug();
    exports = module.exports = {};
    var re = exports.re = [];
    var safeRe = exports.safeRe = [];
    var src = exports.src = [];
    var safeSrc = exports.safeSrc = [];
    var t = exports.t = {};
    var R = 0;
    var LETTERDASHNUMBER = "[a-zA-Z0-9-]";
    var safeRegexReplacements = [
      ["\\s", 1],
      ["\\d", MAX_LENGTH],
      [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH]
    ];
    var makeSafeRegex = (value) => {
      for (const [token, max] of safeRegexReplacements) {
        value = value.split(`${token}*`).join(`${token}{0,${max}}`).split(`${token}+`).join(`${token}{1,${max}}`);
      }
      return value;
    };
    var createToken = (name, value, isGlobal) => {
      const safe = makeSafeRegex(value);
      const index = R++;
      debug(name, index, value);
      t[name] = index;
      src[index] = value;
      safeSrc[index] = safe;
      re[index] = new RegExp(value, isGlobal ? "g" : void 0);
      safeRe[index] = new RegExp(safe, isGlobal ? "g" : void 0);
    };
    createToken("NUMERICIDENTIFIER", "0|[1-9]\\d*");
    createToken("NUMERICIDENTIFIERLOOSE", "\\d+");
    createToken("NONNUMERICIDENTIFIER", `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`);
    createToken("MAINVERSION", `(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})`);
    createToken("MAINVERSIONLOOSE", `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASEIDENTIFIER", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIER]})`);
    createToken("PRERELEASEIDENTIFIERLOOSE", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASE", `(?:-(${src[t.PRERELEASEIDENTIFIER]}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`);
    createToken("PRERELEASELOOSE", `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`);
    createToken("BUILDIDENTIFIER", `${LETTERDASHNUMBER}+`);
    createToken("BUILD", `(?:\\+(${src[t.BUILDIDENTIFIER]}(?:\\.${src[t.BUILDIDENTIFIER]})*))`);
    createToken("FULLPLAIN", `v?${src[t.MAINVERSION]}${src[t.PRERELEASE]}?${src[t.BUILD]}?`);
    createToken("FULL", `^${src[t.FULLPLAIN]}$`);
    createToken("LOOSEPLAIN", `[v=\\s]*${src[t.MAINVERSIONLOOSE]}${src[t.PRERELEASELOOSE]}?${src[t.BUILD]}?`);
    createToken("LOOSE", `^${src[t.LOOSEPLAIN]}$`);
    createToken("GTLT", "((?:<|>)?=?)");
    createToken("XRANGEIDENTIFIERLOOSE", `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);
    createToken("XRANGEIDENTIFIER", `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`);
    createToken("XRANGEPLAIN", `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:${src[t.PRERELEASE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGEPLAINLOOSE", `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:${src[t.PRERELEASELOOSE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`);
    createToken("XRANGELOOSE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COERCEPLAIN", `${"(^|[^\\d])(\\d{1,"}${MAX_SAFE_COMPONENT_LENGTH}})(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
    createToken("COERCE", `${src[t.COERCEPLAIN]}(?:$|[^\\d])`);
    createToken("COERCEFULL", src[t.COERCEPLAIN] + `(?:${src[t.PRERELEASE]})?(?:${src[t.BUILD]})?(?:$|[^\\d])`);
    createToken("COERCERTL", src[t.COERCE], true);
    createToken("COERCERTLFULL", src[t.COERCEFULL], true);
    createToken("LONETILDE", "(?:~>?)");
    createToken("TILDETRIM", `(\\s*)${src[t.LONETILDE]}\\s+`, true);
    exports.tildeTrimReplace = "$1~";
    createToken("TILDE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`);
    createToken("TILDELOOSE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("LONECARET", "(?:\\^)");
    createToken("CARETTRIM", `(\\s*)${src[t.LONECARET]}\\s+`, true);
    exports.caretTrimReplace = "$1^";
    createToken("CARET", `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`);
    createToken("CARETLOOSE", `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COMPARATORLOOSE", `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`);
    createToken("COMPARATOR", `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`);
    createToken("COMPARATORTRIM", `(\\s*)${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true);
    exports.comparatorTrimReplace = "$1$2$3";
    createToken("HYPHENRANGE", `^\\s*(${src[t.XRANGEPLAIN]})\\s+-\\s+(${src[t.XRANGEPLAIN]})\\s*$`);
    createToken("HYPHENRANGELOOSE", `^\\s*(${src[t.XRANGEPLAINLOOSE]})\\s+-\\s+(${src[t.XRANGEPLAINLOOSE]})\\s*$`);
    createToken("STAR", "(<|>)?=?\\s*\\*");
    createToken("GTE0", "^\\s*>=\\s*0\\.0\\.0\\s*$");
    createToken("GTE0PRE", "^\\s*>=\\s*0\\.0\\.0-0\\s*$");
  }
});

// node_modules/semver/internal/parse-options.js
var require_parse_options = __commonJS({
  "node_modules/semver/internal/parse-options.js"(exports, module) {
    "use strict";
    var looseOption = Object.freeze({ loose: true });
    var emptyOpts = Object.freeze({});
    var parseOptions = (options) => {
      if (!options) {
        return emptyOpts;
      }
      if (typeof options !== "object") {
        return looseOption;
      }
      return options;
    };
    module.exports = parseOptions;
  }
});

// node_modules/semver/internal/identifiers.js
var require_identifiers = __commonJS({
  "node_modules/semver/internal/identifiers.js"(exports, module) {
    "use strict";
    var numeric = /^[0-9]+$/;
    var compareIdentifiers = (a, b) => {
      if (typeof a === "number" && typeof b === "number") {
        return a === b ? 0 : a < b ? -1 : 1;
      }
      const anum = numeric.test(a);
      const bnum = numeric.test(b);
      if (anum && bnum) {
        a = +a;
        b = +b;
      }
      return a === b ? 0 : anum && !bnum ? -1 : bnum && !anum ? 1 : a < b ? -1 : 1;
    };
    var rcompareIdentifiers = (a, b) => compareIdentifiers(b, a);
    module.exports = {
      compareIdentifiers,
      rcompareIdentifiers
    };
  }
});

// node_modules/semver/classes/semver.js
var require_semver = __commonJS({
  "node_modules/semver/classes/semver.js"(exports, module) {
    "use strict";
    var debug = require_debug();
    var { MAX_LENGTH, MAX_SAFE_INTEGER } = require_constants();
    var { safeRe: re, t } = require_re();
    var parseOptions = require_parse_options();
    var { compareIdentifiers } = require_identifiers();
    var isPrereleaseIdentifier = (prerelease, identifier) => {
      const identifiers = identifier.split(".");
      if (identifiers.length > prerelease.length) {
        return false;
      }
      for (let i = 0; i < identifiers.length; i++) {
        if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
          return false;
        }
      }
      return true;
    };
    var SemVer = class _SemVer {
      constructor(version, options) {
        options = parseOptions(options);
        if (version instanceof _SemVer) {
          if (version.loose === !!options.loose && version.includePrerelease === !!options.includePrerelease) {
            return version;
          } else {
            version = version.version;
          }
        } else if (typeof version !== "string") {
          throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`);
        }
        if (version.length > MAX_LENGTH) {
          throw new TypeError(
            `version is longer than ${MAX_LENGTH} characters`
          );
        }
        debug("SemVer", version, options);
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL]);
        if (!m) {
          throw new TypeError(`Invalid Version: ${version}`);
        }
        this.raw = version;
        this.major = +m[1];
        this.minor = +m[2];
        this.patch = +m[3];
        if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
          throw new TypeError("Invalid major version");
        }
        if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
          throw new TypeError("Invalid minor version");
        }
        if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
          throw new TypeError("Invalid patch version");
        }
        if (!m[4]) {
          this.prerelease = [];
        } else {
          this.prerelease = m[4].split(".").map((id) => {
            if (/^[0-9]+$/.test(id)) {
              const num = +id;
              if (num >= 0 && num < MAX_SAFE_INTEGER) {
                return num;
              }
            }
            return id;
          });
        }
        this.build = m[5] ? m[5].split(".") : [];
        this.format();
      }
      format() {
        this.version = `${this.major}.${this.minor}.${this.patch}`;
        if (this.prerelease.length) {
          this.version += `-${this.prerelease.join(".")}`;
        }
        return this.version;
      }
      toString() {
        return this.version;
      }
      compare(other) {
        debug("SemVer.compare", this.version, this.options, other);
        if (!(other instanceof _SemVer)) {
          if (typeof other === "string" && other === this.version) {
            return 0;
          }
          other = new _SemVer(other, this.options);
        }
        if (other.version === this.version) {
          return 0;
        }
        return this.compareMain(other) || this.comparePre(other);
      }
      compareMain(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.major < other.major) {
          return -1;
        }
        if (this.major > other.major) {
          return 1;
        }
        if (this.minor < other.minor) {
          return -1;
        }
        if (this.minor > other.minor) {
          return 1;
        }
        if (this.patch < other.patch) {
          return -1;
        }
        if (this.patch > other.patch) {
          return 1;
        }
        return 0;
      }
      comparePre(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.prerelease.length && !other.prerelease.length) {
          return -1;
        } else if (!this.prerelease.length && other.prerelease.length) {
          return 1;
        } else if (!this.prerelease.length && !other.prerelease.length) {
          return 0;
        }
        let i = 0;
        do {
          const a = this.prerelease[i];
          const b = other.prerelease[i];
          debug("prerelease compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      compareBuild(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        let i = 0;
        do {
          const a = this.build[i];
          const b = other.build[i];
          debug("build compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      // preminor will bump the version up to the next minor release, and immediately
      // down to pre-release. premajor and prepatch work the same way.
      inc(release, identifier, identifierBase) {
        if (release.startsWith("pre")) {
          if (!identifier && identifierBase === false) {
            throw new Error("invalid increment argument: identifier is empty");
          }
          if (identifier) {
            const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE]);
            if (!match || match[1] !== identifier) {
              throw new Error(`invalid identifier: ${identifier}`);
            }
          }
        }
        switch (release) {
          case "premajor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor = 0;
            this.major++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "preminor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "prepatch":
            this.prerelease.length = 0;
            this.inc("patch", identifier, identifierBase);
            this.inc("pre", identifier, identifierBase);
            break;
          // If the input is a non-prerelease version, this acts the same as
          // prepatch.
          case "prerelease":
            if (this.prerelease.length === 0) {
              this.inc("patch", identifier, identifierBase);
            }
            this.inc("pre", identifier, identifierBase);
            break;
          case "release":
            if (this.prerelease.length === 0) {
              throw new Error(`version ${this.raw} is not a prerelease`);
            }
            this.prerelease.length = 0;
            break;
          case "major":
            if (this.minor !== 0 || this.patch !== 0 || this.prerelease.length === 0) {
              this.major++;
            }
            this.minor = 0;
            this.patch = 0;
            this.prerelease = [];
            break;
          case "minor":
            if (this.patch !== 0 || this.prerelease.length === 0) {
              this.minor++;
            }
            this.patch = 0;
            this.prerelease = [];
            break;
          case "patch":
            if (this.prerelease.length === 0) {
              this.patch++;
            }
            this.prerelease = [];
            break;
          // This probably shouldn't be used publicly.
          // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
          case "pre": {
            const base = Number(identifierBase) ? 1 : 0;
            if (this.prerelease.length === 0) {
              this.prerelease = [base];
            } else {
              let i = this.prerelease.length;
              while (--i >= 0) {
                if (typeof this.prerelease[i] === "number") {
                  this.prerelease[i]++;
                  i = -2;
                }
              }
              if (i === -1) {
                if (identifier === this.prerelease.join(".") && identifierBase === false) {
                  throw new Error("invalid increment argument: identifier already exists");
                }
                this.prerelease.push(base);
              }
            }
            if (identifier) {
              let prerelease = [identifier, base];
              if (identifierBase === false) {
                prerelease = [identifier];
              }
              if (isPrereleaseIdentifier(this.prerelease, identifier)) {
                const prereleaseBase = this.prerelease[identifier.split(".").length];
                if (isNaN(prereleaseBase)) {
                  this.prerelease = prerelease;
                }
              } else {
                this.prerelease = prerelease;
              }
            }
            break;
          }
          default:
            throw new Error(`invalid increment argument: ${release}`);
        }
        this.raw = this.format();
        if (this.build.length) {
          this.raw += `+${this.build.join(".")}`;
        }
        return this;
      }
    };
    module.exports = SemVer;
  }
});

// node_modules/semver/functions/parse.js
var require_parse = __commonJS({
  "node_modules/semver/functions/parse.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse = (version, options, throwErrors = false) => {
      if (version instanceof SemVer) {
        return version;
      }
      try {
        return new SemVer(version, options);
      } catch (er) {
        if (!throwErrors) {
          return null;
        }
        throw er;
      }
    };
    module.exports = parse;
  }
});

// node_modules/semver/functions/valid.js
var require_valid = __commonJS({
  "node_modules/semver/functions/valid.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var valid = (version, options) => {
      const v = parse(version, options);
      return v ? v.version : null;
    };
    module.exports = valid;
  }
});

// node_modules/semver/functions/clean.js
var require_clean = __commonJS({
  "node_modules/semver/functions/clean.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var clean = (version, options) => {
      const s = parse(version.trim().replace(/^[=v]+/, ""), options);
      return s ? s.version : null;
    };
    module.exports = clean;
  }
});

// node_modules/semver/functions/inc.js
var require_inc = __commonJS({
  "node_modules/semver/functions/inc.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var inc = (version, release, options, identifier, identifierBase) => {
      if (typeof options === "string") {
        identifierBase = identifier;
        identifier = options;
        options = void 0;
      }
      try {
        return new SemVer(
          version instanceof SemVer ? version.version : version,
          options
        ).inc(release, identifier, identifierBase).version;
      } catch (er) {
        return null;
      }
    };
    module.exports = inc;
  }
});

// node_modules/semver/functions/diff.js
var require_diff = __commonJS({
  "node_modules/semver/functions/diff.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var diff = (version1, version2) => {
      const v1 = parse(version1, null, true);
      const v2 = parse(version2, null, true);
      const comparison = v1.compare(v2);
      if (comparison === 0) {
        return null;
      }
      const v1Higher = comparison > 0;
      const highVersion = v1Higher ? v1 : v2;
      const lowVersion = v1Higher ? v2 : v1;
      const highHasPre = !!highVersion.prerelease.length;
      const lowHasPre = !!lowVersion.prerelease.length;
      if (lowHasPre && !highHasPre) {
        if (!lowVersion.patch && !lowVersion.minor) {
          return "major";
        }
        if (lowVersion.compareMain(highVersion) === 0) {
          if (lowVersion.minor && !lowVersion.patch) {
            return "minor";
          }
          return "patch";
        }
      }
      const prefix = highHasPre ? "pre" : "";
      if (v1.major !== v2.major) {
        return prefix + "major";
      }
      if (v1.minor !== v2.minor) {
        return prefix + "minor";
      }
      if (v1.patch !== v2.patch) {
        return prefix + "patch";
      }
      return "prerelease";
    };
    module.exports = diff;
  }
});

// node_modules/semver/functions/major.js
var require_major = __commonJS({
  "node_modules/semver/functions/major.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var major = (a, loose) => new SemVer(a, loose).major;
    module.exports = major;
  }
});

// node_modules/semver/functions/minor.js
var require_minor = __commonJS({
  "node_modules/semver/functions/minor.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var minor = (a, loose) => new SemVer(a, loose).minor;
    module.exports = minor;
  }
});

// node_modules/semver/functions/patch.js
var require_patch = __commonJS({
  "node_modules/semver/functions/patch.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var patch = (a, loose) => new SemVer(a, loose).patch;
    module.exports = patch;
  }
});

// node_modules/semver/functions/prerelease.js
var require_prerelease = __commonJS({
  "node_modules/semver/functions/prerelease.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var prerelease = (version, options) => {
      const parsed = parse(version, options);
      return parsed && parsed.prerelease.length ? parsed.prerelease : null;
    };
    module.exports = prerelease;
  }
});

// node_modules/semver/functions/compare.js
var require_compare = __commonJS({
  "node_modules/semver/functions/compare.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compare = (a, b, loose) => new SemVer(a, loose).compare(new SemVer(b, loose));
    module.exports = compare;
  }
});

// node_modules/semver/functions/rcompare.js
var require_rcompare = __commonJS({
  "node_modules/semver/functions/rcompare.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var rcompare = (a, b, loose) => compare(b, a, loose);
    module.exports = rcompare;
  }
});

// node_modules/semver/functions/compare-loose.js
var require_compare_loose = __commonJS({
  "node_modules/semver/functions/compare-loose.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var compareLoose = (a, b) => compare(a, b, true);
    module.exports = compareLoose;
  }
});

// node_modules/semver/functions/compare-build.js
var require_compare_build = __commonJS({
  "node_modules/semver/functions/compare-build.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compareBuild = (a, b, loose) => {
      const versionA = new SemVer(a, loose);
      const versionB = new SemVer(b, loose);
      return versionA.compare(versionB) || versionA.compareBuild(versionB);
    };
    module.exports = compareBuild;
  }
});

// node_modules/semver/functions/sort.js
var require_sort = __commonJS({
  "node_modules/semver/functions/sort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose));
    module.exports = sort;
  }
});

// node_modules/semver/functions/rsort.js
var require_rsort = __commonJS({
  "node_modules/semver/functions/rsort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose));
    module.exports = rsort;
  }
});

// node_modules/semver/functions/gt.js
var require_gt = __commonJS({
  "node_modules/semver/functions/gt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gt = (a, b, loose) => compare(a, b, loose) > 0;
    module.exports = gt;
  }
});

// node_modules/semver/functions/lt.js
var require_lt = __commonJS({
  "node_modules/semver/functions/lt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lt = (a, b, loose) => compare(a, b, loose) < 0;
    module.exports = lt;
  }
});

// node_modules/semver/functions/eq.js
var require_eq = __commonJS({
  "node_modules/semver/functions/eq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var eq = (a, b, loose) => compare(a, b, loose) === 0;
    module.exports = eq;
  }
});

// node_modules/semver/functions/neq.js
var require_neq = __commonJS({
  "node_modules/semver/functions/neq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var neq = (a, b, loose) => compare(a, b, loose) !== 0;
    module.exports = neq;
  }
});

// node_modules/semver/functions/gte.js
var require_gte = __commonJS({
  "node_modules/semver/functions/gte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gte = (a, b, loose) => compare(a, b, loose) >= 0;
    module.exports = gte;
  }
});

// node_modules/semver/functions/lte.js
var require_lte = __commonJS({
  "node_modules/semver/functions/lte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lte = (a, b, loose) => compare(a, b, loose) <= 0;
    module.exports = lte;
  }
});

// node_modules/semver/functions/cmp.js
var require_cmp = __commonJS({
  "node_modules/semver/functions/cmp.js"(exports, module) {
    "use strict";
    var eq = require_eq();
    var neq = require_neq();
    var gt = require_gt();
    var gte = require_gte();
    var lt = require_lt();
    var lte = require_lte();
    var cmp = (a, op, b, loose) => {
      switch (op) {
        case "===":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a === b;
        case "!==":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a !== b;
        case "":
        case "=":
        case "==":
          return eq(a, b, loose);
        case "!=":
          return neq(a, b, loose);
        case ">":
          return gt(a, b, loose);
        case ">=":
          return gte(a, b, loose);
        case "<":
          return lt(a, b, loose);
        case "<=":
          return lte(a, b, loose);
        default:
          throw new TypeError(`Invalid operator: ${op}`);
      }
    };
    module.exports = cmp;
  }
});

// node_modules/semver/functions/coerce.js
var require_coerce = __commonJS({
  "node_modules/semver/functions/coerce.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse = require_parse();
    var { safeRe: re, t } = require_re();
    var coerce = (version, options) => {
      if (version instanceof SemVer) {
        return version;
      }
      if (typeof version === "number") {
        version = String(version);
      }
      if (typeof version !== "string") {
        return null;
      }
      options = options || {};
      let match = null;
      if (!options.rtl) {
        match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE]);
      } else {
        const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL];
        let next;
        while ((next = coerceRtlRegex.exec(version)) && (!match || match.index + match[0].length !== version.length)) {
          if (!match || next.index + next[0].length !== match.index + match[0].length) {
            match = next;
          }
          coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length;
        }
        coerceRtlRegex.lastIndex = -1;
      }
      if (match === null) {
        return null;
      }
      const major = match[2];
      const minor = match[3] || "0";
      const patch = match[4] || "0";
      const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : "";
      const build = options.includePrerelease && match[6] ? `+${match[6]}` : "";
      return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options);
    };
    module.exports = coerce;
  }
});

// node_modules/semver/functions/truncate.js
var require_truncate = __commonJS({
  "node_modules/semver/functions/truncate.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var constants = require_constants();
    var SemVer = require_semver();
    var truncate = (version, truncation, options) => {
      if (!constants.RELEASE_TYPES.includes(truncation)) {
        return null;
      }
      const clonedVersion = cloneInputVersion(version, options);
      return clonedVersion && doTruncation(clonedVersion, truncation);
    };
    var cloneInputVersion = (version, options) => {
      const versionStringToParse = version instanceof SemVer ? version.version : version;
      return parse(versionStringToParse, options);
    };
    var doTruncation = (version, truncation) => {
      if (isPrerelease(truncation)) {
        return version.version;
      }
      version.prerelease = [];
      switch (truncation) {
        case "major":
          version.minor = 0;
          version.patch = 0;
          break;
        case "minor":
          version.patch = 0;
          break;
      }
      return version.format();
    };
    var isPrerelease = (type) => {
      return type.startsWith("pre");
    };
    module.exports = truncate;
  }
});

// node_modules/semver/internal/lrucache.js
var require_lrucache = __commonJS({
  "node_modules/semver/internal/lrucache.js"(exports, module) {
    "use strict";
    var LRUCache = class {
      constructor() {
        this.max = 1e3;
        this.map = /* @__PURE__ */ new Map();
      }
      get(key) {
        const value = this.map.get(key);
        if (value === void 0) {
          return void 0;
        } else {
          this.map.delete(key);
          this.map.set(key, value);
          return value;
        }
      }
      delete(key) {
        return this.map.delete(key);
      }
      set(key, value) {
        const deleted = this.delete(key);
        if (!deleted && value !== void 0) {
          if (this.map.size >= this.max) {
            const firstKey = this.map.keys().next().value;
            this.delete(firstKey);
          }
          this.map.set(key, value);
        }
        return this;
      }
    };
    module.exports = LRUCache;
  }
});

// node_modules/semver/internal/trim-comparator-whitespace.js
var require_trim_comparator_whitespace = __commonJS({
  "node_modules/semver/internal/trim-comparator-whitespace.js"(exports, module) {
    "use strict";
    var {
      MAX_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      WHITESPACE_CHARACTERS
    } = require_constants();
    var whitespace = new Uint8Array(65536);
    for (const char of WHITESPACE_CHARACTERS) {
      whitespace[char.charCodeAt(0)] = 1;
    }
    var isWhitespace = (char) => char !== void 0 && whitespace[char.charCodeAt(0)] === 1;
    var isVersionPrefix = (char) => char === "v" || char === "=" || isWhitespace(char);
    var isDigit = (char) => char !== void 0 && char >= "0" && char <= "9";
    var isLetter = (char) => char !== void 0 && (char >= "a" && char <= "z" || char >= "A" && char <= "Z");
    var isIdentifierCharacter = (char) => isDigit(char) || isLetter(char) || char === "-";
    var isVersionStart = (char) => isDigit(char) || char === "x" || char === "X" || char === "*";
    var findDigitsEndIndex = (range, start, limit, digitRuns) => {
      if (!isDigit(range[start])) {
        return start;
      }
      if (start >= digitRuns.start && start < digitRuns.end) {
        return Math.min(start + limit, digitRuns.end);
      }
      if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
        return Math.min(start + limit, digitRuns.previousEnd);
      }
      let end = start + 1;
      while (isDigit(range[end])) {
        end++;
      }
      digitRuns.previousStart = digitRuns.start;
      digitRuns.previousEnd = digitRuns.end;
      digitRuns.start = start;
      digitRuns.end = end;
      return Math.min(start + limit, end);
    };
    var findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
      if (!loose && range[start] === "0") {
        return start + 1;
      }
      return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns);
    };
    var findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
      const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns);
      if (isLetter(range[digitsEnd]) || range[digitsEnd] === "-") {
        let end = digitsEnd + 1;
        const limit = end + MAX_SAFE_BUILD_LENGTH;
        while (end < limit && isIdentifierCharacter(range[end])) {
          end++;
        }
        return end;
      }
      return findVersionNumberEndIndex(range, start, loose, digitRuns);
    };
    var findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
      const hyphen = range[start] === "-";
      if (!loose && !hyphen) {
        return start;
      }
      const identifierStart = start + (hyphen ? 1 : 0);
      let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns);
      if (end === identifierStart) {
        if (!loose || !hyphen) {
          return start;
        }
        end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns);
      }
      while (range[end] === ".") {
        const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findBuildIdentifierEndIndex = (range, start) => {
      let end = start;
      while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
        end++;
      }
      return end;
    };
    var findBuildEndIndex = (range, start) => {
      if (range[start] !== "+") {
        return start;
      }
      let end = findBuildIdentifierEndIndex(range, start + 1);
      if (end === start + 1) {
        return start;
      }
      while (range[end] === ".") {
        const next = findBuildIdentifierEndIndex(range, end + 1);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findLooseFullVersionEndIndex = (range, start, digitRuns) => {
      let end = start;
      for (let component = 0; component < 3; component++) {
        const next = findVersionNumberEndIndex(range, end, true, digitRuns);
        if (next === end) {
          return start;
        }
        end = next;
        if (component < 2) {
          if (range[end] !== ".") {
            return start;
          }
          end++;
        }
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
      if (isDigit(range[start])) {
        return findVersionNumberEndIndex(range, start, false, digitRuns);
      }
      return isVersionStart(range[start]) ? start + 1 : start;
    };
    var findPartialVersionEndIndex = (range, start, digitRuns) => {
      let end = findPartialVersionComponentEndIndex(range, start, digitRuns);
      for (let component = 0; component < 2; component++) {
        if (range[end] !== ".") {
          return end;
        }
        const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns);
        if (next === end + 1) {
          return end;
        }
        end = next;
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findVersionEndIndex = (range, start, digitRuns) => {
      const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns);
      return fullVersionEnd !== start ? fullVersionEnd : findPartialVersionEndIndex(range, start, digitRuns);
    };
    var findRemovableWhitespaceIndex = (range, matchStart) => {
      let position = matchStart;
      if (isWhitespace(range[position])) {
        position++;
      }
      if (range[position] === "<" || range[position] === ">") {
        position++;
      }
      if (range[position] === "=") {
        position++;
      }
      return isWhitespace(range[position]) ? position : -1;
    };
    var trimComparatorWhitespace = (range) => {
      let result = "";
      let copyFrom = 0;
      let cursor = 0;
      const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 };
      while (cursor < range.length) {
        const matchStart = cursor;
        if (range[cursor] === "<" || range[cursor] === ">") {
          cursor++;
        } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
          cursor++;
          continue;
        }
        while (cursor < range.length && isVersionPrefix(range[cursor])) {
          cursor++;
        }
        if (!isVersionStart(range[cursor])) {
          continue;
        }
        const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart);
        if (whitespacePosition !== -1) {
          result += range.slice(copyFrom, whitespacePosition);
          copyFrom = whitespacePosition + 1;
        }
        cursor = findVersionEndIndex(range, cursor, digitRuns);
      }
      return result + range.slice(copyFrom);
    };
    module.exports = trimComparatorWhitespace;
  }
});

// node_modules/semver/classes/range.js
var require_range = __commonJS({
  "node_modules/semver/classes/range.js"(exports, module) {
    "use strict";
    var SPACE_CHARACTERS = /\s+/g;
    var Range = class _Range {
      constructor(range, options) {
        options = parseOptions(options);
        if (range instanceof _Range) {
          if (range.loose === !!options.loose && range.includePrerelease === !!options.includePrerelease) {
            return range;
          } else {
            return new _Range(range.raw, options);
          }
        }
        if (range instanceof Comparator) {
          this.raw = range.value;
          this.set = [[range]];
          this.formatted = void 0;
          return this;
        }
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        this.raw = range.trim().replace(SPACE_CHARACTERS, " ");
        this.set = this.raw.split("||").map((r) => this.parseRange(r.trim())).filter((c) => c.length);
        if (!this.set.length) {
          throw new TypeError(`Invalid SemVer Range: ${this.raw}`);
        }
        if (this.set.length > 1) {
          const first = this.set[0];
          this.set = this.set.filter((c) => !isNullSet(c[0]));
          if (this.set.length === 0) {
            this.set = [first];
          } else if (this.set.length > 1) {
            for (const c of this.set) {
              if (c.length === 1 && isAny(c[0])) {
                this.set = [c];
                break;
              }
            }
          }
        }
        this.formatted = void 0;
      }
      get range() {
        if (this.formatted === void 0) {
          this.formatted = "";
          for (let i = 0; i < this.set.length; i++) {
            if (i > 0) {
              this.formatted += "||";
            }
            const comps = this.set[i];
            for (let k = 0; k < comps.length; k++) {
              if (k > 0) {
                this.formatted += " ";
              }
              this.formatted += comps[k].toString().trim();
            }
          }
        }
        return this.formatted;
      }
      format() {
        return this.range;
      }
      toString() {
        return this.range;
      }
      parseRange(range) {
        range = range.replace(BUILDSTRIPRE, "");
        const memoOpts = (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) | (this.options.loose && FLAG_LOOSE);
        const memoKey = memoOpts + ":" + range;
        const cached = cache.get(memoKey);
        if (cached) {
          return cached;
        }
        const loose = this.options.loose;
        const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE];
        range = range.replace(hr, hyphenReplace(this.options.includePrerelease));
        debug("hyphen replace", range);
        range = trimComparatorWhitespace(range);
        debug("comparator trim", range);
        range = range.replace(re[t.TILDETRIM], tildeTrimReplace);
        debug("tilde trim", range);
        range = range.replace(re[t.CARETTRIM], caretTrimReplace);
        debug("caret trim", range);
        let rangeList = range.split(" ").map((comp) => parseComparator(comp, this.options)).join(" ").split(/\s+/).map((comp) => replaceGTE0(comp, this.options));
        if (loose) {
          rangeList = rangeList.filter((comp) => {
            debug("loose invalid filter", comp, this.options);
            return !!comp.match(re[t.COMPARATORLOOSE]);
          });
        }
        debug("range list", rangeList);
        const rangeMap = /* @__PURE__ */ new Map();
        const comparators = rangeList.map((comp) => new Comparator(comp, this.options));
        for (const comp of comparators) {
          if (isNullSet(comp)) {
            return [comp];
          }
          rangeMap.set(comp.value, comp);
        }
        if (rangeMap.size > 1 && rangeMap.has("")) {
          rangeMap.delete("");
        }
        const result = [...rangeMap.values()];
        cache.set(memoKey, result);
        return result;
      }
      intersects(range, options) {
        if (!(range instanceof _Range)) {
          throw new TypeError("a Range is required");
        }
        return this.set.some((thisComparators) => {
          return isSatisfiable(thisComparators, options) && range.set.some((rangeComparators) => {
            return isSatisfiable(rangeComparators, options) && thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options);
              });
            });
          });
        });
      }
      // if ANY of the sets match ALL of its comparators, then pass
      test(version) {
        if (!version) {
          return false;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        for (let i = 0; i < this.set.length; i++) {
          if (testSet(this.set[i], version, this.options)) {
            return true;
          }
        }
        return false;
      }
    };
    module.exports = Range;
    var LRU = require_lrucache();
    var cache = new LRU();
    var parseOptions = require_parse_options();
    var Comparator = require_comparator();
    var debug = require_debug();
    var SemVer = require_semver();
    var trimComparatorWhitespace = require_trim_comparator_whitespace();
    var {
      safeRe: re,
      src,
      t,
      tildeTrimReplace,
      caretTrimReplace
    } = require_re();
    var { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = require_constants();
    var BUILDSTRIPRE = new RegExp(src[t.BUILD], "g");
    var isNullSet = (c) => c.value === "<0.0.0-0";
    var isAny = (c) => c.value === "";
    var isSatisfiable = (comparators, options) => {
      let result = true;
      const remainingComparators = comparators.slice();
      let testComparator = remainingComparators.pop();
      while (result && remainingComparators.length) {
        result = remainingComparators.every((otherComparator) => {
          return testComparator.intersects(otherComparator, options);
        });
        testComparator = remainingComparators.pop();
      }
      return result;
    };
    var parseComparator = (comp, options) => {
      comp = comp.replace(re[t.BUILD], "");
      debug("comp", comp, options);
      comp = replaceCarets(comp, options);
      debug("caret", comp);
      comp = replaceTildes(comp, options);
      debug("tildes", comp);
      comp = replaceXRanges(comp, options);
      debug("xrange", comp);
      comp = replaceStars(comp, options);
      debug("stars", comp);
      return comp;
    };
    var isX = (id) => !id || id.toLowerCase() === "x" || id === "*";
    var invalidXRangeOrder = (M, m, p) => isX(M) && !isX(m) || isX(m) && p && !isX(p);
    var replaceTildes = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceTilde(c, options)).join(" ");
    };
    var replaceTilde = (comp, options) => {
      const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("tilde", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
        } else if (pr) {
          debug("replaceTilde pr", pr);
          ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
        } else {
          ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
        }
        debug("tilde return", ret);
        return ret;
      });
    };
    var replaceCarets = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceCaret(c, options)).join(" ");
    };
    var replaceCaret = (comp, options) => {
      debug("caret", comp, options);
      const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("caret", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          if (M === "0") {
            ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
          } else {
            ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`;
          }
        } else if (pr) {
          debug("replaceCaret pr", pr);
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p}-${pr} <${+M + 1}.0.0-0`;
          }
        } else {
          debug("no pr");
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p} <${+M + 1}.0.0-0`;
          }
        }
        debug("caret return", ret);
        return ret;
      });
    };
    var replaceXRanges = (comp, options) => {
      debug("replaceXRanges", comp, options);
      return comp.split(/\s+/).map((c) => replaceXRange(c, options)).join(" ");
    };
    var replaceXRange = (comp, options) => {
      comp = comp.trim();
      const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE];
      return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
        debug("xRange", comp, ret, gtlt, M, m, p, pr);
        if (invalidXRangeOrder(M, m, p)) {
          return comp;
        }
        const xM = isX(M);
        const xm = xM || isX(m);
        const xp = xm || isX(p);
        const anyX = xp;
        if (gtlt === "=" && anyX) {
          gtlt = "";
        }
        pr = options.includePrerelease ? "-0" : "";
        if (xM) {
          if (gtlt === ">" || gtlt === "<") {
            ret = "<0.0.0-0";
          } else {
            ret = "*";
          }
        } else if (gtlt && anyX) {
          if (xm) {
            m = 0;
          }
          p = 0;
          if (gtlt === ">") {
            gtlt = ">=";
            if (xm) {
              M = +M + 1;
              m = 0;
              p = 0;
            } else {
              m = +m + 1;
              p = 0;
            }
          } else if (gtlt === "<=") {
            gtlt = "<";
            if (xm) {
              M = +M + 1;
            } else {
              m = +m + 1;
            }
          }
          if (gtlt === "<") {
            pr = "-0";
          }
          ret = `${gtlt + M}.${m}.${p}${pr}`;
        } else if (xm) {
          ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`;
        } else if (xp) {
          ret = `>=${M}.${m}.0${pr} <${M}.${+m + 1}.0-0`;
        }
        debug("xRange return", ret);
        return ret;
      });
    };
    var replaceStars = (comp, options) => {
      debug("replaceStars", comp, options);
      return comp.trim().replace(re[t.STAR], "");
    };
    var replaceGTE0 = (comp, options) => {
      debug("replaceGTE0", comp, options);
      return comp.trim().replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], "");
    };
    var hyphenReplace = (incPr) => ($0, from, fM, fm, fp, fpr, fb, to, tM, tm, tp, tpr) => {
      if (isX(fM)) {
        from = "";
      } else if (isX(fm)) {
        from = `>=${fM}.0.0${incPr ? "-0" : ""}`;
      } else if (isX(fp)) {
        from = `>=${fM}.${fm}.0${incPr ? "-0" : ""}`;
      } else if (fpr) {
        from = `>=${from}`;
      } else {
        from = `>=${from}${incPr ? "-0" : ""}`;
      }
      if (isX(tM)) {
        to = "";
      } else if (isX(tm)) {
        to = `<${+tM + 1}.0.0-0`;
      } else if (isX(tp)) {
        to = `<${tM}.${+tm + 1}.0-0`;
      } else if (tpr) {
        to = `<=${tM}.${tm}.${tp}-${tpr}`;
      } else if (incPr) {
        to = `<${tM}.${tm}.${+tp + 1}-0`;
      } else {
        to = `<=${to}`;
      }
      return `${from} ${to}`.trim();
    };
    var testSet = (set, version, options) => {
      for (let i = 0; i < set.length; i++) {
        if (!set[i].test(version)) {
          return false;
        }
      }
      if (version.prerelease.length && !options.includePrerelease) {
        for (let i = 0; i < set.length; i++) {
          debug(set[i].semver);
          if (set[i].semver === Comparator.ANY) {
            continue;
          }
          if (set[i].semver.prerelease.length > 0) {
            const allowed = set[i].semver;
            if (allowed.major === version.major && allowed.minor === version.minor && allowed.patch === version.patch) {
              return true;
            }
          }
        }
        return false;
      }
      return true;
    };
  }
});

// node_modules/semver/classes/comparator.js
var require_comparator = __commonJS({
  "node_modules/semver/classes/comparator.js"(exports, module) {
    "use strict";
    var ANY = /* @__PURE__ */ Symbol("SemVer ANY");
    var Comparator = class _Comparator {
      static get ANY() {
        return ANY;
      }
      constructor(comp, options) {
        options = parseOptions(options);
        if (comp instanceof _Comparator) {
          if (comp.loose === !!options.loose) {
            return comp;
          } else {
            comp = comp.value;
          }
        }
        comp = comp.trim().split(/\s+/).join(" ");
        debug("comparator", comp, options);
        this.options = options;
        this.loose = !!options.loose;
        this.parse(comp);
        if (this.semver === ANY) {
          this.value = "";
        } else {
          this.value = this.operator + this.semver.version;
        }
        debug("comp", this);
      }
      parse(comp) {
        const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR];
        const m = comp.match(r);
        if (!m) {
          throw new TypeError(`Invalid comparator: ${comp}`);
        }
        this.operator = m[1] !== void 0 ? m[1] : "";
        if (this.operator === "=") {
          this.operator = "";
        }
        if (!m[2]) {
          this.semver = ANY;
        } else {
          this.semver = new SemVer(m[2], this.options.loose);
        }
      }
      toString() {
        return this.value;
      }
      test(version) {
        debug("Comparator.test", version, this.options.loose);
        if (this.semver === ANY || version === ANY) {
          return true;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        return cmp(version, this.operator, this.semver, this.options);
      }
      intersects(comp, options) {
        if (!(comp instanceof _Comparator)) {
          throw new TypeError("a Comparator is required");
        }
        if (this.operator === "") {
          if (this.value === "") {
            return true;
          }
          return new Range(comp.value, options).test(this.value);
        } else if (comp.operator === "") {
          if (comp.value === "") {
            return true;
          }
          return new Range(this.value, options).test(comp.semver);
        }
        options = parseOptions(options);
        if (options.includePrerelease && (this.value === "<0.0.0-0" || comp.value === "<0.0.0-0")) {
          return false;
        }
        if (!options.includePrerelease && (this.value.startsWith("<0.0.0") || comp.value.startsWith("<0.0.0"))) {
          return false;
        }
        if (this.operator.startsWith(">") && comp.operator.startsWith(">")) {
          return true;
        }
        if (this.operator.startsWith("<") && comp.operator.startsWith("<")) {
          return true;
        }
        if (this.semver.version === comp.semver.version && this.operator.includes("=") && comp.operator.includes("=")) {
          return true;
        }
        if (cmp(this.semver, "<", comp.semver, options) && this.operator.startsWith(">") && comp.operator.startsWith("<")) {
          return true;
        }
        if (cmp(this.semver, ">", comp.semver, options) && this.operator.startsWith("<") && comp.operator.startsWith(">")) {
          return true;
        }
        return false;
      }
    };
    module.exports = Comparator;
    var parseOptions = require_parse_options();
    var { safeRe: re, t } = require_re();
    var cmp = require_cmp();
    var debug = require_debug();
    var SemVer = require_semver();
    var Range = require_range();
  }
});

// node_modules/semver/functions/satisfies.js
var require_satisfies = __commonJS({
  "node_modules/semver/functions/satisfies.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var satisfies = (version, range, options) => {
      try {
        range = new Range(range, options);
      } catch (er) {
        return false;
      }
      return range.test(version);
    };
    module.exports = satisfies;
  }
});

// node_modules/semver/ranges/to-comparators.js
var require_to_comparators = __commonJS({
  "node_modules/semver/ranges/to-comparators.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var toComparators = (range, options) => new Range(range, options).set.map((comp) => comp.map((c) => c.value).join(" ").trim().split(" "));
    module.exports = toComparators;
  }
});

// node_modules/semver/ranges/max-satisfying.js
var require_max_satisfying = __commonJS({
  "node_modules/semver/ranges/max-satisfying.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var maxSatisfying = (versions, range, options) => {
      let max = null;
      let maxSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!max || maxSV.compare(v) === -1) {
            max = v;
            maxSV = new SemVer(max, options);
          }
        }
      });
      return max;
    };
    module.exports = maxSatisfying;
  }
});

// node_modules/semver/ranges/min-satisfying.js
var require_min_satisfying = __commonJS({
  "node_modules/semver/ranges/min-satisfying.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var minSatisfying = (versions, range, options) => {
      let min = null;
      let minSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!min || minSV.compare(v) === 1) {
            min = v;
            minSV = new SemVer(min, options);
          }
        }
      });
      return min;
    };
    module.exports = minSatisfying;
  }
});

// node_modules/semver/ranges/min-version.js
var require_min_version = __commonJS({
  "node_modules/semver/ranges/min-version.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var gt = require_gt();
    var minVersion = (range, loose) => {
      range = new Range(range, loose);
      let minver = new SemVer("0.0.0");
      if (range.test(minver)) {
        return minver;
      }
      minver = new SemVer("0.0.0-0");
      if (range.test(minver)) {
        return minver;
      }
      minver = null;
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let setMin = null;
        comparators.forEach((comparator) => {
          const compver = new SemVer(comparator.semver.version);
          switch (comparator.operator) {
            case ">":
              if (compver.prerelease.length === 0) {
                compver.patch++;
              } else {
                compver.prerelease.push(0);
              }
              compver.raw = compver.format();
            /* fallthrough */
            case "":
            case ">=":
              if (!setMin || gt(compver, setMin)) {
                setMin = compver;
              }
              break;
            case "<":
            case "<=":
              break;
            /* istanbul ignore next */
            default:
              throw new Error(`Unexpected operation: ${comparator.operator}`);
          }
        });
        if (setMin && (!minver || gt(minver, setMin))) {
          minver = setMin;
        }
      }
      if (minver && range.test(minver)) {
        return minver;
      }
      return null;
    };
    module.exports = minVersion;
  }
});

// node_modules/semver/ranges/valid.js
var require_valid2 = __commonJS({
  "node_modules/semver/ranges/valid.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var validRange = (range, options) => {
      try {
        return new Range(range, options).range || "*";
      } catch (er) {
        return null;
      }
    };
    module.exports = validRange;
  }
});

// node_modules/semver/ranges/outside.js
var require_outside = __commonJS({
  "node_modules/semver/ranges/outside.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var Range = require_range();
    var satisfies = require_satisfies();
    var gt = require_gt();
    var lt = require_lt();
    var lte = require_lte();
    var gte = require_gte();
    var outside = (version, range, hilo, options) => {
      version = new SemVer(version, options);
      range = new Range(range, options);
      let gtfn, ltefn, ltfn, comp, ecomp;
      switch (hilo) {
        case ">":
          gtfn = gt;
          ltefn = lte;
          ltfn = lt;
          comp = ">";
          ecomp = ">=";
          break;
        case "<":
          gtfn = lt;
          ltefn = gte;
          ltfn = gt;
          comp = "<";
          ecomp = "<=";
          break;
        default:
          throw new TypeError('Must provide a hilo val of "<" or ">"');
      }
      if (satisfies(version, range, options)) {
        return false;
      }
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let high = null;
        let low = null;
        comparators.forEach((comparator) => {
          if (comparator.semver === ANY) {
            comparator = new Comparator(">=0.0.0");
          }
          high = high || comparator;
          low = low || comparator;
          if (gtfn(comparator.semver, high.semver, options)) {
            high = comparator;
          } else if (ltfn(comparator.semver, low.semver, options)) {
            low = comparator;
          }
        });
        if (high.operator === comp || high.operator === ecomp) {
          return false;
        }
        if ((!low.operator || low.operator === comp) && ltefn(version, low.semver)) {
          return false;
        } else if (low.operator === ecomp && ltfn(version, low.semver)) {
          return false;
        }
      }
      return true;
    };
    module.exports = outside;
  }
});

// node_modules/semver/ranges/gtr.js
var require_gtr = __commonJS({
  "node_modules/semver/ranges/gtr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var gtr = (version, range, options) => outside(version, range, ">", options);
    module.exports = gtr;
  }
});

// node_modules/semver/ranges/ltr.js
var require_ltr = __commonJS({
  "node_modules/semver/ranges/ltr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var ltr = (version, range, options) => outside(version, range, "<", options);
    module.exports = ltr;
  }
});

// node_modules/semver/ranges/intersects.js
var require_intersects = __commonJS({
  "node_modules/semver/ranges/intersects.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var intersects = (r1, r2, options) => {
      r1 = new Range(r1, options);
      r2 = new Range(r2, options);
      return r1.intersects(r2, options);
    };
    module.exports = intersects;
  }
});

// node_modules/semver/ranges/simplify.js
var require_simplify = __commonJS({
  "node_modules/semver/ranges/simplify.js"(exports, module) {
    "use strict";
    var satisfies = require_satisfies();
    var compare = require_compare();
    module.exports = (versions, range, options) => {
      const set = [];
      let first = null;
      let prev = null;
      const v = versions.sort((a, b) => compare(a, b, options));
      for (const version of v) {
        const included = satisfies(version, range, options);
        if (included) {
          prev = version;
          if (!first) {
            first = version;
          }
        } else {
          if (prev) {
            set.push([first, prev]);
          }
          prev = null;
          first = null;
        }
      }
      if (first) {
        set.push([first, null]);
      }
      const ranges = [];
      for (const [min, max] of set) {
        if (min === max) {
          ranges.push(min);
        } else if (!max && min === v[0]) {
          ranges.push("*");
        } else if (!max) {
          ranges.push(`>=${min}`);
        } else if (min === v[0]) {
          ranges.push(`<=${max}`);
        } else {
          ranges.push(`${min} - ${max}`);
        }
      }
      const simplified = ranges.join(" || ");
      const original = typeof range.raw === "string" ? range.raw : String(range);
      return simplified.length < original.length ? simplified : range;
    };
  }
});

// node_modules/semver/ranges/subset.js
var require_subset = __commonJS({
  "node_modules/semver/ranges/subset.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var satisfies = require_satisfies();
    var compare = require_compare();
    var subset = (sub, dom, options = {}) => {
      if (sub === dom) {
        return true;
      }
      sub = new Range(sub, options);
      dom = new Range(dom, options);
      let sawNonNull = false;
      OUTER: for (const simpleSub of sub.set) {
        for (const simpleDom of dom.set) {
          const isSub = simpleSubset(simpleSub, simpleDom, options);
          sawNonNull = sawNonNull || isSub !== null;
          if (isSub) {
            continue OUTER;
          }
        }
        if (sawNonNull) {
          return false;
        }
      }
      return true;
    };
    var minimumVersionWithPreRelease = [new Comparator(">=0.0.0-0")];
    var minimumVersion = [new Comparator(">=0.0.0")];
    var simpleSubset = (sub, dom, options) => {
      if (sub === dom) {
        return true;
      }
      if (sub.length === 1 && sub[0].semver === ANY) {
        if (dom.length === 1 && dom[0].semver === ANY) {
          return true;
        } else if (options.includePrerelease) {
          sub = minimumVersionWithPreRelease;
        } else {
          sub = minimumVersion;
        }
      }
      if (dom.length === 1 && dom[0].semver === ANY) {
        if (options.includePrerelease) {
          return true;
        } else {
          dom = minimumVersion;
        }
      }
      const eqSet = /* @__PURE__ */ new Set();
      let gt, lt;
      for (const c of sub) {
        if (c.operator === ">" || c.operator === ">=") {
          gt = higherGT(gt, c, options);
        } else if (c.operator === "<" || c.operator === "<=") {
          lt = lowerLT(lt, c, options);
        } else {
          eqSet.add(c.semver);
        }
      }
      if (eqSet.size > 1) {
        return null;
      }
      let gtltComp;
      if (gt && lt) {
        gtltComp = compare(gt.semver, lt.semver, options);
        if (gtltComp > 0) {
          return null;
        } else if (gtltComp === 0 && (gt.operator !== ">=" || lt.operator !== "<=")) {
          return null;
        }
      }
      for (const eq of eqSet) {
        if (gt && !satisfies(eq, String(gt), options)) {
          return null;
        }
        if (lt && !satisfies(eq, String(lt), options)) {
          return null;
        }
        for (const c of dom) {
          if (!satisfies(eq, String(c), options)) {
            return false;
          }
        }
        return true;
      }
      let higher, lower;
      let hasDomLT, hasDomGT;
      let needDomLTPre = lt && !options.includePrerelease && lt.semver.prerelease.length ? lt.semver : false;
      let needDomGTPre = gt && !options.includePrerelease && gt.semver.prerelease.length ? gt.semver : false;
      if (needDomLTPre && needDomLTPre.prerelease.length === 1 && lt.operator === "<" && needDomLTPre.prerelease[0] === 0) {
        needDomLTPre = false;
      }
      for (const c of dom) {
        hasDomGT = hasDomGT || c.operator === ">" || c.operator === ">=";
        hasDomLT = hasDomLT || c.operator === "<" || c.operator === "<=";
        if (gt) {
          if (needDomGTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomGTPre.major && c.semver.minor === needDomGTPre.minor && c.semver.patch === needDomGTPre.patch) {
              needDomGTPre = false;
            }
          }
          if (c.operator === ">" || c.operator === ">=") {
            higher = higherGT(gt, c, options);
            if (higher === c && higher !== gt) {
              return false;
            }
          } else if (gt.operator === ">=" && !c.test(gt.semver)) {
            return false;
          }
        }
        if (lt) {
          if (needDomLTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomLTPre.major && c.semver.minor === needDomLTPre.minor && c.semver.patch === needDomLTPre.patch) {
              needDomLTPre = false;
            }
          }
          if (c.operator === "<" || c.operator === "<=") {
            lower = lowerLT(lt, c, options);
            if (lower === c && lower !== lt) {
              return false;
            }
          } else if (lt.operator === "<=" && !c.test(lt.semver)) {
            return false;
          }
        }
        if (!c.operator && (lt || gt) && gtltComp !== 0) {
          return false;
        }
      }
      if (gt && hasDomLT && !lt && gtltComp !== 0) {
        return false;
      }
      if (lt && hasDomGT && !gt && gtltComp !== 0) {
        return false;
      }
      if (needDomGTPre || needDomLTPre) {
        return false;
      }
      return true;
    };
    var higherGT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare(a.semver, b.semver, options);
      return comp > 0 ? a : comp < 0 ? b : b.operator === ">" && a.operator === ">=" ? b : a;
    };
    var lowerLT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare(a.semver, b.semver, options);
      return comp < 0 ? a : comp > 0 ? b : b.operator === "<" && a.operator === "<=" ? b : a;
    };
    module.exports = subset;
  }
});

// node_modules/semver/index.js
var require_semver2 = __commonJS({
  "node_modules/semver/index.js"(exports, module) {
    "use strict";
    var internalRe = require_re();
    var constants = require_constants();
    var SemVer = require_semver();
    var identifiers = require_identifiers();
    var parse = require_parse();
    var valid = require_valid();
    var clean = require_clean();
    var inc = require_inc();
    var diff = require_diff();
    var major = require_major();
    var minor = require_minor();
    var patch = require_patch();
    var prerelease = require_prerelease();
    var compare = require_compare();
    var rcompare = require_rcompare();
    var compareLoose = require_compare_loose();
    var compareBuild = require_compare_build();
    var sort = require_sort();
    var rsort = require_rsort();
    var gt = require_gt();
    var lt = require_lt();
    var eq = require_eq();
    var neq = require_neq();
    var gte = require_gte();
    var lte = require_lte();
    var cmp = require_cmp();
    var coerce = require_coerce();
    var truncate = require_truncate();
    var Comparator = require_comparator();
    var Range = require_range();
    var satisfies = require_satisfies();
    var toComparators = require_to_comparators();
    var maxSatisfying = require_max_satisfying();
    var minSatisfying = require_min_satisfying();
    var minVersion = require_min_version();
    var validRange = require_valid2();
    var outside = require_outside();
    var gtr = require_gtr();
    var ltr = require_ltr();
    var intersects = require_intersects();
    var simplifyRange = require_simplify();
    var subset = require_subset();
    module.exports = {
      parse,
      valid,
      clean,
      inc,
      diff,
      major,
      minor,
      patch,
      prerelease,
      compare,
      rcompare,
      compareLoose,
      compareBuild,
      sort,
      rsort,
      gt,
      lt,
      eq,
      neq,
      gte,
      lte,
      cmp,
      coerce,
      truncate,
      Comparator,
      Range,
      satisfies,
      toComparators,
      maxSatisfying,
      minSatisfying,
      minVersion,
      validRange,
      outside,
      gtr,
      ltr,
      intersects,
      simplifyRange,
      subset,
      SemVer,
      re: internalRe.re,
      src: internalRe.src,
      tokens: internalRe.t,
      SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
      RELEASE_TYPES: constants.RELEASE_TYPES,
      compareIdentifiers: identifiers.compareIdentifiers,
      rcompareIdentifiers: identifiers.rcompareIdentifiers
    };
  }
});

// release/render.ts
var LAYOUTS = ["conventional", "keep-a-changelog"];
var DEPRECATE = /* @__PURE__ */ new Set(["deprecate", "deprecated", "deprecation"]);
var ADDED = ["Added"];
var CHANGED = ["Changed"];
var DEPRECATED = ["Deprecated"];
var REMOVED = ["Removed"];
var FIXED = ["Fixed"];
var SECURITY = ["Security"];
var NONE = [];
var REVERTS = ["Reverts"];
var REMOVE = /* @__PURE__ */ new Set(["remove", "removed", "removal"]);
var SPECS = {
  conventional: {
    categories: ["Breaking Changes", "Features", "Bug Fixes", "Performance", "Reverts"],
    categorize(c) {
      if (c.type === "revert") return REVERTS;
      const out = [];
      if (c.breaking) out.push("Breaking Changes");
      if (c.type === "feat") out.push("Features");
      if (c.type === "fix") out.push("Bug Fixes");
      if (c.type === "perf") out.push("Performance");
      return out;
    },
    markBreaking: false,
    notesIn: (category) => category === "Breaking Changes"
  },
  // Keep a Changelog 1.1.0 "Types of changes". Each change goes under exactly one of them.
  "keep-a-changelog": {
    categories: ["Added", "Changed", "Deprecated", "Removed", "Fixed", "Security"],
    categorize(c) {
      if (c.revert) return c.revert.paired ? NONE : REMOVED;
      switch (c.type) {
        case "feat":
          return ADDED;
        case "fix":
          return c.scope?.length === 8 && c.scope.toLowerCase() === "security" ? SECURITY : FIXED;
        case "perf":
          return CHANGED;
        case "security":
          return SECURITY;
      }
      if (DEPRECATE.has(c.type)) return DEPRECATED;
      if (REMOVE.has(c.type)) return REMOVED;
      return c.breaking ? CHANGED : NONE;
    },
    markBreaking: true,
    notesIn: () => true
  }
};
function isListed(change, layout) {
  return SPECS[layout].categorize(change).length > 0;
}
function sectionHeading(input, layout) {
  if (layout === "keep-a-changelog") {
    return input.version ? `## [${input.version}] - ${input.date}` : "## [Unreleased]";
  }
  if (!input.version) return "## Unreleased";
  const url = versionUrl(input);
  return url ? `## [${input.version}](${url}) (${input.date})` : `## ${input.version} (${input.date})`;
}
function versionUrl(input) {
  if (!input.links) return void 0;
  return input.previousTag ? input.links.compare(input.previousTag, input.tag) : input.links.tag(input.tag);
}
function sectionBody(input, layout) {
  let byLayout = bodies.get(input);
  if (!byLayout) bodies.set(input, byLayout = /* @__PURE__ */ new Map());
  let body = byLayout.get(layout);
  if (body === void 0) byLayout.set(layout, body = renderBody(input, layout));
  return body;
}
var bodies = /* @__PURE__ */ new WeakMap();
function renderBody(input, layout) {
  const spec = SPECS[layout];
  const byCategory = new Map(spec.categories.map((c) => [c, []]));
  for (const change of input.changes) {
    for (const category of spec.categorize(change)) byCategory.get(category).push(change);
  }
  const context = {
    links: input.links,
    commitBase: input.links?.commit(""),
    itemLinks: input.itemLinks
  };
  let body = "";
  for (const category of spec.categories) {
    const list = byCategory.get(category);
    if (!list.length) continue;
    body += `${body ? "\n" : ""}### ${category}

`;
    const ordered = spec.markBreaking && list.some((c) => c.breaking) ? breakingFirst(list) : list;
    const notes = spec.notesIn(category);
    for (const change of ordered) body += entry(change, context, spec.markBreaking, notes);
  }
  return body || "No notable changes.\n";
}
function renderSection(input, layout) {
  return `${sectionHeading(input, layout)}

${sectionBody(input, layout)}`;
}
function renderReleaseNotes(input, layout) {
  const body = sectionBody(input, layout);
  if (!input.links || !input.previousTag) return body;
  const url = input.links.compare(input.previousTag, input.tag);
  return `${body}
**Changes since ${input.previousTag}:** [${input.previousTag}...${input.tag}](${url})
`;
}
function itemRef(id, context) {
  const target = context.itemLinks?.get(id);
  return target ? `[${id}](${target})` : id;
}
function breakingFirst(list) {
  return [...list.filter((c) => c.breaking), ...list.filter((c) => !c.breaking)];
}
function commitRef(change, context) {
  const short = change.hash.slice(0, 7);
  return context.commitBase === void 0 ? `(${short})` : `([${short}](${context.commitBase}${change.hash}))`;
}
function entry(change, context, markBreaking, notes) {
  const { links } = context;
  const breaking = markBreaking && change.breaking ? "**Breaking:** " : "";
  if (change.revert) {
    const quoted = `Revert "${change.subject}"`;
    return `- ${breaking}${quoted} ${commitRef(change, context)}
`;
  }
  const scope = change.scope ? `**${change.items.includes(change.scope) ? itemRef(change.scope, context) : change.scope}:** ` : "";
  const subject = links && change.subject.includes("#") ? change.subject.replace(
    /(^|[\s(])#(\d+)\b/g,
    (_, pre, n) => `${pre}[#${n}](${links.issue(n)})`
  ) : change.subject;
  const commit = commitRef(change, context);
  let refs = "";
  if (change.items.length) {
    const other = change.items.filter((id) => id !== change.scope);
    if (other.length) refs = `, refs ${other.map((id) => itemRef(id, context)).join(", ")}`;
  }
  let text = "";
  if (notes && change.breakingNotes.length) {
    for (const note of change.breakingNotes) {
      for (const line of note.split("\n")) if (line.trim()) text += `
  ${line.trim()}`;
    }
  }
  return `- ${breaking}${scope}${subject} ${commit}${refs}${text}
`;
}

// release/changelog.ts
var import_semver = __toESM(require_semver2(), 1);
function changelogPreamble(layout) {
  return layout === "keep-a-changelog" ? "# Changelog\n\nAll notable changes to this project are listed here, newest first. The format follows\n[Keep a Changelog 1.1.0](https://keepachangelog.com/en/1.1.0/), and versions follow\n[Semantic Versioning 2.0.0](https://semver.org/spec/v2.0.0.html).\n" : "# Changelog\n\nAll notable changes to this project are listed here, newest first, generated from\n[Conventional Commits](https://www.conventionalcommits.org/en/v1.0.0/) with\n[Semantic Versioning 2.0.0](https://semver.org/spec/v2.0.0.html).\n";
}
var utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function decodeChangelog(bytes, path) {
  let text;
  try {
    text = utf8.decode(bytes);
  } catch {
    const lossy = new TextDecoder("utf-8").decode(bytes);
    const line = lossy.slice(0, lossy.indexOf("\uFFFD")).split("\n").length;
    throw new ReleaseError(
      "changelog-invalid-utf8",
      `${path} is not valid UTF-8 (line ${line}); convert it to UTF-8 first. Nothing was written.`,
      path,
      line
    );
  }
  const lines = text.split("\n");
  const open = lines.findIndex((l) => /^<{7}(?: |\r?$)/.test(l));
  if (open >= 0 && lines.slice(open + 1).some((l) => /^>{7}(?: |\r?$)/.test(l))) {
    throw new ReleaseError(
      "changelog-conflict-markers",
      `${path} has unresolved merge conflict markers (<<<<<<< on line ${open + 1}): resolve the conflict and commit, then run again. Nothing was written.`,
      path,
      open + 1
    );
  }
  return text;
}
function detectLayout(text) {
  if (/keepachangelog\.com/i.test(text) || /^#{2} \[(?:unreleased|\d+\.\d+\.\d+[^\]]*)\](?: - \d{4}-\d{2}-\d{2})?\s*$/im.test(text))
    return "keep-a-changelog";
  if (/^#{2,3} (?:\[\d+\.\d+\.\d+[^\]]*\]\([^)]*\)|\d+\.\d+\.\d+\S*) \(\d{4}-\d{2}-\d{2}\)/m.test(
    text
  ))
    return "conventional";
  return void 0;
}
var VERSION_TEXT = /^\[?v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)\]?(?=$|[\s(\]])/;
var UNRELEASED_TEXT = /^\[?unreleased\]?(?=$|[\s(\]])/i;
var DEFINITION = /^ {0,3}\[([^\]]+)\]:\s*\S/;
function splitLines(text) {
  const lines = [];
  let start = 0;
  while (start < text.length) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    const next = nl < 0 ? text.length : nl + 1;
    lines.push({ start, next, text: text.slice(start, end).replace(/\r$/, "") });
    start = next;
  }
  return lines;
}
function headingsOf(lines) {
  const headings = [];
  let fence;
  lines.forEach((line, i) => {
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line.text);
    if (f) {
      const run = f[1];
      if (!fence) fence = { char: run[0], length: run.length };
      else if (run[0] === fence.char && run.length >= fence.length && !/[^`~\s]/.test(line.text.trim().slice(run.length)))
        fence = void 0;
      return;
    }
    if (fence) return;
    const h = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/.exec(line.text);
    if (!h) return;
    const level = h[1].length;
    const content = (h[2] ?? "").replace(/[ \t]+#+$/, "");
    const v = level <= 3 ? VERSION_TEXT.exec(content) : null;
    if (v) headings.push({ line: i, level, kind: "version", version: v[1] });
    else if (level <= 3 && UNRELEASED_TEXT.test(content))
      headings.push({ line: i, level, kind: "unreleased" });
    else headings.push({ line: i, level, kind: "other" });
  });
  return headings;
}
function definitionsStart(lines) {
  let start = lines.length;
  for (let i = lines.length - 1; i >= 0; i--) {
    const t = lines[i].text;
    if (!t.trim()) continue;
    if (DEFINITION.test(t)) start = i;
    else break;
  }
  return start;
}
function updateChangelog(existing, input, layout) {
  const original = existing ?? changelogPreamble(layout);
  const eol = /\r\n/.test(original.slice(0, original.indexOf("\n") + 1)) ? "\r\n" : "\n";
  const lines = splitLines(original);
  const headings = headingsOf(lines);
  const defsAt = definitionsStart(lines);
  const rendered = renderSection(input, layout);
  const section = [rendered.endsWith("\n") ? rendered.slice(0, -1) : rendered];
  const notices = [];
  const edits = [];
  const kac = layout === "keep-a-changelog";
  const sectionEnd = (h) => {
    for (const other of headings) {
      if (other.line <= h.line) continue;
      if (other.level <= h.level || other.kind !== "other") return Math.min(other.line, defsAt);
    }
    return Math.max(h.line + 1, defsAt);
  };
  const target = headings.find(
    (h) => input.version ? h.kind === "version" && h.version === input.version : h.kind === "unreleased"
  );
  const unreleased = headings.find((h) => h.kind === "unreleased");
  const firstVersion = headings.find((h) => h.kind === "version");
  let action;
  let sectionEdit;
  if (target) {
    const end = sectionEnd(target);
    const body = end < lines.length ? [...section, ""] : section;
    sectionEdit = { from: target.line, to: end, lines: body, spacing: "exact" };
    action = "replaced";
  } else {
    const older = input.version ? headings.find(
      (h) => h.kind === "version" && h.line >= (unreleased?.line ?? -1) && import_semver.default.valid(h.version) && import_semver.default.lt(h.version, input.version)
    ) : firstVersion;
    const at = older?.line ?? defsAt;
    sectionEdit = { from: at, to: at, lines: section, spacing: "block" };
    action = "inserted";
  }
  if (kac && input.version) {
    if (!unreleased) {
      const at = firstVersion?.line ?? sectionEdit.from;
      edits.push({ from: at, to: at, lines: ["## [Unreleased]"], spacing: "block" });
    } else {
      const end = sectionEnd(unreleased);
      const body = lines.slice(unreleased.line + 1, end).map((l) => l.text).join("\n").trim();
      if (body && body === sectionBody(input, layout).trim()) {
        edits.push({ from: unreleased.line + 1, to: end, lines: [""], spacing: "exact" });
      } else if (body) {
        notices.push(
          `The Unreleased section has entries of its own; they were kept. Move those that shipped in ${input.version} into its section by hand.`
        );
      }
    }
  }
  edits.push(sectionEdit);
  if (kac && input.links) edits.push(...definitionEdits(lines, defsAt, input));
  const text = applyEdits(original, lines, edits, eol);
  const changed = existing === void 0 || text !== original;
  return { text, changed, action: changed ? action : "unchanged", notices };
}
function definitionEdits(lines, defsAt, input) {
  const links = input.links;
  const wanted = [];
  if (input.version) {
    wanted.push({ label: "unreleased", url: links.compare(input.tag, "HEAD") });
    wanted.push({ label: input.version, url: versionUrl(input) });
  } else if (input.previousTag) {
    wanted.push({ label: "unreleased", url: links.compare(input.previousTag, "HEAD") });
  }
  const existing = /* @__PURE__ */ new Map();
  for (let i = defsAt; i < lines.length; i++) {
    const m = DEFINITION.exec(lines[i].text);
    if (m) existing.set(m[1].toLowerCase(), i);
  }
  const edits = [];
  const hasBlock = existing.size > 0;
  const fresh = [];
  for (const { label, url } of wanted) {
    const at = existing.get(label.toLowerCase());
    if (at !== void 0) {
      const written = DEFINITION.exec(lines[at].text)[1];
      edits.push({ from: at, to: at + 1, lines: [`[${written}]: ${url}`], spacing: "exact" });
      continue;
    }
    if (!hasBlock) {
      fresh.push(`[${label}]: ${url}`);
      continue;
    }
    let before = lines.length;
    if (label === "unreleased") before = defsAt;
    else {
      for (const [other, i] of existing) {
        if (import_semver.default.valid(other) && import_semver.default.lt(other, label) && i < before) before = i;
      }
      if (before === lines.length) {
        before = Math.max(...existing.values()) + 1;
      }
    }
    edits.push({ from: before, to: before, lines: [`[${label}]: ${url}`], spacing: "tight" });
  }
  if (fresh.length)
    edits.push({ from: lines.length, to: lines.length, lines: fresh, spacing: "block" });
  return edits;
}
function applyEdits(original, lines, edits, eol) {
  const offset = (i) => i < lines.length ? lines[i].start : original.length;
  const groups = /* @__PURE__ */ new Map();
  for (const e of edits) {
    const key = `${e.from}:${e.to}`;
    groups.set(key, [...groups.get(key) ?? [], e]);
  }
  const ordered = [...groups.values()].sort(
    (a, b) => b[0].from - a[0].from || b[0].to - a[0].to
  );
  let text = original;
  for (const group of ordered) {
    const { from, to } = group[0];
    let insert = "";
    group.forEach((e, k) => {
      if (k > 0 && (e.spacing === "block" || group[k - 1].spacing === "block")) insert += eol;
      for (const l of e.lines) insert += (eol === "\n" ? l : l.replace(/\n/g, eol)) + eol;
    });
    const first = group[0];
    const last = group[group.length - 1];
    if (from === to) {
      if (first.spacing === "block" && from > 0) {
        const endsWithBreak = from < lines.length || /\n$/.test(original);
        if (!endsWithBreak) insert = eol + eol + insert;
        else if (lines[from - 1].text.trim()) insert = eol + insert;
      } else if (from === lines.length && from > 0 && !/\n$/.test(original)) {
        insert = eol + insert;
      }
      if (last.spacing === "block" && from < lines.length) insert += eol;
    } else if (to === lines.length && !/\n$/.test(original) && last.spacing === "exact") {
      insert = insert.slice(0, -eol.length);
    }
    text = text.slice(0, offset(from)) + insert + text.slice(offset(to));
  }
  return text;
}

// release/conventional.ts
var WORD = /^\w*/;
var LINE_BREAKING = /[\r\n\u2028\u2029]/;
function parseHeader(header) {
  if (LINE_BREAKING.test(header)) return void 0;
  const type = WORD.exec(header)[0];
  const rest = header.slice(type.length);
  const scoped = (marker) => {
    const at = rest.lastIndexOf(marker);
    if (at < 1) return void 0;
    const scope = rest.slice(1, at);
    return {
      type,
      ...scope ? { scope } : {},
      subject: rest.slice(at + marker.length),
      bang: marker === ")!: "
    };
  };
  if (rest.startsWith("(")) return scoped(")!: ") ?? scoped("): ");
  if (rest.startsWith("!: ")) return { type, subject: rest.slice(3), bang: true };
  if (rest.startsWith(": ")) return { type, subject: rest.slice(2), bang: false };
  return void 0;
}
function breakingNoteOf(line) {
  let i = 0;
  for (let c = line.charCodeAt(i); c === 124 || c === 42 || isSpaceCode(c); )
    c = line.charCodeAt(++i);
  if (!line.startsWith("BREAKING", i)) return void 0;
  const sep2 = line[i + 8];
  if (sep2 !== " " && sep2 !== "-" || !line.startsWith("CHANGE", i + 9)) return void 0;
  let j = i + 15;
  const start = j;
  for (let c = line.charCodeAt(j); c === 58 || isSpaceCode(c); ) c = line.charCodeAt(++j);
  if (j === start) return void 0;
  return line.slice(j);
}
function isSpaceCode(c) {
  if (c <= 32) return c === 32 || c >= 9 && c <= 13;
  if (c < 160) return false;
  return c === 160 || c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
}
var REVERTS2 = /This reverts commit (\w*)\./gi;
function parseRevert(message) {
  if (message.slice(0, 6).toLowerCase() !== "revert") return void 0;
  let start;
  if (isSpace(message[6])) start = 7;
  else if (message[6] === ":" && isSpace(message[7])) start = 8;
  else return void 0;
  const attempt = (from) => {
    REVERTS2.lastIndex = from + 1;
    for (let m = REVERTS2.exec(message); m; m = REVERTS2.exec(message)) {
      let k = m.index;
      while (k > from + 1 && isSpace(message[k - 1])) k--;
      if (k > from + 1 && message[k - 1] === '"') k--;
      if (k < from + 1) continue;
      return { header: message.slice(from, k), hash: m[1] };
    }
    return void 0;
  };
  return (message[start] === '"' ? attempt(start + 1) : void 0) ?? attempt(start);
}
function isSpace(c) {
  return c !== void 0 && isSpaceCode(c.charCodeAt(0));
}
var ITEM_ID_STRICT = /^(?:[A-Z][A-Z0-9]*-\d+[A-Za-z0-9]*|[A-Z]{1,3}\d+(?:\.\d+)+|T\d{3,})$/;
var ITEM_ID_IN_FOOTER = /^(?:[A-Z][A-Z0-9]*-\d+[A-Za-z0-9]*|[A-Z]{1,3}\d+(?:\.\d+)*|\d+(?:\.\d+)+)$/;
var ITEM_FOOTER = /^[ \t]*(?:refs?|references|items?|implements|part of|board|closes|fixes|resolves)\b/i;
var NO_STRINGS = Object.freeze([]);
var ITEM_FOOTER_ANYWHERE = /^[ \t]*(?:refs?|references|items?|implements|part of|board|closes|fixes|resolves)\b/gim;
var HAS_UPPER = /[A-Z]/;
var TRAILER = /^[A-Za-z][\w-]*(?:: | #)/;
function parseCommit(commit) {
  let message = commit.message;
  let start = 0;
  let end = message.length;
  while (start < end && isNewline(message.charCodeAt(start))) start++;
  while (end > start && isNewline(message.charCodeAt(end - 1))) end--;
  if (start > 0 || end < message.length) message = message.slice(start, end);
  let nl = message.indexOf("\n");
  let header = nl < 0 ? message : message.slice(0, nl);
  if (header.endsWith("\r")) header = header.slice(0, -1);
  while (/^\s*gpg:/.test(header) && nl >= 0) {
    const next = message.indexOf("\n", nl + 1);
    header = message.slice(nl + 1, next < 0 ? void 0 : next).replace(/\r$/, "");
    nl = next;
  }
  const body = nl < 0 ? "" : message.slice(nl + 1);
  const parsed = { commit, header, body, notes: [] };
  const conventional = parseHeader(header);
  if (conventional?.type) parsed.conventional = conventional;
  if (body.includes("BREAKING")) parsed.notes = notesOf(body);
  const revert = parseRevert(commit.message);
  if (revert) parsed.revert = revert;
  return parsed;
}
function isNewline(code) {
  return code === 10 || code === 13;
}
function notesOf(body) {
  const notes = [];
  let current;
  for (const raw of body.split("\n")) {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (/^\s*gpg:/.test(line)) continue;
    const note = line.includes("BREAKING") ? breakingNoteOf(line) : void 0;
    if (note !== void 0) {
      if (current) notes.push(current.join("\n").trim());
      current = [note];
    } else if (current) {
      if (TRAILER.test(line)) {
        notes.push(current.join("\n").trim());
        current = void 0;
      } else current.push(line);
    }
  }
  if (current) notes.push(current.join("\n").trim());
  return notes;
}
function parseChanges(commits) {
  const collector = new ChangeCollector();
  for (const commit of commits) collector.add(commit);
  return collector.result();
}
var ChangeCollector = class {
  parsed = [];
  /** Reverts still looking for their commit, by `header\0hash`, oldest-held first. */
  held = /* @__PURE__ */ new Map();
  /** Index of a paired revert → index of the commit it reverts. */
  pairs = /* @__PURE__ */ new Map();
  reverted = /* @__PURE__ */ new Set();
  add(commit) {
    const index = this.parsed.length;
    const parsed = parseCommit(commit);
    this.parsed.push(parsed);
    const key = `${parsed.header.trim()}\0${commit.hash}`;
    const waiting = this.held.get(key);
    if (waiting?.length) {
      const revert = waiting.shift();
      if (!waiting.length) this.held.delete(key);
      this.pairs.set(revert, index);
      this.reverted.add(index);
      return;
    }
    if (parsed.revert) {
      const wanted = `${parsed.revert.header.trim()}\0${parsed.revert.hash.trim()}`;
      const list = this.held.get(wanted);
      if (list) list.push(index);
      else this.held.set(wanted, [index]);
    }
  }
  result() {
    const changes = [];
    const reverted = [];
    const nonConventional = [];
    const seen = /* @__PURE__ */ new Map();
    this.parsed.forEach((parsed, index) => {
      const change = toChange(parsed, this.pairs.has(index));
      if (!change) {
        if (parsed.commit.parents.length < 2) nonConventional.push(parsed.commit);
        return;
      }
      if (this.reverted.has(index)) {
        reverted.push(change);
        return;
      }
      if (change.revert) {
        changes.push(change);
        return;
      }
      const key = dedupeKey(change);
      const earlier = seen.get(key);
      if (earlier) {
        earlier.items = withUnique(earlier.items, change.items);
        earlier.breakingNotes = withUnique(earlier.breakingNotes, change.breakingNotes);
        return;
      }
      seen.set(key, change);
      changes.push(change);
    });
    return { changes, reverted, nonConventional };
  }
};
function toChange(parsed, paired) {
  const { commit, conventional, notes, revert } = parsed;
  if (!conventional && !revert && !notes.length) return void 0;
  let type = conventional?.type ?? "";
  if (HAS_UPPER.test(type)) type = type.toLowerCase();
  let subject = (conventional?.subject ?? parsed.header).trim();
  let scope = conventional?.scope?.trim();
  if (revert) {
    type = "revert";
    subject = revert.header.trim();
    scope = void 0;
  }
  const change = {
    type,
    subject,
    breaking: Boolean(conventional?.bang) || notes.length > 0,
    breakingNotes: notes.filter(Boolean),
    items: NO_STRINGS,
    hash: commit.hash,
    date: commit.date,
    header: parsed.header,
    body: parsed.body
  };
  if (!change.breakingNotes.length) change.breakingNotes = NO_STRINGS;
  if (revert) change.revert = { ...revert, paired };
  if (scope) {
    change.scope = scope;
    if (HAS_UPPER.test(scope)) {
      for (const part of scope.split(/[,/ ]+/))
        if (ITEM_ID_STRICT.test(part)) addItems(change, [part]);
    }
  }
  if (parsed.body) addItems(change, footerItems(parsed.body));
  return change;
}
function footerItems(text) {
  const ids = [];
  ITEM_FOOTER_ANYWHERE.lastIndex = 0;
  const first = ITEM_FOOTER_ANYWHERE.exec(text);
  if (!first) return ids;
  for (const line of text.slice(first.index).split("\n")) {
    const value = footerValue(line);
    if (!value) continue;
    for (const raw of value.split(/[\s,;]+/)) {
      const token = raw.replace(/^[([]+|[)\].:]+$/g, "");
      if (ITEM_ID_IN_FOOTER.test(token)) ids.push(token);
    }
  }
  return ids;
}
function footerValue(line) {
  const m = ITEM_FOOTER.exec(line);
  if (!m) return void 0;
  const blank = (c) => c === " " || c === "	";
  let j = m[0].length;
  const before = j;
  while (blank(line[j])) j++;
  if (line[j] === ":") {
    const after = ++j;
    while (blank(line[j])) j++;
    if (j === after) return void 0;
  } else if (j === before) return void 0;
  return line.slice(j).trim() || void 0;
}
function withUnique(list, values) {
  let out = list;
  for (const v of values) if (!out.includes(v)) out = [...out, v];
  return out;
}
function addItems(change, ids) {
  change.items = withUnique(change.items, ids);
}
function dedupeKey(change) {
  let subject = change.subject;
  if (subject.endsWith(")")) {
    const open = subject.lastIndexOf("(#");
    if (open >= 0 && /^\d+$/.test(subject.slice(open + 2, -1)))
      subject = subject.slice(0, open).trimEnd();
  }
  if (/\s\s/.test(subject)) subject = subject.replace(/\s+/g, " ");
  return `${change.type}\0${change.scope?.toLowerCase() ?? ""}\0${change.breaking}\0${subject.toLowerCase()}`;
}

// release/history.ts
var import_semver3 = __toESM(require_semver2(), 1);

// release/tags.ts
var import_semver2 = __toESM(require_semver2(), 1);
var DEFAULT_TAG_PATTERN = "v{version}";
function parseTagPattern(pattern = DEFAULT_TAG_PATTERN) {
  const source = pattern.includes("{version}") ? pattern : `${pattern}{version}`;
  const parts = source.split("{version}");
  if (parts.length !== 2) {
    throw new ReleaseError("bad-option", `Tag pattern "${pattern}" must contain {version} once.`);
  }
  if (source.startsWith("-")) {
    throw new ReleaseError(
      "bad-option",
      `Tag pattern "${pattern}" gives tag names starting with "-", which git would read as options.`
    );
  }
  const fixed = source.replace("{version}", "");
  if (/[\s~^:?*[\\]/.test(fixed) || hasControlCharacter(fixed)) {
    throw new ReleaseError(
      "bad-option",
      `Tag pattern "${pattern}" has characters git does not allow in tag names.`
    );
  }
  return { prefix: parts[0], suffix: parts[1], source };
}
function tagName(pattern, version) {
  return `${pattern.prefix}${version}${pattern.suffix}`;
}
function classifyTags(refs, pattern) {
  const releases = [];
  const malformed = [];
  const other = [];
  for (const ref of refs) {
    const { name } = ref;
    if (!name.startsWith(pattern.prefix) || !name.endsWith(pattern.suffix) || name.length < pattern.prefix.length + pattern.suffix.length + 1) {
      other.push(ref);
      continue;
    }
    const version = name.slice(pattern.prefix.length, name.length - pattern.suffix.length);
    if (import_semver2.default.valid(version) === version) {
      releases.push({
        name,
        version,
        commit: ref.commit,
        prerelease: import_semver2.default.prerelease(version) !== null
      });
    } else if (/^v?\d/.test(version) && !(pattern.prefix === "" && version.startsWith("v"))) {
      malformed.push(ref);
    } else {
      other.push(ref);
    }
  }
  releases.sort((a, b) => import_semver2.default.rcompare(a.version, b.version) || a.name.localeCompare(b.name));
  return { releases, malformed, other };
}

// release/history.ts
async function readReleaseHistory(cwd, options) {
  const [stateRun, everyRun, remoteRun] = await Promise.allSettled([
    readRepoState(cwd),
    readTags(cwd, null),
    options.repoUrl ? Promise.resolve(options.repoUrl) : readRemoteUrl(cwd, options.remote)
  ]);
  const state = settled(stateRun);
  const remoteUrl = settled(remoteRun);
  const every = settled(everyRun);
  const all = classifyTags(every, options.pattern);
  const base = {
    root: state.root,
    head: state.head,
    prereleases: all.releases.filter((t) => t.prerelease).map((t) => t.version),
    ...remoteUrl ? { remoteUrl } : {}
  };
  const guess = all.releases.find((t) => !t.prerelease);
  const paths = options.paths?.length ? options.paths : void 0;
  if (guess && !paths) {
    const tagsAt = /* @__PURE__ */ new Map();
    for (const ref of every) tagsAt.set(ref.commit, [...tagsAt.get(ref.commit) ?? [], ref]);
    const newer = [];
    let proven = guess.commit === state.head;
    const read2 = await readRange(cwd, guess, void 0, state.head, (c) => {
      if (!proven && c.parents.includes(guess.commit)) proven = true;
      const at = tagsAt.get(c.hash);
      if (at) newer.push(...at);
    });
    if (proven) {
      const inRange = classifyTags(newer, options.pattern);
      const malformed = inRange.malformed[0];
      if (malformed) throw nonSemverTag(malformed, guess, options.pattern.source);
      const top = inRange.releases[0];
      const latest2 = top && import_semver3.default.gt(top.version, guess.version) ? top : guess;
      return { ...base, stable: guess, latest: latest2, ...read2 };
    }
  }
  const reachable = await readTags(cwd);
  const tags = classifyTags(reachable, options.pattern);
  const stable = tags.releases.find((t) => !t.prerelease);
  const latest = tags.releases[0];
  for (const tag of tags.malformed) {
    if (latest && await isAncestor(cwd, tag.commit, latest.commit)) continue;
    throw nonSemverTag(tag, latest, options.pattern.source);
  }
  if (!latest && !options.allowNoTag) {
    throw noReleaseTag(
      options.pattern.source,
      reachable.map((r) => r.name)
    );
  }
  const read = await readRange(cwd, stable, paths, state.head);
  return {
    ...base,
    ...stable ? { stable } : {},
    ...latest ? { latest } : {},
    ...read
  };
}
async function readRange(cwd, from, paths, head, onEvery) {
  const collector = new ChangeCollector();
  let commits = 0;
  let headDate;
  await streamCommits(
    cwd,
    { ...from ? { from: from.name } : {}, ...paths ? { paths } : {}, merges: true },
    (c) => {
      onEvery?.(c);
      if (c.hash === head) headDate = c.date;
      if (c.parents.length < 2) commits++;
      collector.add(c);
    }
  );
  return { commits, parsed: collector.result(), ...headDate ? { headDate } : {} };
}
function nonSemverTag(tag, latest, pattern) {
  return new ReleaseError(
    "non-semver-tag",
    `Tag "${tag.name}" (${tag.commit.slice(0, 7)}) looks like a release tag of "${pattern}" but is not a semantic version (MAJOR.MINOR.PATCH, e.g. 1.2.0)${latest ? `, and it is newer than the last release ${latest.name}` : ""}. Re-tag it with a full version (git tag -a <fixed-name> ${tag.name}^{} and git tag -d ${tag.name}), or choose a tag pattern that does not match it.`
  );
}
function noReleaseTag(pattern, names) {
  const seen = names.length ? ` Tags reachable from HEAD: ${names.slice(0, 5).join(", ")}${names.length > 5 ? `, \u2026 (${names.length})` : ""}.` : " No tag is reachable from HEAD.";
  return new ReleaseError(
    "no-release-tag",
    `No release tag matching "${pattern}" is reachable from HEAD, so the last release is unknown.${seen} Tag the last release (git tag -a v1.0.0 <commit>), fetch tags (git fetch --tags), set the tag pattern, or pass --first-release to treat the whole history as the first release.`
  );
}
function settled(result) {
  if (result.status === "rejected") throw result.reason;
  return result.value;
}

// release/remote.ts
function repoLinks(remoteUrl) {
  if (!remoteUrl) return void 0;
  const url = remoteUrl.trim();
  let host;
  let path;
  const scp = /^(?:[^@/\s]+@)?([^:/\s]+):(?!\/)(.+)$/.exec(url);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    let parsed;
    try {
      parsed = new URL(url);
    } catch {
      return void 0;
    }
    if (!["http:", "https:", "ssh:", "git:", "git+ssh:", "ssh+git:"].includes(parsed.protocol))
      return void 0;
    host = parsed.hostname;
    path = parsed.pathname;
  } else if (scp && !/^[a-z]:[\\/]/i.test(url)) {
    host = scp[1];
    path = scp[2];
  } else {
    return void 0;
  }
  path = path.replace(/^\/+|\/+$/g, "").replace(/\.git$/, "");
  if (!host || path.split("/").length < 2) return void 0;
  const base = `https://${host}/${path}`;
  const enc = (ref) => ref.split("/").map(encodeURIComponent).join("/");
  if (/gitlab/i.test(host)) {
    return {
      base,
      commit: (h) => `${base}/-/commit/${h}`,
      compare: (a, b) => `${base}/-/compare/${enc(a)}...${enc(b)}`,
      tag: (t) => `${base}/-/tags/${enc(t)}`,
      issue: (n) => `${base}/-/issues/${n}`
    };
  }
  return {
    base,
    commit: (h) => `${base}/commit/${h}`,
    compare: (a, b) => `${base}/compare/${enc(a)}...${enc(b)}`,
    tag: (t) => `${base}/releases/tag/${enc(t)}`,
    issue: (n) => `${base}/issues/${n}`
  };
}

// release/version.ts
var import_semver4 = __toESM(require_semver2(), 1);
function bumpOf(change) {
  if (change.revert?.paired) return "none";
  if (change.breaking) return "major";
  if (change.revert) return "patch";
  if (change.type === "feat") return "minor";
  if (change.type === "fix" || change.type === "perf") return "patch";
  return "none";
}
function nextVersion(input) {
  const { previous, changes, prereleases = [], options = {} } = input;
  const n = { major: 0, minor: 0, patch: 0, none: 0 };
  for (const c of changes) n[bumpOf(c)]++;
  const level = n.major ? "major" : n.minor ? "minor" : n.patch ? "patch" : "none";
  const reasons = [];
  const id = options.prerelease;
  if (id !== void 0 && !/^[0-9A-Za-z-]+$/.test(id)) {
    throw new ReleaseError(
      "bad-option",
      `Prerelease identifier "${id}" must be letters, digits and hyphens (e.g. rc, beta).`
    );
  }
  if (options.releaseAs !== void 0) {
    const forced = options.releaseAs.replace(/^v(?=\d)/, "");
    if (import_semver4.default.valid(forced) !== forced) {
      throw new ReleaseError(
        "bad-option",
        `--release-as "${options.releaseAs}" is not a semantic version (MAJOR.MINOR.PATCH, e.g. 2.0.0).`
      );
    }
    if (previous && !import_semver4.default.gt(forced, previous)) {
      throw new ReleaseError(
        "bad-option",
        `--release-as ${forced} is not above the last release ${previous}.`
      );
    }
    reasons.push(`Version ${forced} was given with --release-as.`);
    return { version: forced, bump: diffBump(previous, forced), level, release: true, reasons };
  }
  if (!previous) {
    const line2 = id ? highestPrerelease(prereleases, id, "0.0.0") : void 0;
    const version2 = line2 && id ? import_semver4.default.inc(line2, "prerelease", id) : id ? `1.0.0-${id}.0` : "1.0.0";
    reasons.push(
      line2 ? `No stable release yet; prerelease ${line2} exists, so the next is ${version2}.` : `First release: no earlier release tag, so ${version2}.`
    );
    return { version: version2, bump: "major", level, release: true, reasons };
  }
  if (level === "none") {
    reasons.push(`No feat, fix, perf or breaking change since ${previous}: nothing to release.`);
    return { version: previous, bump: "none", level, release: false, reasons };
  }
  let bump = level;
  if (level === "major" && import_semver4.default.major(previous) === 0 && options.bumpMinorPreMajor) {
    bump = "minor";
    reasons.push("A breaking change bumps the minor version while the major version is 0.");
  }
  const target = import_semver4.default.inc(previous, bump);
  const reverts = changes.filter((c) => c.revert && bumpOf(c) === "patch").length;
  const counts = describeCounts(n, reverts);
  reasons.push(`${capital(bump)} bump from ${previous}: ${counts}.`);
  if (!id) return { version: target, bump, level, release: true, reasons };
  const line = highestPrerelease(prereleases, id, target);
  const version = line ? import_semver4.default.inc(line, "prerelease", id) : `${target}-${id}.0`;
  reasons.push(
    line ? `Prerelease ${line} exists, so the next is ${version}.` : `First ${id} of ${target}.`
  );
  return { version, bump, level, release: true, reasons };
}
function highestPrerelease(prereleases, id, atLeast) {
  return prereleases.filter((v) => import_semver4.default.prerelease(v)?.[0] === id && import_semver4.default.gte(coreOf(v), atLeast)).sort(import_semver4.default.rcompare)[0];
}
function coreOf(version) {
  const v = import_semver4.default.parse(version);
  return `${v.major}.${v.minor}.${v.patch}`;
}
function diffBump(previous, next) {
  if (!previous) return "major";
  const d = import_semver4.default.diff(previous, next);
  if (d === "major" || d === "premajor") return "major";
  if (d === "minor" || d === "preminor") return "minor";
  return "patch";
}
function describeCounts(n, reverts) {
  const parts = [];
  if (n.major) parts.push(`${n.major} breaking change(s)`);
  if (n.minor) parts.push(`${n.minor} feature(s)`);
  const fixes = n.patch - reverts;
  if (fixes) parts.push(`${fixes} fix(es)/performance change(s)`);
  if (reverts) parts.push(`${reverts} revert(s) of earlier changes`);
  return parts.join(", ");
}
function capital(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// release/release.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, relative, resolve, sep } from "node:path";
async function planRelease(options) {
  const cwd = resolve(options.cwd);
  const pattern = parseTagPattern(options.tagPattern);
  if (options.date !== void 0 && !isCalendarDate(options.date)) {
    throw new ReleaseError(
      "bad-option",
      `--date "${options.date}" is not a date in YYYY-MM-DD form.`
    );
  }
  const paths = options.paths?.length ? options.paths : void 0;
  const history = await readReleaseHistory(cwd, {
    pattern,
    ...paths ? { paths } : {},
    allowNoTag: Boolean(options.firstRelease) || options.releaseAs !== void 0,
    ...options.remote ? { remote: options.remote } : {},
    ...options.repoUrl ? { repoUrl: options.repoUrl } : {}
  });
  const date = options.date ?? history.headDate ?? await readCommitDate(cwd);
  const { stable, latest, remoteUrl } = history;
  const all = history.parsed;
  const plan = nextVersion({
    ...stable ? { previous: stable.version } : {},
    changes: all.changes,
    prereleases: history.prereleases,
    options
  });
  let previous = stable;
  let section = all;
  if (options.prerelease !== void 0 && latest && latest !== stable) {
    previous = latest;
    section = parseChanges(
      await readCommits(cwd, { from: latest.name, ...paths ? { paths } : {}, merges: true })
    );
  }
  const file = resolve(cwd, options.file ?? "CHANGELOG.md");
  const existingText = options.changelog ? readChangelog(file, cwd) : void 0;
  const layout = resolveLayout(options.layout, existingText ?? peekChangelog(file));
  const links = repoLinks(remoteUrl);
  const diagnostics = [];
  const items = [...new Set(section.changes.flatMap((c) => c.items))].sort();
  const itemLinks = options.linkItems ? linkItems(cwd, file, items, section.changes, diagnostics) : void 0;
  const tag = tagName(pattern, plan.version);
  const input = {
    ...options.unreleased ? {} : { version: plan.version },
    date: date.slice(0, 10),
    tag: options.unreleased ? "HEAD" : tag,
    ...previous ? { previousTag: previous.name } : {},
    changes: section.changes.filter((c) => isListed(c, layout)),
    ...links ? { links } : {},
    ...itemLinks ? { itemLinks } : {}
  };
  const result = {
    root: history.root,
    head: history.head,
    ...previous ? { previous } : {},
    ...stable ? { previousStable: stable } : {},
    version: plan.version,
    tag,
    bump: plan.bump,
    level: plan.level,
    release: plan.release,
    reasons: plan.reasons,
    date: input.date,
    layout,
    commits: history.commits,
    allChanges: all.changes,
    changes: [...input.changes],
    nonConventional: section.nonConventional.length,
    // Nothing to release: no section to show (an Unreleased section is still rendered).
    section: plan.release || options.unreleased ? renderSection(input, layout) : "",
    releaseNotes: plan.release || options.unreleased ? renderReleaseNotes(input, layout) : "",
    items,
    ...links ? { links } : {},
    file,
    diagnostics,
    input
  };
  if (options.changelog && (plan.release || options.unreleased)) {
    result.update = updateChangelog(existingText, input, layout);
    for (const notice of result.update.notices) {
      diagnostics.push({
        rule: "changelog-unreleased-kept",
        severity: "info",
        message: notice,
        path: relativePath(cwd, file),
        line: 1,
        column: 1
      });
    }
  }
  return result;
}
function writeChangelog(plan, cwd) {
  if (!plan.update?.changed) return false;
  const base = resolve(cwd);
  let rel;
  try {
    rel = relative(base, safeOutputPath(base, relative(base, plan.file)));
  } catch (e) {
    if (e instanceof OutputPathError) {
      throw new ReleaseError(
        "bad-option",
        `The changelog ${plan.file} is outside ${base}; nothing was written.`
      );
    }
    throw e;
  }
  writeOutputs(base, [{ path: rel.split(sep).join("/"), content: plan.update.text }]);
  return true;
}
async function tagRelease(plan, cwd) {
  if (existsSync(plan.file)) {
    const status = await fileStatus(resolve(cwd), plan.file);
    if (status) {
      throw new ReleaseError(
        "changelog-uncommitted",
        `${relativePath(cwd, plan.file)} has uncommitted changes, which the tag ${plan.tag} would not contain. Commit it, then run again with --tag. Nothing was tagged.`,
        relativePath(cwd, plan.file)
      );
    }
  }
  if (await tagExists(resolve(cwd), plan.tag)) {
    throw new ReleaseError("tag-exists", `Tag ${plan.tag} already exists; nothing was tagged.`);
  }
  await createAnnotatedTag(resolve(cwd), plan.tag, `${plan.tag}

${plan.releaseNotes}`);
}
function readChangelog(file, cwd) {
  let bytes;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    if (e.code === "ENOENT") return void 0;
    throw new ReleaseError(
      "bad-option",
      `Cannot read ${relativePath(cwd, file)}: ${e.message}`
    );
  }
  return decodeChangelog(bytes, relativePath(cwd, file));
}
function peekChangelog(file) {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return void 0;
  }
}
function resolveLayout(layout, text) {
  if (layout && layout !== "auto") return layout;
  return text && detectLayout(text) || "keep-a-changelog";
}
function linkItems(cwd, file, items, changes, diagnostics) {
  const links = /* @__PURE__ */ new Map();
  if (!items.length) return links;
  const { workspace } = loadWorkspace({ root: cwd });
  const where = /* @__PURE__ */ new Map();
  const boards = [...workspace.boards].sort((a, b) => a.path.localeCompare(b.path));
  for (const board of boards) {
    for (const item of board.items) {
      if (!item.generatedId && !where.has(item.id))
        where.set(item.id, { path: board.path, line: item.position.line });
    }
  }
  for (const id of items) {
    const found = where.get(id);
    if (found) {
      links.set(id, relative(dirname(file), resolve(cwd, found.path)).split(sep).join("/"));
      continue;
    }
    const change = changes.find((c) => c.items.includes(id));
    diagnostics.push({
      rule: "unknown-item",
      severity: "warning",
      message: `Commit ${change.hash.slice(0, 7)} ("${change.header}") names item ${id}, which no board in the workspace has.`,
      path: "",
      line: 0,
      column: 0
    });
  }
  return links;
}
function isCalendarDate(date) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const d = /* @__PURE__ */ new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === date;
}
function relativePath(cwd, file) {
  return relative(resolve(cwd), file).split(sep).join("/") || file;
}

export {
  require_semver2 as require_semver,
  LAYOUTS,
  renderSection,
  renderReleaseNotes,
  decodeChangelog,
  detectLayout,
  updateChangelog,
  parseChanges,
  ChangeCollector,
  readReleaseHistory,
  repoLinks,
  bumpOf,
  nextVersion,
  planRelease,
  writeChangelog,
  tagRelease
};
