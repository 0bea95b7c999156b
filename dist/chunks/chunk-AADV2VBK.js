import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  CONFIG_FILES
} from "./chunk-IRPZZ7X4.js";
import {
  slugify
} from "./chunk-J5VXYQXS.js";
import {
  loadYaml,
  requireOnDemand
} from "./chunk-U3WXGQSS.js";
import {
  BoundaryError,
  isWithin,
  readWorkspaceText,
  realRoot,
  resolveInside,
  toWorkspacePath
} from "./chunk-URQ42WZF.js";
import {
  __commonJS,
  __export,
  __toESM
} from "./chunk-VFBDS4U7.js";

// node_modules/format/format.js
var require_format = __commonJS({
  "node_modules/format/format.js"(exports, module) {
    (function() {
      var namespace;
      if (typeof module !== "undefined") {
        namespace = module.exports = format;
      } else {
        namespace = (function() {
          return this || (1, eval)("this");
        })();
      }
      namespace.format = format;
      namespace.vsprintf = vsprintf;
      if (typeof console !== "undefined" && typeof console.log === "function") {
        namespace.printf = printf;
      }
      function printf() {
        console.log(format.apply(null, arguments));
      }
      function vsprintf(fmt, replacements) {
        return format.apply(null, [fmt].concat(replacements));
      }
      function format(fmt) {
        var argIndex = 1, args = [].slice.call(arguments), i = 0, n = fmt.length, result = "", c, escaped = false, arg, tmp, leadingZero = false, precision, nextArg = function() {
          return args[argIndex++];
        }, slurpNumber = function() {
          var digits = "";
          while (/\d/.test(fmt[i])) {
            digits += fmt[i++];
            c = fmt[i];
          }
          return digits.length > 0 ? parseInt(digits) : null;
        };
        for (; i < n; ++i) {
          c = fmt[i];
          if (escaped) {
            escaped = false;
            if (c == ".") {
              leadingZero = false;
              c = fmt[++i];
            } else if (c == "0" && fmt[i + 1] == ".") {
              leadingZero = true;
              i += 2;
              c = fmt[i];
            } else {
              leadingZero = true;
            }
            precision = slurpNumber();
            switch (c) {
              case "b":
                result += parseInt(nextArg(), 10).toString(2);
                break;
              case "c":
                arg = nextArg();
                if (typeof arg === "string" || arg instanceof String)
                  result += arg;
                else
                  result += String.fromCharCode(parseInt(arg, 10));
                break;
              case "d":
                result += parseInt(nextArg(), 10);
                break;
              case "f":
                tmp = String(parseFloat(nextArg()).toFixed(precision || 6));
                result += leadingZero ? tmp : tmp.replace(/^0/, "");
                break;
              case "j":
                result += JSON.stringify(nextArg());
                break;
              case "o":
                result += "0" + parseInt(nextArg(), 10).toString(8);
                break;
              case "s":
                result += nextArg();
                break;
              case "x":
                result += "0x" + parseInt(nextArg(), 10).toString(16);
                break;
              case "X":
                result += "0x" + parseInt(nextArg(), 10).toString(16).toUpperCase();
                break;
              default:
                result += c;
                break;
            }
          } else if (c === "%") {
            escaped = true;
          } else {
            result += c;
          }
        }
        return result;
      }
    })();
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str2) => REGEX_SPECIAL_CHARS.test(str2);
    exports.isRegexChar = (str2) => str2.length === 1 && exports.hasRegexChars(str2);
    exports.escapeRegex = (str2) => str2.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str2) => str2.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str2) => {
      return str2.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path2, { windows } = {}) => {
      const segs = path2.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code2) => {
      return code2 === CHAR_FORWARD_SLASH || code2 === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str2 = input;
      let index2 = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code2;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index2 >= length;
      const peek = () => str2.charCodeAt(index2 + 1);
      const advance = () => {
        prev = code2;
        return str2.charCodeAt(++index2);
      };
      while (index2 < length) {
        code2 = advance();
        let next;
        if (code2 === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code2 = advance();
          if (code2 === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code2 === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code2 = advance())) {
            if (code2 === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code2 === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code2 === CHAR_DOT && (code2 = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code2 === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code2 === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_FORWARD_SLASH) {
          slashes.push(index2);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index2 === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index2 + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code2 === CHAR_PLUS || code2 === CHAR_AT || code2 === CHAR_ASTERISK || code2 === CHAR_QUESTION_MARK || code2 === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code2 === CHAR_EXCLAMATION_MARK && index2 === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code2 = advance())) {
                if (code2 === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code2 === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code2 === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code2 === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code2 === CHAR_EXCLAMATION_MARK && index2 === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code2 === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code2 = advance())) {
              if (code2 === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code2 === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code2 === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str2;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str2.slice(0, start);
        str2 = str2.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str2.slice(0, lastIndex);
        glob = str2.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str2;
      } else {
        base = str2;
      }
      if (base && base !== "" && base !== "/" && base !== str2) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code2)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value3 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value3;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value3);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value2 = input.slice(n);
        parts.push(value2);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value2;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value2 = `[${args.join("-")}]`;
      try {
        new RegExp(value2);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value2;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value2 = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value2 += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value2 += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value2 += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value2);
              value2 = "";
              continue;
            }
          }
        }
        value2 += ch;
      }
      parts.push(value2);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value2 = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value2)) {
          value2 = value2.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value2)) {
        return;
      }
      return value2.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index2 = 0;
      const chars = [];
      while (index2 < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index2), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index2 += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value2 = pattern.trim();
      let match = parseRepeatedExtglob(value2);
      while (match) {
        depth++;
        value2 = match.body.trim();
        match = parseRepeatedExtglob(value2);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse2 = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value2;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value3 = "", num = 0) => {
        state.consumed += value3;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push2 = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value3) => {
        const token = { ...EXTGLOB_CHARS[value3], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push2({ type, value: value3, output: state.output ? "" : ONE_CHAR });
        push2({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push2({ type: "paren", extglob: true, value: value2, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse2(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push2({ type: "paren", extglob: true, value: value2, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index2) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index2 === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value2 = advance();
        if (value2 === "\0") {
          continue;
        }
        if (value2 === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value2 += "\\";
            push2({ type: "text", value: value2 });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value2 += "\\";
            }
          }
          if (opts.unescape === true) {
            value2 = advance();
          } else {
            value2 += advance();
          }
          if (state.brackets === 0) {
            push2({ type: "text", value: value2 });
            continue;
          }
        }
        if (state.brackets > 0 && (value2 !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value2 === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value2 === "[" && peek() !== ":" || value2 === "-" && peek() === "]") {
            value2 = `\\${value2}`;
          }
          if (value2 === "]" && (prev.value === "[" || prev.value === "[^")) {
            value2 = `\\${value2}`;
          }
          if (opts.posix === true && value2 === "!" && prev.value === "[") {
            value2 = "^";
          }
          prev.value += value2;
          append({ value: value2 });
          continue;
        }
        if (state.quotes === 1 && value2 !== '"') {
          value2 = utils.escapeRegex(value2);
          prev.value += value2;
          append({ value: value2 });
          continue;
        }
        if (value2 === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push2({ type: "text", value: value2 });
          }
          continue;
        }
        if (value2 === "(") {
          increment("parens");
          push2({ type: "paren", value: value2 });
          continue;
        }
        if (value2 === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push2({ type: "paren", value: value2, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value2 === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value2 = `\\${value2}`;
          } else {
            increment("brackets");
          }
          push2({ type: "bracket", value: value2 });
          continue;
        }
        if (value2 === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push2({ type: "text", value: value2, output: `\\${value2}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push2({ type: "text", value: value2, output: `\\${value2}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value2 = `/${value2}`;
          }
          prev.value += value2;
          append({ value: value2 });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value2 === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value: value2,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push2(open);
          continue;
        }
        if (value2 === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push2({ type: "text", value: value2, output: value2 });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value2 = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push2({ type: "brace", value: value2, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value2 === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push2({ type: "text", value: value2 });
          continue;
        }
        if (value2 === ",") {
          let output = value2;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push2({ type: "comma", value: value2, output });
          continue;
        }
        if (value2 === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push2({ type: "slash", value: value2, output: SLASH_LITERAL });
          continue;
        }
        if (value2 === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value2;
            prev.value += value2;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push2({ type: "text", value: value2, output: DOT_LITERAL });
            continue;
          }
          push2({ type: "dot", value: value2, output: DOT_LITERAL });
          continue;
        }
        if (value2 === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value2);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value2;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value2}`;
            }
            push2({ type: "text", value: value2, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push2({ type: "qmark", value: value2, output: QMARK_NO_DOT });
            continue;
          }
          push2({ type: "qmark", value: value2, output: QMARK });
          continue;
        }
        if (value2 === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value2);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value2 === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value2);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push2({ type: "plus", value: value2, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push2({ type: "plus", value: value2 });
            continue;
          }
          push2({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value2 === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push2({ type: "at", extglob: true, value: value2, output: "" });
            continue;
          }
          push2({ type: "text", value: value2 });
          continue;
        }
        if (value2 !== "*") {
          if (value2 === "$" || value2 === "^") {
            value2 = `\\${value2}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value2 += match[0];
            state.index += match[0].length;
          }
          push2({ type: "text", value: value2 });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value2;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value2);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value2);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value2);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push2({ type: "star", value: value2, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push2({ type: "star", value: value2, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value2;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value2);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value2;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value2);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value2;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value2 + advance());
            push2({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value2;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value2 + advance());
            push2({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value2;
          state.output += prev.output;
          state.globstar = true;
          consume(value2);
          continue;
        }
        const token = { type: "star", value: value2, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push2(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value2;
          push2(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push2(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push2({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse2.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create2 = (str2) => {
        switch (str2) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str2);
            if (!match) return;
            const source2 = create2(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create2(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse2;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse2 = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch3 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch3(input, options, returnState));
        const arrayMatcher = (str2) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str2);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = opts.windows;
      const regex = isState ? picomatch3.compileRe(glob, options) : picomatch3.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch3(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch3.test(input, regex, options, { glob, posix: posix2 });
        const result = { glob, state, regex, posix: posix2, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch3.test = (input, regex, options, { glob, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch3.matchBase(input, regex, options, posix2);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch3.matchBase = (input, glob, options, posix2 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch3.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix2 }));
    };
    picomatch3.isMatch = (str2, patterns, options) => picomatch3(patterns, options)(str2);
    picomatch3.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch3.parse(p, options));
      return parse2(pattern, { ...options, fastpaths: false });
    };
    picomatch3.scan = (input, options) => scan(input, options);
    picomatch3.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch3.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch3.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse2.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse2(input, options);
      }
      return picomatch3.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch3.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch3.constants = constants;
    module.exports = picomatch3;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch3(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch3, pico);
    module.exports = picomatch3;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str2) {
      const len = str2.length;
      let length = 0;
      let pos = 0;
      let value2;
      while (pos < len) {
        length++;
        value2 = str2.charCodeAt(pos++);
        if (value2 >= 55296 && value2 <= 56319 && pos < len) {
          value2 = str2.charCodeAt(pos);
          if ((value2 & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// kanban/mojibake.ts
var macRomanByte;
function reverseTable() {
  if (macRomanByte) return macRomanByte;
  const bytes = new Uint8Array(128).map((_, i) => 128 + i);
  const table = /* @__PURE__ */ new Map();
  [...new TextDecoder("macintosh").decode(bytes)].forEach((ch, i) => table.set(ch, 128 + i));
  table.delete("\u03A9");
  table.set("\u2126", 189);
  table.delete("\u20AC");
  table.set("\xA4", 219);
  macRomanByte = table;
  return table;
}
function sequenceLength(lead) {
  if (lead >= 194 && lead <= 223) return 2;
  if (lead >= 224 && lead <= 239) return 3;
  if (lead >= 240 && lead <= 244) return 4;
  return 0;
}
var utf8 = new TextDecoder("utf-8", { fatal: true });
function repairRunPieces(run) {
  const chars = [...run];
  const table = reverseTable();
  const pieces = [];
  let i = 0;
  while (i < chars.length) {
    const lead = table.get(chars[i]);
    const len = lead === void 0 ? 0 : sequenceLength(lead);
    if (len > 0 && i + len <= chars.length) {
      const bytes = [lead];
      for (let k = 1; k < len; k++) {
        const b = table.get(chars[i + k]);
        if (b === void 0 || b < 128 || b > 191) break;
        bytes.push(b);
      }
      if (bytes.length === len) {
        try {
          const to = utf8.decode(Uint8Array.from(bytes));
          pieces.push({ from: chars.slice(i, i + len).join(""), to });
          i += len;
          continue;
        } catch {
        }
      }
    }
    pieces.push({ from: chars[i], to: chars[i] });
    i += 1;
  }
  return pieces;
}
function repairRun(run) {
  return repairRunPieces(run).map((p) => p.to).join("");
}
var MOJIBAKE_RUN = /[^\p{ASCII}]{2,}/gu;
var macRomanChar;
function toMacRomanMojibake(text4) {
  macRomanChar ??= new Map([...reverseTable()].map(([ch, byte]) => [byte, ch]));
  const table = macRomanChar;
  let out = "";
  for (const ch of text4) {
    if (ch.charCodeAt(0) < 128) {
      out += ch;
      continue;
    }
    for (const byte of Buffer.from(ch, "utf8")) out += table.get(byte) ?? "\uFFFD";
  }
  return out;
}
function repairMacRomanMojibake(text4) {
  let repaired = 0;
  const out = text4.replace(MOJIBAKE_RUN, (run) => {
    const fixed = repairRun(run);
    if (fixed !== run) repaired += 1;
    return fixed;
  });
  return { text: out, repaired };
}

// kanban/decode.ts
var utf82 = new TextDecoder("utf-8", { fatal: true });
function fatal(path2, rule, message, line = 1) {
  return { rule, severity: "error", message, path: path2, line, column: 1, fatal: true };
}
function decodeMarkdown(bytes, path2, limits) {
  if (bytes.length > limits.maxFileBytes) {
    return {
      diagnostics: [
        fatal(
          path2,
          "file-too-large",
          `File is ${bytes.length} bytes; the limit is ${limits.maxFileBytes}. Raise limits.maxFileBytes in the config or exclude the file.`
        )
      ]
    };
  }
  let text4;
  if (bytes[0] === 255 && bytes[1] === 254) {
    text4 = new TextDecoder("utf-16le").decode(bytes.subarray(2));
  } else if (bytes[0] === 254 && bytes[1] === 255) {
    text4 = new TextDecoder("utf-16be").decode(bytes.subarray(2));
  } else {
    const nul = bytes.indexOf(0);
    if (nul !== -1) {
      return {
        diagnostics: [
          fatal(
            path2,
            "binary-file",
            "File contains NUL bytes and is not Markdown text. Exclude it from the board globs.",
            lineAtByte(bytes, nul)
          )
        ]
      };
    }
    const body = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? bytes.subarray(3) : bytes;
    try {
      text4 = utf82.decode(body);
    } catch {
      const lossy = Buffer.from(body).toString("utf8");
      const at = lossy.indexOf("\uFFFD");
      const line = lossy.slice(0, Math.max(0, at)).split("\n").length;
      return {
        diagnostics: [
          fatal(
            path2,
            "invalid-utf8",
            `Line ${line} is not valid UTF-8. Re-save the file as UTF-8.`,
            line
          )
        ]
      };
    }
  }
  text4 = text4.replace(/\r\n?/g, "\n");
  const diagnostics = [];
  const shape = checkShape(text4, path2, limits);
  if (shape) return { diagnostics: [shape] };
  const { text: repaired, repaired: count } = repairMacRomanMojibake(text4);
  if (count > 0) {
    diagnostics.push({
      rule: "mojibake-repaired",
      severity: "info",
      message: `Repaired ${count} run(s) of UTF-8 text that had been decoded as Mac Roman (e.g. "\u201A\xFA\xD6" \u2192 "\u2705"). The file itself is unchanged.`,
      path: path2,
      line: firstChangedLine(text4, repaired),
      column: 1
    });
  }
  return { text: repaired, diagnostics };
}
function lineAtByte(bytes, offset) {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return line;
}
function firstChangedLine(a, b) {
  const la = a.split("\n");
  const lb = b.split("\n");
  for (let i = 0; i < la.length; i++) if (la[i] !== lb[i]) return i + 1;
  return 1;
}
var CONTAINER_MARKER = /^[ \t]*(?:(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)|>)[ \t]*/;
function checkShape(text4, path2, limits) {
  let line = 0;
  let start = 0;
  while (start <= text4.length) {
    line++;
    let end = text4.indexOf("\n", start);
    if (end === -1) end = text4.length;
    const length = end - start;
    if (length > limits.maxLineLength) {
      return fatal(
        path2,
        "line-too-long",
        `Line ${line} is ${length} characters long; the limit is ${limits.maxLineLength}. Raise limits.maxLineLength in the config or exclude the file.`,
        line
      );
    }
    const depth = nestingDepth(
      text4.slice(start, Math.min(end, start + 4 * limits.maxNesting + 64))
    );
    if (depth > limits.maxNesting) {
      return fatal(
        path2,
        "nesting-too-deep",
        `Line ${line} is nested about ${depth} levels deep; the limit is ${limits.maxNesting}. Flatten the list or raise limits.maxNesting in the config.`,
        line
      );
    }
    start = end + 1;
  }
  return void 0;
}
function nestingDepth(line) {
  let indent2 = 0;
  for (const ch of line) {
    if (ch === " ") indent2 += 1;
    else if (ch === "	") indent2 += 4;
    else break;
  }
  let markers2 = 0;
  let rest = line;
  for (; ; ) {
    const m = CONTAINER_MARKER.exec(rest);
    if (!m || m[0].length === 0) break;
    markers2++;
    rest = rest.slice(m[0].length);
  }
  return Math.floor(indent2 / 2) + markers2;
}

// kanban/status.ts
var PHRASES = [
  [
    "cancelled",
    /\b(?:cancell?ed|dropped|won'?t ?(?:do|fix)|wontfix|abandoned|obsolete|descoped|rejected|deprecated)\b/
  ],
  ["blocked", /\b(?:blocked|blocker|on[ -]hold|stuck|paused|waiting (?:on|for))\b/],
  ["backlog", /\b(?:not (?:yet )?started|not begun|to be (?:created|done|started)|unstarted)\b/],
  [
    "in-progress",
    /\b(?:partially (?:complete|done)|partly (?:complete|done)|partial|in[ -]progress|wip|doing|active|ongoing|under ?way|started|working|implementing|current)\b/
  ],
  [
    "review",
    /\b(?:in[ -]review|review(?:ing)?|needs? review|code review|in qa|qa|verifying|verification)\b/
  ],
  [
    "done",
    /\b(?:done|complete|completed|finished|closed|shipped|resolved|merged|released|implemented|delivered|fixed)\b/
  ],
  ["ready", /\b(?:ready|to[ -]?do|up next|next|selected|committed)\b/],
  [
    "backlog",
    /\b(?:backlog(?:ged)?|planned|planning|upcoming|future|icebox|later|new|open|pending|proposed|ideas?|tbd|someday|deferred|postponed)\b/
  ]
];
var EMOJI = [
  ["\u2705", "done"],
  ["\u2714", "done"],
  ["\u2611", "done"],
  ["\u{1F7E2}", "done"],
  ["\u274C", "cancelled"],
  ["\u{1F5D1}", "cancelled"],
  ["\u{1F6D1}", "blocked"],
  ["\u26D4", "blocked"],
  ["\u{1F6AB}", "blocked"],
  ["\u{1F440}", "review"],
  ["\u{1F50D}", "review"],
  ["\u{1F9EA}", "review"],
  ["\u{1F504}", "in-progress"],
  ["\u{1F6A7}", "in-progress"],
  ["\u{1F3D7}", "in-progress"],
  ["\u{1F7E1}", "in-progress"],
  ["\u{1F7E0}", "in-progress"],
  ["\u23ED", "ready"],
  ["\u23F3", "backlog"],
  ["\u{1F4CB}", "backlog"],
  ["\u23F9", "backlog"],
  ["\u{1F534}", "backlog"],
  ["\u26AA", "backlog"],
  ["\u{1F4A4}", "backlog"],
  ["\u2B1C", "backlog"]
];
var PARTIAL_EMOJI = ["\u{1F7E1}", "\u{1F7E0}"];
function normaliseStatusText(raw) {
  return raw.toLowerCase().replace(/[*_`~[\]]/g, " ").replace(/\s+/g, " ").trim();
}
function statusEmoji(text4) {
  let best;
  for (const [emoji, status] of EMOJI) {
    const at = text4.indexOf(emoji);
    if (at !== -1 && (!best || at < best.at)) best = { emoji, status, at };
  }
  return best && { emoji: best.emoji, status: best.status };
}
var StatusMapper = class _StatusMapper {
  exact = /* @__PURE__ */ new Map();
  emoji = [];
  constructor(overrides = {}) {
    for (const [key, status] of Object.entries(overrides)) this.add(key, status);
  }
  /** Returns a copy with more overrides, which take precedence over this mapper's. */
  extend(overrides) {
    const next = new _StatusMapper();
    for (const [k, v] of this.exact) next.exact.set(k, v);
    next.emoji.push(...this.emoji);
    for (const [key, status] of Object.entries(overrides)) next.add(key, status, true);
    return next;
  }
  add(key, status, first = false) {
    const norm = normaliseStatusText(key);
    if (/^[^\p{L}\p{N}\s]+$/u.test(key.trim())) {
      const entry = [key.trim().replace(/\uFE0F/g, ""), status];
      if (first) this.emoji.unshift(entry);
      else this.emoji.push(entry);
    } else {
      this.exact.set(norm, status);
    }
  }
  /** Maps raw text to a canonical status, or undefined when nothing in it names one. */
  map(raw) {
    const text4 = raw.replace(/\uFE0F/g, "").replace(new RegExp("(\\p{Ll})(\\p{Lu})", "gu"), "$1 $2");
    const norm = normaliseStatusText(text4);
    const words = norm.replace(/[^\p{L}\p{N}'\s-]/gu, " ").replace(/\s+/g, " ").trim();
    const exact = this.exact.get(norm) ?? this.exact.get(words);
    if (exact) return exact;
    for (const [emoji, status] of this.emoji) if (text4.includes(emoji)) return status;
    let phrase;
    for (const [status, re] of PHRASES) {
      if (re.test(words)) {
        phrase = status;
        break;
      }
    }
    const icon = statusEmoji(text4);
    if (phrase === "done" && icon && PARTIAL_EMOJI.includes(icon.emoji)) return "in-progress";
    return phrase ?? icon?.status;
  }
};

// node_modules/mdast-util-to-string/lib/index.js
var emptyOptions = {};
function toString(value2, options) {
  const settings = options || emptyOptions;
  const includeImageAlt = typeof settings.includeImageAlt === "boolean" ? settings.includeImageAlt : true;
  const includeHtml = typeof settings.includeHtml === "boolean" ? settings.includeHtml : true;
  return one(value2, includeImageAlt, includeHtml);
}
function one(value2, includeImageAlt, includeHtml) {
  if (node(value2)) {
    if ("value" in value2) {
      return value2.type === "html" && !includeHtml ? "" : value2.value;
    }
    if (includeImageAlt && "alt" in value2 && value2.alt) {
      return value2.alt;
    }
    if ("children" in value2) {
      return all(value2.children, includeImageAlt, includeHtml);
    }
  }
  if (Array.isArray(value2)) {
    return all(value2, includeImageAlt, includeHtml);
  }
  return "";
}
function all(values, includeImageAlt, includeHtml) {
  const result = [];
  let index2 = -1;
  while (++index2 < values.length) {
    result[index2] = one(values[index2], includeImageAlt, includeHtml);
  }
  return result.join("");
}
function node(value2) {
  return Boolean(value2 && typeof value2 === "object");
}

// kanban/mdast.ts
function plain(node2) {
  const text4 = Array.isArray(node2) ? node2.map((n) => toString(n)).join("") : toString(node2);
  return text4.replace(/\s+/g, " ").trim();
}
function positionOf(node2) {
  const p = node2.position;
  const out = {
    line: p?.start.line ?? 1,
    column: p?.start.column ?? 1,
    endLine: p?.end.line ?? p?.start.line ?? 1
  };
  if (p?.end.column !== void 0) out.endColumn = p.end.column;
  return out;
}
function lineOf(node2) {
  return node2.position?.start.line ?? 1;
}
function firstParagraph(item) {
  const first = item.children[0];
  return first?.type === "paragraph" ? first : void 0;
}
function childLists(item) {
  return item.children.filter((c) => c.type === "list");
}
var memo;
function withTreeMemo(fn) {
  const outer = memo;
  memo = { text: /* @__PURE__ */ new WeakMap(), items: /* @__PURE__ */ new WeakMap() };
  try {
    return fn();
  } finally {
    memo = outer;
  }
}
var BLOCK_PARENTS = /* @__PURE__ */ new Set(["root", "list", "listItem", "blockquote", "footnoteDefinition"]);
function walkBlocks(node2, visit2) {
  visit2(node2);
  if (BLOCK_PARENTS.has(node2.type))
    for (const child of node2.children) walkBlocks(child, visit2);
}
function allListItems(node2) {
  const hit = memo?.items.get(node2);
  if (hit) return hit;
  const out = [];
  walkBlocks(node2, (n) => {
    if (n.type === "listItem") out.push(n);
  });
  memo?.items.set(node2, out);
  return out;
}
function itemText(item) {
  const hit = memo?.text.get(item);
  if (hit !== void 0) return hit;
  const p = firstParagraph(item);
  const text4 = p ? plain(p) : "";
  memo?.text.set(item, text4);
  return text4;
}
var FIELD_LINE = /^([A-Za-z][\w /&()'-]{0,40}?)\s*:\s*(.*)$/s;
function splitField(text4) {
  const m = FIELD_LINE.exec(text4);
  if (!m) return void 0;
  return { name: m[1].trim(), value: m[2].trim() };
}
function boldFields(paragraph) {
  const fields = [];
  const children = paragraph.children;
  for (let i = 0; i < children.length; i++) {
    const node2 = children[i];
    if (node2.type === "strong") {
      const label = plain(node2);
      const next = children[i + 1];
      const colonInside = label.endsWith(":");
      const colonAfter = next?.type === "text" && /^\s*:/.test(next.value);
      if (colonInside || colonAfter) {
        fields.push({
          name: label.replace(/:$/, "").trim(),
          value: "",
          line: lineOf(node2),
          parts: []
        });
        if (colonAfter && next?.type === "text") {
          const rest = next.value.replace(/^\s*:/, "");
          fields[fields.length - 1].parts.push({ type: "text", value: rest });
          i++;
        }
        continue;
      }
    }
    fields[fields.length - 1]?.parts.push(node2);
  }
  return fields.map(({ name, parts, line }) => ({ name, value: plain(parts), line }));
}
function inlineCodes(node2) {
  const out = [];
  const walk = (n) => {
    if (n.type === "inlineCode") out.push(n.value);
    if ("children" in n) for (const c of n.children) walk(c);
  };
  walk(node2);
  return out;
}

// kanban/markers.ts
var MARKER = /^\[([ xX\-/~+>!?*])\](\*)?(?:[ \t]+|$)/;
function markerStatus(marker) {
  switch (marker.replace(/\s/g, " ")) {
    case "[x]":
    case "[X]":
      return "done";
    case "[-]":
    case "[/]":
    case "[~]":
    case "[*]":
      return "in-progress";
    case "[!]":
      return "blocked";
    default:
      return "backlog";
  }
}
function markerData(item) {
  return item.data ?? {};
}
function applyCheckboxMarkers(tree) {
  walkBlocks(tree, (node2) => {
    if (node2.type === "listItem") mark(node2);
  });
}
function mark(item) {
  const para = item.children[0];
  if (para?.type !== "paragraph") return;
  const data = item.data ??= {};
  const first = para.children[0];
  if ((item.checked === null || item.checked === void 0) && first?.type === "text") {
    const m = MARKER.exec(first.value);
    if (m) {
      const marker = `[${m[1]}]`;
      item.checked = marker === "[x]" || marker === "[X]";
      if (marker !== "[ ]" && marker !== "[x]") data.marker = marker;
      if (m[2]) data.optional = true;
      const cut = m[0].length;
      first.value = first.value.slice(cut);
      const start = first.position?.start;
      if (start) {
        start.column += cut;
        if (start.offset !== void 0) start.offset += cut;
      }
      if (first.value === "") para.children.shift();
    }
  }
  const lead = para.children.find((c) => !(c.type === "text" && c.value.trim() === ""));
  if (lead?.type === "delete") data.struck = true;
}
function readMarkerLegend(tree) {
  const legend = /* @__PURE__ */ new Map();
  const walk = (node2) => {
    if (node2.type === "paragraph") {
      const kids = node2.children;
      for (let i = 0; i < kids.length - 1; i++) {
        const code2 = kids[i];
        const next = kids[i + 1];
        if (code2?.type !== "inlineCode" || next?.type !== "text") continue;
        if (!/^\[.\]$/.test(code2.value)) continue;
        const m = /^\s*(?:[-=:–—→]\s*)?([\p{L}][\p{L}' ]{0,40}?)\s*(?:[,.;(]|$)/u.exec(next.value);
        const meaning = m?.[1]?.trim();
        if (meaning && meaning.split(/\s+/).length <= 4) legend.set(code2.value, meaning);
      }
      return;
    }
    if ("children" in node2) for (const child of node2.children) walk(child);
  };
  walk(tree);
  return legend;
}

// kanban/dialects/shared.ts
function walkSections(tree, visit2) {
  const stack = [];
  for (const node2 of tree.children) {
    if (node2.type === "heading") {
      while (stack.length && stack[stack.length - 1].depth >= node2.depth) stack.pop();
      visit2(node2, stack);
      stack.push(node2);
    } else {
      visit2(node2, stack);
    }
  }
}
var GroupStack = class {
  byDepth = [];
  /** Forgets groups at `depth` and deeper; call on every heading before `set`. */
  enter(depth) {
    this.byDepth.length = Math.min(this.byDepth.length, depth);
  }
  set(depth, group) {
    this.byDepth[depth] = group;
  }
  /** Innermost group above `depth` (exclusive), or the innermost overall. */
  current(depth = 7) {
    for (let d = Math.min(depth - 1, this.byDepth.length - 1); d >= 0; d--) {
      const g = this.byDepth[d];
      if (g) return g;
    }
    return void 0;
  }
};
function enterSectionHeading(node2, board, stack) {
  if (node2.depth === 1 && !board.title) {
    board.title = plain(node2);
    return;
  }
  stack.enter(node2.depth);
  const { title, rawStatus } = splitStatusSuffix(plain(node2), board.mapper);
  const parent = stack.current(node2.depth);
  const spec = { title, kind: "section", node: node2 };
  if (parent) spec.parent = parent;
  if (rawStatus) spec.rawStatus = rawStatus;
  stack.set(node2.depth, board.group(spec));
}
var ACCEPTANCE_FIELD = /^(?:acceptance(?: criteria)?|ac|definition of done|dod|done when|success criteria)$/i;
function isAcceptanceLabel(text4) {
  return ACCEPTANCE_FIELD.test(text4.replace(/[*_:]/g, "").trim());
}
function readItemDetails(item, doneByDefault) {
  const details = { fields: [], acceptance: [], subtasks: [], notes: [] };
  item.children.slice(1).forEach((child) => {
    if (child.type === "paragraph") {
      const text4 = plain(child);
      const field = splitField(text4);
      if (field) details.fields.push({ ...field, line: lineOf(child), codes: inlineCodes(child) });
      else if (text4) details.notes.push(text4);
    }
  });
  for (const list3 of childLists(item)) {
    for (const sub of list3.children) {
      if (sub.checked === true || sub.checked === false) {
        details.subtasks.push(sub);
        continue;
      }
      const para = firstParagraph(sub);
      const text4 = para ? plain(para) : "";
      const field = splitField(text4);
      const label = field ? field.name : text4;
      if (isAcceptanceLabel(label) && (!field || field.value === "" || childLists(sub).length > 0)) {
        details.acceptance.push(...criteriaFrom(sub, doneByDefault));
        continue;
      }
      if (field && isAcceptanceLabel(field.name)) {
        details.acceptance.push({ text: field.value, done: doneByDefault, line: lineOf(sub) });
        continue;
      }
      if (field) {
        details.fields.push({ ...field, line: lineOf(sub), codes: para ? inlineCodes(para) : [] });
        for (const nested of childLists(sub)) {
          for (const n of nested.children) {
            const nestedPara = firstParagraph(n);
            if (!nestedPara) continue;
            const last = details.fields[details.fields.length - 1];
            last.codes = [...last.codes ?? [], ...inlineCodes(nestedPara)];
            last.value = last.value ? `${last.value}; ${plain(nestedPara)}` : plain(nestedPara);
          }
        }
        continue;
      }
      if (text4) details.notes.push(text4);
    }
  }
  return details;
}
function criteriaFrom(label, doneByDefault) {
  const out = [];
  for (const list3 of childLists(label)) out.push(...criteriaFromList(list3, doneByDefault));
  return out;
}
function criteriaFromList(list3, doneByDefault) {
  return list3.children.map((c) => ({
    text: plain(firstParagraph(c) ?? c),
    done: c.checked === true || c.checked === false ? c.checked : doneByDefault,
    line: lineOf(c)
  }));
}
function checkboxEvidence(board, item) {
  if (item.checked === null || item.checked === void 0) return void 0;
  const marker = markerData(item).marker ?? (item.checked ? "[x]" : "[ ]");
  const legend = board.markerLegend;
  const meaning = legend.get(marker) ?? (/^\[[xX]\]$/.test(marker) ? legend.get(marker === "[x]" ? "[X]" : "[x]") : void 0);
  if (meaning && marker !== "[ ]") {
    const status = board.mapper.map(meaning);
    const line = item.position?.start.line ?? 1;
    return { source: "checkbox", raw: `${marker} ${meaning}`, status: status ?? "backlog", line };
  }
  return board.evidence("checkbox", marker, item);
}
function strikeEvidence(board, item) {
  return markerData(item).struck ? board.evidence("strikethrough", "~~struck~~", item) : void 0;
}
function titleAndLineFields(para) {
  if (!para) return { title: "", fields: [] };
  const raw = toString(para);
  if (!raw.includes("\n")) return { title: plain(para), fields: [] };
  const lines = raw.split("\n");
  const start = para.position?.start.line ?? 1;
  const fields = [];
  const title = [];
  lines.forEach((line, i) => {
    const field = i > 0 ? splitField(line.trim()) : void 0;
    if (field && field.name.split(/\s+/).length <= 3 && (fields.length || i > 0))
      fields.push({ ...field, line: start + i });
    else if (!fields.length) title.push(line);
  });
  return { title: title.join(" ").replace(/\s+/g, " ").trim(), fields };
}
function recordTaskItem(board, listItem, context, prepare = (s) => s) {
  const para = firstParagraph(listItem);
  const { title: text4, fields: lineFields } = titleAndLineFields(para);
  const details = readItemDetails(listItem, listItem.checked === true);
  const evidence = [];
  const box = checkboxEvidence(board, listItem);
  if (box) evidence.push(box);
  const strike = strikeEvidence(board, listItem);
  if (strike) evidence.push(strike);
  let spec = {
    title: text4,
    node: listItem,
    evidence,
    fields: [...lineFields, ...details.fields],
    acceptance: details.acceptance
  };
  if (markerData(listItem).optional) spec.labels = ["optional"];
  if (context.group) spec.group = context.group;
  if (context.parent) spec.parent = context.parent;
  spec = prepare(spec, text4, listItem);
  const item = board.item(spec);
  if (details.notes.length) item.description = details.notes.join("\n");
  for (const sub of details.subtasks) {
    const ctx = { parent: item };
    if (context.group) ctx.group = context.group;
    recordTaskItem(board, sub, ctx, prepare);
  }
  return item;
}
function splitStatusSuffix(text4, mapper) {
  const emoji = /\s*([\p{Extended_Pictographic}\u2B50\u2705\u274C\u23F3\u23F9\u23ED\u26A0][\uFE0F\u200D\p{Extended_Pictographic}]*)(.*)$/u.exec(
    text4
  );
  if (emoji && emoji.index > 0) {
    const raw = `${emoji[1]}${emoji[2] ?? ""}`.trim();
    if (mapper.map(raw) !== void 0)
      return { title: text4.slice(0, emoji.index).trim(), rawStatus: raw };
  }
  const bracket = /\s*[([]\s*([^()[\]]+)\s*[)\]]\s*$/.exec(text4);
  if (bracket && bracket.index > 0 && /^[\p{L}\s'-]+$/u.test(bracket[1]) && mapper.map(bracket[1]) !== void 0) {
    return { title: text4.slice(0, bracket.index).trim(), rawStatus: bracket[1].trim() };
  }
  return { title: text4.trim() };
}
function splitItemStatus(text4, mapper) {
  const lead = new RegExp("^(\\p{Extended_Pictographic}\\uFE0F?)\\s+(.+)$", "u").exec(text4);
  if (lead && mapper.map(lead[1]))
    return { title: lead[2].trim(), raw: lead[1], source: "emoji" };
  const { title, rawStatus } = splitStatusSuffix(text4, mapper);
  if (!rawStatus) return { title: text4 };
  if (new RegExp("^\\p{Extended_Pictographic}", "u").test(rawStatus))
    return { title, raw: rawStatus, source: "emoji" };
  if (rawStatus.split(/\s+/).length <= 2) return { title, raw: rawStatus, source: "suffix" };
  return { title: text4 };
}

// kanban/dialects/compact-kanban.ts
var CARD = new RegExp("^(?:(\\p{Extended_Pictographic}\\uFE0F?)\\s*)?([A-Z][A-Z0-9]*-\\d+[A-Za-z0-9.-]*)\\s+[\u2014\u2013-]+\\s+(?:\\[([^\\]]+)\\]\\s*)?(.*)$", "u");
var ANNOTATION = /\s*\((\w[\w-]*)\s*:\s*([^()]*)\)/g;
var BOARD_HEADING = /^([A-Z]{1,3}|\d{1,3})[.)]\s+(.+)$/;
var compactKanban = {
  id: "compact-kanban",
  title: "Compact kanban",
  description: "`## A. Board` sections with `### Column` headings and `- ID \u2014 [Type] Title` cards.",
  detect(input) {
    let cards = 0;
    let bullets = 0;
    let columns = 0;
    for (const node2 of input.tree.children) {
      if (node2.type === "heading" && node2.depth >= 2) {
        const text4 = plain(node2);
        if (/^(backlog|ready|to ?do|in progress|doing|review|blocked|done)$/i.test(text4)) columns++;
      }
      if (node2.type === "list")
        for (const li of node2.children) {
          bullets++;
          if (CARD.test(plain(firstParagraph(li) ?? li))) cards++;
        }
    }
    if (cards === 0 || columns < 2) return 0;
    return 0.7 + 0.25 * (cards / bullets);
  },
  extract(input, board) {
    let section2;
    let column;
    let sectionDepth = 2;
    walkSections(input.tree, (node2) => {
      if (node2.type === "heading") {
        const text4 = plain(node2);
        if (node2.depth === 1) {
          board.title ??= text4;
          return;
        }
        const columnStatus = text4.split(/\s+/).length <= 3 ? board.mapper.map(text4) : void 0;
        if (columnStatus && (!section2 || node2.depth > sectionDepth)) {
          column = board.group({
            id: section2 ? `${section2.id}.${slugify(text4)}` : slugify(text4),
            title: text4,
            kind: "column",
            ...section2 ? { parent: section2 } : {},
            node: node2,
            rawStatus: text4
          });
          return;
        }
        const m = BOARD_HEADING.exec(text4);
        sectionDepth = node2.depth;
        column = void 0;
        section2 = board.group({
          title: m ? m[2] : text4,
          kind: "board",
          node: node2,
          ...m ? { id: m[1], number: m[1] } : {}
        });
        return;
      }
      if (node2.type !== "list") return;
      for (const li of node2.children) {
        const para = firstParagraph(li);
        const text4 = para ? plain(para) : "";
        const m = CARD.exec(text4);
        if (!m) continue;
        const annotations = {};
        const title = m[4].replace(ANNOTATION, (_all, key, value2) => {
          annotations[key.toLowerCase()] = value2.trim();
          return "";
        }).trim();
        const evidence = [];
        if (column) evidence.push(board.evidence("column", column.title, column.position.line));
        const icon = m[1] ? statusEmoji(m[1]) : void 0;
        if (m[1] && icon) evidence.push(board.evidence("emoji", m[1], li));
        const details = readItemDetails(li, column?.status === "done");
        const group = column ?? section2;
        const item = board.item({
          id: m[2],
          title,
          ...m[3] ? { kind: m[3] } : {},
          ...group ? { group } : {},
          node: li,
          evidence,
          fields: [
            ...Object.entries(annotations).map(([name, value2]) => ({
              name,
              value: value2,
              line: li.position?.start.line ?? 1
            })),
            ...details.fields
          ],
          acceptance: details.acceptance
        });
        if (details.notes.length) item.description = details.notes.join("\n");
      }
    });
  }
};

// kanban/dialects/generic.ts
function pseudoHeading(node2) {
  if (node2.type !== "paragraph") return void 0;
  const lead = node2.children.find((c) => !(c.type === "text" && c.value.trim() === ""));
  if (lead?.type !== "strong") return void 0;
  const text4 = plain(node2).replace(/:$/, "").trim();
  return text4 && text4.length <= 80 && !text4.includes("\n") ? text4 : void 0;
}
function storyBullet(li, board) {
  const para = firstParagraph(li);
  if (!para) return void 0;
  const kids = para.children.filter((c) => !(c.type === "text" && c.value.trim() === ""));
  const [lead, tag] = kids;
  if (lead?.type !== "strong") return void 0;
  const id = plain(lead).replace(/[:.]$/, "");
  if (!/^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*-\d+(?:\.\d+)*$/.test(id)) return void 0;
  const raw = tag?.type === "inlineCode" ? /^\[([^\]]{1,30})\]$/.exec(tag.value)?.[1] : void 0;
  const status = raw ? board.mapper.map(raw) : void 0;
  if (!raw || !status) return void 0;
  const title = plain(kids.slice(2)).replace(/^[:—–-]\s*/, "");
  return {
    id,
    title: title || id,
    evidence: { source: "field", raw, status, line: lineOf(li) }
  };
}
var generic = {
  id: "generic",
  title: "GitHub task lists",
  description: "Any Markdown with GitHub task-list checkboxes; headings become sections.",
  detect(input) {
    return allListItems(input.tree).some((li) => typeof li.checked === "boolean") ? 0.05 : 0.01;
  },
  extract(input, board) {
    const stack = new GroupStack();
    let pseudo;
    let previous3;
    walkSections(input.tree, (node2) => {
      const before = previous3;
      previous3 = node2;
      if (node2.type === "heading") {
        pseudo = void 0;
        enterSectionHeading(node2, board, stack);
        return;
      }
      if (node2.type !== "list") return;
      const boxes = node2.children.some((li) => typeof li.checked === "boolean");
      const title = before && boxes ? pseudoHeading(before) : void 0;
      if (title && before) {
        const parent = stack.current();
        pseudo = board.group({
          title,
          kind: "section",
          node: before,
          ...parent ? { parent } : {}
        });
      }
      const group = pseudo ?? stack.current();
      for (const li of node2.children) {
        const story = typeof li.checked === "boolean" ? void 0 : storyBullet(li, board);
        if (story) {
          recordTaskItem(board, li, group ? { group } : {}, (spec) => {
            const next = {
              ...spec,
              title: story.title,
              evidence: [...spec.evidence ?? [], story.evidence]
            };
            if (!board.recordedItems.some((i) => i.id === story.id)) next.id = story.id;
            return next;
          });
          continue;
        }
        const struck = boxes && markerData(li).struck;
        if (typeof li.checked !== "boolean" && !struck) continue;
        recordTaskItem(board, li, group ? { group } : {});
      }
    });
  }
};

// kanban/dialects/checklist-tracker.ts
var BOLD_ID = /^[A-Z][A-Za-z]{0,11}[-_]?\d+(?:[.-]\d+)*[a-z]?$/;
var MILESTONE = /^(?:(M\d+(?:\.\d+)*)|Milestone\s+(\d+(?:\.\d+)*))\s*(?:[:.—–-]\s*(.*))?$/i;
var PHASE = /^Phase\s+(\d+(?:\.\d+)*)\s*(?:[:.—–-]\s*(.*))?$/i;
var LEGEND = /\blegend\b|\bstatus (?:key|icons?|emoji)\b/i;
var LEGEND_ENTRY = /^(\S+)\s+([^:=—–]+?)\s*(?:[:=—–]\s*(.*))?$/u;
var STATUS_SECTION_WORDS = /^\S+(?:\s\S+)?$/;
function boldId(li) {
  const para = firstParagraph(li);
  const first = para?.children[0];
  if (!para || first?.type !== "strong") return void 0;
  const label = plain(first).replace(/\s*:$/, "").trim();
  if (!BOLD_ID.test(label)) return void 0;
  const title = plain(para).slice(plain(first).length).replace(/^\s*[:—–-]?\s*/, "").trim();
  return { id: label, title };
}
function headingParts(text4, mapper) {
  const split = splitStatusSuffix(text4, mapper);
  return split.rawStatus && !/^[\p{L}\p{N}]/u.test(split.rawStatus) ? split : { title: text4.trim() };
}
function legendOverrides(tree, mapper) {
  const overrides = {};
  for (const list3 of legendLists(tree)) {
    for (const li of list3.children) {
      const m = LEGEND_ENTRY.exec(itemText(li));
      if (!m || !new RegExp("\\p{Extended_Pictographic}", "u").test(m[1])) continue;
      const status = mapper.map(m[2]) ?? (m[3] ? mapper.map(m[3]) : void 0);
      if (status) overrides[m[1]] = status;
    }
  }
  return overrides;
}
function legendLists(tree) {
  const lists = /* @__PURE__ */ new Set();
  let afterLabel = false;
  walkSections(tree, (node2, headings) => {
    const heading = headings[headings.length - 1];
    if (node2.type === "list" && (afterLabel || heading && LEGEND.test(plain(heading))))
      lists.add(node2);
    afterLabel = node2.type === "paragraph" && /^(?:status )?legend\s*:?$/i.test(plain(node2));
  });
  return lists;
}
function headingsWithItems(tree, legend) {
  const holding = /* @__PURE__ */ new Set();
  walkSections(tree, (node2, headings) => {
    if (node2.type !== "list" || legend.has(node2)) return;
    if (node2.children.some((li) => typeof li.checked === "boolean"))
      for (const h of headings) holding.add(h);
  });
  return holding;
}
function groupFor(heading, board, parent, holdsItems) {
  const { title: bare2, rawStatus } = headingParts(plain(heading), board.mapper);
  const base = { node: heading, parent, ...rawStatus ? { rawStatus } : {} };
  const milestone = MILESTONE.exec(bare2);
  if (milestone) {
    const number = milestone[1] ?? milestone[2];
    const id = milestone[1] ? number : `M${number}`;
    return { ...base, kind: "milestone", id, number, title: milestone[3] || bare2 };
  }
  const phase = PHASE.exec(bare2);
  if (phase) {
    const number = phase[1];
    return { ...base, kind: "phase", id: number, number, title: phase[2] || bare2 };
  }
  if (!holdsItems) return void 0;
  const named = rawStatus ? void 0 : sectionStatus(bare2, board.mapper);
  return { ...base, kind: "section", title: bare2, ...named ? { rawStatus: named } : {} };
}
function sectionStatus(title, mapper) {
  const core = title.replace(/\s*\([^)]*\)\s*$/, "").replace(/\s+(?:tasks?|items?|work)$/i, "").trim();
  return STATUS_SECTION_WORDS.test(core) && mapper.map(core) ? core : void 0;
}
var checklistTracker = {
  id: "checklist-tracker",
  title: "Checklist tracker",
  description: "`## M0: Milestone` / `### Phase 0.1` headings with `- [x] **ID**: title` checkboxes and indented `Field: value` bullets.",
  detect(input) {
    let ids = 0;
    let withFields = 0;
    for (const li of allListItems(input.tree)) {
      if (typeof li.checked !== "boolean" || !boldId(li)) continue;
      ids++;
      if (childLists(li).some((l) => l.children.some((c) => splitField(itemText(c))))) withFields++;
    }
    if (ids === 0) return 0;
    return Math.min(0.9, 0.15 + 0.6 * (withFields / ids) + Math.min(0.15, ids / 100));
  },
  extract(input, board) {
    const overrides = legendOverrides(input.tree, board.mapper);
    if (Object.keys(overrides).length) board.mapper = board.mapper.extend(overrides);
    const legend = legendLists(input.tree);
    const holding = headingsWithItems(input.tree, legend);
    const stack = new GroupStack();
    const statusSections = /* @__PURE__ */ new Map();
    const groupsById = /* @__PURE__ */ new Map();
    const prepare = (spec, _text, li) => {
      const bold = boldId(li);
      if (bold) {
        spec.id = bold.id;
        spec.title = bold.title;
      }
      for (let g = spec.parent ? void 0 : spec.group; g; g = g.parent ? groupsById.get(g.parent) : void 0) {
        const raw = statusSections.get(g.id);
        if (raw) {
          spec.evidence = [
            ...spec.evidence ?? [],
            board.evidence("section", raw, g.position.line)
          ];
          break;
        }
      }
      return spec;
    };
    walkSections(input.tree, (node2) => {
      if (node2.type === "heading") {
        if (node2.depth === 1 && !board.title) {
          board.title = plain(node2);
          return;
        }
        stack.enter(node2.depth);
        const spec = groupFor(node2, board, stack.current(node2.depth), holding.has(node2));
        if (!spec) return;
        const group2 = board.group(spec);
        groupsById.set(group2.id, group2);
        const named = group2.kind === "section" && sectionStatus(group2.title, board.mapper);
        if (named && group2.rawStatus === named) statusSections.set(group2.id, named);
        stack.set(node2.depth, group2);
        return;
      }
      if (node2.type !== "list" || legend.has(node2)) return;
      const group = stack.current();
      for (const li of node2.children) {
        if (typeof li.checked !== "boolean") continue;
        recordTaskItem(board, li, group ? { group } : {}, prepare);
      }
    });
  }
};

// kanban/dialects/epic-backlog.ts
var EPIC = /^epic\s+([A-Za-z0-9][\w.-]*)\s*[—–:-]+\s*(.+)$/i;
function statusLabel(text4, mapper) {
  const label = text4.replace(/\s*\(\d+\)\s*$/, "").replace(/:\s*$/, "").trim();
  if (!label || label.split(/\s+/).length > 3 || /[.!?]$/.test(label)) return void 0;
  return mapper.map(label) ? label : void 0;
}
function looksLikeLabel(text4) {
  return text4.length > 0 && text4.split(/\s+/).length <= 4 && !/[.!?]$/.test(text4);
}
function recordBullet(board, li, group, label) {
  const para = firstParagraph(li);
  const text4 = para ? plain(para) : "";
  if (!text4) return;
  const { title, raw, source } = splitItemStatus(text4, board.mapper);
  const evidence = [];
  if (label) evidence.push(label);
  const box = checkboxEvidence(board, li);
  if (box) evidence.push(box);
  if (raw && source) evidence.push(board.evidence(source, raw, li));
  const details = readItemDetails(li, label?.status === "done");
  const item = board.item({
    title,
    group,
    node: li,
    evidence,
    fields: details.fields,
    acceptance: details.acceptance
  });
  if (details.notes.length) item.description = details.notes.join("\n");
  for (const sub of details.subtasks) recordTaskItem(board, sub, { group, parent: item });
}
function epicHeading(node2) {
  return EPIC.exec(plain(node2));
}
var epicBacklog = {
  id: "epic-backlog",
  title: "Epic backlog",
  description: '`## Epic A \u2014 Title` sections with "Completed" / "Upcoming" (or Done / Next / In progress / Planned) labels above bullet lists.',
  detect(input) {
    const mapper = new StatusMapper();
    const nodes = input.tree.children;
    let epics = 0;
    let labels = 0;
    let depth = 0;
    nodes.forEach((node2, i) => {
      const next = nodes[i + 1];
      if (node2.type === "heading") {
        if (epicHeading(node2)) {
          epics++;
          depth = node2.depth;
          return;
        }
        if (node2.depth <= depth) depth = 0;
      }
      if (!depth || next?.type !== "list") return;
      if ((node2.type === "heading" || node2.type === "paragraph") && statusLabel(plain(node2), mapper))
        labels++;
    });
    if (!epics) return 0;
    if (!labels) return 0.3;
    return Math.min(0.9, 0.6 + Math.min(epics, 5) * 0.02 + Math.min(labels, 10) * 0.02);
  },
  extract(input, board) {
    let epic;
    let mode = { items: false };
    for (const node2 of input.tree.children) {
      if (node2.type === "heading") {
        const m = epicHeading(node2);
        if (m) {
          const { title, rawStatus } = splitStatusSuffix(m[2].trim(), board.mapper);
          const id = m[1];
          const group = board.group({ title, kind: "epic", id, number: id, node: node2, rawStatus });
          epic = { group, depth: node2.depth };
          mode = { items: true };
          continue;
        }
        if (node2.depth === 1 && !board.title) board.title = plain(node2);
        if (!epic || node2.depth <= epic.depth) {
          epic = void 0;
          mode = { items: false };
          continue;
        }
        const label = statusLabel(plain(node2), board.mapper);
        mode = label ? { items: true, label: board.evidence("section", label, node2) } : { items: false };
        continue;
      }
      if (!epic) continue;
      if (node2.type === "paragraph") {
        const text4 = plain(node2);
        const label = statusLabel(text4, board.mapper);
        if (label) mode = { items: true, label: board.evidence("section", label, node2) };
        else if (looksLikeLabel(text4)) mode = { items: false };
        continue;
      }
      if (node2.type !== "list" || !mode.items) continue;
      for (const li of node2.children) recordBullet(board, li, epic.group, mode.label);
    }
  }
};

// kanban/dialects/milestone-tracker.ts
var MILESTONE2 = /^milestone\s+(\d+(?:\.\d+)*)\b\s*(?:[:.—–-]\s*)?(.*)$/i;
var NUMBERED = /^(?:((?:sub-?)?tasks?)\s+)?(\d+(?:\.\d+)*)([.):]?)\s+(.+)$/i;
function numbered(text4) {
  const m = NUMBERED.exec(text4);
  if (!m || !(m[1] || m[3] || m[2].includes("."))) return void 0;
  return { number: m[2], title: m[4].trim() };
}
var DECLARED_COUNT = /\(\s*(\d+)\s*(\+)?\s*(?:total)?\s*\)/i;
var DEPENDENCY_FIELD = /^(?:dependencies|dependency|depends on|blocked by|requires)$/i;
var STATUS_FIELD = /^(?:status|state)$/i;
function labelOf(name) {
  const bare2 = name.replace(/\([^)]*\)/g, "").trim();
  if (isAcceptanceLabel(bare2)) return { name, role: "acceptance" };
  if (/^(?:deliverables?|outputs?|artifacts?|artefacts?)$/i.test(bare2))
    return { name, role: "deliverables" };
  if (/\b(?:(?:sub-?)?tasks?|to-?dos?|checklist|work items?)\b/i.test(bare2))
    return { name, role: "tasks" };
  return { name, role: "other" };
}
function paragraphLabel(paragraph) {
  const m = /^([^:]{1,60}):$/.exec(plain(paragraph));
  return m ? m[1].trim() : void 0;
}
function paragraphFields(paragraph) {
  if (paragraph.children[0]?.type === "strong") {
    const fields = boldFields(paragraph);
    if (fields.length) return fields;
  }
  const field = splitField(plain(paragraph));
  return field ? [{ ...field, line: lineOf(paragraph), codes: inlineCodes(paragraph) }] : [];
}
function hasCheckbox(list3) {
  return list3.children.some((li) => typeof li.checked === "boolean");
}
function sectionEnd(nodes, start, depth) {
  let end = start;
  while (end < nodes.length) {
    const n = nodes[end];
    if (n.type === "heading" && n.depth <= depth) break;
    end++;
  }
  return end;
}
function taskPreparer(board, extra, nextId) {
  return (spec, text4) => {
    const { title, raw, source } = splitItemStatus(text4, board.mapper);
    const evidence = [...spec.evidence ?? []];
    if (raw && source) evidence.push(board.evidence(source, raw, spec.node));
    evidence.push(...extra);
    const out = { ...spec, title, kind: "task", evidence };
    if (nextId && !spec.parent) out.id = nextId();
    return out;
  };
}
function subtaskRefs(value2, idOf, previous3) {
  const out = [];
  if (/\ball (?:the )?(?:previous|prior|preceding|above|earlier) sub-?tasks\b/i.test(value2))
    out.push(...previous3);
  const refs = /\bsub-?tasks?\s+(\d+(?:\.\d+)*(?:\s*(?:[-–—,&]|\bto\b|\band\b)\s*\d+(?:\.\d+)*)*)/gi;
  for (const m of value2.matchAll(refs)) {
    for (const part of m[1].split(/\s*(?:,|&|\band\b)\s*/)) {
      const range = /^(\d+(?:\.\d+)*)\s*(?:[-–—]|\bto\b)\s*(\d+(?:\.\d+)*)$/.exec(part);
      if (!range) {
        if (part) out.push(idOf(part));
        continue;
      }
      const [from, to] = [range[1], range[2]];
      const head = from.replace(/\d+$/, "");
      const [a, b] = [Number(from.slice(head.length)), Number(to.replace(/^.*\./, ""))];
      if (!to.startsWith(head) || b < a || b - a > 100) continue;
      for (let n = a; n <= b; n++) out.push(idOf(`${head}${n}`));
    }
  }
  return out;
}
function localNumber(ctx, number) {
  return number.startsWith(`${ctx.number}.`) ? number.slice(ctx.number.length + 1) : number;
}
function subtaskIdOf(ctx, number) {
  return ctx.subtaskIds.get(number) ?? `${ctx.prefix}.${localNumber(ctx, number)}`;
}
function readSubtask(ctx, heading, text4, content3, section2) {
  const { board, group } = ctx;
  const split = splitStatusSuffix(text4, board.mapper);
  const num = numbered(split.title);
  const number = num?.number ?? "";
  const title = num?.title ?? split.title;
  const fields = [];
  const acceptance = [];
  const notes = [];
  const taskLists = [];
  let label;
  for (const node3 of content3) {
    if (node3.type === "heading") {
      label = labelOf(plain(node3));
    } else if (node3.type === "paragraph") {
      const name = paragraphLabel(node3);
      if (name) label = labelOf(name);
      else {
        const found = paragraphFields(node3);
        if (found.length) fields.push(...found);
        else if (plain(node3)) notes.push(plain(node3));
      }
    } else if (node3.type === "list") {
      if (label?.role === "acceptance") acceptance.push(...criteriaFromList(node3, false));
      else if (label && (label.role === "deliverables" || label.role === "other" && !hasCheckbox(node3)))
        fields.push({
          name: label.name,
          value: node3.children.map((li) => itemText(li)).filter(Boolean).join("; "),
          line: lineOf(node3),
          codes: inlineCodes(node3)
        });
      else if (hasCheckbox(node3)) taskLists.push(node3);
      else
        for (const li of node3.children) {
          const liText = itemText(li);
          const field = splitField(liText);
          if (field) fields.push({ ...field, line: lineOf(li) });
          else if (liText) notes.push(liText);
        }
    }
  }
  const dependsOn = fields.filter((f) => DEPENDENCY_FIELD.test(f.name)).flatMap((f) => subtaskRefs(f.value, (n) => subtaskIdOf(ctx, n), ctx.subtasks));
  const evidence = [...section2];
  if (split.rawStatus) evidence.push(board.evidence("heading", split.rawStatus, heading));
  const body = content3.filter((n) => n.type !== "thematicBreak");
  const end = body[body.length - 1]?.position?.end;
  const node2 = end && heading.position ? { ...heading, position: { ...heading.position, end } } : heading;
  const spec = {
    title,
    kind: "subtask",
    group,
    node: node2,
    evidence,
    fields,
    acceptance,
    dependsOn
  };
  if (number) {
    const base = `${ctx.prefix}.${localNumber(ctx, number)}`;
    let id = base;
    for (let n = 2; ctx.taken(id); n++) id = `${base}-${n}`;
    spec.id = id;
  }
  const item = board.item(spec);
  if (notes.length) item.description = notes.join("\n");
  if (number) {
    ctx.subtaskIds.set(number, item.id);
    ctx.subtaskIds.set(localNumber(ctx, number), item.id);
  }
  ctx.subtasks.push(item.id);
  const prepare = taskPreparer(board, section2);
  for (const list3 of taskLists)
    for (const li of list3.children)
      if (typeof li.checked === "boolean")
        recordTaskItem(board, li, { group, parent: item }, prepare);
}
function readMilestone(board, heading, match, content3, parent, taken) {
  const number = match[1];
  const { title, rawStatus } = splitStatusSuffix(match[2].trim(), board.mapper);
  const group = board.group({
    title: title || `Milestone ${number}`,
    kind: "milestone",
    id: `M${number}`,
    number,
    node: heading,
    parent,
    rawStatus
  });
  const ctx = {
    board,
    group,
    number,
    prefix: `M${number}`,
    subtaskIds: /* @__PURE__ */ new Map(),
    subtasks: [],
    taken
  };
  const clash = content3.some((n) => {
    const num = n.type === "heading" && numbered(splitStatusSuffix(plain(n), board.mapper).title);
    return num && taken(`M${number}.${localNumber(ctx, num.number)}`);
  });
  if (clash) ctx.prefix = group.id;
  let taskCount = 0;
  const nextId = () => `${group.id}.t${++taskCount}`;
  let label;
  let section2;
  let seenHeading = false;
  const declare = (name, line) => {
    const count = DECLARED_COUNT.exec(name);
    if (count && labelOf(name).role === "tasks")
      group.declaredCount ??= { value: Number(count[1]), atLeast: Boolean(count[2]), line };
  };
  for (let i = 0; i < content3.length; i++) {
    const node2 = content3[i];
    if (node2.type === "heading") {
      seenHeading = true;
      label = void 0;
      if (section2 && node2.depth <= section2.depth) section2 = void 0;
      const text4 = plain(node2);
      const split = splitStatusSuffix(text4, board.mapper);
      if (numbered(split.title) || split.rawStatus && labelOf(split.title).role === "other") {
        const end = sectionEnd(content3, i + 1, node2.depth);
        readSubtask(ctx, node2, text4, content3.slice(i + 1, end), section2?.evidence ?? []);
        i = end - 1;
        continue;
      }
      label = labelOf(text4);
      declare(text4, lineOf(node2));
      const bare2 = text4.replace(/\([^)]*\)/g, "").trim();
      const evidence = board.mapper.map(bare2) ? [board.evidence("section", bare2, node2)] : [];
      section2 = { depth: node2.depth, evidence };
      continue;
    }
    if (node2.type === "paragraph") {
      const name = paragraphLabel(node2);
      if (name) {
        label = labelOf(name);
        declare(name, lineOf(node2));
      } else if (!seenHeading && !group.rawStatus) {
        const status = paragraphFields(node2).find((f) => STATUS_FIELD.test(f.name));
        if (status?.value) {
          group.rawStatus = status.value;
          const mapped = board.mapper.map(status.value);
          if (mapped) group.status = mapped;
        }
      }
      continue;
    }
    if (node2.type !== "list" || label?.role === "acceptance" || label?.role === "deliverables")
      continue;
    const prepare = taskPreparer(board, section2?.evidence ?? [], nextId);
    for (const li of node2.children) {
      if (typeof li.checked !== "boolean") continue;
      recordTaskItem(board, li, { group }, prepare).generatedId = true;
    }
  }
}
function sectionGroup(board, node2, parent) {
  const { title, rawStatus } = splitStatusSuffix(plain(node2), board.mapper);
  const num = numbered(title);
  return board.group({
    title: num?.title ?? title,
    kind: "section",
    node: node2,
    parent,
    rawStatus,
    ...num ? { number: num.number } : {}
  });
}
var milestoneTracker = {
  id: "milestone-tracker",
  title: "Milestone tracker",
  description: "`### Milestone N: Title \u2705` groups, `##### 1. Subtask` headings with bold inline fields, `**Tasks**:` and `**Acceptance Criteria**:` checklists.",
  detect(input) {
    let milestones = 0;
    let subtasks = 0;
    let labels = 0;
    let depth = 0;
    for (const node2 of input.tree.children) {
      if (node2.type === "heading") {
        const text4 = plain(node2);
        if (MILESTONE2.test(text4)) {
          milestones++;
          depth = node2.depth;
        } else if (depth && node2.depth > depth) {
          if (numbered(text4)) subtasks++;
        } else depth = 0;
      } else if (depth && node2.type === "paragraph" && node2.children[0]?.type === "strong") {
        const name = paragraphLabel(node2);
        if (name ? labelOf(name).role !== "other" : boldFields(node2).some((f) => STATUS_FIELD.test(f.name)))
          labels++;
      }
    }
    if (!milestones) return 0;
    return 0.4 + (subtasks ? 0.2 : 0) + (labels ? 0.2 : 0) + Math.min(milestones, 10) / 100;
  },
  extract(input, board) {
    const nodes = input.tree.children;
    const open = [];
    const sectionFor = () => {
      let parent;
      for (const entry of open) parent = entry.group ??= sectionGroup(board, entry.node, parent);
      return parent;
    };
    const ids = /* @__PURE__ */ new Set();
    let seen = 0;
    const taken = (id) => {
      for (; seen < board.recordedItems.length; seen++)
        ids.add(board.recordedItems[seen].id);
      return ids.has(id);
    };
    for (let i = 0; i < nodes.length; i++) {
      const node2 = nodes[i];
      if (node2.type === "heading") {
        const text4 = plain(node2);
        const m = MILESTONE2.exec(text4);
        if (!m && node2.depth === 1 && !board.title) {
          board.title = text4;
          continue;
        }
        while (open.length && open[open.length - 1].node.depth >= node2.depth)
          open.pop();
        if (!m) {
          open.push({ node: node2 });
          continue;
        }
        const end = sectionEnd(nodes, i + 1, node2.depth);
        readMilestone(board, node2, m, nodes.slice(i + 1, end), sectionFor(), taken);
        i = end - 1;
        continue;
      }
      if (node2.type !== "list" || !hasCheckbox(node2)) continue;
      const group = sectionFor();
      const prepare = taskPreparer(board, []);
      for (const li of node2.children)
        if (typeof li.checked === "boolean") recordTaskItem(board, li, { group }, prepare);
    }
  }
};

// kanban/dialects/phase-tasks.ts
var PHASE2 = /^Phase\s+(\d+(?:\.\d+)*)\s*(?:[:.—–-]\s*(.*))?$/i;
var NUMBERED2 = /^(\d+(?:\.\d+)+)\.?[:)]?\s+(.+)$/;
var TASK = /^(task|subtask)\s+(\d+(?:\.\d+)*[a-z]?)\s*(?:[:—–-]\s*|\s+|$)(.*)$/i;
var TASK_LABEL = /^task\s+\d+(?:\.\d+)*[a-z]?\s*:?$/i;
var FILE_FIELD = /^(?:files?|extend|dir|directory|paths?|location)$/i;
var ROLE_FIELD = /^(?:status|state|priority|prio|assignee|assigned to|owner|dependencies|depends on|blocked by|requires|branch|labels?|tags?)$/i;
function taskLabel(li) {
  const para = firstParagraph(li);
  const m = para ? TASK.exec(plain(para)) : void 0;
  if (!m) return void 0;
  return {
    kind: m[1].toLowerCase(),
    id: m[2],
    title: m[3].trim()
  };
}
function hasBoldTaskLabel(li) {
  const first = firstParagraph(li)?.children[0];
  return first?.type === "strong" && TASK_LABEL.test(plain(first));
}
function headingParts2(text4, mapper) {
  const split = splitStatusSuffix(text4, mapper);
  return split.rawStatus && !/^[\p{L}\p{N}]/u.test(split.rawStatus) ? split : { title: text4.trim() };
}
function groupFields(tree, index2) {
  const out = {};
  for (let i = index2 + 1; i < tree.children.length; i++) {
    const node2 = tree.children[i];
    if (node2.type !== "paragraph") break;
    const bold = boldFields(node2);
    const fields = bold.length ? bold : [splitField(plain(node2))].filter((f) => f !== void 0);
    for (const f of fields) {
      if (/^(?:status|state)$/i.test(f.name) && f.value) out.status ??= f.value;
      if (/^(?:priority|prio)$/i.test(f.name) && f.value) out.priority ??= f.value;
    }
  }
  return out;
}
function headingsWithTasks(tree) {
  const holding = /* @__PURE__ */ new Set();
  walkSections(tree, (node2, headings) => {
    if (node2.type !== "list") return;
    if (node2.children.some((li) => typeof li.checked === "boolean" && taskLabel(li)))
      for (const h of headings) holding.add(h);
  });
  return holding;
}
function readTaskDetails(li, done) {
  const details = { fields: [], files: [], acceptance: [], subtasks: [], notes: [] };
  for (const child of li.children.slice(1))
    if (child.type === "paragraph" && plain(child)) details.notes.push(plain(child));
  for (const list3 of childLists(li)) {
    for (const sub of list3.children) {
      if (typeof sub.checked === "boolean") {
        details.subtasks.push(sub);
        continue;
      }
      const para = firstParagraph(sub);
      const text4 = para ? plain(para) : plain(sub);
      const field = splitField(text4);
      if (isAcceptanceLabel(field ? field.name : text4)) {
        if (field?.value) details.acceptance.push({ text: field.value, done, line: lineOf(sub) });
        details.acceptance.push(...criteriaFrom(sub, done));
        continue;
      }
      if (field && FILE_FIELD.test(field.name)) {
        const codes = para ? inlineCodes(para) : [];
        details.files.push(...codes.length ? codes : field.value ? [field.value] : []);
      } else if (field && ROLE_FIELD.test(field.name)) {
        details.fields.push({ ...field, line: lineOf(sub), codes: para ? inlineCodes(para) : [] });
      } else if (text4) {
        details.notes.push(text4);
      }
      for (const nested of childLists(sub))
        for (const n of nested.children) {
          const t = plain(firstParagraph(n) ?? n);
          if (t) details.notes.push(t);
        }
    }
  }
  return details;
}
var phaseTasks = {
  id: "phase-tasks",
  title: "Phase task list",
  description: "`## Phase N` / `### N.N Title` with `**Status**:`/`**Priority**:` lines and `- [ ] **Task N.N.N**: title` checkboxes with `File:` bullets.",
  detect(input) {
    let tasks = 0;
    let numbered2 = 0;
    walkSections(input.tree, (node2) => {
      if (node2.type === "heading" && NUMBERED2.test(plain(node2))) numbered2++;
      if (node2.type === "list") {
        for (const li of node2.children)
          if (typeof li.checked === "boolean" && hasBoldTaskLabel(li)) tasks++;
      }
    });
    if (tasks === 0) return 0;
    return Math.min(0.9, 0.6 + Math.min(0.2, tasks / 100) + (numbered2 > 0 ? 0.1 : 0));
  },
  extract(input, board) {
    const holding = headingsWithTasks(input.tree);
    const stack = new GroupStack();
    const priorities = /* @__PURE__ */ new Map();
    const record = (li, group, parent) => {
      const label = taskLabel(li);
      const details = readTaskDetails(li, li.checked === true);
      const evidence = [];
      const box = checkboxEvidence(board, li);
      if (box) evidence.push(box);
      const ownPriority = details.fields.some((f) => /^(?:priority|prio)$/i.test(f.name));
      const inherited = group && !ownPriority ? priorities.get(group) : void 0;
      const item = board.item({
        ...label ? { id: label.id, kind: label.kind } : {},
        title: label ? label.title : plain(firstParagraph(li) ?? li),
        group,
        parent,
        node: li,
        evidence,
        fields: details.fields,
        files: details.files,
        acceptance: details.acceptance,
        ...inherited ? { priority: inherited } : {}
      });
      if (details.notes.length) item.description = details.notes.join("\n");
      for (const sub of details.subtasks) record(sub, group, item);
    };
    input.tree.children.forEach((node2, index2) => {
      if (node2.type === "heading") {
        const text4 = plain(node2);
        if (node2.depth === 1 && !board.title) {
          board.title = text4;
          return;
        }
        stack.enter(node2.depth);
        const parent = stack.current(node2.depth);
        const { title, rawStatus } = headingParts2(text4, board.mapper);
        const phase = PHASE2.exec(title);
        const numbered2 = NUMBERED2.exec(title);
        let spec;
        if (phase) {
          const number = phase[1];
          spec = { kind: "phase", id: number, number, title: phase[2] || title, node: node2, parent };
        } else if (numbered2) {
          const number = numbered2[1];
          spec = { kind: "epic", id: number, number, title: numbered2[2], node: node2, parent };
        } else if (holding.has(node2)) {
          spec = { kind: "section", title, node: node2, parent };
        } else {
          return;
        }
        const fields = groupFields(input.tree, index2);
        const raw = fields.status ?? rawStatus;
        if (raw) spec.rawStatus = raw;
        const group2 = board.group(spec);
        if (fields.priority) priorities.set(group2, fields.priority);
        else if (parent && priorities.has(parent)) priorities.set(group2, priorities.get(parent));
        stack.set(node2.depth, group2);
        return;
      }
      if (node2.type !== "list") return;
      const group = stack.current();
      for (const li of node2.children) {
        if (typeof li.checked !== "boolean") continue;
        if (taskLabel(li) || group) record(li, group);
      }
    });
  }
};

// kanban/dialects/obsidian-kanban.ts
var SETTINGS = /%%\s*kanban:settings\s*\r?\n\s*(`{3,}|~{3,})[^\n]*\n([\s\S]*?)\n\s*\1/;
var MAX_ITEMS = /^(.*?)\s*\((\d{1,4})\)\s*$/;
var WIKI_LINK = /!?\[\[([^[\]|\n]*)(?:\|([^[\]\n]*))?\]\]/g;
var TAG = new RegExp("(^|\\s)#([\\p{L}\\p{N}_/-]*\\p{L}[\\p{L}\\p{N}_/-]*)", "gu");
var INLINE_FIELD_BRACKET = /[[(]([\p{L}][\p{L}\p{N} _-]*?)::\s*([^[\]()]*)[\])]/gu;
var INLINE_FIELD_LINE = /(^|\s)([\p{L}][\p{L}\p{N}_-]*)::\s*(.*)$/u;
var DEPENDS = /^(?:depends(?:[ _-]?on)?|dependencies|blocked[ _-]?by|requires|after)$/i;
var EXTRA_MARK = /^\[([-/>!?])\]\s+/;
var EXTRA_STATUS = {
  "-": "cancelled",
  "/": "in-progress",
  ">": "ready",
  "!": "blocked",
  "?": "backlog"
};
function readKanbanSettings(text4) {
  const at = text4.lastIndexOf("kanban:settings");
  const m = at < 0 ? null : SETTINGS.exec(text4.slice(Math.max(0, text4.lastIndexOf("%%", at))));
  if (!m) return {};
  try {
    const data = JSON.parse(m[2]);
    return data && typeof data === "object" && !Array.isArray(data) ? data : {};
  } catch {
    return {};
  }
}
function escape(text4) {
  return text4.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function setting(key, fallback, ...sources) {
  for (const s of sources) {
    const v = s?.[key];
    if (typeof v === "string" && v.trim()) return v.trim();
  }
  return fallback;
}
function readCard(raw, dateTrigger, timeTrigger) {
  const card = {
    title: "",
    labels: [],
    dates: [],
    times: [],
    people: [],
    links: [],
    fields: []
  };
  let text4 = raw.replace(/%%[\s\S]*?(?:%%|$)/g, "");
  const mark2 = EXTRA_MARK.exec(text4);
  if (mark2) {
    card.mark = mark2[1];
    text4 = text4.slice(mark2[0].length);
  }
  const dt = escape(dateTrigger);
  const tt = escape(timeTrigger);
  text4 = text4.replace(new RegExp(`${tt}\\{([^{}\\n]*)\\}`, "g"), (_a, t) => {
    card.times.push(t.trim());
    return " ";
  });
  text4 = text4.replace(new RegExp(`${dt}\\{([^{}\\n]*)\\}`, "g"), (_a, d) => {
    card.dates.push(d.trim());
    return " ";
  });
  text4 = text4.replace(
    new RegExp(`${dt}\\[\\[([^[\\]|\\n]*)(?:\\|[^[\\]\\n]*)?\\]\\]`, "g"),
    (_a, v) => {
      (/\d/.test(v) ? card.dates : card.people).push(v.trim());
      return " ";
    }
  );
  text4 = text4.replace(INLINE_FIELD_BRACKET, (_a, name, value2) => {
    card.fields.push({ name: name.trim(), value: value2.trim() });
    return " ";
  });
  const lines = text4.split(/\r?\n|<br\s*\/?>/i).map((line) => {
    const f = INLINE_FIELD_LINE.exec(line);
    if (!f) return line;
    card.fields.push({ name: f[2], value: f[3].trim() });
    return line.slice(0, f.index);
  }).map(
    (line) => line.replace(TAG, (_a, lead, tag) => {
      card.labels.push(tag);
      return lead;
    }).replace(/\s+/g, " ").trim()
  ).filter(Boolean);
  for (const m of (lines[0] ?? "").matchAll(WIKI_LINK)) card.links.push(m[1].trim());
  const shown = lines.map(
    (line) => line.replace(WIKI_LINK, (_a, target2, alias) => (alias ?? target2).trim())
  );
  card.title = shown[0] ?? raw.replace(/\s+/g, " ").trim();
  if (shown.length > 1) card.description = shown.slice(1).join("\n");
  return card;
}
function cardText(li) {
  const para = firstParagraph(li);
  if (!para) return "";
  return para.children.map((c) => c.type === "break" ? "\n" : toString(c)).join("");
}
function isCompleteMarker(node2) {
  return node2.type === "paragraph" && node2.children[0]?.type === "strong" && /^complete$/i.test(plain(node2.children[0]));
}
var obsidianKanban = {
  id: "obsidian-kanban",
  title: "Obsidian Kanban",
  description: "Obsidian Kanban plugin boards: `kanban-plugin` front matter, `## Lane` headings, `- [ ] card` lines, a `**Complete**` lane.",
  detect(input) {
    const fm = input.frontmatter;
    if (fm && "kanban-plugin" in fm) return 0.99;
    if (fm && (fm["kanban"] === "basic" || fm["kanban"] === "board")) return 0.9;
    return /^%%\s*kanban:settings\s*$/m.test(input.text) ? 0.9 : 0;
  },
  extract(input, board) {
    const settings = readKanbanSettings(input.text);
    const dateTrigger = setting("date-trigger", "@", settings, input.frontmatter);
    const timeTrigger = setting("time-trigger", "@@", settings, input.frontmatter);
    const lanes = [];
    const before = [];
    let afterBreak = false;
    for (const node2 of input.tree.children) {
      if (node2.type === "yaml") continue;
      if (node2.type === "heading" && node2.depth === 1) {
        board.title ??= plain(node2);
      } else if (node2.type === "heading" && node2.depth === 2) {
        lanes.push({ heading: node2, nodes: [], archive: afterBreak });
        afterBreak = false;
      } else if (node2.type === "thematicBreak") {
        afterBreak = true;
      } else {
        (lanes[lanes.length - 1]?.nodes ?? before).push(node2);
      }
    }
    const pending = [];
    const byName = /* @__PURE__ */ new Map();
    const recordCard2 = (li, lane, parent) => {
      const card = readCard(cardText(li), dateTrigger, timeTrigger);
      const marker = markerData(li).marker;
      if (marker && marker.length === 3 && marker[1] in EXTRA_STATUS) card.mark = marker[1];
      const evidence = [];
      if (lane.column && !parent)
        evidence.push(board.evidence("column", lane.column.title, lane.column.position.line));
      if (lane.group && lane.group !== lane.column && !parent)
        evidence.push(board.evidence("section", lane.group.title, lane.group.position.line));
      if (typeof li.checked === "boolean" && !card.mark) {
        evidence.push(board.evidence("checkbox", li.checked ? "[x]" : "[ ]", li));
      } else if (card.mark) {
        const status = EXTRA_STATUS[card.mark];
        evidence.push({ source: "checkbox", raw: `[${card.mark}]`, status, line: lineOf(li) });
      }
      const line = lineOf(li);
      const fields = card.fields.map((f) => ({ ...f, line }));
      if (card.dates.length) fields.push({ name: "due", value: card.dates.join(", "), line });
      if (card.times.length) fields.push({ name: "time", value: card.times.join(", "), line });
      const item = board.item({
        title: card.title,
        node: li,
        evidence,
        fields,
        labels: card.labels,
        ...card.people.length ? { assignee: card.people.join(", ") } : {},
        ...lane.group ? { group: lane.group } : {},
        ...parent ? { parent } : {}
      });
      const notes = card.description ? [card.description] : [];
      for (const name of [card.title, ...card.links]) byName.set(name.toLowerCase(), item.id);
      const targets = card.fields.filter((f) => DEPENDS.test(f.name)).flatMap((f) => [...f.value.matchAll(WIKI_LINK)].map((m) => m[1].trim()));
      if (targets.length) pending.push({ item, targets });
      for (const list3 of childLists(li)) {
        for (const sub of list3.children) {
          if (typeof sub.checked === "boolean" || markerData(sub).marker || EXTRA_MARK.test(cardText(sub)))
            recordCard2(sub, lane, item);
          else if (cardText(sub).trim()) notes.push(plain(sub));
        }
      }
      if (notes.length) item.description = notes.join("\n");
    };
    const cardsIn = (nodes, lane) => {
      for (const node2 of nodes)
        if (node2.type === "list") for (const li of node2.children) recordCard2(li, lane);
    };
    cardsIn(before, {});
    for (const lane of lanes) {
      const text4 = plain(lane.heading);
      const m = MAX_ITEMS.exec(text4);
      const title = m && m[1] || text4;
      if (lane.archive) {
        const group = board.group({ title, kind: "section", node: lane.heading, rawStatus: title });
        cardsIn(lane.nodes, { group });
        continue;
      }
      if (lane.nodes.some(isCompleteMarker))
        board.mapper = board.mapper.extend({ [title]: "done" });
      const column = board.group({
        title,
        kind: "column",
        node: lane.heading,
        rawStatus: title,
        ...m && m[1] ? { wipLimit: Number(m[2]) } : {}
      });
      cardsIn(lane.nodes, { group: column, column });
    }
    for (const { item, targets } of pending) {
      const ids = targets.map((t) => byName.get(t.toLowerCase())).filter((id) => id !== void 0 && id !== item.id);
      item.dependsOn = [.../* @__PURE__ */ new Set([...item.dependsOn, ...ids])];
    }
  }
};

// kanban/dialects/spec-kit-shared.ts
var BARE_PATH = /(?:^|[\s(,;"'`*[])((?:\.{1,2}\/|\/)?[\w@+-][\w@.+-]*(?:\/[\w@.+[\]{}-]+)+\.[A-Za-z0-9]{1,8})(?=$|[\s),;:"'`*\]]|\.(?:\s|$))/g;
var WHOLE_PATH = /^(?:\.{1,2}\/|\/)?[\w@+-][\w@.+-]*(?:\/[\w@.+[\]{}-]+)+\.[A-Za-z0-9]{1,8}$/;
function filePaths(text4, codes = []) {
  const out = [];
  for (const code2 of codes) if (WHOLE_PATH.test(code2.trim())) out.push(code2.trim());
  for (const m of text4.matchAll(BARE_PATH)) out.push(m[1]);
  return [...new Set(out)];
}
function sourceOf(node2, text4, fallback) {
  const start = node2?.position?.start.offset;
  const end = node2?.position?.end.offset;
  return start !== void 0 && end !== void 0 && end >= start ? text4.slice(start, end) : fallback;
}
var LEADING_EMOJI = new RegExp("^(\\p{Extended_Pictographic}[\\uFE0F\\u200D\\p{Extended_Pictographic}]*)\\s*", "u");
function leadingStatusEmoji(text4) {
  const m = LEADING_EMOJI.exec(text4);
  if (!m || !statusEmoji(m[1])) return { rest: text4 };
  return { emoji: m[1], rest: text4.slice(m[0].length) };
}
var LazySections = class {
  constructor(board) {
    this.board = board;
  }
  board;
  stack = [];
  /** Closes headings at `node`'s depth and deeper, then opens `node`; `eager` creates it now. */
  enter(node2, spec, eager = false) {
    while (this.stack.length && this.stack[this.stack.length - 1].depth >= node2.depth)
      this.stack.pop();
    this.stack.push({ depth: node2.depth, node: node2, spec });
    return eager ? this.current() : void 0;
  }
  /** True when an open heading satisfies `test` (without creating any group). */
  some(test) {
    return this.stack.some((e) => test(e.spec));
  }
  /** The innermost open group, creating the groups of the open headings on the way. */
  current() {
    let parent;
    for (const entry of this.stack) {
      if (!entry.group) {
        const spec = { ...entry.spec, node: entry.node };
        if (parent) {
          spec.parent = parent;
          spec.id ??= `${parent.id}.${slugify(entry.spec.title)}`;
        }
        entry.group = this.board.group(spec);
      }
      parent = entry.group;
    }
    return parent;
  }
};

// kanban/dialects/spec-kit.ts
var TASK_ID = /^(T\d{3,})\b[:.]?\s*/;
var MARKER2 = /^\[(P|US\d+)\]\s*/i;
var PHASE3 = /^Phase\s+(\d+(?:\.\d+)?|[A-Z])\b\s*(?:[:.–—-]\s*(.*))?$/i;
var PRIORITY = /\(\s*Priority\s*:\s*(P\d+)\s*\)/i;
var INLINE_DEPENDS = /\bdepends on\s+(T\d{3,}(?:\s*(?:,|and|&)\s*T\d{3,})*)/i;
var DEPENDENCY_LINE = /^(T\d{3,})\b.*?\b(?:depends on|requires|needs|after|blocked by)\s+(T\d{3,}(?:\s*(?:,|and|&)\s*T\d{3,})*)/i;
function parsePhase(text4, mapper) {
  const m = PHASE3.exec(text4);
  if (!m) return void 0;
  const rest = (m[2] ?? "").trim();
  const { title, rawStatus } = splitStatusSuffix(rest || text4, mapper);
  const phase = { title: title || text4, mvp: /\bMVP\b/.test(rest) };
  if (/^\d/.test(m[1])) phase.number = m[1];
  if (rawStatus) phase.rawStatus = rawStatus;
  const priority = PRIORITY.exec(rest);
  if (priority) phase.priority = priority[1].toUpperCase();
  return phase;
}
function parseTaskLine(text4) {
  const { emoji, rest } = leadingStatusEmoji(text4);
  let description = rest;
  const id = TASK_ID.exec(description);
  if (id) description = description.slice(id[0].length);
  let parallel = false;
  let story;
  for (let m = MARKER2.exec(description); m; m = MARKER2.exec(description)) {
    const marker = m[1].toUpperCase();
    if (marker === "P") parallel = true;
    else story ??= marker;
    description = description.slice(m[0].length);
  }
  const out = { parallel, description: description.trim() };
  if (id) out.id = id[1];
  if (emoji) out.emoji = emoji;
  if (story) out.story = story;
  return out;
}
function taskIds(list3) {
  return list3.match(/T\d{3,}/g) ?? [];
}
function isDependencySection(spec) {
  return /dependenc/i.test(spec.title);
}
var specKit = {
  id: "spec-kit",
  title: "spec-kit tasks.md",
  description: "GitHub spec-kit tasks.md: `## Phase N:` headings and `- [ ] T001 [P] [US1] Description` tasks.",
  /**
   * Scores `T001`-style checkbox tasks, weighted up by `Phase N` headings, a `# Tasks:` title and
   * `[P]`/`[USn]` markers. Without a single `T\d{3}` checkbox the file is not spec-kit.
   */
  detect(input) {
    if (!/T\d{3}|&#/.test(input.text)) return 0;
    let tasks = 0;
    let markers2 = 0;
    for (const li of allListItems(input.tree)) {
      if (typeof li.checked !== "boolean") continue;
      const line = parseTaskLine(itemText(li));
      if (!line.id) continue;
      tasks++;
      if (line.parallel || line.story) markers2++;
    }
    if (tasks === 0) return 0;
    let phases = 0;
    let title = false;
    for (const node2 of input.tree.children) {
      if (node2.type !== "heading") continue;
      const text4 = plain(node2);
      if (node2.depth === 1 && /^Tasks\s*:/i.test(text4)) title = true;
      if (node2.depth > 1 && PHASE3.test(text4)) phases++;
    }
    return 0.5 + (phases > 0 ? 0.25 : 0) + (title ? 0.1 : 0) + (markers2 > 0 ? 0.05 : 0) + Math.min(0.05, tasks / 400);
  },
  /**
   * Phases become `phase` groups (id and number N), sub-headings inside a phase become `section`
   * groups under it, and every checkbox task inside a phase — or carrying a `T###` id anywhere —
   * becomes an item. `[P]` adds the label `parallel`; `[USn]` adds the label and a `Story` field;
   * the phase's `(Priority: Pn)` becomes the item's priority and `MVP` the label `mvp`. Paths in
   * the description are the item's files; `(depends on T012, T013)` in a task and
   * `T021 depends on T014` lines under a "Dependencies" heading are its dependencies. Goals,
   * checkpoints and plain bullets are not items. Never throws on odd input.
   */
  extract(input, board) {
    const sections = new LazySections(board);
    let phase;
    const edges = [];
    const prepare = (spec, text4, li) => {
      const line = parseTaskLine(text4);
      spec.title = line.description || text4;
      spec.kind = "task";
      if (line.id) spec.id = line.id;
      const labels = [];
      if (line.parallel) labels.push("parallel");
      if (line.story) {
        labels.push(line.story);
        spec.fields = [
          ...spec.fields ?? [],
          { name: "Story", value: line.story, line: lineOf(li) }
        ];
      }
      if (phase?.info.mvp) labels.push("mvp");
      spec.labels = labels;
      if (phase?.info.priority) spec.priority = phase.info.priority;
      if (line.emoji)
        spec.evidence = [...spec.evidence ?? [], board.evidence("emoji", line.emoji, li)];
      const para = firstParagraph(li);
      spec.files = filePaths(sourceOf(para, input.text, text4), para ? inlineCodes(para) : []);
      const inline = INLINE_DEPENDS.exec(line.description);
      if (inline) spec.dependsOn = taskIds(inline[1]);
      return spec;
    };
    walkSections(input.tree, (node2) => {
      if (node2.type === "heading") {
        if (node2.depth === 1) return;
        enterHeading(node2);
        return;
      }
      if (node2.type !== "list") return;
      if (sections.some(isDependencySection)) {
        for (const li of allListItems(node2)) {
          const m = DEPENDENCY_LINE.exec(itemText(li));
          if (m) edges.push({ from: m[1], to: taskIds(m[2]) });
        }
        return;
      }
      for (const li of node2.children) {
        if (typeof li.checked !== "boolean") continue;
        if (!phase && !parseTaskLine(itemText(li)).id) continue;
        const group = sections.current();
        recordTaskItem(board, li, group ? { group } : {}, prepare);
      }
    });
    function enterHeading(node2) {
      const text4 = plain(node2);
      const info = parsePhase(text4, board.mapper);
      if (info) {
        phase = { depth: node2.depth, info };
        sections.enter(
          node2,
          {
            title: info.title,
            kind: "phase",
            ...info.number ? { id: info.number, number: info.number } : {},
            ...info.rawStatus ? { rawStatus: info.rawStatus } : {}
          },
          true
        );
        return;
      }
      const inside = phase !== void 0 && node2.depth > phase.depth;
      if (!inside) phase = void 0;
      const { title, rawStatus } = splitStatusSuffix(text4, board.mapper);
      sections.enter(
        node2,
        { title: title || text4, kind: "section", ...rawStatus ? { rawStatus } : {} },
        inside
      );
    }
    applyEdges(board.recordedItems, edges);
  }
};
function applyEdges(items, edges) {
  if (!edges.length) return;
  const byId = new Map(items.map((i) => [i.id, i]));
  for (const edge of edges) {
    const item = byId.get(edge.from);
    if (!item) continue;
    for (const to of edge.to)
      if (to !== item.id && !item.dependsOn.includes(to)) item.dependsOn.push(to);
  }
}

// kanban/dialects/kiro.ts
var LOOSE_BOX = /^\[([ xX-])\](\*)?\s*/;
var NUMBERED3 = /^(\d+(?:\.\d+)*)\.?\s+(.*)$/s;
var REQUIREMENT_FIELD = /^(Requirements?|Validates)\s*:\s*(.*)$/i;
var CHECKPOINT = /^(?:final\s+)?checkpoint\b/i;
var MAY_NUMBER_A_BOX = /&|\[[ \txX\-/~+>!?*]\][ \t\r\n*_`~[!]*\d/;
function kiroBox(li) {
  const text4 = itemText(li);
  if (typeof li.checked === "boolean") {
    const data = markerData(li);
    const doing = data.marker === "[-]" || data.marker === "[/]";
    return {
      state: li.checked ? "done" : doing ? "doing" : "open",
      raw: data.marker ?? (li.checked ? "[x]" : "[ ]"),
      optional: data.optional === true,
      text: text4
    };
  }
  const m = LOOSE_BOX.exec(text4);
  if (!m) return void 0;
  const mark2 = m[1].toLowerCase();
  return {
    state: mark2 === "x" ? "done" : mark2 === "-" ? "doing" : "open",
    raw: `[${m[1]}]`,
    optional: m[2] === "*",
    text: text4.slice(m[0].length)
  };
}
function boxEvidence(board, box, li) {
  if (box.state === "doing")
    return { source: "checkbox", raw: box.raw, status: "in-progress", line: lineOf(li) };
  return board.evidence("checkbox", box.state === "done" ? "[x]" : "[ ]", li);
}
function requirementIds(value2) {
  return value2.match(/\d+(?:\.\d+)*/g) ?? [];
}
function readDetails(li, source) {
  const details = { subtasks: [], notes: [], fields: [], codes: [], sources: [] };
  const note = (node2, text4, line, codes) => {
    if (!text4) return;
    details.sources.push(sourceOf(node2, source, text4));
    const field = REQUIREMENT_FIELD.exec(text4);
    if (field) details.fields.push({ name: field[1], value: field[2], line });
    else details.notes.push(text4);
    details.codes.push(...codes);
  };
  for (const child of li.children.slice(1))
    if (child.type === "paragraph") note(child, plain(child), lineOf(child), inlineCodes(child));
  const walk = (item) => {
    for (const list3 of childLists(item)) {
      for (const sub of list3.children) {
        if (kiroBox(sub)) {
          details.subtasks.push(sub);
          continue;
        }
        const para = firstParagraph(sub);
        note(para, itemText(sub), lineOf(sub), para ? inlineCodes(para) : []);
        walk(sub);
      }
    }
  };
  walk(li);
  return details;
}
var kiro = {
  id: "kiro",
  title: "Kiro tasks.md",
  description: "Kiro spec tasks.md: `- [ ] 1. Task` / `- [ ] 1.1 Sub-task` with `_Requirements: 1.1_` lines.",
  /**
   * Needs numbered task bullets; `_Requirements:` lines make it near certain, an
   * `# Implementation Plan` title or Kiro's own `[-]`/`[ ]*` boxes make it likely.
   */
  detect(input) {
    if (!MAY_NUMBER_A_BOX.test(input.text)) return 0;
    let numbered2 = 0;
    let kiroBoxes = 0;
    let requirements = 0;
    for (const li of allListItems(input.tree)) {
      const box = kiroBox(li);
      if (!box) {
        if (/^Requirements?\s*:/i.test(itemText(li))) requirements++;
        continue;
      }
      if (!NUMBERED3.test(box.text)) continue;
      numbered2++;
      if (box.optional || box.state === "doing") kiroBoxes++;
    }
    if (numbered2 === 0) return 0;
    const title = input.tree.children.some(
      (n) => n.type === "heading" && n.depth === 1 && /^Implementation Plan\b/i.test(plain(n))
    );
    const extra = (title ? 0.05 : 0) + (kiroBoxes > 0 ? 0.05 : 0);
    if (requirements > 0) return 0.75 + Math.min(0.1, requirements / 100) + extra;
    if (title) return 0.5 + (kiroBoxes > 0 ? 0.1 : 0);
    return kiroBoxes > 0 ? 0.35 : 0;
  },
  /**
   * Every numbered task bullet is an item with its number as id ("1", "1.1"); nested tasks carry
   * `parent`, and a flat `1.1` after `1.` is given parent "1" too. `_Requirements:_` and
   * `Validates:` lines become fields and `req:<id>` labels — requirements are not tasks, so they
   * are never dependencies. Other bullets under a task are its description; paths in it are its
   * files. `[ ]*` adds the label `optional`, a "Checkpoint" task the label `checkpoint`.
   * Headings (`## Tasks`) become section groups only when tasks sit under them. Never throws.
   */
  extract(input, board) {
    const sections = new LazySections(board);
    const byId = /* @__PURE__ */ new Map();
    const record = (li, box, group, parent) => {
      const m = NUMBERED3.exec(box.text);
      const id = m?.[1];
      const title = (m?.[2] ?? box.text).trim();
      const details = readDetails(li, input.text);
      const labels = [];
      if (box.optional) labels.push("optional");
      if (CHECKPOINT.test(title)) labels.push("checkpoint");
      for (const f of details.fields)
        labels.push(...requirementIds(f.value).map((r) => `req:${r}`));
      const para = firstParagraph(li);
      const resolvedParent = parent ?? (id?.includes(".") ? byId.get(id.slice(0, id.lastIndexOf("."))) : void 0);
      const item = board.item({
        ...id ? { id } : {},
        title: title || box.text,
        kind: resolvedParent ? "subtask" : "task",
        ...group ? { group } : {},
        ...resolvedParent ? { parent: resolvedParent } : {},
        node: li,
        evidence: [boxEvidence(board, box, li)],
        fields: details.fields,
        labels,
        files: filePaths([sourceOf(para, input.text, title), ...details.sources].join("\n"), [
          ...para ? inlineCodes(para) : [],
          ...details.codes
        ])
      });
      if (details.notes.length) item.description = details.notes.join("\n");
      if (id && !byId.has(id)) byId.set(id, item);
      for (const sub of details.subtasks) record(sub, kiroBox(sub), group, item);
    };
    walkSections(input.tree, (node2) => {
      if (node2.type === "heading") {
        if (node2.depth === 1) return;
        const text4 = plain(node2);
        const { title, rawStatus } = splitStatusSuffix(text4, board.mapper);
        sections.enter(node2, {
          title: title || text4,
          kind: "section",
          ...rawStatus ? { rawStatus } : {}
        });
        return;
      }
      if (node2.type !== "list") return;
      for (const li of node2.children) {
        const box = kiroBox(li);
        if (box) record(li, box, sections.current());
      }
    });
  }
};

// kanban/dialects/openspec.ts
var GROUP_HEADING = /^(\d+)\.\s+(.*)$/s;
var TASK_NUMBER = /^(\d+(?:\.\d+)+[a-z]?)\.?\s+(.*)$/s;
var openspec = {
  id: "openspec",
  title: "OpenSpec tasks.md",
  description: "OpenSpec change tasks.md: `## 1. Group` headings with `- [ ] 1.1 Task` checkboxes.",
  /**
   * Counts checkbox tasks numbered `N.M` under a `## N.` heading with the same N. A path under
   * `openspec/changes/` or the name `tasks.md` raise the score; `_Requirements:` lines (Kiro's) lower it.
   */
  detect(input) {
    let group;
    let matched = 0;
    let mismatched = 0;
    for (const node2 of input.tree.children) {
      if (node2.type === "heading") {
        const m = node2.depth >= 2 ? GROUP_HEADING.exec(plain(node2)) : null;
        if (m || node2.depth <= 2) group = m?.[1];
        continue;
      }
      if (node2.type !== "list" || group === void 0) continue;
      for (const li of allListItems(node2)) {
        if (typeof li.checked !== "boolean") continue;
        const t = TASK_NUMBER.exec(itemText(li));
        if (!t) continue;
        if (t[1].split(".")[0] === group) matched++;
        else mismatched++;
      }
    }
    if (matched === 0) return 0;
    let score = 0.6 + Math.min(0.15, matched / 100);
    if (/(?:^|\/)openspec\/changes\//.test(input.path)) score += 0.15;
    if (/^tasks\.md$/i.test(input.fileName)) score += 0.05;
    if (mismatched > matched) score -= 0.2;
    if (/^\s*[-*+]\s+_Requirements?:/im.test(input.text)) score -= 0.3;
    return score;
  },
  /**
   * `## N. Title` headings become `section` groups with id and number N (a status suffix such as
   * "✅" is kept as the group's status); other headings become sections only when tasks sit under
   * them. Each checkbox is an item with its `N.M` number as id (generated when missing), nested
   * checkboxes are sub-tasks with `parent`, nested `Name: value` bullets are fields and other
   * bullets notes; paths in a task's text are its files. Never throws on odd input.
   */
  extract(input, board) {
    const sections = new LazySections(board);
    walkSections(input.tree, (node2) => {
      if (node2.type === "heading") {
        if (node2.depth === 1) return;
        const text4 = plain(node2);
        const m = GROUP_HEADING.exec(text4);
        const { title, rawStatus } = splitStatusSuffix(m ? m[2] : text4, board.mapper);
        const spec = {
          title: title || text4,
          kind: "section",
          ...m ? { id: m[1], number: m[1] } : {},
          ...rawStatus ? { rawStatus } : {}
        };
        sections.enter(node2, spec, m !== null);
        return;
      }
      if (node2.type !== "list") return;
      for (const li of node2.children) {
        if (typeof li.checked !== "boolean") continue;
        const group = sections.current();
        recordTaskItem(board, li, group ? { group } : {}, (spec, text4, item) => {
          const t = TASK_NUMBER.exec(text4);
          if (t) {
            spec.id = t[1];
            spec.title = t[2].trim();
          }
          spec.kind = spec.parent ? "subtask" : "task";
          const para = firstParagraph(item);
          spec.files = filePaths(sourceOf(para, input.text, text4), para ? inlineCodes(para) : []);
          return spec;
        });
      }
    });
  }
};

// kanban/dialects/column-board.ts
var WIP_SUFFIX = /\s*[([]\s*(?:(?:wip|limit|max)\s*[:=]?\s*)?(\d{1,4})\s*[)\]]\s*$/i;
function splitWipLimit(text4) {
  const m = WIP_SUFFIX.exec(text4);
  if (!m || m.index === 0) return { title: text4.trim() };
  return { title: text4.slice(0, m.index).trim(), wipLimit: Number(m[1]) };
}
function isColumnHeading(text4, mapper) {
  const { title } = splitWipLimit(text4);
  const words = title.replace(/[^\p{L}\p{N}'\s-]/gu, " ").trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 3 || /\d/.test(words.join(""))) return false;
  return mapper.map(title) !== void 0;
}
function isCardBullet(li) {
  const para = firstParagraph(li);
  return typeof li.checked === "boolean" || !para || splitField(plain(para)) === void 0;
}
function columnEvidence(tree, mapper) {
  const stats = /* @__PURE__ */ new Map([
    [1, { headings: 0, named: 0, columns: 0 }],
    [2, { headings: 0, named: 0, columns: 0 }],
    [3, { headings: 0, named: 0, columns: 0 }]
  ]);
  const nodes = tree.children;
  for (let i = 0; i < nodes.length; i++) {
    const node2 = nodes[i];
    if (node2.type !== "heading") continue;
    const s = stats.get(node2.depth);
    if (!s) continue;
    s.headings++;
    if (!isColumnHeading(plain(node2), mapper)) continue;
    s.named++;
    let nested = false;
    for (let j = i + 1; j < nodes.length; j++) {
      const next = nodes[j];
      if (next.type === "heading" && next.depth <= node2.depth) break;
      if (next.type === "heading") nested = true;
      if (next.type === "list" && (!nested || next.children.some(isCardBullet))) {
        s.columns++;
        break;
      }
    }
  }
  const one2 = stats.get(1);
  const two = stats.get(2);
  const three = stats.get(3);
  if (one2.named >= 2 && one2.columns >= two.columns && one2.columns >= three.columns)
    return { depth: 1, ...one2 };
  return three.columns > two.columns ? { depth: 3, ...three } : { depth: 2, ...two };
}
var CARD_ID = /^(?:\[([A-Z][A-Z0-9]*-\d+)\]\s*|([A-Z][A-Z0-9]*-\d+)(?:\s*:\s*|\s+))(.+)$/;
var MENTION = /(^|\s)@([\p{L}][\p{L}\p{N}._-]*)/gu;
var TAG2 = /(^|\s)#([\p{L}][\p{L}\p{N}_/-]*)/gu;
var LEADING_EMOJI2 = new RegExp("^(\\p{Extended_Pictographic}[\\uFE0F\\u200D\\p{Extended_Pictographic}]*)\\s*", "u");
var ASSIGNEE_FIELD = /^(?:assignee|assignees|assigned(?: to)?|owner|owners)$/i;
function readCardLine(text4) {
  let rest = text4;
  const emoji = LEADING_EMOJI2.exec(rest);
  const icon = emoji && statusEmoji(emoji[1]) ? emoji[1] : void 0;
  if (icon) rest = rest.slice(emoji[0].length);
  const idMatch = CARD_ID.exec(rest);
  const id = idMatch ? idMatch[1] ?? idMatch[2] : void 0;
  if (idMatch) rest = idMatch[3];
  const mentions = [];
  const tags = [];
  const title = rest.replace(MENTION, (_all, lead, name) => {
    mentions.push(name);
    return lead;
  }).replace(TAG2, (_all, lead, tag) => {
    tags.push(tag);
    return lead;
  }).replace(/\s+/g, " ").trim();
  const out = { title: title || text4.trim(), mentions, tags };
  if (id) out.id = id;
  if (icon) out.emoji = icon;
  return out;
}
var columnBoard = {
  id: "column-board",
  title: "Column board",
  description: "Plain boards with status-named column headings (`## Todo`, `## Doing`, `## Done`) and one bullet or checkbox per card.",
  detect(input) {
    const { headings, named, columns } = columnEvidence(input.tree, new StatusMapper());
    if (named < 2 || columns < 1) return 0;
    const share = named / headings;
    if (share < 0.5) return 0;
    return 0.3 + 0.4 * share;
  },
  extract(input, board) {
    const depth = columnEvidence(input.tree, board.mapper).depth;
    let outer;
    let column;
    let level;
    let current;
    for (const node2 of input.tree.children) {
      if (node2.type === "heading") {
        const text4 = plain(node2);
        if (node2.depth === 1 && depth > 1) {
          board.title ??= text4;
          outer = column = level = current = void 0;
          continue;
        }
        if (node2.depth < depth) {
          outer = current = board.group({ title: text4, kind: "board", node: node2 });
          column = level = void 0;
          continue;
        }
        if (node2.depth === depth) {
          const isColumn = isColumnHeading(text4, board.mapper);
          const { title, wipLimit } = isColumn ? splitWipLimit(text4) : { title: text4 };
          const spec = {
            title,
            kind: isColumn ? "column" : "section",
            node: node2
          };
          if (outer) spec.parent = outer;
          if (isColumn) spec.rawStatus = title;
          if (wipLimit !== void 0) spec.wipLimit = wipLimit;
          level = current = board.group(spec);
          column = isColumn ? current : void 0;
          continue;
        }
        const parent = level ?? outer;
        current = board.group({
          title: text4,
          kind: "section",
          node: node2,
          ...parent ? { parent } : {}
        });
        continue;
      }
      if (node2.type !== "list") continue;
      for (const li of node2.children) {
        if (!column && typeof li.checked !== "boolean") continue;
        recordTaskItem(
          board,
          li,
          current ? { group: current } : {},
          (spec, text4) => prepareCard(spec, text4, spec.parent ? void 0 : column, board)
        );
      }
    }
  }
};
function prepareCard(spec, text4, column, board) {
  const card = readCardLine(text4);
  const evidence = [...spec.evidence ?? []];
  if (column) evidence.unshift(board.evidence("column", column.title, column.position.line));
  if (card.emoji) evidence.push(board.evidence("emoji", card.emoji, spec.node));
  const fields = (spec.fields ?? []).map(
    (f) => ASSIGNEE_FIELD.test(f.name) ? { ...f, value: f.value.replace(/(^|[\s,])@/g, "$1") } : f
  );
  const next = { ...spec, title: card.title, evidence, fields };
  if (card.id) next.id = card.id;
  if (card.mentions.length) next.assignee = card.mentions.join(", ");
  if (card.tags.length) next.labels = [...spec.labels ?? [], ...card.tags];
  return next;
}

// kanban/dialects/kanban-md.ts
var ATTRIBUTE = /^(?:tags?|labels?|priority|prio|due(?: date)?|deadline|start(?: date)?|assignees?|assigned(?: to)?|owners?|depends(?: on)?|dependencies|blocked by|workload|effort|estimate|points|status|type|steps|subtasks|checklist|created|updated|epic|sprint)$/i;
var STEPS = /^(?:steps|subtasks|checklist)$/i;
var TAGS = /^(?:tags?|labels?)$/i;
var PEOPLE = /^(?:assignees?|assigned(?: to)?|owners?)$/i;
var CARD_ID2 = /^(?:\[([A-Za-z][A-Za-z0-9]*-\d+[A-Za-z0-9.]*)\]\s*|([A-Za-z][A-Za-z0-9]*-\d+[A-Za-z0-9.]*)\s*(?::|\s[—–-])\s*)(.+)$/;
function isAttribute(li) {
  if (typeof li.checked === "boolean") return false;
  const para = firstParagraph(li);
  const field = para ? splitField(plain(para)) : void 0;
  return field !== void 0 && ATTRIBUTE.test(field.name);
}
function isStatusColumn(text4, mapper) {
  if (isColumnHeading(text4, mapper)) return true;
  const lead = /^[\p{L}\s'-]+/u.exec(text4)?.[0].trim() ?? "";
  return lead !== "" && lead !== text4.trim() && isColumnHeading(lead, mapper);
}
function cardEvidence(tree) {
  let columns = 0;
  const mapper = new StatusMapper();
  let inColumn = false;
  let statusColumn = false;
  let inCard = false;
  let cardHasAttribute = false;
  let cards = 0;
  let attributed = 0;
  const close2 = () => {
    if (inCard && cardHasAttribute) {
      attributed++;
      if (statusColumn) columns++;
    }
    inCard = cardHasAttribute = false;
  };
  for (const node2 of tree.children) {
    if (node2.type === "heading") {
      close2();
      if (node2.depth <= 2) inColumn = node2.depth === 2;
      if (node2.depth <= 2) statusColumn = node2.depth === 2 && isStatusColumn(plain(node2), mapper);
      if (node2.depth === 3 && inColumn) {
        inCard = true;
        cards++;
      }
      continue;
    }
    if (inCard && node2.type === "list" && node2.children.some(isAttribute)) cardHasAttribute = true;
  }
  close2();
  return { cards, attributed, columns };
}
function bare(value2) {
  return value2.replace(/[[\]"]/g, "").trim();
}
function codeBlocks(node2, out) {
  if (node2.type === "code") out.push(node2.value);
  else if ("children" in node2) for (const c of node2.children) codeBlocks(c, out);
}
function readBody(nodes) {
  const body = { fields: [], labels: [], steps: [], description: [] };
  const addAttribute = (li, name, value2) => {
    if (TAGS.test(name)) {
      body.labels.push(
        ...bare(value2).split(/\s*,\s*|\s+/).map((t) => t.replace(/^#/, "")).filter(Boolean)
      );
      return;
    }
    const clean = PEOPLE.test(name) ? bare(value2).replace(/(^|[\s,])@/g, "$1") : bare(value2);
    if (PEOPLE.test(name) && clean) body.assignee ??= clean;
    const para = firstParagraph(li);
    body.fields.push({
      name,
      value: clean,
      line: lineOf(li),
      codes: para ? inlineCodes(para) : []
    });
  };
  const readList = (items) => {
    for (const li of items) {
      if (typeof li.checked === "boolean") {
        body.steps.push(li);
        continue;
      }
      const para = firstParagraph(li);
      const text4 = para ? plain(para) : "";
      const field = splitField(text4);
      if (field && STEPS.test(field.name)) {
        for (const list3 of childLists(li)) readList(list3.children);
      } else if (field) {
        addAttribute(li, field.name, field.value);
      } else if (text4) {
        body.description.push(text4);
      }
      codeBlocks(li, body.description);
    }
  };
  for (const node2 of nodes) {
    if (node2.type === "list") readList(node2.children);
    else if (node2.type === "code") body.description.push(node2.value);
    else if (node2.type === "paragraph" || node2.type === "blockquote") {
      const text4 = plain(node2);
      if (text4) body.description.push(text4);
    }
  }
  return body;
}
function splitCardId(text4) {
  const m = CARD_ID2.exec(text4);
  if (!m) return { title: text4 };
  return { id: m[1] ?? m[2], title: m[3].trim() };
}
function recordStep(board, li, parent, group) {
  const para = firstParagraph(li);
  const { id, title } = splitCardId(para ? plain(para) : "");
  const evidence = [];
  const box = checkboxEvidence(board, li);
  if (box) evidence.push(box);
  const step = board.item({
    ...id ? { id } : {},
    title,
    node: li,
    parent,
    ...group ? { group } : {},
    evidence
  });
  for (const list3 of childLists(li))
    for (const sub of list3.children)
      if (typeof sub.checked === "boolean") recordStep(board, sub, step, group);
}
var kanbanMd = {
  id: "kanban-md",
  title: "kanban.md board",
  description: "kanban.md boards: `## Column` headings, `### Task` cards with `- key: value` attribute bullets, fenced descriptions and step checkboxes.",
  detect(input) {
    const { cards, attributed, columns } = cardEvidence(input.tree);
    if (attributed === 0 || columns < attributed / 2) return 0;
    const share = attributed / cards;
    return share < 0.5 ? 0.3 * share : 0.5 + 0.4 * share;
  },
  extract(input, board) {
    let column;
    let card;
    let loose = [];
    const finishCard = () => {
      if (!card) return;
      const { id, title: rest } = splitCardId(card.text);
      const { title, rawStatus } = splitStatusSuffix(rest, board.mapper);
      const evidence = [];
      const col = card.column;
      if (col) evidence.push(board.evidence("column", col.title, col.position.line));
      if (rawStatus) evidence.push(board.evidence("heading", rawStatus, card.heading));
      recordCard(
        board,
        { id, title: title || rest, node: card.heading, evidence, group: col },
        card.nodes
      );
      card = void 0;
    };
    const finishLoose = () => {
      for (const node2 of loose) {
        if (node2.type !== "list") continue;
        for (const li of node2.children) {
          const para = firstParagraph(li);
          const { id, title } = splitCardId(para ? plain(para) : "");
          const evidence = [];
          if (column) evidence.push(board.evidence("column", column.title, column.position.line));
          const box = checkboxEvidence(board, li);
          if (box) evidence.push(box);
          recordCard(board, { id, title, node: li, evidence, group: column }, li.children.slice(1));
        }
      }
      loose = [];
    };
    for (const node2 of input.tree.children) {
      if (node2.type === "heading" && node2.depth <= 3) {
        finishCard();
        finishLoose();
        const text4 = plain(node2);
        if (node2.depth === 1) {
          board.title ??= text4;
          column = void 0;
        } else if (node2.depth === 2) {
          const { title, wipLimit } = splitWipLimit(text4);
          column = board.group({
            title,
            kind: "column",
            node: node2,
            rawStatus: title,
            ...wipLimit !== void 0 ? { wipLimit } : {}
          });
        } else {
          card = { heading: node2, text: text4, nodes: [], ...column ? { column } : {} };
        }
        continue;
      }
      if (card) card.nodes.push(node2);
      else if (column) loose.push(node2);
    }
    finishCard();
    finishLoose();
  }
};
function recordCard(board, head, nodes) {
  const body = readBody(nodes);
  const item = board.item({
    ...head.id ? { id: head.id } : {},
    title: head.title,
    node: head.node,
    ...head.group ? { group: head.group } : {},
    evidence: head.evidence,
    fields: body.fields,
    labels: body.labels,
    ...body.assignee ? { assignee: body.assignee } : {}
  });
  const last = nodes[nodes.length - 1];
  if (last?.position && last.position.end.line >= item.position.endLine) {
    item.position.endLine = last.position.end.line;
    item.position.endColumn = last.position.end.column;
  }
  if (body.description.length) item.description = body.description.join("\n");
  for (const step of body.steps) recordStep(board, step, item, head.group);
}

// kanban/dialects/roadmap.ts
var FILE_NAME = /^(?:roadmap|todos?)(?:\.(?:md|markdown|txt))?$/i;
var VERSION = /^(?:(version|release)\s+)?(v)?(\d+(?:\.\d+){0,3}(?:-[0-9A-Za-z.]+)?)(?=$|\s|[:—–(|-])\s*(.*)$/is;
var MILESTONE3 = /^milestone\b\s*(\d+(?:\.\d+)*)?\s*[:.—–-]?\s*(.*)$/is;
var QUARTER = /^(?:(?:Q[1-4]|H[12])\s+\d{4}|\d{4}\s+(?:Q[1-4]|H[12]))\b/i;
var UNRELEASED = /^unreleased$/i;
var NAME_SEPARATOR = /^[:—–|-]\s*/;
var ITEM_ID = /^([A-Z][A-Z0-9]*-\d+)\s*[:—–-]?\s+/;
var DASH_STATUS = /\s+[—–-]\s+([\p{L}\s']{2,30})$/u;
function parseMilestone(text4, mapper) {
  const { title: bare2, rawStatus } = splitStatusSuffix(text4, mapper);
  const withStatus = (r) => rawStatus ? { ...r, rawStatus } : r;
  const v = VERSION.exec(bare2);
  if (v) {
    const rest = v[4].trim();
    const named = NAME_SEPARATOR.exec(rest);
    const prefixed = Boolean(v[1] || v[2]);
    if (prefixed || /\./.test(v[3]) && (rest === "" || named)) {
      const written = `${v[2] ?? ""}${v[3]}`;
      let name = named ? rest.slice(named[0].length).trim() : "";
      let status = rawStatus;
      if (!status && name && name.split(/\s+/).length <= 3 && mapper.map(name)) {
        status = name;
        name = "";
      }
      const r = { id: written, number: v[3], title: name || bare2 };
      return status ? { ...r, rawStatus: status } : r;
    }
  }
  const m = MILESTONE3.exec(bare2);
  if (m) {
    const title = m[2].trim() || bare2;
    return withStatus(
      m[1] ? { id: m[1], number: m[1], title } : { id: slugify(title), title }
    );
  }
  if (QUARTER.test(bare2)) return withStatus({ id: slugify(bare2), number: bare2, title: bare2 });
  if (UNRELEASED.test(bare2)) return withStatus({ id: "unreleased", title: bare2 });
  return void 0;
}
function isColumnHeading2(text4, mapper) {
  const words = text4.replace(/[^\p{L}\p{N}\s'-]/gu, " ").trim();
  if (words === "" || /\bstatus\b/i.test(words)) return false;
  return words.split(/\s+/).length <= 3 && mapper.map(text4) !== void 0;
}
function lineStatus(text4, mapper) {
  const lead = leadingStatusEmoji(text4);
  const out = { title: lead.rest };
  if (lead.emoji) out.emoji = lead.emoji;
  const { title, rawStatus } = splitStatusSuffix(lead.rest, mapper);
  if (rawStatus) {
    out.title = title;
    out.suffix = rawStatus;
    out.suffixIsEmoji = !new RegExp("\\p{L}", "u").test(rawStatus);
    return out;
  }
  const dash = DASH_STATUS.exec(lead.rest);
  if (dash && mapper.map(dash[1])) {
    out.title = lead.rest.slice(0, dash.index).trim();
    out.suffix = dash[1].trim();
  }
  return out;
}
function isBox(li) {
  return typeof li.checked === "boolean";
}
function isMarked(li, mapper) {
  const s = lineStatus(itemText(li), mapper);
  return s.emoji !== void 0 || s.suffix !== void 0;
}
function isNotes(list3, before, mapper) {
  if (list3.children.some((li) => isBox(li) || isMarked(li, mapper))) return false;
  if (before?.type === "paragraph" && /:\s*$/.test(plain(before))) return true;
  return list3.children.every((li) => {
    const para = firstParagraph(li);
    const lead = para?.children[0];
    if (lead?.type !== "strong") return false;
    const next = para.children[1];
    return /:\s*$/.test(plain(lead)) || next?.type === "text" && next.value.startsWith(":");
  });
}
function entriesOf(list3, plainOk, mapper) {
  const boxFree = !list3.children.some(isBox);
  return list3.children.filter((li) => isBox(li) || isMarked(li, mapper) || plainOk && boxFree);
}
function isPlan(spec) {
  return spec.kind === "milestone" || spec.kind === "column";
}
var roadmap = {
  id: "roadmap",
  title: "ROADMAP / TODO list",
  description: "ROADMAP.md / TODO.md task lists under version, milestone, quarter or status headings.",
  /**
   * A file named ROADMAP or TODO with task lists scores 0.4–0.45; elsewhere, task lists under
   * version or milestone headings score at most 0.3 — above the generic reader (0.05), below the
   * formats with a tool behind them.
   */
  detect(input) {
    const mapper = new StatusMapper();
    let underMilestone = 0;
    let tasks = 0;
    let depth = 0;
    const named = FILE_NAME.test(input.fileName);
    for (const node2 of input.tree.children) {
      if (node2.type === "heading") {
        if (parseMilestone(plain(node2), mapper)) depth = node2.depth;
        else if (node2.depth <= depth) depth = 0;
        continue;
      }
      if (node2.type !== "list" || !named && depth === 0) continue;
      const marked = allListItems(node2).filter((li) => isBox(li) || isMarked(li, mapper)).length;
      tasks += marked;
      if (depth > 0 && (marked > 0 || FILE_NAME.test(input.fileName))) underMilestone++;
    }
    if (FILE_NAME.test(input.fileName)) {
      if (tasks === 0 && underMilestone === 0) return 0.1;
      return 0.4 + Math.min(0.05, underMilestone / 100);
    }
    return underMilestone > 0 ? Math.min(0.3, 0.15 + underMilestone * 0.03) : 0;
  },
  /**
   * Milestone headings become `milestone` groups (number = the version, "1.2.0" for `v1.2.0`);
   * status headings become `column` groups whose name is recorded as column evidence on their
   * items; other headings become sections once an item sits under them. Items are checkboxes
   * and status-marked bullets anywhere, plus every bullet of a checkbox-free list under a
   * milestone or status heading (in a file with checkboxes, not a list under a label paragraph
   * such as `**Changes:**` or one of `**Key:** value` lines: those are notes); nested entries are sub-items with `parent`, other nested
   * bullets are notes and fields. A leading or trailing emoji is emoji evidence, a "(done)" or
   * "— done" suffix heading evidence. Never throws on odd input.
   */
  extract(input, board) {
    if (board.mapper.map("Now") === void 0)
      board.mapper = board.mapper.extend({ now: "in-progress" });
    const mapper = board.mapper;
    const sections = new LazySections(board);
    const boxes = allListItems(input.tree).some(isBox);
    const record = (li, plainMode, group, parent) => {
      const text4 = itemText(li);
      const line = lineStatus(text4, mapper);
      const evidence = [];
      if (isBox(li)) evidence.push(board.evidence("checkbox", li.checked ? "[x]" : "[ ]", li));
      if (group?.kind === "column")
        evidence.push(
          board.evidence("column", group.rawStatus ?? group.title, group.position.line)
        );
      if (line.emoji) evidence.push(board.evidence("emoji", line.emoji, li));
      if (line.suffix)
        evidence.push(board.evidence(line.suffixIsEmoji ? "emoji" : "suffix", line.suffix, li));
      const subPlain = plainMode && !isBox(li);
      const subs = childLists(li).flatMap((l) => entriesOf(l, subPlain, mapper));
      const rest = {
        ...li,
        children: li.children.map(
          (c) => c.type === "list" ? { ...c, children: c.children.filter((x) => !subs.includes(x)) } : c
        )
      };
      const details = readItemDetails(rest, li.checked === true);
      const id = ITEM_ID.exec(line.title);
      const title = id ? line.title.slice(id[0].length).trim() : line.title;
      const para = firstParagraph(li);
      const item = board.item({
        ...id ? { id: id[1] } : {},
        title: title || text4,
        ...group ? { group } : {},
        ...parent ? { parent } : {},
        node: li,
        evidence,
        fields: details.fields,
        acceptance: details.acceptance,
        files: filePaths(sourceOf(para, input.text, text4), para ? inlineCodes(para) : [])
      });
      if (details.notes.length) item.description = details.notes.join("\n");
      for (const sub of subs) record(sub, subPlain, group, item);
    };
    let previous3;
    walkSections(input.tree, (node2) => {
      const before = previous3;
      previous3 = node2;
      if (node2.type === "heading") {
        const text4 = plain(node2);
        const milestone = parseMilestone(text4, mapper);
        if (node2.depth === 1 && !milestone) return;
        if (milestone) {
          sections.enter(node2, { ...milestone, kind: "milestone" }, true);
          return;
        }
        if (isColumnHeading2(text4, mapper)) {
          sections.enter(node2, { title: text4, kind: "column", rawStatus: text4 }, true);
          return;
        }
        const { title, rawStatus } = splitStatusSuffix(text4, mapper);
        sections.enter(node2, {
          title: title || text4,
          kind: "section",
          ...rawStatus ? { rawStatus } : {}
        });
        return;
      }
      if (node2.type !== "list") return;
      const plainOk = sections.some(isPlan) && !(boxes && isNotes(node2, before, mapper));
      const entries = entriesOf(node2, plainOk, mapper);
      if (!entries.length) return;
      const group = sections.current();
      for (const li of entries) record(li, plainOk, group);
    });
  }
};

// kanban/dialects/agent-plan.ts
var TASK_HEADING = /^(?:task|chunk|stage)\s+(\d+(?:\.\d+)*)\s*[:.—–-]\s*(.*)$/i;
var STEP_LABEL = /^step\s+(\d+(?:\.\d+)*)\s*[:.—–-]?\s*(.*)$/i;
function stepLabel(item) {
  const para = firstParagraph(item);
  const lead = para?.children[0];
  if (lead?.type !== "strong") return void 0;
  const m = STEP_LABEL.exec(plain(lead));
  if (!m) return void 0;
  const rest = plain(para.children.slice(1)).replace(/^[:.—–-]\s*/, "");
  const title = m[2].trim() || rest;
  return { number: m[1], title: title.replace(/[:.]$/, "") };
}
var agentPlan = {
  id: "agent-plan",
  title: "Agent implementation plan",
  description: "Plans written for coding agents: `### Task N: Title` headings with `- [ ] **Step N: \u2026**` checkboxes and code blocks.",
  detect(input) {
    const tasks = input.tree.children.filter(
      (n) => n.type === "heading" && n.depth >= 2 && TASK_HEADING.test(plain(n))
    ).length;
    if (tasks === 0) return 0;
    const steps = allListItems(input.tree).filter(
      (li) => typeof li.checked === "boolean" && stepLabel(li)
    ).length;
    if (steps < 2) return 0;
    return Math.min(0.9, 0.6 + 0.02 * steps);
  },
  extract(input, board) {
    const stack = new GroupStack();
    let task;
    let taskDepth = 7;
    const used = /* @__PURE__ */ new Set();
    walkSections(input.tree, (node2) => {
      if (node2.type === "heading") {
        const text4 = plain(node2);
        if (node2.depth === 1 && !board.title) {
          board.title = text4;
          return;
        }
        if (node2.depth <= taskDepth) {
          task = void 0;
          taskDepth = 7;
        }
        stack.enter(node2.depth);
        const parent = stack.current(node2.depth);
        const m = TASK_HEADING.exec(text4);
        const spec = {
          title: m ? m[2].trim() || text4 : text4,
          kind: "section",
          node: node2
        };
        if (m) {
          spec.id = `task-${m[1]}`;
          spec.number = m[1];
        }
        if (parent) spec.parent = parent;
        const group2 = board.group(spec);
        stack.set(node2.depth, group2);
        if (m) {
          task = { group: group2, number: m[1] };
          taskDepth = node2.depth;
        }
        return;
      }
      if (node2.type !== "list") return;
      const group = stack.current();
      for (const li of node2.children) {
        if (typeof li.checked !== "boolean") continue;
        const current = task;
        recordTaskItem(board, li, group ? { group } : {}, (spec, _text, listItem) => {
          const step = stepLabel(listItem);
          if (!step) return spec;
          const next = { ...spec, title: step.title, kind: "step" };
          const id = current && !spec.parent ? `${current.number}.${step.number}` : void 0;
          if (id && !used.has(id)) {
            used.add(id);
            next.id = id;
          }
          return next;
        });
      }
    });
  }
};

// kanban/dialects/task-table.ts
var STATUS_HEADER = /^(?:status|state|progress|done|complete[d]?|✓|✔️?)$/i;
var ID_HEADER = /^(?:id|#|no\.?|key|task id|ticket|issue|ref|requirement|req(?: id)?)$/i;
var TITLE_HEADER = /^(?:task|tasks|title|item|feature|name|description|phase|milestone|deliverable|story|epic|component|work item|step|goal|objective|area|module|todo|what)$/i;
var LEGEND_HEADER = /^(?:symbol|icon|emoji|marker|legend|meaning|key|glyph|badge)$/i;
var PRIORITY_HEADER = /^(?:priority|prio|p)$/i;
var OWNER_HEADER = /^(?:owner|assignee|assigned(?: to)?|who|lead)$/i;
var DEPENDS_HEADER = /^(?:depends(?: on)?|dependencies|deps|blocked by|after)$/i;
var LABELS_HEADER = /^(?:labels?|tags?|type)$/i;
var cellText = (row, i) => i === void 0 ? "" : plain(row.children[i] ?? []);
var normTitle = (t) => t.toLowerCase().replace(/\((?:complete|completed|in progress|done|planned|not started)\)/g, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
var BOXED_ID = /^([A-Z][A-Z0-9]*-\d+(?:\.\d+)*)\s*[:—–-]\s*(.*)$/;
var normHeader = (h) => h.replace(/[*_`]/g, "").replace(/\s+/g, " ").trim();
function taskTableColumns(table) {
  const head = table.children[0];
  if (!head || table.children.length < 2) return void 0;
  const headers = head.children.map((c) => normHeader(plain(c)));
  if (headers.some((h) => LEGEND_HEADER.test(h))) return void 0;
  const status = headers.findIndex((h) => STATUS_HEADER.test(h));
  if (status === -1) return void 0;
  const find = (re) => {
    const i = headers.findIndex((h, j) => j !== status && re.test(h));
    return i === -1 ? void 0 : i;
  };
  const id = find(ID_HEADER);
  let title = find(TITLE_HEADER);
  if (title === void 0) {
    const i = headers.findIndex((h, j) => j !== status && j !== id && h !== "");
    if (i === -1) return void 0;
    title = i;
  }
  const cols = { status, title, headers };
  if (id !== void 0 && id !== title) cols.id = id;
  const priority = find(PRIORITY_HEADER);
  if (priority !== void 0) cols.priority = priority;
  const owner = find(OWNER_HEADER);
  if (owner !== void 0) cols.owner = owner;
  const depends = find(DEPENDS_HEADER);
  if (depends !== void 0) cols.depends = depends;
  const labels = find(LABELS_HEADER);
  if (labels !== void 0 && labels !== title) cols.labels = labels;
  return cols;
}
function statusCell(text4, mapper) {
  const t = text4.trim();
  if (!t || /^[-–—]$/.test(t)) return void 0;
  if (/^(?:✓|✔️?|☑️?|\[x\]|x|yes|y)$/i.test(t)) return "done";
  if (/^(?:\[ \]|no|n)$/i.test(t)) return "backlog";
  const frac = /^(\d+)\s*\/\s*(\d+)\b/.exec(t);
  if (frac) {
    const [done, all2] = [Number(frac[1]), Number(frac[2])];
    if (all2 > 0 && done >= all2) return "done";
    if (done === 0) return mapper.map(t.slice(frac[0].length)) ?? "backlog";
    return "in-progress";
  }
  const pct = /^(\d{1,3})\s*%/.exec(t);
  if (pct) {
    const n = Number(pct[1]);
    return n >= 100 ? "done" : n === 0 ? "backlog" : "in-progress";
  }
  return mapper.map(t.replace(/^✓\s*/, "\u2705 "));
}
function taskTableOf(table, mapper) {
  const columns = taskTableColumns(table);
  if (!columns) return void 0;
  let filled = 0;
  let read = 0;
  for (const row of table.children.slice(1)) {
    const cell = cellText(row, columns.status);
    if (!cell || /^[-–—]$/.test(cell)) continue;
    filled++;
    if (cell.split(/\s+/).length <= 5 && statusCell(cell, mapper) !== void 0) read++;
  }
  return filled > 0 && read >= filled * 0.6 ? columns : void 0;
}
function taskTables(nodes, mapper = new StatusMapper()) {
  const out = [];
  for (const node2 of nodes) {
    if (node2.type !== "table") continue;
    const columns = taskTableOf(node2, mapper);
    if (columns) out.push({ table: node2, columns });
  }
  return out;
}
function statusRows(tables) {
  const mapper = new StatusMapper();
  let n = 0;
  for (const { table, columns } of tables)
    for (const row of table.children.slice(1))
      if (statusCell(cellText(row, columns.status), mapper) !== void 0) n++;
  return n;
}
function recordTableRows(board, table, columns, context, sections = /* @__PURE__ */ new Set(), listed = /* @__PURE__ */ new Set()) {
  for (const row of table.children.slice(1)) {
    const title = cellText(row, columns.title);
    if (!title || sections.has(normTitle(title))) continue;
    const rowId = (cellText(row, columns.id) || title).replace(/^#/, "");
    if (listed.has(rowId.toUpperCase())) continue;
    const rawStatus = cellText(row, columns.status);
    const evidence = [];
    if (rawStatus) {
      const status = statusCell(rawStatus, board.mapper);
      const line2 = row.position?.start.line ?? 1;
      evidence.push(
        status ? { source: "field", raw: rawStatus, status, line: line2 } : { source: "field", raw: rawStatus, line: line2 }
      );
    }
    const fields = [];
    const line = row.position?.start.line ?? 1;
    columns.headers.forEach((name, i) => {
      if (!name || i === columns.title || i === columns.status || i === columns.id) return;
      const value2 = cellText(row, i);
      if (value2) fields.push({ name, value: value2, line });
    });
    const spec = { title, node: row, evidence, fields };
    const id = cellText(row, columns.id).replace(/^#/, "");
    if (id && /^[\w.-]{1,40}$/.test(id)) spec.id = id;
    const lead = columns.id === void 0 ? /^(\d+(?:\.\d+)+)\s+(\S.*)$/.exec(title) : null;
    if (lead) {
      spec.id = lead[1];
      spec.title = lead[2];
    }
    if (context.group) spec.group = context.group;
    const { title: bare2 } = splitStatusSuffix(spec.title, board.mapper);
    if (bare2) spec.title = bare2;
    if (spec.id && board.recordedItems.some((i) => i.id === spec.id)) delete spec.id;
    board.item(spec);
  }
}
var taskTable = {
  id: "task-table",
  title: "Task tables",
  description: "Tables whose rows are work items with a Status / State / Progress column (words, \u2705 \u{1F7E1} \u23F3 \u274C, fractions, percentages); phase tables.",
  detect(input) {
    const tables = taskTables(input.tree.children);
    if (!tables.length) return 0;
    const rows = statusRows(tables);
    if (rows < 2) return 0;
    const boxes = allListItems(input.tree).filter((li) => typeof li.checked === "boolean").length;
    return 0.3 + 0.4 * (rows / (rows + boxes));
  },
  extract(input, board) {
    const headings = new Set(
      input.tree.children.filter((n) => n.type === "heading").map((n) => normTitle(plain(n)))
    );
    const listed = new Set(
      allListItems(input.tree).filter((li) => typeof li.checked === "boolean").map((li) => BOXED_ID.exec(plain(li.children[0] ?? li))?.[1]?.toUpperCase()).filter((id) => id !== void 0)
    );
    const stack = new GroupStack();
    walkSections(input.tree, (node2) => {
      if (node2.type === "heading") {
        enterSectionHeading(node2, board, stack);
        return;
      }
      const group = stack.current();
      if (node2.type === "table") {
        const columns = taskTableOf(node2, board.mapper);
        if (columns)
          recordTableRows(board, node2, columns, group ? { group } : {}, headings, listed);
        return;
      }
      if (node2.type !== "list") return;
      for (const li of node2.children) {
        if (typeof li.checked !== "boolean") continue;
        recordTaskItem(board, li, group ? { group } : {}, (spec, text4) => {
          const m = BOXED_ID.exec(text4);
          if (!m || board.recordedItems.some((i) => i.id === m[1])) return spec;
          return { ...spec, id: m[1], title: m[2].trim() || text4 };
        });
      }
    });
  }
};

// kanban/dialects/gsd-roadmap.ts
var PHASE4 = /^phase\s+(\d+(?:\.\d+)*[a-z]?)\s*[:.—–-]\s*(.+?)\s*$/i;
var ROW_PHASE = /^(\d+(?:\.\d+)*[a-z]?)[.:)]?\s+(.+)$/;
var PLAN = /^(\d+(?:\.\d+)*-\d+)(?:-PLAN\.md)?\b\s*[:—–-]*\s*(.*)$/i;
var VERSION2 = /\bv\d+(?:\.\d+)*\b/i;
var phaseKey = (n) => n.replace(/^0+(?=\d)/, "");
function phaseItem(li) {
  const para = firstParagraph(li);
  const lead = para?.children[0];
  if (lead?.type !== "strong") return void 0;
  const m = PHASE4.exec(plain(lead));
  return m ? { number: m[1], title: m[2].trim() } : void 0;
}
function progressTable(table) {
  const headers = (table.children[0]?.children ?? []).map((c) => plain(c).toLowerCase());
  const phase = headers.indexOf("phase");
  const status = headers.indexOf("status");
  if (phase === -1 || status === -1) return void 0;
  const milestone = headers.indexOf("milestone");
  return milestone === -1 ? { phase, status } : { phase, status, milestone };
}
var gsdRoadmap = {
  id: "gsd-roadmap",
  title: "GSD phase roadmap",
  description: "Phase roadmaps (`- [x] **Phase N: Title**`, `### Phase N:` details with Success Criteria and Plans, a Progress table), phases inside <details>.",
  detect(input) {
    if (!/phase|&#/i.test(input.text)) return 0;
    let checklist = 0;
    let sections = 0;
    let plans = 0;
    let table = false;
    walkBlocks(input.tree, (n) => {
      if (n.type === "listItem" && typeof n.checked === "boolean" && phaseItem(n)) checklist++;
      if (n.type === "listItem" && typeof n.checked === "boolean" && /^\d+(?:\.\d+)*-\d+-PLAN\.md\b/i.test(plain(firstParagraph(n) ?? n)))
        plans++;
      if (n.type === "heading" && PHASE4.test(plain(n))) sections++;
      if (n.type === "table" && progressTable(n)) table = true;
    });
    if (checklist < 2 && !(sections >= 2 && plans >= 1)) return 0;
    return Math.min(0.9, 0.5 + (checklist ? 0.15 : 0) + (sections ? 0.1 : 0) + (table ? 0.15 : 0));
  },
  extract(input, board) {
    const phases = /* @__PURE__ */ new Map();
    const milestones = /* @__PURE__ */ new Map();
    let milestone;
    let detail;
    let expectCriteria = false;
    const milestoneGroup = (text4, node2) => {
      const version = VERSION2.exec(text4)?.[0] ?? text4;
      const id = slugify(version, "milestone");
      let g = milestones.get(id);
      if (!g) {
        const { title, rawStatus } = splitStatusSuffix(text4, board.mapper);
        g = board.group({
          title,
          kind: "milestone",
          id,
          node: node2,
          ...rawStatus ? { rawStatus } : {}
        });
        milestones.set(id, g);
      }
      return g;
    };
    const phaseOf = (number, title, node2) => {
      let p = phases.get(phaseKey(number));
      if (!p) {
        p = {
          number,
          title,
          node: node2,
          evidence: [],
          dependsOn: [],
          acceptance: [],
          plans: [],
          fields: {}
        };
        if (milestone) p.group = milestone;
        phases.set(phaseKey(number), p);
      }
      return p;
    };
    const readChecklist = (list3) => {
      for (const li of list3.children) {
        const ph = typeof li.checked === "boolean" ? phaseItem(li) : void 0;
        if (ph) {
          const p = phaseOf(ph.number, ph.title, li);
          p.node = li;
          const box = checkboxEvidence(board, li);
          if (box) p.evidence.unshift(box);
          if (milestone && !p.group) p.group = milestone;
          continue;
        }
        if (detail && typeof li.checked === "boolean") detail.plans.push(li);
      }
    };
    for (const node2 of input.tree.children) {
      if (node2.type === "html") {
        const summary = /<summary>([\s\S]*?)<\/summary>/i.exec(node2.value);
        if (summary) milestone = milestoneGroup(summary[1].replace(/<[^>]+>/g, "").trim(), node2);
        else if (/<\/details>/i.test(node2.value)) milestone = void 0;
        continue;
      }
      if (node2.type === "heading") {
        const text4 = plain(node2);
        expectCriteria = false;
        if (node2.depth === 1) {
          board.title ??= text4;
          continue;
        }
        const m = PHASE4.exec(text4);
        if (m) {
          detail = phaseOf(m[1], m[2].trim(), node2);
          continue;
        }
        detail = void 0;
        if (VERSION2.test(text4) && node2.depth >= 2) milestone = milestoneGroup(text4, node2);
        else if (node2.depth === 2) milestone = void 0;
        continue;
      }
      if (node2.type === "paragraph" && detail) {
        const text4 = plain(node2);
        expectCriteria = /success criteria/i.test(text4);
        const dep = /depends on\s*:\s*(.*?)(?=\s+[A-Z][\w ]{1,20}:|$)/i.exec(text4);
        if (dep) {
          for (const ref of dep[1].matchAll(
            /phases?\s+(\d[\d.]*[a-z]?(?:\s*(?:,|and|&|\+)\s*\d[\d.]*[a-z]?)*)/gi
          ))
            for (const n of ref[1].split(/\s*(?:,|and|&|\+)\s*/))
              if (/^\d/.test(n)) detail.dependsOn.push(n.replace(/[.]$/, "").trim());
        }
        const goal = /goal\s*:\s*(.*?)(?=\s+(?:Depends on|Requirements|Success Criteria|Plans)\b|$)/i.exec(
          text4
        );
        if (goal) detail.fields.Goal = goal[1].trim();
        continue;
      }
      if (node2.type === "list") {
        if (detail && expectCriteria && node2.ordered) {
          for (const li of node2.children)
            detail.acceptance.push({
              text: plain(firstParagraph(li) ?? li).replace(/\s+Plans\s*:.*$/i, ""),
              done: false,
              line: lineOf(li)
            });
          expectCriteria = false;
          continue;
        }
        readChecklist(node2);
        continue;
      }
      if (node2.type === "table") {
        const cols = progressTable(node2);
        if (!cols) continue;
        for (const row of node2.children.slice(1)) {
          const m = ROW_PHASE.exec(plain(row.children[cols.phase] ?? []));
          if (!m) continue;
          const p = phaseOf(m[1], m[2].trim(), row);
          const raw = plain(row.children[cols.status] ?? []);
          const status = statusCell(raw, board.mapper);
          if (raw)
            p.evidence.push(
              status ? { source: "field", raw, status, line: lineOf(row) } : { source: "field", raw, line: lineOf(row) }
            );
          if (cols.milestone !== void 0 && !p.group) {
            const ms = plain(row.children[cols.milestone] ?? []);
            if (VERSION2.test(ms)) p.group = milestoneGroup(ms, row);
          }
        }
      }
    }
    for (const p of phases.values()) {
      if (p.evidence.length === 0 && p.plans.length) {
        const done = p.plans.filter((li) => li.checked === true).length;
        const raw = `${done}/${p.plans.length} plans`;
        const status = done === p.plans.length ? "done" : done > 0 ? "in-progress" : "backlog";
        p.evidence.push({ source: "field", raw, status, line: lineOf(p.node) });
      }
      const spec = {
        id: p.number,
        title: p.title,
        kind: "phase",
        node: p.node,
        evidence: p.evidence,
        dependsOn: [...new Set(p.dependsOn)],
        acceptance: p.acceptance
      };
      if (p.group) spec.group = p.group;
      const item = board.item(spec);
      Object.assign(item.fields, p.fields);
      for (const li of p.plans) {
        const text4 = plain(firstParagraph(li) ?? li);
        const m = PLAN.exec(text4);
        const box = checkboxEvidence(board, li);
        const plan = {
          title: m ? m[2].trim() || text4 : text4,
          kind: "plan",
          node: li,
          parent: item,
          evidence: box ? [box] : []
        };
        if (m && !board.recordedItems.some((i) => i.id === m[1])) plan.id = m[1];
        if (p.group) plan.group = p.group;
        board.item(plan);
      }
    }
  }
};

// kanban/dialects/status-log.ts
var ID_LINE = /^\s*(?:[-*+]\s+)?\[([A-Za-z][A-Za-z0-9]*-\d+(?:\.\d+)*)\]\s*[-–—:|]\s*([^-–—|]{2,30}?)\s*[-–—|]\s*(?:(\d{4}-\d{2}-\d{2})\s*[-–—|]\s*)?(\S.*)$/;
var BOX_LINE = /^\s*\[([ xX])\]\s*[-–—:]\s*([A-Za-z][A-Za-z ]{0,20}?)\s*[-–—:]\s*(\S.*)$/;
function parseStatusLine(text4, line) {
  const m = ID_LINE.exec(text4);
  if (m) {
    const out = {
      line,
      column: 1,
      id: m[1].toUpperCase(),
      status: m[2].trim(),
      title: m[4].trimEnd()
    };
    if (m[3]) out.date = m[3];
    return out;
  }
  const b = BOX_LINE.exec(text4);
  if (b)
    return {
      line,
      column: 1,
      status: b[2].trim(),
      box: `[${b[1]}]`,
      title: b[3].trimEnd()
    };
  return void 0;
}
function statusLines(input, nodes) {
  const lines = input.text.split("\n");
  const out = [];
  for (const node2 of nodes) {
    if (node2.type !== "paragraph" && node2.type !== "list") continue;
    const from = node2.position?.start.line ?? 0;
    const to = node2.position?.end.line ?? 0;
    for (let l = from; l <= to && l > 0; l++) {
      const found = parseStatusLine(lines[l - 1] ?? "", l);
      if (found) out.push(found);
    }
  }
  return out;
}
var statusLog = {
  id: "status-log",
  title: "Status-line log",
  description: "One task per line: `[TASK-12] - Done - 2025-05-28 - Title` or `[x] - done - Title`, outside list syntax.",
  detect(input) {
    const found = statusLines(input, input.tree.children);
    if (found.length < 2) return 0;
    return Math.min(0.85, 0.5 + 0.05 * found.length);
  },
  extract(input, board) {
    const stack = new GroupStack();
    walkSections(input.tree, (node2) => {
      if (node2.type === "heading") {
        enterSectionHeading(node2, board, stack);
        return;
      }
      const group = stack.current();
      const found = statusLines(input, [node2]);
      for (const s of found) {
        const lineNode = {
          type: "text",
          value: s.title,
          position: { start: { line: s.line, column: s.column }, end: { line: s.line, column: 1 } }
        };
        const evidence = [board.evidence("field", s.status, s.line)];
        if (s.box) evidence.unshift(board.evidence("checkbox", s.box, s.line));
        const spec = { title: s.title, node: lineNode, evidence };
        if (s.id && !board.recordedItems.some((i) => i.id === s.id)) spec.id = s.id;
        if (group) spec.group = group;
        const item = board.item(spec);
        if (s.date) item.fields.date = s.date;
      }
      if (node2.type === "list" && !found.length) {
        for (const li of node2.children)
          if (typeof li.checked === "boolean") recordTaskItem(board, li, group ? { group } : {});
      }
    });
  }
};

// kanban/dialects/index.ts
var DIALECTS = [
  obsidianKanban,
  specKit,
  kiro,
  openspec,
  gsdRoadmap,
  agentPlan,
  compactKanban,
  checklistTracker,
  milestoneTracker,
  phaseTasks,
  epicBacklog,
  kanbanMd,
  columnBoard,
  roadmap,
  statusLog,
  taskTable,
  generic
];
function findDialect(id) {
  return DIALECTS.find((d) => d.id === id);
}
function detectDialect(input) {
  return withTreeMemo(() => detectIn(input));
}
function detectIn(input) {
  const scores = {};
  let best = generic;
  let bestScore = 0;
  for (const dialect of DIALECTS) {
    let score;
    try {
      score = Math.round(Math.max(0, Math.min(1, dialect.detect(input))) * 1e3) / 1e3;
    } catch {
      score = 0;
    }
    scores[dialect.id] = score;
    if (score > bestScore) {
      best = dialect;
      bestScore = score;
    }
  }
  return { dialect: best, scores };
}

// node_modules/character-entities/index.js
var characterEntities = {
  AElig: "\xC6",
  AMP: "&",
  Aacute: "\xC1",
  Abreve: "\u0102",
  Acirc: "\xC2",
  Acy: "\u0410",
  Afr: "\u{1D504}",
  Agrave: "\xC0",
  Alpha: "\u0391",
  Amacr: "\u0100",
  And: "\u2A53",
  Aogon: "\u0104",
  Aopf: "\u{1D538}",
  ApplyFunction: "\u2061",
  Aring: "\xC5",
  Ascr: "\u{1D49C}",
  Assign: "\u2254",
  Atilde: "\xC3",
  Auml: "\xC4",
  Backslash: "\u2216",
  Barv: "\u2AE7",
  Barwed: "\u2306",
  Bcy: "\u0411",
  Because: "\u2235",
  Bernoullis: "\u212C",
  Beta: "\u0392",
  Bfr: "\u{1D505}",
  Bopf: "\u{1D539}",
  Breve: "\u02D8",
  Bscr: "\u212C",
  Bumpeq: "\u224E",
  CHcy: "\u0427",
  COPY: "\xA9",
  Cacute: "\u0106",
  Cap: "\u22D2",
  CapitalDifferentialD: "\u2145",
  Cayleys: "\u212D",
  Ccaron: "\u010C",
  Ccedil: "\xC7",
  Ccirc: "\u0108",
  Cconint: "\u2230",
  Cdot: "\u010A",
  Cedilla: "\xB8",
  CenterDot: "\xB7",
  Cfr: "\u212D",
  Chi: "\u03A7",
  CircleDot: "\u2299",
  CircleMinus: "\u2296",
  CirclePlus: "\u2295",
  CircleTimes: "\u2297",
  ClockwiseContourIntegral: "\u2232",
  CloseCurlyDoubleQuote: "\u201D",
  CloseCurlyQuote: "\u2019",
  Colon: "\u2237",
  Colone: "\u2A74",
  Congruent: "\u2261",
  Conint: "\u222F",
  ContourIntegral: "\u222E",
  Copf: "\u2102",
  Coproduct: "\u2210",
  CounterClockwiseContourIntegral: "\u2233",
  Cross: "\u2A2F",
  Cscr: "\u{1D49E}",
  Cup: "\u22D3",
  CupCap: "\u224D",
  DD: "\u2145",
  DDotrahd: "\u2911",
  DJcy: "\u0402",
  DScy: "\u0405",
  DZcy: "\u040F",
  Dagger: "\u2021",
  Darr: "\u21A1",
  Dashv: "\u2AE4",
  Dcaron: "\u010E",
  Dcy: "\u0414",
  Del: "\u2207",
  Delta: "\u0394",
  Dfr: "\u{1D507}",
  DiacriticalAcute: "\xB4",
  DiacriticalDot: "\u02D9",
  DiacriticalDoubleAcute: "\u02DD",
  DiacriticalGrave: "`",
  DiacriticalTilde: "\u02DC",
  Diamond: "\u22C4",
  DifferentialD: "\u2146",
  Dopf: "\u{1D53B}",
  Dot: "\xA8",
  DotDot: "\u20DC",
  DotEqual: "\u2250",
  DoubleContourIntegral: "\u222F",
  DoubleDot: "\xA8",
  DoubleDownArrow: "\u21D3",
  DoubleLeftArrow: "\u21D0",
  DoubleLeftRightArrow: "\u21D4",
  DoubleLeftTee: "\u2AE4",
  DoubleLongLeftArrow: "\u27F8",
  DoubleLongLeftRightArrow: "\u27FA",
  DoubleLongRightArrow: "\u27F9",
  DoubleRightArrow: "\u21D2",
  DoubleRightTee: "\u22A8",
  DoubleUpArrow: "\u21D1",
  DoubleUpDownArrow: "\u21D5",
  DoubleVerticalBar: "\u2225",
  DownArrow: "\u2193",
  DownArrowBar: "\u2913",
  DownArrowUpArrow: "\u21F5",
  DownBreve: "\u0311",
  DownLeftRightVector: "\u2950",
  DownLeftTeeVector: "\u295E",
  DownLeftVector: "\u21BD",
  DownLeftVectorBar: "\u2956",
  DownRightTeeVector: "\u295F",
  DownRightVector: "\u21C1",
  DownRightVectorBar: "\u2957",
  DownTee: "\u22A4",
  DownTeeArrow: "\u21A7",
  Downarrow: "\u21D3",
  Dscr: "\u{1D49F}",
  Dstrok: "\u0110",
  ENG: "\u014A",
  ETH: "\xD0",
  Eacute: "\xC9",
  Ecaron: "\u011A",
  Ecirc: "\xCA",
  Ecy: "\u042D",
  Edot: "\u0116",
  Efr: "\u{1D508}",
  Egrave: "\xC8",
  Element: "\u2208",
  Emacr: "\u0112",
  EmptySmallSquare: "\u25FB",
  EmptyVerySmallSquare: "\u25AB",
  Eogon: "\u0118",
  Eopf: "\u{1D53C}",
  Epsilon: "\u0395",
  Equal: "\u2A75",
  EqualTilde: "\u2242",
  Equilibrium: "\u21CC",
  Escr: "\u2130",
  Esim: "\u2A73",
  Eta: "\u0397",
  Euml: "\xCB",
  Exists: "\u2203",
  ExponentialE: "\u2147",
  Fcy: "\u0424",
  Ffr: "\u{1D509}",
  FilledSmallSquare: "\u25FC",
  FilledVerySmallSquare: "\u25AA",
  Fopf: "\u{1D53D}",
  ForAll: "\u2200",
  Fouriertrf: "\u2131",
  Fscr: "\u2131",
  GJcy: "\u0403",
  GT: ">",
  Gamma: "\u0393",
  Gammad: "\u03DC",
  Gbreve: "\u011E",
  Gcedil: "\u0122",
  Gcirc: "\u011C",
  Gcy: "\u0413",
  Gdot: "\u0120",
  Gfr: "\u{1D50A}",
  Gg: "\u22D9",
  Gopf: "\u{1D53E}",
  GreaterEqual: "\u2265",
  GreaterEqualLess: "\u22DB",
  GreaterFullEqual: "\u2267",
  GreaterGreater: "\u2AA2",
  GreaterLess: "\u2277",
  GreaterSlantEqual: "\u2A7E",
  GreaterTilde: "\u2273",
  Gscr: "\u{1D4A2}",
  Gt: "\u226B",
  HARDcy: "\u042A",
  Hacek: "\u02C7",
  Hat: "^",
  Hcirc: "\u0124",
  Hfr: "\u210C",
  HilbertSpace: "\u210B",
  Hopf: "\u210D",
  HorizontalLine: "\u2500",
  Hscr: "\u210B",
  Hstrok: "\u0126",
  HumpDownHump: "\u224E",
  HumpEqual: "\u224F",
  IEcy: "\u0415",
  IJlig: "\u0132",
  IOcy: "\u0401",
  Iacute: "\xCD",
  Icirc: "\xCE",
  Icy: "\u0418",
  Idot: "\u0130",
  Ifr: "\u2111",
  Igrave: "\xCC",
  Im: "\u2111",
  Imacr: "\u012A",
  ImaginaryI: "\u2148",
  Implies: "\u21D2",
  Int: "\u222C",
  Integral: "\u222B",
  Intersection: "\u22C2",
  InvisibleComma: "\u2063",
  InvisibleTimes: "\u2062",
  Iogon: "\u012E",
  Iopf: "\u{1D540}",
  Iota: "\u0399",
  Iscr: "\u2110",
  Itilde: "\u0128",
  Iukcy: "\u0406",
  Iuml: "\xCF",
  Jcirc: "\u0134",
  Jcy: "\u0419",
  Jfr: "\u{1D50D}",
  Jopf: "\u{1D541}",
  Jscr: "\u{1D4A5}",
  Jsercy: "\u0408",
  Jukcy: "\u0404",
  KHcy: "\u0425",
  KJcy: "\u040C",
  Kappa: "\u039A",
  Kcedil: "\u0136",
  Kcy: "\u041A",
  Kfr: "\u{1D50E}",
  Kopf: "\u{1D542}",
  Kscr: "\u{1D4A6}",
  LJcy: "\u0409",
  LT: "<",
  Lacute: "\u0139",
  Lambda: "\u039B",
  Lang: "\u27EA",
  Laplacetrf: "\u2112",
  Larr: "\u219E",
  Lcaron: "\u013D",
  Lcedil: "\u013B",
  Lcy: "\u041B",
  LeftAngleBracket: "\u27E8",
  LeftArrow: "\u2190",
  LeftArrowBar: "\u21E4",
  LeftArrowRightArrow: "\u21C6",
  LeftCeiling: "\u2308",
  LeftDoubleBracket: "\u27E6",
  LeftDownTeeVector: "\u2961",
  LeftDownVector: "\u21C3",
  LeftDownVectorBar: "\u2959",
  LeftFloor: "\u230A",
  LeftRightArrow: "\u2194",
  LeftRightVector: "\u294E",
  LeftTee: "\u22A3",
  LeftTeeArrow: "\u21A4",
  LeftTeeVector: "\u295A",
  LeftTriangle: "\u22B2",
  LeftTriangleBar: "\u29CF",
  LeftTriangleEqual: "\u22B4",
  LeftUpDownVector: "\u2951",
  LeftUpTeeVector: "\u2960",
  LeftUpVector: "\u21BF",
  LeftUpVectorBar: "\u2958",
  LeftVector: "\u21BC",
  LeftVectorBar: "\u2952",
  Leftarrow: "\u21D0",
  Leftrightarrow: "\u21D4",
  LessEqualGreater: "\u22DA",
  LessFullEqual: "\u2266",
  LessGreater: "\u2276",
  LessLess: "\u2AA1",
  LessSlantEqual: "\u2A7D",
  LessTilde: "\u2272",
  Lfr: "\u{1D50F}",
  Ll: "\u22D8",
  Lleftarrow: "\u21DA",
  Lmidot: "\u013F",
  LongLeftArrow: "\u27F5",
  LongLeftRightArrow: "\u27F7",
  LongRightArrow: "\u27F6",
  Longleftarrow: "\u27F8",
  Longleftrightarrow: "\u27FA",
  Longrightarrow: "\u27F9",
  Lopf: "\u{1D543}",
  LowerLeftArrow: "\u2199",
  LowerRightArrow: "\u2198",
  Lscr: "\u2112",
  Lsh: "\u21B0",
  Lstrok: "\u0141",
  Lt: "\u226A",
  Map: "\u2905",
  Mcy: "\u041C",
  MediumSpace: "\u205F",
  Mellintrf: "\u2133",
  Mfr: "\u{1D510}",
  MinusPlus: "\u2213",
  Mopf: "\u{1D544}",
  Mscr: "\u2133",
  Mu: "\u039C",
  NJcy: "\u040A",
  Nacute: "\u0143",
  Ncaron: "\u0147",
  Ncedil: "\u0145",
  Ncy: "\u041D",
  NegativeMediumSpace: "\u200B",
  NegativeThickSpace: "\u200B",
  NegativeThinSpace: "\u200B",
  NegativeVeryThinSpace: "\u200B",
  NestedGreaterGreater: "\u226B",
  NestedLessLess: "\u226A",
  NewLine: "\n",
  Nfr: "\u{1D511}",
  NoBreak: "\u2060",
  NonBreakingSpace: "\xA0",
  Nopf: "\u2115",
  Not: "\u2AEC",
  NotCongruent: "\u2262",
  NotCupCap: "\u226D",
  NotDoubleVerticalBar: "\u2226",
  NotElement: "\u2209",
  NotEqual: "\u2260",
  NotEqualTilde: "\u2242\u0338",
  NotExists: "\u2204",
  NotGreater: "\u226F",
  NotGreaterEqual: "\u2271",
  NotGreaterFullEqual: "\u2267\u0338",
  NotGreaterGreater: "\u226B\u0338",
  NotGreaterLess: "\u2279",
  NotGreaterSlantEqual: "\u2A7E\u0338",
  NotGreaterTilde: "\u2275",
  NotHumpDownHump: "\u224E\u0338",
  NotHumpEqual: "\u224F\u0338",
  NotLeftTriangle: "\u22EA",
  NotLeftTriangleBar: "\u29CF\u0338",
  NotLeftTriangleEqual: "\u22EC",
  NotLess: "\u226E",
  NotLessEqual: "\u2270",
  NotLessGreater: "\u2278",
  NotLessLess: "\u226A\u0338",
  NotLessSlantEqual: "\u2A7D\u0338",
  NotLessTilde: "\u2274",
  NotNestedGreaterGreater: "\u2AA2\u0338",
  NotNestedLessLess: "\u2AA1\u0338",
  NotPrecedes: "\u2280",
  NotPrecedesEqual: "\u2AAF\u0338",
  NotPrecedesSlantEqual: "\u22E0",
  NotReverseElement: "\u220C",
  NotRightTriangle: "\u22EB",
  NotRightTriangleBar: "\u29D0\u0338",
  NotRightTriangleEqual: "\u22ED",
  NotSquareSubset: "\u228F\u0338",
  NotSquareSubsetEqual: "\u22E2",
  NotSquareSuperset: "\u2290\u0338",
  NotSquareSupersetEqual: "\u22E3",
  NotSubset: "\u2282\u20D2",
  NotSubsetEqual: "\u2288",
  NotSucceeds: "\u2281",
  NotSucceedsEqual: "\u2AB0\u0338",
  NotSucceedsSlantEqual: "\u22E1",
  NotSucceedsTilde: "\u227F\u0338",
  NotSuperset: "\u2283\u20D2",
  NotSupersetEqual: "\u2289",
  NotTilde: "\u2241",
  NotTildeEqual: "\u2244",
  NotTildeFullEqual: "\u2247",
  NotTildeTilde: "\u2249",
  NotVerticalBar: "\u2224",
  Nscr: "\u{1D4A9}",
  Ntilde: "\xD1",
  Nu: "\u039D",
  OElig: "\u0152",
  Oacute: "\xD3",
  Ocirc: "\xD4",
  Ocy: "\u041E",
  Odblac: "\u0150",
  Ofr: "\u{1D512}",
  Ograve: "\xD2",
  Omacr: "\u014C",
  Omega: "\u03A9",
  Omicron: "\u039F",
  Oopf: "\u{1D546}",
  OpenCurlyDoubleQuote: "\u201C",
  OpenCurlyQuote: "\u2018",
  Or: "\u2A54",
  Oscr: "\u{1D4AA}",
  Oslash: "\xD8",
  Otilde: "\xD5",
  Otimes: "\u2A37",
  Ouml: "\xD6",
  OverBar: "\u203E",
  OverBrace: "\u23DE",
  OverBracket: "\u23B4",
  OverParenthesis: "\u23DC",
  PartialD: "\u2202",
  Pcy: "\u041F",
  Pfr: "\u{1D513}",
  Phi: "\u03A6",
  Pi: "\u03A0",
  PlusMinus: "\xB1",
  Poincareplane: "\u210C",
  Popf: "\u2119",
  Pr: "\u2ABB",
  Precedes: "\u227A",
  PrecedesEqual: "\u2AAF",
  PrecedesSlantEqual: "\u227C",
  PrecedesTilde: "\u227E",
  Prime: "\u2033",
  Product: "\u220F",
  Proportion: "\u2237",
  Proportional: "\u221D",
  Pscr: "\u{1D4AB}",
  Psi: "\u03A8",
  QUOT: '"',
  Qfr: "\u{1D514}",
  Qopf: "\u211A",
  Qscr: "\u{1D4AC}",
  RBarr: "\u2910",
  REG: "\xAE",
  Racute: "\u0154",
  Rang: "\u27EB",
  Rarr: "\u21A0",
  Rarrtl: "\u2916",
  Rcaron: "\u0158",
  Rcedil: "\u0156",
  Rcy: "\u0420",
  Re: "\u211C",
  ReverseElement: "\u220B",
  ReverseEquilibrium: "\u21CB",
  ReverseUpEquilibrium: "\u296F",
  Rfr: "\u211C",
  Rho: "\u03A1",
  RightAngleBracket: "\u27E9",
  RightArrow: "\u2192",
  RightArrowBar: "\u21E5",
  RightArrowLeftArrow: "\u21C4",
  RightCeiling: "\u2309",
  RightDoubleBracket: "\u27E7",
  RightDownTeeVector: "\u295D",
  RightDownVector: "\u21C2",
  RightDownVectorBar: "\u2955",
  RightFloor: "\u230B",
  RightTee: "\u22A2",
  RightTeeArrow: "\u21A6",
  RightTeeVector: "\u295B",
  RightTriangle: "\u22B3",
  RightTriangleBar: "\u29D0",
  RightTriangleEqual: "\u22B5",
  RightUpDownVector: "\u294F",
  RightUpTeeVector: "\u295C",
  RightUpVector: "\u21BE",
  RightUpVectorBar: "\u2954",
  RightVector: "\u21C0",
  RightVectorBar: "\u2953",
  Rightarrow: "\u21D2",
  Ropf: "\u211D",
  RoundImplies: "\u2970",
  Rrightarrow: "\u21DB",
  Rscr: "\u211B",
  Rsh: "\u21B1",
  RuleDelayed: "\u29F4",
  SHCHcy: "\u0429",
  SHcy: "\u0428",
  SOFTcy: "\u042C",
  Sacute: "\u015A",
  Sc: "\u2ABC",
  Scaron: "\u0160",
  Scedil: "\u015E",
  Scirc: "\u015C",
  Scy: "\u0421",
  Sfr: "\u{1D516}",
  ShortDownArrow: "\u2193",
  ShortLeftArrow: "\u2190",
  ShortRightArrow: "\u2192",
  ShortUpArrow: "\u2191",
  Sigma: "\u03A3",
  SmallCircle: "\u2218",
  Sopf: "\u{1D54A}",
  Sqrt: "\u221A",
  Square: "\u25A1",
  SquareIntersection: "\u2293",
  SquareSubset: "\u228F",
  SquareSubsetEqual: "\u2291",
  SquareSuperset: "\u2290",
  SquareSupersetEqual: "\u2292",
  SquareUnion: "\u2294",
  Sscr: "\u{1D4AE}",
  Star: "\u22C6",
  Sub: "\u22D0",
  Subset: "\u22D0",
  SubsetEqual: "\u2286",
  Succeeds: "\u227B",
  SucceedsEqual: "\u2AB0",
  SucceedsSlantEqual: "\u227D",
  SucceedsTilde: "\u227F",
  SuchThat: "\u220B",
  Sum: "\u2211",
  Sup: "\u22D1",
  Superset: "\u2283",
  SupersetEqual: "\u2287",
  Supset: "\u22D1",
  THORN: "\xDE",
  TRADE: "\u2122",
  TSHcy: "\u040B",
  TScy: "\u0426",
  Tab: "	",
  Tau: "\u03A4",
  Tcaron: "\u0164",
  Tcedil: "\u0162",
  Tcy: "\u0422",
  Tfr: "\u{1D517}",
  Therefore: "\u2234",
  Theta: "\u0398",
  ThickSpace: "\u205F\u200A",
  ThinSpace: "\u2009",
  Tilde: "\u223C",
  TildeEqual: "\u2243",
  TildeFullEqual: "\u2245",
  TildeTilde: "\u2248",
  Topf: "\u{1D54B}",
  TripleDot: "\u20DB",
  Tscr: "\u{1D4AF}",
  Tstrok: "\u0166",
  Uacute: "\xDA",
  Uarr: "\u219F",
  Uarrocir: "\u2949",
  Ubrcy: "\u040E",
  Ubreve: "\u016C",
  Ucirc: "\xDB",
  Ucy: "\u0423",
  Udblac: "\u0170",
  Ufr: "\u{1D518}",
  Ugrave: "\xD9",
  Umacr: "\u016A",
  UnderBar: "_",
  UnderBrace: "\u23DF",
  UnderBracket: "\u23B5",
  UnderParenthesis: "\u23DD",
  Union: "\u22C3",
  UnionPlus: "\u228E",
  Uogon: "\u0172",
  Uopf: "\u{1D54C}",
  UpArrow: "\u2191",
  UpArrowBar: "\u2912",
  UpArrowDownArrow: "\u21C5",
  UpDownArrow: "\u2195",
  UpEquilibrium: "\u296E",
  UpTee: "\u22A5",
  UpTeeArrow: "\u21A5",
  Uparrow: "\u21D1",
  Updownarrow: "\u21D5",
  UpperLeftArrow: "\u2196",
  UpperRightArrow: "\u2197",
  Upsi: "\u03D2",
  Upsilon: "\u03A5",
  Uring: "\u016E",
  Uscr: "\u{1D4B0}",
  Utilde: "\u0168",
  Uuml: "\xDC",
  VDash: "\u22AB",
  Vbar: "\u2AEB",
  Vcy: "\u0412",
  Vdash: "\u22A9",
  Vdashl: "\u2AE6",
  Vee: "\u22C1",
  Verbar: "\u2016",
  Vert: "\u2016",
  VerticalBar: "\u2223",
  VerticalLine: "|",
  VerticalSeparator: "\u2758",
  VerticalTilde: "\u2240",
  VeryThinSpace: "\u200A",
  Vfr: "\u{1D519}",
  Vopf: "\u{1D54D}",
  Vscr: "\u{1D4B1}",
  Vvdash: "\u22AA",
  Wcirc: "\u0174",
  Wedge: "\u22C0",
  Wfr: "\u{1D51A}",
  Wopf: "\u{1D54E}",
  Wscr: "\u{1D4B2}",
  Xfr: "\u{1D51B}",
  Xi: "\u039E",
  Xopf: "\u{1D54F}",
  Xscr: "\u{1D4B3}",
  YAcy: "\u042F",
  YIcy: "\u0407",
  YUcy: "\u042E",
  Yacute: "\xDD",
  Ycirc: "\u0176",
  Ycy: "\u042B",
  Yfr: "\u{1D51C}",
  Yopf: "\u{1D550}",
  Yscr: "\u{1D4B4}",
  Yuml: "\u0178",
  ZHcy: "\u0416",
  Zacute: "\u0179",
  Zcaron: "\u017D",
  Zcy: "\u0417",
  Zdot: "\u017B",
  ZeroWidthSpace: "\u200B",
  Zeta: "\u0396",
  Zfr: "\u2128",
  Zopf: "\u2124",
  Zscr: "\u{1D4B5}",
  aacute: "\xE1",
  abreve: "\u0103",
  ac: "\u223E",
  acE: "\u223E\u0333",
  acd: "\u223F",
  acirc: "\xE2",
  acute: "\xB4",
  acy: "\u0430",
  aelig: "\xE6",
  af: "\u2061",
  afr: "\u{1D51E}",
  agrave: "\xE0",
  alefsym: "\u2135",
  aleph: "\u2135",
  alpha: "\u03B1",
  amacr: "\u0101",
  amalg: "\u2A3F",
  amp: "&",
  and: "\u2227",
  andand: "\u2A55",
  andd: "\u2A5C",
  andslope: "\u2A58",
  andv: "\u2A5A",
  ang: "\u2220",
  ange: "\u29A4",
  angle: "\u2220",
  angmsd: "\u2221",
  angmsdaa: "\u29A8",
  angmsdab: "\u29A9",
  angmsdac: "\u29AA",
  angmsdad: "\u29AB",
  angmsdae: "\u29AC",
  angmsdaf: "\u29AD",
  angmsdag: "\u29AE",
  angmsdah: "\u29AF",
  angrt: "\u221F",
  angrtvb: "\u22BE",
  angrtvbd: "\u299D",
  angsph: "\u2222",
  angst: "\xC5",
  angzarr: "\u237C",
  aogon: "\u0105",
  aopf: "\u{1D552}",
  ap: "\u2248",
  apE: "\u2A70",
  apacir: "\u2A6F",
  ape: "\u224A",
  apid: "\u224B",
  apos: "'",
  approx: "\u2248",
  approxeq: "\u224A",
  aring: "\xE5",
  ascr: "\u{1D4B6}",
  ast: "*",
  asymp: "\u2248",
  asympeq: "\u224D",
  atilde: "\xE3",
  auml: "\xE4",
  awconint: "\u2233",
  awint: "\u2A11",
  bNot: "\u2AED",
  backcong: "\u224C",
  backepsilon: "\u03F6",
  backprime: "\u2035",
  backsim: "\u223D",
  backsimeq: "\u22CD",
  barvee: "\u22BD",
  barwed: "\u2305",
  barwedge: "\u2305",
  bbrk: "\u23B5",
  bbrktbrk: "\u23B6",
  bcong: "\u224C",
  bcy: "\u0431",
  bdquo: "\u201E",
  becaus: "\u2235",
  because: "\u2235",
  bemptyv: "\u29B0",
  bepsi: "\u03F6",
  bernou: "\u212C",
  beta: "\u03B2",
  beth: "\u2136",
  between: "\u226C",
  bfr: "\u{1D51F}",
  bigcap: "\u22C2",
  bigcirc: "\u25EF",
  bigcup: "\u22C3",
  bigodot: "\u2A00",
  bigoplus: "\u2A01",
  bigotimes: "\u2A02",
  bigsqcup: "\u2A06",
  bigstar: "\u2605",
  bigtriangledown: "\u25BD",
  bigtriangleup: "\u25B3",
  biguplus: "\u2A04",
  bigvee: "\u22C1",
  bigwedge: "\u22C0",
  bkarow: "\u290D",
  blacklozenge: "\u29EB",
  blacksquare: "\u25AA",
  blacktriangle: "\u25B4",
  blacktriangledown: "\u25BE",
  blacktriangleleft: "\u25C2",
  blacktriangleright: "\u25B8",
  blank: "\u2423",
  blk12: "\u2592",
  blk14: "\u2591",
  blk34: "\u2593",
  block: "\u2588",
  bne: "=\u20E5",
  bnequiv: "\u2261\u20E5",
  bnot: "\u2310",
  bopf: "\u{1D553}",
  bot: "\u22A5",
  bottom: "\u22A5",
  bowtie: "\u22C8",
  boxDL: "\u2557",
  boxDR: "\u2554",
  boxDl: "\u2556",
  boxDr: "\u2553",
  boxH: "\u2550",
  boxHD: "\u2566",
  boxHU: "\u2569",
  boxHd: "\u2564",
  boxHu: "\u2567",
  boxUL: "\u255D",
  boxUR: "\u255A",
  boxUl: "\u255C",
  boxUr: "\u2559",
  boxV: "\u2551",
  boxVH: "\u256C",
  boxVL: "\u2563",
  boxVR: "\u2560",
  boxVh: "\u256B",
  boxVl: "\u2562",
  boxVr: "\u255F",
  boxbox: "\u29C9",
  boxdL: "\u2555",
  boxdR: "\u2552",
  boxdl: "\u2510",
  boxdr: "\u250C",
  boxh: "\u2500",
  boxhD: "\u2565",
  boxhU: "\u2568",
  boxhd: "\u252C",
  boxhu: "\u2534",
  boxminus: "\u229F",
  boxplus: "\u229E",
  boxtimes: "\u22A0",
  boxuL: "\u255B",
  boxuR: "\u2558",
  boxul: "\u2518",
  boxur: "\u2514",
  boxv: "\u2502",
  boxvH: "\u256A",
  boxvL: "\u2561",
  boxvR: "\u255E",
  boxvh: "\u253C",
  boxvl: "\u2524",
  boxvr: "\u251C",
  bprime: "\u2035",
  breve: "\u02D8",
  brvbar: "\xA6",
  bscr: "\u{1D4B7}",
  bsemi: "\u204F",
  bsim: "\u223D",
  bsime: "\u22CD",
  bsol: "\\",
  bsolb: "\u29C5",
  bsolhsub: "\u27C8",
  bull: "\u2022",
  bullet: "\u2022",
  bump: "\u224E",
  bumpE: "\u2AAE",
  bumpe: "\u224F",
  bumpeq: "\u224F",
  cacute: "\u0107",
  cap: "\u2229",
  capand: "\u2A44",
  capbrcup: "\u2A49",
  capcap: "\u2A4B",
  capcup: "\u2A47",
  capdot: "\u2A40",
  caps: "\u2229\uFE00",
  caret: "\u2041",
  caron: "\u02C7",
  ccaps: "\u2A4D",
  ccaron: "\u010D",
  ccedil: "\xE7",
  ccirc: "\u0109",
  ccups: "\u2A4C",
  ccupssm: "\u2A50",
  cdot: "\u010B",
  cedil: "\xB8",
  cemptyv: "\u29B2",
  cent: "\xA2",
  centerdot: "\xB7",
  cfr: "\u{1D520}",
  chcy: "\u0447",
  check: "\u2713",
  checkmark: "\u2713",
  chi: "\u03C7",
  cir: "\u25CB",
  cirE: "\u29C3",
  circ: "\u02C6",
  circeq: "\u2257",
  circlearrowleft: "\u21BA",
  circlearrowright: "\u21BB",
  circledR: "\xAE",
  circledS: "\u24C8",
  circledast: "\u229B",
  circledcirc: "\u229A",
  circleddash: "\u229D",
  cire: "\u2257",
  cirfnint: "\u2A10",
  cirmid: "\u2AEF",
  cirscir: "\u29C2",
  clubs: "\u2663",
  clubsuit: "\u2663",
  colon: ":",
  colone: "\u2254",
  coloneq: "\u2254",
  comma: ",",
  commat: "@",
  comp: "\u2201",
  compfn: "\u2218",
  complement: "\u2201",
  complexes: "\u2102",
  cong: "\u2245",
  congdot: "\u2A6D",
  conint: "\u222E",
  copf: "\u{1D554}",
  coprod: "\u2210",
  copy: "\xA9",
  copysr: "\u2117",
  crarr: "\u21B5",
  cross: "\u2717",
  cscr: "\u{1D4B8}",
  csub: "\u2ACF",
  csube: "\u2AD1",
  csup: "\u2AD0",
  csupe: "\u2AD2",
  ctdot: "\u22EF",
  cudarrl: "\u2938",
  cudarrr: "\u2935",
  cuepr: "\u22DE",
  cuesc: "\u22DF",
  cularr: "\u21B6",
  cularrp: "\u293D",
  cup: "\u222A",
  cupbrcap: "\u2A48",
  cupcap: "\u2A46",
  cupcup: "\u2A4A",
  cupdot: "\u228D",
  cupor: "\u2A45",
  cups: "\u222A\uFE00",
  curarr: "\u21B7",
  curarrm: "\u293C",
  curlyeqprec: "\u22DE",
  curlyeqsucc: "\u22DF",
  curlyvee: "\u22CE",
  curlywedge: "\u22CF",
  curren: "\xA4",
  curvearrowleft: "\u21B6",
  curvearrowright: "\u21B7",
  cuvee: "\u22CE",
  cuwed: "\u22CF",
  cwconint: "\u2232",
  cwint: "\u2231",
  cylcty: "\u232D",
  dArr: "\u21D3",
  dHar: "\u2965",
  dagger: "\u2020",
  daleth: "\u2138",
  darr: "\u2193",
  dash: "\u2010",
  dashv: "\u22A3",
  dbkarow: "\u290F",
  dblac: "\u02DD",
  dcaron: "\u010F",
  dcy: "\u0434",
  dd: "\u2146",
  ddagger: "\u2021",
  ddarr: "\u21CA",
  ddotseq: "\u2A77",
  deg: "\xB0",
  delta: "\u03B4",
  demptyv: "\u29B1",
  dfisht: "\u297F",
  dfr: "\u{1D521}",
  dharl: "\u21C3",
  dharr: "\u21C2",
  diam: "\u22C4",
  diamond: "\u22C4",
  diamondsuit: "\u2666",
  diams: "\u2666",
  die: "\xA8",
  digamma: "\u03DD",
  disin: "\u22F2",
  div: "\xF7",
  divide: "\xF7",
  divideontimes: "\u22C7",
  divonx: "\u22C7",
  djcy: "\u0452",
  dlcorn: "\u231E",
  dlcrop: "\u230D",
  dollar: "$",
  dopf: "\u{1D555}",
  dot: "\u02D9",
  doteq: "\u2250",
  doteqdot: "\u2251",
  dotminus: "\u2238",
  dotplus: "\u2214",
  dotsquare: "\u22A1",
  doublebarwedge: "\u2306",
  downarrow: "\u2193",
  downdownarrows: "\u21CA",
  downharpoonleft: "\u21C3",
  downharpoonright: "\u21C2",
  drbkarow: "\u2910",
  drcorn: "\u231F",
  drcrop: "\u230C",
  dscr: "\u{1D4B9}",
  dscy: "\u0455",
  dsol: "\u29F6",
  dstrok: "\u0111",
  dtdot: "\u22F1",
  dtri: "\u25BF",
  dtrif: "\u25BE",
  duarr: "\u21F5",
  duhar: "\u296F",
  dwangle: "\u29A6",
  dzcy: "\u045F",
  dzigrarr: "\u27FF",
  eDDot: "\u2A77",
  eDot: "\u2251",
  eacute: "\xE9",
  easter: "\u2A6E",
  ecaron: "\u011B",
  ecir: "\u2256",
  ecirc: "\xEA",
  ecolon: "\u2255",
  ecy: "\u044D",
  edot: "\u0117",
  ee: "\u2147",
  efDot: "\u2252",
  efr: "\u{1D522}",
  eg: "\u2A9A",
  egrave: "\xE8",
  egs: "\u2A96",
  egsdot: "\u2A98",
  el: "\u2A99",
  elinters: "\u23E7",
  ell: "\u2113",
  els: "\u2A95",
  elsdot: "\u2A97",
  emacr: "\u0113",
  empty: "\u2205",
  emptyset: "\u2205",
  emptyv: "\u2205",
  emsp13: "\u2004",
  emsp14: "\u2005",
  emsp: "\u2003",
  eng: "\u014B",
  ensp: "\u2002",
  eogon: "\u0119",
  eopf: "\u{1D556}",
  epar: "\u22D5",
  eparsl: "\u29E3",
  eplus: "\u2A71",
  epsi: "\u03B5",
  epsilon: "\u03B5",
  epsiv: "\u03F5",
  eqcirc: "\u2256",
  eqcolon: "\u2255",
  eqsim: "\u2242",
  eqslantgtr: "\u2A96",
  eqslantless: "\u2A95",
  equals: "=",
  equest: "\u225F",
  equiv: "\u2261",
  equivDD: "\u2A78",
  eqvparsl: "\u29E5",
  erDot: "\u2253",
  erarr: "\u2971",
  escr: "\u212F",
  esdot: "\u2250",
  esim: "\u2242",
  eta: "\u03B7",
  eth: "\xF0",
  euml: "\xEB",
  euro: "\u20AC",
  excl: "!",
  exist: "\u2203",
  expectation: "\u2130",
  exponentiale: "\u2147",
  fallingdotseq: "\u2252",
  fcy: "\u0444",
  female: "\u2640",
  ffilig: "\uFB03",
  fflig: "\uFB00",
  ffllig: "\uFB04",
  ffr: "\u{1D523}",
  filig: "\uFB01",
  fjlig: "fj",
  flat: "\u266D",
  fllig: "\uFB02",
  fltns: "\u25B1",
  fnof: "\u0192",
  fopf: "\u{1D557}",
  forall: "\u2200",
  fork: "\u22D4",
  forkv: "\u2AD9",
  fpartint: "\u2A0D",
  frac12: "\xBD",
  frac13: "\u2153",
  frac14: "\xBC",
  frac15: "\u2155",
  frac16: "\u2159",
  frac18: "\u215B",
  frac23: "\u2154",
  frac25: "\u2156",
  frac34: "\xBE",
  frac35: "\u2157",
  frac38: "\u215C",
  frac45: "\u2158",
  frac56: "\u215A",
  frac58: "\u215D",
  frac78: "\u215E",
  frasl: "\u2044",
  frown: "\u2322",
  fscr: "\u{1D4BB}",
  gE: "\u2267",
  gEl: "\u2A8C",
  gacute: "\u01F5",
  gamma: "\u03B3",
  gammad: "\u03DD",
  gap: "\u2A86",
  gbreve: "\u011F",
  gcirc: "\u011D",
  gcy: "\u0433",
  gdot: "\u0121",
  ge: "\u2265",
  gel: "\u22DB",
  geq: "\u2265",
  geqq: "\u2267",
  geqslant: "\u2A7E",
  ges: "\u2A7E",
  gescc: "\u2AA9",
  gesdot: "\u2A80",
  gesdoto: "\u2A82",
  gesdotol: "\u2A84",
  gesl: "\u22DB\uFE00",
  gesles: "\u2A94",
  gfr: "\u{1D524}",
  gg: "\u226B",
  ggg: "\u22D9",
  gimel: "\u2137",
  gjcy: "\u0453",
  gl: "\u2277",
  glE: "\u2A92",
  gla: "\u2AA5",
  glj: "\u2AA4",
  gnE: "\u2269",
  gnap: "\u2A8A",
  gnapprox: "\u2A8A",
  gne: "\u2A88",
  gneq: "\u2A88",
  gneqq: "\u2269",
  gnsim: "\u22E7",
  gopf: "\u{1D558}",
  grave: "`",
  gscr: "\u210A",
  gsim: "\u2273",
  gsime: "\u2A8E",
  gsiml: "\u2A90",
  gt: ">",
  gtcc: "\u2AA7",
  gtcir: "\u2A7A",
  gtdot: "\u22D7",
  gtlPar: "\u2995",
  gtquest: "\u2A7C",
  gtrapprox: "\u2A86",
  gtrarr: "\u2978",
  gtrdot: "\u22D7",
  gtreqless: "\u22DB",
  gtreqqless: "\u2A8C",
  gtrless: "\u2277",
  gtrsim: "\u2273",
  gvertneqq: "\u2269\uFE00",
  gvnE: "\u2269\uFE00",
  hArr: "\u21D4",
  hairsp: "\u200A",
  half: "\xBD",
  hamilt: "\u210B",
  hardcy: "\u044A",
  harr: "\u2194",
  harrcir: "\u2948",
  harrw: "\u21AD",
  hbar: "\u210F",
  hcirc: "\u0125",
  hearts: "\u2665",
  heartsuit: "\u2665",
  hellip: "\u2026",
  hercon: "\u22B9",
  hfr: "\u{1D525}",
  hksearow: "\u2925",
  hkswarow: "\u2926",
  hoarr: "\u21FF",
  homtht: "\u223B",
  hookleftarrow: "\u21A9",
  hookrightarrow: "\u21AA",
  hopf: "\u{1D559}",
  horbar: "\u2015",
  hscr: "\u{1D4BD}",
  hslash: "\u210F",
  hstrok: "\u0127",
  hybull: "\u2043",
  hyphen: "\u2010",
  iacute: "\xED",
  ic: "\u2063",
  icirc: "\xEE",
  icy: "\u0438",
  iecy: "\u0435",
  iexcl: "\xA1",
  iff: "\u21D4",
  ifr: "\u{1D526}",
  igrave: "\xEC",
  ii: "\u2148",
  iiiint: "\u2A0C",
  iiint: "\u222D",
  iinfin: "\u29DC",
  iiota: "\u2129",
  ijlig: "\u0133",
  imacr: "\u012B",
  image: "\u2111",
  imagline: "\u2110",
  imagpart: "\u2111",
  imath: "\u0131",
  imof: "\u22B7",
  imped: "\u01B5",
  in: "\u2208",
  incare: "\u2105",
  infin: "\u221E",
  infintie: "\u29DD",
  inodot: "\u0131",
  int: "\u222B",
  intcal: "\u22BA",
  integers: "\u2124",
  intercal: "\u22BA",
  intlarhk: "\u2A17",
  intprod: "\u2A3C",
  iocy: "\u0451",
  iogon: "\u012F",
  iopf: "\u{1D55A}",
  iota: "\u03B9",
  iprod: "\u2A3C",
  iquest: "\xBF",
  iscr: "\u{1D4BE}",
  isin: "\u2208",
  isinE: "\u22F9",
  isindot: "\u22F5",
  isins: "\u22F4",
  isinsv: "\u22F3",
  isinv: "\u2208",
  it: "\u2062",
  itilde: "\u0129",
  iukcy: "\u0456",
  iuml: "\xEF",
  jcirc: "\u0135",
  jcy: "\u0439",
  jfr: "\u{1D527}",
  jmath: "\u0237",
  jopf: "\u{1D55B}",
  jscr: "\u{1D4BF}",
  jsercy: "\u0458",
  jukcy: "\u0454",
  kappa: "\u03BA",
  kappav: "\u03F0",
  kcedil: "\u0137",
  kcy: "\u043A",
  kfr: "\u{1D528}",
  kgreen: "\u0138",
  khcy: "\u0445",
  kjcy: "\u045C",
  kopf: "\u{1D55C}",
  kscr: "\u{1D4C0}",
  lAarr: "\u21DA",
  lArr: "\u21D0",
  lAtail: "\u291B",
  lBarr: "\u290E",
  lE: "\u2266",
  lEg: "\u2A8B",
  lHar: "\u2962",
  lacute: "\u013A",
  laemptyv: "\u29B4",
  lagran: "\u2112",
  lambda: "\u03BB",
  lang: "\u27E8",
  langd: "\u2991",
  langle: "\u27E8",
  lap: "\u2A85",
  laquo: "\xAB",
  larr: "\u2190",
  larrb: "\u21E4",
  larrbfs: "\u291F",
  larrfs: "\u291D",
  larrhk: "\u21A9",
  larrlp: "\u21AB",
  larrpl: "\u2939",
  larrsim: "\u2973",
  larrtl: "\u21A2",
  lat: "\u2AAB",
  latail: "\u2919",
  late: "\u2AAD",
  lates: "\u2AAD\uFE00",
  lbarr: "\u290C",
  lbbrk: "\u2772",
  lbrace: "{",
  lbrack: "[",
  lbrke: "\u298B",
  lbrksld: "\u298F",
  lbrkslu: "\u298D",
  lcaron: "\u013E",
  lcedil: "\u013C",
  lceil: "\u2308",
  lcub: "{",
  lcy: "\u043B",
  ldca: "\u2936",
  ldquo: "\u201C",
  ldquor: "\u201E",
  ldrdhar: "\u2967",
  ldrushar: "\u294B",
  ldsh: "\u21B2",
  le: "\u2264",
  leftarrow: "\u2190",
  leftarrowtail: "\u21A2",
  leftharpoondown: "\u21BD",
  leftharpoonup: "\u21BC",
  leftleftarrows: "\u21C7",
  leftrightarrow: "\u2194",
  leftrightarrows: "\u21C6",
  leftrightharpoons: "\u21CB",
  leftrightsquigarrow: "\u21AD",
  leftthreetimes: "\u22CB",
  leg: "\u22DA",
  leq: "\u2264",
  leqq: "\u2266",
  leqslant: "\u2A7D",
  les: "\u2A7D",
  lescc: "\u2AA8",
  lesdot: "\u2A7F",
  lesdoto: "\u2A81",
  lesdotor: "\u2A83",
  lesg: "\u22DA\uFE00",
  lesges: "\u2A93",
  lessapprox: "\u2A85",
  lessdot: "\u22D6",
  lesseqgtr: "\u22DA",
  lesseqqgtr: "\u2A8B",
  lessgtr: "\u2276",
  lesssim: "\u2272",
  lfisht: "\u297C",
  lfloor: "\u230A",
  lfr: "\u{1D529}",
  lg: "\u2276",
  lgE: "\u2A91",
  lhard: "\u21BD",
  lharu: "\u21BC",
  lharul: "\u296A",
  lhblk: "\u2584",
  ljcy: "\u0459",
  ll: "\u226A",
  llarr: "\u21C7",
  llcorner: "\u231E",
  llhard: "\u296B",
  lltri: "\u25FA",
  lmidot: "\u0140",
  lmoust: "\u23B0",
  lmoustache: "\u23B0",
  lnE: "\u2268",
  lnap: "\u2A89",
  lnapprox: "\u2A89",
  lne: "\u2A87",
  lneq: "\u2A87",
  lneqq: "\u2268",
  lnsim: "\u22E6",
  loang: "\u27EC",
  loarr: "\u21FD",
  lobrk: "\u27E6",
  longleftarrow: "\u27F5",
  longleftrightarrow: "\u27F7",
  longmapsto: "\u27FC",
  longrightarrow: "\u27F6",
  looparrowleft: "\u21AB",
  looparrowright: "\u21AC",
  lopar: "\u2985",
  lopf: "\u{1D55D}",
  loplus: "\u2A2D",
  lotimes: "\u2A34",
  lowast: "\u2217",
  lowbar: "_",
  loz: "\u25CA",
  lozenge: "\u25CA",
  lozf: "\u29EB",
  lpar: "(",
  lparlt: "\u2993",
  lrarr: "\u21C6",
  lrcorner: "\u231F",
  lrhar: "\u21CB",
  lrhard: "\u296D",
  lrm: "\u200E",
  lrtri: "\u22BF",
  lsaquo: "\u2039",
  lscr: "\u{1D4C1}",
  lsh: "\u21B0",
  lsim: "\u2272",
  lsime: "\u2A8D",
  lsimg: "\u2A8F",
  lsqb: "[",
  lsquo: "\u2018",
  lsquor: "\u201A",
  lstrok: "\u0142",
  lt: "<",
  ltcc: "\u2AA6",
  ltcir: "\u2A79",
  ltdot: "\u22D6",
  lthree: "\u22CB",
  ltimes: "\u22C9",
  ltlarr: "\u2976",
  ltquest: "\u2A7B",
  ltrPar: "\u2996",
  ltri: "\u25C3",
  ltrie: "\u22B4",
  ltrif: "\u25C2",
  lurdshar: "\u294A",
  luruhar: "\u2966",
  lvertneqq: "\u2268\uFE00",
  lvnE: "\u2268\uFE00",
  mDDot: "\u223A",
  macr: "\xAF",
  male: "\u2642",
  malt: "\u2720",
  maltese: "\u2720",
  map: "\u21A6",
  mapsto: "\u21A6",
  mapstodown: "\u21A7",
  mapstoleft: "\u21A4",
  mapstoup: "\u21A5",
  marker: "\u25AE",
  mcomma: "\u2A29",
  mcy: "\u043C",
  mdash: "\u2014",
  measuredangle: "\u2221",
  mfr: "\u{1D52A}",
  mho: "\u2127",
  micro: "\xB5",
  mid: "\u2223",
  midast: "*",
  midcir: "\u2AF0",
  middot: "\xB7",
  minus: "\u2212",
  minusb: "\u229F",
  minusd: "\u2238",
  minusdu: "\u2A2A",
  mlcp: "\u2ADB",
  mldr: "\u2026",
  mnplus: "\u2213",
  models: "\u22A7",
  mopf: "\u{1D55E}",
  mp: "\u2213",
  mscr: "\u{1D4C2}",
  mstpos: "\u223E",
  mu: "\u03BC",
  multimap: "\u22B8",
  mumap: "\u22B8",
  nGg: "\u22D9\u0338",
  nGt: "\u226B\u20D2",
  nGtv: "\u226B\u0338",
  nLeftarrow: "\u21CD",
  nLeftrightarrow: "\u21CE",
  nLl: "\u22D8\u0338",
  nLt: "\u226A\u20D2",
  nLtv: "\u226A\u0338",
  nRightarrow: "\u21CF",
  nVDash: "\u22AF",
  nVdash: "\u22AE",
  nabla: "\u2207",
  nacute: "\u0144",
  nang: "\u2220\u20D2",
  nap: "\u2249",
  napE: "\u2A70\u0338",
  napid: "\u224B\u0338",
  napos: "\u0149",
  napprox: "\u2249",
  natur: "\u266E",
  natural: "\u266E",
  naturals: "\u2115",
  nbsp: "\xA0",
  nbump: "\u224E\u0338",
  nbumpe: "\u224F\u0338",
  ncap: "\u2A43",
  ncaron: "\u0148",
  ncedil: "\u0146",
  ncong: "\u2247",
  ncongdot: "\u2A6D\u0338",
  ncup: "\u2A42",
  ncy: "\u043D",
  ndash: "\u2013",
  ne: "\u2260",
  neArr: "\u21D7",
  nearhk: "\u2924",
  nearr: "\u2197",
  nearrow: "\u2197",
  nedot: "\u2250\u0338",
  nequiv: "\u2262",
  nesear: "\u2928",
  nesim: "\u2242\u0338",
  nexist: "\u2204",
  nexists: "\u2204",
  nfr: "\u{1D52B}",
  ngE: "\u2267\u0338",
  nge: "\u2271",
  ngeq: "\u2271",
  ngeqq: "\u2267\u0338",
  ngeqslant: "\u2A7E\u0338",
  nges: "\u2A7E\u0338",
  ngsim: "\u2275",
  ngt: "\u226F",
  ngtr: "\u226F",
  nhArr: "\u21CE",
  nharr: "\u21AE",
  nhpar: "\u2AF2",
  ni: "\u220B",
  nis: "\u22FC",
  nisd: "\u22FA",
  niv: "\u220B",
  njcy: "\u045A",
  nlArr: "\u21CD",
  nlE: "\u2266\u0338",
  nlarr: "\u219A",
  nldr: "\u2025",
  nle: "\u2270",
  nleftarrow: "\u219A",
  nleftrightarrow: "\u21AE",
  nleq: "\u2270",
  nleqq: "\u2266\u0338",
  nleqslant: "\u2A7D\u0338",
  nles: "\u2A7D\u0338",
  nless: "\u226E",
  nlsim: "\u2274",
  nlt: "\u226E",
  nltri: "\u22EA",
  nltrie: "\u22EC",
  nmid: "\u2224",
  nopf: "\u{1D55F}",
  not: "\xAC",
  notin: "\u2209",
  notinE: "\u22F9\u0338",
  notindot: "\u22F5\u0338",
  notinva: "\u2209",
  notinvb: "\u22F7",
  notinvc: "\u22F6",
  notni: "\u220C",
  notniva: "\u220C",
  notnivb: "\u22FE",
  notnivc: "\u22FD",
  npar: "\u2226",
  nparallel: "\u2226",
  nparsl: "\u2AFD\u20E5",
  npart: "\u2202\u0338",
  npolint: "\u2A14",
  npr: "\u2280",
  nprcue: "\u22E0",
  npre: "\u2AAF\u0338",
  nprec: "\u2280",
  npreceq: "\u2AAF\u0338",
  nrArr: "\u21CF",
  nrarr: "\u219B",
  nrarrc: "\u2933\u0338",
  nrarrw: "\u219D\u0338",
  nrightarrow: "\u219B",
  nrtri: "\u22EB",
  nrtrie: "\u22ED",
  nsc: "\u2281",
  nsccue: "\u22E1",
  nsce: "\u2AB0\u0338",
  nscr: "\u{1D4C3}",
  nshortmid: "\u2224",
  nshortparallel: "\u2226",
  nsim: "\u2241",
  nsime: "\u2244",
  nsimeq: "\u2244",
  nsmid: "\u2224",
  nspar: "\u2226",
  nsqsube: "\u22E2",
  nsqsupe: "\u22E3",
  nsub: "\u2284",
  nsubE: "\u2AC5\u0338",
  nsube: "\u2288",
  nsubset: "\u2282\u20D2",
  nsubseteq: "\u2288",
  nsubseteqq: "\u2AC5\u0338",
  nsucc: "\u2281",
  nsucceq: "\u2AB0\u0338",
  nsup: "\u2285",
  nsupE: "\u2AC6\u0338",
  nsupe: "\u2289",
  nsupset: "\u2283\u20D2",
  nsupseteq: "\u2289",
  nsupseteqq: "\u2AC6\u0338",
  ntgl: "\u2279",
  ntilde: "\xF1",
  ntlg: "\u2278",
  ntriangleleft: "\u22EA",
  ntrianglelefteq: "\u22EC",
  ntriangleright: "\u22EB",
  ntrianglerighteq: "\u22ED",
  nu: "\u03BD",
  num: "#",
  numero: "\u2116",
  numsp: "\u2007",
  nvDash: "\u22AD",
  nvHarr: "\u2904",
  nvap: "\u224D\u20D2",
  nvdash: "\u22AC",
  nvge: "\u2265\u20D2",
  nvgt: ">\u20D2",
  nvinfin: "\u29DE",
  nvlArr: "\u2902",
  nvle: "\u2264\u20D2",
  nvlt: "<\u20D2",
  nvltrie: "\u22B4\u20D2",
  nvrArr: "\u2903",
  nvrtrie: "\u22B5\u20D2",
  nvsim: "\u223C\u20D2",
  nwArr: "\u21D6",
  nwarhk: "\u2923",
  nwarr: "\u2196",
  nwarrow: "\u2196",
  nwnear: "\u2927",
  oS: "\u24C8",
  oacute: "\xF3",
  oast: "\u229B",
  ocir: "\u229A",
  ocirc: "\xF4",
  ocy: "\u043E",
  odash: "\u229D",
  odblac: "\u0151",
  odiv: "\u2A38",
  odot: "\u2299",
  odsold: "\u29BC",
  oelig: "\u0153",
  ofcir: "\u29BF",
  ofr: "\u{1D52C}",
  ogon: "\u02DB",
  ograve: "\xF2",
  ogt: "\u29C1",
  ohbar: "\u29B5",
  ohm: "\u03A9",
  oint: "\u222E",
  olarr: "\u21BA",
  olcir: "\u29BE",
  olcross: "\u29BB",
  oline: "\u203E",
  olt: "\u29C0",
  omacr: "\u014D",
  omega: "\u03C9",
  omicron: "\u03BF",
  omid: "\u29B6",
  ominus: "\u2296",
  oopf: "\u{1D560}",
  opar: "\u29B7",
  operp: "\u29B9",
  oplus: "\u2295",
  or: "\u2228",
  orarr: "\u21BB",
  ord: "\u2A5D",
  order: "\u2134",
  orderof: "\u2134",
  ordf: "\xAA",
  ordm: "\xBA",
  origof: "\u22B6",
  oror: "\u2A56",
  orslope: "\u2A57",
  orv: "\u2A5B",
  oscr: "\u2134",
  oslash: "\xF8",
  osol: "\u2298",
  otilde: "\xF5",
  otimes: "\u2297",
  otimesas: "\u2A36",
  ouml: "\xF6",
  ovbar: "\u233D",
  par: "\u2225",
  para: "\xB6",
  parallel: "\u2225",
  parsim: "\u2AF3",
  parsl: "\u2AFD",
  part: "\u2202",
  pcy: "\u043F",
  percnt: "%",
  period: ".",
  permil: "\u2030",
  perp: "\u22A5",
  pertenk: "\u2031",
  pfr: "\u{1D52D}",
  phi: "\u03C6",
  phiv: "\u03D5",
  phmmat: "\u2133",
  phone: "\u260E",
  pi: "\u03C0",
  pitchfork: "\u22D4",
  piv: "\u03D6",
  planck: "\u210F",
  planckh: "\u210E",
  plankv: "\u210F",
  plus: "+",
  plusacir: "\u2A23",
  plusb: "\u229E",
  pluscir: "\u2A22",
  plusdo: "\u2214",
  plusdu: "\u2A25",
  pluse: "\u2A72",
  plusmn: "\xB1",
  plussim: "\u2A26",
  plustwo: "\u2A27",
  pm: "\xB1",
  pointint: "\u2A15",
  popf: "\u{1D561}",
  pound: "\xA3",
  pr: "\u227A",
  prE: "\u2AB3",
  prap: "\u2AB7",
  prcue: "\u227C",
  pre: "\u2AAF",
  prec: "\u227A",
  precapprox: "\u2AB7",
  preccurlyeq: "\u227C",
  preceq: "\u2AAF",
  precnapprox: "\u2AB9",
  precneqq: "\u2AB5",
  precnsim: "\u22E8",
  precsim: "\u227E",
  prime: "\u2032",
  primes: "\u2119",
  prnE: "\u2AB5",
  prnap: "\u2AB9",
  prnsim: "\u22E8",
  prod: "\u220F",
  profalar: "\u232E",
  profline: "\u2312",
  profsurf: "\u2313",
  prop: "\u221D",
  propto: "\u221D",
  prsim: "\u227E",
  prurel: "\u22B0",
  pscr: "\u{1D4C5}",
  psi: "\u03C8",
  puncsp: "\u2008",
  qfr: "\u{1D52E}",
  qint: "\u2A0C",
  qopf: "\u{1D562}",
  qprime: "\u2057",
  qscr: "\u{1D4C6}",
  quaternions: "\u210D",
  quatint: "\u2A16",
  quest: "?",
  questeq: "\u225F",
  quot: '"',
  rAarr: "\u21DB",
  rArr: "\u21D2",
  rAtail: "\u291C",
  rBarr: "\u290F",
  rHar: "\u2964",
  race: "\u223D\u0331",
  racute: "\u0155",
  radic: "\u221A",
  raemptyv: "\u29B3",
  rang: "\u27E9",
  rangd: "\u2992",
  range: "\u29A5",
  rangle: "\u27E9",
  raquo: "\xBB",
  rarr: "\u2192",
  rarrap: "\u2975",
  rarrb: "\u21E5",
  rarrbfs: "\u2920",
  rarrc: "\u2933",
  rarrfs: "\u291E",
  rarrhk: "\u21AA",
  rarrlp: "\u21AC",
  rarrpl: "\u2945",
  rarrsim: "\u2974",
  rarrtl: "\u21A3",
  rarrw: "\u219D",
  ratail: "\u291A",
  ratio: "\u2236",
  rationals: "\u211A",
  rbarr: "\u290D",
  rbbrk: "\u2773",
  rbrace: "}",
  rbrack: "]",
  rbrke: "\u298C",
  rbrksld: "\u298E",
  rbrkslu: "\u2990",
  rcaron: "\u0159",
  rcedil: "\u0157",
  rceil: "\u2309",
  rcub: "}",
  rcy: "\u0440",
  rdca: "\u2937",
  rdldhar: "\u2969",
  rdquo: "\u201D",
  rdquor: "\u201D",
  rdsh: "\u21B3",
  real: "\u211C",
  realine: "\u211B",
  realpart: "\u211C",
  reals: "\u211D",
  rect: "\u25AD",
  reg: "\xAE",
  rfisht: "\u297D",
  rfloor: "\u230B",
  rfr: "\u{1D52F}",
  rhard: "\u21C1",
  rharu: "\u21C0",
  rharul: "\u296C",
  rho: "\u03C1",
  rhov: "\u03F1",
  rightarrow: "\u2192",
  rightarrowtail: "\u21A3",
  rightharpoondown: "\u21C1",
  rightharpoonup: "\u21C0",
  rightleftarrows: "\u21C4",
  rightleftharpoons: "\u21CC",
  rightrightarrows: "\u21C9",
  rightsquigarrow: "\u219D",
  rightthreetimes: "\u22CC",
  ring: "\u02DA",
  risingdotseq: "\u2253",
  rlarr: "\u21C4",
  rlhar: "\u21CC",
  rlm: "\u200F",
  rmoust: "\u23B1",
  rmoustache: "\u23B1",
  rnmid: "\u2AEE",
  roang: "\u27ED",
  roarr: "\u21FE",
  robrk: "\u27E7",
  ropar: "\u2986",
  ropf: "\u{1D563}",
  roplus: "\u2A2E",
  rotimes: "\u2A35",
  rpar: ")",
  rpargt: "\u2994",
  rppolint: "\u2A12",
  rrarr: "\u21C9",
  rsaquo: "\u203A",
  rscr: "\u{1D4C7}",
  rsh: "\u21B1",
  rsqb: "]",
  rsquo: "\u2019",
  rsquor: "\u2019",
  rthree: "\u22CC",
  rtimes: "\u22CA",
  rtri: "\u25B9",
  rtrie: "\u22B5",
  rtrif: "\u25B8",
  rtriltri: "\u29CE",
  ruluhar: "\u2968",
  rx: "\u211E",
  sacute: "\u015B",
  sbquo: "\u201A",
  sc: "\u227B",
  scE: "\u2AB4",
  scap: "\u2AB8",
  scaron: "\u0161",
  sccue: "\u227D",
  sce: "\u2AB0",
  scedil: "\u015F",
  scirc: "\u015D",
  scnE: "\u2AB6",
  scnap: "\u2ABA",
  scnsim: "\u22E9",
  scpolint: "\u2A13",
  scsim: "\u227F",
  scy: "\u0441",
  sdot: "\u22C5",
  sdotb: "\u22A1",
  sdote: "\u2A66",
  seArr: "\u21D8",
  searhk: "\u2925",
  searr: "\u2198",
  searrow: "\u2198",
  sect: "\xA7",
  semi: ";",
  seswar: "\u2929",
  setminus: "\u2216",
  setmn: "\u2216",
  sext: "\u2736",
  sfr: "\u{1D530}",
  sfrown: "\u2322",
  sharp: "\u266F",
  shchcy: "\u0449",
  shcy: "\u0448",
  shortmid: "\u2223",
  shortparallel: "\u2225",
  shy: "\xAD",
  sigma: "\u03C3",
  sigmaf: "\u03C2",
  sigmav: "\u03C2",
  sim: "\u223C",
  simdot: "\u2A6A",
  sime: "\u2243",
  simeq: "\u2243",
  simg: "\u2A9E",
  simgE: "\u2AA0",
  siml: "\u2A9D",
  simlE: "\u2A9F",
  simne: "\u2246",
  simplus: "\u2A24",
  simrarr: "\u2972",
  slarr: "\u2190",
  smallsetminus: "\u2216",
  smashp: "\u2A33",
  smeparsl: "\u29E4",
  smid: "\u2223",
  smile: "\u2323",
  smt: "\u2AAA",
  smte: "\u2AAC",
  smtes: "\u2AAC\uFE00",
  softcy: "\u044C",
  sol: "/",
  solb: "\u29C4",
  solbar: "\u233F",
  sopf: "\u{1D564}",
  spades: "\u2660",
  spadesuit: "\u2660",
  spar: "\u2225",
  sqcap: "\u2293",
  sqcaps: "\u2293\uFE00",
  sqcup: "\u2294",
  sqcups: "\u2294\uFE00",
  sqsub: "\u228F",
  sqsube: "\u2291",
  sqsubset: "\u228F",
  sqsubseteq: "\u2291",
  sqsup: "\u2290",
  sqsupe: "\u2292",
  sqsupset: "\u2290",
  sqsupseteq: "\u2292",
  squ: "\u25A1",
  square: "\u25A1",
  squarf: "\u25AA",
  squf: "\u25AA",
  srarr: "\u2192",
  sscr: "\u{1D4C8}",
  ssetmn: "\u2216",
  ssmile: "\u2323",
  sstarf: "\u22C6",
  star: "\u2606",
  starf: "\u2605",
  straightepsilon: "\u03F5",
  straightphi: "\u03D5",
  strns: "\xAF",
  sub: "\u2282",
  subE: "\u2AC5",
  subdot: "\u2ABD",
  sube: "\u2286",
  subedot: "\u2AC3",
  submult: "\u2AC1",
  subnE: "\u2ACB",
  subne: "\u228A",
  subplus: "\u2ABF",
  subrarr: "\u2979",
  subset: "\u2282",
  subseteq: "\u2286",
  subseteqq: "\u2AC5",
  subsetneq: "\u228A",
  subsetneqq: "\u2ACB",
  subsim: "\u2AC7",
  subsub: "\u2AD5",
  subsup: "\u2AD3",
  succ: "\u227B",
  succapprox: "\u2AB8",
  succcurlyeq: "\u227D",
  succeq: "\u2AB0",
  succnapprox: "\u2ABA",
  succneqq: "\u2AB6",
  succnsim: "\u22E9",
  succsim: "\u227F",
  sum: "\u2211",
  sung: "\u266A",
  sup1: "\xB9",
  sup2: "\xB2",
  sup3: "\xB3",
  sup: "\u2283",
  supE: "\u2AC6",
  supdot: "\u2ABE",
  supdsub: "\u2AD8",
  supe: "\u2287",
  supedot: "\u2AC4",
  suphsol: "\u27C9",
  suphsub: "\u2AD7",
  suplarr: "\u297B",
  supmult: "\u2AC2",
  supnE: "\u2ACC",
  supne: "\u228B",
  supplus: "\u2AC0",
  supset: "\u2283",
  supseteq: "\u2287",
  supseteqq: "\u2AC6",
  supsetneq: "\u228B",
  supsetneqq: "\u2ACC",
  supsim: "\u2AC8",
  supsub: "\u2AD4",
  supsup: "\u2AD6",
  swArr: "\u21D9",
  swarhk: "\u2926",
  swarr: "\u2199",
  swarrow: "\u2199",
  swnwar: "\u292A",
  szlig: "\xDF",
  target: "\u2316",
  tau: "\u03C4",
  tbrk: "\u23B4",
  tcaron: "\u0165",
  tcedil: "\u0163",
  tcy: "\u0442",
  tdot: "\u20DB",
  telrec: "\u2315",
  tfr: "\u{1D531}",
  there4: "\u2234",
  therefore: "\u2234",
  theta: "\u03B8",
  thetasym: "\u03D1",
  thetav: "\u03D1",
  thickapprox: "\u2248",
  thicksim: "\u223C",
  thinsp: "\u2009",
  thkap: "\u2248",
  thksim: "\u223C",
  thorn: "\xFE",
  tilde: "\u02DC",
  times: "\xD7",
  timesb: "\u22A0",
  timesbar: "\u2A31",
  timesd: "\u2A30",
  tint: "\u222D",
  toea: "\u2928",
  top: "\u22A4",
  topbot: "\u2336",
  topcir: "\u2AF1",
  topf: "\u{1D565}",
  topfork: "\u2ADA",
  tosa: "\u2929",
  tprime: "\u2034",
  trade: "\u2122",
  triangle: "\u25B5",
  triangledown: "\u25BF",
  triangleleft: "\u25C3",
  trianglelefteq: "\u22B4",
  triangleq: "\u225C",
  triangleright: "\u25B9",
  trianglerighteq: "\u22B5",
  tridot: "\u25EC",
  trie: "\u225C",
  triminus: "\u2A3A",
  triplus: "\u2A39",
  trisb: "\u29CD",
  tritime: "\u2A3B",
  trpezium: "\u23E2",
  tscr: "\u{1D4C9}",
  tscy: "\u0446",
  tshcy: "\u045B",
  tstrok: "\u0167",
  twixt: "\u226C",
  twoheadleftarrow: "\u219E",
  twoheadrightarrow: "\u21A0",
  uArr: "\u21D1",
  uHar: "\u2963",
  uacute: "\xFA",
  uarr: "\u2191",
  ubrcy: "\u045E",
  ubreve: "\u016D",
  ucirc: "\xFB",
  ucy: "\u0443",
  udarr: "\u21C5",
  udblac: "\u0171",
  udhar: "\u296E",
  ufisht: "\u297E",
  ufr: "\u{1D532}",
  ugrave: "\xF9",
  uharl: "\u21BF",
  uharr: "\u21BE",
  uhblk: "\u2580",
  ulcorn: "\u231C",
  ulcorner: "\u231C",
  ulcrop: "\u230F",
  ultri: "\u25F8",
  umacr: "\u016B",
  uml: "\xA8",
  uogon: "\u0173",
  uopf: "\u{1D566}",
  uparrow: "\u2191",
  updownarrow: "\u2195",
  upharpoonleft: "\u21BF",
  upharpoonright: "\u21BE",
  uplus: "\u228E",
  upsi: "\u03C5",
  upsih: "\u03D2",
  upsilon: "\u03C5",
  upuparrows: "\u21C8",
  urcorn: "\u231D",
  urcorner: "\u231D",
  urcrop: "\u230E",
  uring: "\u016F",
  urtri: "\u25F9",
  uscr: "\u{1D4CA}",
  utdot: "\u22F0",
  utilde: "\u0169",
  utri: "\u25B5",
  utrif: "\u25B4",
  uuarr: "\u21C8",
  uuml: "\xFC",
  uwangle: "\u29A7",
  vArr: "\u21D5",
  vBar: "\u2AE8",
  vBarv: "\u2AE9",
  vDash: "\u22A8",
  vangrt: "\u299C",
  varepsilon: "\u03F5",
  varkappa: "\u03F0",
  varnothing: "\u2205",
  varphi: "\u03D5",
  varpi: "\u03D6",
  varpropto: "\u221D",
  varr: "\u2195",
  varrho: "\u03F1",
  varsigma: "\u03C2",
  varsubsetneq: "\u228A\uFE00",
  varsubsetneqq: "\u2ACB\uFE00",
  varsupsetneq: "\u228B\uFE00",
  varsupsetneqq: "\u2ACC\uFE00",
  vartheta: "\u03D1",
  vartriangleleft: "\u22B2",
  vartriangleright: "\u22B3",
  vcy: "\u0432",
  vdash: "\u22A2",
  vee: "\u2228",
  veebar: "\u22BB",
  veeeq: "\u225A",
  vellip: "\u22EE",
  verbar: "|",
  vert: "|",
  vfr: "\u{1D533}",
  vltri: "\u22B2",
  vnsub: "\u2282\u20D2",
  vnsup: "\u2283\u20D2",
  vopf: "\u{1D567}",
  vprop: "\u221D",
  vrtri: "\u22B3",
  vscr: "\u{1D4CB}",
  vsubnE: "\u2ACB\uFE00",
  vsubne: "\u228A\uFE00",
  vsupnE: "\u2ACC\uFE00",
  vsupne: "\u228B\uFE00",
  vzigzag: "\u299A",
  wcirc: "\u0175",
  wedbar: "\u2A5F",
  wedge: "\u2227",
  wedgeq: "\u2259",
  weierp: "\u2118",
  wfr: "\u{1D534}",
  wopf: "\u{1D568}",
  wp: "\u2118",
  wr: "\u2240",
  wreath: "\u2240",
  wscr: "\u{1D4CC}",
  xcap: "\u22C2",
  xcirc: "\u25EF",
  xcup: "\u22C3",
  xdtri: "\u25BD",
  xfr: "\u{1D535}",
  xhArr: "\u27FA",
  xharr: "\u27F7",
  xi: "\u03BE",
  xlArr: "\u27F8",
  xlarr: "\u27F5",
  xmap: "\u27FC",
  xnis: "\u22FB",
  xodot: "\u2A00",
  xopf: "\u{1D569}",
  xoplus: "\u2A01",
  xotime: "\u2A02",
  xrArr: "\u27F9",
  xrarr: "\u27F6",
  xscr: "\u{1D4CD}",
  xsqcup: "\u2A06",
  xuplus: "\u2A04",
  xutri: "\u25B3",
  xvee: "\u22C1",
  xwedge: "\u22C0",
  yacute: "\xFD",
  yacy: "\u044F",
  ycirc: "\u0177",
  ycy: "\u044B",
  yen: "\xA5",
  yfr: "\u{1D536}",
  yicy: "\u0457",
  yopf: "\u{1D56A}",
  yscr: "\u{1D4CE}",
  yucy: "\u044E",
  yuml: "\xFF",
  zacute: "\u017A",
  zcaron: "\u017E",
  zcy: "\u0437",
  zdot: "\u017C",
  zeetrf: "\u2128",
  zeta: "\u03B6",
  zfr: "\u{1D537}",
  zhcy: "\u0436",
  zigrarr: "\u21DD",
  zopf: "\u{1D56B}",
  zscr: "\u{1D4CF}",
  zwj: "\u200D",
  zwnj: "\u200C"
};

// node_modules/decode-named-character-reference/index.js
var own = {}.hasOwnProperty;
function decodeNamedCharacterReference(value2) {
  return own.call(characterEntities, value2) ? characterEntities[value2] : false;
}

// node_modules/micromark-util-chunked/index.js
function splice(list3, start, remove, items) {
  const end = list3.length;
  let chunkStart = 0;
  let parameters;
  if (start < 0) {
    start = -start > end ? 0 : end + start;
  } else {
    start = start > end ? end : start;
  }
  remove = remove > 0 ? remove : 0;
  if (items.length < 1e4) {
    parameters = Array.from(items);
    parameters.unshift(start, remove);
    list3.splice(...parameters);
  } else {
    if (remove) list3.splice(start, remove);
    while (chunkStart < items.length) {
      parameters = items.slice(chunkStart, chunkStart + 1e4);
      parameters.unshift(start, 0);
      list3.splice(...parameters);
      chunkStart += 1e4;
      start += 1e4;
    }
  }
}
function push(list3, items) {
  if (list3.length > 0) {
    splice(list3, list3.length, 0, items);
    return list3;
  }
  return items;
}

// node_modules/micromark-util-combine-extensions/index.js
var hasOwnProperty = {}.hasOwnProperty;
function combineExtensions(extensions) {
  const all2 = {};
  let index2 = -1;
  while (++index2 < extensions.length) {
    syntaxExtension(all2, extensions[index2]);
  }
  return all2;
}
function syntaxExtension(all2, extension2) {
  let hook;
  for (hook in extension2) {
    const maybe = hasOwnProperty.call(all2, hook) ? all2[hook] : void 0;
    const left = maybe || (all2[hook] = {});
    const right = extension2[hook];
    let code2;
    if (right) {
      for (code2 in right) {
        if (!hasOwnProperty.call(left, code2)) left[code2] = [];
        const value2 = right[code2];
        constructs(
          // @ts-expect-error Looks like a list.
          left[code2],
          Array.isArray(value2) ? value2 : value2 ? [value2] : []
        );
      }
    }
  }
}
function constructs(existing, list3) {
  let index2 = -1;
  const before = [];
  while (++index2 < list3.length) {
    ;
    (list3[index2].add === "after" ? existing : before).push(list3[index2]);
  }
  splice(existing, 0, 0, before);
}

// node_modules/micromark-util-decode-numeric-character-reference/index.js
function decodeNumericCharacterReference(value2, base) {
  const code2 = Number.parseInt(value2, base);
  if (
    // C0 except for HT, LF, FF, CR, space.
    code2 < 9 || code2 === 11 || code2 > 13 && code2 < 32 || // Control character (DEL) of C0, and C1 controls.
    code2 > 126 && code2 < 160 || // Lone high surrogates and low surrogates.
    code2 > 55295 && code2 < 57344 || // Noncharacters.
    code2 > 64975 && code2 < 65008 || /* eslint-disable no-bitwise */
    (code2 & 65535) === 65535 || (code2 & 65535) === 65534 || /* eslint-enable no-bitwise */
    // Out of range
    code2 > 1114111
  ) {
    return "\uFFFD";
  }
  return String.fromCodePoint(code2);
}

// node_modules/micromark-util-normalize-identifier/index.js
function normalizeIdentifier(value2) {
  return value2.replace(/[\t\n\r ]+/g, " ").replace(/^ | $/g, "").toLowerCase().toUpperCase();
}

// node_modules/micromark-util-character/index.js
var asciiAlpha = regexCheck(/[A-Za-z]/);
var asciiAlphanumeric = regexCheck(/[\dA-Za-z]/);
var asciiAtext = regexCheck(/[#-'*+\--9=?A-Z^-~]/);
function asciiControl(code2) {
  return (
    // Special whitespace codes (which have negative values), C0 and Control
    // character DEL
    code2 !== null && (code2 < 32 || code2 === 127)
  );
}
var asciiDigit = regexCheck(/\d/);
var asciiHexDigit = regexCheck(/[\dA-Fa-f]/);
var asciiPunctuation = regexCheck(/[!-/:-@[-`{-~]/);
function markdownLineEnding(code2) {
  return code2 !== null && code2 < -2;
}
function markdownLineEndingOrSpace(code2) {
  return code2 !== null && (code2 < 0 || code2 === 32);
}
function markdownSpace(code2) {
  return code2 === -2 || code2 === -1 || code2 === 32;
}
var unicodePunctuation = regexCheck(new RegExp("\\p{P}|\\p{S}", "u"));
var unicodeWhitespace = regexCheck(/\s/);
function regexCheck(regex) {
  return check;
  function check(code2) {
    return code2 !== null && code2 > -1 && regex.test(String.fromCharCode(code2));
  }
}

// node_modules/micromark-factory-space/index.js
function factorySpace(effects, ok3, type, max) {
  const limit = max ? max - 1 : Infinity;
  let size = 0;
  return start;
  function start(code2) {
    if (markdownSpace(code2)) {
      effects.enter(type);
      return prefix(code2);
    }
    return ok3(code2);
  }
  function prefix(code2) {
    if (markdownSpace(code2) && size++ < limit) {
      effects.consume(code2);
      return prefix;
    }
    effects.exit(type);
    return ok3(code2);
  }
}
function factorySpaceMinMax(effects, ok3, nok, type, min, max) {
  let size = 0;
  return start;
  function start(code2) {
    if (max > 0 && markdownSpace(code2)) {
      effects.enter(type);
      return prefix(code2);
    }
    return after(code2);
  }
  function prefix(code2) {
    if (markdownSpace(code2) && size < max) {
      effects.consume(code2);
      size++;
      return prefix;
    }
    effects.exit(type);
    return after(code2);
  }
  function after(code2) {
    return size >= min ? ok3(code2) : nok(code2);
  }
}

// node_modules/mdast-util-from-markdown/node_modules/micromark/lib/initialize/content.js
var content = {
  tokenize: initializeContent
};
function initializeContent(effects) {
  const contentStart = effects.attempt(this.parser.constructs.contentInitial, afterContentStartConstruct, paragraphInitial);
  let previous3;
  return contentStart;
  function afterContentStartConstruct(code2) {
    if (code2 === null) {
      effects.consume(code2);
      return;
    }
    effects.enter("lineEnding");
    effects.consume(code2);
    effects.exit("lineEnding");
    return factorySpace(effects, contentStart, "linePrefix");
  }
  function paragraphInitial(code2) {
    effects.enter("paragraph");
    return lineStart(code2);
  }
  function lineStart(code2) {
    const token = effects.enter("chunkText", {
      contentType: "text",
      previous: previous3
    });
    if (previous3) {
      previous3.next = token;
    }
    previous3 = token;
    return data(code2);
  }
  function data(code2) {
    if (code2 === null) {
      effects.exit("chunkText");
      effects.exit("paragraph");
      effects.consume(code2);
      return;
    }
    if (markdownLineEnding(code2)) {
      effects.consume(code2);
      effects.exit("chunkText");
      return lineStart;
    }
    effects.consume(code2);
    return data;
  }
}

// node_modules/mdast-util-from-markdown/node_modules/micromark/lib/initialize/document.js
var document = {
  tokenize: initializeDocument
};
var containerConstruct = {
  tokenize: tokenizeContainer
};
function initializeDocument(effects) {
  const self = this;
  const stack = [];
  let continued = 0;
  let childFlow;
  let childToken;
  let lineStartOffset;
  return start;
  function start(code2) {
    if (continued < stack.length) {
      const item = stack[continued];
      self.containerState = item[1];
      return effects.attempt(item[0].continuation, documentContinue, checkNewContainers)(code2);
    }
    return checkNewContainers(code2);
  }
  function documentContinue(code2) {
    continued++;
    if (self.containerState._closeFlow) {
      self.containerState._closeFlow = void 0;
      if (childFlow) {
        closeFlow();
      }
      const indexBeforeExits = self.events.length;
      let indexBeforeFlow = indexBeforeExits;
      let point3;
      while (indexBeforeFlow--) {
        if (self.events[indexBeforeFlow][0] === "exit" && self.events[indexBeforeFlow][1].type === "chunkFlow") {
          point3 = self.events[indexBeforeFlow][1].end;
          break;
        }
      }
      exitContainers(continued);
      let index2 = indexBeforeExits;
      while (index2 < self.events.length) {
        self.events[index2][1].end = {
          ...point3
        };
        index2++;
      }
      splice(self.events, indexBeforeFlow + 1, 0, self.events.slice(indexBeforeExits));
      self.events.length = index2;
      return checkNewContainers(code2);
    }
    return start(code2);
  }
  function checkNewContainers(code2) {
    if (continued === stack.length) {
      if (!childFlow) {
        return documentContinued(code2);
      }
      if (childFlow.currentConstruct && childFlow.currentConstruct.concrete) {
        return flowStart(code2);
      }
      self.interrupt = Boolean(childFlow.currentConstruct && !childFlow._gfmTableDynamicInterruptHack);
    }
    self.containerState = {};
    return effects.check(containerConstruct, thereIsANewContainer, thereIsNoNewContainer)(code2);
  }
  function thereIsANewContainer(code2) {
    if (childFlow) closeFlow();
    exitContainers(continued);
    return documentContinued(code2);
  }
  function thereIsNoNewContainer(code2) {
    self.parser.lazy[self.now().line] = continued !== stack.length;
    lineStartOffset = self.now().offset;
    return flowStart(code2);
  }
  function documentContinued(code2) {
    self.containerState = {};
    return effects.attempt(containerConstruct, containerContinue, flowStart)(code2);
  }
  function containerContinue(code2) {
    continued++;
    stack.push([self.currentConstruct, self.containerState]);
    return documentContinued(code2);
  }
  function flowStart(code2) {
    if (code2 === null) {
      if (childFlow) closeFlow();
      exitContainers(0);
      effects.consume(code2);
      return;
    }
    childFlow = childFlow || self.parser.flow(self.now());
    effects.enter("chunkFlow", {
      _tokenizer: childFlow,
      contentType: "flow",
      previous: childToken
    });
    return flowContinue(code2);
  }
  function flowContinue(code2) {
    if (code2 === null) {
      writeToChild(effects.exit("chunkFlow"), true);
      exitContainers(0);
      effects.consume(code2);
      return;
    }
    if (markdownLineEnding(code2)) {
      effects.consume(code2);
      writeToChild(effects.exit("chunkFlow"));
      continued = 0;
      self.interrupt = void 0;
      return start;
    }
    effects.consume(code2);
    return flowContinue;
  }
  function writeToChild(token, endOfFile) {
    const stream = self.sliceStream(token);
    if (endOfFile) stream.push(null);
    token.previous = childToken;
    if (childToken) childToken.next = token;
    childToken = token;
    childFlow.defineSkip(token.start);
    childFlow.write(stream);
    if (self.parser.lazy[token.start.line]) {
      let index2 = childFlow.events.length;
      while (index2--) {
        if (
          // The token starts before the line ending…
          childFlow.events[index2][1].start.offset < lineStartOffset && // …and either is not ended yet…
          (!childFlow.events[index2][1].end || // …or ends after it.
          childFlow.events[index2][1].end.offset > lineStartOffset)
        ) {
          return;
        }
      }
      const indexBeforeExits = self.events.length;
      let indexBeforeFlow = indexBeforeExits;
      let seen;
      let point3;
      while (indexBeforeFlow--) {
        if (self.events[indexBeforeFlow][0] === "exit" && self.events[indexBeforeFlow][1].type === "chunkFlow") {
          if (seen) {
            point3 = self.events[indexBeforeFlow][1].end;
            break;
          }
          seen = true;
        }
      }
      exitContainers(continued);
      index2 = indexBeforeExits;
      while (index2 < self.events.length) {
        self.events[index2][1].end = {
          ...point3
        };
        index2++;
      }
      splice(self.events, indexBeforeFlow + 1, 0, self.events.slice(indexBeforeExits));
      self.events.length = index2;
    }
  }
  function exitContainers(size) {
    let index2 = stack.length;
    while (index2-- > size) {
      const entry = stack[index2];
      self.containerState = entry[1];
      entry[0].exit.call(self, effects);
    }
    stack.length = size;
  }
  function closeFlow() {
    childFlow.write([null]);
    childToken = void 0;
    childFlow = void 0;
    self.containerState._closeFlow = void 0;
  }
}
function tokenizeContainer(effects, ok3, nok) {
  return factorySpace(effects, effects.attempt(this.parser.constructs.document, ok3, nok), "linePrefix", this.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4);
}

// node_modules/micromark-util-classify-character/index.js
function classifyCharacter(code2) {
  if (code2 === null || markdownLineEndingOrSpace(code2) || unicodeWhitespace(code2)) {
    return 1;
  }
  if (unicodePunctuation(code2)) {
    return 2;
  }
}

// node_modules/micromark-util-resolve-all/index.js
function resolveAll(constructs2, events, context) {
  const called = [];
  let index2 = -1;
  while (++index2 < constructs2.length) {
    const resolve5 = constructs2[index2].resolveAll;
    if (resolve5 && !called.includes(resolve5)) {
      events = resolve5(events, context);
      called.push(resolve5);
    }
  }
  return events;
}

// node_modules/micromark-core-commonmark/lib/attention.js
var attention = {
  name: "attention",
  resolveAll: resolveAllAttention,
  tokenize: tokenizeAttention
};
function resolveAllAttention(events, context) {
  let index2 = -1;
  let nextEvents;
  while (++index2 < events.length) {
    if (events[index2][0] === "enter" && events[index2][1].type === "attentionSequence" && events[index2][1]._close) {
      let open = index2;
      while (open--) {
        if (events[open][0] === "exit" && events[open][1].type === "attentionSequence" && events[open][1]._open && // If the markers are the same:
        context.sliceSerialize(events[open][1]).charCodeAt(0) === context.sliceSerialize(events[index2][1]).charCodeAt(0)) {
          if ((events[open][1]._close || events[index2][1]._open) && (events[index2][1].end.offset - events[index2][1].start.offset) % 3 && !((events[open][1].end.offset - events[open][1].start.offset + events[index2][1].end.offset - events[index2][1].start.offset) % 3)) {
            continue;
          }
          const use = events[open][1].end.offset - events[open][1].start.offset > 1 && events[index2][1].end.offset - events[index2][1].start.offset > 1 ? 2 : 1;
          const start = {
            ...events[open][1].end
          };
          const end = {
            ...events[index2][1].start
          };
          movePoint(start, -use);
          movePoint(end, use);
          const openingSequence = {
            type: use > 1 ? "strongSequence" : "emphasisSequence",
            start,
            end: {
              ...events[open][1].end
            }
          };
          const closingSequence = {
            type: use > 1 ? "strongSequence" : "emphasisSequence",
            start: {
              ...events[index2][1].start
            },
            end
          };
          const text4 = {
            type: use > 1 ? "strongText" : "emphasisText",
            start: {
              ...events[open][1].end
            },
            end: {
              ...events[index2][1].start
            }
          };
          const group = {
            type: use > 1 ? "strong" : "emphasis",
            start: {
              ...openingSequence.start
            },
            end: {
              ...closingSequence.end
            }
          };
          events[open][1].end = {
            ...openingSequence.start
          };
          events[index2][1].start = {
            ...closingSequence.end
          };
          nextEvents = [];
          if (events[open][1].end.offset - events[open][1].start.offset) {
            nextEvents = push(nextEvents, [["enter", events[open][1], context], ["exit", events[open][1], context]]);
          }
          nextEvents = push(nextEvents, [["enter", group, context], ["enter", openingSequence, context], ["exit", openingSequence, context], ["enter", text4, context]]);
          nextEvents = push(nextEvents, resolveAll(context.parser.constructs.insideSpan.null, events.slice(open + 1, index2), context));
          nextEvents = push(nextEvents, [["exit", text4, context], ["enter", closingSequence, context], ["exit", closingSequence, context], ["exit", group, context]]);
          let offset = 0;
          if (events[index2][1].end.offset - events[index2][1].start.offset) {
            offset = 2;
            nextEvents = push(nextEvents, [["enter", events[index2][1], context], ["exit", events[index2][1], context]]);
          }
          splice(events, open - 1, index2 - open + 3, nextEvents);
          index2 = open + nextEvents.length - offset - 2;
          break;
        }
      }
    }
  }
  index2 = -1;
  while (++index2 < events.length) {
    if (events[index2][1].type === "attentionSequence") {
      events[index2][1].type = "data";
    }
  }
  return events;
}
function tokenizeAttention(effects, ok3) {
  const attentionMarkers2 = this.parser.constructs.attentionMarkers.null;
  const previous3 = this.previous;
  const before = classifyCharacter(previous3);
  let marker;
  return start;
  function start(code2) {
    marker = code2;
    effects.enter("attentionSequence");
    return inside(code2);
  }
  function inside(code2) {
    if (code2 === marker) {
      effects.consume(code2);
      return inside;
    }
    const token = effects.exit("attentionSequence");
    const after = classifyCharacter(code2);
    const open = !after || after === 2 && before || attentionMarkers2.includes(code2) && code2 !== 42 && code2 !== 95;
    const close2 = !before || before === 2 && after || attentionMarkers2.includes(previous3) && previous3 !== 42 && previous3 !== 95;
    token._open = Boolean(marker === 42 ? open : open && (before || !close2));
    token._close = Boolean(marker === 42 ? close2 : close2 && (after || !open));
    return ok3(code2);
  }
}
function movePoint(point3, offset) {
  point3.column += offset;
  point3.offset += offset;
  point3._bufferIndex += offset;
}

// node_modules/micromark-core-commonmark/lib/autolink.js
var autolink = {
  name: "autolink",
  tokenize: tokenizeAutolink
};
function tokenizeAutolink(effects, ok3, nok) {
  let size = 0;
  return start;
  function start(code2) {
    effects.enter("autolink");
    effects.enter("autolinkMarker");
    effects.consume(code2);
    effects.exit("autolinkMarker");
    effects.enter("autolinkProtocol");
    return open;
  }
  function open(code2) {
    if (asciiAlpha(code2)) {
      effects.consume(code2);
      return schemeOrEmailAtext;
    }
    if (code2 === 64) {
      return nok(code2);
    }
    return emailAtext(code2);
  }
  function schemeOrEmailAtext(code2) {
    if (code2 === 43 || code2 === 45 || code2 === 46 || asciiAlphanumeric(code2)) {
      size = 1;
      return schemeInsideOrEmailAtext(code2);
    }
    return emailAtext(code2);
  }
  function schemeInsideOrEmailAtext(code2) {
    if (code2 === 58) {
      effects.consume(code2);
      size = 0;
      return urlInside;
    }
    if ((code2 === 43 || code2 === 45 || code2 === 46 || asciiAlphanumeric(code2)) && size++ < 32) {
      effects.consume(code2);
      return schemeInsideOrEmailAtext;
    }
    size = 0;
    return emailAtext(code2);
  }
  function urlInside(code2) {
    if (code2 === 62) {
      effects.exit("autolinkProtocol");
      effects.enter("autolinkMarker");
      effects.consume(code2);
      effects.exit("autolinkMarker");
      effects.exit("autolink");
      return ok3;
    }
    if (code2 === null || code2 === 32 || code2 === 60 || asciiControl(code2)) {
      return nok(code2);
    }
    effects.consume(code2);
    return urlInside;
  }
  function emailAtext(code2) {
    if (code2 === 64) {
      effects.consume(code2);
      return emailAtSignOrDot;
    }
    if (asciiAtext(code2)) {
      effects.consume(code2);
      return emailAtext;
    }
    return nok(code2);
  }
  function emailAtSignOrDot(code2) {
    return asciiAlphanumeric(code2) ? emailLabel(code2) : nok(code2);
  }
  function emailLabel(code2) {
    if (code2 === 46) {
      effects.consume(code2);
      size = 0;
      return emailAtSignOrDot;
    }
    if (code2 === 62) {
      effects.exit("autolinkProtocol").type = "autolinkEmail";
      effects.enter("autolinkMarker");
      effects.consume(code2);
      effects.exit("autolinkMarker");
      effects.exit("autolink");
      return ok3;
    }
    return emailValue(code2);
  }
  function emailValue(code2) {
    if ((code2 === 45 || asciiAlphanumeric(code2)) && size++ < 63) {
      const next = code2 === 45 ? emailValue : emailLabel;
      effects.consume(code2);
      return next;
    }
    return nok(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/blank-line.js
var blankLine = {
  partial: true,
  tokenize: tokenizeBlankLine
};
function tokenizeBlankLine(effects, ok3, nok) {
  return start;
  function start(code2) {
    return markdownSpace(code2) ? factorySpace(effects, after, "linePrefix")(code2) : after(code2);
  }
  function after(code2) {
    return code2 === null || markdownLineEnding(code2) ? ok3(code2) : nok(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/block-quote.js
var blockQuote = {
  continuation: {
    tokenize: tokenizeBlockQuoteContinuation
  },
  exit,
  name: "blockQuote",
  tokenize: tokenizeBlockQuoteStart
};
function tokenizeBlockQuoteStart(effects, ok3, nok) {
  const self = this;
  return start;
  function start(code2) {
    if (code2 === 62) {
      const state = self.containerState;
      if (!state.open) {
        effects.enter("blockQuote", {
          _container: true
        });
        state.open = true;
      }
      effects.enter("blockQuotePrefix");
      effects.enter("blockQuoteMarker");
      effects.consume(code2);
      effects.exit("blockQuoteMarker");
      return after;
    }
    return nok(code2);
  }
  function after(code2) {
    if (markdownSpace(code2)) {
      effects.enter("blockQuotePrefixWhitespace");
      effects.consume(code2);
      effects.exit("blockQuotePrefixWhitespace");
      effects.exit("blockQuotePrefix");
      return ok3;
    }
    effects.exit("blockQuotePrefix");
    return ok3(code2);
  }
}
function tokenizeBlockQuoteContinuation(effects, ok3, nok) {
  const self = this;
  return contStart;
  function contStart(code2) {
    if (markdownSpace(code2)) {
      return factorySpace(effects, contBefore, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code2);
    }
    return contBefore(code2);
  }
  function contBefore(code2) {
    return effects.attempt(blockQuote, ok3, nok)(code2);
  }
}
function exit(effects) {
  effects.exit("blockQuote");
}

// node_modules/micromark-core-commonmark/lib/character-escape.js
var characterEscape = {
  name: "characterEscape",
  tokenize: tokenizeCharacterEscape
};
function tokenizeCharacterEscape(effects, ok3, nok) {
  return start;
  function start(code2) {
    effects.enter("characterEscape");
    effects.enter("escapeMarker");
    effects.consume(code2);
    effects.exit("escapeMarker");
    return inside;
  }
  function inside(code2) {
    if (asciiPunctuation(code2)) {
      effects.enter("characterEscapeValue");
      effects.consume(code2);
      effects.exit("characterEscapeValue");
      effects.exit("characterEscape");
      return ok3;
    }
    return nok(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/character-reference.js
var characterReference = {
  name: "characterReference",
  tokenize: tokenizeCharacterReference
};
function tokenizeCharacterReference(effects, ok3, nok) {
  const self = this;
  let size = 0;
  let max;
  let test;
  return start;
  function start(code2) {
    effects.enter("characterReference");
    effects.enter("characterReferenceMarker");
    effects.consume(code2);
    effects.exit("characterReferenceMarker");
    return open;
  }
  function open(code2) {
    if (code2 === 35) {
      effects.enter("characterReferenceMarkerNumeric");
      effects.consume(code2);
      effects.exit("characterReferenceMarkerNumeric");
      return numeric;
    }
    effects.enter("characterReferenceValue");
    max = 31;
    test = asciiAlphanumeric;
    return value2(code2);
  }
  function numeric(code2) {
    if (code2 === 88 || code2 === 120) {
      effects.enter("characterReferenceMarkerHexadecimal");
      effects.consume(code2);
      effects.exit("characterReferenceMarkerHexadecimal");
      effects.enter("characterReferenceValue");
      max = 6;
      test = asciiHexDigit;
      return value2;
    }
    effects.enter("characterReferenceValue");
    max = 7;
    test = asciiDigit;
    return value2(code2);
  }
  function value2(code2) {
    if (code2 === 59 && size) {
      const token = effects.exit("characterReferenceValue");
      if (test === asciiAlphanumeric && !decodeNamedCharacterReference(self.sliceSerialize(token))) {
        return nok(code2);
      }
      effects.enter("characterReferenceMarker");
      effects.consume(code2);
      effects.exit("characterReferenceMarker");
      effects.exit("characterReference");
      return ok3;
    }
    if (test(code2) && size++ < max) {
      effects.consume(code2);
      return value2;
    }
    return nok(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/partial-non-lazy-continuation.js
var nonLazyContinuation = {
  partial: true,
  tokenize: tokenizeNonLazyContinuation
};
function tokenizeNonLazyContinuation(effects, ok3, nok) {
  const self = this;
  return start;
  function start(code2) {
    if (code2 === null) {
      return nok(code2);
    }
    effects.enter("lineEnding");
    effects.consume(code2);
    effects.exit("lineEnding");
    return after;
  }
  function after(code2) {
    return self.parser.lazy[self.now().line] ? nok(code2) : ok3(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/code-fenced.js
var codeFenced = {
  concrete: true,
  name: "codeFenced",
  tokenize: tokenizeCodeFenced
};
function tokenizeCodeFenced(effects, ok3, nok) {
  const self = this;
  const closeStart = {
    partial: true,
    tokenize: tokenizeCloseStart
  };
  let initialPrefix = 0;
  let sizeOpen = 0;
  let marker;
  return start;
  function start(code2) {
    return beforeSequenceOpen(code2);
  }
  function beforeSequenceOpen(code2) {
    const tail = self.events[self.events.length - 1];
    initialPrefix = tail && tail[1].type === "linePrefix" ? tail[2].sliceSerialize(tail[1], true).length : 0;
    marker = code2;
    effects.enter("codeFenced");
    effects.enter("codeFencedFence");
    effects.enter("codeFencedFenceSequence");
    return sequenceOpen(code2);
  }
  function sequenceOpen(code2) {
    if (code2 === marker) {
      sizeOpen++;
      effects.consume(code2);
      return sequenceOpen;
    }
    if (sizeOpen < 3) {
      return nok(code2);
    }
    effects.exit("codeFencedFenceSequence");
    return markdownSpace(code2) ? factorySpace(effects, infoBefore, "whitespace")(code2) : infoBefore(code2);
  }
  function infoBefore(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("codeFencedFence");
      return self.interrupt ? ok3(code2) : effects.check(nonLazyContinuation, atNonLazyBreak, after)(code2);
    }
    effects.enter("codeFencedFenceInfo");
    effects.enter("chunkString", {
      contentType: "string"
    });
    return info(code2);
  }
  function info(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("chunkString");
      effects.exit("codeFencedFenceInfo");
      return infoBefore(code2);
    }
    if (markdownSpace(code2)) {
      effects.exit("chunkString");
      effects.exit("codeFencedFenceInfo");
      return factorySpace(effects, metaBefore, "whitespace")(code2);
    }
    if (code2 === 96 && code2 === marker) {
      return nok(code2);
    }
    effects.consume(code2);
    return info;
  }
  function metaBefore(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      return infoBefore(code2);
    }
    effects.enter("codeFencedFenceMeta");
    effects.enter("chunkString", {
      contentType: "string"
    });
    return meta(code2);
  }
  function meta(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("chunkString");
      effects.exit("codeFencedFenceMeta");
      return infoBefore(code2);
    }
    if (code2 === 96 && code2 === marker) {
      return nok(code2);
    }
    effects.consume(code2);
    return meta;
  }
  function atNonLazyBreak(code2) {
    return effects.attempt(closeStart, after, contentBefore)(code2);
  }
  function contentBefore(code2) {
    effects.enter("lineEnding");
    effects.consume(code2);
    effects.exit("lineEnding");
    return contentStart;
  }
  function contentStart(code2) {
    return initialPrefix > 0 && markdownSpace(code2) ? factorySpace(effects, beforeContentChunk, "linePrefix", initialPrefix + 1)(code2) : beforeContentChunk(code2);
  }
  function beforeContentChunk(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      return effects.check(nonLazyContinuation, atNonLazyBreak, after)(code2);
    }
    effects.enter("codeFlowValue");
    return contentChunk(code2);
  }
  function contentChunk(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("codeFlowValue");
      return beforeContentChunk(code2);
    }
    effects.consume(code2);
    return contentChunk;
  }
  function after(code2) {
    effects.exit("codeFenced");
    return ok3(code2);
  }
  function tokenizeCloseStart(effects2, ok4, nok2) {
    let size = 0;
    return startBefore;
    function startBefore(code2) {
      effects2.enter("lineEnding");
      effects2.consume(code2);
      effects2.exit("lineEnding");
      return start2;
    }
    function start2(code2) {
      effects2.enter("codeFencedFence");
      return markdownSpace(code2) ? factorySpace(effects2, beforeSequenceClose, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code2) : beforeSequenceClose(code2);
    }
    function beforeSequenceClose(code2) {
      if (code2 === marker) {
        effects2.enter("codeFencedFenceSequence");
        return sequenceClose(code2);
      }
      return nok2(code2);
    }
    function sequenceClose(code2) {
      if (code2 === marker) {
        size++;
        effects2.consume(code2);
        return sequenceClose;
      }
      if (size >= sizeOpen) {
        effects2.exit("codeFencedFenceSequence");
        return markdownSpace(code2) ? factorySpace(effects2, sequenceCloseAfter, "whitespace")(code2) : sequenceCloseAfter(code2);
      }
      return nok2(code2);
    }
    function sequenceCloseAfter(code2) {
      if (code2 === null || markdownLineEnding(code2)) {
        effects2.exit("codeFencedFence");
        return ok4(code2);
      }
      return nok2(code2);
    }
  }
}

// node_modules/micromark-core-commonmark/lib/code-indented.js
var codeIndented = {
  name: "codeIndented",
  tokenize: tokenizeCodeIndented
};
var furtherStart = {
  partial: true,
  tokenize: tokenizeFurtherStart
};
function tokenizeCodeIndented(effects, ok3, nok) {
  return start;
  function start(code2) {
    effects.enter("codeIndented");
    return factorySpaceMinMax(effects, atBreak, nok, "linePrefix", 4, 4)(code2);
  }
  function atBreak(code2) {
    if (code2 === null) {
      return after(code2);
    }
    if (markdownLineEnding(code2)) {
      return effects.attempt(furtherStart, atBreak, after)(code2);
    }
    effects.enter("codeFlowValue");
    return inside(code2);
  }
  function inside(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("codeFlowValue");
      return atBreak(code2);
    }
    effects.consume(code2);
    return inside;
  }
  function after(code2) {
    effects.exit("codeIndented");
    return ok3(code2);
  }
}
function tokenizeFurtherStart(effects, ok3, nok) {
  const self = this;
  return furtherStart2;
  function furtherStart2(code2) {
    if (self.parser.lazy[self.now().line]) {
      return nok(code2);
    }
    if (markdownLineEnding(code2)) {
      effects.enter("lineEnding");
      effects.consume(code2);
      effects.exit("lineEnding");
      return furtherStart2;
    }
    return factorySpaceMinMax(effects, ok3, onNotEnoughPrefix, "linePrefix", 4, 4)(code2);
  }
  function onNotEnoughPrefix(code2) {
    return markdownLineEnding(code2) ? furtherStart2(code2) : nok(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/code-text.js
var codeText = {
  name: "codeText",
  previous,
  resolve: resolveCodeText,
  tokenize: tokenizeCodeText
};
function resolveCodeText(events) {
  let tailExitIndex = events.length - 4;
  let headEnterIndex = 3;
  let index2;
  let enter;
  if ((events[headEnterIndex][1].type === "lineEnding" || events[headEnterIndex][1].type === "space") && (events[tailExitIndex][1].type === "lineEnding" || events[tailExitIndex][1].type === "space")) {
    index2 = headEnterIndex;
    while (++index2 < tailExitIndex) {
      if (events[index2][1].type === "codeTextData") {
        events[headEnterIndex][1].type = "codeTextPadding";
        events[tailExitIndex][1].type = "codeTextPadding";
        headEnterIndex += 2;
        tailExitIndex -= 2;
        break;
      }
    }
  }
  index2 = headEnterIndex - 1;
  tailExitIndex++;
  while (++index2 <= tailExitIndex) {
    if (enter === void 0) {
      if (index2 !== tailExitIndex && events[index2][1].type !== "lineEnding") {
        enter = index2;
      }
    } else if (index2 === tailExitIndex || events[index2][1].type === "lineEnding") {
      events[enter][1].type = "codeTextData";
      if (index2 !== enter + 2) {
        events[enter][1].end = events[index2 - 1][1].end;
        events.splice(enter + 2, index2 - enter - 2);
        tailExitIndex -= index2 - enter - 2;
        index2 = enter + 2;
      }
      enter = void 0;
    }
  }
  return events;
}
function previous(code2) {
  return code2 !== 96 || this.events[this.events.length - 1][1].type === "characterEscape";
}
function tokenizeCodeText(effects, ok3, nok) {
  const self = this;
  let sizeOpen = 0;
  let size;
  let token;
  return start;
  function start(code2) {
    effects.enter("codeText");
    effects.enter("codeTextSequence");
    return sequenceOpen(code2);
  }
  function sequenceOpen(code2) {
    if (code2 === 96) {
      effects.consume(code2);
      sizeOpen++;
      return sequenceOpen;
    }
    effects.exit("codeTextSequence");
    return between(code2);
  }
  function between(code2) {
    if (code2 === null) {
      return nok(code2);
    }
    if (code2 === 32) {
      effects.enter("space");
      effects.consume(code2);
      effects.exit("space");
      return between;
    }
    if (code2 === 96) {
      token = effects.enter("codeTextSequence");
      size = 0;
      return sequenceClose(code2);
    }
    if (markdownLineEnding(code2)) {
      effects.enter("lineEnding");
      effects.consume(code2);
      effects.exit("lineEnding");
      return between;
    }
    effects.enter("codeTextData");
    return data(code2);
  }
  function data(code2) {
    if (code2 === null || code2 === 32 || code2 === 96 || markdownLineEnding(code2)) {
      effects.exit("codeTextData");
      return between(code2);
    }
    effects.consume(code2);
    return data;
  }
  function sequenceClose(code2) {
    if (code2 === 96) {
      effects.consume(code2);
      size++;
      return sequenceClose;
    }
    if (size === sizeOpen) {
      effects.exit("codeTextSequence");
      effects.exit("codeText");
      return ok3(code2);
    }
    token.type = "codeTextData";
    return data(code2);
  }
}

// node_modules/micromark-util-subtokenize/lib/splice-buffer.js
var SpliceBuffer = class {
  /**
   * @param {ReadonlyArray<T> | null | undefined} [initial]
   *   Initial items (optional).
   * @returns
   *   Splice buffer.
   */
  constructor(initial) {
    this.left = initial ? [...initial] : [];
    this.right = [];
  }
  /**
   * Array access;
   * does not move the cursor.
   *
   * @param {number} index
   *   Index.
   * @return {T}
   *   Item.
   */
  get(index2) {
    if (index2 < 0 || index2 >= this.left.length + this.right.length) {
      throw new RangeError("Cannot access index `" + index2 + "` in a splice buffer of size `" + (this.left.length + this.right.length) + "`");
    }
    if (index2 < this.left.length) return this.left[index2];
    return this.right[this.right.length - index2 + this.left.length - 1];
  }
  /**
   * The length of the splice buffer, one greater than the largest index in the
   * array.
   */
  get length() {
    return this.left.length + this.right.length;
  }
  /**
   * Remove and return `list[0]`;
   * moves the cursor to `0`.
   *
   * @returns {T | undefined}
   *   Item, optional.
   */
  shift() {
    this.setCursor(0);
    return this.right.pop();
  }
  /**
   * Slice the buffer to get an array;
   * does not move the cursor.
   *
   * @param {number} start
   *   Start.
   * @param {number | null | undefined} [end]
   *   End (optional).
   * @returns {Array<T>}
   *   Array of items.
   */
  slice(start, end) {
    const stop = end === null || end === void 0 ? Number.POSITIVE_INFINITY : end;
    if (stop < this.left.length) {
      return this.left.slice(start, stop);
    }
    if (start > this.left.length) {
      return this.right.slice(this.right.length - stop + this.left.length, this.right.length - start + this.left.length).reverse();
    }
    return this.left.slice(start).concat(this.right.slice(this.right.length - stop + this.left.length).reverse());
  }
  /**
   * Mimics the behavior of Array.prototype.splice() except for the change of
   * interface necessary to avoid segfaults when patching in very large arrays.
   *
   * This operation moves cursor is moved to `start` and results in the cursor
   * placed after any inserted items.
   *
   * @param {number} start
   *   Start;
   *   zero-based index at which to start changing the array;
   *   negative numbers count backwards from the end of the array and values
   *   that are out-of bounds are clamped to the appropriate end of the array.
   * @param {number | null | undefined} [deleteCount=0]
   *   Delete count (default: `0`);
   *   maximum number of elements to delete, starting from start.
   * @param {Array<T> | null | undefined} [items=[]]
   *   Items to include in place of the deleted items (default: `[]`).
   * @return {Array<T>}
   *   Any removed items.
   */
  splice(start, deleteCount, items) {
    const count = deleteCount || 0;
    this.setCursor(Math.trunc(start));
    const removed = this.right.splice(this.right.length - count, Number.POSITIVE_INFINITY);
    if (items) chunkedPush(this.left, items);
    return removed.reverse();
  }
  /**
   * Remove and return the highest-numbered item in the array, so
   * `list[list.length - 1]`;
   * Moves the cursor to `length`.
   *
   * @returns {T | undefined}
   *   Item, optional.
   */
  pop() {
    this.setCursor(Number.POSITIVE_INFINITY);
    return this.left.pop();
  }
  /**
   * Inserts a single item to the high-numbered side of the array;
   * moves the cursor to `length`.
   *
   * @param {T} item
   *   Item.
   * @returns {undefined}
   *   Nothing.
   */
  push(item) {
    this.setCursor(Number.POSITIVE_INFINITY);
    this.left.push(item);
  }
  /**
   * Inserts many items to the high-numbered side of the array.
   * Moves the cursor to `length`.
   *
   * @param {Array<T>} items
   *   Items.
   * @returns {undefined}
   *   Nothing.
   */
  pushMany(items) {
    this.setCursor(Number.POSITIVE_INFINITY);
    chunkedPush(this.left, items);
  }
  /**
   * Inserts a single item to the low-numbered side of the array;
   * Moves the cursor to `0`.
   *
   * @param {T} item
   *   Item.
   * @returns {undefined}
   *   Nothing.
   */
  unshift(item) {
    this.setCursor(0);
    this.right.push(item);
  }
  /**
   * Inserts many items to the low-numbered side of the array;
   * moves the cursor to `0`.
   *
   * @param {Array<T>} items
   *   Items.
   * @returns {undefined}
   *   Nothing.
   */
  unshiftMany(items) {
    this.setCursor(0);
    chunkedPush(this.right, items.reverse());
  }
  /**
   * Move the cursor to a specific position in the array. Requires
   * time proportional to the distance moved.
   *
   * If `n < 0`, the cursor will end up at the beginning.
   * If `n > length`, the cursor will end up at the end.
   *
   * @param {number} n
   *   Position.
   * @return {undefined}
   *   Nothing.
   */
  setCursor(n) {
    if (n === this.left.length || n > this.left.length && this.right.length === 0 || n < 0 && this.left.length === 0) return;
    if (n < this.left.length) {
      const removed = this.left.splice(n, Number.POSITIVE_INFINITY);
      chunkedPush(this.right, removed.reverse());
    } else {
      const removed = this.right.splice(this.left.length + this.right.length - n, Number.POSITIVE_INFINITY);
      chunkedPush(this.left, removed.reverse());
    }
  }
};
function chunkedPush(list3, right) {
  let chunkStart = 0;
  if (right.length < 1e4) {
    list3.push(...right);
  } else {
    while (chunkStart < right.length) {
      list3.push(...right.slice(chunkStart, chunkStart + 1e4));
      chunkStart += 1e4;
    }
  }
}

// node_modules/micromark-util-subtokenize/index.js
function subtokenize(eventsArray) {
  const jumps = {};
  let index2 = -1;
  let event;
  let lineIndex;
  let otherIndex;
  let otherEvent;
  let parameters;
  let subevents;
  let more;
  const events = new SpliceBuffer(eventsArray);
  while (++index2 < events.length) {
    while (index2 in jumps) {
      index2 = jumps[index2];
    }
    event = events.get(index2);
    if (index2 && event[1].type === "chunkFlow" && events.get(index2 - 1)[1].type === "listItemPrefix") {
      subevents = event[1]._tokenizer.events;
      otherIndex = 0;
      if (otherIndex < subevents.length && subevents[otherIndex][1].type === "lineEndingBlank") {
        otherIndex += 2;
      }
      if (otherIndex < subevents.length && subevents[otherIndex][1].type === "content") {
        while (++otherIndex < subevents.length) {
          if (subevents[otherIndex][1].type === "content") {
            break;
          }
          if (subevents[otherIndex][1].type === "chunkText") {
            subevents[otherIndex][1]._isInFirstContentOfListItem = true;
            otherIndex++;
          }
        }
      }
    }
    if (event[0] === "enter") {
      if (event[1].contentType) {
        Object.assign(jumps, subcontent(events, index2));
        index2 = jumps[index2];
        more = true;
      }
    } else if (event[1]._container) {
      otherIndex = index2;
      lineIndex = void 0;
      while (otherIndex--) {
        otherEvent = events.get(otherIndex);
        if (otherEvent[1].type === "lineEnding" || otherEvent[1].type === "lineEndingBlank") {
          if (otherEvent[0] === "enter") {
            if (lineIndex) {
              events.get(lineIndex)[1].type = "lineEndingBlank";
            }
            otherEvent[1].type = "lineEnding";
            lineIndex = otherIndex;
          }
        } else if (otherEvent[1].type === "linePrefix" || otherEvent[1].type === "listItemIndent") {
        } else {
          break;
        }
      }
      if (lineIndex) {
        event[1].end = {
          ...events.get(lineIndex)[1].start
        };
        parameters = events.slice(lineIndex, index2);
        parameters.unshift(event);
        events.splice(lineIndex, index2 - lineIndex + 1, parameters);
      }
    }
  }
  splice(eventsArray, 0, Number.POSITIVE_INFINITY, events.slice(0));
  return !more;
}
function subcontent(events, eventIndex) {
  const token = events.get(eventIndex)[1];
  const context = events.get(eventIndex)[2];
  let startPosition = eventIndex - 1;
  const startPositions = [];
  let tokenizer = token._tokenizer;
  if (!tokenizer) {
    tokenizer = context.parser[token.contentType](token.start);
    if (token._contentTypeTextTrailing) {
      tokenizer._contentTypeTextTrailing = true;
    }
  }
  const childEvents = tokenizer.events;
  const jumps = [];
  const gaps = {};
  let stream;
  let previous3;
  let index2 = -1;
  let current = token;
  let adjust = 0;
  let start = 0;
  const breaks = [start];
  while (current) {
    while (events.get(++startPosition)[1] !== current) {
    }
    startPositions.push(startPosition);
    if (!current._tokenizer) {
      stream = context.sliceStream(current);
      if (!current.next) {
        stream.push(null);
      }
      if (previous3) {
        tokenizer.defineSkip(current.start);
      }
      if (current._isInFirstContentOfListItem) {
        tokenizer._gfmTasklistFirstContentOfListItem = true;
      }
      tokenizer.write(stream);
      if (current._isInFirstContentOfListItem) {
        tokenizer._gfmTasklistFirstContentOfListItem = void 0;
      }
    }
    previous3 = current;
    current = current.next;
  }
  current = token;
  while (++index2 < childEvents.length) {
    if (
      // Find a void token that includes a break.
      childEvents[index2][0] === "exit" && childEvents[index2 - 1][0] === "enter" && childEvents[index2][1].type === childEvents[index2 - 1][1].type && childEvents[index2][1].start.line !== childEvents[index2][1].end.line
    ) {
      start = index2 + 1;
      breaks.push(start);
      current._tokenizer = void 0;
      current.previous = void 0;
      current = current.next;
    }
  }
  tokenizer.events = [];
  if (current) {
    current._tokenizer = void 0;
    current.previous = void 0;
  } else {
    breaks.pop();
  }
  index2 = breaks.length;
  while (index2--) {
    const slice = childEvents.slice(breaks[index2], breaks[index2 + 1]);
    const start2 = startPositions.pop();
    jumps.push([start2, start2 + slice.length - 1]);
    events.splice(start2, 2, slice);
  }
  jumps.reverse();
  index2 = -1;
  while (++index2 < jumps.length) {
    gaps[adjust + jumps[index2][0]] = adjust + jumps[index2][1];
    adjust += jumps[index2][1] - jumps[index2][0] - 1;
  }
  return gaps;
}

// node_modules/micromark-core-commonmark/lib/content.js
var content2 = {
  resolve: resolveContent,
  tokenize: tokenizeContent
};
var continuationConstruct = {
  partial: true,
  tokenize: tokenizeContinuation
};
function resolveContent(events) {
  subtokenize(events);
  return events;
}
function tokenizeContent(effects, ok3) {
  let previous3;
  return chunkStart;
  function chunkStart(code2) {
    effects.enter("content");
    previous3 = effects.enter("chunkContent", {
      contentType: "content"
    });
    return chunkInside(code2);
  }
  function chunkInside(code2) {
    if (code2 === null) {
      return contentEnd(code2);
    }
    if (markdownLineEnding(code2)) {
      return effects.check(continuationConstruct, contentContinue, contentEnd)(code2);
    }
    effects.consume(code2);
    return chunkInside;
  }
  function contentEnd(code2) {
    effects.exit("chunkContent");
    effects.exit("content");
    return ok3(code2);
  }
  function contentContinue(code2) {
    effects.consume(code2);
    effects.exit("chunkContent");
    previous3.next = effects.enter("chunkContent", {
      contentType: "content",
      previous: previous3
    });
    previous3 = previous3.next;
    return chunkInside;
  }
}
function tokenizeContinuation(effects, ok3, nok) {
  const self = this;
  return startLookahead;
  function startLookahead(code2) {
    effects.exit("chunkContent");
    effects.enter("lineEnding");
    effects.consume(code2);
    effects.exit("lineEnding");
    return factorySpace(effects, prefixed, "linePrefix");
  }
  function prefixed(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      return nok(code2);
    }
    const tail = self.events[self.events.length - 1];
    if (!self.parser.constructs.disable.null.includes("codeIndented") && tail && tail[1].type === "linePrefix" && tail[2].sliceSerialize(tail[1], true).length >= 4) {
      return ok3(code2);
    }
    return effects.interrupt(self.parser.constructs.flow, nok, ok3)(code2);
  }
}

// node_modules/micromark-factory-destination/index.js
function factoryDestination(effects, ok3, nok, type, literalType, literalMarkerType, rawType, stringType, max) {
  const limit = max || Number.POSITIVE_INFINITY;
  let balance = 0;
  return start;
  function start(code2) {
    if (code2 === 60) {
      effects.enter(type);
      effects.enter(literalType);
      effects.enter(literalMarkerType);
      effects.consume(code2);
      effects.exit(literalMarkerType);
      return enclosedBefore;
    }
    if (code2 === null || code2 === 32 || code2 === 41 || asciiControl(code2)) {
      return nok(code2);
    }
    effects.enter(type);
    effects.enter(rawType);
    effects.enter(stringType);
    effects.enter("chunkString", {
      contentType: "string"
    });
    return raw(code2);
  }
  function enclosedBefore(code2) {
    if (code2 === 62) {
      effects.enter(literalMarkerType);
      effects.consume(code2);
      effects.exit(literalMarkerType);
      effects.exit(literalType);
      effects.exit(type);
      return ok3;
    }
    effects.enter(stringType);
    effects.enter("chunkString", {
      contentType: "string"
    });
    return enclosed(code2);
  }
  function enclosed(code2) {
    if (code2 === 62) {
      effects.exit("chunkString");
      effects.exit(stringType);
      return enclosedBefore(code2);
    }
    if (code2 === null || code2 === 60 || markdownLineEnding(code2)) {
      return nok(code2);
    }
    effects.consume(code2);
    return code2 === 92 ? enclosedEscape : enclosed;
  }
  function enclosedEscape(code2) {
    if (code2 === 60 || code2 === 62 || code2 === 92) {
      effects.consume(code2);
      return enclosed;
    }
    return enclosed(code2);
  }
  function raw(code2) {
    if (!balance && (code2 === null || code2 === 41 || markdownLineEndingOrSpace(code2))) {
      effects.exit("chunkString");
      effects.exit(stringType);
      effects.exit(rawType);
      effects.exit(type);
      return ok3(code2);
    }
    if (balance < limit && code2 === 40) {
      effects.consume(code2);
      balance++;
      return raw;
    }
    if (code2 === 41) {
      effects.consume(code2);
      balance--;
      return raw;
    }
    if (code2 === null || code2 === 32 || code2 === 40 || asciiControl(code2)) {
      return nok(code2);
    }
    effects.consume(code2);
    return code2 === 92 ? rawEscape : raw;
  }
  function rawEscape(code2) {
    if (code2 === 40 || code2 === 41 || code2 === 92) {
      effects.consume(code2);
      return raw;
    }
    return raw(code2);
  }
}

// node_modules/micromark-factory-label/index.js
function factoryLabel(effects, ok3, nok, type, markerType, stringType) {
  const self = this;
  let size = 0;
  let seen;
  return start;
  function start(code2) {
    effects.enter(type);
    effects.enter(markerType);
    effects.consume(code2);
    effects.exit(markerType);
    effects.enter(stringType);
    return atBreak;
  }
  function atBreak(code2) {
    if (size > 999 || code2 === null || code2 === 91 || code2 === 93 && !seen || // To do: remove in the future once we’ve switched from
    // `micromark-extension-footnote` to `micromark-extension-gfm-footnote`,
    // which doesn’t need this.
    // Hidden footnotes hook.
    /* c8 ignore next 3 */
    code2 === 94 && !size && "_hiddenFootnoteSupport" in self.parser.constructs) {
      return nok(code2);
    }
    if (code2 === 93) {
      effects.exit(stringType);
      effects.enter(markerType);
      effects.consume(code2);
      effects.exit(markerType);
      effects.exit(type);
      return ok3;
    }
    if (markdownLineEnding(code2)) {
      effects.enter("lineEnding");
      effects.consume(code2);
      effects.exit("lineEnding");
      return atBreak;
    }
    effects.enter("chunkString", {
      contentType: "string"
    });
    return labelInside(code2);
  }
  function labelInside(code2) {
    if (code2 === null || code2 === 91 || code2 === 93 || markdownLineEnding(code2) || size++ > 999) {
      effects.exit("chunkString");
      return atBreak(code2);
    }
    effects.consume(code2);
    if (!seen) seen = !markdownSpace(code2);
    return code2 === 92 ? labelEscape : labelInside;
  }
  function labelEscape(code2) {
    if (code2 === 91 || code2 === 92 || code2 === 93) {
      effects.consume(code2);
      size++;
      return labelInside;
    }
    return labelInside(code2);
  }
}

// node_modules/micromark-factory-title/index.js
function factoryTitle(effects, ok3, nok, type, markerType, stringType) {
  let marker;
  return start;
  function start(code2) {
    if (code2 === 34 || code2 === 39 || code2 === 40) {
      effects.enter(type);
      effects.enter(markerType);
      effects.consume(code2);
      effects.exit(markerType);
      marker = code2 === 40 ? 41 : code2;
      return begin;
    }
    return nok(code2);
  }
  function begin(code2) {
    if (code2 === marker) {
      effects.enter(markerType);
      effects.consume(code2);
      effects.exit(markerType);
      effects.exit(type);
      return ok3;
    }
    effects.enter(stringType);
    return atBreak(code2);
  }
  function atBreak(code2) {
    if (code2 === marker) {
      effects.exit(stringType);
      return begin(marker);
    }
    if (code2 === null) {
      return nok(code2);
    }
    if (markdownLineEnding(code2)) {
      effects.enter("lineEnding");
      effects.consume(code2);
      effects.exit("lineEnding");
      return factorySpace(effects, atBreak, "linePrefix");
    }
    effects.enter("chunkString", {
      contentType: "string"
    });
    return inside(code2);
  }
  function inside(code2) {
    if (code2 === marker || code2 === null || markdownLineEnding(code2)) {
      effects.exit("chunkString");
      return atBreak(code2);
    }
    effects.consume(code2);
    return code2 === 92 ? escape2 : inside;
  }
  function escape2(code2) {
    if (code2 === marker || code2 === 92) {
      effects.consume(code2);
      return inside;
    }
    return inside(code2);
  }
}

// node_modules/micromark-factory-whitespace/index.js
function factoryWhitespace(effects, ok3) {
  let seen;
  return start;
  function start(code2) {
    if (markdownLineEnding(code2)) {
      effects.enter("lineEnding");
      effects.consume(code2);
      effects.exit("lineEnding");
      seen = true;
      return start;
    }
    if (markdownSpace(code2)) {
      return factorySpace(effects, start, seen ? "linePrefix" : "lineSuffix")(code2);
    }
    return ok3(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/definition.js
var definition = {
  name: "definition",
  tokenize: tokenizeDefinition
};
var titleBefore = {
  partial: true,
  tokenize: tokenizeTitleBefore
};
function tokenizeDefinition(effects, ok3, nok) {
  const self = this;
  let identifier;
  return start;
  function start(code2) {
    effects.enter("definition");
    return before(code2);
  }
  function before(code2) {
    return factoryLabel.call(
      self,
      effects,
      labelAfter,
      // Note: we don’t need to reset the way `markdown-rs` does.
      nok,
      "definitionLabel",
      "definitionLabelMarker",
      "definitionLabelString"
    )(code2);
  }
  function labelAfter(code2) {
    identifier = normalizeIdentifier(self.sliceSerialize(self.events[self.events.length - 1][1]).slice(1, -1));
    if (code2 === 58) {
      effects.enter("definitionMarker");
      effects.consume(code2);
      effects.exit("definitionMarker");
      return markerAfter;
    }
    return nok(code2);
  }
  function markerAfter(code2) {
    return markdownLineEndingOrSpace(code2) ? factoryWhitespace(effects, destinationBefore)(code2) : destinationBefore(code2);
  }
  function destinationBefore(code2) {
    return factoryDestination(
      effects,
      destinationAfter,
      // Note: we don’t need to reset the way `markdown-rs` does.
      nok,
      "definitionDestination",
      "definitionDestinationLiteral",
      "definitionDestinationLiteralMarker",
      "definitionDestinationRaw",
      "definitionDestinationString"
    )(code2);
  }
  function destinationAfter(code2) {
    return effects.attempt(titleBefore, after, after)(code2);
  }
  function after(code2) {
    return markdownSpace(code2) ? factorySpace(effects, afterWhitespace, "whitespace")(code2) : afterWhitespace(code2);
  }
  function afterWhitespace(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("definition");
      self.parser.defined.push(identifier);
      return ok3(code2);
    }
    return nok(code2);
  }
}
function tokenizeTitleBefore(effects, ok3, nok) {
  return titleBefore2;
  function titleBefore2(code2) {
    return markdownLineEndingOrSpace(code2) ? factoryWhitespace(effects, beforeMarker)(code2) : nok(code2);
  }
  function beforeMarker(code2) {
    return factoryTitle(effects, titleAfter, nok, "definitionTitle", "definitionTitleMarker", "definitionTitleString")(code2);
  }
  function titleAfter(code2) {
    return markdownSpace(code2) ? factorySpace(effects, titleAfterOptionalWhitespace, "whitespace")(code2) : titleAfterOptionalWhitespace(code2);
  }
  function titleAfterOptionalWhitespace(code2) {
    return code2 === null || markdownLineEnding(code2) ? ok3(code2) : nok(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/hard-break-escape.js
var hardBreakEscape = {
  name: "hardBreakEscape",
  tokenize: tokenizeHardBreakEscape
};
function tokenizeHardBreakEscape(effects, ok3, nok) {
  return start;
  function start(code2) {
    effects.enter("hardBreakEscape");
    effects.consume(code2);
    return after;
  }
  function after(code2) {
    if (markdownLineEnding(code2)) {
      effects.exit("hardBreakEscape");
      return ok3(code2);
    }
    return nok(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/heading-atx.js
var headingAtx = {
  name: "headingAtx",
  resolve: resolveHeadingAtx,
  tokenize: tokenizeHeadingAtx
};
function resolveHeadingAtx(events, context) {
  let contentEnd = events.length - 2;
  let contentStart = 3;
  if (events[contentStart][1].type === "whitespace") {
    contentStart += 2;
  }
  if (contentEnd - 2 > contentStart && events[contentEnd][1].type === "whitespace") {
    contentEnd -= 2;
  }
  if (events[contentEnd][1].type === "atxHeadingSequence" && (contentStart === contentEnd - 1 || contentEnd - 4 > contentStart && events[contentEnd - 2][1].type === "whitespace")) {
    contentEnd -= contentStart + 1 === contentEnd ? 2 : 4;
  }
  if (contentEnd > contentStart) {
    const content3 = {
      type: "atxHeadingText",
      start: events[contentStart][1].start,
      end: events[contentEnd][1].end
    };
    const text4 = {
      type: "chunkText",
      start: events[contentStart][1].start,
      end: events[contentEnd][1].end,
      contentType: "text"
    };
    splice(events, contentStart, contentEnd - contentStart + 1, [["enter", content3, context], ["enter", text4, context], ["exit", text4, context], ["exit", content3, context]]);
  }
  return events;
}
function tokenizeHeadingAtx(effects, ok3, nok) {
  let size = 0;
  return start;
  function start(code2) {
    effects.enter("atxHeading");
    return before(code2);
  }
  function before(code2) {
    effects.enter("atxHeadingSequence");
    return sequenceOpen(code2);
  }
  function sequenceOpen(code2) {
    if (code2 === 35 && size++ < 6) {
      effects.consume(code2);
      return sequenceOpen;
    }
    if (code2 === null || markdownLineEndingOrSpace(code2)) {
      effects.exit("atxHeadingSequence");
      return atBreak(code2);
    }
    return nok(code2);
  }
  function atBreak(code2) {
    if (code2 === 35) {
      effects.enter("atxHeadingSequence");
      return sequenceFurther(code2);
    }
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("atxHeading");
      return ok3(code2);
    }
    if (markdownSpace(code2)) {
      return factorySpace(effects, atBreak, "whitespace")(code2);
    }
    effects.enter("atxHeadingText");
    return data(code2);
  }
  function sequenceFurther(code2) {
    if (code2 === 35) {
      effects.consume(code2);
      return sequenceFurther;
    }
    effects.exit("atxHeadingSequence");
    return atBreak(code2);
  }
  function data(code2) {
    if (code2 === null || code2 === 35 || markdownLineEndingOrSpace(code2)) {
      effects.exit("atxHeadingText");
      return atBreak(code2);
    }
    effects.consume(code2);
    return data;
  }
}

// node_modules/micromark-util-html-tag-name/index.js
var htmlBlockNames = [
  "address",
  "article",
  "aside",
  "base",
  "basefont",
  "blockquote",
  "body",
  "caption",
  "center",
  "col",
  "colgroup",
  "dd",
  "details",
  "dialog",
  "dir",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "frame",
  "frameset",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "head",
  "header",
  "hr",
  "html",
  "iframe",
  "legend",
  "li",
  "link",
  "main",
  "menu",
  "menuitem",
  "nav",
  "noframes",
  "ol",
  "optgroup",
  "option",
  "p",
  "param",
  "search",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "title",
  "tr",
  "track",
  "ul"
];
var htmlRawNames = ["pre", "script", "style", "textarea"];

// node_modules/micromark-core-commonmark/lib/html-flow.js
var htmlFlow = {
  concrete: true,
  name: "htmlFlow",
  resolveTo: resolveToHtmlFlow,
  tokenize: tokenizeHtmlFlow
};
var blankLineBefore = {
  partial: true,
  tokenize: tokenizeBlankLineBefore
};
function resolveToHtmlFlow(events) {
  let index2 = events.length;
  while (index2--) {
    if (events[index2][0] === "enter" && events[index2][1].type === "htmlFlow") {
      break;
    }
  }
  if (index2 > 1 && events[index2 - 2][1].type === "linePrefix") {
    events[index2][1].start = events[index2 - 2][1].start;
    events[index2 + 1][1].start = events[index2 - 2][1].start;
    events.splice(index2 - 2, 2);
  }
  return events;
}
function tokenizeHtmlFlow(effects, ok3, nok) {
  const self = this;
  let marker;
  let closingTag;
  let buffer;
  let index2;
  let markerB;
  return start;
  function start(code2) {
    return before(code2);
  }
  function before(code2) {
    effects.enter("htmlFlow");
    effects.enter("htmlFlowData");
    effects.consume(code2);
    return open;
  }
  function open(code2) {
    if (code2 === 33) {
      effects.consume(code2);
      return declarationOpen;
    }
    if (code2 === 47) {
      effects.consume(code2);
      closingTag = true;
      return tagCloseStart;
    }
    if (code2 === 63) {
      effects.consume(code2);
      marker = 3;
      return self.interrupt ? ok3 : continuationDeclarationInside;
    }
    if (asciiAlpha(code2)) {
      effects.consume(code2);
      buffer = String.fromCharCode(code2);
      return tagName;
    }
    return nok(code2);
  }
  function declarationOpen(code2) {
    if (code2 === 45) {
      effects.consume(code2);
      marker = 2;
      return commentOpenInside;
    }
    if (code2 === 91) {
      effects.consume(code2);
      marker = 5;
      index2 = 0;
      return cdataOpenInside;
    }
    if (asciiAlpha(code2)) {
      effects.consume(code2);
      marker = 4;
      return self.interrupt ? ok3 : continuationDeclarationInside;
    }
    return nok(code2);
  }
  function commentOpenInside(code2) {
    if (code2 === 45) {
      effects.consume(code2);
      return self.interrupt ? ok3 : continuationDeclarationInside;
    }
    return nok(code2);
  }
  function cdataOpenInside(code2) {
    const value2 = "CDATA[";
    if (code2 === value2.charCodeAt(index2++)) {
      effects.consume(code2);
      if (index2 === value2.length) {
        return self.interrupt ? ok3 : continuation;
      }
      return cdataOpenInside;
    }
    return nok(code2);
  }
  function tagCloseStart(code2) {
    if (asciiAlpha(code2)) {
      effects.consume(code2);
      buffer = String.fromCharCode(code2);
      return tagName;
    }
    return nok(code2);
  }
  function tagName(code2) {
    if (code2 === null || code2 === 47 || code2 === 62 || markdownLineEndingOrSpace(code2)) {
      const slash = code2 === 47;
      const name = buffer.toLowerCase();
      if (!slash && !closingTag && htmlRawNames.includes(name)) {
        marker = 1;
        return self.interrupt ? ok3(code2) : continuation(code2);
      }
      if (htmlBlockNames.includes(buffer.toLowerCase())) {
        marker = 6;
        if (slash) {
          effects.consume(code2);
          return basicSelfClosing;
        }
        return self.interrupt ? ok3(code2) : continuation(code2);
      }
      marker = 7;
      return self.interrupt && !self.parser.lazy[self.now().line] ? nok(code2) : closingTag ? completeClosingTagAfter(code2) : completeAttributeNameBefore(code2);
    }
    if (code2 === 45 || asciiAlphanumeric(code2)) {
      effects.consume(code2);
      buffer += String.fromCharCode(code2);
      return tagName;
    }
    return nok(code2);
  }
  function basicSelfClosing(code2) {
    if (code2 === 62) {
      effects.consume(code2);
      return self.interrupt ? ok3 : continuation;
    }
    return nok(code2);
  }
  function completeClosingTagAfter(code2) {
    if (markdownSpace(code2)) {
      effects.consume(code2);
      return completeClosingTagAfter;
    }
    return completeEnd(code2);
  }
  function completeAttributeNameBefore(code2) {
    if (code2 === 47) {
      effects.consume(code2);
      return completeEnd;
    }
    if (code2 === 58 || code2 === 95 || asciiAlpha(code2)) {
      effects.consume(code2);
      return completeAttributeName;
    }
    if (markdownSpace(code2)) {
      effects.consume(code2);
      return completeAttributeNameBefore;
    }
    return completeEnd(code2);
  }
  function completeAttributeName(code2) {
    if (code2 === 45 || code2 === 46 || code2 === 58 || code2 === 95 || asciiAlphanumeric(code2)) {
      effects.consume(code2);
      return completeAttributeName;
    }
    return completeAttributeNameAfter(code2);
  }
  function completeAttributeNameAfter(code2) {
    if (code2 === 61) {
      effects.consume(code2);
      return completeAttributeValueBefore;
    }
    if (markdownSpace(code2)) {
      effects.consume(code2);
      return completeAttributeNameAfter;
    }
    return completeAttributeNameBefore(code2);
  }
  function completeAttributeValueBefore(code2) {
    if (code2 === null || code2 === 60 || code2 === 61 || code2 === 62 || code2 === 96) {
      return nok(code2);
    }
    if (code2 === 34 || code2 === 39) {
      effects.consume(code2);
      markerB = code2;
      return completeAttributeValueQuoted;
    }
    if (markdownSpace(code2)) {
      effects.consume(code2);
      return completeAttributeValueBefore;
    }
    return completeAttributeValueUnquoted(code2);
  }
  function completeAttributeValueQuoted(code2) {
    if (code2 === markerB) {
      effects.consume(code2);
      markerB = null;
      return completeAttributeValueQuotedAfter;
    }
    if (code2 === null || markdownLineEnding(code2)) {
      return nok(code2);
    }
    effects.consume(code2);
    return completeAttributeValueQuoted;
  }
  function completeAttributeValueUnquoted(code2) {
    if (code2 === null || code2 === 34 || code2 === 39 || code2 === 47 || code2 === 60 || code2 === 61 || code2 === 62 || code2 === 96 || markdownLineEndingOrSpace(code2)) {
      return completeAttributeNameAfter(code2);
    }
    effects.consume(code2);
    return completeAttributeValueUnquoted;
  }
  function completeAttributeValueQuotedAfter(code2) {
    if (code2 === 47 || code2 === 62 || markdownSpace(code2)) {
      return completeAttributeNameBefore(code2);
    }
    return nok(code2);
  }
  function completeEnd(code2) {
    if (code2 === 62) {
      effects.consume(code2);
      return completeAfter;
    }
    return nok(code2);
  }
  function completeAfter(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      return continuation(code2);
    }
    if (markdownSpace(code2)) {
      effects.consume(code2);
      return completeAfter;
    }
    return nok(code2);
  }
  function continuation(code2) {
    if (code2 === 45 && marker === 2) {
      effects.consume(code2);
      return continuationCommentInside;
    }
    if (code2 === 60 && marker === 1) {
      effects.consume(code2);
      return continuationRawTagOpen;
    }
    if (code2 === 62 && marker === 4) {
      effects.consume(code2);
      return continuationClose;
    }
    if (code2 === 63 && marker === 3) {
      effects.consume(code2);
      return continuationDeclarationInside;
    }
    if (code2 === 93 && marker === 5) {
      effects.consume(code2);
      return continuationCdataInside;
    }
    if (markdownLineEnding(code2) && (marker === 6 || marker === 7)) {
      effects.exit("htmlFlowData");
      return effects.check(blankLineBefore, continuationAfter, continuationStart)(code2);
    }
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("htmlFlowData");
      return continuationStart(code2);
    }
    effects.consume(code2);
    return continuation;
  }
  function continuationStart(code2) {
    return effects.check(nonLazyContinuation, continuationStartNonLazy, continuationAfter)(code2);
  }
  function continuationStartNonLazy(code2) {
    effects.enter("lineEnding");
    effects.consume(code2);
    effects.exit("lineEnding");
    return continuationBefore;
  }
  function continuationBefore(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      return continuationStart(code2);
    }
    effects.enter("htmlFlowData");
    return continuation(code2);
  }
  function continuationCommentInside(code2) {
    if (code2 === 45) {
      effects.consume(code2);
      return continuationDeclarationInside;
    }
    return continuation(code2);
  }
  function continuationRawTagOpen(code2) {
    if (code2 === 47) {
      effects.consume(code2);
      buffer = "";
      return continuationRawEndTag;
    }
    return continuation(code2);
  }
  function continuationRawEndTag(code2) {
    if (code2 === 62) {
      const name = buffer.toLowerCase();
      if (htmlRawNames.includes(name)) {
        effects.consume(code2);
        return continuationClose;
      }
      return continuation(code2);
    }
    if (asciiAlpha(code2) && buffer.length < 8) {
      effects.consume(code2);
      buffer += String.fromCharCode(code2);
      return continuationRawEndTag;
    }
    return continuation(code2);
  }
  function continuationCdataInside(code2) {
    if (code2 === 93) {
      effects.consume(code2);
      return continuationDeclarationInside;
    }
    return continuation(code2);
  }
  function continuationDeclarationInside(code2) {
    if (code2 === 62) {
      effects.consume(code2);
      return continuationClose;
    }
    if (code2 === 45 && marker === 2) {
      effects.consume(code2);
      return continuationDeclarationInside;
    }
    return continuation(code2);
  }
  function continuationClose(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("htmlFlowData");
      return continuationAfter(code2);
    }
    effects.consume(code2);
    return continuationClose;
  }
  function continuationAfter(code2) {
    effects.exit("htmlFlow");
    return ok3(code2);
  }
}
function tokenizeBlankLineBefore(effects, ok3, nok) {
  return start;
  function start(code2) {
    effects.enter("lineEnding");
    effects.consume(code2);
    effects.exit("lineEnding");
    return effects.attempt(blankLine, ok3, nok);
  }
}

// node_modules/micromark-core-commonmark/lib/html-text.js
var htmlText = {
  name: "htmlText",
  tokenize: tokenizeHtmlText
};
function tokenizeHtmlText(effects, ok3, nok) {
  const self = this;
  let marker;
  let index2;
  let returnState;
  return start;
  function start(code2) {
    effects.enter("htmlText");
    effects.enter("htmlTextData");
    effects.consume(code2);
    return open;
  }
  function open(code2) {
    if (code2 === 33) {
      effects.consume(code2);
      return declarationOpen;
    }
    if (code2 === 47) {
      effects.consume(code2);
      return tagCloseStart;
    }
    if (code2 === 63) {
      effects.consume(code2);
      return instruction;
    }
    if (asciiAlpha(code2)) {
      effects.consume(code2);
      return tagOpen;
    }
    return nok(code2);
  }
  function declarationOpen(code2) {
    if (code2 === 45) {
      effects.consume(code2);
      return commentOpenInside;
    }
    if (code2 === 91) {
      effects.consume(code2);
      index2 = 0;
      return cdataOpenInside;
    }
    if (asciiAlpha(code2)) {
      effects.consume(code2);
      return declaration;
    }
    return nok(code2);
  }
  function commentOpenInside(code2) {
    if (code2 === 45) {
      effects.consume(code2);
      return commentEnd;
    }
    return nok(code2);
  }
  function comment(code2) {
    if (code2 === null) {
      return nok(code2);
    }
    if (code2 === 45) {
      effects.consume(code2);
      return commentClose;
    }
    if (markdownLineEnding(code2)) {
      returnState = comment;
      return lineEndingBefore(code2);
    }
    effects.consume(code2);
    return comment;
  }
  function commentClose(code2) {
    if (code2 === 45) {
      effects.consume(code2);
      return commentEnd;
    }
    return comment(code2);
  }
  function commentEnd(code2) {
    return code2 === 62 ? end(code2) : code2 === 45 ? commentClose(code2) : comment(code2);
  }
  function cdataOpenInside(code2) {
    const value2 = "CDATA[";
    if (code2 === value2.charCodeAt(index2++)) {
      effects.consume(code2);
      return index2 === value2.length ? cdata : cdataOpenInside;
    }
    return nok(code2);
  }
  function cdata(code2) {
    if (code2 === null) {
      return nok(code2);
    }
    if (code2 === 93) {
      effects.consume(code2);
      return cdataClose;
    }
    if (markdownLineEnding(code2)) {
      returnState = cdata;
      return lineEndingBefore(code2);
    }
    effects.consume(code2);
    return cdata;
  }
  function cdataClose(code2) {
    if (code2 === 93) {
      effects.consume(code2);
      return cdataEnd;
    }
    return cdata(code2);
  }
  function cdataEnd(code2) {
    if (code2 === 62) {
      return end(code2);
    }
    if (code2 === 93) {
      effects.consume(code2);
      return cdataEnd;
    }
    return cdata(code2);
  }
  function declaration(code2) {
    if (code2 === null || code2 === 62) {
      return end(code2);
    }
    if (markdownLineEnding(code2)) {
      returnState = declaration;
      return lineEndingBefore(code2);
    }
    effects.consume(code2);
    return declaration;
  }
  function instruction(code2) {
    if (code2 === null) {
      return nok(code2);
    }
    if (code2 === 63) {
      effects.consume(code2);
      return instructionClose;
    }
    if (markdownLineEnding(code2)) {
      returnState = instruction;
      return lineEndingBefore(code2);
    }
    effects.consume(code2);
    return instruction;
  }
  function instructionClose(code2) {
    return code2 === 62 ? end(code2) : instruction(code2);
  }
  function tagCloseStart(code2) {
    if (asciiAlpha(code2)) {
      effects.consume(code2);
      return tagClose;
    }
    return nok(code2);
  }
  function tagClose(code2) {
    if (code2 === 45 || asciiAlphanumeric(code2)) {
      effects.consume(code2);
      return tagClose;
    }
    return tagCloseBetween(code2);
  }
  function tagCloseBetween(code2) {
    if (markdownLineEnding(code2)) {
      returnState = tagCloseBetween;
      return lineEndingBefore(code2);
    }
    if (markdownSpace(code2)) {
      effects.consume(code2);
      return tagCloseBetween;
    }
    return end(code2);
  }
  function tagOpen(code2) {
    if (code2 === 45 || asciiAlphanumeric(code2)) {
      effects.consume(code2);
      return tagOpen;
    }
    if (code2 === 47 || code2 === 62 || markdownLineEndingOrSpace(code2)) {
      return tagOpenBetween(code2);
    }
    return nok(code2);
  }
  function tagOpenBetween(code2) {
    if (code2 === 47) {
      effects.consume(code2);
      return end;
    }
    if (code2 === 58 || code2 === 95 || asciiAlpha(code2)) {
      effects.consume(code2);
      return tagOpenAttributeName;
    }
    if (markdownLineEnding(code2)) {
      returnState = tagOpenBetween;
      return lineEndingBefore(code2);
    }
    if (markdownSpace(code2)) {
      effects.consume(code2);
      return tagOpenBetween;
    }
    return end(code2);
  }
  function tagOpenAttributeName(code2) {
    if (code2 === 45 || code2 === 46 || code2 === 58 || code2 === 95 || asciiAlphanumeric(code2)) {
      effects.consume(code2);
      return tagOpenAttributeName;
    }
    return tagOpenAttributeNameAfter(code2);
  }
  function tagOpenAttributeNameAfter(code2) {
    if (code2 === 61) {
      effects.consume(code2);
      return tagOpenAttributeValueBefore;
    }
    if (markdownLineEnding(code2)) {
      returnState = tagOpenAttributeNameAfter;
      return lineEndingBefore(code2);
    }
    if (markdownSpace(code2)) {
      effects.consume(code2);
      return tagOpenAttributeNameAfter;
    }
    return tagOpenBetween(code2);
  }
  function tagOpenAttributeValueBefore(code2) {
    if (code2 === null || code2 === 60 || code2 === 61 || code2 === 62 || code2 === 96) {
      return nok(code2);
    }
    if (code2 === 34 || code2 === 39) {
      effects.consume(code2);
      marker = code2;
      return tagOpenAttributeValueQuoted;
    }
    if (markdownLineEnding(code2)) {
      returnState = tagOpenAttributeValueBefore;
      return lineEndingBefore(code2);
    }
    if (markdownSpace(code2)) {
      effects.consume(code2);
      return tagOpenAttributeValueBefore;
    }
    effects.consume(code2);
    return tagOpenAttributeValueUnquoted;
  }
  function tagOpenAttributeValueQuoted(code2) {
    if (code2 === marker) {
      effects.consume(code2);
      marker = void 0;
      return tagOpenAttributeValueQuotedAfter;
    }
    if (code2 === null) {
      return nok(code2);
    }
    if (markdownLineEnding(code2)) {
      returnState = tagOpenAttributeValueQuoted;
      return lineEndingBefore(code2);
    }
    effects.consume(code2);
    return tagOpenAttributeValueQuoted;
  }
  function tagOpenAttributeValueUnquoted(code2) {
    if (code2 === null || code2 === 34 || code2 === 39 || code2 === 60 || code2 === 61 || code2 === 96) {
      return nok(code2);
    }
    if (code2 === 47 || code2 === 62 || markdownLineEndingOrSpace(code2)) {
      return tagOpenBetween(code2);
    }
    effects.consume(code2);
    return tagOpenAttributeValueUnquoted;
  }
  function tagOpenAttributeValueQuotedAfter(code2) {
    if (code2 === 47 || code2 === 62 || markdownLineEndingOrSpace(code2)) {
      return tagOpenBetween(code2);
    }
    return nok(code2);
  }
  function end(code2) {
    if (code2 === 62) {
      effects.consume(code2);
      effects.exit("htmlTextData");
      effects.exit("htmlText");
      return ok3;
    }
    return nok(code2);
  }
  function lineEndingBefore(code2) {
    effects.exit("htmlTextData");
    effects.enter("lineEnding");
    effects.consume(code2);
    effects.exit("lineEnding");
    return lineEndingAfter;
  }
  function lineEndingAfter(code2) {
    return markdownSpace(code2) ? factorySpace(effects, lineEndingAfterPrefix, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code2) : lineEndingAfterPrefix(code2);
  }
  function lineEndingAfterPrefix(code2) {
    effects.enter("htmlTextData");
    return returnState(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/label-end.js
var labelEnd = {
  name: "labelEnd",
  resolveAll: resolveAllLabelEnd,
  resolveTo: resolveToLabelEnd,
  tokenize: tokenizeLabelEnd
};
var resourceConstruct = {
  tokenize: tokenizeResource
};
var referenceFullConstruct = {
  tokenize: tokenizeReferenceFull
};
var referenceCollapsedConstruct = {
  tokenize: tokenizeReferenceCollapsed
};
function resolveAllLabelEnd(events) {
  let index2 = -1;
  const newEvents = [];
  while (++index2 < events.length) {
    const token = events[index2][1];
    newEvents.push(events[index2]);
    if (token.type === "labelImage" || token.type === "labelLink" || token.type === "labelEnd") {
      const offset = token.type === "labelImage" ? 4 : 2;
      token.type = "data";
      index2 += offset;
    }
  }
  if (events.length !== newEvents.length) {
    splice(events, 0, events.length, newEvents);
  }
  return events;
}
function resolveToLabelEnd(events, context) {
  let index2 = events.length;
  let offset = 0;
  let open;
  let close2;
  let media;
  while (index2--) {
    const token = events[index2][1];
    if (open) {
      if (token.type === "link" || token.type === "labelLink" && token._inactive) {
        break;
      }
      if (events[index2][0] === "enter" && token.type === "labelLink") {
        token._inactive = true;
      }
    } else if (close2) {
      if (events[index2][0] === "enter" && (token.type === "labelImage" || token.type === "labelLink") && !token._balanced) {
        open = index2;
        if (token.type !== "labelLink") {
          offset = 2;
          break;
        }
      }
    } else if (token.type === "labelEnd") {
      close2 = index2;
    }
  }
  const group = {
    type: events[open][1].type === "labelLink" ? "link" : "image",
    start: {
      ...events[open][1].start
    },
    end: {
      ...events[events.length - 1][1].end
    }
  };
  const label = {
    type: "label",
    start: {
      ...events[open][1].start
    },
    end: {
      ...events[close2][1].end
    }
  };
  const text4 = {
    type: "labelText",
    start: {
      ...events[open + offset + 2][1].end
    },
    end: {
      ...events[close2 - 2][1].start
    }
  };
  media = [["enter", group, context], ["enter", label, context]];
  media = push(media, events.slice(open + 1, open + offset + 3));
  media = push(media, [["enter", text4, context]]);
  media = push(media, resolveAll(context.parser.constructs.insideSpan.null, events.slice(open + offset + 4, close2 - 3), context));
  media = push(media, [["exit", text4, context], events[close2 - 2], events[close2 - 1], ["exit", label, context]]);
  media = push(media, events.slice(close2 + 1));
  media = push(media, [["exit", group, context]]);
  splice(events, open, events.length, media);
  return events;
}
function tokenizeLabelEnd(effects, ok3, nok) {
  const self = this;
  const labelStarts = self._labelStarts;
  let labelStart;
  let defined;
  if (labelStarts) {
    while (labelStarts.length > 0 && labelStarts[labelStarts.length - 1]._balanced) {
      labelStarts.pop();
    }
    labelStart = labelStarts[labelStarts.length - 1];
  }
  return start;
  function start(code2) {
    if (!labelStart) {
      return nok(code2);
    }
    if (labelStart._inactive) {
      return labelEndNok(code2);
    }
    defined = self.parser.defined.includes(normalizeIdentifier(self.sliceSerialize({
      start: labelStart.end,
      end: self.now()
    })));
    effects.enter("labelEnd");
    effects.enter("labelMarker");
    effects.consume(code2);
    effects.exit("labelMarker");
    effects.exit("labelEnd");
    return after;
  }
  function after(code2) {
    if (code2 === 40) {
      return effects.attempt(resourceConstruct, labelEndOk, defined ? labelEndOk : labelEndNok)(code2);
    }
    if (code2 === 91) {
      return effects.attempt(referenceFullConstruct, labelEndOk, defined ? referenceNotFull : labelEndNok)(code2);
    }
    return defined ? labelEndOk(code2) : labelEndNok(code2);
  }
  function referenceNotFull(code2) {
    return effects.attempt(referenceCollapsedConstruct, labelEndOk, labelEndNok)(code2);
  }
  function labelEndOk(code2) {
    labelStarts.pop();
    return ok3(code2);
  }
  function labelEndNok(code2) {
    labelStart._balanced = true;
    return nok(code2);
  }
}
function tokenizeResource(effects, ok3, nok) {
  return resourceStart;
  function resourceStart(code2) {
    effects.enter("resource");
    effects.enter("resourceMarker");
    effects.consume(code2);
    effects.exit("resourceMarker");
    return resourceBefore;
  }
  function resourceBefore(code2) {
    return markdownLineEndingOrSpace(code2) ? factoryWhitespace(effects, resourceOpen)(code2) : resourceOpen(code2);
  }
  function resourceOpen(code2) {
    if (code2 === 41) {
      return resourceEnd(code2);
    }
    return factoryDestination(effects, resourceDestinationAfter, resourceDestinationMissing, "resourceDestination", "resourceDestinationLiteral", "resourceDestinationLiteralMarker", "resourceDestinationRaw", "resourceDestinationString", 32)(code2);
  }
  function resourceDestinationAfter(code2) {
    return markdownLineEndingOrSpace(code2) ? factoryWhitespace(effects, resourceBetween)(code2) : resourceEnd(code2);
  }
  function resourceDestinationMissing(code2) {
    return nok(code2);
  }
  function resourceBetween(code2) {
    if (code2 === 34 || code2 === 39 || code2 === 40) {
      return factoryTitle(effects, resourceTitleAfter, nok, "resourceTitle", "resourceTitleMarker", "resourceTitleString")(code2);
    }
    return resourceEnd(code2);
  }
  function resourceTitleAfter(code2) {
    return markdownLineEndingOrSpace(code2) ? factoryWhitespace(effects, resourceEnd)(code2) : resourceEnd(code2);
  }
  function resourceEnd(code2) {
    if (code2 === 41) {
      effects.enter("resourceMarker");
      effects.consume(code2);
      effects.exit("resourceMarker");
      effects.exit("resource");
      return ok3;
    }
    return nok(code2);
  }
}
function tokenizeReferenceFull(effects, ok3, nok) {
  const self = this;
  return referenceFull;
  function referenceFull(code2) {
    return factoryLabel.call(self, effects, referenceFullAfter, referenceFullMissing, "reference", "referenceMarker", "referenceString")(code2);
  }
  function referenceFullAfter(code2) {
    return self.parser.defined.includes(normalizeIdentifier(self.sliceSerialize(self.events[self.events.length - 1][1]).slice(1, -1))) ? ok3(code2) : nok(code2);
  }
  function referenceFullMissing(code2) {
    return nok(code2);
  }
}
function tokenizeReferenceCollapsed(effects, ok3, nok) {
  return referenceCollapsedStart;
  function referenceCollapsedStart(code2) {
    effects.enter("reference");
    effects.enter("referenceMarker");
    effects.consume(code2);
    effects.exit("referenceMarker");
    return referenceCollapsedOpen;
  }
  function referenceCollapsedOpen(code2) {
    if (code2 === 93) {
      effects.enter("referenceMarker");
      effects.consume(code2);
      effects.exit("referenceMarker");
      effects.exit("reference");
      return ok3;
    }
    return nok(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/label-start-image.js
var labelStartImage = {
  name: "labelStartImage",
  resolveAll: labelEnd.resolveAll,
  tokenize: tokenizeLabelStartImage
};
function tokenizeLabelStartImage(effects, ok3, nok) {
  const self = this;
  let labelImage;
  return start;
  function start(code2) {
    effects.enter("labelImage");
    effects.enter("labelImageMarker");
    effects.consume(code2);
    effects.exit("labelImageMarker");
    return open;
  }
  function open(code2) {
    if (code2 === 91) {
      effects.enter("labelMarker");
      effects.consume(code2);
      effects.exit("labelMarker");
      labelImage = effects.exit("labelImage");
      return after;
    }
    return nok(code2);
  }
  function after(code2) {
    if (code2 === 94 && "_hiddenFootnoteSupport" in self.parser.constructs) {
      return nok(code2);
    }
    self._labelStarts = self._labelStarts || [];
    self._labelStarts.push(labelImage);
    return ok3(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/label-start-link.js
var labelStartLink = {
  name: "labelStartLink",
  resolveAll: labelEnd.resolveAll,
  tokenize: tokenizeLabelStartLink
};
function tokenizeLabelStartLink(effects, ok3, nok) {
  const self = this;
  let labelLink;
  return start;
  function start(code2) {
    effects.enter("labelLink");
    effects.enter("labelMarker");
    effects.consume(code2);
    effects.exit("labelMarker");
    labelLink = effects.exit("labelLink");
    return after;
  }
  function after(code2) {
    if (code2 === 94 && "_hiddenFootnoteSupport" in self.parser.constructs) {
      return nok(code2);
    }
    self._labelStarts = self._labelStarts || [];
    self._labelStarts.push(labelLink);
    return ok3(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/line-ending.js
var lineEnding = {
  name: "lineEnding",
  tokenize: tokenizeLineEnding
};
function tokenizeLineEnding(effects, ok3) {
  return start;
  function start(code2) {
    effects.enter("lineEnding");
    effects.consume(code2);
    effects.exit("lineEnding");
    return factorySpace(effects, ok3, "linePrefix");
  }
}

// node_modules/micromark-core-commonmark/lib/thematic-break.js
var thematicBreak = {
  name: "thematicBreak",
  tokenize: tokenizeThematicBreak
};
function tokenizeThematicBreak(effects, ok3, nok) {
  let size = 0;
  let marker;
  return start;
  function start(code2) {
    effects.enter("thematicBreak");
    return before(code2);
  }
  function before(code2) {
    marker = code2;
    return atBreak(code2);
  }
  function atBreak(code2) {
    if (code2 === marker) {
      effects.enter("thematicBreakSequence");
      return sequence(code2);
    }
    if (size >= 3 && (code2 === null || markdownLineEnding(code2))) {
      effects.exit("thematicBreak");
      return ok3(code2);
    }
    return nok(code2);
  }
  function sequence(code2) {
    if (code2 === marker) {
      effects.consume(code2);
      size++;
      return sequence;
    }
    effects.exit("thematicBreakSequence");
    return markdownSpace(code2) ? factorySpace(effects, atBreak, "whitespace")(code2) : atBreak(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/list.js
var list = {
  continuation: {
    tokenize: tokenizeListContinuation
  },
  exit: tokenizeListEnd,
  name: "list",
  tokenize: tokenizeListStart
};
var listItemPrefixWhitespaceConstruct = {
  partial: true,
  tokenize: tokenizeListItemPrefixWhitespace
};
var indentConstruct = {
  partial: true,
  tokenize: tokenizeIndent
};
function tokenizeListStart(effects, ok3, nok) {
  const self = this;
  const tail = self.events[self.events.length - 1];
  let initialSize = tail && tail[1].type === "linePrefix" ? tail[2].sliceSerialize(tail[1], true).length : 0;
  let size = 0;
  return start;
  function start(code2) {
    const kind = self.containerState.type || (code2 === 42 || code2 === 43 || code2 === 45 ? "listUnordered" : "listOrdered");
    if (kind === "listUnordered" ? !self.containerState.marker || code2 === self.containerState.marker : asciiDigit(code2)) {
      if (!self.containerState.type) {
        self.containerState.type = kind;
        effects.enter(kind, {
          _container: true
        });
      }
      if (kind === "listUnordered") {
        effects.enter("listItemPrefix");
        return code2 === 42 || code2 === 45 ? effects.check(thematicBreak, nok, atMarker)(code2) : atMarker(code2);
      }
      if (!self.interrupt || code2 === 49) {
        effects.enter("listItemPrefix");
        effects.enter("listItemValue");
        return inside(code2);
      }
    }
    return nok(code2);
  }
  function inside(code2) {
    if (asciiDigit(code2) && ++size < 10) {
      effects.consume(code2);
      return inside;
    }
    if ((!self.interrupt || size < 2) && (self.containerState.marker ? code2 === self.containerState.marker : code2 === 41 || code2 === 46)) {
      effects.exit("listItemValue");
      return atMarker(code2);
    }
    return nok(code2);
  }
  function atMarker(code2) {
    effects.enter("listItemMarker");
    effects.consume(code2);
    effects.exit("listItemMarker");
    self.containerState.marker = self.containerState.marker || code2;
    return effects.check(
      blankLine,
      // Can’t be empty when interrupting.
      self.interrupt ? nok : onBlank,
      effects.attempt(listItemPrefixWhitespaceConstruct, endOfPrefix, otherPrefix)
    );
  }
  function onBlank(code2) {
    self.containerState.initialBlankLine = true;
    initialSize++;
    return endOfPrefix(code2);
  }
  function otherPrefix(code2) {
    if (markdownSpace(code2)) {
      effects.enter("listItemPrefixWhitespace");
      effects.consume(code2);
      effects.exit("listItemPrefixWhitespace");
      return endOfPrefix;
    }
    return nok(code2);
  }
  function endOfPrefix(code2) {
    self.containerState.size = initialSize + self.sliceSerialize(effects.exit("listItemPrefix"), true).length;
    return ok3(code2);
  }
}
function tokenizeListContinuation(effects, ok3, nok) {
  const self = this;
  self.containerState._closeFlow = void 0;
  return effects.check(blankLine, onBlank, notBlank);
  function onBlank(code2) {
    self.containerState.furtherBlankLines = self.containerState.furtherBlankLines || self.containerState.initialBlankLine;
    return factorySpace(effects, ok3, "listItemIndent", self.containerState.size + 1)(code2);
  }
  function notBlank(code2) {
    if (self.containerState.furtherBlankLines || !markdownSpace(code2)) {
      self.containerState.furtherBlankLines = void 0;
      self.containerState.initialBlankLine = void 0;
      return notInCurrentItem(code2);
    }
    self.containerState.furtherBlankLines = void 0;
    self.containerState.initialBlankLine = void 0;
    return effects.attempt(indentConstruct, ok3, notInCurrentItem)(code2);
  }
  function notInCurrentItem(code2) {
    self.containerState._closeFlow = true;
    self.interrupt = void 0;
    return factorySpace(effects, effects.attempt(list, ok3, nok), "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code2);
  }
}
function tokenizeIndent(effects, ok3, nok) {
  const self = this;
  return factorySpace(effects, afterPrefix, "listItemIndent", self.containerState.size + 1);
  function afterPrefix(code2) {
    const tail = self.events[self.events.length - 1];
    return tail && tail[1].type === "listItemIndent" && tail[2].sliceSerialize(tail[1], true).length === self.containerState.size ? ok3(code2) : nok(code2);
  }
}
function tokenizeListEnd(effects) {
  effects.exit(this.containerState.type);
}
function tokenizeListItemPrefixWhitespace(effects, ok3, nok) {
  const self = this;
  return factorySpace(effects, afterPrefix, "listItemPrefixWhitespace", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4 + 1);
  function afterPrefix(code2) {
    const tail = self.events[self.events.length - 1];
    return !markdownSpace(code2) && tail && tail[1].type === "listItemPrefixWhitespace" ? ok3(code2) : nok(code2);
  }
}

// node_modules/micromark-util-edit-map/index.js
var EditMap = class {
  /**
   * Create a new edit map.
   *
   * @returns
   *   New instance.
   */
  constructor() {
    this.index = /* @__PURE__ */ new Map();
    this.map = [];
  }
  /**
   * Create an edit: a remove and/or add at a certain place.
   *
   * @param {number} index
   *   Index at which to apply the edit.
   * @param {number} remove
   *   Count of items to remove at the index.
   * @param {Array<Event>} add
   *   Items to add at the index.
   * @returns {undefined}
   *   Nothing.
   */
  add(index2, remove, add) {
    addImplementation(this, index2, remove, add, false);
  }
  /**
   * Create an edit: but insert `add` before existing additions, instead of
   * after them.
   *
   * @param {number} index
   *   Index at which to apply the edit.
   * @param {number} remove
   *   Count of items to remove at the index.
   * @param {Array<Event>} add
   *   Items to add at the index.
   * @returns {undefined}
   *   Nothing.
   */
  addBefore(index2, remove, add) {
    addImplementation(this, index2, remove, add, true);
  }
  /**
   * Done, change the events.
   *
   * @param {Array<Event>} events
   *   List of events to apply the edits to.
   * @returns {undefined}
   *   Nothing.
   */
  consume(events) {
    this.map.sort(function(a, b) {
      return a[0] - b[0];
    });
    if (this.map.length === 0) {
      return;
    }
    let index2 = this.map.length;
    const vecs = [];
    while (index2 > 0) {
      index2 -= 1;
      vecs.push(events.slice(this.map[index2][0] + this.map[index2][1]), this.map[index2][2]);
      events.length = this.map[index2][0];
    }
    vecs.push(events.slice());
    events.length = 0;
    let slice = vecs.pop();
    while (slice) {
      for (const element of slice) {
        events.push(element);
      }
      slice = vecs.pop();
    }
    this.map.length = 0;
    this.index.clear();
  }
};
function addImplementation(editMap, at, remove, add, before) {
  if (remove === 0 && add.length === 0) {
    return;
  }
  const existing = editMap.index.get(at);
  if (existing) {
    existing[1] += remove;
    if (before) {
      add.push(...existing[2]);
      existing[2] = add;
    } else {
      existing[2].push(...add);
    }
    return;
  }
  const change = [at, remove, add];
  editMap.map.push(change);
  editMap.index.set(at, change);
}

// node_modules/micromark-core-commonmark/lib/setext-underline.js
var setextUnderline = {
  name: "setextUnderline",
  resolveTo: resolveToSetextUnderline,
  tokenize: tokenizeSetextUnderline
};
function resolveToSetextUnderline(events, context) {
  const editMap = new EditMap();
  let index2 = events.length;
  let content3;
  let text4;
  let definition2;
  while (index2--) {
    if (events[index2][0] === "enter") {
      if (events[index2][1].type === "content") {
        content3 = index2;
        break;
      }
      if (events[index2][1].type === "paragraph") {
        text4 = index2;
      }
    } else {
      if (events[index2][1].type === "content") {
        editMap.add(index2, 1, []);
      }
      if (!definition2 && events[index2][1].type === "definition") {
        definition2 = index2;
      }
    }
  }
  const heading = {
    type: "setextHeading",
    start: {
      ...events[content3][1].start
    },
    end: {
      ...events[events.length - 1][1].end
    }
  };
  events[text4][1].type = "setextHeadingText";
  if (definition2) {
    editMap.add(text4, 0, [["enter", heading, context]]);
    editMap.add(definition2 + 1, 0, [["exit", events[content3][1], context]]);
    events[content3][1].end = {
      ...events[definition2][1].end
    };
  } else {
    events[content3][1] = heading;
  }
  editMap.add(events.length, 0, [["exit", heading, context]]);
  editMap.consume(events);
  return events;
}
function tokenizeSetextUnderline(effects, ok3, nok) {
  const self = this;
  let marker;
  return start;
  function start(code2) {
    let index2 = self.events.length;
    let paragraph;
    while (index2--) {
      if (self.events[index2][1].type !== "lineEnding" && self.events[index2][1].type !== "linePrefix" && self.events[index2][1].type !== "content") {
        paragraph = self.events[index2][1].type === "paragraph";
        break;
      }
    }
    if (!self.parser.lazy[self.now().line] && (self.interrupt || paragraph)) {
      effects.enter("setextHeadingLine");
      marker = code2;
      return before(code2);
    }
    return nok(code2);
  }
  function before(code2) {
    effects.enter("setextHeadingLineSequence");
    return inside(code2);
  }
  function inside(code2) {
    if (code2 === marker) {
      effects.consume(code2);
      return inside;
    }
    effects.exit("setextHeadingLineSequence");
    return markdownSpace(code2) ? factorySpace(effects, after, "lineSuffix")(code2) : after(code2);
  }
  function after(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("setextHeadingLine");
      return ok3(code2);
    }
    return nok(code2);
  }
}

// node_modules/mdast-util-from-markdown/node_modules/micromark/lib/initialize/flow.js
var flow = {
  tokenize: initializeFlow
};
function initializeFlow(effects) {
  const self = this;
  const initial = effects.attempt(
    // Try to parse a blank line.
    blankLine,
    atBlankEnding,
    // Try to parse initial flow (essentially, only code).
    effects.attempt(this.parser.constructs.flowInitial, afterConstruct, factorySpace(effects, effects.attempt(this.parser.constructs.flow, afterConstruct, effects.attempt(content2, afterConstruct)), "linePrefix"))
  );
  return initial;
  function atBlankEnding(code2) {
    if (code2 === null) {
      effects.consume(code2);
      return;
    }
    effects.enter("lineEndingBlank");
    effects.consume(code2);
    effects.exit("lineEndingBlank");
    self.currentConstruct = void 0;
    return initial;
  }
  function afterConstruct(code2) {
    if (code2 === null) {
      effects.consume(code2);
      return;
    }
    effects.enter("lineEnding");
    effects.consume(code2);
    effects.exit("lineEnding");
    self.currentConstruct = void 0;
    return initial;
  }
}

// node_modules/mdast-util-from-markdown/node_modules/micromark/lib/initialize/text.js
var resolver = {
  resolveAll: createResolver()
};
var string = initializeFactory("string");
var text = initializeFactory("text");
function initializeFactory(field) {
  return {
    resolveAll: createResolver(field === "text" ? resolveAllLineSuffixes : void 0),
    tokenize: initializeText
  };
  function initializeText(effects) {
    const self = this;
    const constructs2 = this.parser.constructs[field];
    const text4 = effects.attempt(constructs2, start, notText);
    return start;
    function start(code2) {
      return atBreak(code2) ? text4(code2) : notText(code2);
    }
    function notText(code2) {
      if (code2 === null) {
        effects.consume(code2);
        return;
      }
      effects.enter("data");
      effects.consume(code2);
      return data;
    }
    function data(code2) {
      if (atBreak(code2)) {
        effects.exit("data");
        return text4(code2);
      }
      effects.consume(code2);
      return data;
    }
    function atBreak(code2) {
      if (code2 === null) {
        return true;
      }
      const list3 = constructs2[code2];
      let index2 = -1;
      if (list3) {
        while (++index2 < list3.length) {
          const item = list3[index2];
          if (!item.previous || item.previous.call(self, self.previous)) {
            return true;
          }
        }
      }
      return false;
    }
  }
}
function createResolver(extraResolver) {
  return resolveAllText;
  function resolveAllText(events, context) {
    let index2 = -1;
    let enter;
    while (++index2 <= events.length) {
      if (enter === void 0) {
        if (events[index2] && events[index2][1].type === "data") {
          enter = index2;
          index2++;
        }
      } else if (!events[index2] || events[index2][1].type !== "data") {
        if (index2 !== enter + 2) {
          events[enter][1].end = events[index2 - 1][1].end;
          events.splice(enter + 2, index2 - enter - 2);
          index2 = enter + 2;
        }
        enter = void 0;
      }
    }
    return extraResolver ? extraResolver(events, context) : events;
  }
}
function resolveAllLineSuffixes(events, context) {
  let eventIndex = 0;
  while (++eventIndex <= events.length) {
    if ((eventIndex === events.length || events[eventIndex][1].type === "lineEnding") && events[eventIndex - 1][1].type === "data") {
      const data = events[eventIndex - 1][1];
      const chunks = context.sliceStream(data);
      let index2 = chunks.length;
      let bufferIndex = -1;
      let size = 0;
      let tabs;
      while (index2--) {
        const chunk = chunks[index2];
        if (typeof chunk === "string") {
          bufferIndex = chunk.length;
          while (chunk.charCodeAt(bufferIndex - 1) === 32) {
            size++;
            bufferIndex--;
          }
          if (bufferIndex) break;
          bufferIndex = -1;
        } else if (chunk === -2) {
          tabs = true;
          size++;
        } else if (chunk === -1) {
        } else {
          index2++;
          break;
        }
      }
      if (context._contentTypeTextTrailing && eventIndex === events.length) {
        size = 0;
      }
      if (size) {
        const token = {
          type: eventIndex === events.length || tabs || size < 2 ? "lineSuffix" : "hardBreakTrailing",
          start: {
            _bufferIndex: index2 ? bufferIndex : data.start._bufferIndex + bufferIndex,
            _index: data.start._index + index2,
            line: data.end.line,
            column: data.end.column - size,
            offset: data.end.offset - size
          },
          end: {
            ...data.end
          }
        };
        data.end = {
          ...token.start
        };
        if (data.start.offset === data.end.offset) {
          Object.assign(data, token);
        } else {
          events.splice(eventIndex, 0, ["enter", token, context], ["exit", token, context]);
          eventIndex += 2;
        }
      }
      eventIndex++;
    }
  }
  return events;
}

// node_modules/mdast-util-from-markdown/node_modules/micromark/lib/constructs.js
var constructs_exports = {};
__export(constructs_exports, {
  attentionMarkers: () => attentionMarkers,
  contentInitial: () => contentInitial,
  disable: () => disable,
  document: () => document2,
  flow: () => flow2,
  flowInitial: () => flowInitial,
  insideSpan: () => insideSpan,
  string: () => string2,
  text: () => text2
});
var document2 = {
  [42]: list,
  [43]: list,
  [45]: list,
  [48]: list,
  [49]: list,
  [50]: list,
  [51]: list,
  [52]: list,
  [53]: list,
  [54]: list,
  [55]: list,
  [56]: list,
  [57]: list,
  [62]: blockQuote
};
var contentInitial = {
  [91]: definition
};
var flowInitial = {
  [-2]: codeIndented,
  [-1]: codeIndented,
  [32]: codeIndented
};
var flow2 = {
  [35]: headingAtx,
  [42]: thematicBreak,
  [45]: [setextUnderline, thematicBreak],
  [60]: htmlFlow,
  [61]: setextUnderline,
  [95]: thematicBreak,
  [96]: codeFenced,
  [126]: codeFenced
};
var string2 = {
  [38]: characterReference,
  [92]: characterEscape
};
var text2 = {
  [-5]: lineEnding,
  [-4]: lineEnding,
  [-3]: lineEnding,
  [33]: labelStartImage,
  [38]: characterReference,
  [42]: attention,
  [60]: [autolink, htmlText],
  [91]: labelStartLink,
  [92]: [hardBreakEscape, characterEscape],
  [93]: labelEnd,
  [95]: attention,
  [96]: codeText
};
var insideSpan = {
  null: [attention, resolver]
};
var attentionMarkers = {
  null: [42, 95]
};
var disable = {
  null: []
};

// node_modules/mdast-util-from-markdown/node_modules/micromark/lib/create-tokenizer.js
function createTokenizer(parser, initialize, from) {
  let point3 = {
    _bufferIndex: -1,
    _index: 0,
    line: from && from.line || 1,
    column: from && from.column || 1,
    offset: from && from.offset || 0
  };
  const columnStart = {};
  const resolveAllConstructs = [];
  let chunks = [];
  let stack = [];
  let consumed = true;
  const effects = {
    attempt: constructFactory(onsuccessfulconstruct),
    check: constructFactory(onsuccessfulcheck),
    consume,
    enter,
    exit: exit3,
    interrupt: constructFactory(onsuccessfulcheck, {
      interrupt: true
    })
  };
  const context = {
    code: null,
    containerState: {},
    defineSkip,
    events: [],
    now,
    parser,
    previous: null,
    sliceSerialize,
    sliceStream,
    write
  };
  let state = initialize.tokenize.call(context, effects);
  let expectedCode;
  if (initialize.resolveAll) {
    resolveAllConstructs.push(initialize);
  }
  return context;
  function write(slice) {
    chunks = push(chunks, slice);
    main();
    if (chunks[chunks.length - 1] !== null) {
      return [];
    }
    addResult(initialize, 0);
    context.events = resolveAll(resolveAllConstructs, context.events, context);
    return context.events;
  }
  function sliceSerialize(token, expandTabs) {
    return serializeChunks(sliceStream(token), expandTabs);
  }
  function sliceStream(token) {
    return sliceChunks(chunks, token);
  }
  function now() {
    const {
      _bufferIndex,
      _index,
      line,
      column,
      offset
    } = point3;
    return {
      _bufferIndex,
      _index,
      line,
      column,
      offset
    };
  }
  function defineSkip(value2) {
    columnStart[value2.line] = value2.column;
    accountForPotentialSkip();
  }
  function main() {
    let chunkIndex;
    while (point3._index < chunks.length) {
      const chunk = chunks[point3._index];
      if (typeof chunk === "string") {
        chunkIndex = point3._index;
        if (point3._bufferIndex < 0) {
          point3._bufferIndex = 0;
        }
        while (point3._index === chunkIndex && point3._bufferIndex < chunk.length) {
          go(chunk.charCodeAt(point3._bufferIndex));
        }
      } else {
        go(chunk);
      }
    }
  }
  function go(code2) {
    consumed = void 0;
    expectedCode = code2;
    state = state(code2);
  }
  function consume(code2) {
    if (markdownLineEnding(code2)) {
      point3.line++;
      point3.column = 1;
      point3.offset += code2 === -3 ? 2 : 1;
      accountForPotentialSkip();
    } else if (code2 !== -1) {
      point3.column++;
      point3.offset++;
    }
    if (point3._bufferIndex < 0) {
      point3._index++;
    } else {
      point3._bufferIndex++;
      if (point3._bufferIndex === // Points w/ non-negative `_bufferIndex` reference
      // strings.
      /** @type {string} */
      chunks[point3._index].length) {
        point3._bufferIndex = -1;
        point3._index++;
      }
    }
    context.previous = code2;
    consumed = true;
  }
  function enter(type, fields) {
    const token = fields || {};
    token.type = type;
    token.start = now();
    context.events.push(["enter", token, context]);
    stack.push(token);
    return token;
  }
  function exit3(type) {
    const token = stack.pop();
    token.end = now();
    context.events.push(["exit", token, context]);
    return token;
  }
  function onsuccessfulconstruct(construct, info) {
    addResult(construct, info.from);
  }
  function onsuccessfulcheck(_, info) {
    info.restore();
  }
  function constructFactory(onreturn, fields) {
    return hook;
    function hook(constructs2, returnState, bogusState) {
      let listOfConstructs;
      let constructIndex;
      let currentConstruct;
      let info;
      return Array.isArray(constructs2) ? (
        /* c8 ignore next 1 */
        handleListOfConstructs(constructs2)
      ) : "tokenize" in constructs2 ? (
        // Looks like a construct.
        handleListOfConstructs([
          /** @type {Construct} */
          constructs2
        ])
      ) : handleMapOfConstructs(constructs2);
      function handleMapOfConstructs(map) {
        return start;
        function start(code2) {
          const left = code2 !== null && map[code2];
          const all2 = code2 !== null && map.null;
          const list3 = [
            // To do: add more extension tests.
            /* c8 ignore next 2 */
            ...Array.isArray(left) ? left : left ? [left] : [],
            ...Array.isArray(all2) ? all2 : all2 ? [all2] : []
          ];
          return handleListOfConstructs(list3)(code2);
        }
      }
      function handleListOfConstructs(list3) {
        listOfConstructs = list3;
        constructIndex = 0;
        if (list3.length === 0) {
          return bogusState;
        }
        return handleConstruct(list3[constructIndex]);
      }
      function handleConstruct(construct) {
        return start;
        function start(code2) {
          info = store();
          currentConstruct = construct;
          if (!construct.partial) {
            context.currentConstruct = construct;
          }
          if (construct.name && context.parser.constructs.disable.null.includes(construct.name)) {
            return nok(code2);
          }
          return construct.tokenize.call(
            // If we do have fields, create an object w/ `context` as its
            // prototype.
            // This allows a “live binding”, which is needed for `interrupt`.
            fields ? Object.assign(Object.create(context), fields) : context,
            effects,
            ok3,
            nok
          )(code2);
        }
      }
      function ok3(code2) {
        consumed = true;
        onreturn(currentConstruct, info);
        return returnState;
      }
      function nok(code2) {
        consumed = true;
        info.restore();
        if (++constructIndex < listOfConstructs.length) {
          return handleConstruct(listOfConstructs[constructIndex]);
        }
        return bogusState;
      }
    }
  }
  function addResult(construct, from2) {
    if (construct.resolveAll && !resolveAllConstructs.includes(construct)) {
      resolveAllConstructs.push(construct);
    }
    if (construct.resolve) {
      splice(context.events, from2, context.events.length - from2, construct.resolve(context.events.slice(from2), context));
    }
    if (construct.resolveTo) {
      context.events = construct.resolveTo(context.events, context);
    }
  }
  function store() {
    const startPoint = now();
    const startPrevious = context.previous;
    const startCurrentConstruct = context.currentConstruct;
    const startEventsIndex = context.events.length;
    const startStack = Array.from(stack);
    return {
      from: startEventsIndex,
      restore
    };
    function restore() {
      point3 = startPoint;
      context.previous = startPrevious;
      context.currentConstruct = startCurrentConstruct;
      context.events.length = startEventsIndex;
      stack = startStack;
      accountForPotentialSkip();
    }
  }
  function accountForPotentialSkip() {
    if (point3.line in columnStart && point3.column < 2) {
      point3.column = columnStart[point3.line];
      point3.offset += columnStart[point3.line] - 1;
    }
  }
}
function sliceChunks(chunks, token) {
  const startIndex = token.start._index;
  const startBufferIndex = token.start._bufferIndex;
  const endIndex = token.end._index;
  const endBufferIndex = token.end._bufferIndex;
  let view;
  if (startIndex === endIndex) {
    view = [chunks[startIndex].slice(startBufferIndex, endBufferIndex)];
  } else {
    view = chunks.slice(startIndex, endIndex);
    if (startBufferIndex > -1) {
      const head = view[0];
      if (typeof head === "string") {
        view[0] = head.slice(startBufferIndex);
      } else {
        view.shift();
      }
    }
    if (endBufferIndex > 0) {
      view.push(chunks[endIndex].slice(0, endBufferIndex));
    }
  }
  return view;
}
function serializeChunks(chunks, expandTabs) {
  let index2 = -1;
  const result = [];
  let atTab;
  while (++index2 < chunks.length) {
    const chunk = chunks[index2];
    let value2;
    if (typeof chunk === "string") {
      value2 = chunk;
    } else switch (chunk) {
      case -5: {
        value2 = "\r";
        break;
      }
      case -4: {
        value2 = "\n";
        break;
      }
      case -3: {
        value2 = "\r\n";
        break;
      }
      case -2: {
        value2 = expandTabs ? " " : "	";
        break;
      }
      case -1: {
        if (!expandTabs && atTab) continue;
        value2 = " ";
        break;
      }
      default: {
        value2 = String.fromCharCode(chunk);
      }
    }
    atTab = chunk === -2;
    result.push(value2);
  }
  return result.join("");
}

// node_modules/mdast-util-from-markdown/node_modules/micromark/lib/parse.js
function parse(options) {
  const settings = options || {};
  const constructs2 = (
    /** @type {FullNormalizedExtension} */
    combineExtensions([constructs_exports, ...settings.extensions || []])
  );
  const parser = {
    constructs: constructs2,
    content: create2(content),
    defined: [],
    document: create2(document),
    flow: create2(flow),
    lazy: {},
    string: create2(string),
    text: create2(text)
  };
  return parser;
  function create2(initial) {
    return creator;
    function creator(from) {
      return createTokenizer(parser, initial, from);
    }
  }
}

// node_modules/mdast-util-from-markdown/node_modules/micromark/lib/postprocess.js
function postprocess(events) {
  while (!subtokenize(events)) {
  }
  return events;
}

// node_modules/mdast-util-from-markdown/node_modules/micromark/lib/preprocess.js
var search = /[\0\t\n\r]/g;
function preprocess() {
  let column = 1;
  let buffer = "";
  let start = true;
  let atCarriageReturn;
  return preprocessor;
  function preprocessor(value2, encoding, end) {
    const chunks = [];
    let match;
    let next;
    let startPosition;
    let endPosition;
    let code2;
    value2 = buffer + (typeof value2 === "string" ? value2.toString() : new TextDecoder(encoding || void 0).decode(value2));
    startPosition = 0;
    buffer = "";
    if (start) {
      if (value2.charCodeAt(0) === 65279) {
        startPosition++;
      }
      start = void 0;
    }
    while (startPosition < value2.length) {
      search.lastIndex = startPosition;
      match = search.exec(value2);
      endPosition = match && match.index !== void 0 ? match.index : value2.length;
      code2 = value2.charCodeAt(endPosition);
      if (!match) {
        buffer = value2.slice(startPosition);
        break;
      }
      if (code2 === 10 && startPosition === endPosition && atCarriageReturn) {
        chunks.push(-3);
        atCarriageReturn = void 0;
      } else {
        if (atCarriageReturn) {
          chunks.push(-5);
          atCarriageReturn = void 0;
        }
        if (startPosition < endPosition) {
          chunks.push(value2.slice(startPosition, endPosition));
          column += endPosition - startPosition;
        }
        switch (code2) {
          case 0: {
            chunks.push(65533);
            column++;
            break;
          }
          case 9: {
            next = Math.ceil(column / 4) * 4;
            chunks.push(-2);
            while (column++ < next) chunks.push(-1);
            break;
          }
          case 10: {
            chunks.push(-4);
            column = 1;
            break;
          }
          default: {
            atCarriageReturn = true;
            column = 1;
          }
        }
      }
      startPosition = endPosition + 1;
    }
    if (end) {
      if (atCarriageReturn) chunks.push(-5);
      if (buffer) chunks.push(buffer);
      chunks.push(null);
    }
    return chunks;
  }
}

// node_modules/micromark-util-decode-string/index.js
var characterEscapeOrReference = /\\([!-/:-@[-`{-~])|&(#(?:\d{1,7}|x[\da-f]{1,6})|[\da-z]{1,31});/gi;
function decodeString(value2) {
  return value2.replace(characterEscapeOrReference, decode);
}
function decode($0, $1, $2) {
  if ($1) {
    return $1;
  }
  const head = $2.charCodeAt(0);
  if (head === 35) {
    const head2 = $2.charCodeAt(1);
    const hex = head2 === 120 || head2 === 88;
    return decodeNumericCharacterReference($2.slice(hex ? 2 : 1), hex ? 16 : 10);
  }
  return decodeNamedCharacterReference($2) || $0;
}

// node_modules/unist-util-stringify-position/lib/index.js
function stringifyPosition(value2) {
  if (!value2 || typeof value2 !== "object") {
    return "";
  }
  if ("position" in value2 || "type" in value2) {
    return position(value2.position);
  }
  if ("start" in value2 || "end" in value2) {
    return position(value2);
  }
  if ("line" in value2 || "column" in value2) {
    return point(value2);
  }
  return "";
}
function point(point3) {
  return index(point3 && point3.line) + ":" + index(point3 && point3.column);
}
function position(pos) {
  return point(pos && pos.start) + "-" + point(pos && pos.end);
}
function index(value2) {
  return value2 && typeof value2 === "number" ? value2 : 1;
}

// node_modules/mdast-util-from-markdown/lib/index.js
var own2 = {}.hasOwnProperty;
function fromMarkdown(value2, encoding, options) {
  if (encoding && typeof encoding === "object") {
    options = encoding;
    encoding = void 0;
  }
  return compiler(options)(postprocess(parse(options).document().write(preprocess()(value2, encoding, true))));
}
function compiler(options) {
  const config = {
    afterExit: [],
    beforeEnter: [],
    transforms: [],
    canContainEols: ["emphasis", "fragment", "heading", "paragraph", "strong"],
    enter: {
      autolink: opener2(link),
      autolinkProtocol: onenterdata,
      autolinkEmail: onenterdata,
      atxHeading: opener2(heading),
      blockQuote: opener2(blockQuote2),
      characterEscape: onenterdata,
      characterReference: onenterdata,
      codeFenced: opener2(codeFlow),
      codeFencedFenceInfo: buffer,
      codeFencedFenceMeta: buffer,
      codeIndented: opener2(codeFlow, buffer),
      codeText: opener2(codeText2, buffer),
      codeTextData: onenterdata,
      data: onenterdata,
      codeFlowValue: onenterdata,
      definition: opener2(definition2),
      definitionDestinationString: buffer,
      definitionLabelString: buffer,
      definitionTitleString: buffer,
      emphasis: opener2(emphasis),
      hardBreakEscape: opener2(hardBreak),
      hardBreakTrailing: opener2(hardBreak),
      htmlFlow: opener2(html, buffer),
      htmlFlowData: onenterdata,
      htmlText: opener2(html, buffer),
      htmlTextData: onenterdata,
      image: opener2(image),
      label: buffer,
      link: opener2(link),
      listItem: opener2(listItem),
      listItemValue: onenterlistitemvalue,
      listOrdered: opener2(list3, onenterlistordered),
      listUnordered: opener2(list3),
      paragraph: opener2(paragraph),
      reference: onenterreference,
      referenceString: buffer,
      resourceDestinationString: buffer,
      resourceTitleString: buffer,
      setextHeading: opener2(heading),
      strong: opener2(strong),
      thematicBreak: opener2(thematicBreak2)
    },
    exit: {
      atxHeading: closer(),
      atxHeadingSequence: onexitatxheadingsequence,
      autolink: closer(),
      autolinkEmail: onexitautolinkemail,
      autolinkProtocol: onexitautolinkprotocol,
      blockQuote: closer(),
      characterEscapeValue: onexitdata,
      characterReferenceMarkerHexadecimal: onexitcharacterreferencemarker,
      characterReferenceMarkerNumeric: onexitcharacterreferencemarker,
      characterReferenceValue: onexitcharacterreferencevalue,
      characterReference: onexitcharacterreference,
      codeFenced: closer(onexitcodefenced),
      codeFencedFence: onexitcodefencedfence,
      codeFencedFenceInfo: onexitcodefencedfenceinfo,
      codeFencedFenceMeta: onexitcodefencedfencemeta,
      codeFlowValue: onexitdata,
      codeIndented: closer(onexitcodeindented),
      codeText: closer(onexitcodetext),
      codeTextData: onexitdata,
      data: onexitdata,
      definition: closer(),
      definitionDestinationString: onexitdefinitiondestinationstring,
      definitionLabelString: onexitdefinitionlabelstring,
      definitionTitleString: onexitdefinitiontitlestring,
      emphasis: closer(),
      hardBreakEscape: closer(onexithardbreak),
      hardBreakTrailing: closer(onexithardbreak),
      htmlFlow: closer(onexithtmlflow),
      htmlFlowData: onexitdata,
      htmlText: closer(onexithtmltext),
      htmlTextData: onexitdata,
      image: closer(onexitimage),
      label: onexitlabel,
      labelText: onexitlabeltext,
      lineEnding: onexitlineending,
      link: closer(onexitlink),
      listItem: closer(),
      listOrdered: closer(),
      listUnordered: closer(),
      paragraph: closer(),
      referenceString: onexitreferencestring,
      resourceDestinationString: onexitresourcedestinationstring,
      resourceTitleString: onexitresourcetitlestring,
      resource: onexitresource,
      setextHeading: closer(onexitsetextheading),
      setextHeadingLineSequence: onexitsetextheadinglinesequence,
      setextHeadingText: onexitsetextheadingtext,
      strong: closer(),
      thematicBreak: closer()
    }
  };
  configure(config, (options || {}).mdastExtensions || []);
  const data = {};
  return compile;
  function compile(events) {
    let tree = {
      type: "root",
      children: [],
      position: void 0
    };
    const context = {
      stack: [tree],
      tokenStack: [],
      config,
      enter,
      exit: exit3,
      buffer,
      resume,
      data
    };
    const thisByTokenizer = /* @__PURE__ */ new Map();
    let lastTokenizer, lastThis;
    const thisFor = (tokenizer) => {
      if (tokenizer === lastTokenizer) return lastThis;
      lastTokenizer = tokenizer;
      lastThis = thisByTokenizer.get(tokenizer);
      if (lastThis) return lastThis;
      lastThis = { ...context, sliceSerialize: tokenizer.sliceSerialize };
      thisByTokenizer.set(tokenizer, lastThis);
      return lastThis;
    };
    const listStack = [];
    const prepared = [];
    let index2 = -1;
    while (++index2 < events.length) {
      prepared.push(events[index2]);
      if (events[index2][1].type === "listOrdered" || events[index2][1].type === "listUnordered") {
        if (events[index2][0] === "enter") {
          listStack.push(prepared.length - 1);
        } else {
          const tail = listStack.pop();
          prepareList(prepared, tail);
        }
      }
    }
    events = prepared;
    index2 = -1;
    while (++index2 < events.length) {
      const handler = config[events[index2][0]];
      if (events[index2][0] === "enter" && config.beforeEnter.length > 0) {
        callListeners(config.beforeEnter, thisFor(events[index2][2]), events[index2][1]);
      }
      if (own2.call(handler, events[index2][1].type)) {
        handler[events[index2][1].type].call(thisFor(events[index2][2]), events[index2][1]);
      }
      if (events[index2][0] === "exit" && config.afterExit.length > 0) {
        callListeners(config.afterExit, thisFor(events[index2][2]), events[index2][1]);
      }
    }
    if (context.tokenStack.length > 0) {
      const tail = context.tokenStack[context.tokenStack.length - 1];
      const handler = tail[1] || defaultOnError;
      handler.call(context, void 0, tail[0]);
    }
    tree.position = {
      start: point2(events.length > 0 ? events[0][1].start : {
        line: 1,
        column: 1,
        offset: 0
      }),
      end: point2(events.length > 0 ? events[events.length - 2][1].end : {
        line: 1,
        column: 1,
        offset: 0
      })
    };
    index2 = -1;
    while (++index2 < config.transforms.length) {
      tree = config.transforms[index2](tree) || tree;
    }
    return tree;
  }
  function callListeners(listeners, context, token) {
    let index2 = -1;
    while (++index2 < listeners.length) {
      listeners[index2].call(context, token);
    }
  }
  function prepareList(events, start) {
    const end = events.length - 1;
    let index2 = start - 1;
    let containerBalance = -1;
    let listSpread = false;
    let listItem2;
    let lineIndex;
    let firstBlankLineIndex;
    let atMarker;
    const insertions = [];
    while (++index2 <= end) {
      const event = events[index2];
      switch (event[1].type) {
        case "listUnordered":
        case "listOrdered":
        case "blockQuote": {
          if (event[0] === "enter") {
            containerBalance++;
          } else {
            containerBalance--;
          }
          atMarker = void 0;
          break;
        }
        case "lineEndingBlank": {
          if (event[0] === "enter") {
            if (listItem2 && !atMarker && !containerBalance && !firstBlankLineIndex) {
              firstBlankLineIndex = index2;
            }
            atMarker = void 0;
          }
          break;
        }
        case "linePrefix":
        case "listItemValue":
        case "listItemMarker":
        case "listItemPrefix":
        case "listItemPrefixWhitespace": {
          break;
        }
        default: {
          atMarker = void 0;
        }
      }
      if (!containerBalance && event[0] === "enter" && event[1].type === "listItemPrefix" || containerBalance === -1 && event[0] === "exit" && (event[1].type === "listUnordered" || event[1].type === "listOrdered")) {
        if (listItem2) {
          let tailIndex = index2;
          lineIndex = void 0;
          while (tailIndex--) {
            const tailEvent = events[tailIndex];
            if (tailEvent[1].type === "lineEnding" || tailEvent[1].type === "lineEndingBlank") {
              if (tailEvent[0] === "exit") continue;
              if (lineIndex) {
                events[lineIndex][1].type = "lineEndingBlank";
                listSpread = true;
              }
              tailEvent[1].type = "lineEnding";
              lineIndex = tailIndex;
            } else if (tailEvent[1].type === "linePrefix" || tailEvent[1].type === "blockQuotePrefix" || tailEvent[1].type === "blockQuotePrefixWhitespace" || tailEvent[1].type === "blockQuoteMarker" || tailEvent[1].type === "listItemIndent") {
            } else {
              break;
            }
          }
          if (firstBlankLineIndex && (!lineIndex || firstBlankLineIndex < lineIndex)) {
            listItem2._spread = true;
          }
          listItem2.end = Object.assign({}, lineIndex ? events[lineIndex][1].start : event[1].end);
          insertions.push({
            at: lineIndex || index2,
            event: ["exit", listItem2, event[2]]
          });
        }
        if (event[1].type === "listItemPrefix") {
          const item = {
            type: "listItem",
            _spread: false,
            start: Object.assign({}, event[1].start),
            // @ts-expect-error: we’ll add `end` in a second.
            end: void 0
          };
          listItem2 = item;
          insertions.push({
            at: index2,
            event: ["enter", item, event[2]]
          });
          firstBlankLineIndex = void 0;
          atMarker = true;
        }
      }
    }
    const listEvents = events.splice(start);
    let insertion = 0;
    index2 = -1;
    while (++index2 < listEvents.length) {
      while (insertion < insertions.length && insertions[insertion].at === start + index2) {
        events.push(insertions[insertion++].event);
      }
      events.push(listEvents[index2]);
    }
    events[start][1]._spread = listSpread;
  }
  function opener2(create2, and) {
    return open;
    function open(token) {
      enter.call(this, create2(token), token);
      if (and) and.call(this, token);
    }
  }
  function buffer() {
    this.stack.push({
      type: "fragment",
      children: []
    });
  }
  function enter(node2, token, errorHandler) {
    const parent = this.stack[this.stack.length - 1];
    const siblings = parent.children;
    siblings.push(node2);
    this.stack.push(node2);
    this.tokenStack.push([token, errorHandler || void 0]);
    node2.position = {
      start: point2(token.start),
      // @ts-expect-error: `end` will be patched later.
      end: void 0
    };
  }
  function closer(and) {
    return close2;
    function close2(token) {
      if (and) and.call(this, token);
      exit3.call(this, token);
    }
  }
  function exit3(token, onExitError) {
    const node2 = this.stack.pop();
    const open = this.tokenStack.pop();
    if (!open) {
      throw new Error("Cannot close `" + token.type + "` (" + stringifyPosition({
        start: token.start,
        end: token.end
      }) + "): it\u2019s not open");
    }
    if (open[0].type !== token.type) {
      if (onExitError) {
        onExitError.call(this, token, open[0]);
      } else {
        const handler = open[1] || defaultOnError;
        handler.call(this, token, open[0]);
      }
    }
    node2.position.end = point2(token.end);
  }
  function resume() {
    return toString(this.stack.pop());
  }
  function onenterlistordered() {
    this.data.expectingFirstListItemValue = true;
  }
  function onenterlistitemvalue(token) {
    if (this.data.expectingFirstListItemValue) {
      const ancestor = this.stack[this.stack.length - 2];
      ancestor.start = Number.parseInt(this.sliceSerialize(token), 10);
      this.data.expectingFirstListItemValue = void 0;
    }
  }
  function onexitcodefencedfenceinfo() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.lang = data2;
  }
  function onexitcodefencedfencemeta() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.meta = data2;
  }
  function onexitcodefencedfence() {
    if (this.data.flowCodeInside) return;
    this.buffer();
    this.data.flowCodeInside = true;
  }
  function onexitcodefenced() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, "");
    this.data.flowCodeInside = void 0;
  }
  function onexitcodeindented() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2.replace(/(\r?\n|\r)$/g, "");
  }
  function onexitdefinitionlabelstring(token) {
    const label = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.label = label;
    node2.identifier = normalizeIdentifier(this.sliceSerialize(token)).toLowerCase();
  }
  function onexitdefinitiontitlestring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.title = data2;
  }
  function onexitdefinitiondestinationstring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.url = data2;
  }
  function onexitatxheadingsequence(token) {
    const node2 = this.stack[this.stack.length - 1];
    if (!node2.depth) {
      const depth = this.sliceSerialize(token).length;
      node2.depth = depth;
    }
  }
  function onexitsetextheadingtext() {
    this.data.setextHeadingSlurpLineEnding = true;
  }
  function onexitsetextheadinglinesequence(token) {
    const node2 = this.stack[this.stack.length - 1];
    node2.depth = this.sliceSerialize(token).codePointAt(0) === 61 ? 1 : 2;
  }
  function onexitsetextheading() {
    this.data.setextHeadingSlurpLineEnding = void 0;
  }
  function onenterdata(token) {
    const node2 = this.stack[this.stack.length - 1];
    const siblings = node2.children;
    let tail = siblings[siblings.length - 1];
    if (!tail || tail.type !== "text") {
      tail = text4();
      tail.position = {
        start: point2(token.start),
        // @ts-expect-error: we’ll add `end` later.
        end: void 0
      };
      siblings.push(tail);
    }
    this.stack.push(tail);
  }
  function onexitdata(token) {
    const tail = this.stack.pop();
    tail.value += this.sliceSerialize(token);
    tail.position.end = point2(token.end);
  }
  function onexitlineending(token) {
    const context = this.stack[this.stack.length - 1];
    if (this.data.atHardBreak) {
      const tail = context.children[context.children.length - 1];
      tail.position.end = point2(token.end);
      this.data.atHardBreak = void 0;
      return;
    }
    if (!this.data.setextHeadingSlurpLineEnding && config.canContainEols.includes(context.type)) {
      onenterdata.call(this, token);
      onexitdata.call(this, token);
    }
  }
  function onexithardbreak() {
    this.data.atHardBreak = true;
  }
  function onexithtmlflow() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2;
  }
  function onexithtmltext() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2;
  }
  function onexitcodetext() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2;
  }
  function onexitlink() {
    const node2 = this.stack[this.stack.length - 1];
    if (this.data.inReference) {
      const referenceType = this.data.referenceType || "shortcut";
      node2.type += "Reference";
      node2.referenceType = referenceType;
      delete node2.url;
      delete node2.title;
    } else {
      delete node2.identifier;
      delete node2.label;
    }
    this.data.referenceType = void 0;
  }
  function onexitimage() {
    const node2 = this.stack[this.stack.length - 1];
    if (this.data.inReference) {
      const referenceType = this.data.referenceType || "shortcut";
      node2.type += "Reference";
      node2.referenceType = referenceType;
      delete node2.url;
      delete node2.title;
    } else {
      delete node2.identifier;
      delete node2.label;
    }
    this.data.referenceType = void 0;
  }
  function onexitlabeltext(token) {
    const string3 = this.sliceSerialize(token);
    const ancestor = this.stack[this.stack.length - 2];
    ancestor.label = decodeString(string3);
    ancestor.identifier = normalizeIdentifier(string3).toLowerCase();
  }
  function onexitlabel() {
    const fragment = this.stack[this.stack.length - 1];
    const value2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    this.data.inReference = true;
    if (node2.type === "link") {
      const children = fragment.children;
      node2.children = children;
    } else {
      node2.alt = value2;
    }
  }
  function onexitresourcedestinationstring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.url = data2;
  }
  function onexitresourcetitlestring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.title = data2;
  }
  function onexitresource() {
    this.data.inReference = void 0;
  }
  function onenterreference() {
    this.data.referenceType = "collapsed";
  }
  function onexitreferencestring(token) {
    const label = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.label = label;
    node2.identifier = normalizeIdentifier(this.sliceSerialize(token)).toLowerCase();
    this.data.referenceType = "full";
  }
  function onexitcharacterreferencemarker(token) {
    this.data.characterReferenceType = token.type;
  }
  function onexitcharacterreferencevalue(token) {
    const data2 = this.sliceSerialize(token);
    const type = this.data.characterReferenceType;
    let value2;
    if (type) {
      value2 = decodeNumericCharacterReference(data2, type === "characterReferenceMarkerNumeric" ? 10 : 16);
      this.data.characterReferenceType = void 0;
    } else {
      const result = decodeNamedCharacterReference(data2);
      value2 = result;
    }
    const tail = this.stack[this.stack.length - 1];
    tail.value += value2;
  }
  function onexitcharacterreference(token) {
    const tail = this.stack.pop();
    tail.position.end = point2(token.end);
  }
  function onexitautolinkprotocol(token) {
    onexitdata.call(this, token);
    const node2 = this.stack[this.stack.length - 1];
    node2.url = this.sliceSerialize(token);
  }
  function onexitautolinkemail(token) {
    onexitdata.call(this, token);
    const node2 = this.stack[this.stack.length - 1];
    node2.url = "mailto:" + this.sliceSerialize(token);
  }
  function blockQuote2() {
    return {
      type: "blockquote",
      children: [],
      position: void 0
    };
  }
  function codeFlow() {
    return {
      type: "code",
      lang: null,
      meta: null,
      value: "",
      position: void 0
    };
  }
  function codeText2() {
    return {
      type: "inlineCode",
      value: "",
      position: void 0
    };
  }
  function definition2() {
    return {
      type: "definition",
      identifier: "",
      label: null,
      title: null,
      url: "",
      position: void 0
    };
  }
  function emphasis() {
    return {
      type: "emphasis",
      children: [],
      position: void 0
    };
  }
  function heading() {
    return {
      type: "heading",
      // @ts-expect-error `depth` will be set later.
      depth: 0,
      children: [],
      position: void 0
    };
  }
  function hardBreak() {
    return {
      type: "break",
      position: void 0
    };
  }
  function html() {
    return {
      type: "html",
      value: "",
      position: void 0
    };
  }
  function image() {
    return {
      type: "image",
      title: null,
      url: "",
      alt: null,
      position: void 0
    };
  }
  function link() {
    return {
      type: "link",
      title: null,
      url: "",
      children: [],
      position: void 0
    };
  }
  function list3(token) {
    return {
      type: "list",
      ordered: token.type === "listOrdered",
      start: null,
      spread: token._spread,
      children: [],
      position: void 0
    };
  }
  function listItem(token) {
    return {
      type: "listItem",
      spread: token._spread,
      checked: null,
      children: [],
      position: void 0
    };
  }
  function paragraph() {
    return {
      type: "paragraph",
      children: [],
      position: void 0
    };
  }
  function strong() {
    return {
      type: "strong",
      children: [],
      position: void 0
    };
  }
  function text4() {
    return {
      type: "text",
      value: "",
      position: void 0
    };
  }
  function thematicBreak2() {
    return {
      type: "thematicBreak",
      position: void 0
    };
  }
}
function point2(d) {
  return {
    line: d.line,
    column: d.column,
    offset: d.offset
  };
}
function configure(combined, extensions) {
  let index2 = -1;
  while (++index2 < extensions.length) {
    const value2 = extensions[index2];
    if (Array.isArray(value2)) {
      configure(combined, value2);
    } else {
      extension(combined, value2);
    }
  }
}
function extension(combined, extension2) {
  let key;
  for (key in extension2) {
    if (own2.call(extension2, key)) {
      switch (key) {
        case "canContainEols": {
          const right = extension2[key];
          if (right) {
            combined[key].push(...right);
          }
          break;
        }
        case "transforms": {
          const right = extension2[key];
          if (right) {
            combined[key].push(...right);
          }
          break;
        }
        case "afterExit":
        case "beforeEnter": {
          const right = extension2[key];
          if (right) {
            combined[key].push(right);
          }
          break;
        }
        case "enter":
        case "exit": {
          const right = extension2[key];
          if (right) {
            Object.assign(combined[key], right);
          }
          break;
        }
      }
    }
  }
}
function defaultOnError(left, right) {
  if (left) {
    throw new Error("Cannot close `" + left.type + "` (" + stringifyPosition({
      start: left.start,
      end: left.end
    }) + "): a different token (`" + right.type + "`, " + stringifyPosition({
      start: right.start,
      end: right.end
    }) + ") is open");
  }
  throw new Error("Cannot close document, a token (`" + right.type + "`, " + stringifyPosition({
    start: right.start,
    end: right.end
  }) + ") is still open");
}

// node_modules/devlop/lib/default.js
function ok() {
}

// node_modules/fault/index.js
var import_format = __toESM(require_format(), 1);
var fault = Object.assign(create(Error), {
  eval: create(EvalError),
  range: create(RangeError),
  reference: create(ReferenceError),
  syntax: create(SyntaxError),
  type: create(TypeError),
  uri: create(URIError)
});
function create(Constructor) {
  FormattedError.displayName = Constructor.displayName || Constructor.name;
  return FormattedError;
  function FormattedError(format, ...values) {
    const reason = format ? (0, import_format.default)(format, ...values) : format;
    return new Constructor(reason);
  }
}

// node_modules/micromark-extension-frontmatter/lib/to-matters.js
var own3 = {}.hasOwnProperty;
var markers = {
  yaml: "-",
  toml: "+"
};
function toMatters(options) {
  const result = [];
  let index2 = -1;
  const presetsOrMatters = Array.isArray(options) ? options : options ? [options] : ["yaml"];
  while (++index2 < presetsOrMatters.length) {
    result[index2] = matter(presetsOrMatters[index2]);
  }
  return result;
}
function matter(option) {
  let result = option;
  if (typeof result === "string") {
    if (!own3.call(markers, result)) {
      throw fault("Missing matter definition for `%s`", result);
    }
    result = {
      type: result,
      marker: markers[result]
    };
  } else if (typeof result !== "object") {
    throw fault("Expected matter to be an object, not `%j`", result);
  }
  if (!own3.call(result, "type")) {
    throw fault("Missing `type` in matter `%j`", result);
  }
  if (!own3.call(result, "fence") && !own3.call(result, "marker")) {
    throw fault("Missing `marker` or `fence` in matter `%j`", result);
  }
  return result;
}

// node_modules/micromark-extension-frontmatter/lib/syntax.js
function frontmatter(options) {
  const matters = toMatters(options);
  const flow3 = {};
  let index2 = -1;
  while (++index2 < matters.length) {
    const matter2 = matters[index2];
    const code2 = fence(matter2, "open").charCodeAt(0);
    const construct = createConstruct(matter2);
    const existing = flow3[code2];
    if (Array.isArray(existing)) {
      existing.push(construct);
    } else {
      flow3[code2] = [construct];
    }
  }
  return {
    flow: flow3
  };
}
function createConstruct(matter2) {
  const anywhere = matter2.anywhere;
  const frontmatterType = (
    /** @type {TokenType} */
    matter2.type
  );
  const fenceType = (
    /** @type {TokenType} */
    frontmatterType + "Fence"
  );
  const sequenceType = (
    /** @type {TokenType} */
    fenceType + "Sequence"
  );
  const valueType = (
    /** @type {TokenType} */
    frontmatterType + "Value"
  );
  const closingFenceConstruct = {
    tokenize: tokenizeClosingFence,
    partial: true
  };
  let buffer;
  let bufferIndex = 0;
  return {
    tokenize: tokenizeFrontmatter,
    concrete: true
  };
  function tokenizeFrontmatter(effects, ok3, nok) {
    const self = this;
    return start;
    function start(code2) {
      const position2 = self.now();
      if (
        // Indent not allowed.
        position2.column === 1 && // Normally, only allowed in first line.
        (position2.line === 1 || anywhere)
      ) {
        buffer = fence(matter2, "open");
        bufferIndex = 0;
        if (code2 === buffer.charCodeAt(bufferIndex)) {
          effects.enter(frontmatterType);
          effects.enter(fenceType);
          effects.enter(sequenceType);
          return openSequence(code2);
        }
      }
      return nok(code2);
    }
    function openSequence(code2) {
      if (bufferIndex === buffer.length) {
        effects.exit(sequenceType);
        if (markdownSpace(code2)) {
          effects.enter("whitespace");
          return openSequenceWhitespace(code2);
        }
        return openAfter(code2);
      }
      if (code2 === buffer.charCodeAt(bufferIndex++)) {
        effects.consume(code2);
        return openSequence;
      }
      return nok(code2);
    }
    function openSequenceWhitespace(code2) {
      if (markdownSpace(code2)) {
        effects.consume(code2);
        return openSequenceWhitespace;
      }
      effects.exit("whitespace");
      return openAfter(code2);
    }
    function openAfter(code2) {
      if (markdownLineEnding(code2)) {
        effects.exit(fenceType);
        effects.enter("lineEnding");
        effects.consume(code2);
        effects.exit("lineEnding");
        buffer = fence(matter2, "close");
        bufferIndex = 0;
        return effects.attempt(closingFenceConstruct, after, contentStart);
      }
      return nok(code2);
    }
    function contentStart(code2) {
      if (code2 === null || markdownLineEnding(code2)) {
        return contentEnd(code2);
      }
      effects.enter(valueType);
      return contentInside(code2);
    }
    function contentInside(code2) {
      if (code2 === null || markdownLineEnding(code2)) {
        effects.exit(valueType);
        return contentEnd(code2);
      }
      effects.consume(code2);
      return contentInside;
    }
    function contentEnd(code2) {
      if (code2 === null) {
        return nok(code2);
      }
      effects.enter("lineEnding");
      effects.consume(code2);
      effects.exit("lineEnding");
      return effects.attempt(closingFenceConstruct, after, contentStart);
    }
    function after(code2) {
      effects.exit(frontmatterType);
      return ok3(code2);
    }
  }
  function tokenizeClosingFence(effects, ok3, nok) {
    let bufferIndex2 = 0;
    return closeStart;
    function closeStart(code2) {
      if (code2 === buffer.charCodeAt(bufferIndex2)) {
        effects.enter(fenceType);
        effects.enter(sequenceType);
        return closeSequence(code2);
      }
      return nok(code2);
    }
    function closeSequence(code2) {
      if (bufferIndex2 === buffer.length) {
        effects.exit(sequenceType);
        if (markdownSpace(code2)) {
          effects.enter("whitespace");
          return closeSequenceWhitespace(code2);
        }
        return closeAfter(code2);
      }
      if (code2 === buffer.charCodeAt(bufferIndex2++)) {
        effects.consume(code2);
        return closeSequence;
      }
      return nok(code2);
    }
    function closeSequenceWhitespace(code2) {
      if (markdownSpace(code2)) {
        effects.consume(code2);
        return closeSequenceWhitespace;
      }
      effects.exit("whitespace");
      return closeAfter(code2);
    }
    function closeAfter(code2) {
      if (code2 === null || markdownLineEnding(code2)) {
        effects.exit(fenceType);
        return ok3(code2);
      }
      return nok(code2);
    }
  }
}
function fence(matter2, prop) {
  return matter2.marker ? pick(matter2.marker, prop).repeat(3) : (
    // @ts-expect-error: They’re mutually exclusive.
    pick(matter2.fence, prop)
  );
}
function pick(schema, prop) {
  return typeof schema === "string" ? schema : schema[prop];
}

// node_modules/escape-string-regexp/index.js
function escapeStringRegexp(string3) {
  if (typeof string3 !== "string") {
    throw new TypeError("Expected a string");
  }
  return string3.replace(/[|\\{}()[\]^$+*?.]/g, "\\$&").replace(/-/g, "\\x2d");
}

// node_modules/mdast-util-frontmatter/lib/index.js
function frontmatterFromMarkdown(options) {
  const matters = toMatters(options);
  const enter = {};
  const exit3 = {};
  let index2 = -1;
  while (++index2 < matters.length) {
    const matter2 = matters[index2];
    enter[matter2.type] = opener(matter2);
    exit3[matter2.type] = close;
    exit3[matter2.type + "Value"] = value;
  }
  return { enter, exit: exit3 };
}
function opener(matter2) {
  return open;
  function open(token) {
    this.enter({ type: matter2.type, value: "" }, token);
    this.buffer();
  }
}
function close(token) {
  const data = this.resume();
  const node2 = this.stack[this.stack.length - 1];
  ok("value" in node2);
  this.exit(token);
  node2.value = data.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, "");
}
function value(token) {
  this.config.enter.data.call(this, token);
  this.config.exit.data.call(this, token);
}

// node_modules/ccount/index.js
function ccount(value2, character) {
  const source = String(value2);
  if (typeof character !== "string") {
    throw new TypeError("Expected character");
  }
  let count = 0;
  let index2 = source.indexOf(character);
  while (index2 !== -1) {
    count++;
    index2 = source.indexOf(character, index2 + character.length);
  }
  return count;
}

// node_modules/unist-util-is/lib/index.js
var convert = (
  // Note: overloads in JSDoc can’t yet use different `@template`s.
  /**
   * @type {(
   *   (<Condition extends string>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & {type: Condition}) &
   *   (<Condition extends Props>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & Condition) &
   *   (<Condition extends TestFunction>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & Predicate<Condition, Node>) &
   *   ((test?: null | undefined) => (node?: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node) &
   *   ((test?: Test) => Check)
   * )}
   */
  /**
   * @param {Test} [test]
   * @returns {Check}
   */
  (function(test) {
    if (test === null || test === void 0) {
      return ok2;
    }
    if (typeof test === "function") {
      return castFactory(test);
    }
    if (typeof test === "object") {
      return Array.isArray(test) ? anyFactory(test) : (
        // Cast because `ReadonlyArray` goes into the above but `isArray`
        // narrows to `Array`.
        propertiesFactory(
          /** @type {Props} */
          test
        )
      );
    }
    if (typeof test === "string") {
      return typeFactory(test);
    }
    throw new Error("Expected function, string, or object as test");
  })
);
function anyFactory(tests) {
  const checks = [];
  let index2 = -1;
  while (++index2 < tests.length) {
    checks[index2] = convert(tests[index2]);
  }
  return castFactory(any);
  function any(...parameters) {
    let index3 = -1;
    while (++index3 < checks.length) {
      if (checks[index3].apply(this, parameters)) return true;
    }
    return false;
  }
}
function propertiesFactory(check) {
  const checkAsRecord = (
    /** @type {Record<string, unknown>} */
    check
  );
  return castFactory(all2);
  function all2(node2) {
    const nodeAsRecord = (
      /** @type {Record<string, unknown>} */
      /** @type {unknown} */
      node2
    );
    let key;
    for (key in check) {
      if (nodeAsRecord[key] !== checkAsRecord[key]) return false;
    }
    return true;
  }
}
function typeFactory(check) {
  return castFactory(type);
  function type(node2) {
    return node2 && node2.type === check;
  }
}
function castFactory(testFunction) {
  return check;
  function check(value2, index2, parent) {
    return Boolean(
      looksLikeANode(value2) && testFunction.call(
        this,
        value2,
        typeof index2 === "number" ? index2 : void 0,
        parent || void 0
      )
    );
  }
}
function ok2() {
  return true;
}
function looksLikeANode(value2) {
  return value2 !== null && typeof value2 === "object" && "type" in value2;
}

// node_modules/unist-util-visit-parents/lib/color.node.js
function color(d) {
  return "\x1B[33m" + d + "\x1B[39m";
}

// node_modules/unist-util-visit-parents/lib/index.js
var empty = [];
var CONTINUE = true;
var EXIT = false;
var SKIP = "skip";
function visitParents(tree, testOrEnterOrVisitors, enterOrVisitorsOrReverse, reverse) {
  if (!tree || typeof tree !== "object") {
    throw new Error("Unexpected value `" + tree + "` for `tree`, expected node");
  }
  let preorder = true;
  let check;
  let visitors;
  let enter;
  let exit3;
  if (typeof enterOrVisitorsOrReverse === "function" || enterOrVisitorsOrReverse && typeof enterOrVisitorsOrReverse === "object") {
    check = /** @type {Test} */
    testOrEnterOrVisitors;
    visitors = enterOrVisitorsOrReverse;
    if (reverse) preorder = false;
  } else {
    visitors = /** @type {Visitors | Visitor} */
    testOrEnterOrVisitors;
    if (enterOrVisitorsOrReverse) preorder = false;
  }
  if (typeof visitors === "function") {
    enter = visitors;
  } else if (visitors && typeof visitors === "object") {
    if (visitors.enter === null || visitors.enter === void 0) {
    } else if (typeof visitors.enter === "function") {
      enter = visitors.enter;
    } else {
      throw new Error(
        "Unexpected value `" + visitors.enter + "` for `visitors.enter`, expected optional visitor"
      );
    }
    if (typeof visitors.exit === "function") {
      exit3 = visitors.exit;
    } else {
      throw new Error(
        "Unexpected value `" + visitors.exit + "` for `visitors.exit`, expected visitor (pass a visitor directly if you only want an enter visitor)"
      );
    }
  } else {
    throw new Error(
      "Unexpected value `" + visitors + "` for `enter` or `visitors`, expected visitor or object with visitors"
    );
  }
  const is2 = convert(check);
  const step = preorder ? 1 : -1;
  factory(tree, void 0, [])();
  function factory(node2, index2, parents) {
    const value2 = (
      /** @type {Record<string, unknown>} */
      node2 && typeof node2 === "object" ? node2 : {}
    );
    if (typeof value2.type === "string") {
      const name = (
        // `hast`
        typeof value2.tagName === "string" ? value2.tagName : (
          // `xast`
          typeof value2.name === "string" ? value2.name : void 0
        )
      );
      Object.defineProperty(visit2, "name", {
        value: "node (" + color(node2.type + (name ? "<" + name + ">" : "")) + ")"
      });
    }
    return visit2;
    function visit2() {
      const matches = !check || is2(node2, index2, parents[parents.length - 1] || void 0);
      let result = empty;
      if (enter && matches) {
        result = toResult(enter(node2, parents, index2));
        if (result[0] === EXIT) {
          return result;
        }
      }
      if ("children" in node2 && node2.children) {
        const nodeAsParent = (
          /** @type {UnistParent} */
          node2
        );
        if (nodeAsParent.children && result[0] !== SKIP) {
          let offset = (preorder ? -1 : nodeAsParent.children.length) + step;
          const grandparents = [...parents, nodeAsParent];
          while (offset > -1 && offset < nodeAsParent.children.length) {
            const child = nodeAsParent.children[offset];
            const subresult = factory(child, offset, grandparents)();
            if (subresult[0] === EXIT) {
              return subresult;
            }
            offset = typeof subresult[1] === "number" ? subresult[1] : offset + step;
          }
        }
      }
      if (exit3 && matches) {
        const exitResult = toResult(exit3(node2, parents, index2));
        if (exitResult[0] === SKIP) {
          throw new Error(
            "Unexpected value `" + exitResult[0] + "` from `exit`, expected `CONTINUE`, `EXIT`, index, or nothing"
          );
        }
        if (exitResult[0] === EXIT || typeof exitResult[1] === "number") {
          return exitResult;
        }
      }
      return result;
    }
  }
}
function toResult(value2) {
  if (Array.isArray(value2)) {
    return value2;
  }
  if (typeof value2 === "number") {
    return [CONTINUE, value2];
  }
  return value2 === null || value2 === void 0 ? empty : [value2];
}

// node_modules/mdast-util-find-and-replace/lib/index.js
function findAndReplace(tree, list3, options) {
  const settings = options || {};
  const ignored = convert(settings.ignore || []);
  const pairs = toPairs(list3);
  let pairIndex = -1;
  while (++pairIndex < pairs.length) {
    visitParents(tree, visitor);
  }
  function visitor(node2, parents, index2) {
    if (node2.type === "text" && typeof index2 === "number") {
      return handler(node2, parents, index2);
    }
    if (ignored(node2, index2, parents[parents.length - 1])) return SKIP;
  }
  function handler(node2, parents, index2) {
    const parent = parents[parents.length - 1];
    const find = pairs[pairIndex][0];
    const replace2 = pairs[pairIndex][1];
    let start = 0;
    let change = false;
    let nodes = [];
    find.lastIndex = 0;
    let match = find.exec(node2.value);
    while (match) {
      const position2 = match.index;
      const matchObject = {
        index: match.index,
        input: match.input,
        stack: [...parents, node2]
      };
      let value2 = replace2(...match, matchObject);
      if (typeof value2 === "string") {
        value2 = value2.length > 0 ? { type: "text", value: value2 } : void 0;
      }
      if (value2 === false) {
        find.lastIndex = position2 + 1;
      } else {
        if (start !== position2) {
          add({ type: "text", value: node2.value.slice(start, position2) });
        }
        if (Array.isArray(value2)) {
          for (const child of value2) add(child);
        } else if (value2) {
          add(value2);
        }
        start = position2 + match[0].length;
        change = true;
      }
      if (!find.global) {
        break;
      }
      match = find.exec(node2.value);
    }
    if (change) {
      if (start < node2.value.length) {
        add({ type: "text", value: node2.value.slice(start) });
      }
      parent.children.splice(index2, 1, ...nodes);
    } else {
      nodes = [node2];
    }
    return index2 + nodes.length;
    function add(child) {
      const previous3 = nodes[nodes.length - 1];
      if (previous3 && previous3.type === "text" && child.type === "text") {
        previous3.value += child.value;
      } else {
        nodes.push(child);
      }
    }
  }
}
function toPairs(tupleOrList) {
  if (!Array.isArray(tupleOrList)) {
    throw new TypeError("Expected find and replace tuple or list of tuples");
  }
  const result = [];
  const list3 = !tupleOrList[0] || Array.isArray(tupleOrList[0]) ? (
    /** @type {FindAndReplaceList} */
    tupleOrList
  ) : [
    /** @type {FindAndReplaceTuple} */
    tupleOrList
  ];
  let index2 = -1;
  while (++index2 < list3.length) {
    const tuple = list3[index2];
    result.push([toExpression(tuple[0]), toFunction(tuple[1])]);
  }
  return result;
}
function toExpression(find) {
  return typeof find === "string" ? new RegExp(escapeStringRegexp(find), "g") : find;
}
function toFunction(replace2) {
  return typeof replace2 === "function" ? replace2 : function() {
    return replace2;
  };
}

// node_modules/mdast-util-gfm-autolink-literal/lib/index.js
function gfmAutolinkLiteralFromMarkdown() {
  return {
    transforms: [transformGfmAutolinkLiterals],
    enter: {
      literalAutolink: enterLiteralAutolink,
      literalAutolinkEmail: enterLiteralAutolinkValue,
      literalAutolinkHttp: enterLiteralAutolinkValue,
      literalAutolinkWww: enterLiteralAutolinkValue
    },
    exit: {
      literalAutolink: exitLiteralAutolink,
      literalAutolinkEmail: exitLiteralAutolinkEmail,
      literalAutolinkHttp: exitLiteralAutolinkHttp,
      literalAutolinkWww: exitLiteralAutolinkWww
    }
  };
}
function enterLiteralAutolink(token) {
  this.enter(
    { type: "link", title: null, url: "", children: [], position: void 0 },
    token
  );
}
function enterLiteralAutolinkValue(token) {
  this.config.enter.autolinkProtocol.call(this, token);
}
function exitLiteralAutolinkHttp(token) {
  this.config.exit.autolinkProtocol.call(this, token);
}
function exitLiteralAutolinkWww(token) {
  this.config.exit.data.call(this, token);
  const node2 = this.stack[this.stack.length - 1];
  ok(node2.type === "link");
  node2.url = "http://" + this.sliceSerialize(token);
}
function exitLiteralAutolinkEmail(token) {
  this.config.exit.autolinkEmail.call(this, token);
}
function exitLiteralAutolink(token) {
  this.exit(token);
}
function transformGfmAutolinkLiterals(tree) {
  findAndReplace(
    tree,
    [
      [
        /(?<![\da-z])(https?:\/\/|www(?=\.))([\w-]*\.[\w\-.]*)([^\t\n\r ]*)/gi,
        findUrl
      ],
      [
        /(?<![\w+\-.@])xmpp:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)(\/(?:[\w\-/]|\.(?=[\dA-Za-z]))*)?/g,
        findXmpp
      ],
      [/(?<![\w+\-.@])mailto:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g, findMailto],
      [
        /(?<![\w+\-.]|(?:^|[^\d@A-Za-z])(?:mailto|xmpp):)([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g,
        findEmail
      ]
    ],
    { ignore: ["link", "linkReference"] }
  );
}
function findUrl(_, protocol, domain2, path2, match) {
  if (!previous2(match)) {
    return false;
  }
  let prefix = "";
  if (/^w/i.test(protocol)) {
    domain2 = protocol + domain2;
    protocol = "";
    prefix = "http://";
  }
  if (unicodePunctuation(domain2.charCodeAt(0)) || !isCorrectDomain(domain2)) {
    return false;
  }
  const parts = splitUrl(domain2 + path2);
  const result = {
    type: "link",
    title: null,
    url: prefix + protocol + parts[0],
    children: [{ type: "text", value: protocol + parts[0], position: void 0 }],
    position: void 0
  };
  if (parts[1]) {
    return [result, { type: "text", value: parts[1], position: void 0 }];
  }
  return result;
}
function findEmail(_, atext, label) {
  if (/[\d\-_]$/.test(label)) {
    return false;
  }
  return {
    type: "link",
    title: null,
    url: "mailto:" + atext + "@" + label,
    children: [{ type: "text", value: atext + "@" + label, position: void 0 }],
    position: void 0
  };
}
function findMailto(_, atext, label) {
  if (/[\d\-_]$/.test(label)) {
    return false;
  }
  const value2 = "mailto:" + atext + "@" + label;
  return {
    type: "link",
    title: null,
    url: value2,
    children: [{ type: "text", value: value2, position: void 0 }],
    position: void 0
  };
}
function findXmpp(matchValue, atext, label, resource, match) {
  if (/[\d\-_]$/.test(label) || resource && (!/[A-Za-z]$/.test(resource) || match.input.charAt(match.index + matchValue.length) === "@")) {
    return false;
  }
  const value2 = "xmpp:" + atext + "@" + label + (resource || "");
  return {
    type: "link",
    title: null,
    url: value2,
    children: [{ type: "text", value: value2, position: void 0 }],
    position: void 0
  };
}
function isCorrectDomain(domain2) {
  const parts = domain2.split(".");
  if (parts.length < 2 || parts[parts.length - 1] && (/_/.test(parts[parts.length - 1]) || !/[\dA-Za-z]/.test(parts[parts.length - 1])) || parts[parts.length - 2] && (/_/.test(parts[parts.length - 2]) || !/[\dA-Za-z]/.test(parts[parts.length - 2]))) {
    return false;
  }
  return true;
}
function splitUrl(url) {
  let index2 = url.length;
  while (index2 > 0) {
    const code2 = url.charCodeAt(index2 - 1);
    if (code2 === 33 || code2 === 34 || code2 === 38 || code2 === 39 || code2 === 41 || code2 === 44 || code2 === 46 || code2 === 58 || code2 === 59 || code2 === 60 || code2 === 62 || code2 === 63 || code2 === 93 || code2 === 125) {
      index2--;
    } else {
      break;
    }
  }
  if (index2 === url.length) {
    return [url, void 0];
  }
  let trail2 = url.slice(index2);
  url = url.slice(0, index2);
  let closingParenIndex = trail2.indexOf(")");
  const openingParens = ccount(url, "(");
  let closingParens = ccount(url, ")");
  while (closingParenIndex !== -1 && openingParens > closingParens) {
    url += trail2.slice(0, closingParenIndex + 1);
    trail2 = trail2.slice(closingParenIndex + 1);
    closingParenIndex = trail2.indexOf(")");
    closingParens++;
  }
  return [url, trail2];
}
function previous2(match) {
  const code2 = match.input.charCodeAt(match.index - 1);
  return match.index === 0 || unicodeWhitespace(code2) || unicodePunctuation(code2);
}

// node_modules/mdast-util-gfm-footnote/lib/index.js
footnoteReference.peek = footnoteReferencePeek;
function enterFootnoteCallString() {
  this.buffer();
}
function enterFootnoteCall(token) {
  this.enter({ type: "footnoteReference", identifier: "", label: "" }, token);
}
function enterFootnoteDefinitionLabelString() {
  this.buffer();
}
function enterFootnoteDefinition(token) {
  this.enter(
    { type: "footnoteDefinition", identifier: "", label: "", children: [] },
    token
  );
}
function exitFootnoteCallString(token) {
  const label = this.resume();
  const node2 = this.stack[this.stack.length - 1];
  ok(node2.type === "footnoteReference");
  node2.identifier = normalizeIdentifier(
    this.sliceSerialize(token)
  ).toLowerCase();
  node2.label = label;
}
function exitFootnoteCall(token) {
  this.exit(token);
}
function exitFootnoteDefinitionLabelString(token) {
  const label = this.resume();
  const node2 = this.stack[this.stack.length - 1];
  ok(node2.type === "footnoteDefinition");
  node2.identifier = normalizeIdentifier(
    this.sliceSerialize(token)
  ).toLowerCase();
  node2.label = label;
}
function exitFootnoteDefinition(token) {
  this.exit(token);
}
function footnoteReferencePeek() {
  return "[";
}
function footnoteReference(node2, _, state, info) {
  const tracker = state.createTracker(info);
  let value2 = tracker.move("[^");
  const exit3 = state.enter("footnoteReference");
  const subexit = state.enter("reference");
  value2 += tracker.move(
    state.safe(state.associationId(node2), { after: "]", before: value2 })
  );
  subexit();
  exit3();
  value2 += tracker.move("]");
  return value2;
}
function gfmFootnoteFromMarkdown() {
  return {
    enter: {
      gfmFootnoteCallString: enterFootnoteCallString,
      gfmFootnoteCall: enterFootnoteCall,
      gfmFootnoteDefinitionLabelString: enterFootnoteDefinitionLabelString,
      gfmFootnoteDefinition: enterFootnoteDefinition
    },
    exit: {
      gfmFootnoteCallString: exitFootnoteCallString,
      gfmFootnoteCall: exitFootnoteCall,
      gfmFootnoteDefinitionLabelString: exitFootnoteDefinitionLabelString,
      gfmFootnoteDefinition: exitFootnoteDefinition
    }
  };
}

// node_modules/mdast-util-gfm-strikethrough/lib/index.js
handleDelete.attention = attentionDelete;
handleDelete.peek = peekDelete;
function gfmStrikethroughFromMarkdown() {
  return {
    canContainEols: ["delete"],
    enter: { strikethrough: enterStrikethrough },
    exit: { strikethrough: exitStrikethrough }
  };
}
function enterStrikethrough(token) {
  this.enter({ type: "delete", children: [], position: void 0 }, token);
}
function exitStrikethrough(token) {
  this.exit(token);
}
function handleDelete(node2, _, state, info) {
  const tracker = state.createTracker(info);
  const sequence = state.stack.includes("strikethrough") ? "~" : "~~";
  const exit3 = state.enter("strikethrough");
  let value2 = tracker.move(sequence);
  value2 += state.containerPhrasing(node2, {
    ...tracker.current(),
    before: value2,
    after: "~"
  });
  value2 += tracker.move(sequence);
  exit3();
  return value2;
}
function attentionDelete() {
  return { construct: "strikethrough", markers: ["~"], sizes: [2, 1] };
}
function peekDelete() {
  return "~";
}

// node_modules/unist-util-visit/lib/index.js
function visit(tree, testOrEnterOrVisitors, enterOrVisitorsOrReverse, maybeReverse) {
  let check;
  let visitors;
  let reverse;
  if (typeof enterOrVisitorsOrReverse === "function" || enterOrVisitorsOrReverse && typeof enterOrVisitorsOrReverse === "object") {
    check = /** @type {Test} */
    testOrEnterOrVisitors;
    visitors = enterOrVisitorsOrReverse;
    reverse = maybeReverse;
  } else {
    visitors = /** @type {Visitor | Visitors} */
    testOrEnterOrVisitors;
    reverse = enterOrVisitorsOrReverse;
  }
  if (typeof visitors === "function") {
    visitParents(tree, check, wrap(visitors), reverse);
  } else {
    visitParents(tree, check, wrapVisitors(visitors), reverse);
  }
}
function wrapVisitors(visitors) {
  if (!visitors || typeof visitors !== "object") return visitors;
  return {
    enter: typeof visitors.enter === "function" ? wrap(visitors.enter) : visitors.enter,
    exit: typeof visitors.exit === "function" ? wrap(visitors.exit) : visitors.exit
  };
}
function wrap(visitor) {
  return overload;
  function overload(node2, parents, index2) {
    return visitor(node2, index2, parents[parents.length - 1]);
  }
}

// node_modules/mdast-util-gfm-table/lib/index.js
function gfmTableFromMarkdown() {
  return {
    enter: {
      table: enterTable,
      tableData: enterCell,
      tableHeader: enterCell,
      tableRow: enterRow
    },
    exit: {
      codeText: exitCodeText,
      table: exitTable,
      tableData: exit2,
      tableHeader: exit2,
      tableRow: exit2
    }
  };
}
function enterTable(token) {
  const align = token._align;
  ok(align, "expected `_align` on table");
  this.enter(
    {
      type: "table",
      align: align.map(function(d) {
        return d === "none" ? null : d;
      }),
      children: [],
      position: void 0
    },
    token
  );
  this.data.inTable = true;
}
function exitTable(token) {
  this.exit(token);
  this.data.inTable = void 0;
}
function enterRow(token) {
  this.enter({ type: "tableRow", children: [], position: void 0 }, token);
}
function exit2(token) {
  this.exit(token);
}
function enterCell(token) {
  this.enter({ type: "tableCell", children: [], position: void 0 }, token);
}
function exitCodeText(token) {
  let value2 = this.resume();
  if (this.data.inTable) {
    value2 = value2.replace(/\\([\\|])/g, replace);
  }
  const node2 = this.stack[this.stack.length - 1];
  ok(node2.type === "inlineCode");
  node2.value = value2;
  this.exit(token);
}
function replace($0, $1) {
  return $1 === "|" ? $1 : $0;
}

// node_modules/mdast-util-gfm-task-list-item/lib/index.js
function gfmTaskListItemFromMarkdown() {
  return {
    exit: {
      taskListCheckValueChecked: exitCheck,
      taskListCheckValueUnchecked: exitCheck,
      paragraph: exitParagraphWithTaskListItem
    }
  };
}
function exitCheck(token) {
  const node2 = this.stack[this.stack.length - 2];
  ok(node2.type === "listItem");
  node2.checked = token.type === "taskListCheckValueChecked";
}
function exitParagraphWithTaskListItem(token) {
  const parent = this.stack[this.stack.length - 2];
  if (parent && parent.type === "listItem" && typeof parent.checked === "boolean") {
    const node2 = this.stack[this.stack.length - 1];
    ok(node2.type === "paragraph");
    const head = node2.children[0];
    if (head && head.type === "text") {
      const siblings = parent.children;
      let index2 = -1;
      let firstParagraph2;
      while (++index2 < siblings.length) {
        const sibling = siblings[index2];
        if (sibling.type === "paragraph") {
          firstParagraph2 = sibling;
          break;
        }
      }
      if (firstParagraph2 === node2) {
        head.value = head.value.slice(1);
        if (head.value.length === 0) {
          node2.children.shift();
        } else if (node2.position && head.position && typeof head.position.start.offset === "number") {
          head.position.start.column++;
          head.position.start.offset++;
          node2.position.start = { ...head.position.start };
        }
      }
    }
  }
  this.exit(token);
}

// node_modules/micromark-extension-gfm-autolink-literal/lib/syntax.js
var wwwPrefix = {
  tokenize: tokenizeWwwPrefix,
  partial: true
};
var domain = {
  tokenize: tokenizeDomain,
  partial: true
};
var path = {
  tokenize: tokenizePath,
  partial: true
};
var trail = {
  tokenize: tokenizeTrail,
  partial: true
};
var emailDomainDotTrail = {
  tokenize: tokenizeEmailDomainDotTrail,
  partial: true
};
var wwwAutolink = {
  name: "wwwAutolink",
  tokenize: tokenizeWwwAutolink,
  previous: previousWww
};
var protocolAutolink = {
  name: "protocolAutolink",
  tokenize: tokenizeProtocolAutolink,
  previous: previousProtocol
};
var emailAutolink = {
  name: "emailAutolink",
  tokenize: tokenizeEmailAutolink,
  previous: previousEmail
};
var text3 = {};
function gfmAutolinkLiteral() {
  return {
    text: text3
  };
}
var code = 48;
while (code < 123) {
  text3[code] = emailAutolink;
  code++;
  if (code === 58) code = 65;
  else if (code === 91) code = 97;
}
text3[43] = emailAutolink;
text3[45] = emailAutolink;
text3[46] = emailAutolink;
text3[95] = emailAutolink;
text3[72] = [emailAutolink, protocolAutolink];
text3[104] = [emailAutolink, protocolAutolink];
text3[87] = [emailAutolink, wwwAutolink];
text3[119] = [emailAutolink, wwwAutolink];
function tokenizeEmailAutolink(effects, ok3, nok) {
  const self = this;
  let dot;
  let data;
  return start;
  function start(code2) {
    if (!gfmAtext(code2) || !previousEmail.call(self, self.previous) || previousUnbalanced(self.events)) {
      return nok(code2);
    }
    effects.enter("literalAutolink");
    effects.enter("literalAutolinkEmail");
    return atext(code2);
  }
  function atext(code2) {
    if (gfmAtext(code2)) {
      effects.consume(code2);
      return atext;
    }
    if (code2 === 64) {
      effects.consume(code2);
      return emailDomain;
    }
    return nok(code2);
  }
  function emailDomain(code2) {
    if (code2 === 46) {
      return effects.check(emailDomainDotTrail, emailDomainAfter, emailDomainDot)(code2);
    }
    if (code2 === 45 || code2 === 95 || asciiAlphanumeric(code2)) {
      data = true;
      effects.consume(code2);
      return emailDomain;
    }
    return emailDomainAfter(code2);
  }
  function emailDomainDot(code2) {
    effects.consume(code2);
    dot = true;
    return emailDomain;
  }
  function emailDomainAfter(code2) {
    if (data && dot && asciiAlpha(self.previous)) {
      effects.exit("literalAutolinkEmail");
      effects.exit("literalAutolink");
      return ok3(code2);
    }
    return nok(code2);
  }
}
function tokenizeWwwAutolink(effects, ok3, nok) {
  const self = this;
  return wwwStart;
  function wwwStart(code2) {
    if (code2 !== 87 && code2 !== 119 || !previousWww.call(self, self.previous) || previousUnbalanced(self.events)) {
      return nok(code2);
    }
    effects.enter("literalAutolink");
    effects.enter("literalAutolinkWww");
    return effects.check(wwwPrefix, effects.attempt(domain, effects.attempt(path, wwwAfter), nok), nok)(code2);
  }
  function wwwAfter(code2) {
    effects.exit("literalAutolinkWww");
    effects.exit("literalAutolink");
    return ok3(code2);
  }
}
function tokenizeProtocolAutolink(effects, ok3, nok) {
  const self = this;
  let buffer = "";
  let seen = false;
  return protocolStart;
  function protocolStart(code2) {
    if ((code2 === 72 || code2 === 104) && previousProtocol.call(self, self.previous) && !previousUnbalanced(self.events)) {
      effects.enter("literalAutolink");
      effects.enter("literalAutolinkHttp");
      buffer += String.fromCodePoint(code2);
      effects.consume(code2);
      return protocolPrefixInside;
    }
    return nok(code2);
  }
  function protocolPrefixInside(code2) {
    if (asciiAlpha(code2) && buffer.length < 5) {
      buffer += String.fromCodePoint(code2);
      effects.consume(code2);
      return protocolPrefixInside;
    }
    if (code2 === 58) {
      const protocol = buffer.toLowerCase();
      if (protocol === "http" || protocol === "https") {
        effects.consume(code2);
        return protocolSlashesInside;
      }
    }
    return nok(code2);
  }
  function protocolSlashesInside(code2) {
    if (code2 === 47) {
      effects.consume(code2);
      if (seen) {
        return afterProtocol;
      }
      seen = true;
      return protocolSlashesInside;
    }
    return nok(code2);
  }
  function afterProtocol(code2) {
    return code2 === null || asciiControl(code2) || markdownLineEndingOrSpace(code2) || unicodeWhitespace(code2) || unicodePunctuation(code2) ? nok(code2) : effects.attempt(domain, effects.attempt(path, protocolAfter), nok)(code2);
  }
  function protocolAfter(code2) {
    effects.exit("literalAutolinkHttp");
    effects.exit("literalAutolink");
    return ok3(code2);
  }
}
function tokenizeWwwPrefix(effects, ok3, nok) {
  let size = 0;
  return wwwPrefixInside;
  function wwwPrefixInside(code2) {
    if ((code2 === 87 || code2 === 119) && size < 3) {
      size++;
      effects.consume(code2);
      return wwwPrefixInside;
    }
    if (code2 === 46 && size === 3) {
      effects.consume(code2);
      return wwwPrefixAfter;
    }
    return nok(code2);
  }
  function wwwPrefixAfter(code2) {
    return code2 === null ? nok(code2) : ok3(code2);
  }
}
function tokenizeDomain(effects, ok3, nok) {
  let underscoreInLastSegment;
  let underscoreInLastLastSegment;
  let seen;
  return domainInside;
  function domainInside(code2) {
    if (code2 === 46 || code2 === 95) {
      return effects.check(trail, domainAfter, domainAtPunctuation)(code2);
    }
    if (code2 === null || markdownLineEndingOrSpace(code2) || unicodeWhitespace(code2) || code2 !== 45 && unicodePunctuation(code2)) {
      return domainAfter(code2);
    }
    seen = true;
    effects.consume(code2);
    return domainInside;
  }
  function domainAtPunctuation(code2) {
    if (code2 === 95) {
      underscoreInLastSegment = true;
    } else {
      underscoreInLastLastSegment = underscoreInLastSegment;
      underscoreInLastSegment = void 0;
    }
    effects.consume(code2);
    return domainInside;
  }
  function domainAfter(code2) {
    if (underscoreInLastLastSegment || underscoreInLastSegment || !seen) {
      return nok(code2);
    }
    return ok3(code2);
  }
}
function tokenizePath(effects, ok3) {
  let sizeOpen = 0;
  let sizeClose = 0;
  return pathInside;
  function pathInside(code2) {
    if (code2 === 40) {
      sizeOpen++;
      effects.consume(code2);
      return pathInside;
    }
    if (code2 === 41 && sizeClose < sizeOpen) {
      return pathAtPunctuation(code2);
    }
    if (code2 === 33 || code2 === 34 || code2 === 38 || code2 === 39 || code2 === 41 || code2 === 42 || code2 === 44 || code2 === 46 || code2 === 58 || code2 === 59 || code2 === 60 || code2 === 63 || code2 === 93 || code2 === 95 || code2 === 126) {
      return effects.check(trail, ok3, pathAtPunctuation)(code2);
    }
    if (code2 === null || markdownLineEndingOrSpace(code2) || unicodeWhitespace(code2)) {
      return ok3(code2);
    }
    effects.consume(code2);
    return pathInside;
  }
  function pathAtPunctuation(code2) {
    if (code2 === 41) {
      sizeClose++;
    }
    effects.consume(code2);
    return pathInside;
  }
}
function tokenizeTrail(effects, ok3, nok) {
  return trail2;
  function trail2(code2) {
    if (code2 === 33 || code2 === 34 || code2 === 39 || code2 === 41 || code2 === 42 || code2 === 44 || code2 === 46 || code2 === 58 || code2 === 59 || code2 === 63 || code2 === 95 || code2 === 126) {
      effects.consume(code2);
      return trail2;
    }
    if (code2 === 38) {
      effects.consume(code2);
      return trailCharacterReferenceStart;
    }
    if (code2 === 93) {
      effects.consume(code2);
      return trailBracketAfter;
    }
    if (
      // `<` is an end.
      code2 === 60 || // So is whitespace.
      code2 === null || markdownLineEndingOrSpace(code2) || unicodeWhitespace(code2)
    ) {
      return ok3(code2);
    }
    return nok(code2);
  }
  function trailBracketAfter(code2) {
    if (code2 === null || code2 === 40 || code2 === 91 || markdownLineEndingOrSpace(code2) || unicodeWhitespace(code2)) {
      return ok3(code2);
    }
    return trail2(code2);
  }
  function trailCharacterReferenceStart(code2) {
    return asciiAlpha(code2) ? trailCharacterReferenceInside(code2) : nok(code2);
  }
  function trailCharacterReferenceInside(code2) {
    if (code2 === 59) {
      effects.consume(code2);
      return trail2;
    }
    if (asciiAlpha(code2)) {
      effects.consume(code2);
      return trailCharacterReferenceInside;
    }
    return nok(code2);
  }
}
function tokenizeEmailDomainDotTrail(effects, ok3, nok) {
  return start;
  function start(code2) {
    effects.consume(code2);
    return after;
  }
  function after(code2) {
    return asciiAlphanumeric(code2) ? nok(code2) : ok3(code2);
  }
}
function previousWww(code2) {
  return code2 === null || code2 === 40 || code2 === 42 || code2 === 95 || code2 === 91 || code2 === 93 || code2 === 126 || markdownLineEndingOrSpace(code2);
}
function previousProtocol(code2) {
  return !asciiAlpha(code2);
}
function previousEmail(code2) {
  return !(code2 === 47 || gfmAtext(code2));
}
function gfmAtext(code2) {
  return code2 === 43 || code2 === 45 || code2 === 46 || code2 === 95 || asciiAlphanumeric(code2);
}
function previousUnbalanced(events) {
  let index2 = events.length;
  let result = false;
  while (index2--) {
    const token = events[index2][1];
    if ((token.type === "labelLink" || token.type === "labelImage") && !token._balanced) {
      result = true;
      break;
    }
    if (token._gfmAutolinkLiteralWalkedInto) {
      result = false;
      break;
    }
  }
  if (events.length > 0 && !result) {
    events[events.length - 1][1]._gfmAutolinkLiteralWalkedInto = true;
  }
  return result;
}

// node_modules/micromark-extension-gfm-footnote/lib/syntax.js
var indent = {
  tokenize: tokenizeIndent2,
  partial: true
};
function gfmFootnote() {
  return {
    document: {
      [91]: {
        name: "gfmFootnoteDefinition",
        tokenize: tokenizeDefinitionStart,
        continuation: {
          tokenize: tokenizeDefinitionContinuation
        },
        exit: gfmFootnoteDefinitionEnd
      }
    },
    text: {
      [91]: {
        name: "gfmFootnoteCall",
        tokenize: tokenizeGfmFootnoteCall
      },
      [93]: {
        name: "gfmPotentialFootnoteCall",
        add: "after",
        tokenize: tokenizePotentialGfmFootnoteCall,
        resolveTo: resolveToPotentialGfmFootnoteCall
      }
    }
  };
}
function tokenizePotentialGfmFootnoteCall(effects, ok3, nok) {
  const self = this;
  let index2 = self.events.length;
  const defined = self.parser.gfmFootnotes || (self.parser.gfmFootnotes = []);
  let labelStart;
  while (index2--) {
    const token = self.events[index2][1];
    if (token.type === "labelImage") {
      labelStart = token;
      break;
    }
    if (token.type === "gfmFootnoteCall" || token.type === "labelLink" || token.type === "label" || token.type === "image" || token.type === "link") {
      break;
    }
  }
  return start;
  function start(code2) {
    if (!labelStart || !labelStart._balanced) {
      return nok(code2);
    }
    const id = normalizeIdentifier(self.sliceSerialize({
      start: labelStart.end,
      end: self.now()
    }));
    if (id.codePointAt(0) !== 94 || !defined.includes(id.slice(1))) {
      return nok(code2);
    }
    effects.enter("gfmFootnoteCallLabelMarker");
    effects.consume(code2);
    effects.exit("gfmFootnoteCallLabelMarker");
    return ok3(code2);
  }
}
function resolveToPotentialGfmFootnoteCall(events, context) {
  let index2 = events.length;
  let labelStart;
  while (index2--) {
    if (events[index2][1].type === "labelImage" && events[index2][0] === "enter") {
      labelStart = events[index2][1];
      break;
    }
  }
  events[index2 + 1][1].type = "data";
  events[index2 + 3][1].type = "gfmFootnoteCallLabelMarker";
  const call = {
    type: "gfmFootnoteCall",
    start: Object.assign({}, events[index2 + 3][1].start),
    end: Object.assign({}, events[events.length - 1][1].end)
  };
  const marker = {
    type: "gfmFootnoteCallMarker",
    start: Object.assign({}, events[index2 + 3][1].end),
    end: Object.assign({}, events[index2 + 3][1].end)
  };
  marker.end.column++;
  marker.end.offset++;
  marker.end._bufferIndex++;
  const string3 = {
    type: "gfmFootnoteCallString",
    start: Object.assign({}, marker.end),
    end: Object.assign({}, events[events.length - 1][1].start)
  };
  const chunk = {
    type: "chunkString",
    contentType: "string",
    start: Object.assign({}, string3.start),
    end: Object.assign({}, string3.end)
  };
  const replacement = [
    // Take the `labelImageMarker` (now `data`, the `!`)
    events[index2 + 1],
    events[index2 + 2],
    ["enter", call, context],
    // The `[`
    events[index2 + 3],
    events[index2 + 4],
    // The `^`.
    ["enter", marker, context],
    ["exit", marker, context],
    // Everything in between.
    ["enter", string3, context],
    ["enter", chunk, context],
    ["exit", chunk, context],
    ["exit", string3, context],
    // The ending (`]`, properly parsed and labelled).
    events[events.length - 2],
    events[events.length - 1],
    ["exit", call, context]
  ];
  events.splice(index2, events.length - index2 + 1, ...replacement);
  return events;
}
function tokenizeGfmFootnoteCall(effects, ok3, nok) {
  const self = this;
  const defined = self.parser.gfmFootnotes || (self.parser.gfmFootnotes = []);
  let size = 0;
  let data;
  return start;
  function start(code2) {
    effects.enter("gfmFootnoteCall");
    effects.enter("gfmFootnoteCallLabelMarker");
    effects.consume(code2);
    effects.exit("gfmFootnoteCallLabelMarker");
    return callStart;
  }
  function callStart(code2) {
    if (code2 !== 94) return nok(code2);
    effects.enter("gfmFootnoteCallMarker");
    effects.consume(code2);
    effects.exit("gfmFootnoteCallMarker");
    effects.enter("gfmFootnoteCallString");
    effects.enter("chunkString").contentType = "string";
    return callData;
  }
  function callData(code2) {
    if (
      // Too long.
      size > 999 || // Closing brace with nothing.
      code2 === 93 && !data || // Space or tab is not supported by GFM for some reason.
      // `\n` and `[` not being supported makes sense.
      code2 === null || code2 === 91 || markdownLineEndingOrSpace(code2)
    ) {
      return nok(code2);
    }
    if (code2 === 93) {
      effects.exit("chunkString");
      const token = effects.exit("gfmFootnoteCallString");
      if (!defined.includes(normalizeIdentifier(self.sliceSerialize(token)))) {
        return nok(code2);
      }
      effects.enter("gfmFootnoteCallLabelMarker");
      effects.consume(code2);
      effects.exit("gfmFootnoteCallLabelMarker");
      effects.exit("gfmFootnoteCall");
      return ok3;
    }
    if (!markdownLineEndingOrSpace(code2)) {
      data = true;
    }
    size++;
    effects.consume(code2);
    return code2 === 92 ? callEscape : callData;
  }
  function callEscape(code2) {
    if (code2 === 91 || code2 === 92 || code2 === 93) {
      effects.consume(code2);
      size++;
      return callData;
    }
    return callData(code2);
  }
}
function tokenizeDefinitionStart(effects, ok3, nok) {
  const self = this;
  const defined = self.parser.gfmFootnotes || (self.parser.gfmFootnotes = []);
  let identifier;
  let size = 0;
  let data;
  return start;
  function start(code2) {
    effects.enter("gfmFootnoteDefinition")._container = true;
    effects.enter("gfmFootnoteDefinitionLabel");
    effects.enter("gfmFootnoteDefinitionLabelMarker");
    effects.consume(code2);
    effects.exit("gfmFootnoteDefinitionLabelMarker");
    return labelAtMarker;
  }
  function labelAtMarker(code2) {
    if (code2 === 94) {
      effects.enter("gfmFootnoteDefinitionMarker");
      effects.consume(code2);
      effects.exit("gfmFootnoteDefinitionMarker");
      effects.enter("gfmFootnoteDefinitionLabelString");
      effects.enter("chunkString").contentType = "string";
      return labelInside;
    }
    return nok(code2);
  }
  function labelInside(code2) {
    if (
      // Too long.
      size > 999 || // Closing brace with nothing.
      code2 === 93 && !data || // Space or tab is not supported by GFM for some reason.
      // `\n` and `[` not being supported makes sense.
      code2 === null || code2 === 91 || markdownLineEndingOrSpace(code2)
    ) {
      return nok(code2);
    }
    if (code2 === 93) {
      effects.exit("chunkString");
      const token = effects.exit("gfmFootnoteDefinitionLabelString");
      identifier = normalizeIdentifier(self.sliceSerialize(token));
      effects.enter("gfmFootnoteDefinitionLabelMarker");
      effects.consume(code2);
      effects.exit("gfmFootnoteDefinitionLabelMarker");
      effects.exit("gfmFootnoteDefinitionLabel");
      return labelAfter;
    }
    if (!markdownLineEndingOrSpace(code2)) {
      data = true;
    }
    size++;
    effects.consume(code2);
    return code2 === 92 ? labelEscape : labelInside;
  }
  function labelEscape(code2) {
    if (code2 === 91 || code2 === 92 || code2 === 93) {
      effects.consume(code2);
      size++;
      return labelInside;
    }
    return labelInside(code2);
  }
  function labelAfter(code2) {
    if (code2 === 58) {
      effects.enter("definitionMarker");
      effects.consume(code2);
      effects.exit("definitionMarker");
      if (!defined.includes(identifier)) {
        defined.push(identifier);
      }
      return factorySpace(effects, whitespaceAfter, "gfmFootnoteDefinitionWhitespace");
    }
    return nok(code2);
  }
  function whitespaceAfter(code2) {
    return ok3(code2);
  }
}
function tokenizeDefinitionContinuation(effects, ok3, nok) {
  return effects.check(blankLine, ok3, effects.attempt(indent, ok3, nok));
}
function gfmFootnoteDefinitionEnd(effects) {
  effects.exit("gfmFootnoteDefinition");
}
function tokenizeIndent2(effects, ok3, nok) {
  const self = this;
  return factorySpace(effects, afterPrefix, "gfmFootnoteDefinitionIndent", 4 + 1);
  function afterPrefix(code2) {
    const tail = self.events[self.events.length - 1];
    return tail && tail[1].type === "gfmFootnoteDefinitionIndent" && tail[2].sliceSerialize(tail[1], true).length === 4 ? ok3(code2) : nok(code2);
  }
}

// node_modules/micromark-extension-gfm-strikethrough/lib/syntax.js
function gfmStrikethrough(options) {
  const options_ = options || {};
  let single = options_.singleTilde;
  const tokenizer = {
    name: "strikethrough",
    tokenize: tokenizeStrikethrough,
    resolveAll: resolveAllStrikethrough
  };
  if (single === null || single === void 0) {
    single = true;
  }
  return {
    text: {
      [126]: tokenizer
    },
    insideSpan: {
      null: [tokenizer]
    },
    attentionMarkers: {
      null: [126]
    }
  };
  function resolveAllStrikethrough(events, context) {
    let index2 = -1;
    while (++index2 < events.length) {
      if (events[index2][0] === "enter" && events[index2][1].type === "strikethroughSequenceTemporary" && events[index2][1]._close) {
        let open = index2;
        while (open--) {
          if (events[open][0] === "exit" && events[open][1].type === "strikethroughSequenceTemporary" && events[open][1]._open && // If the sizes are the same:
          events[index2][1].end.offset - events[index2][1].start.offset === events[open][1].end.offset - events[open][1].start.offset) {
            events[index2][1].type = "strikethroughSequence";
            events[open][1].type = "strikethroughSequence";
            const strikethrough = {
              type: "strikethrough",
              start: Object.assign({}, events[open][1].start),
              end: Object.assign({}, events[index2][1].end)
            };
            const text4 = {
              type: "strikethroughText",
              start: Object.assign({}, events[open][1].end),
              end: Object.assign({}, events[index2][1].start)
            };
            const nextEvents = [["enter", strikethrough, context], ["enter", events[open][1], context], ["exit", events[open][1], context], ["enter", text4, context]];
            const insideSpan2 = context.parser.constructs.insideSpan.null;
            if (insideSpan2) {
              splice(nextEvents, nextEvents.length, 0, resolveAll(insideSpan2, events.slice(open + 1, index2), context));
            }
            splice(nextEvents, nextEvents.length, 0, [["exit", text4, context], ["enter", events[index2][1], context], ["exit", events[index2][1], context], ["exit", strikethrough, context]]);
            splice(events, open - 1, index2 - open + 3, nextEvents);
            index2 = open + nextEvents.length - 2;
            break;
          }
        }
      }
    }
    index2 = -1;
    while (++index2 < events.length) {
      if (events[index2][1].type === "strikethroughSequenceTemporary") {
        events[index2][1].type = "data";
      }
    }
    return events;
  }
  function tokenizeStrikethrough(effects, ok3, nok) {
    const previous3 = this.previous;
    const events = this.events;
    let size = 0;
    return start;
    function start(code2) {
      if (previous3 === 126 && events[events.length - 1][1].type !== "characterEscape") {
        return nok(code2);
      }
      effects.enter("strikethroughSequenceTemporary");
      return more(code2);
    }
    function more(code2) {
      const before = classifyCharacter(previous3);
      if (code2 === 126) {
        if (size > 1) return nok(code2);
        effects.consume(code2);
        size++;
        return more;
      }
      if (size < 2 && !single) return nok(code2);
      const token = effects.exit("strikethroughSequenceTemporary");
      const after = classifyCharacter(code2);
      token._open = !after || after === 2 && Boolean(before);
      token._close = !before || before === 2 && Boolean(after);
      return ok3(code2);
    }
  }
}

// node_modules/micromark-extension-gfm-table/lib/edit-map.js
var EditMap2 = class {
  /**
   * Create a new edit map.
   */
  constructor() {
    this.map = [];
    this.index = /* @__PURE__ */ new Map();
  }
  /**
   * Create an edit: a remove and/or add at a certain place.
   *
   * @param {number} index
   *   Index at which to apply the edit.
   * @param {number} remove
   *   Count of items to remove at the index.
   * @param {Array<Event>} add
   *   Items to add at the index.
   * @returns {undefined}
   *   Nothing.
   */
  add(index2, remove, add) {
    addImplementation2(this, index2, remove, add);
  }
  // To do: add this when moving to `micromark`.
  // /**
  //  * Create an edit: but insert `add` before existing additions.
  //  *
  //  * @param {number} index
  //  * @param {number} remove
  //  * @param {Array<Event>} add
  //  * @returns {undefined}
  //  */
  // addBefore(index, remove, add) {
  //   addImplementation(this, index, remove, add, true)
  // }
  /**
   * Done, change the events.
   *
   * @param {Array<Event>} events
   *   List of events to apply the edits to.
   * @returns {undefined}
   *   Nothing.
   */
  consume(events) {
    this.map.sort(function(a, b) {
      return a[0] - b[0];
    });
    if (this.map.length === 0) {
      return;
    }
    let index2 = this.map.length;
    const vecs = [];
    while (index2 > 0) {
      index2 -= 1;
      vecs.push(events.slice(this.map[index2][0] + this.map[index2][1]), this.map[index2][2]);
      events.length = this.map[index2][0];
    }
    vecs.push(events.slice());
    events.length = 0;
    let slice = vecs.pop();
    while (slice) {
      for (const element of slice) {
        events.push(element);
      }
      slice = vecs.pop();
    }
    this.map.length = 0;
    this.index.clear();
  }
};
function addImplementation2(editMap, at, remove, add) {
  if (remove === 0 && add.length === 0) {
    return;
  }
  const existing = editMap.index.get(at);
  if (existing) {
    existing[1] += remove;
    existing[2].push(...add);
    return;
  }
  const change = [at, remove, add];
  editMap.map.push(change);
  editMap.index.set(at, change);
}

// node_modules/micromark-extension-gfm-table/lib/infer.js
function gfmTableAlign(events, index2) {
  let inDelimiterRow = false;
  const align = [];
  while (index2 < events.length) {
    const event = events[index2];
    if (inDelimiterRow) {
      if (event[0] === "enter") {
        if (event[1].type === "tableContent") {
          align.push(events[index2 + 1][1].type === "tableDelimiterMarker" ? "left" : "none");
        }
      } else if (event[1].type === "tableContent") {
        if (events[index2 - 1][1].type === "tableDelimiterMarker") {
          const alignIndex = align.length - 1;
          align[alignIndex] = align[alignIndex] === "left" ? "center" : "right";
        }
      } else if (event[1].type === "tableDelimiterRow") {
        break;
      }
    } else if (event[0] === "enter" && event[1].type === "tableDelimiterRow") {
      inDelimiterRow = true;
    }
    index2 += 1;
  }
  return align;
}

// node_modules/micromark-extension-gfm-table/lib/syntax.js
function gfmTable() {
  return {
    flow: {
      null: {
        name: "table",
        tokenize: tokenizeTable,
        resolveAll: resolveTable
      }
    }
  };
}
function tokenizeTable(effects, ok3, nok) {
  const self = this;
  let size = 0;
  let sizeB = 0;
  let seen;
  return start;
  function start(code2) {
    let index2 = self.events.length - 1;
    while (index2 > -1) {
      const {
        type
      } = self.events[index2][1];
      if (type === "lineEnding" || // Note: markdown-rs uses `whitespace` instead of `linePrefix`
      type === "linePrefix") {
        index2--;
      } else {
        break;
      }
    }
    const tail = index2 > -1 ? self.events[index2][1].type : null;
    const next = tail === "tableHead" || tail === "tableRow" ? bodyRowStart : headRowBefore;
    if (next === bodyRowStart && self.parser.lazy[self.now().line]) {
      return nok(code2);
    }
    return next(code2);
  }
  function headRowBefore(code2) {
    effects.enter("tableHead");
    effects.enter("tableRow");
    return headRowStart(code2);
  }
  function headRowStart(code2) {
    if (code2 === 124) {
      return headRowBreak(code2);
    }
    seen = true;
    sizeB += 1;
    return headRowBreak(code2);
  }
  function headRowBreak(code2) {
    if (code2 === null) {
      return nok(code2);
    }
    if (markdownLineEnding(code2)) {
      if (sizeB > 1) {
        sizeB = 0;
        self.interrupt = true;
        effects.exit("tableRow");
        effects.enter("lineEnding");
        effects.consume(code2);
        effects.exit("lineEnding");
        return headDelimiterStart;
      }
      return nok(code2);
    }
    if (markdownSpace(code2)) {
      return factorySpace(effects, headRowBreak, "whitespace")(code2);
    }
    sizeB += 1;
    if (seen) {
      seen = false;
      size += 1;
    }
    if (code2 === 124) {
      effects.enter("tableCellDivider");
      effects.consume(code2);
      effects.exit("tableCellDivider");
      seen = true;
      return headRowBreak;
    }
    effects.enter("data");
    return headRowData(code2);
  }
  function headRowData(code2) {
    if (code2 === null || code2 === 124 || markdownLineEndingOrSpace(code2)) {
      effects.exit("data");
      return headRowBreak(code2);
    }
    effects.consume(code2);
    return code2 === 92 ? headRowEscape : headRowData;
  }
  function headRowEscape(code2) {
    if (code2 === 92 || code2 === 124) {
      effects.consume(code2);
      return headRowData;
    }
    return headRowData(code2);
  }
  function headDelimiterStart(code2) {
    self.interrupt = false;
    if (self.parser.lazy[self.now().line]) {
      return nok(code2);
    }
    effects.enter("tableDelimiterRow");
    seen = false;
    if (markdownSpace(code2)) {
      return factorySpace(effects, headDelimiterBefore, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code2);
    }
    return headDelimiterBefore(code2);
  }
  function headDelimiterBefore(code2) {
    if (code2 === 45 || code2 === 58) {
      return headDelimiterValueBefore(code2);
    }
    if (code2 === 124) {
      seen = true;
      effects.enter("tableCellDivider");
      effects.consume(code2);
      effects.exit("tableCellDivider");
      return headDelimiterCellBefore;
    }
    return headDelimiterNok(code2);
  }
  function headDelimiterCellBefore(code2) {
    if (markdownSpace(code2)) {
      return factorySpace(effects, headDelimiterValueBefore, "whitespace")(code2);
    }
    return headDelimiterValueBefore(code2);
  }
  function headDelimiterValueBefore(code2) {
    if (code2 === 58) {
      sizeB += 1;
      seen = true;
      effects.enter("tableDelimiterMarker");
      effects.consume(code2);
      effects.exit("tableDelimiterMarker");
      return headDelimiterLeftAlignmentAfter;
    }
    if (code2 === 45) {
      sizeB += 1;
      return headDelimiterLeftAlignmentAfter(code2);
    }
    if (code2 === null || markdownLineEnding(code2)) {
      return headDelimiterCellAfter(code2);
    }
    return headDelimiterNok(code2);
  }
  function headDelimiterLeftAlignmentAfter(code2) {
    if (code2 === 45) {
      effects.enter("tableDelimiterFiller");
      return headDelimiterFiller(code2);
    }
    return headDelimiterNok(code2);
  }
  function headDelimiterFiller(code2) {
    if (code2 === 45) {
      effects.consume(code2);
      return headDelimiterFiller;
    }
    if (code2 === 58) {
      seen = true;
      effects.exit("tableDelimiterFiller");
      effects.enter("tableDelimiterMarker");
      effects.consume(code2);
      effects.exit("tableDelimiterMarker");
      return headDelimiterRightAlignmentAfter;
    }
    effects.exit("tableDelimiterFiller");
    return headDelimiterRightAlignmentAfter(code2);
  }
  function headDelimiterRightAlignmentAfter(code2) {
    if (markdownSpace(code2)) {
      return factorySpace(effects, headDelimiterCellAfter, "whitespace")(code2);
    }
    return headDelimiterCellAfter(code2);
  }
  function headDelimiterCellAfter(code2) {
    if (code2 === 124) {
      return headDelimiterBefore(code2);
    }
    if (code2 === null || markdownLineEnding(code2)) {
      if (!seen || size !== sizeB) {
        return headDelimiterNok(code2);
      }
      effects.exit("tableDelimiterRow");
      effects.exit("tableHead");
      return ok3(code2);
    }
    return headDelimiterNok(code2);
  }
  function headDelimiterNok(code2) {
    return nok(code2);
  }
  function bodyRowStart(code2) {
    effects.enter("tableRow");
    return bodyRowBreak(code2);
  }
  function bodyRowBreak(code2) {
    if (code2 === 124) {
      effects.enter("tableCellDivider");
      effects.consume(code2);
      effects.exit("tableCellDivider");
      return bodyRowBreak;
    }
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("tableRow");
      return ok3(code2);
    }
    if (markdownSpace(code2)) {
      return factorySpace(effects, bodyRowBreak, "whitespace")(code2);
    }
    effects.enter("data");
    return bodyRowData(code2);
  }
  function bodyRowData(code2) {
    if (code2 === null || code2 === 124 || markdownLineEndingOrSpace(code2)) {
      effects.exit("data");
      return bodyRowBreak(code2);
    }
    effects.consume(code2);
    return code2 === 92 ? bodyRowEscape : bodyRowData;
  }
  function bodyRowEscape(code2) {
    if (code2 === 92 || code2 === 124) {
      effects.consume(code2);
      return bodyRowData;
    }
    return bodyRowData(code2);
  }
}
function resolveTable(events, context) {
  let index2 = -1;
  let inFirstCellAwaitingPipe = true;
  let rowKind = 0;
  let lastCell = [0, 0, 0, 0];
  let cell = [0, 0, 0, 0];
  let afterHeadAwaitingFirstBodyRow = false;
  let lastTableEnd = 0;
  let currentTable;
  let currentBody;
  let currentCell;
  const map = new EditMap2();
  while (++index2 < events.length) {
    const event = events[index2];
    const token = event[1];
    if (event[0] === "enter") {
      if (token.type === "tableHead") {
        afterHeadAwaitingFirstBodyRow = false;
        if (lastTableEnd !== 0) {
          flushTableEnd(map, context, lastTableEnd, currentTable, currentBody);
          currentBody = void 0;
          lastTableEnd = 0;
        }
        currentTable = {
          type: "table",
          start: Object.assign({}, token.start),
          // Note: correct end is set later.
          end: Object.assign({}, token.end)
        };
        map.add(index2, 0, [["enter", currentTable, context]]);
      } else if (token.type === "tableRow" || token.type === "tableDelimiterRow") {
        inFirstCellAwaitingPipe = true;
        currentCell = void 0;
        lastCell = [0, 0, 0, 0];
        cell = [0, index2 + 1, 0, 0];
        if (afterHeadAwaitingFirstBodyRow) {
          afterHeadAwaitingFirstBodyRow = false;
          currentBody = {
            type: "tableBody",
            start: Object.assign({}, token.start),
            // Note: correct end is set later.
            end: Object.assign({}, token.end)
          };
          map.add(index2, 0, [["enter", currentBody, context]]);
        }
        rowKind = token.type === "tableDelimiterRow" ? 2 : currentBody ? 3 : 1;
      } else if (rowKind && (token.type === "data" || token.type === "tableDelimiterMarker" || token.type === "tableDelimiterFiller")) {
        inFirstCellAwaitingPipe = false;
        if (cell[2] === 0) {
          if (lastCell[1] !== 0) {
            cell[0] = cell[1];
            currentCell = flushCell(map, context, lastCell, rowKind, void 0, currentCell);
            lastCell = [0, 0, 0, 0];
          }
          cell[2] = index2;
        }
      } else if (token.type === "tableCellDivider") {
        if (inFirstCellAwaitingPipe) {
          inFirstCellAwaitingPipe = false;
        } else {
          if (lastCell[1] !== 0) {
            cell[0] = cell[1];
            currentCell = flushCell(map, context, lastCell, rowKind, void 0, currentCell);
          }
          lastCell = cell;
          cell = [lastCell[1], index2, 0, 0];
        }
      }
    } else if (token.type === "tableHead") {
      afterHeadAwaitingFirstBodyRow = true;
      lastTableEnd = index2;
    } else if (token.type === "tableRow" || token.type === "tableDelimiterRow") {
      lastTableEnd = index2;
      if (lastCell[1] !== 0) {
        cell[0] = cell[1];
        currentCell = flushCell(map, context, lastCell, rowKind, index2, currentCell);
      } else if (cell[1] !== 0) {
        currentCell = flushCell(map, context, cell, rowKind, index2, currentCell);
      }
      rowKind = 0;
    } else if (rowKind && (token.type === "data" || token.type === "tableDelimiterMarker" || token.type === "tableDelimiterFiller")) {
      cell[3] = index2;
    }
  }
  if (lastTableEnd !== 0) {
    flushTableEnd(map, context, lastTableEnd, currentTable, currentBody);
  }
  map.consume(context.events);
  index2 = -1;
  while (++index2 < context.events.length) {
    const event = context.events[index2];
    if (event[0] === "enter" && event[1].type === "table") {
      event[1]._align = gfmTableAlign(context.events, index2);
    }
  }
  return events;
}
function flushCell(map, context, range, rowKind, rowEnd, previousCell) {
  const groupName = rowKind === 1 ? "tableHeader" : rowKind === 2 ? "tableDelimiter" : "tableData";
  const valueName = "tableContent";
  if (range[0] !== 0) {
    previousCell.end = Object.assign({}, getPoint(context.events, range[0]));
    map.add(range[0], 0, [["exit", previousCell, context]]);
  }
  const now = getPoint(context.events, range[1]);
  previousCell = {
    type: groupName,
    start: Object.assign({}, now),
    // Note: correct end is set later.
    end: Object.assign({}, now)
  };
  map.add(range[1], 0, [["enter", previousCell, context]]);
  if (range[2] !== 0) {
    const relatedStart = getPoint(context.events, range[2]);
    const relatedEnd = getPoint(context.events, range[3]);
    const valueToken = {
      type: valueName,
      start: Object.assign({}, relatedStart),
      end: Object.assign({}, relatedEnd)
    };
    map.add(range[2], 0, [["enter", valueToken, context]]);
    if (rowKind !== 2) {
      const start = context.events[range[2]];
      const end = context.events[range[3]];
      start[1].end = Object.assign({}, end[1].end);
      start[1].type = "chunkText";
      start[1].contentType = "text";
      if (range[3] > range[2] + 1) {
        const a = range[2] + 1;
        const b = range[3] - range[2] - 1;
        map.add(a, b, []);
      }
    }
    map.add(range[3] + 1, 0, [["exit", valueToken, context]]);
  }
  if (rowEnd !== void 0) {
    previousCell.end = Object.assign({}, getPoint(context.events, rowEnd));
    map.add(rowEnd, 0, [["exit", previousCell, context]]);
    previousCell = void 0;
  }
  return previousCell;
}
function flushTableEnd(map, context, index2, table, tableBody) {
  const exits = [];
  const related = getPoint(context.events, index2);
  if (tableBody) {
    tableBody.end = Object.assign({}, related);
    exits.push(["exit", tableBody, context]);
  }
  table.end = Object.assign({}, related);
  exits.push(["exit", table, context]);
  map.add(index2 + 1, 0, exits);
}
function getPoint(events, index2) {
  const event = events[index2];
  const side = event[0] === "enter" ? "start" : "end";
  return event[1][side];
}

// node_modules/micromark-extension-gfm-task-list-item/lib/syntax.js
var tasklistCheck = {
  name: "tasklistCheck",
  tokenize: tokenizeTasklistCheck
};
function gfmTaskListItem() {
  return {
    text: {
      [91]: tasklistCheck
    }
  };
}
function tokenizeTasklistCheck(effects, ok3, nok) {
  const self = this;
  return open;
  function open(code2) {
    if (
      // Exit if there’s stuff before.
      self.previous !== null || // Exit if not in the first content that is the first child of a list
      // item.
      !self._gfmTasklistFirstContentOfListItem
    ) {
      return nok(code2);
    }
    effects.enter("taskListCheck");
    effects.enter("taskListCheckMarker");
    effects.consume(code2);
    effects.exit("taskListCheckMarker");
    return inside;
  }
  function inside(code2) {
    if (markdownLineEndingOrSpace(code2)) {
      effects.enter("taskListCheckValueUnchecked");
      effects.consume(code2);
      effects.exit("taskListCheckValueUnchecked");
      return close2;
    }
    if (code2 === 88 || code2 === 120) {
      effects.enter("taskListCheckValueChecked");
      effects.consume(code2);
      effects.exit("taskListCheckValueChecked");
      return close2;
    }
    return nok(code2);
  }
  function close2(code2) {
    if (code2 === 93) {
      effects.enter("taskListCheckMarker");
      effects.consume(code2);
      effects.exit("taskListCheckMarker");
      effects.exit("taskListCheck");
      return after;
    }
    return nok(code2);
  }
  function after(code2) {
    if (markdownLineEnding(code2)) {
      return ok3(code2);
    }
    if (markdownSpace(code2)) {
      return effects.check({
        tokenize: spaceThenNonSpace
      }, ok3, nok)(code2);
    }
    return nok(code2);
  }
}
function spaceThenNonSpace(effects, ok3, nok) {
  return factorySpace(effects, after, "whitespace");
  function after(code2) {
    return code2 === null ? nok(code2) : ok3(code2);
  }
}

// kanban/beat.ts
var target;
function beatInto(beats, slot) {
  target = { beats, slot };
  beat();
}
function beat() {
  if (target) Atomics.add(target.beats, target.slot, 1);
}

// kanban/parse.ts
var GFM_PARTS = [
  [/www\.|https?:\/\/|@|mailto:|xmpp:/i, gfmAutolinkLiteral(), gfmAutolinkLiteralFromMarkdown()],
  [/\[\^/, gfmFootnote(), gfmFootnoteFromMarkdown()],
  [/~/, gfmStrikethrough(), gfmStrikethroughFromMarkdown()],
  [/\|/, gfmTable(), gfmTableFromMarkdown()],
  [/\[[\sxX]\]/, gfmTaskListItem(), gfmTaskListItemFromMarkdown()]
];
var FRONTMATTER = [frontmatter(["yaml"]), frontmatterFromMarkdown(["yaml"])];
var fragmentOptions = /* @__PURE__ */ new Map();
function parseFragment(text4, atStart) {
  let mask = 0;
  GFM_PARTS.forEach(([test], i) => {
    if (test.test(text4)) mask |= 1 << i;
  });
  if (atStart && text4.startsWith("---")) mask |= 1 << GFM_PARTS.length;
  let options = fragmentOptions.get(mask);
  if (!options) {
    const parts = GFM_PARTS.filter((_, i) => mask & 1 << i);
    const matter2 = mask & 1 << GFM_PARTS.length ? [FRONTMATTER] : [];
    options = {
      extensions: [...parts.map((p) => p[1]), ...matter2.map((m) => m[0])],
      mdastExtensions: [...parts.map((p) => p[2]), ...matter2.map((m) => m[1])]
    };
    fragmentOptions.set(mask, options);
  }
  return fromMarkdown(text4, options).children;
}
var PARSER_ID = "remark-parse@11+gfm+frontmatter[yaml];chunks:v2";
var TARGET_CHUNK_CHARS = 2048;
var ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
var FENCE_OPEN = /^([ \t]*)(`{3,}|~{3,})/;
var FENCE_CLOSE = /^([ \t]*)(`{3,}|~{3,})[ \t]*$/;
var FRONTMATTER_FENCE = /^---[ \t]*$/;
var LIST_ITEM = /^([-*+]|\d{1,9}[.)])[ \t]+\S/;
var THEMATIC_BREAK = /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
var HTML_RAW_OPEN = /^[ \t]*<(pre|script|style|textarea)(?:\s|>|$)/i;
var HTML_OTHER_OPEN = /^[ \t]*<(?:!--|\?|![A-Za-z]|!\[CDATA\[|\/?[A-Za-z])/;
var BLANK = /^[ \t]*$/;
function indentOf(space) {
  let n = 0;
  for (const c of space) n = c === "	" ? n + 4 - n % 4 : n + 1;
  return n;
}
function opens(line) {
  const f = FENCE_OPEN.exec(line);
  let block;
  let indent2;
  if (f) {
    const [, space, fence2] = f;
    indent2 = indentOf(space);
    if (fence2[0] === "`" && line.indexOf("`", space.length + fence2.length) >= 0) return [];
    block = {
      key: `fence${fence2}`,
      ends: (l) => {
        const m = FENCE_CLOSE.exec(l);
        return !!m && m[2][0] === fence2[0] && m[2].length >= fence2.length;
      }
    };
  } else {
    const end = htmlBlockEnd(line);
    if (!end) return [];
    indent2 = indentOf(/^[ \t]*/.exec(line)[0]);
    block = { key: `html${end.name}`, ends: end };
    if (end(line.slice(line.indexOf("<") + 2))) return [];
  }
  if (indent2 === 0) return [{ ...block, nested: false }];
  if (indent2 <= 3)
    return [
      { ...block, key: `top-${block.key}`, nested: false },
      { ...block, nested: true }
    ];
  return [{ ...block, nested: true }];
}
function htmlBlockEnd(line) {
  const raw = HTML_RAW_OPEN.exec(line);
  if (raw) {
    const close2 = new RegExp(`</${raw[1]}>`, "i");
    return Object.defineProperty((l) => close2.test(l), "name", { value: raw[1] });
  }
  const m = HTML_OTHER_OPEN.exec(line);
  if (!m) return void 0;
  const start = line.indexOf("<");
  const until = (s) => Object.defineProperty((l) => l.includes(s), "name", { value: s });
  if (line.startsWith("<!--", start)) return until("-->");
  if (line.startsWith("<?", start)) return until("?>");
  if (line.startsWith("<![CDATA[", start)) return until("]]>");
  if (line.startsWith("<!", start)) return until(">");
  return Object.defineProperty((l) => BLANK.test(l), "name", { value: "blank" });
}
function markerKind(marker) {
  return /\d/.test(marker) ? `1${marker.slice(-1)}` : marker;
}
function splitChunks(text4, chunkChars = TARGET_CHUNK_CHARS) {
  const lines = text4.split("\n");
  const starts = [[0, false]];
  let states = [null];
  let lastItemKind;
  let inFrontmatter = lines[0] !== void 0 && FRONTMATTER_FENCE.test(lines[0]);
  for (let i = inFrontmatter ? 1 : 0; i < lines.length; i++) {
    const line = lines[i];
    if (inFrontmatter) {
      if (FRONTMATTER_FENCE.test(line) || /^\.\.\.[ \t]*$/.test(line)) inFrontmatter = false;
      continue;
    }
    const first = line.charCodeAt(0);
    const unindented = line.length > 0 && first !== 32 && first !== 9;
    const certain = states.length === 1 && states[0] === null;
    const next = /* @__PURE__ */ new Map();
    for (const state of states) {
      if (state && !(state.nested && unindented)) {
        if (state.ends(line)) next.set("out", null);
        else next.set(state.key, state);
        continue;
      }
      const opened = opens(line);
      if (opened.every((b) => b.nested)) next.set("out", null);
      for (const block of opened) next.set(block.key, block);
    }
    states = [...next.values()];
    if (!unindented) continue;
    if (!certain || !(states.length === 1 && states[0] === null)) {
      lastItemKind = void 0;
      continue;
    }
    if (ATX_HEADING.test(line)) {
      if (i > 0) starts.push([i, false]);
      lastItemKind = void 0;
      continue;
    }
    const item = THEMATIC_BREAK.test(line) ? null : LIST_ITEM.exec(line);
    if (item) {
      const kind = markerKind(item[1]);
      if (i > 0 && kind === lastItemKind) starts.push([i, true]);
      lastItemKind = kind;
    } else {
      lastItemKind = void 0;
    }
  }
  const lineOffsets = [];
  let offset = 0;
  for (const line of lines) {
    lineOffsets.push(offset);
    offset += line.length + 1;
  }
  const chunks = [];
  let from = 0;
  let fromContinues = false;
  for (let s = 1; s <= starts.length; s++) {
    const [to, continues] = s < starts.length ? starts[s] : [lines.length, false];
    const chars = (lineOffsets[to] ?? text4.length + 1) - lineOffsets[from];
    if (s < starts.length && chars < chunkChars) continue;
    const begin = lineOffsets[from];
    const end = to < lines.length ? lineOffsets[to] : text4.length;
    const chunk = { text: text4.slice(begin, end), lineOffset: from, offset: begin };
    if (fromContinues) chunk.continuesList = true;
    chunks.push(chunk);
    from = to;
    fromContinues = continues;
  }
  return chunks;
}
function shift(node2, lines, offset) {
  const p = node2.position;
  if (p) {
    p.start.line += lines;
    p.end.line += lines;
    if (p.start.offset !== void 0) p.start.offset += offset;
    if (p.end.offset !== void 0) p.end.offset += offset;
  }
  const children = node2.children;
  if (children) for (let i = 0; i < children.length; i++) shift(children[i], lines, offset);
}
function listKind(list3, text4) {
  const start = list3.children[0]?.position?.start;
  if (start?.offset === void 0) return void 0;
  const lineStart = start.offset - (start.column - 1);
  const m = /^ {0,3}([-*+]|\d{1,9}[.)])/.exec(text4.slice(lineStart, lineStart + 16));
  return m ? markerKind(m[1]) : void 0;
}
function joinLists(prev, next, text4) {
  if (prev?.type !== "list" || next.type !== "list" || prev.ordered !== next.ordered) return false;
  const kind = listKind(prev, text4);
  if (kind === void 0 || kind !== listKind(next, text4)) return false;
  const gapFrom = prev.children[prev.children.length - 1]?.position?.end.offset;
  const gapTo = next.children[0]?.position?.start.offset;
  if (gapFrom === void 0 || gapTo === void 0 || !prev.position || !next.position)
    return false;
  const blankBetween = /\n[ \t]*\r?\n/.test(text4.slice(gapFrom, gapTo));
  prev.spread = Boolean(prev.spread || next.spread || blankBetween);
  prev.children.push(...next.children);
  prev.position.end = next.position.end;
  return true;
}
function definitionLabels(nodes, out) {
  for (const node2 of nodes) {
    if (node2.type === "definition") out.add(`[${node2.label ?? ""}]`);
    else if (node2.type === "footnoteDefinition")
      out.add(`[^${node2.label ?? ""}]`);
    const children = node2.children;
    if (children) definitionLabels(children, out);
  }
}
var MAY_DEFINE = /^[ \t>]*\[[^\]\n]+\]:/m;
var CLAIMED_HERE = 1;
var CLAIMED_BY_HELPER = 2;
function parseChunks(text4, chunks, stubs, helper) {
  const nodes = [];
  if (helper && chunks.length > 1) {
    const claims = new Int32Array(new SharedArrayBuffer(4 * chunks.length));
    const other = helper.start(chunks, claims);
    for (let c = 0; c < chunks.length; c++) {
      if (Atomics.compareExchange(claims, c, 0, CLAIMED_HERE) !== 0) break;
      const own4 = parseChunk(chunks[c], stubs);
      if (!own4) return void 0;
      nodes.push(own4);
      beat();
      other.poll();
    }
    const rest = other.finish();
    if (rest && rest.from === nodes.length && rest.nodes.length === chunks.length - rest.from)
      nodes.push(...rest.nodes);
  }
  for (let c = nodes.length; c < chunks.length; c++) {
    const own4 = parseChunk(chunks[c], stubs);
    if (!own4) return void 0;
    nodes.push(own4);
    beat();
  }
  return joinChunks(text4, chunks, nodes);
}
function parseChunk(chunk, stubs = "") {
  let nodes;
  let lines = chunk.lineOffset;
  let chars = chunk.offset;
  const atStart = chunk.offset === 0;
  if (!stubs) {
    nodes = parseFragment(chunk.text, atStart);
  } else if (chunk.offset === 0 && FRONTMATTER_FENCE.test(chunk.text.split("\n", 1)[0])) {
    nodes = parseFragment(`${chunk.text}

${stubs}`, true);
    const cut = nodes.findIndex((n) => (n.position?.start.offset ?? 0) >= chunk.text.length);
    if (cut >= 0) nodes = nodes.slice(0, cut);
    if ((nodes[nodes.length - 1]?.position?.end.offset ?? 0) > chunk.text.length) return void 0;
  } else {
    const prefix = `${stubs}

`;
    nodes = parseFragment(prefix + chunk.text, false);
    const keep = nodes.findIndex((n) => (n.position?.start.offset ?? 0) >= prefix.length);
    nodes = keep < 0 ? [] : nodes.slice(keep);
    lines -= stubs.split("\n").length + 1;
    chars -= prefix.length;
  }
  if (lines !== 0 || chars !== 0) for (const child of nodes) shift(child, lines, chars);
  return nodes;
}
function joinChunks(text4, chunks, nodes) {
  const children = [];
  for (let c = 0; c < chunks.length; c++) {
    const own4 = nodes[c];
    let from = 0;
    if (chunks[c].continuesList && own4[0]) {
      if (!joinLists(children[children.length - 1], own4[0], text4)) return void 0;
      from = 1;
    }
    for (let i = from; i < own4.length; i++) children.push(own4[i]);
  }
  const lines = text4.split("\n");
  return {
    type: "root",
    children,
    position: {
      start: { line: 1, column: 1, offset: 0 },
      end: {
        line: lines.length,
        column: (lines[lines.length - 1]?.length ?? 0) + 1,
        offset: text4.length
      }
    }
  };
}
function parseMarkdown(text4, chunkChars = TARGET_CHUNK_CHARS, helper) {
  const chunks = splitChunks(text4, chunkChars);
  let tree = parseChunks(text4, chunks, "", helper);
  if (tree && MAY_DEFINE.test(text4)) {
    const labels = /* @__PURE__ */ new Set();
    definitionLabels(tree.children, labels);
    if (labels.size > 0) {
      let end = 0;
      while (text4.includes(`[end-of-stubs-${end}]`)) end++;
      const stubs = [...labels].sort((a, b) => (b[1] === "^" ? 1 : 0) - (a[1] === "^" ? 1 : 0));
      stubs.push(`[end-of-stubs-${end}]`);
      tree = parseChunks(text4, chunks, stubs.map((l) => `${l}: #`).join("\n"));
    }
  }
  return tree ?? parseMarkdownWhole(text4);
}
function parseMarkdownWhole(text4) {
  const parts = [...GFM_PARTS, [null, ...FRONTMATTER]];
  return fromMarkdown(text4, {
    extensions: parts.map((p) => p[1]),
    mdastExtensions: parts.map((p) => p[2])
  });
}

// kanban/builder.ts
var PRIMARY = /* @__PURE__ */ new Set(["checkbox", "column", "section"]);
var CLOSED = /* @__PURE__ */ new Set(["done", "cancelled"]);
function resolveStatus(evidence) {
  const primary = evidence.find((e) => PRIMARY.has(e.source) && e.status);
  const secondary = evidence.find((e) => !PRIMARY.has(e.source) && e.status);
  if (!primary)
    return secondary ? { status: secondary.status, raw: secondary.raw } : { status: "backlog" };
  const p = primary.status;
  const s = secondary?.status;
  if (s && primary.source === "checkbox") {
    if (!CLOSED.has(p) && !CLOSED.has(s)) return { status: s, raw: secondary.raw };
    if (p === "done" && s === "cancelled") return { status: s, raw: secondary.raw };
    if (p !== "done" && s === "cancelled") return { status: s, raw: secondary.raw };
    if (p === s) return { status: p, raw: secondary.raw };
  }
  return { status: p, raw: primary.raw };
}
var FIELD_ROLES = [
  [/^(?:status|state)$/i, "status"],
  [/^(?:assignee|assignees|assigned(?: to)?|owner|owners)$/i, "assignee"],
  [/^(?:priority|prio)$/i, "priority"],
  [/^(?:dependencies|dependency|depends(?: on)?|blocked by|requires|deps|after)$/i, "dependsOn"],
  [/^(?:files?|paths?|extend|location)$/i, "files"],
  [/^branch$/i, "branch"],
  [/^(?:labels?|tags?)$/i, "labels"]
];
var ID_TOKEN = /^(?:[A-Za-z][A-Za-z0-9]*[-_.]\d+|[A-Za-z][A-Za-z0-9]*\d|\d+)(?:[.-]\d+)*[a-z]?$/;
function dependencyIds(value2) {
  return value2.replace(/[`*_]/g, "").split(/,|;|\band\b|&|\+/).map((t) => t.trim().replace(/^#/, "").replace(/[.)]$/, "")).filter((t) => ID_TOKEN.test(t));
}
function checkboxStatus(raw) {
  return markerStatus(raw);
}
var BoardBuilder = class {
  constructor(path2, dialect, mapper) {
    this.path = path2;
    this.dialect = dialect;
    this.mapper = mapper;
  }
  path;
  dialect;
  mapper;
  title;
  meta = {};
  /** The board's own meanings for checkbox markers (`[~]` → "change"), read from its legend. */
  markerLegend = /* @__PURE__ */ new Map();
  diagnostics = [];
  groups = [];
  items = [];
  groupIds = /* @__PURE__ */ new Set();
  itemIds = /* @__PURE__ */ new Set();
  generatedCount = /* @__PURE__ */ new Map();
  /** Maps raw status text to evidence from `source` at `node`'s line. */
  evidence(source, raw, at) {
    const line = typeof at === "number" ? at : at.position?.start.line ?? 1;
    const status = source === "checkbox" ? /^\[.\]$/.test(raw) ? checkboxStatus(raw) : this.mapper.map(raw) ?? "backlog" : source === "strikethrough" ? "cancelled" : this.mapper.map(raw);
    return status ? { source, raw, status, line } : { source, raw, line };
  }
  group(spec) {
    const base = spec.id ?? slugify(spec.title, spec.kind);
    const id = unique(base, this.groupIds);
    const group = {
      id,
      title: spec.title,
      kind: spec.kind,
      index: this.groups.length,
      position: positionOf(spec.node)
    };
    if (spec.number !== void 0) group.number = spec.number;
    if (spec.parent) group.parent = spec.parent.id;
    if (spec.rawStatus) {
      group.rawStatus = spec.rawStatus;
      const status = this.mapper.map(spec.rawStatus);
      if (status) group.status = status;
    }
    if (spec.wipLimit !== void 0) group.wipLimit = spec.wipLimit;
    if (spec.declaredCount) group.declaredCount = spec.declaredCount;
    this.groups.push(group);
    return group;
  }
  item(spec) {
    const evidence = [...spec.evidence ?? []];
    const fields = {};
    const dependsOn = [...spec.dependsOn ?? []];
    const files = [...spec.files ?? []];
    const labels = [...spec.labels ?? []];
    let { assignee, priority, branch } = spec;
    for (const f of spec.fields ?? []) {
      const role = FIELD_ROLES.find(([re]) => re.test(f.name))?.[1];
      if (role === "status") evidence.push(this.evidence("field", f.value, f.line));
      else if (role === "assignee") assignee ??= f.value || void 0;
      else if (role === "priority") priority ??= f.value || void 0;
      else if (role === "branch") branch ??= (f.codes?.[0] ?? f.value) || void 0;
      else if (role === "dependsOn") dependsOn.push(...dependencyIds(f.value));
      else if (role === "files")
        files.push(...f.codes?.length ? f.codes : f.value ? [f.value] : []);
      else if (role === "labels")
        labels.push(
          ...f.value.split(/[,\s]+/).map((l) => l.replace(/^#/, "")).filter(Boolean)
        );
      if ((role === void 0 || role === "dependsOn") && !(f.name in fields))
        fields[f.name] = f.value;
    }
    const { status, raw } = resolveStatus(evidence);
    const scope = spec.parent?.id ?? spec.group?.id ?? "item";
    let id;
    let generated = false;
    if (spec.id) {
      id = spec.id;
    } else {
      const n = (this.generatedCount.get(scope) ?? 0) + 1;
      this.generatedCount.set(scope, n);
      id = unique(`${scope}.${n}`, this.itemIds);
      generated = true;
    }
    this.itemIds.add(id);
    const item = {
      id,
      title: spec.title,
      status,
      done: status === "done",
      dependsOn: [...new Set(dependsOn)],
      files: [...new Set(files)],
      acceptance: spec.acceptance ?? [],
      labels: [...new Set(labels)],
      fields,
      statusEvidence: evidence,
      position: positionOf(spec.node)
    };
    if (generated) item.generatedId = true;
    if (spec.kind) item.kind = spec.kind.toLowerCase();
    if (raw) item.rawStatus = raw;
    if (spec.group) item.group = spec.group.id;
    if (spec.parent) item.parent = spec.parent.id;
    if (assignee) item.assignee = assignee;
    if (priority) item.priority = priority;
    if (branch) item.branch = branch;
    this.items.push(item);
    return item;
  }
  /** Items recorded so far (read-only view, for dialects that attach to earlier items). */
  get recordedItems() {
    return this.items;
  }
  build(defaultTitle) {
    return {
      id: "",
      title: this.title ?? defaultTitle,
      path: this.path,
      dialect: this.dialect,
      meta: this.meta,
      groups: this.groups,
      items: this.items
    };
  }
};
function unique(base, taken) {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

// kanban/backlog-md/task.ts
var FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
function quoteAssignees(frontMatter) {
  return frontMatter.split(/\r?\n/).map((line) => {
    const m = /^(\s*(?:assignee|reporter):\s*)(.*)$/.exec(line);
    if (!m) return line;
    const prefix = m[1];
    const value2 = m[2].trim();
    const flow3 = /^\[(.*)\]\s*(#.*)?$/.exec(value2);
    if (flow3) {
      const entries = flow3[1].split(",").map((e) => e.trim()).filter(Boolean).map((e) => e.startsWith("@") ? JSON.stringify(e) : e);
      return `${prefix}[${entries.join(", ")}]${flow3[2] ? ` ${flow3[2]}` : ""}`;
    }
    if (value2 && !/^[[\-'"]/.test(value2)) return `${prefix}${JSON.stringify(value2)}`;
    return line;
  }).join("\n");
}
function normaliseTaskId(id, prefix) {
  const trimmed = id.trim();
  const m = /^([A-Za-z]+)-(.+)$/.exec(trimmed);
  const p = m ? m[1] : prefix;
  const body = m ? m[2] : trimmed;
  return `${p.toUpperCase()}-${body.toUpperCase()}`;
}
var list2 = (v) => Array.isArray(v) ? v.map((x) => String(x).trim()).filter(Boolean) : v === void 0 || v === null || v === "" ? [] : [String(v).trim()];
var str = (v) => v === void 0 || v === null || String(v).trim() === "" ? void 0 : String(v).trim();
function parseBacklogTask(text4, prefix) {
  const fm = FRONT_MATTER.exec(text4);
  if (!fm) return { line: 1, message: "no front matter (--- lines with id, title and status)" };
  const source = quoteAssignees(fm[1]);
  const { parse: parse2 } = loadYaml();
  let data;
  try {
    data = parse2(source, { maxAliasCount: 100, uniqueKeys: false });
  } catch (e) {
    const line = e.linePos?.[0]?.line ?? 1;
    return { line: line + 1, message: e.message.split("\n")[0] ?? "invalid YAML" };
  }
  if (typeof data !== "object" || data === null || Array.isArray(data))
    return { line: 2, message: "front matter is not a mapping of keys to values" };
  const d = data;
  const rawId = str(d.id);
  if (!rawId) return { line: 2, message: "front matter has no id" };
  const fmLines = fm[1].split(/\r?\n/);
  const statusAt = fmLines.findIndex((l) => /^status\s*:/.test(l));
  const body = text4.slice(fm[0].length);
  const bodyStart = fmLines.length + 3;
  const lines = text4.split(/\r?\n/);
  const task = {
    id: normaliseTaskId(rawId, prefix),
    title: str(d.title) ?? "",
    status: str(d.status) ?? "",
    statusLine: statusAt === -1 ? 1 : statusAt + 2,
    assignees: list2(d.assignee),
    labels: list2(d.labels),
    dependencies: list2(d.dependencies).map((dep) => normaliseTaskId(dep, prefix)),
    acceptance: acceptanceCriteria(body, bodyStart),
    lineCount: text4.endsWith("\n") ? lines.length - 1 : lines.length,
    lastLineLength: (text4.endsWith("\n") ? lines[lines.length - 2] : lines[lines.length - 1])?.length ?? 0
  };
  const priority = str(d.priority);
  if (priority) task.priority = priority.toLowerCase();
  const parent = str(d.parent_task_id) ?? str(d.parent);
  if (parent) task.parent = normaliseTaskId(parent, prefix);
  const milestone = str(d.milestone);
  if (milestone) task.milestone = milestone;
  const type = str(d.type);
  if (type) task.type = type;
  if (d.ordinal !== void 0 && Number.isFinite(Number(d.ordinal)))
    task.ordinal = Number(d.ordinal);
  const created = d.created_date instanceof Date ? d.created_date.toISOString() : str(d.created_date);
  if (created) task.createdDate = created;
  const description = section(body, /^description$/i);
  if (description) task.description = description;
  return task;
}
var CHECKBOX = /^\s*[-*+]\s+\[([ xX])\]\s+(?:#\d+\s+)?(.*)$/;
function acceptanceCriteria(body, firstLine) {
  const lines = body.split(/\r?\n/);
  const marked = [];
  const legacy = [];
  let inMarkers = false;
  let inSection = false;
  let fence2;
  lines.forEach((line, i) => {
    const f = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (f) {
      if (!fence2) fence2 = f[1][0];
      else if (f[1][0] === fence2) fence2 = void 0;
      return;
    }
    if (fence2) return;
    if (/<!--\s*AC:BEGIN\s*-->/.test(line)) inMarkers = true;
    else if (/<!--\s*AC:END\s*-->/.test(line)) inMarkers = false;
    const h = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (h) {
      if (h[1].length <= 2)
        inSection = /^acceptance criteria$/i.test(h[2].trim());
      return;
    }
    const c = CHECKBOX.exec(line);
    if (!c) return;
    const criterion = {
      text: c[2].trim(),
      done: c[1] !== " ",
      line: firstLine + i
    };
    if (inMarkers) marked.push(criterion);
    else if (inSection) legacy.push(criterion);
  });
  return marked.length ? marked : legacy;
}
function section(body, name) {
  const lines = body.split(/\r?\n/);
  const start = lines.findIndex((l) => {
    const h = /^##\s+(.*?)\s*$/.exec(l);
    return h !== null && name.test(h[1]);
  });
  if (start === -1) return void 0;
  const out = [];
  for (let i = start + 1; i < lines.length && !/^##?\s/.test(lines[i]); i++)
    out.push(lines[i]);
  const text4 = out.join("\n").replace(/<!--\s*SECTION:[^>]*-->/g, "").trim();
  return text4 || void 0;
}

// kanban/frontmatter.ts
function readFrontmatter(tree, path2) {
  const node2 = tree.children[0];
  if (node2?.type !== "yaml") return {};
  const firstLine = (node2.position?.start.line ?? 1) + 1;
  const { parseDocument } = loadYaml();
  try {
    let doc = parseDocument(node2.value, { prettyErrors: false, uniqueKeys: false });
    if (doc.errors.length && /^\s*(?:assignee|reporter)\s*:\s*[^\s'"[-]/m.test(node2.value)) {
      const repaired = parseDocument(quoteAssignees(node2.value), {
        prettyErrors: false,
        uniqueKeys: false
      });
      if (!repaired.errors.length) doc = repaired;
    }
    const error = doc.errors[0];
    if (error) {
      const line = firstLine + (error.linePos?.[0]?.line ?? 1) - 1;
      return { diagnostic: fmError(path2, line, error.message.split("\n")[0] ?? "invalid YAML") };
    }
    const data = doc.toJS({ maxAliasCount: 100 });
    if (data === null || data === void 0) return {};
    if (typeof data !== "object" || Array.isArray(data)) {
      return {
        diagnostic: fmError(path2, firstLine, "front matter is not a mapping of keys to values")
      };
    }
    return { data };
  } catch (e) {
    return {
      diagnostic: fmError(path2, firstLine, e.message.split("\n")[0] ?? "invalid YAML")
    };
  }
}
function fmError(path2, line, detail) {
  return {
    rule: "invalid-frontmatter",
    severity: "error",
    message: `Front matter is not usable YAML: ${detail}. Fix the YAML between the --- lines.`,
    path: path2,
    line,
    column: 1,
    fatal: true
  };
}

// kanban/not-a-board.ts
var CHANGELOG_NAME = /^(?:change[-_ ]?log|changes|history|releases?|news|release[-_ ]notes)(?:\.\w+)?\.(?:md|markdown)$/i;
var VERSION_HEADING = /^\[?v?\d+\.\d+(?:\.\d+)?(?:[-+][\w.]+)?\]?(?:\s*[-–—(]\s*.*\d{4}.*|\s*\(?unreleased\)?)?$|^\[?unreleased\]?$/i;
var CHANGE_SECTION = /^(?:added|changed|fixed|removed|deprecated|security|features?|bug ?fixes|breaking changes?|performance( improvements)?|improvements|enhancements|documentation|miscellaneous|chores?|refactor(?:ing)?|dependencies|reverts?)$/i;
var TEMPLATE_PATH = /(?:^|\/)templates?\/|[-_.]template\.(?:md|markdown)$|^template[-_]/i;
var PLACEHOLDER = /\bT?X{2,}\b|\bT0{2,}[Xx]\b|\[(?:[A-Z][A-Z0-9 _#/-]{2,}|N|###[^\]]*|[A-Z][a-z]+(?: [a-z]+){0,4})\]|\{\{[^}]*\}\}|\$ARGUMENTS|<[a-z][\w -]*>|\.\.\.$/;
var PR_TEMPLATE = /(?:^|\/)(?:pull_request_template|merge_request_template|PULL_REQUEST_TEMPLATE|ISSUE_TEMPLATE)(?:\/|\.md$)|(?:^|\/)\.github\/(?:ISSUE_TEMPLATE|PULL_REQUEST_TEMPLATE)\//i;
var AGENT_FILE = /(?:^|\/)(?:AGENTS|CLAUDE|GEMINI|COPILOT|CONVENTIONS|\.?cursorrules|\.?windsurfrules|copilot-instructions)(?:\.local)?\.(?:md|markdown|mdc)$|(?:^|\/)\.(?:cursor\/rules|github\/instructions|clinerules|windsurf\/rules|kiro\/steering|claude\/(?:commands|agents|skills))\//i;
var DOC_FILE = /(?:^|\/)(?:CONTRIBUTING|CODE_OF_CONDUCT|SECURITY|SUPPORT|GOVERNANCE|RELEASING|LICENSE|STYLEGUIDE|STYLE_GUIDE)\.(?:md|markdown)$/i;
var REPORT = /(?:^|\/|-)(?:VERIFICATION|AUDIT|UAT|RESEARCH|PITFALLS)\.md$|(?:^|\/)\.planning\/research\//i;
var FIXTURE_PATH = /(?:^|\/)(?:tests?|__tests__|fixtures?|__fixtures__|testdata|samples?)\//i;
var CHECKLIST_HEADING = /check-?list/i;
var GUIDE_LINES_PER_ITEM = 12;
var WORK_HEADING = /roadmap|to-?do|tasks?|progress|status|milestone|plan|backlog|done|changelog/i;
var FEW_ITEMS = 15;
function checkboxLines(tree) {
  let fenced = 0;
  let live = 0;
  walkBlocks(tree, (n) => {
    if (n.type === "code")
      fenced += (n.value.match(/^\s*(?:[-*+]|\d+[.)])\s+\[[ xX]\]/gm) ?? []).length;
    else if (n.type === "listItem" && typeof n.checked === "boolean") live++;
  });
  return { fenced, live };
}
function isTocEntry(item) {
  const para = item.children[0];
  if (para?.type !== "paragraph") return false;
  const parts = para.children.filter((c) => !(c.type === "text" && c.value.trim() === ""));
  const link = parts[0];
  return parts.length === 1 && link?.type === "link" && /^(?:#|\.{0,2}\/?[\w./-]+\.md(?:#.*)?$)/.test(link.url);
}
var HTML_TAGS = new Set(
  "a abbr b blockquote br center code dd del details div dl dt em figcaption figure h1 h2 h3 h4 h5 h6 hr i img input kbd li ol p picture pre section source span strong sub summary sup table tbody td th thead tr u ul video audio iframe svg path g nav header footer main aside article".split(
    " "
  )
);
function promptTags(tree) {
  const names = /* @__PURE__ */ new Set();
  for (const node2 of tree.children) {
    const first = node2.type === "html" ? node2.value : node2.type === "paragraph" && node2.children[0]?.type === "text" ? node2.children[0].value : "";
    const m = /^<([a-z][a-z0-9_-]*)(?:\s[^<>\n]*)?>[ \t]*(?:\n|$)/.exec(first.trimStart());
    const name = m?.[1];
    if (name && !HTML_TAGS.has(name)) names.add(name);
  }
  return [...names];
}
function changelogReason(path2, tree, board) {
  const name = path2.split("/").pop() ?? path2;
  const headings = tree.children.filter((n) => n.type === "heading");
  const versions = headings.filter((h) => h.depth <= 3 && VERSION_HEADING.test(plain(h))).length;
  const sections = headings.filter(
    (h) => CHANGE_SECTION.test(plain(h).replace(/[:#*]/g, "").trim())
  ).length;
  const open = board.items.filter((i) => !i.done).length;
  const byName = CHANGELOG_NAME.test(name);
  const byShape = versions >= 2 && sections >= 2;
  if (!byName && !byShape) return void 0;
  if (open > board.items.length / 2 && !byName) return void 0;
  if (byName && open > board.items.length / 2 && board.items.length > 0 && versions < 2)
    return void 0;
  return `a changelog (${byName ? `named ${name}` : ""}${byName && byShape ? ", " : ""}${byShape ? `${versions} version headings with ${sections} Added/Fixed-style sections` : ""}), not a board`;
}
function templateReason(path2, board) {
  if (board.items.length === 0) return void 0;
  const placeholders = board.items.filter(
    (i) => PLACEHOLDER.test(i.title) || PLACEHOLDER.test(i.id)
  ).length;
  if (TEMPLATE_PATH.test(path2))
    return `a template (under a templates folder or named *-template${placeholders ? `, with ${placeholders} placeholder item${placeholders === 1 ? "" : "s"}` : ""}), not a board`;
  if (placeholders >= Math.max(2, board.items.length * 0.4))
    return `a template: ${placeholders} of ${board.items.length} items are placeholders ([TASK NAME], TXXX, {{\u2026}}, <\u2026>)`;
  return void 0;
}
function notABoardReason(path2, tree, board) {
  if (PR_TEMPLATE.test(path2))
    return "a pull-request or issue template: its checkboxes are a form to fill in, not work items";
  const changelog = changelogReason(path2, tree, board);
  if (changelog) return changelog;
  const head = tree.children[0];
  if (head?.type === "yaml" && /^name\s*:/m.test(head.value) && /^description\s*:/m.test(head.value) && (/^(?:tools|model|color|allowed-tools|argument-hint)\s*:/m.test(head.value) || /^description\s*:\s*['"]?use (?:this|when)/im.test(head.value)))
    return "an agent, command or skill definition (front matter with name and description): its checklists are instructions, not work items";
  const items = board.items.length;
  if (items === 0) return void 0;
  if (REPORT.test(path2))
    return "a report (verification, audit, research or acceptance-test notes): its tables and checklists record findings, not work items";
  const tags = promptTags(tree);
  if (tags.length >= 2)
    return `an agent prompt or workflow (sections in tags such as ${tags.slice(0, 3).map((t) => `<${t}>`).join(", ")}): its checklists are instructions, not work items`;
  if (AGENT_FILE.test(path2) && items <= FEW_ITEMS)
    return `an agent instruction file with ${items} checklist item${items === 1 ? "" : "s"}, not a board (more than ${FEW_ITEMS} would be read as one)`;
  const template = templateReason(path2, board);
  if (template) return template;
  const boxes = items <= 8 ? checkboxLines(tree) : void 0;
  if (boxes && boxes.fenced > 0 && boxes.fenced >= boxes.live)
    return `a page of task-list examples: ${boxes.fenced} checkbox lines sit in code blocks and only ${items} outside them`;
  const tocLines = /* @__PURE__ */ new Set();
  walkBlocks(tree, (n) => {
    if (n.type === "listItem" && isTocEntry(n)) tocLines.add(n.position?.start.line ?? 0);
  });
  const toc = board.items.filter((i) => tocLines.has(i.position.line)).length;
  if (toc >= items / 2)
    return "a table of contents: its list items are links to sections, not work items";
  if (/(?:^|\/)readme(?:\.[\w-]+)?\.(?:md|markdown)$/i.test(path2) && items <= 10 && board.items.every((i) => i.done) && !board.groups.some(
    (g) => WORK_HEADING.test(g.title) && board.items.some((i) => i.group === g.id)
  ))
    return `a README's feature list (${items} ticked boxes under no roadmap or task heading), not a board`;
  if (FIXTURE_PATH.test(path2))
    return `a test fixture or sample (under ${FIXTURE_PATH.exec(path2)[0].replace(/^\//, "")}): it shows the format, it is not the project's work`;
  const guide = guideChecklistReason(tree, board);
  if (guide) return guide;
  if (DOC_FILE.test(path2) && items <= FEW_ITEMS)
    return `a community or process document with ${items} checklist item${items === 1 ? "" : "s"}, not a board`;
  return void 0;
}
function guideChecklistReason(tree, board) {
  const items = board.items;
  if (items.length === 0 || items.some((i) => i.done)) return void 0;
  const lines = tree.position?.end.line ?? 0;
  if (lines < items.length * GUIDE_LINES_PER_ITEM) return void 0;
  const groups = new Map(board.groups.map((g) => [g.id, g]));
  const titles = /* @__PURE__ */ new Set();
  for (const item of items) {
    let g = item.group ? groups.get(item.group) : void 0;
    while (g && !CHECKLIST_HEADING.test(g.title)) g = g.parent ? groups.get(g.parent) : void 0;
    if (!g) return void 0;
    titles.add(g.title);
  }
  const named = [...titles].slice(0, 2).map((t) => `"${t}"`).join(", ");
  return `a guide with ${items.length} unticked checklist item${items.length === 1 ? "" : "s"} to run through (under ${named}${titles.size > 2 ? ", \u2026" : ""}) in ${lines} lines, not a board`;
}

// kanban/meta.ts
var TOTAL_KEYS = [
  ["total", /^total(?: tasks?| items?)?(?: identified| count)?$/i],
  ["done", /^(?:completed|done|finished)(?: tasks?| items?)?$/i],
  ["inProgress", /^in[ -]progress(?: tasks?| items?)?$/i],
  ["backlog", /^(?:backlog|not started|to ?do)(?: tasks?| items?)?$/i],
  ["blocked", /^blocked(?: tasks?| items?)?$/i]
];
function parseCount(value2, line) {
  const m = /^\**\s*(\d[\d,]*)\s*(\+)?(?=\s|\(|$)/.exec(value2.trim());
  if (!m) return void 0;
  return { value: Number(m[1].replace(/,/g, "")), atLeast: m[2] === "+", line };
}
var META_KEYS = [
  ["version", /^(?:current )?version$/i],
  ["updated", /^(?:last )?updated$/i],
  ["status", /^status$/i],
  ["owner", /^(?:owner|maintained by|maintainer)$/i]
];
function extractMeta(tree, text4, frontmatter2) {
  const meta = {};
  if (frontmatter2) {
    meta.frontmatter = frontmatter2;
    for (const [key, re] of META_KEYS) {
      const hit = Object.entries(frontmatter2).find(
        ([k, v]) => re.test(k) && (typeof v === "string" || typeof v === "number")
      );
      if (hit) meta[key] = String(hit[1]);
    }
  }
  for (const node2 of tree.children) {
    if (node2.type === "heading" && node2.depth <= 2 && node2.position && node2.position.start.line > 1)
      break;
    if (node2.type !== "paragraph") continue;
    for (const f of boldFields(node2)) {
      const key = META_KEYS.find(([, re]) => re.test(f.name))?.[0];
      if (key && meta[key] === void 0)
        meta[key] = f.value;
    }
  }
  const totals = declaredTotals(text4);
  if (Object.keys(totals).length > 0) meta.declaredTotals = totals;
  return meta;
}
function declaredTotals(text4) {
  const totals = {};
  let fence2 = false;
  text4.split("\n").forEach((raw, i) => {
    if (/^\s{0,3}(```|~~~)/.test(raw)) fence2 = !fence2;
    if (fence2) return;
    const line = raw.replace(/^\s*(?:[-*+]\s+)?/, "").replace(/\*\*|__/g, "").trim();
    const field = splitField(line);
    if (!field) return;
    const key = TOTAL_KEYS.find(([, re]) => re.test(field.name))?.[0];
    if (!key || totals[key]) return;
    const count = parseCount(field.value, i + 1);
    if (count) totals[key] = count;
  });
  return totals;
}

// kanban/read.ts
function readBoard(bytes, path2, options) {
  const decoded = decodeMarkdown(bytes, path2, options.limits);
  const diagnostics = [...decoded.diagnostics];
  if (decoded.text === void 0) return { diagnostics };
  return readBoardText(decoded.text, path2, options, diagnostics);
}
function readBoardText(text4, path2, options, diagnostics = []) {
  let tree;
  try {
    tree = parseMarkdown(text4, void 0, options.parseHelper);
  } catch (e) {
    diagnostics.push(
      failure(path2, "parse-failed", `Markdown could not be parsed: ${e.message}`)
    );
    return { diagnostics };
  }
  applyCheckboxMarkers(tree);
  const fm = readFrontmatter(tree, path2);
  const fileName = path2.split("/").pop() ?? path2;
  const input = { path: path2, fileName, text: text4, tree };
  if (fm.data) input.frontmatter = fm.data;
  let dialect;
  let scores;
  if (options.dialect) {
    dialect = findDialect(options.dialect);
    if (!dialect) {
      diagnostics.push(
        failure(
          path2,
          "unknown-dialect",
          `Unknown dialect "${options.dialect}". Known dialects: ${DIALECTS.map((d) => d.id).join(", ")}.`
        )
      );
      return { diagnostics };
    }
  } else {
    const detected = detectDialect(input);
    dialect = detected.dialect;
    scores = detected.scores;
  }
  const builder = new BoardBuilder(path2, dialect.id, options.mapper ?? new StatusMapper());
  builder.markerLegend = readMarkerLegend(tree);
  try {
    dialect.extract(input, builder);
  } catch (e) {
    diagnostics.push(
      failure(
        path2,
        "extract-failed",
        `The ${dialect.id} dialect could not read this file: ${e.message}`
      )
    );
    return { diagnostics };
  }
  const meta = extractMeta(tree, text4, fm.data);
  Object.assign(builder.meta, { ...meta, ...builder.meta });
  const firstHeading = tree.children.find((n) => n.type === "heading" && n.depth === 1);
  const defaultTitle = firstHeading && plain(firstHeading) || fileName.replace(/\.(md|markdown)$/i, "");
  diagnostics.push(...builder.diagnostics);
  const board = builder.build(defaultTitle);
  if (fm.diagnostic) {
    const notBoard = scores ? notABoardReason(path2, tree, board) : void 0;
    if (board.items.length > 0 && !notBoard)
      return { diagnostics: [...diagnostics, fm.diagnostic] };
    const warning = { ...fm.diagnostic, severity: "warning" };
    delete warning.fatal;
    diagnostics.push(warning);
    return {
      board,
      diagnostics,
      skipReason: `${notBoard ?? "no board items"}, and its front matter is not usable YAML (line ${fm.diagnostic.line})`,
      ...scores ? { scores } : {}
    };
  }
  const result = { board, diagnostics, mapper: builder.mapper, tree };
  if (scores) result.scores = scores;
  if (scores) {
    const reason = notABoardReason(path2, tree, board) ?? (board.items.length === 0 ? noItemsReason(input) : void 0);
    if (reason) result.skipReason = reason;
  }
  return result;
}
function noItemsReason(input) {
  const text4 = input.text;
  if (!/^\s*(?:[-*+]|\d+[.)])\s/m.test(text4) && !/^\s*\|/m.test(text4))
    return "no lists or tables: nothing here reads as board items";
  return "no board items: no task-list checkboxes, status table rows or cards under column headings";
}
function failure(path2, rule, message) {
  return { rule, severity: "error", message, path: path2, line: 1, column: 1, fatal: true };
}

// io/glob.ts
var import_picomatch2 = __toESM(require_picomatch2(), 1);
import * as fs from "node:fs";
import { join, relative as relative2, resolve as resolve3, sep as sep2 } from "node:path";

// node_modules/tinyglobby/dist/index.mjs
import { readdir, readdirSync, realpath, realpathSync, stat, statSync } from "fs";
import { isAbsolute, posix, resolve as resolve2 } from "path";
import { fileURLToPath } from "url";

// node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename, dirname, normalize, relative, resolve, sep } from "path";
import * as nativeFs from "fs";
var __require = /* @__PURE__ */ createRequire(import.meta.url);
function cleanPath(path2) {
  let normalized = normalize(path2);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
var SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path2, separator) {
  return path2.replace(SLASHES_REGEX, separator);
}
var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path2) {
  return path2 === "/" || WINDOWS_ROOT_DIR_REGEX.test(path2);
}
function normalizePath(path2, options) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path2.includes("/") || path2.startsWith(".");
  if (resolvePaths) path2 = resolve(path2);
  if (normalizePath$1 || pathNeedsCleaning) path2 = cleanPath(path2);
  if (path2 === ".") return "";
  const needsSeperator = path2[path2.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path2 + pathSeparator : path2, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes(relative(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options) {
  const { relativePaths, includeBasePath } = options;
  return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths, filters) {
    const relativePath = directoryPath.substring(root.length) || ".";
    if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
  };
}
var pushDirectory = (directoryPath, paths) => {
  paths.push(directoryPath || ".");
};
var pushDirectoryFilter = (directoryPath, paths, filters) => {
  const path2 = directoryPath || ".";
  if (filters.every((filter) => filter(path2, true))) paths.push(path2);
};
var empty$2 = () => {
};
function build$6(root, options) {
  const { includeDirs, filters, relativePaths } = options;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
var pushFileFilterAndCount = (filename, _paths, counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) counts.files++;
};
var pushFileFilter = (filename, paths, _counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
var pushFileCount = (_filename, _paths, counts, _filters) => {
  counts.files++;
};
var pushFile = (filename, paths) => {
  paths.push(filename);
};
var empty$1 = () => {
};
function build$5(options) {
  const { excludeFiles, filters, onlyCounts } = options;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
var getArray = (paths) => {
  return paths;
};
var getArrayGroup = () => {
  return [""].slice(0, 0);
};
function build$4(options) {
  return options.group ? getArrayGroup : getArray;
}
var groupFiles = (groups, directory, files) => {
  groups.push({
    directory,
    files,
    dir: directory
  });
};
var empty2 = () => {
};
function build$3(options) {
  return options.group ? groupFiles : empty2;
}
var resolveSymlinksAsync = function(path2, state, callback$1) {
  const { queue, fs: fs2, options: { suppressErrors } } = state;
  queue.enqueue();
  fs2.realpath(path2, (error, resolvedPath) => {
    if (error) return queue.dequeue(suppressErrors ? null : error, state);
    fs2.stat(resolvedPath, (error$1, stat2) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat2.isDirectory() && isRecursive(path2, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat2, resolvedPath);
      queue.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path2, state, callback$1) {
  const { queue, fs: fs2, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    const resolvedPath = fs2.realpathSync(path2);
    const stat2 = fs2.statSync(resolvedPath);
    if (stat2.isDirectory() && isRecursive(path2, resolvedPath, state)) return;
    callback$1(stat2, resolvedPath);
  } catch (e) {
    if (!suppressErrors) throw e;
  }
};
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path2, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname(path2);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = dirname(parent);
  }
  state.symlinks.set(path2, resolved);
  return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
var onlyCountsSync = (state) => {
  return state.counts;
};
var groupsSync = (state) => {
  return state.groups;
};
var defaultSync = (state) => {
  return state.paths;
};
var limitFilesSync = (state) => {
  return state.paths.slice(0, state.options.maxFiles);
};
var onlyCountsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.counts, state.options.suppressErrors);
  return null;
};
var defaultAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths, state.options.suppressErrors);
  return null;
};
var limitFilesAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
  return null;
};
var groupsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.groups, state.options.suppressErrors);
  return null;
};
function report(error, callback$1, output, suppressErrors) {
  if (error && !suppressErrors) callback$1(error, output);
  else callback$1(null, output);
}
function build$1(options, isSynchronous) {
  const { onlyCounts, group, maxFiles } = options;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
var readdirOpts = { withFileTypes: true };
var walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  state.queue.enqueue();
  if (currentDepth < 0) return state.queue.dequeue(null, state);
  const { fs: fs2 } = state;
  state.visited.push(crawlPath);
  state.counts.directories++;
  fs2.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
    callback$1(entries, directoryPath, currentDepth);
    state.queue.dequeue(state.options.suppressErrors ? null : error, state);
  });
};
var walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  const { fs: fs2 } = state;
  if (currentDepth < 0) return;
  state.visited.push(crawlPath);
  state.counts.directories++;
  let entries = [];
  try {
    entries = fs2.readdirSync(crawlPath || ".", readdirOpts);
  } catch (e) {
    if (!state.options.suppressErrors) throw e;
  }
  callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
var Queue = class {
  count = 0;
  constructor(onQueueEmpty) {
    this.onQueueEmpty = onQueueEmpty;
  }
  enqueue() {
    this.count++;
    return this.count;
  }
  dequeue(error, output) {
    if (this.onQueueEmpty && (--this.count <= 0 || error)) {
      this.onQueueEmpty(error, output);
      if (error) {
        output.controller.abort();
        this.onQueueEmpty = void 0;
      }
    }
  }
};
var Counter = class {
  _files = 0;
  _directories = 0;
  set files(num) {
    this._files = num;
  }
  get files() {
    return this._files;
  }
  set directories(num) {
    this._directories = num;
  }
  get directories() {
    return this._directories;
  }
  /**
  * @deprecated use `directories` instead
  */
  /* c8 ignore next 3 */
  get dirs() {
    return this._directories;
  }
};
var Aborter = class {
  aborted = false;
  abort() {
    this.aborted = true;
  }
};
var Walker = class {
  root;
  isSynchronous;
  state;
  joinPath;
  pushDirectory;
  pushFile;
  getArray;
  groupFiles;
  resolveSymlink;
  walkDirectory;
  callbackInvoker;
  constructor(root, options, callback$1) {
    this.isSynchronous = !callback$1;
    this.callbackInvoker = build$1(options, this.isSynchronous);
    this.root = normalizePath(root, options);
    this.state = {
      root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
      paths: [""].slice(0, 0),
      groups: [],
      counts: new Counter(),
      options,
      queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
      symlinks: /* @__PURE__ */ new Map(),
      visited: [""].slice(0, 0),
      controller: new Aborter(),
      fs: options.fs || nativeFs
    };
    this.joinPath = build$7(this.root, options);
    this.pushDirectory = build$6(this.root, options);
    this.pushFile = build$5(options);
    this.getArray = build$4(options);
    this.groupFiles = build$3(options);
    this.resolveSymlink = build$2(options, this.isSynchronous);
    this.walkDirectory = build(this.isSynchronous);
  }
  start() {
    this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
    this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
    return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
  }
  walk = (entries, directoryPath, depth) => {
    const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
    if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
    const files = this.getArray(this.state.paths);
    for (let i = 0; i < entries.length; ++i) {
      const entry = entries[i];
      if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
        const filename = this.joinPath(entry.name, directoryPath);
        this.pushFile(filename, files, this.state.counts, filters);
      } else if (entry.isDirectory()) {
        let path2 = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
        if (exclude && exclude(entry.name, path2)) continue;
        this.pushDirectory(path2, paths, filters);
        this.walkDirectory(this.state, path2, path2, depth - 1, this.walk);
      } else if (this.resolveSymlink && entry.isSymbolicLink()) {
        let path2 = joinPathWithBasePath(entry.name, directoryPath);
        this.resolveSymlink(path2, this.state, (stat2, resolvedPath) => {
          if (stat2.isDirectory()) {
            resolvedPath = normalizePath(resolvedPath, this.state.options);
            if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path2 + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path2 + pathSeparator, depth - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path2;
            const filename = basename(resolvedPath);
            const directoryPath$1 = normalizePath(dirname(resolvedPath), this.state.options);
            resolvedPath = this.joinPath(filename, directoryPath$1);
            this.pushFile(resolvedPath, files, this.state.counts, filters);
          }
        });
      }
    }
    this.groupFiles(this.state.groups, directoryPath, files);
  };
};
function promise(root, options) {
  return new Promise((resolve$1, reject) => {
    callback(root, options, (err, output) => {
      if (err) return reject(err);
      resolve$1(output);
    });
  });
}
function callback(root, options, callback$1) {
  let walker = new Walker(root, options, callback$1);
  walker.start();
}
function sync(root, options) {
  const walker = new Walker(root, options);
  return walker.start();
}
var APIBuilder = class {
  constructor(root, options) {
    this.root = root;
    this.options = options;
  }
  withPromise() {
    return promise(this.root, this.options);
  }
  withCallback(cb) {
    callback(this.root, this.options, cb);
  }
  sync() {
    return sync(this.root, this.options);
  }
};
var pm = null;
var Builder = class {
  globCache = {};
  options = {
    maxDepth: Infinity,
    suppressErrors: true,
    pathSeparator: sep,
    filters: []
  };
  globFunction;
  constructor(options) {
    this.options = {
      ...this.options,
      ...options
    };
    this.globFunction = this.options.globFunction;
  }
  group() {
    this.options.group = true;
    return this;
  }
  withPathSeparator(separator) {
    this.options.pathSeparator = separator;
    return this;
  }
  withBasePath() {
    this.options.includeBasePath = true;
    return this;
  }
  withRelativePaths() {
    this.options.relativePaths = true;
    return this;
  }
  withDirs() {
    this.options.includeDirs = true;
    return this;
  }
  withMaxDepth(depth) {
    this.options.maxDepth = depth;
    return this;
  }
  withMaxFiles(limit) {
    this.options.maxFiles = limit;
    return this;
  }
  withFullPaths() {
    this.options.resolvePaths = true;
    this.options.includeBasePath = true;
    return this;
  }
  withErrors() {
    this.options.suppressErrors = false;
    return this;
  }
  withSymlinks({ resolvePaths = true } = {}) {
    this.options.resolveSymlinks = true;
    this.options.useRealPaths = resolvePaths;
    return this.withFullPaths();
  }
  withAbortSignal(signal) {
    this.options.signal = signal;
    return this;
  }
  normalize() {
    this.options.normalizePath = true;
    return this;
  }
  filter(predicate) {
    this.options.filters.push(predicate);
    return this;
  }
  onlyDirs() {
    this.options.excludeFiles = true;
    this.options.includeDirs = true;
    return this;
  }
  exclude(predicate) {
    this.options.exclude = predicate;
    return this;
  }
  onlyCounts() {
    this.options.onlyCounts = true;
    return this;
  }
  crawl(root) {
    return new APIBuilder(root || ".", this.options);
  }
  withGlobFunction(fn) {
    this.globFunction = fn;
    return this;
  }
  /**
  * @deprecated Pass options using the constructor instead:
  * ```ts
  * new fdir(options).crawl("/path/to/root");
  * ```
  * This method will be removed in v7.0
  */
  /* c8 ignore next 4 */
  crawlWithOptions(root, options) {
    this.options = {
      ...this.options,
      ...options
    };
    return new APIBuilder(root || ".", this.options);
  }
  glob(...patterns) {
    if (this.globFunction) return this.globWithOptions(patterns);
    return this.globWithOptions(patterns, ...[{ dot: true }]);
  }
  globWithOptions(patterns, ...options) {
    const globFn = this.globFunction || pm;
    if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
    var isMatch = this.globCache[patterns.join("\0")];
    if (!isMatch) {
      isMatch = globFn(patterns, ...options);
      this.globCache[patterns.join("\0")] = isMatch;
    }
    this.options.filters.push((path2) => isMatch(path2));
    return this;
  }
};

// node_modules/tinyglobby/dist/index.mjs
var import_picomatch = __toESM(require_picomatch2(), 1);
var isReadonlyArray = Array.isArray;
var BACKSLASHES = /\\/g;
var DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
var isWin = process.platform === "win32";
var ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
  const patternsCount = patterns.length;
  const patternsParts = Array(patternsCount);
  const matchers = Array(patternsCount);
  let i, j;
  for (i = 0; i < patternsCount; i++) {
    const parts = splitPattern(patterns[i]);
    patternsParts[i] = parts;
    const partsCount = parts.length;
    const partMatchers = Array(partsCount);
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch.default)(parts[j], options);
    matchers[i] = partMatchers;
  }
  return (input) => {
    const inputParts = input.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
    for (i = 0; i < patternsCount; i++) {
      const patternParts = patternsParts[i];
      const matcher = matchers[i];
      const inputPatternCount = inputParts.length;
      const minParts = Math.min(inputPatternCount, patternParts.length);
      j = 0;
      while (j < minParts) {
        const part = patternParts[j];
        if (part.includes("/")) return true;
        if (!matcher[j](inputParts[j])) break;
        if (!options.noglobstar && part === "**") return true;
        j++;
      }
      if (j === inputPatternCount) return true;
    }
    return false;
  };
}
var WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
var isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
  if (cwd === root || root.startsWith(`${cwd}/`)) {
    if (absolute) {
      const start = cwd.length + +!isRoot(cwd);
      return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
    }
    const prefix = root.slice(cwd.length + 1);
    if (prefix) return (p, isDir) => {
      if (p === ".") return prefix;
      const result = `${prefix}/${p}`;
      return isDir ? result.slice(0, -1) : result;
    };
    return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
  }
  if (absolute) return (p) => posix.relative(cwd, p) || ".";
  return (p) => posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
  if (root.startsWith(`${cwd}/`)) {
    const prefix = root.slice(cwd.length + 1);
    return (p) => `${prefix}/${p}`;
  }
  return (p) => {
    const result = posix.relative(cwd, `${root}/${p}`);
    return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
  };
}
function ensureNonDriveRelativePath(path2) {
  return path2.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
var splitPatternOptions = { parts: true };
function splitPattern(path2) {
  var _result$parts;
  const result = import_picomatch.default.scan(path2, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path2];
}
var POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
var WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
var escapePosixPath = (path2) => path2.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapeWin32Path = (path2) => path2.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapePath = isWin ? escapeWin32Path : escapePosixPath;
function isDynamicPattern(pattern, options) {
  if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
  const scan = import_picomatch.default.scan(pattern);
  return scan.isGlob || scan.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value2) {
  return typeof value2 === "string" ? [value2] : value2 !== null && value2 !== void 0 ? value2 : [];
}
var PARENT_DIRECTORY = /^(\/?\.\.)+/;
var ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
  var _PARENT_DIRECTORY$exe;
  const cwd = opts.cwd;
  let result = pattern;
  if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
  if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
  const escapedCwd = escapePath(cwd);
  result = isAbsolute(result.replace(ESCAPING_BACKSLASHES, "")) ? posix.relative(escapedCwd, result) : posix.normalize(result);
  const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
  const parts = splitPattern(result);
  if (parentDir) {
    const n = (parentDir.length + 1) / 3;
    let i = 0;
    const cwdParts = escapedCwd.split("/");
    while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
      result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
      i++;
    }
    const potentialRoot = posix.join(cwd, parentDir.slice(i * 3));
    if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
      props.root = ensureNonDriveRelativePath(potentialRoot);
      props.depthOffset = -n + i;
    }
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
    const newCommonPath = [];
    const length = Math.min(props.commonPath.length, parts.length);
    for (let i = 0; i < length; i++) {
      const part = parts[i];
      if (part === "**" && !parts[i + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length;
    props.commonPath = newCommonPath;
    props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? posix.join(cwd, ...newCommonPath) : cwd);
  }
  return result;
}
function processPatterns(options, patterns, props) {
  const matchPatterns = [];
  const ignorePatterns = [];
  for (const pattern of options.ignore) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
  }
  for (const pattern of patterns) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
    else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
  }
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function buildCrawler(options, patterns) {
  const cwd = options.cwd;
  const props = {
    root: cwd,
    depthOffset: 0
  };
  const processed = processPatterns(options, patterns, props);
  if (options.debug) log("internal processing patterns:", processed);
  const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
  const root = props.root.replace(BACKSLASHES, "");
  const matchOptions = {
    dot,
    nobrace: options.braceExpansion === false,
    nocase: !caseSensitiveMatch,
    noextglob: options.extglob === false,
    noglobstar: options.globstar === false,
    posix: true
  };
  const matcher = (0, import_picomatch.default)(processed.match, matchOptions);
  const ignore = (0, import_picomatch.default)(processed.ignore, matchOptions);
  const partialMatcher = getPartialMatcher(processed.match, matchOptions);
  const format = buildFormat(cwd, root, absolute);
  const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
  const excludePredicate = (_, p) => {
    const relativePath = excludeFormatter(p, true);
    return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
  };
  let maxDepth;
  if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
  const crawler = new Builder({
    filters: [debug ? (p, isDirectory) => {
      const path2 = format(p, isDirectory);
      const matches = matcher(path2) && !ignore(path2);
      if (matches) log(`matched ${path2}`);
      return matches;
    } : (p, isDirectory) => {
      const path2 = format(p, isDirectory);
      return matcher(path2) && !ignore(path2);
    }],
    exclude: debug ? (_, p) => {
      const skipped = excludePredicate(_, p);
      log(`${skipped ? "skipped" : "crawling"} ${p}`);
      return skipped;
    } : excludePredicate,
    fs: options.fs,
    pathSeparator: "/",
    relativePaths: !absolute,
    resolvePaths: absolute,
    includeBasePath: absolute,
    resolveSymlinks: followSymbolicLinks,
    excludeSymlinks: !followSymbolicLinks,
    excludeFiles: onlyDirectories,
    includeDirs: onlyDirectories || !options.onlyFiles,
    maxDepth,
    signal: options.signal
  }).crawl(root);
  if (options.debug) log("internal properties:", {
    ...props,
    root
  });
  return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
function formatPaths(paths, mapper) {
  if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
  return paths;
}
var defaultOptions = {
  caseSensitiveMatch: true,
  debug: !!process.env.TINYGLOBBY_DEBUG,
  expandDirectories: true,
  followSymbolicLinks: true,
  onlyFiles: true
};
function getOptions(options) {
  const opts = Object.assign({}, options);
  for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
  opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve2(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || readdir,
    readdirSync: opts.fs.readdirSync || readdirSync,
    realpath: opts.fs.realpath || realpath,
    realpathSync: opts.fs.realpathSync || realpathSync,
    stat: opts.fs.stat || stat,
    statSync: opts.fs.statSync || statSync
  });
  if (opts.debug) log("globbing with options:", opts);
  return opts;
}
function getCrawler(globInput, inputOptions = {}) {
  var _ref;
  if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
  const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
  const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
  const options = getOptions(isModern ? inputOptions : globInput);
  return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
function globSync(globInput, options) {
  const [crawler, relative3] = getCrawler(globInput, options);
  return crawler ? formatPaths(crawler.sync(), relative3) : [];
}

// io/glob.ts
function globWorkspace(root, patterns, options = {}) {
  const base = resolve3(root);
  const rootReal = realRoot(base);
  let cwd;
  try {
    cwd = fs.realpathSync.native(resolve3(base, options.cwd ?? "."));
  } catch (e) {
    if (e.code === "ENOENT") return { files: [], skipped: [] };
    throw e;
  }
  if (!isWithin(rootReal, cwd))
    throw new BoundaryError(
      `${options.cwd} leads outside the workspace; boardwright does not search it.`,
      options.cwd ?? "."
    );
  const ignore = options.ignore ?? [];
  const dot = options.dot ?? false;
  const links = [];
  const readdirSync3 = ((path2, opts) => {
    const entries = fs.readdirSync(path2, opts);
    for (const e of entries)
      if (typeof e === "object" && e.isSymbolicLink()) links.push(join(String(path2), e.name));
    return entries;
  });
  const found = globSync(patterns, {
    cwd,
    ignore,
    dot,
    onlyFiles: true,
    expandDirectories: false,
    followSymbolicLinks: false,
    fs: { ...fs, readdirSync: readdirSync3 }
  });
  const files = new Set(found);
  const seen = new Set(found.map((f) => join(cwd, f)));
  const skipped = [];
  const options_ = { dot, posix: true };
  const matches = (0, import_picomatch2.default)(patterns, options_);
  const ignored = (0, import_picomatch2.default)(ignore.length ? ignore : ["\0"], options_);
  for (const link of links.sort()) {
    const rel = relative2(cwd, link).split(sep2).join("/");
    if (ignored(rel) || ignored(`${rel}/x`)) continue;
    let real;
    let stats;
    try {
      real = fs.realpathSync.native(link);
      stats = fs.statSync(real);
    } catch {
      real = void 0;
    }
    const folder = stats?.isDirectory() ?? false;
    if (!folder && !matches(rel)) continue;
    const shown = toWorkspacePath(rootReal, link);
    if (real === void 0) skipped.push({ path: shown, reason: "broken", folder });
    else if (!isWithin(rootReal, real)) skipped.push({ path: shown, reason: "outside", folder });
    else if (!folder && stats?.isFile() && !seen.has(real)) {
      seen.add(real);
      files.add(rel);
    }
  }
  return { files: [...files].sort(), skipped };
}

// model/generated/board-validator.js
var import_ucs2length = __toESM(require_ucs2length(), 1);
var runtime_ucs2length = { default: import_ucs2length.default.default ?? import_ucs2length.default };
var validateWorkspace = validate20;
var func1 = runtime_ucs2length.default;
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
    if (data.value === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.atLeast === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "atLeast" }, message: "must have required property 'atLeast'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.line === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "line" }, message: "must have required property 'line'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "value" || key0 === "atLeast" || key0 === "line")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.value !== void 0) {
      let data0 = data.value;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err4 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 < 0 || isNaN(data0)) {
          const err5 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
    if (data.atLeast !== void 0) {
      if (typeof data.atLeast !== "boolean") {
        const err6 = { instancePath: instancePath + "/atLeast", schemaPath: "#/properties/atLeast/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.line !== void 0) {
      let data2 = data.line;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err7 = { instancePath: instancePath + "/line", schemaPath: "#/$defs/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 < 1 || isNaN(data2)) {
          const err8 = { instancePath: instancePath + "/line", schemaPath: "#/$defs/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
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
    for (const key0 in data) {
      if (!(key0 === "version" || key0 === "updated" || key0 === "status" || key0 === "owner" || key0 === "frontmatter" || key0 === "declaredTotals")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      if (typeof data.version !== "string") {
        const err1 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.updated !== void 0) {
      if (typeof data.updated !== "string") {
        const err2 = { instancePath: instancePath + "/updated", schemaPath: "#/properties/updated/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      if (typeof data.status !== "string") {
        const err3 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.owner !== void 0) {
      if (typeof data.owner !== "string") {
        const err4 = { instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.frontmatter !== void 0) {
      let data4 = data.frontmatter;
      if (!(data4 && typeof data4 == "object" && !Array.isArray(data4))) {
        const err5 = { instancePath: instancePath + "/frontmatter", schemaPath: "#/properties/frontmatter/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.declaredTotals !== void 0) {
      let data5 = data.declaredTotals;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key1 in data5) {
          if (!(key1 === "total" || key1 === "done" || key1 === "inProgress" || key1 === "backlog" || key1 === "blocked")) {
            const err6 = { instancePath: instancePath + "/declaredTotals", schemaPath: "#/properties/declaredTotals/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data5.total !== void 0) {
          if (!validate23(data5.total, { instancePath: instancePath + "/declaredTotals/total", parentData: data5, parentDataProperty: "total", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
        }
        if (data5.done !== void 0) {
          if (!validate23(data5.done, { instancePath: instancePath + "/declaredTotals/done", parentData: data5, parentDataProperty: "done", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
        }
        if (data5.inProgress !== void 0) {
          if (!validate23(data5.inProgress, { instancePath: instancePath + "/declaredTotals/inProgress", parentData: data5, parentDataProperty: "inProgress", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
        }
        if (data5.backlog !== void 0) {
          if (!validate23(data5.backlog, { instancePath: instancePath + "/declaredTotals/backlog", parentData: data5, parentDataProperty: "backlog", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
        }
        if (data5.blocked !== void 0) {
          if (!validate23(data5.blocked, { instancePath: instancePath + "/declaredTotals/blocked", parentData: data5, parentDataProperty: "blocked", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/declaredTotals", schemaPath: "#/properties/declaredTotals/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema36 = { "type": "object", "additionalProperties": false, "required": ["id", "title", "kind", "index", "position"], "properties": { "id": { "type": "string", "minLength": 1 }, "title": { "type": "string" }, "kind": { "enum": ["board", "column", "milestone", "phase", "epic", "section"] }, "number": { "type": "string", "description": "The number as written in the heading, e.g. `4` in `Milestone 4`." }, "parent": { "type": "string" }, "status": { "$ref": "#/$defs/status" }, "rawStatus": { "type": "string" }, "wipLimit": { "type": "integer", "minimum": 0 }, "declaredCount": { "$ref": "#/$defs/count" }, "index": { "type": "integer", "minimum": 0 }, "position": { "$ref": "#/$defs/position" } } };
var schema37 = { "enum": ["backlog", "ready", "in-progress", "review", "blocked", "done", "cancelled"], "description": "Canonical status every raw status (column, checkbox, emoji, Status: field, heading suffix) maps onto." };
var func3 = Object.prototype.hasOwnProperty;
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate32.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.line === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "line" }, message: "must have required property 'line'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.column === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "column" }, message: "must have required property 'column'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.endLine === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "endLine" }, message: "must have required property 'endLine'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "line" || key0 === "column" || key0 === "endLine" || key0 === "endColumn" || key0 === "path")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.line !== void 0) {
      let data0 = data.line;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err4 = { instancePath: instancePath + "/line", schemaPath: "#/$defs/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 < 1 || isNaN(data0)) {
          const err5 = { instancePath: instancePath + "/line", schemaPath: "#/$defs/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
    if (data.column !== void 0) {
      let data1 = data.column;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err6 = { instancePath: instancePath + "/column", schemaPath: "#/properties/column/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 < 1 || isNaN(data1)) {
          const err7 = { instancePath: instancePath + "/column", schemaPath: "#/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
    if (data.endLine !== void 0) {
      let data2 = data.endLine;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err8 = { instancePath: instancePath + "/endLine", schemaPath: "#/$defs/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 < 1 || isNaN(data2)) {
          const err9 = { instancePath: instancePath + "/endLine", schemaPath: "#/$defs/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    }
    if (data.endColumn !== void 0) {
      let data3 = data.endColumn;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err10 = { instancePath: instancePath + "/endColumn", schemaPath: "#/properties/endColumn/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 < 1 || isNaN(data3)) {
          const err11 = { instancePath: instancePath + "/endColumn", schemaPath: "#/properties/endColumn/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
    }
    if (data.path !== void 0) {
      let data4 = data.path;
      if (typeof data4 === "string") {
        if (func1(data4) < 1) {
          const err12 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
  validate32.errors = vErrors;
  return errors === 0;
}
validate32.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate30.evaluated;
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
    if (data.title === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.index === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "index" }, message: "must have required property 'index'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.position === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "position" }, message: "must have required property 'position'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func3.call(schema36.properties, key0)) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func1(data0) < 1) {
          const err6 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      if (typeof data.title !== "string") {
        const err8 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data2 = data.kind;
      if (!(data2 === "board" || data2 === "column" || data2 === "milestone" || data2 === "phase" || data2 === "epic" || data2 === "section")) {
        const err9 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema36.properties.kind.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.number !== void 0) {
      if (typeof data.number !== "string") {
        const err10 = { instancePath: instancePath + "/number", schemaPath: "#/properties/number/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.parent !== void 0) {
      if (typeof data.parent !== "string") {
        const err11 = { instancePath: instancePath + "/parent", schemaPath: "#/properties/parent/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data5 = data.status;
      if (!(data5 === "backlog" || data5 === "ready" || data5 === "in-progress" || data5 === "review" || data5 === "blocked" || data5 === "done" || data5 === "cancelled")) {
        const err12 = { instancePath: instancePath + "/status", schemaPath: "#/$defs/status/enum", keyword: "enum", params: { allowedValues: schema37.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.rawStatus !== void 0) {
      if (typeof data.rawStatus !== "string") {
        const err13 = { instancePath: instancePath + "/rawStatus", schemaPath: "#/properties/rawStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.wipLimit !== void 0) {
      let data7 = data.wipLimit;
      if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
        const err14 = { instancePath: instancePath + "/wipLimit", schemaPath: "#/properties/wipLimit/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (typeof data7 == "number" && isFinite(data7)) {
        if (data7 < 0 || isNaN(data7)) {
          const err15 = { instancePath: instancePath + "/wipLimit", schemaPath: "#/properties/wipLimit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
    }
    if (data.declaredCount !== void 0) {
      if (!validate23(data.declaredCount, { instancePath: instancePath + "/declaredCount", parentData: data, parentDataProperty: "declaredCount", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.index !== void 0) {
      let data9 = data.index;
      if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
        const err16 = { instancePath: instancePath + "/index", schemaPath: "#/properties/index/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (typeof data9 == "number" && isFinite(data9)) {
        if (data9 < 0 || isNaN(data9)) {
          const err17 = { instancePath: instancePath + "/index", schemaPath: "#/properties/index/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
    }
    if (data.position !== void 0) {
      if (!validate32(data.position, { instancePath: instancePath + "/position", parentData: data, parentDataProperty: "position", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
validate30.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema41 = { "type": "object", "additionalProperties": false, "required": ["id", "title", "status", "done", "dependsOn", "files", "acceptance", "labels", "fields", "statusEvidence", "position"], "properties": { "id": { "type": "string", "minLength": 1 }, "generatedId": { "const": true, "description": "Present when the board gives no id and boardwright made one up." }, "title": { "type": "string" }, "kind": { "type": "string" }, "status": { "$ref": "#/$defs/status" }, "rawStatus": { "type": "string" }, "done": { "type": "boolean" }, "group": { "type": "string" }, "parent": { "type": "string" }, "assignee": { "type": "string" }, "priority": { "type": "string" }, "dependsOn": { "type": "array", "items": { "type": "string" } }, "files": { "type": "array", "items": { "type": "string" } }, "acceptance": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["text", "done", "line"], "properties": { "text": { "type": "string" }, "done": { "type": "boolean" }, "line": { "$ref": "#/$defs/line" } } } }, "branch": { "type": "string" }, "labels": { "type": "array", "items": { "type": "string" } }, "description": { "type": "string" }, "fields": { "type": "object", "additionalProperties": { "type": "string" } }, "statusEvidence": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["source", "raw", "line"], "properties": { "source": { "enum": ["checkbox", "column", "section", "field", "heading", "suffix", "emoji", "strikethrough"] }, "raw": { "type": "string" }, "status": { "$ref": "#/$defs/status" }, "line": { "$ref": "#/$defs/line" } } } }, "position": { "$ref": "#/$defs/position" } } };
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate35.evaluated;
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
    if (data.title === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.done === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "done" }, message: "must have required property 'done'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.dependsOn === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "dependsOn" }, message: "must have required property 'dependsOn'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.files === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.acceptance === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "acceptance" }, message: "must have required property 'acceptance'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.labels === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "labels" }, message: "must have required property 'labels'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.fields === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "fields" }, message: "must have required property 'fields'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.statusEvidence === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "statusEvidence" }, message: "must have required property 'statusEvidence'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.position === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "position" }, message: "must have required property 'position'" };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func3.call(schema41.properties, key0)) {
        const err11 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func1(data0) < 1) {
          const err12 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.generatedId !== void 0) {
      if (true !== data.generatedId) {
        const err14 = { instancePath: instancePath + "/generatedId", schemaPath: "#/properties/generatedId/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      if (typeof data.title !== "string") {
        const err15 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      if (typeof data.kind !== "string") {
        const err16 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data4 = data.status;
      if (!(data4 === "backlog" || data4 === "ready" || data4 === "in-progress" || data4 === "review" || data4 === "blocked" || data4 === "done" || data4 === "cancelled")) {
        const err17 = { instancePath: instancePath + "/status", schemaPath: "#/$defs/status/enum", keyword: "enum", params: { allowedValues: schema37.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.rawStatus !== void 0) {
      if (typeof data.rawStatus !== "string") {
        const err18 = { instancePath: instancePath + "/rawStatus", schemaPath: "#/properties/rawStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.done !== void 0) {
      if (typeof data.done !== "boolean") {
        const err19 = { instancePath: instancePath + "/done", schemaPath: "#/properties/done/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.group !== void 0) {
      if (typeof data.group !== "string") {
        const err20 = { instancePath: instancePath + "/group", schemaPath: "#/properties/group/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.parent !== void 0) {
      if (typeof data.parent !== "string") {
        const err21 = { instancePath: instancePath + "/parent", schemaPath: "#/properties/parent/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.assignee !== void 0) {
      if (typeof data.assignee !== "string") {
        const err22 = { instancePath: instancePath + "/assignee", schemaPath: "#/properties/assignee/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.priority !== void 0) {
      if (typeof data.priority !== "string") {
        const err23 = { instancePath: instancePath + "/priority", schemaPath: "#/properties/priority/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.dependsOn !== void 0) {
      let data11 = data.dependsOn;
      if (Array.isArray(data11)) {
        const len0 = data11.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data11[i0] !== "string") {
            const err24 = { instancePath: instancePath + "/dependsOn/" + i0, schemaPath: "#/properties/dependsOn/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/dependsOn", schemaPath: "#/properties/dependsOn/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.files !== void 0) {
      let data13 = data.files;
      if (Array.isArray(data13)) {
        const len1 = data13.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data13[i1] !== "string") {
            const err26 = { instancePath: instancePath + "/files/" + i1, schemaPath: "#/properties/files/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/files", schemaPath: "#/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.acceptance !== void 0) {
      let data15 = data.acceptance;
      if (Array.isArray(data15)) {
        const len2 = data15.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data16 = data15[i2];
          if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
            if (data16.text === void 0) {
              const err28 = { instancePath: instancePath + "/acceptance/" + i2, schemaPath: "#/properties/acceptance/items/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
            if (data16.done === void 0) {
              const err29 = { instancePath: instancePath + "/acceptance/" + i2, schemaPath: "#/properties/acceptance/items/required", keyword: "required", params: { missingProperty: "done" }, message: "must have required property 'done'" };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            if (data16.line === void 0) {
              const err30 = { instancePath: instancePath + "/acceptance/" + i2, schemaPath: "#/properties/acceptance/items/required", keyword: "required", params: { missingProperty: "line" }, message: "must have required property 'line'" };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            for (const key1 in data16) {
              if (!(key1 === "text" || key1 === "done" || key1 === "line")) {
                const err31 = { instancePath: instancePath + "/acceptance/" + i2, schemaPath: "#/properties/acceptance/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data16.text !== void 0) {
              if (typeof data16.text !== "string") {
                const err32 = { instancePath: instancePath + "/acceptance/" + i2 + "/text", schemaPath: "#/properties/acceptance/items/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data16.done !== void 0) {
              if (typeof data16.done !== "boolean") {
                const err33 = { instancePath: instancePath + "/acceptance/" + i2 + "/done", schemaPath: "#/properties/acceptance/items/properties/done/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data16.line !== void 0) {
              let data19 = data16.line;
              if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)) && isFinite(data19))) {
                const err34 = { instancePath: instancePath + "/acceptance/" + i2 + "/line", schemaPath: "#/$defs/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
              if (typeof data19 == "number" && isFinite(data19)) {
                if (data19 < 1 || isNaN(data19)) {
                  const err35 = { instancePath: instancePath + "/acceptance/" + i2 + "/line", schemaPath: "#/$defs/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err36 = { instancePath: instancePath + "/acceptance/" + i2, schemaPath: "#/properties/acceptance/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
      } else {
        const err37 = { instancePath: instancePath + "/acceptance", schemaPath: "#/properties/acceptance/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.branch !== void 0) {
      if (typeof data.branch !== "string") {
        const err38 = { instancePath: instancePath + "/branch", schemaPath: "#/properties/branch/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      let data21 = data.labels;
      if (Array.isArray(data21)) {
        const len3 = data21.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (typeof data21[i3] !== "string") {
            const err39 = { instancePath: instancePath + "/labels/" + i3, schemaPath: "#/properties/labels/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
      } else {
        const err40 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      if (typeof data.description !== "string") {
        const err41 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.fields !== void 0) {
      let data24 = data.fields;
      if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
        for (const key2 in data24) {
          if (typeof data24[key2] !== "string") {
            const err42 = { instancePath: instancePath + "/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/fields/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
      } else {
        const err43 = { instancePath: instancePath + "/fields", schemaPath: "#/properties/fields/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.statusEvidence !== void 0) {
      let data26 = data.statusEvidence;
      if (Array.isArray(data26)) {
        const len4 = data26.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data27 = data26[i4];
          if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
            if (data27.source === void 0) {
              const err44 = { instancePath: instancePath + "/statusEvidence/" + i4, schemaPath: "#/properties/statusEvidence/items/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
            if (data27.raw === void 0) {
              const err45 = { instancePath: instancePath + "/statusEvidence/" + i4, schemaPath: "#/properties/statusEvidence/items/required", keyword: "required", params: { missingProperty: "raw" }, message: "must have required property 'raw'" };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
            if (data27.line === void 0) {
              const err46 = { instancePath: instancePath + "/statusEvidence/" + i4, schemaPath: "#/properties/statusEvidence/items/required", keyword: "required", params: { missingProperty: "line" }, message: "must have required property 'line'" };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
            for (const key3 in data27) {
              if (!(key3 === "source" || key3 === "raw" || key3 === "status" || key3 === "line")) {
                const err47 = { instancePath: instancePath + "/statusEvidence/" + i4, schemaPath: "#/properties/statusEvidence/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data27.source !== void 0) {
              let data28 = data27.source;
              if (!(data28 === "checkbox" || data28 === "column" || data28 === "section" || data28 === "field" || data28 === "heading" || data28 === "suffix" || data28 === "emoji" || data28 === "strikethrough")) {
                const err48 = { instancePath: instancePath + "/statusEvidence/" + i4 + "/source", schemaPath: "#/properties/statusEvidence/items/properties/source/enum", keyword: "enum", params: { allowedValues: schema41.properties.statusEvidence.items.properties.source.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data27.raw !== void 0) {
              if (typeof data27.raw !== "string") {
                const err49 = { instancePath: instancePath + "/statusEvidence/" + i4 + "/raw", schemaPath: "#/properties/statusEvidence/items/properties/raw/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            if (data27.status !== void 0) {
              let data30 = data27.status;
              if (!(data30 === "backlog" || data30 === "ready" || data30 === "in-progress" || data30 === "review" || data30 === "blocked" || data30 === "done" || data30 === "cancelled")) {
                const err50 = { instancePath: instancePath + "/statusEvidence/" + i4 + "/status", schemaPath: "#/$defs/status/enum", keyword: "enum", params: { allowedValues: schema37.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
            if (data27.line !== void 0) {
              let data31 = data27.line;
              if (!(typeof data31 == "number" && (!(data31 % 1) && !isNaN(data31)) && isFinite(data31))) {
                const err51 = { instancePath: instancePath + "/statusEvidence/" + i4 + "/line", schemaPath: "#/$defs/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
              if (typeof data31 == "number" && isFinite(data31)) {
                if (data31 < 1 || isNaN(data31)) {
                  const err52 = { instancePath: instancePath + "/statusEvidence/" + i4 + "/line", schemaPath: "#/$defs/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err53 = { instancePath: instancePath + "/statusEvidence/" + i4, schemaPath: "#/properties/statusEvidence/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
      } else {
        const err54 = { instancePath: instancePath + "/statusEvidence", schemaPath: "#/properties/statusEvidence/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data.position !== void 0) {
      if (!validate32(data.position, { instancePath: instancePath + "/position", parentData: data, parentDataProperty: "position", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err55 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err55];
    } else {
      vErrors.push(err55);
    }
    errors++;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
validate35.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
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
    if (data.title === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.path === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.dialect === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "dialect" }, message: "must have required property 'dialect'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.meta === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "meta" }, message: "must have required property 'meta'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.groups === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "groups" }, message: "must have required property 'groups'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.items === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "items" }, message: "must have required property 'items'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "title" || key0 === "path" || key0 === "dialect" || key0 === "meta" || key0 === "groups" || key0 === "items")) {
        const err7 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func1(data0) < 1) {
          const err8 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      if (typeof data.title !== "string") {
        const err10 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.path !== void 0) {
      let data2 = data.path;
      if (typeof data2 === "string") {
        if (func1(data2) < 1) {
          const err11 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.dialect !== void 0) {
      if (typeof data.dialect !== "string") {
        const err13 = { instancePath: instancePath + "/dialect", schemaPath: "#/properties/dialect/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.meta !== void 0) {
      if (!validate22(data.meta, { instancePath: instancePath + "/meta", parentData: data, parentDataProperty: "meta", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.groups !== void 0) {
      let data5 = data.groups;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate30(data5[i0], { instancePath: instancePath + "/groups/" + i0, parentData: data5, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/groups", schemaPath: "#/properties/groups/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.items !== void 0) {
      let data7 = data.items;
      if (Array.isArray(data7)) {
        const len1 = data7.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate35(data7[i1], { instancePath: instancePath + "/items/" + i1, parentData: data7, parentDataProperty: i1, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/items", schemaPath: "#/properties/items/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema46 = { "type": "object", "additionalProperties": false, "required": ["rule", "severity", "message", "path", "line", "column"], "properties": { "rule": { "type": "string" }, "severity": { "enum": ["error", "warning", "info"] }, "message": { "type": "string" }, "path": { "type": "string" }, "line": { "$ref": "#/$defs/line" }, "column": { "type": "integer", "minimum": 1 }, "endLine": { "$ref": "#/$defs/line" }, "fatal": { "type": "boolean" }, "url": { "type": "string" } } };
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate39.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.rule === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.severity === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.message === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.path === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.line === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "line" }, message: "must have required property 'line'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.column === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "column" }, message: "must have required property 'column'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func3.call(schema46.properties, key0)) {
        const err6 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.rule !== void 0) {
      if (typeof data.rule !== "string") {
        const err7 = { instancePath: instancePath + "/rule", schemaPath: "#/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data1 = data.severity;
      if (!(data1 === "error" || data1 === "warning" || data1 === "info")) {
        const err8 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/enum", keyword: "enum", params: { allowedValues: schema46.properties.severity.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.message !== void 0) {
      if (typeof data.message !== "string") {
        const err9 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.path !== void 0) {
      if (typeof data.path !== "string") {
        const err10 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.line !== void 0) {
      let data4 = data.line;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err11 = { instancePath: instancePath + "/line", schemaPath: "#/$defs/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 < 1 || isNaN(data4)) {
          const err12 = { instancePath: instancePath + "/line", schemaPath: "#/$defs/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
    }
    if (data.column !== void 0) {
      let data5 = data.column;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        const err13 = { instancePath: instancePath + "/column", schemaPath: "#/properties/column/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 < 1 || isNaN(data5)) {
          const err14 = { instancePath: instancePath + "/column", schemaPath: "#/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
    }
    if (data.endLine !== void 0) {
      let data6 = data.endLine;
      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
        const err15 = { instancePath: instancePath + "/endLine", schemaPath: "#/$defs/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (typeof data6 == "number" && isFinite(data6)) {
        if (data6 < 1 || isNaN(data6)) {
          const err16 = { instancePath: instancePath + "/endLine", schemaPath: "#/$defs/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
    }
    if (data.fatal !== void 0) {
      if (typeof data.fatal !== "boolean") {
        const err17 = { instancePath: instancePath + "/fatal", schemaPath: "#/properties/fatal/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.url !== void 0) {
      if (typeof data.url !== "string") {
        const err18 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
  } else {
    const err19 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate39.errors = vErrors;
  return errors === 0;
}
validate39.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
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
    if (data.schemaVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schemaVersion" }, message: "must have required property 'schemaVersion'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.boards === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "boards" }, message: "must have required property 'boards'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.diagnostics === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "diagnostics" }, message: "must have required property 'diagnostics'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "schemaVersion" || key0 === "boards" || key0 === "diagnostics")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.schemaVersion !== void 0) {
      if (1 !== data.schemaVersion) {
        const err4 = { instancePath: instancePath + "/schemaVersion", schemaPath: "#/properties/schemaVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.boards !== void 0) {
      let data1 = data.boards;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate21(data1[i0], { instancePath: instancePath + "/boards/" + i0, parentData: data1, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/boards", schemaPath: "#/properties/boards/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.diagnostics !== void 0) {
      let data3 = data.diagnostics;
      if (Array.isArray(data3)) {
        const len1 = data3.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate39(data3[i1], { instancePath: instancePath + "/diagnostics/" + i1, parentData: data3, parentDataProperty: i1, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/diagnostics", schemaPath: "#/properties/diagnostics/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// model/validate.ts
function toErrors(errors) {
  return (errors ?? []).map((e) => {
    let message = e.message ?? "is invalid";
    if (e.keyword === "additionalProperties") {
      message = `has unknown key "${e.params.additionalProperty}"`;
    } else if (e.keyword === "enum") {
      message = `must be one of ${e.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
    }
    return { pointer: e.instancePath || "/", message };
  });
}
function validateWorkspace2(workspace) {
  return validateWorkspace(workspace) ? [] : toErrors(validateWorkspace.errors);
}
function validateConfigData(data) {
  const { validateConfig } = requireOnDemand(
    "config-validator.cjs",
    "./generated/config-validator.cjs",
    import.meta.url
  );
  return validateConfig(data) ? [] : toErrors(validateConfig.errors);
}

// kanban/limits.ts
var DEFAULT_LIMITS = {
  maxFileBytes: 16 * 1024 * 1024,
  maxLineLength: 65536,
  maxNesting: 64
};

// config/load.ts
import { lstatSync, readFileSync } from "node:fs";
import { join as join2, resolve as resolve4 } from "node:path";
function loadConfig(root, explicitPath) {
  const base = resolve4(root);
  const given = explicitPath ?? CONFIG_FILES.find((f) => exists(join2(base, f)));
  if (!given) return { config: {}, limits: DEFAULT_LIMITS, diagnostics: [] };
  const full = resolve4(base, given);
  const inside = isWithin(base, full);
  const rel = inside ? toWorkspacePath(base, full) : full;
  let text4;
  try {
    text4 = inside ? readWorkspaceText(base, rel) : readFileSync(full, "utf8");
  } catch (e) {
    return failed(
      rel,
      1,
      e instanceof BoundaryError ? `Config file not read: ${e.message}` : `Config file cannot be read: ${e.code ?? e.message}.`
    );
  }
  const { isNode, LineCounter, parseDocument } = loadYaml();
  if (rel.endsWith(".json")) {
    try {
      JSON.parse(text4);
    } catch (e) {
      const message = e.message;
      const at = /position (\d+)/.exec(message);
      const line = at ? text4.slice(0, Number(at[1])).split("\n").length : parseDocument(text4).errors[0]?.linePos?.[0]?.line ?? 1;
      return failed(rel, line, `Config file is not valid JSON: ${message}`);
    }
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text4, { lineCounter, prettyErrors: false });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = yamlError.linePos?.[0]?.line ?? 1;
    return failed(
      rel,
      line,
      `Config file is not valid YAML/JSON: ${yamlError.message.split("\n")[0]}`
    );
  }
  let data;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (e) {
    return failed(rel, 1, `Config file cannot be read: ${e.message}`);
  }
  const errors = validateConfigData(data);
  if (errors.length > 0) {
    const diagnostics = errors.map((err) => {
      const path2 = err.pointer.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
      const node2 = path2.length ? doc.getIn(path2, true) : doc.contents;
      const offset = isNode(node2) && node2.range ? node2.range[0] : 0;
      const { line, col } = lineCounter.linePos(offset);
      const key = path2.length ? path2.join(".") : "(top level)";
      return {
        rule: "invalid-config",
        severity: "error",
        message: `Config key "${key}" ${err.message}. See schemas/config.schema.json.`,
        path: rel,
        line,
        column: col,
        fatal: true
      };
    });
    return { config: {}, path: rel, limits: DEFAULT_LIMITS, diagnostics };
  }
  const config = data;
  return { config, path: rel, limits: { ...DEFAULT_LIMITS, ...config.limits }, diagnostics: [] };
}
function exists(path2) {
  try {
    lstatSync(path2);
    return true;
  } catch {
    return false;
  }
}
function failed(path2, line, message) {
  return {
    config: {},
    path: path2,
    limits: DEFAULT_LIMITS,
    diagnostics: [
      { rule: "invalid-config", severity: "error", message, path: path2, line, column: 1, fatal: true }
    ]
  };
}

// checks/rule.ts
function ruleUrl(id) {
  return `https://github.com/boardwright/boardwright/blob/main/docs/rules.md#${id}`;
}
function fileOf(position2) {
  return position2.path ? { path: position2.path } : {};
}
function compareDiagnostics(a, b) {
  const keys = ["path", "line", "column", "rule", "message"];
  for (const k of keys) {
    const x = a[k];
    const y = b[k];
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

// io/discover.ts
import { statSync as statSync3 } from "node:fs";
var ALWAYS_EXCLUDED = ["**/node_modules/**", "**/.git/**", "**/dist/**"];
var DEFAULT_INCLUDE = ["**/*.md", "**/*.markdown"];
var DEFAULT_DOT_INCLUDE = [
  ".kiro",
  ".specify",
  ".github",
  ".backlog",
  ".planning",
  ".kanban",
  ".tasks",
  ".todo",
  ".plans"
].flatMap((dir) => [`**/${dir}/**/*.md`, `**/${dir}/**/*.markdown`]);
function discoverBoards(root, paths, include, exclude) {
  const ignore = [...ALWAYS_EXCLUDED, ...exclude];
  const patterns = include?.length ? include : DEFAULT_INCLUDE;
  const rootReal = realRoot(root);
  const files = /* @__PURE__ */ new Set();
  const explicit = /* @__PURE__ */ new Set();
  const missing = [];
  const refused = [];
  const skippedLinks = /* @__PURE__ */ new Map();
  const search2 = (dir, real) => {
    const prefix = toWorkspacePath(rootReal, real);
    const found = globWorkspace(root, patterns, { cwd: dir, ignore });
    for (const f of found.files) files.add(prefix === "." ? f : `${prefix}/${f}`);
    for (const link of found.skipped) skippedLinks.set(link.path, link);
    if (include?.length) return;
    const dotted = globWorkspace(root, DEFAULT_DOT_INCLUDE, { cwd: dir, ignore, dot: true });
    for (const f of dotted.files) files.add(prefix === "." ? f : `${prefix}/${f}`);
    for (const link of dotted.skipped) skippedLinks.set(link.path, link);
  };
  if (paths.length === 0) search2(".", rootReal);
  for (const p of paths) {
    let resolved;
    try {
      resolved = resolveInside(root, p);
    } catch (e) {
      if (!(e instanceof BoundaryError)) throw e;
      refused.push({ path: p, message: e.message });
      continue;
    }
    let stats;
    try {
      stats = statSync3(resolved.real);
    } catch {
      missing.push(p);
      continue;
    }
    if (stats.isDirectory()) search2(resolved.real, resolved.real);
    else {
      files.add(resolved.rel);
      explicit.add(resolved.rel);
    }
  }
  return {
    files: [...files].sort(),
    missing,
    explicit,
    refused,
    skippedLinks: [...skippedLinks.values()].sort((a, b) => a.path < b.path ? -1 : 1)
  };
}

export {
  require_picomatch2 as require_picomatch,
  ruleUrl,
  fileOf,
  compareDiagnostics,
  toString,
  plain,
  splitField,
  BoardBuilder,
  repairRunPieces,
  toMacRomanMojibake,
  repairMacRomanMojibake,
  decodeMarkdown,
  statusEmoji,
  StatusMapper,
  statusCell,
  taskTableOf,
  ROW_PHASE,
  phaseKey,
  progressTable,
  ID_LINE,
  BOX_LINE,
  DIALECTS,
  findDialect,
  detectDialect,
  parseBacklogTask,
  normalizeIdentifier,
  asciiDigit,
  asciiPunctuation,
  stringifyPosition,
  fromMarkdown,
  ok,
  convert,
  SKIP,
  visitParents,
  visit,
  beatInto,
  beat,
  PARSER_ID,
  CLAIMED_BY_HELPER,
  parseChunk,
  parseMarkdown,
  parseMarkdownWhole,
  readBoard,
  readBoardText,
  escapePath,
  globSync,
  globWorkspace,
  ALWAYS_EXCLUDED,
  DEFAULT_INCLUDE,
  discoverBoards,
  require_ucs2length,
  validateWorkspace2 as validateWorkspace,
  validateConfigData,
  DEFAULT_LIMITS,
  loadConfig
};
