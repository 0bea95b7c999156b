import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  require_semver
} from "./chunk-522BCGME.js";
import {
  dependencyDot,
  renderSvg
} from "./chunk-56QGHFUL.js";
import {
  itemsInGroup,
  progressOf
} from "./chunk-PSST65ID.js";
import {
  createTwoFilesPatch,
  diffArrays
} from "./chunk-WZ2FT6D5.js";
import {
  stableJson
} from "./chunk-3Q5VNHR7.js";
import {
  safeOutputPath,
  writeOutputs
} from "./chunk-5ASJFVCF.js";
import {
  SCHEMA_VERSION,
  STATUSES,
  itemKey
} from "./chunk-XL2HJG6H.js";
import {
  StatusMapper,
  decodeMarkdown,
  parseMarkdown,
  plain,
  readBoardText,
  repairRunPieces,
  require_lib,
  slugify,
  splitField,
  statusEmoji,
  toMacRomanMojibake
} from "./chunk-BDOKGEDJ.js";
import {
  require_dist
} from "./chunk-ABKOGEDK.js";
import {
  __commonJS,
  __export,
  __require,
  __toESM
} from "./chunk-M7RL3SWP.js";

// node_modules/handlebars/dist/cjs/handlebars/utils.js
var require_utils = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/utils.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.extend = extend;
    exports.indexOf = indexOf;
    exports.escapeExpression = escapeExpression;
    exports.isEmpty = isEmpty;
    exports.createFrame = createFrame;
    exports.blockParams = blockParams;
    exports.appendContextPath = appendContextPath;
    var escape = {
      "&": "&amp;",
      "<": "&lt;",
      ">": "&gt;",
      '"': "&quot;",
      "'": "&#x27;",
      "`": "&#x60;",
      "=": "&#x3D;"
    };
    var badChars = /[&<>"'`=]/g;
    var possible = /[&<>"'`=]/;
    function escapeChar(chr) {
      return escape[chr];
    }
    function extend(obj) {
      for (var i = 1; i < arguments.length; i++) {
        for (var key2 in arguments[i]) {
          if (Object.prototype.hasOwnProperty.call(arguments[i], key2)) {
            obj[key2] = arguments[i][key2];
          }
        }
      }
      return obj;
    }
    var toString = Object.prototype.toString;
    exports.toString = toString;
    var isFunction = function isFunction2(value) {
      return typeof value === "function";
    };
    if (isFunction(/x/)) {
      exports.isFunction = isFunction = function(value) {
        return typeof value === "function" && toString.call(value) === "[object Function]";
      };
    }
    exports.isFunction = isFunction;
    var isArray = Array.isArray || function(value) {
      return value && typeof value === "object" ? toString.call(value) === "[object Array]" : false;
    };
    exports.isArray = isArray;
    function indexOf(array, value) {
      for (var i = 0, len = array.length; i < len; i++) {
        if (array[i] === value) {
          return i;
        }
      }
      return -1;
    }
    function escapeExpression(string) {
      if (typeof string !== "string") {
        if (string && typeof string.toHTML === "function") {
          return string.toHTML();
        } else if (string == null) {
          return "";
        } else if (!string) {
          return string + "";
        }
        string = "" + string;
      }
      if (!possible.test(string)) {
        return string;
      }
      return string.replace(badChars, escapeChar);
    }
    function isEmpty(value) {
      if (!value && value !== 0) {
        return true;
      } else if (isArray(value) && value.length === 0) {
        return true;
      } else {
        return false;
      }
    }
    function createFrame(object) {
      var frame = extend({}, object);
      frame._parent = object;
      return frame;
    }
    function blockParams(params, ids) {
      params.path = ids;
      return params;
    }
    function appendContextPath(contextPath, id) {
      return (contextPath ? contextPath + "." : "") + id;
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/exception.js
var require_exception = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/exception.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var errorProps = ["description", "fileName", "lineNumber", "endLineNumber", "message", "name", "number", "stack"];
    function Exception(message, node) {
      var loc = node && node.loc, line = void 0, endLineNumber = void 0, column = void 0, endColumn = void 0;
      if (loc && loc.start) {
        line = loc.start.line;
        column = loc.start.column;
        if (loc.end) {
          endLineNumber = loc.end.line;
          endColumn = loc.end.column;
        }
        message += " - " + line + ":" + column;
      }
      var tmp = Error.prototype.constructor.call(this, message);
      for (var idx = 0; idx < errorProps.length; idx++) {
        this[errorProps[idx]] = tmp[errorProps[idx]];
      }
      if (Error.captureStackTrace) {
        Error.captureStackTrace(this, Exception);
      }
      try {
        if (loc) {
          this.lineNumber = line;
          this.endLineNumber = endLineNumber;
          if (Object.defineProperty) {
            Object.defineProperty(this, "column", {
              value: column,
              enumerable: true
            });
            Object.defineProperty(this, "endColumn", {
              value: endColumn,
              enumerable: true
            });
          } else {
            this.column = column;
            this.endColumn = endColumn;
          }
        }
      } catch (nop) {
      }
    }
    Exception.prototype = new Error();
    exports["default"] = Exception;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/block-helper-missing.js
var require_block_helper_missing = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/block-helper-missing.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var _utils = require_utils();
    exports["default"] = function(instance) {
      instance.registerHelper("blockHelperMissing", function(context, options) {
        var inverse = options.inverse, fn = options.fn;
        if (context === true) {
          return fn(this);
        } else if (context === false || context == null) {
          return inverse(this);
        } else if (_utils.isArray(context)) {
          if (context.length > 0) {
            if (options.ids) {
              options.ids = [options.name];
            }
            return instance.helpers.each(context, options);
          } else {
            return inverse(this);
          }
        } else {
          if (options.data && options.ids) {
            var data = _utils.createFrame(options.data);
            data.contextPath = _utils.appendContextPath(options.data.contextPath, options.name);
            options = { data };
          }
          return fn(context, options);
        }
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/each.js
var require_each = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/each.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    function closeIterator(iterator) {
      try {
        var _close = iterator["return"];
        if (_utils.isFunction(_close)) {
          _close.call(iterator);
        }
      } catch (closeError) {
      }
    }
    exports["default"] = function(instance) {
      instance.registerHelper("each", function(context, options) {
        if (!options) {
          throw new _exception2["default"]("Must pass iterator to #each");
        }
        var fn = options.fn, inverse = options.inverse, i = 0, ret = "", data = void 0, contextPath = void 0;
        if (options.data && options.ids) {
          contextPath = _utils.appendContextPath(options.data.contextPath, options.ids[0]) + ".";
        }
        if (_utils.isFunction(context)) {
          context = context.call(this);
        }
        if (options.data) {
          data = _utils.createFrame(options.data);
        }
        function execIteration(field, index, last, value) {
          if (data) {
            data.key = field;
            data.index = index;
            data.first = index === 0;
            data.last = !!last;
            if (contextPath) {
              data.contextPath = contextPath + field;
            }
          }
          ret = ret + fn(value, {
            data,
            blockParams: _utils.blockParams([value, field], [contextPath + field, null])
          });
        }
        if (context && typeof context === "object") {
          if (_utils.isArray(context)) {
            for (var j = context.length; i < j; i++) {
              if (i in context) {
                execIteration(i, i, i === context.length - 1, context[i]);
              }
            }
          } else if (typeof Symbol === "function" && context[Symbol.iterator]) {
            var iterator = context[Symbol.iterator]();
            var current = iterator.next();
            while (!current.done) {
              var next = iterator.next();
              try {
                execIteration(i, i, next.done, current.value);
              } catch (e) {
                if (!next.done) {
                  closeIterator(iterator);
                }
                throw e;
              }
              current = next;
              i++;
            }
          } else {
            (function() {
              var priorKey = void 0;
              Object.keys(context).forEach(function(key2) {
                if (priorKey !== void 0) {
                  execIteration(priorKey, i - 1, false, context[priorKey]);
                }
                priorKey = key2;
                i++;
              });
              if (priorKey !== void 0) {
                execIteration(priorKey, i - 1, true, context[priorKey]);
              }
            })();
          }
        }
        if (i === 0) {
          ret = inverse(this);
        }
        return ret;
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/helper-missing.js
var require_helper_missing = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/helper-missing.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance) {
      instance.registerHelper("helperMissing", function() {
        if (arguments.length === 1) {
          return void 0;
        } else {
          throw new _exception2["default"]('Missing helper: "' + arguments[arguments.length - 1].name + '"');
        }
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/if.js
var require_if = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/if.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance) {
      instance.registerHelper("if", function(conditional, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#if requires exactly one argument");
        }
        if (_utils.isFunction(conditional)) {
          conditional = conditional.call(this);
        }
        if (!options.hash.includeZero && !conditional || _utils.isEmpty(conditional)) {
          return options.inverse(this);
        } else {
          return options.fn(this);
        }
      });
      instance.registerHelper("unless", function(conditional, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#unless requires exactly one argument");
        }
        return instance.helpers["if"].call(this, conditional, {
          fn: options.inverse,
          inverse: options.fn,
          hash: options.hash
        });
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/log.js
var require_log = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/log.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    exports["default"] = function(instance) {
      instance.registerHelper("log", function() {
        var args = [void 0], options = arguments[arguments.length - 1];
        for (var i = 0; i < arguments.length - 1; i++) {
          args.push(arguments[i]);
        }
        var level = 1;
        if (options.hash.level != null) {
          level = options.hash.level;
        } else if (options.data && options.data.level != null) {
          level = options.data.level;
        }
        args[0] = level;
        instance.log.apply(instance, args);
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/lookup.js
var require_lookup = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/lookup.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    exports["default"] = function(instance) {
      instance.registerHelper("lookup", function(obj, field, options) {
        if (!obj) {
          return obj;
        }
        return options.lookupProperty(obj, field);
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/with.js
var require_with = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/with.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance) {
      instance.registerHelper("with", function(context, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#with requires exactly one argument");
        }
        if (_utils.isFunction(context)) {
          context = context.call(this);
        }
        var fn = options.fn;
        if (!_utils.isEmpty(context)) {
          var data = options.data;
          if (options.data && options.ids) {
            data = _utils.createFrame(options.data);
            data.contextPath = _utils.appendContextPath(options.data.contextPath, options.ids[0]);
          }
          return fn(context, {
            data,
            blockParams: _utils.blockParams([context], [data && data.contextPath])
          });
        } else {
          return options.inverse(this);
        }
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers.js
var require_helpers = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.registerDefaultHelpers = registerDefaultHelpers;
    exports.moveHelperToHooks = moveHelperToHooks;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _helpersBlockHelperMissing = require_block_helper_missing();
    var _helpersBlockHelperMissing2 = _interopRequireDefault(_helpersBlockHelperMissing);
    var _helpersEach = require_each();
    var _helpersEach2 = _interopRequireDefault(_helpersEach);
    var _helpersHelperMissing = require_helper_missing();
    var _helpersHelperMissing2 = _interopRequireDefault(_helpersHelperMissing);
    var _helpersIf = require_if();
    var _helpersIf2 = _interopRequireDefault(_helpersIf);
    var _helpersLog = require_log();
    var _helpersLog2 = _interopRequireDefault(_helpersLog);
    var _helpersLookup = require_lookup();
    var _helpersLookup2 = _interopRequireDefault(_helpersLookup);
    var _helpersWith = require_with();
    var _helpersWith2 = _interopRequireDefault(_helpersWith);
    function registerDefaultHelpers(instance) {
      _helpersBlockHelperMissing2["default"](instance);
      _helpersEach2["default"](instance);
      _helpersHelperMissing2["default"](instance);
      _helpersIf2["default"](instance);
      _helpersLog2["default"](instance);
      _helpersLookup2["default"](instance);
      _helpersWith2["default"](instance);
    }
    function moveHelperToHooks(instance, helperName, keepHelper) {
      if (instance.helpers[helperName]) {
        instance.hooks[helperName] = instance.helpers[helperName];
        if (!keepHelper) {
          instance.helpers[helperName] = void 0;
        }
      }
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/decorators/inline.js
var require_inline = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/decorators/inline.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var _utils = require_utils();
    exports["default"] = function(instance) {
      instance.registerDecorator("inline", function(fn, props, container, options) {
        var ret = fn;
        if (!props.partials) {
          props.partials = {};
          ret = function(context, options2) {
            var original = container.partials;
            container.partials = _utils.extend({}, original, props.partials);
            var ret2 = fn(context, options2);
            container.partials = original;
            return ret2;
          };
        }
        props.partials[options.args[0]] = options.fn;
        return ret;
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/decorators.js
var require_decorators = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/decorators.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.registerDefaultDecorators = registerDefaultDecorators;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _decoratorsInline = require_inline();
    var _decoratorsInline2 = _interopRequireDefault(_decoratorsInline);
    function registerDefaultDecorators(instance) {
      _decoratorsInline2["default"](instance);
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/logger.js
var require_logger = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/logger.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var _utils = require_utils();
    var logger = {
      methodMap: ["debug", "info", "warn", "error"],
      level: "info",
      // Maps a given level value to the `methodMap` indexes above.
      lookupLevel: function lookupLevel(level) {
        if (typeof level === "string") {
          var levelMap = _utils.indexOf(logger.methodMap, level.toLowerCase());
          if (levelMap >= 0) {
            level = levelMap;
          } else {
            level = parseInt(level, 10);
          }
        }
        return level;
      },
      // Can be overridden in the host environment
      log: function log(level) {
        level = logger.lookupLevel(level);
        if (typeof console !== "undefined" && logger.lookupLevel(logger.level) <= level) {
          var method = logger.methodMap[level];
          if (!console[method]) {
            method = "log";
          }
          for (var _len = arguments.length, message = Array(_len > 1 ? _len - 1 : 0), _key = 1; _key < _len; _key++) {
            message[_key - 1] = arguments[_key];
          }
          console[method].apply(console, message);
        }
      }
    };
    exports["default"] = logger;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/internal/proto-access.js
var require_proto_access = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/internal/proto-access.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.createProtoAccessControl = createProtoAccessControl;
    exports.resultIsAllowed = resultIsAllowed;
    exports.isPrototypeConstructor = isPrototypeConstructor;
    exports.resetLoggedProperties = resetLoggedProperties;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _logger = require_logger();
    var _logger2 = _interopRequireDefault(_logger);
    var loggedProperties = /* @__PURE__ */ Object.create(null);
    function createProtoAccessControl(runtimeOptions) {
      var propertyWhiteList = /* @__PURE__ */ Object.create(null);
      propertyWhiteList["__proto__"] = false;
      _utils.extend(propertyWhiteList, runtimeOptions.allowedProtoProperties);
      var methodWhiteList = /* @__PURE__ */ Object.create(null);
      methodWhiteList["constructor"] = false;
      methodWhiteList["__defineGetter__"] = false;
      methodWhiteList["__defineSetter__"] = false;
      methodWhiteList["__lookupGetter__"] = false;
      methodWhiteList["__lookupSetter__"] = false;
      _utils.extend(methodWhiteList, runtimeOptions.allowedProtoMethods);
      return {
        properties: {
          whitelist: propertyWhiteList,
          defaultValue: runtimeOptions.allowProtoPropertiesByDefault
        },
        methods: {
          whitelist: methodWhiteList,
          defaultValue: runtimeOptions.allowProtoMethodsByDefault
        }
      };
    }
    function resultIsAllowed(result, protoAccessControl, propertyName) {
      if (typeof result === "function") {
        return checkWhiteList(protoAccessControl.methods, propertyName);
      } else {
        return checkWhiteList(protoAccessControl.properties, propertyName);
      }
    }
    function isPrototypeConstructor(parent, propertyName, result) {
      return propertyName === "constructor" && typeof result === "function" && parent === result.prototype;
    }
    function checkWhiteList(protoAccessControlForType, propertyName) {
      if (protoAccessControlForType.whitelist[propertyName] !== void 0) {
        return protoAccessControlForType.whitelist[propertyName] === true;
      }
      if (protoAccessControlForType.defaultValue !== void 0) {
        return protoAccessControlForType.defaultValue;
      }
      logUnexpecedPropertyAccessOnce(propertyName);
      return false;
    }
    function logUnexpecedPropertyAccessOnce(propertyName) {
      if (loggedProperties[propertyName] !== true) {
        loggedProperties[propertyName] = true;
        _logger2["default"].log("error", 'Handlebars: Access has been denied to resolve the property "' + propertyName + '" because it is not an "own property" of its parent.\nYou can add a runtime option to disable the check or this warning:\nSee https://handlebarsjs.com/api-reference/runtime-options.html#options-to-control-prototype-access for details');
      }
    }
    function resetLoggedProperties() {
      Object.keys(loggedProperties).forEach(function(propertyName) {
        delete loggedProperties[propertyName];
      });
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/base.js
var require_base = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/base.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.HandlebarsEnvironment = HandlebarsEnvironment;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _helpers = require_helpers();
    var _decorators = require_decorators();
    var _logger = require_logger();
    var _logger2 = _interopRequireDefault(_logger);
    var _internalProtoAccess = require_proto_access();
    var VERSION = "4.7.10";
    exports.VERSION = VERSION;
    var COMPILER_REVISION = 8;
    exports.COMPILER_REVISION = COMPILER_REVISION;
    var LAST_COMPATIBLE_COMPILER_REVISION = 7;
    exports.LAST_COMPATIBLE_COMPILER_REVISION = LAST_COMPATIBLE_COMPILER_REVISION;
    var REVISION_CHANGES = {
      1: "<= 1.0.rc.2",
      // 1.0.rc.2 is actually rev2 but doesn't report it
      2: "== 1.0.0-rc.3",
      3: "== 1.0.0-rc.4",
      4: "== 1.x.x",
      5: "== 2.0.0-alpha.x",
      6: ">= 2.0.0-beta.1",
      7: ">= 4.0.0 <4.3.0",
      8: ">= 4.3.0"
    };
    exports.REVISION_CHANGES = REVISION_CHANGES;
    var objectType = "[object Object]";
    function HandlebarsEnvironment(helpers, partials, decorators) {
      this.helpers = helpers || {};
      this.partials = partials || {};
      this.decorators = decorators || {};
      _helpers.registerDefaultHelpers(this);
      _decorators.registerDefaultDecorators(this);
    }
    HandlebarsEnvironment.prototype = {
      constructor: HandlebarsEnvironment,
      logger: _logger2["default"],
      log: _logger2["default"].log,
      registerHelper: function registerHelper(name, fn) {
        if (_utils.toString.call(name) === objectType) {
          if (fn) {
            throw new _exception2["default"]("Arg not supported with multiple helpers");
          }
          _utils.extend(this.helpers, name);
        } else {
          this.helpers[name] = fn;
        }
      },
      unregisterHelper: function unregisterHelper(name) {
        delete this.helpers[name];
      },
      registerPartial: function registerPartial(name, partial) {
        if (_utils.toString.call(name) === objectType) {
          _utils.extend(this.partials, name);
        } else {
          if (typeof partial === "undefined") {
            throw new _exception2["default"]('Attempting to register a partial called "' + name + '" as undefined');
          }
          this.partials[name] = partial;
        }
      },
      unregisterPartial: function unregisterPartial(name) {
        delete this.partials[name];
      },
      registerDecorator: function registerDecorator(name, fn) {
        if (_utils.toString.call(name) === objectType) {
          if (fn) {
            throw new _exception2["default"]("Arg not supported with multiple decorators");
          }
          _utils.extend(this.decorators, name);
        } else {
          this.decorators[name] = fn;
        }
      },
      unregisterDecorator: function unregisterDecorator(name) {
        delete this.decorators[name];
      },
      /**
       * Reset the memory of illegal property accesses that have already been logged.
       * @deprecated should only be used in handlebars test-cases
       */
      resetLoggedPropertyAccesses: function resetLoggedPropertyAccesses() {
        _internalProtoAccess.resetLoggedProperties();
      }
    };
    var log = _logger2["default"].log;
    exports.log = log;
    exports.createFrame = _utils.createFrame;
    exports.logger = _logger2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/safe-string.js
var require_safe_string = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/safe-string.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function SafeString(string) {
      this.string = string;
    }
    SafeString.prototype.toString = SafeString.prototype.toHTML = function() {
      return "" + this.string;
    };
    exports["default"] = SafeString;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/internal/wrapHelper.js
var require_wrapHelper = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/internal/wrapHelper.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.wrapHelper = wrapHelper;
    function wrapHelper(helper, transformOptionsFn) {
      if (typeof helper !== "function") {
        return helper;
      }
      var wrapper = function wrapper2() {
        var options = arguments[arguments.length - 1];
        arguments[arguments.length - 1] = transformOptionsFn(options);
        return helper.apply(this, arguments);
      };
      return wrapper;
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/runtime.js
var require_runtime = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/runtime.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.checkRevision = checkRevision;
    exports.template = template;
    exports.wrapProgram = wrapProgram;
    exports.resolvePartial = resolvePartial;
    exports.invokePartial = invokePartial;
    exports.noop = noop;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule) {
        return obj;
      } else {
        var newObj = {};
        if (obj != null) {
          for (var key2 in obj) {
            if (Object.prototype.hasOwnProperty.call(obj, key2)) newObj[key2] = obj[key2];
          }
        }
        newObj["default"] = obj;
        return newObj;
      }
    }
    var _utils = require_utils();
    var Utils = _interopRequireWildcard(_utils);
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _base = require_base();
    var _helpers = require_helpers();
    var _internalWrapHelper = require_wrapHelper();
    var _internalProtoAccess = require_proto_access();
    function checkRevision(compilerInfo) {
      var compilerRevision = compilerInfo && compilerInfo[0] || 1, currentRevision = _base.COMPILER_REVISION;
      if (compilerRevision >= _base.LAST_COMPATIBLE_COMPILER_REVISION && compilerRevision <= _base.COMPILER_REVISION) {
        return;
      }
      if (compilerRevision < _base.LAST_COMPATIBLE_COMPILER_REVISION) {
        var runtimeVersions = _base.REVISION_CHANGES[currentRevision], compilerVersions = _base.REVISION_CHANGES[compilerRevision];
        throw new _exception2["default"]("Template was precompiled with an older version of Handlebars than the current runtime. Please update your precompiler to a newer version (" + runtimeVersions + ") or downgrade your runtime to an older version (" + compilerVersions + ").");
      } else {
        throw new _exception2["default"]("Template was precompiled with a newer version of Handlebars than the current runtime. Please update your runtime to a newer version (" + compilerInfo[1] + ").");
      }
    }
    function template(templateSpec, env) {
      if (!env) {
        throw new _exception2["default"]("No environment passed to template");
      }
      if (!templateSpec || !templateSpec.main) {
        throw new _exception2["default"]("Unknown template object: " + typeof templateSpec);
      }
      templateSpec.main.decorator = templateSpec.main_d;
      env.VM.checkRevision(templateSpec.compiler);
      var templateWasPrecompiledWithCompilerV7 = templateSpec.compiler && templateSpec.compiler[0] === 7;
      function invokePartialWrapper(partial, context, options) {
        if (options.hash) {
          context = Utils.extend({}, context, options.hash);
          if (options.ids) {
            options.ids[0] = true;
          }
        }
        partial = env.VM.resolvePartial.call(this, partial, context, options);
        options.hooks = this.hooks;
        options.protoAccessControl = this.protoAccessControl;
        var result = env.VM.invokePartial.call(this, partial, context, options);
        if (result == null && Utils.isFunction(partial)) {
          throw new _exception2["default"]("The partial " + options.name + " returned no output: partials must return a string");
        }
        if (result == null && env.compile) {
          if (typeof partial !== "string") {
            throw new _exception2["default"]("The partial " + options.name + " could not be compiled: partials must be strings or functions returning strings");
          }
          options.partials[options.name] = env.compile(partial, templateSpec.compilerOptions, env);
          result = options.partials[options.name](context, options);
        }
        if (result != null) {
          if (options.indent) {
            var lines = result.split("\n");
            for (var i = 0, l = lines.length; i < l; i++) {
              if (!lines[i] && i + 1 === l) {
                break;
              }
              lines[i] = options.indent + lines[i];
            }
            result = lines.join("\n");
          }
          return result;
        } else {
          throw new _exception2["default"]("The partial " + options.name + " could not be compiled when running in runtime-only mode");
        }
      }
      var container = {
        strict: function strict(obj, name, loc) {
          if (!obj || !(name in obj)) {
            throw new _exception2["default"]('"' + name + '" not defined in ' + obj, {
              loc
            });
          }
          return container.lookupProperty(obj, name);
        },
        lookupProperty: function lookupProperty(parent, propertyName) {
          var result = parent[propertyName];
          if (result == null) {
            return result;
          }
          if (Object.prototype.hasOwnProperty.call(parent, propertyName) && !_internalProtoAccess.isPrototypeConstructor(parent, propertyName, result)) {
            return result;
          }
          if (_internalProtoAccess.resultIsAllowed(result, container.protoAccessControl, propertyName)) {
            return result;
          }
          return void 0;
        },
        lookup: function lookup(depths, name) {
          var len = depths.length;
          for (var i = 0; i < len; i++) {
            var result = depths[i] && container.lookupProperty(depths[i], name);
            if (result != null) {
              return result;
            }
          }
        },
        lambda: function lambda(current, context) {
          return typeof current === "function" ? current.call(context) : current;
        },
        escapeExpression: Utils.escapeExpression,
        invokePartial: invokePartialWrapper,
        fn: function fn(i) {
          var ret2 = templateSpec[i];
          ret2.decorator = templateSpec[i + "_d"];
          return ret2;
        },
        programs: [],
        program: function program(i, data, declaredBlockParams, blockParams, depths) {
          var programWrapper = this.programs[i], fn = this.fn(i);
          if (data || depths || blockParams || declaredBlockParams) {
            programWrapper = wrapProgram(this, i, fn, data, declaredBlockParams, blockParams, depths);
          } else if (!programWrapper) {
            programWrapper = this.programs[i] = wrapProgram(this, i, fn);
          }
          return programWrapper;
        },
        data: function data(value, depth) {
          while (value && depth--) {
            value = value._parent;
          }
          return value;
        },
        mergeIfNeeded: function mergeIfNeeded(param, common) {
          var obj = param || common;
          if (param && common && param !== common) {
            obj = Utils.extend({}, common, param);
          }
          return obj;
        },
        // An empty object to use as replacement for null-contexts
        nullContext: Object.seal({}),
        noop: env.VM.noop,
        compilerInfo: templateSpec.compiler
      };
      function ret(context) {
        var options = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
        var data = options.data;
        ret._setup(options);
        if (!options.partial && templateSpec.useData) {
          data = initData(context, data);
        }
        var depths = void 0, blockParams = templateSpec.useBlockParams ? [] : void 0;
        if (templateSpec.useDepths) {
          if (options.depths) {
            depths = context != options.depths[0] ? [context].concat(options.depths) : options.depths;
          } else {
            depths = [context];
          }
        }
        function main(context2) {
          return "" + templateSpec.main(container, context2, container.helpers, container.partials, data, blockParams, depths);
        }
        main = executeDecorators(templateSpec.main, main, container, options.depths || [], data, blockParams);
        return main(context, options);
      }
      ret.isTop = true;
      ret._setup = function(options) {
        if (!options.partial) {
          var mergedHelpers = {};
          addHelpers(mergedHelpers, env.helpers, container);
          addHelpers(mergedHelpers, options.helpers, container);
          container.helpers = mergedHelpers;
          if (templateSpec.usePartial) {
            container.partials = container.mergeIfNeeded(options.partials, env.partials);
          }
          if (templateSpec.usePartial || templateSpec.useDecorators) {
            container.decorators = Utils.extend({}, env.decorators, options.decorators);
          }
          container.hooks = {};
          container.protoAccessControl = _internalProtoAccess.createProtoAccessControl(options);
          var keepHelperInHelpers = options.allowCallsToHelperMissing || templateWasPrecompiledWithCompilerV7;
          _helpers.moveHelperToHooks(container, "helperMissing", keepHelperInHelpers);
          _helpers.moveHelperToHooks(container, "blockHelperMissing", keepHelperInHelpers);
        } else {
          container.protoAccessControl = options.protoAccessControl;
          container.helpers = options.helpers;
          container.partials = options.partials;
          container.decorators = options.decorators;
          container.hooks = options.hooks;
        }
      };
      ret._child = function(i, data, blockParams, depths) {
        if (templateSpec.useBlockParams && !blockParams) {
          throw new _exception2["default"]("must pass block params");
        }
        if (templateSpec.useDepths && !depths) {
          throw new _exception2["default"]("must pass parent depths");
        }
        return wrapProgram(container, i, templateSpec[i], data, 0, blockParams, depths);
      };
      return ret;
    }
    function wrapProgram(container, i, fn, data, declaredBlockParams, blockParams, depths) {
      function prog(context) {
        var options = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
        var currentDepths = depths;
        if (depths && context != depths[0] && !(context === container.nullContext && depths[0] === null)) {
          currentDepths = [context].concat(depths);
        }
        return fn(container, context, container.helpers, container.partials, options.data || data, blockParams && [options.blockParams].concat(blockParams), currentDepths);
      }
      prog = executeDecorators(fn, prog, container, depths, data, blockParams);
      prog.program = i;
      prog.depth = depths ? depths.length : 0;
      prog.blockParams = declaredBlockParams || 0;
      return prog;
    }
    function resolvePartial(partial, context, options) {
      if (!partial) {
        if (options.name === "@partial-block") {
          partial = lookupOwnProperty(options.data, "partial-block");
        } else {
          partial = lookupOwnProperty(options.partials, options.name);
        }
      } else if (typeof partial !== "function" && !options.name) {
        options.name = partial;
        partial = lookupOwnProperty(options.partials, partial);
      }
      return partial;
    }
    function invokePartial(partial, context, options) {
      var currentPartialBlock = lookupOwnProperty(options.data, "partial-block");
      options.partial = true;
      if (options.ids) {
        options.data.contextPath = options.ids[0] || options.data.contextPath;
      }
      var partialBlock = void 0;
      if (options.fn && options.fn !== noop) {
        (function() {
          options.data = _base.createFrame(options.data);
          var fn = options.fn;
          partialBlock = options.data["partial-block"] = function partialBlockWrapper(context2) {
            var options2 = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
            options2.data = _base.createFrame(options2.data);
            options2.data["partial-block"] = currentPartialBlock;
            return fn(context2, options2);
          };
          if (fn.partials) {
            options.partials = Utils.extend({}, options.partials, fn.partials);
          }
        })();
      }
      if (partial === void 0 && partialBlock) {
        partial = partialBlock;
      }
      if (partial === void 0) {
        throw new _exception2["default"]("The partial " + options.name + " could not be found");
      } else if (partial instanceof Function) {
        return partial(context, options);
      }
    }
    function noop() {
      return "";
    }
    function lookupOwnProperty(obj, name) {
      if (obj && Object.prototype.hasOwnProperty.call(obj, name)) {
        return obj[name];
      }
    }
    function initData(context, data) {
      if (!data || !("root" in data)) {
        data = data ? _base.createFrame(data) : {};
        data.root = context;
      }
      return data;
    }
    function executeDecorators(fn, prog, container, depths, data, blockParams) {
      if (fn.decorator) {
        var props = {};
        prog = fn.decorator(prog, props, container, depths && depths[0], data, blockParams, depths);
        Utils.extend(prog, props);
      }
      return prog;
    }
    function addHelpers(mergedHelpers, helpers, container) {
      if (!helpers) return;
      Object.keys(helpers).forEach(function(helperName) {
        var helper = helpers[helperName];
        mergedHelpers[helperName] = passLookupPropertyOption(helper, container);
      });
    }
    function passLookupPropertyOption(helper, container) {
      var lookupProperty = container.lookupProperty;
      return _internalWrapHelper.wrapHelper(helper, function(options) {
        options.lookupProperty = lookupProperty;
        return options;
      });
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/no-conflict.js
var require_no_conflict = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/no-conflict.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    exports["default"] = function(Handlebars4) {
      (function() {
        if (typeof globalThis === "object") return;
        Object.prototype.__defineGetter__("__magic__", function() {
          return this;
        });
        __magic__.globalThis = __magic__;
        delete Object.prototype.__magic__;
      })();
      var $Handlebars = globalThis.Handlebars;
      Handlebars4.noConflict = function() {
        if (globalThis.Handlebars === Handlebars4) {
          globalThis.Handlebars = $Handlebars;
        }
        return Handlebars4;
      };
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars.runtime.js
var require_handlebars_runtime = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars.runtime.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule) {
        return obj;
      } else {
        var newObj = {};
        if (obj != null) {
          for (var key2 in obj) {
            if (Object.prototype.hasOwnProperty.call(obj, key2)) newObj[key2] = obj[key2];
          }
        }
        newObj["default"] = obj;
        return newObj;
      }
    }
    var _handlebarsBase = require_base();
    var base = _interopRequireWildcard(_handlebarsBase);
    var _handlebarsSafeString = require_safe_string();
    var _handlebarsSafeString2 = _interopRequireDefault(_handlebarsSafeString);
    var _handlebarsException = require_exception();
    var _handlebarsException2 = _interopRequireDefault(_handlebarsException);
    var _handlebarsUtils = require_utils();
    var Utils = _interopRequireWildcard(_handlebarsUtils);
    var _handlebarsRuntime = require_runtime();
    var runtime = _interopRequireWildcard(_handlebarsRuntime);
    var _handlebarsNoConflict = require_no_conflict();
    var _handlebarsNoConflict2 = _interopRequireDefault(_handlebarsNoConflict);
    function create() {
      var hb2 = new base.HandlebarsEnvironment();
      Utils.extend(hb2, base);
      hb2.SafeString = _handlebarsSafeString2["default"];
      hb2.Exception = _handlebarsException2["default"];
      hb2.Utils = Utils;
      hb2.escapeExpression = Utils.escapeExpression;
      hb2.VM = runtime;
      hb2.template = function(spec) {
        return runtime.template(spec, hb2);
      };
      return hb2;
    }
    var inst = create();
    inst.create = create;
    _handlebarsNoConflict2["default"](inst);
    inst["default"] = inst;
    exports["default"] = inst;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/ast.js
var require_ast = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/ast.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var AST = {
      // Public API used to evaluate derived attributes regarding AST nodes
      helpers: {
        // a mustache is definitely a helper if:
        // * it is an eligible helper, and
        // * it has at least one parameter or hash segment
        helperExpression: function helperExpression(node) {
          return node.type === "SubExpression" || (node.type === "MustacheStatement" || node.type === "BlockStatement") && !!(node.params && node.params.length || node.hash);
        },
        scopedId: function scopedId(path) {
          return /^\.|this\b/.test(path.original);
        },
        // an ID is simple if it only has one part, and that part is not
        // `..` or `this`.
        simpleId: function simpleId(path) {
          return path.parts.length === 1 && !AST.helpers.scopedId(path) && !path.depth;
        }
      }
    };
    exports["default"] = AST;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/parser.js
var require_parser = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/parser.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var handlebars = (function() {
      var parser = {
        trace: function trace() {
        },
        yy: {},
        symbols_: { "error": 2, "root": 3, "program": 4, "EOF": 5, "program_repetition0": 6, "statement": 7, "mustache": 8, "block": 9, "rawBlock": 10, "partial": 11, "partialBlock": 12, "content": 13, "COMMENT": 14, "CONTENT": 15, "openRawBlock": 16, "rawBlock_repetition0": 17, "END_RAW_BLOCK": 18, "OPEN_RAW_BLOCK": 19, "helperName": 20, "openRawBlock_repetition0": 21, "openRawBlock_option0": 22, "CLOSE_RAW_BLOCK": 23, "openBlock": 24, "block_option0": 25, "closeBlock": 26, "openInverse": 27, "block_option1": 28, "OPEN_BLOCK": 29, "openBlock_repetition0": 30, "openBlock_option0": 31, "openBlock_option1": 32, "CLOSE": 33, "OPEN_INVERSE": 34, "openInverse_repetition0": 35, "openInverse_option0": 36, "openInverse_option1": 37, "openInverseChain": 38, "OPEN_INVERSE_CHAIN": 39, "openInverseChain_repetition0": 40, "openInverseChain_option0": 41, "openInverseChain_option1": 42, "inverseAndProgram": 43, "INVERSE": 44, "inverseChain": 45, "inverseChain_option0": 46, "OPEN_ENDBLOCK": 47, "OPEN": 48, "mustache_repetition0": 49, "mustache_option0": 50, "OPEN_UNESCAPED": 51, "mustache_repetition1": 52, "mustache_option1": 53, "CLOSE_UNESCAPED": 54, "OPEN_PARTIAL": 55, "partialName": 56, "partial_repetition0": 57, "partial_option0": 58, "openPartialBlock": 59, "OPEN_PARTIAL_BLOCK": 60, "openPartialBlock_repetition0": 61, "openPartialBlock_option0": 62, "param": 63, "sexpr": 64, "OPEN_SEXPR": 65, "sexpr_repetition0": 66, "sexpr_option0": 67, "CLOSE_SEXPR": 68, "hash": 69, "hash_repetition_plus0": 70, "hashSegment": 71, "ID": 72, "EQUALS": 73, "blockParams": 74, "OPEN_BLOCK_PARAMS": 75, "blockParams_repetition_plus0": 76, "CLOSE_BLOCK_PARAMS": 77, "path": 78, "dataName": 79, "STRING": 80, "NUMBER": 81, "BOOLEAN": 82, "UNDEFINED": 83, "NULL": 84, "DATA": 85, "pathSegments": 86, "SEP": 87, "$accept": 0, "$end": 1 },
        terminals_: { 2: "error", 5: "EOF", 14: "COMMENT", 15: "CONTENT", 18: "END_RAW_BLOCK", 19: "OPEN_RAW_BLOCK", 23: "CLOSE_RAW_BLOCK", 29: "OPEN_BLOCK", 33: "CLOSE", 34: "OPEN_INVERSE", 39: "OPEN_INVERSE_CHAIN", 44: "INVERSE", 47: "OPEN_ENDBLOCK", 48: "OPEN", 51: "OPEN_UNESCAPED", 54: "CLOSE_UNESCAPED", 55: "OPEN_PARTIAL", 60: "OPEN_PARTIAL_BLOCK", 65: "OPEN_SEXPR", 68: "CLOSE_SEXPR", 72: "ID", 73: "EQUALS", 75: "OPEN_BLOCK_PARAMS", 77: "CLOSE_BLOCK_PARAMS", 80: "STRING", 81: "NUMBER", 82: "BOOLEAN", 83: "UNDEFINED", 84: "NULL", 85: "DATA", 87: "SEP" },
        productions_: [0, [3, 2], [4, 1], [7, 1], [7, 1], [7, 1], [7, 1], [7, 1], [7, 1], [7, 1], [13, 1], [10, 3], [16, 5], [9, 4], [9, 4], [24, 6], [27, 6], [38, 6], [43, 2], [45, 3], [45, 1], [26, 3], [8, 5], [8, 5], [11, 5], [12, 3], [59, 5], [63, 1], [63, 1], [64, 5], [69, 1], [71, 3], [74, 3], [20, 1], [20, 1], [20, 1], [20, 1], [20, 1], [20, 1], [20, 1], [56, 1], [56, 1], [79, 2], [78, 1], [86, 3], [86, 1], [6, 0], [6, 2], [17, 0], [17, 2], [21, 0], [21, 2], [22, 0], [22, 1], [25, 0], [25, 1], [28, 0], [28, 1], [30, 0], [30, 2], [31, 0], [31, 1], [32, 0], [32, 1], [35, 0], [35, 2], [36, 0], [36, 1], [37, 0], [37, 1], [40, 0], [40, 2], [41, 0], [41, 1], [42, 0], [42, 1], [46, 0], [46, 1], [49, 0], [49, 2], [50, 0], [50, 1], [52, 0], [52, 2], [53, 0], [53, 1], [57, 0], [57, 2], [58, 0], [58, 1], [61, 0], [61, 2], [62, 0], [62, 1], [66, 0], [66, 2], [67, 0], [67, 1], [70, 1], [70, 2], [76, 1], [76, 2]],
        performAction: function anonymous(yytext, yyleng, yylineno, yy, yystate, $$, _$) {
          var $0 = $$.length - 1;
          switch (yystate) {
            case 1:
              return $$[$0 - 1];
              break;
            case 2:
              this.$ = yy.prepareProgram($$[$0]);
              break;
            case 3:
              this.$ = $$[$0];
              break;
            case 4:
              this.$ = $$[$0];
              break;
            case 5:
              this.$ = $$[$0];
              break;
            case 6:
              this.$ = $$[$0];
              break;
            case 7:
              this.$ = $$[$0];
              break;
            case 8:
              this.$ = $$[$0];
              break;
            case 9:
              this.$ = {
                type: "CommentStatement",
                value: yy.stripComment($$[$0]),
                strip: yy.stripFlags($$[$0], $$[$0]),
                loc: yy.locInfo(this._$)
              };
              break;
            case 10:
              this.$ = {
                type: "ContentStatement",
                original: $$[$0],
                value: $$[$0],
                loc: yy.locInfo(this._$)
              };
              break;
            case 11:
              this.$ = yy.prepareRawBlock($$[$0 - 2], $$[$0 - 1], $$[$0], this._$);
              break;
            case 12:
              this.$ = { path: $$[$0 - 3], params: $$[$0 - 2], hash: $$[$0 - 1] };
              break;
            case 13:
              this.$ = yy.prepareBlock($$[$0 - 3], $$[$0 - 2], $$[$0 - 1], $$[$0], false, this._$);
              break;
            case 14:
              this.$ = yy.prepareBlock($$[$0 - 3], $$[$0 - 2], $$[$0 - 1], $$[$0], true, this._$);
              break;
            case 15:
              this.$ = { open: $$[$0 - 5], path: $$[$0 - 4], params: $$[$0 - 3], hash: $$[$0 - 2], blockParams: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 5], $$[$0]) };
              break;
            case 16:
              this.$ = { path: $$[$0 - 4], params: $$[$0 - 3], hash: $$[$0 - 2], blockParams: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 5], $$[$0]) };
              break;
            case 17:
              this.$ = { path: $$[$0 - 4], params: $$[$0 - 3], hash: $$[$0 - 2], blockParams: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 5], $$[$0]) };
              break;
            case 18:
              this.$ = { strip: yy.stripFlags($$[$0 - 1], $$[$0 - 1]), program: $$[$0] };
              break;
            case 19:
              var inverse = yy.prepareBlock($$[$0 - 2], $$[$0 - 1], $$[$0], $$[$0], false, this._$), program = yy.prepareProgram([inverse], $$[$0 - 1].loc);
              program.chained = true;
              this.$ = { strip: $$[$0 - 2].strip, program, chain: true };
              break;
            case 20:
              this.$ = $$[$0];
              break;
            case 21:
              this.$ = { path: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 2], $$[$0]) };
              break;
            case 22:
              this.$ = yy.prepareMustache($$[$0 - 3], $$[$0 - 2], $$[$0 - 1], $$[$0 - 4], yy.stripFlags($$[$0 - 4], $$[$0]), this._$);
              break;
            case 23:
              this.$ = yy.prepareMustache($$[$0 - 3], $$[$0 - 2], $$[$0 - 1], $$[$0 - 4], yy.stripFlags($$[$0 - 4], $$[$0]), this._$);
              break;
            case 24:
              this.$ = {
                type: "PartialStatement",
                name: $$[$0 - 3],
                params: $$[$0 - 2],
                hash: $$[$0 - 1],
                indent: "",
                strip: yy.stripFlags($$[$0 - 4], $$[$0]),
                loc: yy.locInfo(this._$)
              };
              break;
            case 25:
              this.$ = yy.preparePartialBlock($$[$0 - 2], $$[$0 - 1], $$[$0], this._$);
              break;
            case 26:
              this.$ = { path: $$[$0 - 3], params: $$[$0 - 2], hash: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 4], $$[$0]) };
              break;
            case 27:
              this.$ = $$[$0];
              break;
            case 28:
              this.$ = $$[$0];
              break;
            case 29:
              this.$ = {
                type: "SubExpression",
                path: $$[$0 - 3],
                params: $$[$0 - 2],
                hash: $$[$0 - 1],
                loc: yy.locInfo(this._$)
              };
              break;
            case 30:
              this.$ = { type: "Hash", pairs: $$[$0], loc: yy.locInfo(this._$) };
              break;
            case 31:
              this.$ = { type: "HashPair", key: yy.id($$[$0 - 2]), value: $$[$0], loc: yy.locInfo(this._$) };
              break;
            case 32:
              this.$ = yy.id($$[$0 - 1]);
              break;
            case 33:
              this.$ = $$[$0];
              break;
            case 34:
              this.$ = $$[$0];
              break;
            case 35:
              this.$ = { type: "StringLiteral", value: $$[$0], original: $$[$0], loc: yy.locInfo(this._$) };
              break;
            case 36:
              this.$ = { type: "NumberLiteral", value: Number($$[$0]), original: Number($$[$0]), loc: yy.locInfo(this._$) };
              break;
            case 37:
              this.$ = { type: "BooleanLiteral", value: $$[$0] === "true", original: $$[$0] === "true", loc: yy.locInfo(this._$) };
              break;
            case 38:
              this.$ = { type: "UndefinedLiteral", original: void 0, value: void 0, loc: yy.locInfo(this._$) };
              break;
            case 39:
              this.$ = { type: "NullLiteral", original: null, value: null, loc: yy.locInfo(this._$) };
              break;
            case 40:
              this.$ = $$[$0];
              break;
            case 41:
              this.$ = $$[$0];
              break;
            case 42:
              this.$ = yy.preparePath(true, $$[$0], this._$);
              break;
            case 43:
              this.$ = yy.preparePath(false, $$[$0], this._$);
              break;
            case 44:
              $$[$0 - 2].push({ part: yy.id($$[$0]), original: $$[$0], separator: $$[$0 - 1] });
              this.$ = $$[$0 - 2];
              break;
            case 45:
              this.$ = [{ part: yy.id($$[$0]), original: $$[$0] }];
              break;
            case 46:
              this.$ = [];
              break;
            case 47:
              $$[$0 - 1].push($$[$0]);
              break;
            case 48:
              this.$ = [];
              break;
            case 49:
              $$[$0 - 1].push($$[$0]);
              break;
            case 50:
              this.$ = [];
              break;
            case 51:
              $$[$0 - 1].push($$[$0]);
              break;
            case 58:
              this.$ = [];
              break;
            case 59:
              $$[$0 - 1].push($$[$0]);
              break;
            case 64:
              this.$ = [];
              break;
            case 65:
              $$[$0 - 1].push($$[$0]);
              break;
            case 70:
              this.$ = [];
              break;
            case 71:
              $$[$0 - 1].push($$[$0]);
              break;
            case 78:
              this.$ = [];
              break;
            case 79:
              $$[$0 - 1].push($$[$0]);
              break;
            case 82:
              this.$ = [];
              break;
            case 83:
              $$[$0 - 1].push($$[$0]);
              break;
            case 86:
              this.$ = [];
              break;
            case 87:
              $$[$0 - 1].push($$[$0]);
              break;
            case 90:
              this.$ = [];
              break;
            case 91:
              $$[$0 - 1].push($$[$0]);
              break;
            case 94:
              this.$ = [];
              break;
            case 95:
              $$[$0 - 1].push($$[$0]);
              break;
            case 98:
              this.$ = [$$[$0]];
              break;
            case 99:
              $$[$0 - 1].push($$[$0]);
              break;
            case 100:
              this.$ = [$$[$0]];
              break;
            case 101:
              $$[$0 - 1].push($$[$0]);
              break;
          }
        },
        table: [{ 3: 1, 4: 2, 5: [2, 46], 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 1: [3] }, { 5: [1, 4] }, { 5: [2, 2], 7: 5, 8: 6, 9: 7, 10: 8, 11: 9, 12: 10, 13: 11, 14: [1, 12], 15: [1, 20], 16: 17, 19: [1, 23], 24: 15, 27: 16, 29: [1, 21], 34: [1, 22], 39: [2, 2], 44: [2, 2], 47: [2, 2], 48: [1, 13], 51: [1, 14], 55: [1, 18], 59: 19, 60: [1, 24] }, { 1: [2, 1] }, { 5: [2, 47], 14: [2, 47], 15: [2, 47], 19: [2, 47], 29: [2, 47], 34: [2, 47], 39: [2, 47], 44: [2, 47], 47: [2, 47], 48: [2, 47], 51: [2, 47], 55: [2, 47], 60: [2, 47] }, { 5: [2, 3], 14: [2, 3], 15: [2, 3], 19: [2, 3], 29: [2, 3], 34: [2, 3], 39: [2, 3], 44: [2, 3], 47: [2, 3], 48: [2, 3], 51: [2, 3], 55: [2, 3], 60: [2, 3] }, { 5: [2, 4], 14: [2, 4], 15: [2, 4], 19: [2, 4], 29: [2, 4], 34: [2, 4], 39: [2, 4], 44: [2, 4], 47: [2, 4], 48: [2, 4], 51: [2, 4], 55: [2, 4], 60: [2, 4] }, { 5: [2, 5], 14: [2, 5], 15: [2, 5], 19: [2, 5], 29: [2, 5], 34: [2, 5], 39: [2, 5], 44: [2, 5], 47: [2, 5], 48: [2, 5], 51: [2, 5], 55: [2, 5], 60: [2, 5] }, { 5: [2, 6], 14: [2, 6], 15: [2, 6], 19: [2, 6], 29: [2, 6], 34: [2, 6], 39: [2, 6], 44: [2, 6], 47: [2, 6], 48: [2, 6], 51: [2, 6], 55: [2, 6], 60: [2, 6] }, { 5: [2, 7], 14: [2, 7], 15: [2, 7], 19: [2, 7], 29: [2, 7], 34: [2, 7], 39: [2, 7], 44: [2, 7], 47: [2, 7], 48: [2, 7], 51: [2, 7], 55: [2, 7], 60: [2, 7] }, { 5: [2, 8], 14: [2, 8], 15: [2, 8], 19: [2, 8], 29: [2, 8], 34: [2, 8], 39: [2, 8], 44: [2, 8], 47: [2, 8], 48: [2, 8], 51: [2, 8], 55: [2, 8], 60: [2, 8] }, { 5: [2, 9], 14: [2, 9], 15: [2, 9], 19: [2, 9], 29: [2, 9], 34: [2, 9], 39: [2, 9], 44: [2, 9], 47: [2, 9], 48: [2, 9], 51: [2, 9], 55: [2, 9], 60: [2, 9] }, { 20: 25, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 36, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 4: 37, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 39: [2, 46], 44: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 4: 38, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 44: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 15: [2, 48], 17: 39, 18: [2, 48] }, { 20: 41, 56: 40, 64: 42, 65: [1, 43], 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 4: 44, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 5: [2, 10], 14: [2, 10], 15: [2, 10], 18: [2, 10], 19: [2, 10], 29: [2, 10], 34: [2, 10], 39: [2, 10], 44: [2, 10], 47: [2, 10], 48: [2, 10], 51: [2, 10], 55: [2, 10], 60: [2, 10] }, { 20: 45, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 46, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 47, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 41, 56: 48, 64: 42, 65: [1, 43], 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 33: [2, 78], 49: 49, 65: [2, 78], 72: [2, 78], 80: [2, 78], 81: [2, 78], 82: [2, 78], 83: [2, 78], 84: [2, 78], 85: [2, 78] }, { 23: [2, 33], 33: [2, 33], 54: [2, 33], 65: [2, 33], 68: [2, 33], 72: [2, 33], 75: [2, 33], 80: [2, 33], 81: [2, 33], 82: [2, 33], 83: [2, 33], 84: [2, 33], 85: [2, 33] }, { 23: [2, 34], 33: [2, 34], 54: [2, 34], 65: [2, 34], 68: [2, 34], 72: [2, 34], 75: [2, 34], 80: [2, 34], 81: [2, 34], 82: [2, 34], 83: [2, 34], 84: [2, 34], 85: [2, 34] }, { 23: [2, 35], 33: [2, 35], 54: [2, 35], 65: [2, 35], 68: [2, 35], 72: [2, 35], 75: [2, 35], 80: [2, 35], 81: [2, 35], 82: [2, 35], 83: [2, 35], 84: [2, 35], 85: [2, 35] }, { 23: [2, 36], 33: [2, 36], 54: [2, 36], 65: [2, 36], 68: [2, 36], 72: [2, 36], 75: [2, 36], 80: [2, 36], 81: [2, 36], 82: [2, 36], 83: [2, 36], 84: [2, 36], 85: [2, 36] }, { 23: [2, 37], 33: [2, 37], 54: [2, 37], 65: [2, 37], 68: [2, 37], 72: [2, 37], 75: [2, 37], 80: [2, 37], 81: [2, 37], 82: [2, 37], 83: [2, 37], 84: [2, 37], 85: [2, 37] }, { 23: [2, 38], 33: [2, 38], 54: [2, 38], 65: [2, 38], 68: [2, 38], 72: [2, 38], 75: [2, 38], 80: [2, 38], 81: [2, 38], 82: [2, 38], 83: [2, 38], 84: [2, 38], 85: [2, 38] }, { 23: [2, 39], 33: [2, 39], 54: [2, 39], 65: [2, 39], 68: [2, 39], 72: [2, 39], 75: [2, 39], 80: [2, 39], 81: [2, 39], 82: [2, 39], 83: [2, 39], 84: [2, 39], 85: [2, 39] }, { 23: [2, 43], 33: [2, 43], 54: [2, 43], 65: [2, 43], 68: [2, 43], 72: [2, 43], 75: [2, 43], 80: [2, 43], 81: [2, 43], 82: [2, 43], 83: [2, 43], 84: [2, 43], 85: [2, 43], 87: [1, 50] }, { 72: [1, 35], 86: 51 }, { 23: [2, 45], 33: [2, 45], 54: [2, 45], 65: [2, 45], 68: [2, 45], 72: [2, 45], 75: [2, 45], 80: [2, 45], 81: [2, 45], 82: [2, 45], 83: [2, 45], 84: [2, 45], 85: [2, 45], 87: [2, 45] }, { 52: 52, 54: [2, 82], 65: [2, 82], 72: [2, 82], 80: [2, 82], 81: [2, 82], 82: [2, 82], 83: [2, 82], 84: [2, 82], 85: [2, 82] }, { 25: 53, 38: 55, 39: [1, 57], 43: 56, 44: [1, 58], 45: 54, 47: [2, 54] }, { 28: 59, 43: 60, 44: [1, 58], 47: [2, 56] }, { 13: 62, 15: [1, 20], 18: [1, 61] }, { 33: [2, 86], 57: 63, 65: [2, 86], 72: [2, 86], 80: [2, 86], 81: [2, 86], 82: [2, 86], 83: [2, 86], 84: [2, 86], 85: [2, 86] }, { 33: [2, 40], 65: [2, 40], 72: [2, 40], 80: [2, 40], 81: [2, 40], 82: [2, 40], 83: [2, 40], 84: [2, 40], 85: [2, 40] }, { 33: [2, 41], 65: [2, 41], 72: [2, 41], 80: [2, 41], 81: [2, 41], 82: [2, 41], 83: [2, 41], 84: [2, 41], 85: [2, 41] }, { 20: 64, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 26: 65, 47: [1, 66] }, { 30: 67, 33: [2, 58], 65: [2, 58], 72: [2, 58], 75: [2, 58], 80: [2, 58], 81: [2, 58], 82: [2, 58], 83: [2, 58], 84: [2, 58], 85: [2, 58] }, { 33: [2, 64], 35: 68, 65: [2, 64], 72: [2, 64], 75: [2, 64], 80: [2, 64], 81: [2, 64], 82: [2, 64], 83: [2, 64], 84: [2, 64], 85: [2, 64] }, { 21: 69, 23: [2, 50], 65: [2, 50], 72: [2, 50], 80: [2, 50], 81: [2, 50], 82: [2, 50], 83: [2, 50], 84: [2, 50], 85: [2, 50] }, { 33: [2, 90], 61: 70, 65: [2, 90], 72: [2, 90], 80: [2, 90], 81: [2, 90], 82: [2, 90], 83: [2, 90], 84: [2, 90], 85: [2, 90] }, { 20: 74, 33: [2, 80], 50: 71, 63: 72, 64: 75, 65: [1, 43], 69: 73, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 72: [1, 79] }, { 23: [2, 42], 33: [2, 42], 54: [2, 42], 65: [2, 42], 68: [2, 42], 72: [2, 42], 75: [2, 42], 80: [2, 42], 81: [2, 42], 82: [2, 42], 83: [2, 42], 84: [2, 42], 85: [2, 42], 87: [1, 50] }, { 20: 74, 53: 80, 54: [2, 84], 63: 81, 64: 75, 65: [1, 43], 69: 82, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 26: 83, 47: [1, 66] }, { 47: [2, 55] }, { 4: 84, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 39: [2, 46], 44: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 47: [2, 20] }, { 20: 85, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 4: 86, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 26: 87, 47: [1, 66] }, { 47: [2, 57] }, { 5: [2, 11], 14: [2, 11], 15: [2, 11], 19: [2, 11], 29: [2, 11], 34: [2, 11], 39: [2, 11], 44: [2, 11], 47: [2, 11], 48: [2, 11], 51: [2, 11], 55: [2, 11], 60: [2, 11] }, { 15: [2, 49], 18: [2, 49] }, { 20: 74, 33: [2, 88], 58: 88, 63: 89, 64: 75, 65: [1, 43], 69: 90, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 65: [2, 94], 66: 91, 68: [2, 94], 72: [2, 94], 80: [2, 94], 81: [2, 94], 82: [2, 94], 83: [2, 94], 84: [2, 94], 85: [2, 94] }, { 5: [2, 25], 14: [2, 25], 15: [2, 25], 19: [2, 25], 29: [2, 25], 34: [2, 25], 39: [2, 25], 44: [2, 25], 47: [2, 25], 48: [2, 25], 51: [2, 25], 55: [2, 25], 60: [2, 25] }, { 20: 92, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 31: 93, 33: [2, 60], 63: 94, 64: 75, 65: [1, 43], 69: 95, 70: 76, 71: 77, 72: [1, 78], 75: [2, 60], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 33: [2, 66], 36: 96, 63: 97, 64: 75, 65: [1, 43], 69: 98, 70: 76, 71: 77, 72: [1, 78], 75: [2, 66], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 22: 99, 23: [2, 52], 63: 100, 64: 75, 65: [1, 43], 69: 101, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 33: [2, 92], 62: 102, 63: 103, 64: 75, 65: [1, 43], 69: 104, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 33: [1, 105] }, { 33: [2, 79], 65: [2, 79], 72: [2, 79], 80: [2, 79], 81: [2, 79], 82: [2, 79], 83: [2, 79], 84: [2, 79], 85: [2, 79] }, { 33: [2, 81] }, { 23: [2, 27], 33: [2, 27], 54: [2, 27], 65: [2, 27], 68: [2, 27], 72: [2, 27], 75: [2, 27], 80: [2, 27], 81: [2, 27], 82: [2, 27], 83: [2, 27], 84: [2, 27], 85: [2, 27] }, { 23: [2, 28], 33: [2, 28], 54: [2, 28], 65: [2, 28], 68: [2, 28], 72: [2, 28], 75: [2, 28], 80: [2, 28], 81: [2, 28], 82: [2, 28], 83: [2, 28], 84: [2, 28], 85: [2, 28] }, { 23: [2, 30], 33: [2, 30], 54: [2, 30], 68: [2, 30], 71: 106, 72: [1, 107], 75: [2, 30] }, { 23: [2, 98], 33: [2, 98], 54: [2, 98], 68: [2, 98], 72: [2, 98], 75: [2, 98] }, { 23: [2, 45], 33: [2, 45], 54: [2, 45], 65: [2, 45], 68: [2, 45], 72: [2, 45], 73: [1, 108], 75: [2, 45], 80: [2, 45], 81: [2, 45], 82: [2, 45], 83: [2, 45], 84: [2, 45], 85: [2, 45], 87: [2, 45] }, { 23: [2, 44], 33: [2, 44], 54: [2, 44], 65: [2, 44], 68: [2, 44], 72: [2, 44], 75: [2, 44], 80: [2, 44], 81: [2, 44], 82: [2, 44], 83: [2, 44], 84: [2, 44], 85: [2, 44], 87: [2, 44] }, { 54: [1, 109] }, { 54: [2, 83], 65: [2, 83], 72: [2, 83], 80: [2, 83], 81: [2, 83], 82: [2, 83], 83: [2, 83], 84: [2, 83], 85: [2, 83] }, { 54: [2, 85] }, { 5: [2, 13], 14: [2, 13], 15: [2, 13], 19: [2, 13], 29: [2, 13], 34: [2, 13], 39: [2, 13], 44: [2, 13], 47: [2, 13], 48: [2, 13], 51: [2, 13], 55: [2, 13], 60: [2, 13] }, { 38: 55, 39: [1, 57], 43: 56, 44: [1, 58], 45: 111, 46: 110, 47: [2, 76] }, { 33: [2, 70], 40: 112, 65: [2, 70], 72: [2, 70], 75: [2, 70], 80: [2, 70], 81: [2, 70], 82: [2, 70], 83: [2, 70], 84: [2, 70], 85: [2, 70] }, { 47: [2, 18] }, { 5: [2, 14], 14: [2, 14], 15: [2, 14], 19: [2, 14], 29: [2, 14], 34: [2, 14], 39: [2, 14], 44: [2, 14], 47: [2, 14], 48: [2, 14], 51: [2, 14], 55: [2, 14], 60: [2, 14] }, { 33: [1, 113] }, { 33: [2, 87], 65: [2, 87], 72: [2, 87], 80: [2, 87], 81: [2, 87], 82: [2, 87], 83: [2, 87], 84: [2, 87], 85: [2, 87] }, { 33: [2, 89] }, { 20: 74, 63: 115, 64: 75, 65: [1, 43], 67: 114, 68: [2, 96], 69: 116, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 33: [1, 117] }, { 32: 118, 33: [2, 62], 74: 119, 75: [1, 120] }, { 33: [2, 59], 65: [2, 59], 72: [2, 59], 75: [2, 59], 80: [2, 59], 81: [2, 59], 82: [2, 59], 83: [2, 59], 84: [2, 59], 85: [2, 59] }, { 33: [2, 61], 75: [2, 61] }, { 33: [2, 68], 37: 121, 74: 122, 75: [1, 120] }, { 33: [2, 65], 65: [2, 65], 72: [2, 65], 75: [2, 65], 80: [2, 65], 81: [2, 65], 82: [2, 65], 83: [2, 65], 84: [2, 65], 85: [2, 65] }, { 33: [2, 67], 75: [2, 67] }, { 23: [1, 123] }, { 23: [2, 51], 65: [2, 51], 72: [2, 51], 80: [2, 51], 81: [2, 51], 82: [2, 51], 83: [2, 51], 84: [2, 51], 85: [2, 51] }, { 23: [2, 53] }, { 33: [1, 124] }, { 33: [2, 91], 65: [2, 91], 72: [2, 91], 80: [2, 91], 81: [2, 91], 82: [2, 91], 83: [2, 91], 84: [2, 91], 85: [2, 91] }, { 33: [2, 93] }, { 5: [2, 22], 14: [2, 22], 15: [2, 22], 19: [2, 22], 29: [2, 22], 34: [2, 22], 39: [2, 22], 44: [2, 22], 47: [2, 22], 48: [2, 22], 51: [2, 22], 55: [2, 22], 60: [2, 22] }, { 23: [2, 99], 33: [2, 99], 54: [2, 99], 68: [2, 99], 72: [2, 99], 75: [2, 99] }, { 73: [1, 108] }, { 20: 74, 63: 125, 64: 75, 65: [1, 43], 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 5: [2, 23], 14: [2, 23], 15: [2, 23], 19: [2, 23], 29: [2, 23], 34: [2, 23], 39: [2, 23], 44: [2, 23], 47: [2, 23], 48: [2, 23], 51: [2, 23], 55: [2, 23], 60: [2, 23] }, { 47: [2, 19] }, { 47: [2, 77] }, { 20: 74, 33: [2, 72], 41: 126, 63: 127, 64: 75, 65: [1, 43], 69: 128, 70: 76, 71: 77, 72: [1, 78], 75: [2, 72], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 5: [2, 24], 14: [2, 24], 15: [2, 24], 19: [2, 24], 29: [2, 24], 34: [2, 24], 39: [2, 24], 44: [2, 24], 47: [2, 24], 48: [2, 24], 51: [2, 24], 55: [2, 24], 60: [2, 24] }, { 68: [1, 129] }, { 65: [2, 95], 68: [2, 95], 72: [2, 95], 80: [2, 95], 81: [2, 95], 82: [2, 95], 83: [2, 95], 84: [2, 95], 85: [2, 95] }, { 68: [2, 97] }, { 5: [2, 21], 14: [2, 21], 15: [2, 21], 19: [2, 21], 29: [2, 21], 34: [2, 21], 39: [2, 21], 44: [2, 21], 47: [2, 21], 48: [2, 21], 51: [2, 21], 55: [2, 21], 60: [2, 21] }, { 33: [1, 130] }, { 33: [2, 63] }, { 72: [1, 132], 76: 131 }, { 33: [1, 133] }, { 33: [2, 69] }, { 15: [2, 12], 18: [2, 12] }, { 14: [2, 26], 15: [2, 26], 19: [2, 26], 29: [2, 26], 34: [2, 26], 47: [2, 26], 48: [2, 26], 51: [2, 26], 55: [2, 26], 60: [2, 26] }, { 23: [2, 31], 33: [2, 31], 54: [2, 31], 68: [2, 31], 72: [2, 31], 75: [2, 31] }, { 33: [2, 74], 42: 134, 74: 135, 75: [1, 120] }, { 33: [2, 71], 65: [2, 71], 72: [2, 71], 75: [2, 71], 80: [2, 71], 81: [2, 71], 82: [2, 71], 83: [2, 71], 84: [2, 71], 85: [2, 71] }, { 33: [2, 73], 75: [2, 73] }, { 23: [2, 29], 33: [2, 29], 54: [2, 29], 65: [2, 29], 68: [2, 29], 72: [2, 29], 75: [2, 29], 80: [2, 29], 81: [2, 29], 82: [2, 29], 83: [2, 29], 84: [2, 29], 85: [2, 29] }, { 14: [2, 15], 15: [2, 15], 19: [2, 15], 29: [2, 15], 34: [2, 15], 39: [2, 15], 44: [2, 15], 47: [2, 15], 48: [2, 15], 51: [2, 15], 55: [2, 15], 60: [2, 15] }, { 72: [1, 137], 77: [1, 136] }, { 72: [2, 100], 77: [2, 100] }, { 14: [2, 16], 15: [2, 16], 19: [2, 16], 29: [2, 16], 34: [2, 16], 44: [2, 16], 47: [2, 16], 48: [2, 16], 51: [2, 16], 55: [2, 16], 60: [2, 16] }, { 33: [1, 138] }, { 33: [2, 75] }, { 33: [2, 32] }, { 72: [2, 101], 77: [2, 101] }, { 14: [2, 17], 15: [2, 17], 19: [2, 17], 29: [2, 17], 34: [2, 17], 39: [2, 17], 44: [2, 17], 47: [2, 17], 48: [2, 17], 51: [2, 17], 55: [2, 17], 60: [2, 17] }],
        defaultActions: { 4: [2, 1], 54: [2, 55], 56: [2, 20], 60: [2, 57], 73: [2, 81], 82: [2, 85], 86: [2, 18], 90: [2, 89], 101: [2, 53], 104: [2, 93], 110: [2, 19], 111: [2, 77], 116: [2, 97], 119: [2, 63], 122: [2, 69], 135: [2, 75], 136: [2, 32] },
        parseError: function parseError(str, hash) {
          throw new Error(str);
        },
        parse: function parse(input) {
          var self = this, stack = [0], vstack = [null], lstack = [], table = this.table, yytext = "", yylineno = 0, yyleng = 0, recovering = 0, TERROR = 2, EOF = 1;
          this.lexer.setInput(input);
          this.lexer.yy = this.yy;
          this.yy.lexer = this.lexer;
          this.yy.parser = this;
          if (typeof this.lexer.yylloc == "undefined") this.lexer.yylloc = {};
          var yyloc = this.lexer.yylloc;
          lstack.push(yyloc);
          var ranges = this.lexer.options && this.lexer.options.ranges;
          if (typeof this.yy.parseError === "function") this.parseError = this.yy.parseError;
          function popStack(n) {
            stack.length = stack.length - 2 * n;
            vstack.length = vstack.length - n;
            lstack.length = lstack.length - n;
          }
          function lex() {
            var token;
            token = self.lexer.lex() || 1;
            if (typeof token !== "number") {
              token = self.symbols_[token] || token;
            }
            return token;
          }
          var symbol, preErrorSymbol, state, action, a, r, yyval = {}, p, len, newState, expected;
          while (true) {
            state = stack[stack.length - 1];
            if (this.defaultActions[state]) {
              action = this.defaultActions[state];
            } else {
              if (symbol === null || typeof symbol == "undefined") {
                symbol = lex();
              }
              action = table[state] && table[state][symbol];
            }
            if (typeof action === "undefined" || !action.length || !action[0]) {
              var errStr = "";
              if (!recovering) {
                expected = [];
                for (p in table[state]) if (this.terminals_[p] && p > 2) {
                  expected.push("'" + this.terminals_[p] + "'");
                }
                if (this.lexer.showPosition) {
                  errStr = "Parse error on line " + (yylineno + 1) + ":\n" + this.lexer.showPosition() + "\nExpecting " + expected.join(", ") + ", got '" + (this.terminals_[symbol] || symbol) + "'";
                } else {
                  errStr = "Parse error on line " + (yylineno + 1) + ": Unexpected " + (symbol == 1 ? "end of input" : "'" + (this.terminals_[symbol] || symbol) + "'");
                }
                this.parseError(errStr, { text: this.lexer.match, token: this.terminals_[symbol] || symbol, line: this.lexer.yylineno, loc: yyloc, expected });
              }
            }
            if (action[0] instanceof Array && action.length > 1) {
              throw new Error("Parse Error: multiple actions possible at state: " + state + ", token: " + symbol);
            }
            switch (action[0]) {
              case 1:
                stack.push(symbol);
                vstack.push(this.lexer.yytext);
                lstack.push(this.lexer.yylloc);
                stack.push(action[1]);
                symbol = null;
                if (!preErrorSymbol) {
                  yyleng = this.lexer.yyleng;
                  yytext = this.lexer.yytext;
                  yylineno = this.lexer.yylineno;
                  yyloc = this.lexer.yylloc;
                  if (recovering > 0) recovering--;
                } else {
                  symbol = preErrorSymbol;
                  preErrorSymbol = null;
                }
                break;
              case 2:
                len = this.productions_[action[1]][1];
                yyval.$ = vstack[vstack.length - len];
                yyval._$ = { first_line: lstack[lstack.length - (len || 1)].first_line, last_line: lstack[lstack.length - 1].last_line, first_column: lstack[lstack.length - (len || 1)].first_column, last_column: lstack[lstack.length - 1].last_column };
                if (ranges) {
                  yyval._$.range = [lstack[lstack.length - (len || 1)].range[0], lstack[lstack.length - 1].range[1]];
                }
                r = this.performAction.call(yyval, yytext, yyleng, yylineno, this.yy, action[1], vstack, lstack);
                if (typeof r !== "undefined") {
                  return r;
                }
                if (len) {
                  stack = stack.slice(0, -1 * len * 2);
                  vstack = vstack.slice(0, -1 * len);
                  lstack = lstack.slice(0, -1 * len);
                }
                stack.push(this.productions_[action[1]][0]);
                vstack.push(yyval.$);
                lstack.push(yyval._$);
                newState = table[stack[stack.length - 2]][stack[stack.length - 1]];
                stack.push(newState);
                break;
              case 3:
                return true;
            }
          }
          return true;
        }
      };
      var lexer = (function() {
        var lexer2 = {
          EOF: 1,
          parseError: function parseError(str, hash) {
            if (this.yy.parser) {
              this.yy.parser.parseError(str, hash);
            } else {
              throw new Error(str);
            }
          },
          setInput: function setInput(input) {
            this._input = input;
            this._more = this._less = this.done = false;
            this.yylineno = this.yyleng = 0;
            this.yytext = this.matched = this.match = "";
            this.conditionStack = ["INITIAL"];
            this.yylloc = { first_line: 1, first_column: 0, last_line: 1, last_column: 0 };
            if (this.options.ranges) this.yylloc.range = [0, 0];
            this.offset = 0;
            return this;
          },
          input: function input() {
            var ch = this._input[0];
            this.yytext += ch;
            this.yyleng++;
            this.offset++;
            this.match += ch;
            this.matched += ch;
            var lines = ch.match(/(?:\r\n?|\n).*/g);
            if (lines) {
              this.yylineno++;
              this.yylloc.last_line++;
            } else {
              this.yylloc.last_column++;
            }
            if (this.options.ranges) this.yylloc.range[1]++;
            this._input = this._input.slice(1);
            return ch;
          },
          unput: function unput(ch) {
            var len = ch.length;
            var lines = ch.split(/(?:\r\n?|\n)/g);
            this._input = ch + this._input;
            this.yytext = this.yytext.substr(0, this.yytext.length - len - 1);
            this.offset -= len;
            var oldLines = this.match.split(/(?:\r\n?|\n)/g);
            this.match = this.match.substr(0, this.match.length - 1);
            this.matched = this.matched.substr(0, this.matched.length - 1);
            if (lines.length - 1) this.yylineno -= lines.length - 1;
            var r = this.yylloc.range;
            this.yylloc = {
              first_line: this.yylloc.first_line,
              last_line: this.yylineno + 1,
              first_column: this.yylloc.first_column,
              last_column: lines ? (lines.length === oldLines.length ? this.yylloc.first_column : 0) + oldLines[oldLines.length - lines.length].length - lines[0].length : this.yylloc.first_column - len
            };
            if (this.options.ranges) {
              this.yylloc.range = [r[0], r[0] + this.yyleng - len];
            }
            return this;
          },
          more: function more() {
            this._more = true;
            return this;
          },
          less: function less(n) {
            this.unput(this.match.slice(n));
          },
          pastInput: function pastInput() {
            var past = this.matched.substr(0, this.matched.length - this.match.length);
            return (past.length > 20 ? "..." : "") + past.substr(-20).replace(/\n/g, "");
          },
          upcomingInput: function upcomingInput() {
            var next = this.match;
            if (next.length < 20) {
              next += this._input.substr(0, 20 - next.length);
            }
            return (next.substr(0, 20) + (next.length > 20 ? "..." : "")).replace(/\n/g, "");
          },
          showPosition: function showPosition() {
            var pre = this.pastInput();
            var c = new Array(pre.length + 1).join("-");
            return pre + this.upcomingInput() + "\n" + c + "^";
          },
          next: function next() {
            if (this.done) {
              return this.EOF;
            }
            if (!this._input) this.done = true;
            var token, match, tempMatch, index, col, lines;
            if (!this._more) {
              this.yytext = "";
              this.match = "";
            }
            var rules = this._currentRules();
            for (var i = 0; i < rules.length; i++) {
              tempMatch = this._input.match(this.rules[rules[i]]);
              if (tempMatch && (!match || tempMatch[0].length > match[0].length)) {
                match = tempMatch;
                index = i;
                if (!this.options.flex) break;
              }
            }
            if (match) {
              lines = match[0].match(/(?:\r\n?|\n).*/g);
              if (lines) this.yylineno += lines.length;
              this.yylloc = {
                first_line: this.yylloc.last_line,
                last_line: this.yylineno + 1,
                first_column: this.yylloc.last_column,
                last_column: lines ? lines[lines.length - 1].length - lines[lines.length - 1].match(/\r?\n?/)[0].length : this.yylloc.last_column + match[0].length
              };
              this.yytext += match[0];
              this.match += match[0];
              this.matches = match;
              this.yyleng = this.yytext.length;
              if (this.options.ranges) {
                this.yylloc.range = [this.offset, this.offset += this.yyleng];
              }
              this._more = false;
              this._input = this._input.slice(match[0].length);
              this.matched += match[0];
              token = this.performAction.call(this, this.yy, this, rules[index], this.conditionStack[this.conditionStack.length - 1]);
              if (this.done && this._input) this.done = false;
              if (token) return token;
              else return;
            }
            if (this._input === "") {
              return this.EOF;
            } else {
              return this.parseError("Lexical error on line " + (this.yylineno + 1) + ". Unrecognized text.\n" + this.showPosition(), { text: "", token: null, line: this.yylineno });
            }
          },
          lex: function lex() {
            var r = this.next();
            if (typeof r !== "undefined") {
              return r;
            } else {
              return this.lex();
            }
          },
          begin: function begin(condition) {
            this.conditionStack.push(condition);
          },
          popState: function popState() {
            return this.conditionStack.pop();
          },
          _currentRules: function _currentRules() {
            return this.conditions[this.conditionStack[this.conditionStack.length - 1]].rules;
          },
          topState: function topState() {
            return this.conditionStack[this.conditionStack.length - 2];
          },
          pushState: function begin(condition) {
            this.begin(condition);
          }
        };
        lexer2.options = {};
        lexer2.performAction = function anonymous(yy, yy_, $avoiding_name_collisions, YY_START) {
          function strip(start, end) {
            return yy_.yytext = yy_.yytext.substring(start, yy_.yyleng - end + start);
          }
          var YYSTATE = YY_START;
          switch ($avoiding_name_collisions) {
            case 0:
              if (yy_.yytext.slice(-2) === "\\\\") {
                strip(0, 1);
                this.begin("mu");
              } else if (yy_.yytext.slice(-1) === "\\") {
                strip(0, 1);
                this.begin("emu");
              } else {
                this.begin("mu");
              }
              if (yy_.yytext) return 15;
              break;
            case 1:
              return 15;
              break;
            case 2:
              this.popState();
              return 15;
              break;
            case 3:
              this.begin("raw");
              return 15;
              break;
            case 4:
              this.popState();
              if (this.conditionStack[this.conditionStack.length - 1] === "raw") {
                return 15;
              } else {
                strip(5, 9);
                return "END_RAW_BLOCK";
              }
              break;
            case 5:
              return 15;
              break;
            case 6:
              this.popState();
              return 14;
              break;
            case 7:
              return 65;
              break;
            case 8:
              return 68;
              break;
            case 9:
              return 19;
              break;
            case 10:
              this.popState();
              this.begin("raw");
              return 23;
              break;
            case 11:
              return 55;
              break;
            case 12:
              return 60;
              break;
            case 13:
              return 29;
              break;
            case 14:
              return 47;
              break;
            case 15:
              this.popState();
              return 44;
              break;
            case 16:
              this.popState();
              return 44;
              break;
            case 17:
              return 34;
              break;
            case 18:
              return 39;
              break;
            case 19:
              return 51;
              break;
            case 20:
              return 48;
              break;
            case 21:
              this.unput(yy_.yytext);
              this.popState();
              this.begin("com");
              break;
            case 22:
              this.popState();
              return 14;
              break;
            case 23:
              return 48;
              break;
            case 24:
              return 73;
              break;
            case 25:
              return 72;
              break;
            case 26:
              return 72;
              break;
            case 27:
              return 87;
              break;
            case 28:
              break;
            case 29:
              this.popState();
              return 54;
              break;
            case 30:
              this.popState();
              return 33;
              break;
            case 31:
              yy_.yytext = strip(1, 2).replace(/\\"/g, '"');
              return 80;
              break;
            case 32:
              yy_.yytext = strip(1, 2).replace(/\\'/g, "'");
              return 80;
              break;
            case 33:
              return 85;
              break;
            case 34:
              return 82;
              break;
            case 35:
              return 82;
              break;
            case 36:
              return 83;
              break;
            case 37:
              return 84;
              break;
            case 38:
              return 81;
              break;
            case 39:
              return 75;
              break;
            case 40:
              return 77;
              break;
            case 41:
              return 72;
              break;
            case 42:
              yy_.yytext = yy_.yytext.replace(/\\([\\\]])/g, "$1");
              return 72;
              break;
            case 43:
              return "INVALID";
              break;
            case 44:
              return 5;
              break;
          }
        };
        lexer2.rules = [/^(?:[^\x00]*?(?=(\{\{)))/, /^(?:[^\x00]+)/, /^(?:[^\x00]{2,}?(?=(\{\{|\\\{\{|\\\\\{\{|$)))/, /^(?:\{\{\{\{(?=[^\/]))/, /^(?:\{\{\{\{\/[^\s!"#%-,\.\/;->@\[-\^`\{-~]+(?=[=}\s\/.])\}\}\}\})/, /^(?:[^\x00]+?(?=(\{\{\{\{)))/, /^(?:[\s\S]*?--(~)?\}\})/, /^(?:\()/, /^(?:\))/, /^(?:\{\{\{\{)/, /^(?:\}\}\}\})/, /^(?:\{\{(~)?>)/, /^(?:\{\{(~)?#>)/, /^(?:\{\{(~)?#\*?)/, /^(?:\{\{(~)?\/)/, /^(?:\{\{(~)?\^\s*(~)?\}\})/, /^(?:\{\{(~)?\s*else\s*(~)?\}\})/, /^(?:\{\{(~)?\^)/, /^(?:\{\{(~)?\s*else\b)/, /^(?:\{\{(~)?\{)/, /^(?:\{\{(~)?&)/, /^(?:\{\{(~)?!--)/, /^(?:\{\{(~)?![\s\S]*?\}\})/, /^(?:\{\{(~)?\*?)/, /^(?:=)/, /^(?:\.\.)/, /^(?:\.(?=([=~}\s\/.)|])))/, /^(?:[\/.])/, /^(?:\s+)/, /^(?:\}(~)?\}\})/, /^(?:(~)?\}\})/, /^(?:"(\\["]|[^"])*")/, /^(?:'(\\[']|[^'])*')/, /^(?:@)/, /^(?:true(?=([~}\s)])))/, /^(?:false(?=([~}\s)])))/, /^(?:undefined(?=([~}\s)])))/, /^(?:null(?=([~}\s)])))/, /^(?:-?[0-9]+(?:\.[0-9]+)?(?=([~}\s)])))/, /^(?:as\s+\|)/, /^(?:\|)/, /^(?:([^\s!"#%-,\.\/;->@\[-\^`\{-~]+(?=([=~}\s\/.)|]))))/, /^(?:\[(\\\]|[^\]])*\])/, /^(?:.)/, /^(?:$)/];
        lexer2.conditions = { "mu": { "rules": [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44], "inclusive": false }, "emu": { "rules": [2], "inclusive": false }, "com": { "rules": [6], "inclusive": false }, "raw": { "rules": [3, 4, 5], "inclusive": false }, "INITIAL": { "rules": [0, 1, 44], "inclusive": true } };
        return lexer2;
      })();
      parser.lexer = lexer;
      function Parser() {
        this.yy = {};
      }
      Parser.prototype = parser;
      parser.Parser = Parser;
      return new Parser();
    })();
    exports["default"] = handlebars;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/node-types.js
var require_node_types = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/node-types.js"(exports) {
    "use strict";
    exports.__esModule = true;
    var NODE_TYPES = ["Program", "BlockStatement", "DecoratorBlock", "PartialStatement", "PartialBlockStatement", "Decorator", "MustacheStatement", "ContentStatement", "CommentStatement", "SubExpression", "PathExpression", "StringLiteral", "NumberLiteral", "BooleanLiteral", "UndefinedLiteral", "NullLiteral", "Hash", "HashPair"];
    exports.NODE_TYPES = NODE_TYPES;
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/visitor.js
var require_visitor = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/visitor.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _utils = require_utils();
    var _nodeTypes = require_node_types();
    function Visitor() {
      this.parents = [];
    }
    function isDispatchable(visitor, type) {
      return _utils.indexOf(_nodeTypes.NODE_TYPES, type) !== -1 || !(type in Visitor.prototype) && typeof visitor[type] === "function";
    }
    Visitor.prototype = {
      constructor: Visitor,
      mutating: false,
      // Visits a given value. If mutating, will replace the value if necessary.
      acceptKey: function acceptKey(node, name) {
        var value = this.accept(node[name]);
        if (this.mutating) {
          if (value && !isDispatchable(this, value.type)) {
            throw new _exception2["default"]('Unexpected node type "' + value.type + '" found when accepting ' + name + " on " + node.type);
          }
          node[name] = value;
        }
      },
      // Performs an accept operation with added sanity check to ensure
      // required keys are not removed.
      acceptRequired: function acceptRequired(node, name) {
        this.acceptKey(node, name);
        if (!node[name]) {
          throw new _exception2["default"](node.type + " requires " + name);
        }
      },
      // Traverses a given array. If mutating, empty respnses will be removed
      // for child elements.
      acceptArray: function acceptArray(array) {
        for (var i = 0, l = array.length; i < l; i++) {
          this.acceptKey(array, i);
          if (!array[i]) {
            array.splice(i, 1);
            i--;
            l--;
          }
        }
      },
      accept: function accept(object) {
        if (!object) {
          return;
        }
        if (!isDispatchable(this, object.type) || !this[object.type]) {
          throw new _exception2["default"]("Unknown type: " + object.type, object);
        }
        if (this.current) {
          this.parents.unshift(this.current);
        }
        this.current = object;
        var ret = this[object.type](object);
        this.current = this.parents.shift();
        if (!this.mutating || ret) {
          return ret;
        } else if (ret !== false) {
          return object;
        }
      },
      Program: function Program(program) {
        this.acceptArray(program.body);
      },
      MustacheStatement: visitSubExpression,
      Decorator: visitSubExpression,
      BlockStatement: visitBlock,
      DecoratorBlock: visitBlock,
      PartialStatement: visitPartial,
      PartialBlockStatement: function PartialBlockStatement(partial) {
        visitPartial.call(this, partial);
        this.acceptKey(partial, "program");
      },
      ContentStatement: function ContentStatement() {
      },
      CommentStatement: function CommentStatement() {
      },
      SubExpression: visitSubExpression,
      PathExpression: function PathExpression() {
      },
      StringLiteral: function StringLiteral() {
      },
      NumberLiteral: function NumberLiteral() {
      },
      BooleanLiteral: function BooleanLiteral() {
      },
      UndefinedLiteral: function UndefinedLiteral() {
      },
      NullLiteral: function NullLiteral() {
      },
      Hash: function Hash(hash) {
        this.acceptArray(hash.pairs);
      },
      HashPair: function HashPair(pair) {
        this.acceptRequired(pair, "value");
      }
    };
    function visitSubExpression(mustache) {
      this.acceptRequired(mustache, "path");
      this.acceptArray(mustache.params);
      this.acceptKey(mustache, "hash");
    }
    function visitBlock(block) {
      visitSubExpression.call(this, block);
      this.acceptKey(block, "program");
      this.acceptKey(block, "inverse");
    }
    function visitPartial(partial) {
      this.acceptRequired(partial, "name");
      this.acceptArray(partial.params);
      this.acceptKey(partial, "hash");
    }
    exports["default"] = Visitor;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/whitespace-control.js
var require_whitespace_control = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/whitespace-control.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _visitor = require_visitor();
    var _visitor2 = _interopRequireDefault(_visitor);
    function WhitespaceControl() {
      var options = arguments.length <= 0 || arguments[0] === void 0 ? {} : arguments[0];
      this.options = options;
    }
    WhitespaceControl.prototype = new _visitor2["default"]();
    WhitespaceControl.prototype.Program = function(program) {
      var doStandalone = !this.options.ignoreStandalone;
      var isRoot = !this.isRootSeen;
      this.isRootSeen = true;
      var body = program.body;
      for (var i = 0, l = body.length; i < l; i++) {
        var current = body[i], strip = this.accept(current);
        if (!strip) {
          continue;
        }
        var _isPrevWhitespace = isPrevWhitespace(body, i, isRoot), _isNextWhitespace = isNextWhitespace(body, i, isRoot), openStandalone = strip.openStandalone && _isPrevWhitespace, closeStandalone = strip.closeStandalone && _isNextWhitespace, inlineStandalone = strip.inlineStandalone && _isPrevWhitespace && _isNextWhitespace;
        if (strip.close) {
          omitRight(body, i, true);
        }
        if (strip.open) {
          omitLeft(body, i, true);
        }
        if (doStandalone && inlineStandalone) {
          omitRight(body, i);
          if (omitLeft(body, i)) {
            if (current.type === "PartialStatement") {
              current.indent = /(?:^|[^ \t])([ \t]+)$/.exec(body[i - 1].original)[1];
            }
          }
        }
        if (doStandalone && openStandalone) {
          omitRight((current.program || current.inverse).body);
          omitLeft(body, i);
        }
        if (doStandalone && closeStandalone) {
          omitRight(body, i);
          omitLeft((current.inverse || current.program).body);
        }
      }
      return program;
    };
    WhitespaceControl.prototype.BlockStatement = WhitespaceControl.prototype.DecoratorBlock = WhitespaceControl.prototype.PartialBlockStatement = function(block) {
      this.accept(block.program);
      this.accept(block.inverse);
      var program = block.program || block.inverse, inverse = block.program && block.inverse, firstInverse = inverse, lastInverse = inverse;
      if (inverse && inverse.chained) {
        firstInverse = inverse.body[0].program;
        while (lastInverse.chained) {
          lastInverse = lastInverse.body[lastInverse.body.length - 1].program;
        }
      }
      var strip = {
        open: block.openStrip.open,
        close: block.closeStrip.close,
        // Determine the standalone candiacy. Basically flag our content as being possibly standalone
        // so our parent can determine if we actually are standalone
        openStandalone: isNextWhitespace(program.body),
        closeStandalone: isPrevWhitespace((firstInverse || program).body)
      };
      if (block.openStrip.close) {
        omitRight(program.body, null, true);
      }
      if (inverse) {
        var inverseStrip = block.inverseStrip;
        if (inverseStrip.open) {
          omitLeft(program.body, null, true);
        }
        if (inverseStrip.close) {
          omitRight(firstInverse.body, null, true);
        }
        if (block.closeStrip.open) {
          omitLeft(lastInverse.body, null, true);
        }
        if (!this.options.ignoreStandalone && isPrevWhitespace(program.body) && isNextWhitespace(firstInverse.body)) {
          omitLeft(program.body);
          omitRight(firstInverse.body);
        }
      } else if (block.closeStrip.open) {
        omitLeft(program.body, null, true);
      }
      return strip;
    };
    WhitespaceControl.prototype.Decorator = WhitespaceControl.prototype.MustacheStatement = function(mustache) {
      return mustache.strip;
    };
    WhitespaceControl.prototype.PartialStatement = WhitespaceControl.prototype.CommentStatement = function(node) {
      var strip = node.strip || {};
      return {
        inlineStandalone: true,
        open: strip.open,
        close: strip.close
      };
    };
    function isPrevWhitespace(body, i, isRoot) {
      if (i === void 0) {
        i = body.length;
      }
      var prev = body[i - 1], sibling = body[i - 2];
      if (!prev) {
        return isRoot;
      }
      if (prev.type === "ContentStatement") {
        return (sibling || !isRoot ? /(?:^|\S)[^\S\n]*\n\s*$/ : /^\s*$|(?:^|\S)[^\S\n]*\n\s*$/).test(prev.original);
      }
    }
    function isNextWhitespace(body, i, isRoot) {
      if (i === void 0) {
        i = -1;
      }
      var next = body[i + 1], sibling = body[i + 2];
      if (!next) {
        return isRoot;
      }
      if (next.type === "ContentStatement") {
        return (sibling || !isRoot ? /^\s*?\r?\n/ : /^\s*?(\r?\n|$)/).test(next.original);
      }
    }
    function omitRight(body, i, multiple) {
      var current = body[i == null ? 0 : i + 1];
      if (!current || current.type !== "ContentStatement" || !multiple && current.rightStripped) {
        return;
      }
      var original = current.value;
      current.value = current.value.replace(multiple ? /^\s+/ : /^[ \t]*\r?\n?/, "");
      current.rightStripped = current.value !== original;
    }
    function omitLeft(body, i, multiple) {
      var current = body[i == null ? body.length - 1 : i - 1];
      if (!current || current.type !== "ContentStatement" || !multiple && current.leftStripped) {
        return;
      }
      var original = current.value;
      current.value = current.value.replace(multiple ? /(^|\S)\s+$/ : /(^|[^ \t])[ \t]+$/, "$1");
      current.leftStripped = current.value !== original;
      return current.leftStripped;
    }
    exports["default"] = WhitespaceControl;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/helpers.js
var require_helpers2 = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/helpers.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.SourceLocation = SourceLocation;
    exports.id = id;
    exports.stripFlags = stripFlags;
    exports.stripComment = stripComment;
    exports.preparePath = preparePath;
    exports.prepareMustache = prepareMustache;
    exports.prepareRawBlock = prepareRawBlock;
    exports.prepareBlock = prepareBlock;
    exports.prepareProgram = prepareProgram;
    exports.preparePartialBlock = preparePartialBlock;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    function validateClose(open, close) {
      close = close.path ? close.path.original : close;
      if (open.path.original !== close) {
        var errorNode = { loc: open.path.loc };
        throw new _exception2["default"](open.path.original + " doesn't match " + close, errorNode);
      }
    }
    function SourceLocation(source, locInfo) {
      this.source = source;
      this.start = {
        line: locInfo.first_line,
        column: locInfo.first_column
      };
      this.end = {
        line: locInfo.last_line,
        column: locInfo.last_column
      };
    }
    function id(token) {
      if (/^\[.*\]$/.test(token)) {
        return token.substring(1, token.length - 1);
      } else {
        return token;
      }
    }
    function stripFlags(open, close) {
      return {
        open: open.charAt(2) === "~",
        close: close.charAt(close.length - 3) === "~"
      };
    }
    function stripComment(comment) {
      return comment.replace(/^\{\{~?!-?-?/, "").replace(/-?-?~?\}\}$/, "");
    }
    function preparePath(data, parts, loc) {
      loc = this.locInfo(loc);
      var original = data ? "@" : "", dig = [], depth = 0;
      for (var i = 0, l = parts.length; i < l; i++) {
        var part = parts[i].part, isLiteral = parts[i].original !== part;
        original += (parts[i].separator || "") + part;
        if (!isLiteral && (part === ".." || part === "." || part === "this")) {
          if (dig.length > 0) {
            throw new _exception2["default"]("Invalid path: " + original, { loc });
          } else if (part === "..") {
            depth++;
          }
        } else {
          dig.push(part);
        }
      }
      return {
        type: "PathExpression",
        data,
        depth,
        parts: dig,
        original,
        loc
      };
    }
    function prepareMustache(path, params, hash, open, strip, locInfo) {
      var escapeFlag = open.charAt(3) || open.charAt(2), escaped = escapeFlag !== "{" && escapeFlag !== "&";
      var decorator = /\*/.test(open);
      return {
        type: decorator ? "Decorator" : "MustacheStatement",
        path,
        params,
        hash,
        escaped,
        strip,
        loc: this.locInfo(locInfo)
      };
    }
    function prepareRawBlock(openRawBlock, contents, close, locInfo) {
      validateClose(openRawBlock, close);
      locInfo = this.locInfo(locInfo);
      var program = {
        type: "Program",
        body: contents,
        strip: {},
        loc: locInfo
      };
      return {
        type: "BlockStatement",
        path: openRawBlock.path,
        params: openRawBlock.params,
        hash: openRawBlock.hash,
        program,
        openStrip: {},
        inverseStrip: {},
        closeStrip: {},
        loc: locInfo
      };
    }
    function prepareBlock(openBlock, program, inverseAndProgram, close, inverted, locInfo) {
      if (close && close.path) {
        validateClose(openBlock, close);
      }
      var decorator = /\*/.test(openBlock.open);
      program.blockParams = openBlock.blockParams;
      var inverse = void 0, inverseStrip = void 0;
      if (inverseAndProgram) {
        if (decorator) {
          throw new _exception2["default"]("Unexpected inverse block on decorator", inverseAndProgram);
        }
        if (inverseAndProgram.chain) {
          inverseAndProgram.program.body[0].closeStrip = close.strip;
        }
        inverseStrip = inverseAndProgram.strip;
        inverse = inverseAndProgram.program;
      }
      if (inverted) {
        inverted = inverse;
        inverse = program;
        program = inverted;
      }
      return {
        type: decorator ? "DecoratorBlock" : "BlockStatement",
        path: openBlock.path,
        params: openBlock.params,
        hash: openBlock.hash,
        program,
        inverse,
        openStrip: openBlock.strip,
        inverseStrip,
        closeStrip: close && close.strip,
        loc: this.locInfo(locInfo)
      };
    }
    function prepareProgram(statements, loc) {
      if (!loc && statements.length) {
        var firstLoc = statements[0].loc, lastLoc = statements[statements.length - 1].loc;
        if (firstLoc && lastLoc) {
          loc = {
            source: firstLoc.source,
            start: {
              line: firstLoc.start.line,
              column: firstLoc.start.column
            },
            end: {
              line: lastLoc.end.line,
              column: lastLoc.end.column
            }
          };
        }
      }
      return {
        type: "Program",
        body: statements,
        strip: {},
        loc
      };
    }
    function preparePartialBlock(open, program, close, locInfo) {
      validateClose(open, close);
      return {
        type: "PartialBlockStatement",
        name: open.path,
        params: open.params,
        hash: open.hash,
        program,
        openStrip: open.strip,
        closeStrip: close && close.strip,
        loc: this.locInfo(locInfo)
      };
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/base.js
var require_base2 = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/base.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.parseWithoutProcessing = parseWithoutProcessing;
    exports.parse = parse;
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule) {
        return obj;
      } else {
        var newObj = {};
        if (obj != null) {
          for (var key2 in obj) {
            if (Object.prototype.hasOwnProperty.call(obj, key2)) newObj[key2] = obj[key2];
          }
        }
        newObj["default"] = obj;
        return newObj;
      }
    }
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _parser = require_parser();
    var _parser2 = _interopRequireDefault(_parser);
    var _whitespaceControl = require_whitespace_control();
    var _whitespaceControl2 = _interopRequireDefault(_whitespaceControl);
    var _helpers = require_helpers2();
    var Helpers = _interopRequireWildcard(_helpers);
    var _utils = require_utils();
    exports.parser = _parser2["default"];
    var yy = {};
    _utils.extend(yy, Helpers);
    function parseWithoutProcessing(input, options) {
      if (input.type === "Program") {
        return input;
      }
      _parser2["default"].yy = yy;
      yy.locInfo = function(locInfo) {
        return new yy.SourceLocation(options && options.srcName, locInfo);
      };
      var ast = _parser2["default"].parse(input);
      return ast;
    }
    function parse(input, options) {
      var ast = parseWithoutProcessing(input, options);
      var strip = new _whitespaceControl2["default"](options);
      return strip.accept(ast);
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/compiler.js
var require_compiler = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/compiler.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.Compiler = Compiler;
    exports.precompile = precompile;
    exports.compile = compile;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _utils = require_utils();
    var _ast = require_ast();
    var _ast2 = _interopRequireDefault(_ast);
    var _nodeTypes = require_node_types();
    var slice = [].slice;
    function Compiler() {
    }
    Compiler.prototype = {
      compiler: Compiler,
      equals: function equals(other) {
        var len = this.opcodes.length;
        if (other.opcodes.length !== len) {
          return false;
        }
        for (var i = 0; i < len; i++) {
          var opcode = this.opcodes[i], otherOpcode = other.opcodes[i];
          if (opcode.opcode !== otherOpcode.opcode || !argEquals(opcode.args, otherOpcode.args)) {
            return false;
          }
        }
        len = this.children.length;
        for (var i = 0; i < len; i++) {
          if (!this.children[i].equals(other.children[i])) {
            return false;
          }
        }
        return true;
      },
      guid: 0,
      compile: function compile2(program, options) {
        this.sourceNode = [];
        this.opcodes = [];
        this.children = [];
        this.options = options;
        this.stringParams = options.stringParams;
        this.trackIds = options.trackIds;
        options.blockParams = options.blockParams || [];
        options.knownHelpers = _utils.extend(/* @__PURE__ */ Object.create(null), {
          helperMissing: true,
          blockHelperMissing: true,
          each: true,
          "if": true,
          unless: true,
          "with": true,
          log: true,
          lookup: true
        }, options.knownHelpers);
        return this.accept(program);
      },
      compileProgram: function compileProgram(program) {
        var childCompiler = new this.compiler(), result = childCompiler.compile(program, this.options), guid = this.guid++;
        this.usePartial = this.usePartial || result.usePartial;
        this.children[guid] = result;
        this.useDepths = this.useDepths || result.useDepths;
        return guid;
      },
      accept: function accept(node) {
        if (_utils.indexOf(_nodeTypes.NODE_TYPES, node.type) === -1 || !this[node.type]) {
          throw new _exception2["default"]("Unknown type: " + node.type, node);
        }
        this.sourceNode.unshift(node);
        var ret = this[node.type](node);
        this.sourceNode.shift();
        return ret;
      },
      Program: function Program(program) {
        validateBlockParams(program);
        this.options.blockParams.unshift(program.blockParams);
        var body = program.body, bodyLength = body.length;
        for (var i = 0; i < bodyLength; i++) {
          this.accept(body[i]);
        }
        this.options.blockParams.shift();
        this.isSimple = bodyLength === 1;
        this.blockParams = program.blockParams ? program.blockParams.length : 0;
        return this;
      },
      BlockStatement: function BlockStatement(block) {
        transformLiteralToPath(block);
        var program = block.program, inverse = block.inverse;
        program = program && this.compileProgram(program);
        inverse = inverse && this.compileProgram(inverse);
        var type = this.classifySexpr(block);
        if (type === "helper") {
          this.helperSexpr(block, program, inverse);
        } else if (type === "simple") {
          this.simpleSexpr(block);
          this.opcode("pushProgram", program);
          this.opcode("pushProgram", inverse);
          this.opcode("emptyHash");
          this.opcode("blockValue", block.path.original);
        } else {
          this.ambiguousSexpr(block, program, inverse);
          this.opcode("pushProgram", program);
          this.opcode("pushProgram", inverse);
          this.opcode("emptyHash");
          this.opcode("ambiguousBlockValue");
        }
        this.opcode("append");
      },
      DecoratorBlock: function DecoratorBlock(decorator) {
        var program = decorator.program && this.compileProgram(decorator.program);
        var params = this.setupFullMustacheParams(decorator, program, void 0), path = decorator.path;
        this.useDecorators = true;
        this.opcode("registerDecorator", params.length, path.original);
      },
      PartialStatement: function PartialStatement(partial) {
        this.usePartial = true;
        var program = partial.program;
        if (program) {
          program = this.compileProgram(partial.program);
        }
        var params = partial.params;
        if (params.length > 1) {
          throw new _exception2["default"]("Unsupported number of partial arguments: " + params.length, partial);
        } else if (!params.length) {
          if (this.options.explicitPartialContext) {
            this.opcode("pushLiteral", "undefined");
          } else {
            params.push({ type: "PathExpression", parts: [], depth: 0 });
          }
        }
        var partialName = partial.name.original, isDynamic = partial.name.type === "SubExpression";
        if (isDynamic) {
          this.accept(partial.name);
        }
        this.setupFullMustacheParams(partial, program, void 0, true);
        var indent = partial.indent || "";
        if (this.options.preventIndent && indent) {
          this.opcode("appendContent", indent);
          indent = "";
        }
        this.opcode("invokePartial", isDynamic, partialName, indent);
        this.opcode("append");
      },
      PartialBlockStatement: function PartialBlockStatement(partialBlock) {
        this.PartialStatement(partialBlock);
      },
      MustacheStatement: function MustacheStatement(mustache) {
        this.SubExpression(mustache);
        if (mustache.escaped && !this.options.noEscape) {
          this.opcode("appendEscaped");
        } else {
          this.opcode("append");
        }
      },
      Decorator: function Decorator(decorator) {
        this.DecoratorBlock(decorator);
      },
      ContentStatement: function ContentStatement(content) {
        if (content.value != null && typeof content.value !== "string") {
          throw invalidAst(content, "value must be a string");
        }
        if (content.value) {
          this.opcode("appendContent", content.value);
        }
      },
      CommentStatement: function CommentStatement() {
      },
      SubExpression: function SubExpression(sexpr) {
        transformLiteralToPath(sexpr);
        var type = this.classifySexpr(sexpr);
        if (type === "simple") {
          this.simpleSexpr(sexpr);
        } else if (type === "helper") {
          this.helperSexpr(sexpr);
        } else {
          this.ambiguousSexpr(sexpr);
        }
      },
      ambiguousSexpr: function ambiguousSexpr(sexpr, program, inverse) {
        var path = sexpr.path, name = path.parts[0], isBlock = program != null || inverse != null;
        this.opcode("getContext", validateDepth(path));
        this.opcode("pushProgram", program);
        this.opcode("pushProgram", inverse);
        path.strict = true;
        this.accept(path);
        this.opcode("invokeAmbiguous", name, isBlock);
      },
      simpleSexpr: function simpleSexpr(sexpr) {
        var path = sexpr.path;
        path.strict = true;
        this.accept(path);
        this.opcode("resolvePossibleLambda");
      },
      helperSexpr: function helperSexpr(sexpr, program, inverse) {
        var params = this.setupFullMustacheParams(sexpr, program, inverse), path = sexpr.path, name = path.parts[0];
        if (this.options.knownHelpers[name]) {
          this.opcode("invokeKnownHelper", params.length, name);
        } else if (this.options.knownHelpersOnly) {
          throw new _exception2["default"]("You specified knownHelpersOnly, but used the unknown helper " + name, sexpr);
        } else {
          path.strict = true;
          path.falsy = true;
          this.accept(path);
          this.opcode("invokeHelper", params.length, path.original, _ast2["default"].helpers.simpleId(path));
        }
      },
      PathExpression: function PathExpression(path) {
        var depth = validateDepth(path);
        var parts = validateParts(path);
        this.addDepth(depth);
        this.opcode("getContext", depth);
        var name = parts[0], scoped = _ast2["default"].helpers.scopedId(path), blockParamId = !depth && !scoped && this.blockParamIndex(name);
        if (blockParamId) {
          this.opcode("lookupBlockParam", blockParamId, parts);
        } else if (!name) {
          this.opcode("pushContext");
        } else if (path.data) {
          this.options.data = true;
          this.opcode("lookupData", depth, parts, path.strict);
        } else {
          this.opcode("lookupOnContext", parts, path.falsy, path.strict, scoped);
        }
      },
      StringLiteral: function StringLiteral(string) {
        validateLiteral(string);
        this.opcode("pushString", string.value);
      },
      NumberLiteral: function NumberLiteral(number) {
        validateLiteral(number);
        this.opcode("pushLiteral", number.value);
      },
      BooleanLiteral: function BooleanLiteral(bool) {
        validateLiteral(bool);
        this.opcode("pushLiteral", bool.value);
      },
      UndefinedLiteral: function UndefinedLiteral() {
        this.opcode("pushLiteral", "undefined");
      },
      NullLiteral: function NullLiteral() {
        this.opcode("pushLiteral", "null");
      },
      Hash: function Hash(hash) {
        var pairs = hash.pairs, i = 0, l = void 0;
        if (!_utils.isArray(pairs)) {
          throw invalidAst(hash, "pairs must be an array");
        }
        l = pairs.length;
        for (var j = 0; j < l; j++) {
          if (!pairs[j] || typeof pairs[j].key !== "string") {
            throw invalidAst(hash, "pair keys must be strings");
          }
        }
        this.opcode("pushHash");
        for (; i < l; i++) {
          this.pushParam(pairs[i].value);
        }
        while (i--) {
          this.opcode("assignToHash", pairs[i].key);
        }
        this.opcode("popHash");
      },
      // HELPERS
      opcode: function opcode(name) {
        this.opcodes.push({
          opcode: name,
          args: slice.call(arguments, 1),
          loc: this.sourceNode[0].loc
        });
      },
      addDepth: function addDepth(depth) {
        if (!depth) {
          return;
        }
        this.useDepths = true;
      },
      classifySexpr: function classifySexpr(sexpr) {
        validateParts(sexpr.path);
        var isSimple = _ast2["default"].helpers.simpleId(sexpr.path);
        var isBlockParam = isSimple && !!this.blockParamIndex(sexpr.path.parts[0]);
        var isHelper = !isBlockParam && _ast2["default"].helpers.helperExpression(sexpr);
        var isEligible = !isBlockParam && (isHelper || isSimple);
        if (isEligible && !isHelper) {
          var _name = sexpr.path.parts[0], options = this.options;
          if (options.knownHelpers[_name]) {
            isHelper = true;
          } else if (options.knownHelpersOnly) {
            isEligible = false;
          }
        }
        if (isHelper) {
          return "helper";
        } else if (isEligible) {
          return "ambiguous";
        } else {
          return "simple";
        }
      },
      pushParams: function pushParams(params) {
        for (var i = 0, l = params.length; i < l; i++) {
          this.pushParam(params[i]);
        }
      },
      pushParam: function pushParam(val) {
        validateLiteral(val);
        var value = val.value != null ? val.value : val.original || "";
        var depth = validateDepth(val);
        if (this.stringParams) {
          if (typeof value !== "number" && typeof value !== "boolean") {
            value = String(value);
          }
          if (value.replace) {
            value = value.replace(/^(\.?\.\/)*/g, "").replace(/\//g, ".");
          }
          if (depth) {
            this.addDepth(depth);
          }
          this.opcode("getContext", depth);
          this.opcode("pushStringParam", value, val.type);
          if (val.type === "SubExpression") {
            this.accept(val);
          }
        } else {
          if (this.trackIds) {
            var blockParamIndex = void 0;
            if (val.parts && !_ast2["default"].helpers.scopedId(val) && !depth) {
              blockParamIndex = this.blockParamIndex(validateParts(val)[0]);
            }
            if (blockParamIndex) {
              var blockParamChild = val.parts.slice(1).join(".");
              this.opcode("pushId", "BlockParam", blockParamIndex, blockParamChild);
            } else {
              value = val.original || value;
              if (value.replace) {
                value = value.replace(/^this(?:\.|$)/, "").replace(/^\.\//, "").replace(/^\.$/, "");
              }
              this.opcode("pushId", val.type, value);
            }
          }
          this.accept(val);
        }
      },
      setupFullMustacheParams: function setupFullMustacheParams(sexpr, program, inverse, omitEmpty) {
        var params = sexpr.params;
        this.pushParams(params);
        this.opcode("pushProgram", program);
        this.opcode("pushProgram", inverse);
        if (sexpr.hash) {
          this.accept(sexpr.hash);
        } else {
          this.opcode("emptyHash", omitEmpty);
        }
        return params;
      },
      blockParamIndex: function blockParamIndex(name) {
        for (var depth = 0, len = this.options.blockParams.length; depth < len; depth++) {
          var blockParams = this.options.blockParams[depth], param = blockParams && _utils.indexOf(blockParams, name);
          if (blockParams && param >= 0) {
            return [depth, param];
          }
        }
      }
    };
    function precompile(input, options, env) {
      if (input == null || typeof input !== "string" && input.type !== "Program") {
        throw new _exception2["default"]("You must pass a string or Handlebars AST to Handlebars.precompile. You passed " + input);
      }
      options = options || {};
      if (!("data" in options)) {
        options.data = true;
      }
      if (options.compat) {
        options.useDepths = true;
      }
      var ast = env.parse(input, options), environment = new env.Compiler().compile(ast, options);
      return new env.JavaScriptCompiler().compile(environment, options);
    }
    function compile(input, options, env) {
      if (options === void 0) options = {};
      if (input == null || typeof input !== "string" && input.type !== "Program") {
        throw new _exception2["default"]("You must pass a string or Handlebars AST to Handlebars.compile. You passed " + input);
      }
      options = _utils.extend({}, options);
      if (!("data" in options)) {
        options.data = true;
      }
      if (options.compat) {
        options.useDepths = true;
      }
      var compiled = void 0;
      function compileInput() {
        var ast = env.parse(input, options), environment = new env.Compiler().compile(ast, options), templateSpec = new env.JavaScriptCompiler().compile(environment, options, void 0, true);
        return env.template(templateSpec);
      }
      function ret(context, execOptions) {
        if (!compiled) {
          compiled = compileInput();
        }
        return compiled.call(this, context, execOptions);
      }
      ret._setup = function(setupOptions) {
        if (!compiled) {
          compiled = compileInput();
        }
        return compiled._setup(setupOptions);
      };
      ret._child = function(i, data, blockParams, depths) {
        if (!compiled) {
          compiled = compileInput();
        }
        return compiled._child(i, data, blockParams, depths);
      };
      return ret;
    }
    function invalidAst(node, message) {
      return new _exception2["default"]("Invalid AST: " + node.type + " " + message, node);
    }
    function validateDepth(node) {
      var depth = node.depth;
      if (depth == null) {
        return 0;
      }
      if (typeof depth !== "number" || !isFinite(depth) || Math.floor(depth) !== depth || depth < 0) {
        throw invalidAst(node, "depth must be a non-negative integer");
      }
      return depth;
    }
    function validateLiteral(node) {
      var value = node.value;
      if (node.type === "StringLiteral" && typeof value !== "string") {
        throw invalidAst(node, "value must be a string");
      } else if (node.type === "NumberLiteral" && typeof value !== "number") {
        throw invalidAst(node, "value must be a number");
      } else if (node.type === "BooleanLiteral" && typeof value !== "boolean") {
        throw invalidAst(node, "value must be a boolean");
      }
    }
    function validateStringArray(node, value, name) {
      if (!_utils.isArray(value)) {
        throw invalidAst(node, name + " must be an array");
      }
      for (var i = 0; i < value.length; i++) {
        if (typeof value[i] !== "string") {
          throw invalidAst(node, name + " must only contain strings");
        }
      }
      return value;
    }
    function validateParts(path) {
      return validateStringArray(path, path.parts, "parts");
    }
    function validateBlockParams(program) {
      if (program.blockParams != null) {
        validateStringArray(program, program.blockParams, "blockParams");
      }
    }
    function argEquals(a, b) {
      if (a === b) {
        return true;
      }
      if (_utils.isArray(a) && _utils.isArray(b) && a.length === b.length) {
        for (var i = 0; i < a.length; i++) {
          if (!argEquals(a[i], b[i])) {
            return false;
          }
        }
        return true;
      }
    }
    function transformLiteralToPath(sexpr) {
      if (!sexpr.path.parts) {
        var literal = sexpr.path;
        sexpr.path = {
          type: "PathExpression",
          data: false,
          depth: 0,
          parts: [literal.original + ""],
          original: literal.original + "",
          loc: literal.loc
        };
      }
    }
  }
});

// node_modules/source-map/lib/base64.js
var require_base64 = __commonJS({
  "node_modules/source-map/lib/base64.js"(exports) {
    var intToCharMap = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".split("");
    exports.encode = function(number) {
      if (0 <= number && number < intToCharMap.length) {
        return intToCharMap[number];
      }
      throw new TypeError("Must be between 0 and 63: " + number);
    };
    exports.decode = function(charCode) {
      var bigA = 65;
      var bigZ = 90;
      var littleA = 97;
      var littleZ = 122;
      var zero = 48;
      var nine = 57;
      var plus = 43;
      var slash = 47;
      var littleOffset = 26;
      var numberOffset = 52;
      if (bigA <= charCode && charCode <= bigZ) {
        return charCode - bigA;
      }
      if (littleA <= charCode && charCode <= littleZ) {
        return charCode - littleA + littleOffset;
      }
      if (zero <= charCode && charCode <= nine) {
        return charCode - zero + numberOffset;
      }
      if (charCode == plus) {
        return 62;
      }
      if (charCode == slash) {
        return 63;
      }
      return -1;
    };
  }
});

// node_modules/source-map/lib/base64-vlq.js
var require_base64_vlq = __commonJS({
  "node_modules/source-map/lib/base64-vlq.js"(exports) {
    var base64 = require_base64();
    var VLQ_BASE_SHIFT = 5;
    var VLQ_BASE = 1 << VLQ_BASE_SHIFT;
    var VLQ_BASE_MASK = VLQ_BASE - 1;
    var VLQ_CONTINUATION_BIT = VLQ_BASE;
    function toVLQSigned(aValue) {
      return aValue < 0 ? (-aValue << 1) + 1 : (aValue << 1) + 0;
    }
    function fromVLQSigned(aValue) {
      var isNegative = (aValue & 1) === 1;
      var shifted = aValue >> 1;
      return isNegative ? -shifted : shifted;
    }
    exports.encode = function base64VLQ_encode(aValue) {
      var encoded = "";
      var digit;
      var vlq = toVLQSigned(aValue);
      do {
        digit = vlq & VLQ_BASE_MASK;
        vlq >>>= VLQ_BASE_SHIFT;
        if (vlq > 0) {
          digit |= VLQ_CONTINUATION_BIT;
        }
        encoded += base64.encode(digit);
      } while (vlq > 0);
      return encoded;
    };
    exports.decode = function base64VLQ_decode(aStr, aIndex, aOutParam) {
      var strLen = aStr.length;
      var result = 0;
      var shift = 0;
      var continuation, digit;
      do {
        if (aIndex >= strLen) {
          throw new Error("Expected more digits in base 64 VLQ value.");
        }
        digit = base64.decode(aStr.charCodeAt(aIndex++));
        if (digit === -1) {
          throw new Error("Invalid base64 digit: " + aStr.charAt(aIndex - 1));
        }
        continuation = !!(digit & VLQ_CONTINUATION_BIT);
        digit &= VLQ_BASE_MASK;
        result = result + (digit << shift);
        shift += VLQ_BASE_SHIFT;
      } while (continuation);
      aOutParam.value = fromVLQSigned(result);
      aOutParam.rest = aIndex;
    };
  }
});

// node_modules/source-map/lib/util.js
var require_util = __commonJS({
  "node_modules/source-map/lib/util.js"(exports) {
    function getArg(aArgs, aName, aDefaultValue) {
      if (aName in aArgs) {
        return aArgs[aName];
      } else if (arguments.length === 3) {
        return aDefaultValue;
      } else {
        throw new Error('"' + aName + '" is a required argument.');
      }
    }
    exports.getArg = getArg;
    var urlRegexp = /^(?:([\w+\-.]+):)?\/\/(?:(\w+:\w+)@)?([\w.-]*)(?::(\d+))?(.*)$/;
    var dataUrlRegexp = /^data:.+\,.+$/;
    function urlParse(aUrl) {
      var match = aUrl.match(urlRegexp);
      if (!match) {
        return null;
      }
      return {
        scheme: match[1],
        auth: match[2],
        host: match[3],
        port: match[4],
        path: match[5]
      };
    }
    exports.urlParse = urlParse;
    function urlGenerate(aParsedUrl) {
      var url = "";
      if (aParsedUrl.scheme) {
        url += aParsedUrl.scheme + ":";
      }
      url += "//";
      if (aParsedUrl.auth) {
        url += aParsedUrl.auth + "@";
      }
      if (aParsedUrl.host) {
        url += aParsedUrl.host;
      }
      if (aParsedUrl.port) {
        url += ":" + aParsedUrl.port;
      }
      if (aParsedUrl.path) {
        url += aParsedUrl.path;
      }
      return url;
    }
    exports.urlGenerate = urlGenerate;
    function normalize(aPath) {
      var path = aPath;
      var url = urlParse(aPath);
      if (url) {
        if (!url.path) {
          return aPath;
        }
        path = url.path;
      }
      var isAbsolute2 = exports.isAbsolute(path);
      var parts = path.split(/\/+/);
      for (var part, up = 0, i = parts.length - 1; i >= 0; i--) {
        part = parts[i];
        if (part === ".") {
          parts.splice(i, 1);
        } else if (part === "..") {
          up++;
        } else if (up > 0) {
          if (part === "") {
            parts.splice(i + 1, up);
            up = 0;
          } else {
            parts.splice(i, 2);
            up--;
          }
        }
      }
      path = parts.join("/");
      if (path === "") {
        path = isAbsolute2 ? "/" : ".";
      }
      if (url) {
        url.path = path;
        return urlGenerate(url);
      }
      return path;
    }
    exports.normalize = normalize;
    function join5(aRoot, aPath) {
      if (aRoot === "") {
        aRoot = ".";
      }
      if (aPath === "") {
        aPath = ".";
      }
      var aPathUrl = urlParse(aPath);
      var aRootUrl = urlParse(aRoot);
      if (aRootUrl) {
        aRoot = aRootUrl.path || "/";
      }
      if (aPathUrl && !aPathUrl.scheme) {
        if (aRootUrl) {
          aPathUrl.scheme = aRootUrl.scheme;
        }
        return urlGenerate(aPathUrl);
      }
      if (aPathUrl || aPath.match(dataUrlRegexp)) {
        return aPath;
      }
      if (aRootUrl && !aRootUrl.host && !aRootUrl.path) {
        aRootUrl.host = aPath;
        return urlGenerate(aRootUrl);
      }
      var joined = aPath.charAt(0) === "/" ? aPath : normalize(aRoot.replace(/\/+$/, "") + "/" + aPath);
      if (aRootUrl) {
        aRootUrl.path = joined;
        return urlGenerate(aRootUrl);
      }
      return joined;
    }
    exports.join = join5;
    exports.isAbsolute = function(aPath) {
      return aPath.charAt(0) === "/" || urlRegexp.test(aPath);
    };
    function relative2(aRoot, aPath) {
      if (aRoot === "") {
        aRoot = ".";
      }
      aRoot = aRoot.replace(/\/$/, "");
      var level = 0;
      while (aPath.indexOf(aRoot + "/") !== 0) {
        var index = aRoot.lastIndexOf("/");
        if (index < 0) {
          return aPath;
        }
        aRoot = aRoot.slice(0, index);
        if (aRoot.match(/^([^\/]+:\/)?\/*$/)) {
          return aPath;
        }
        ++level;
      }
      return Array(level + 1).join("../") + aPath.substr(aRoot.length + 1);
    }
    exports.relative = relative2;
    var supportsNullProto = (function() {
      var obj = /* @__PURE__ */ Object.create(null);
      return !("__proto__" in obj);
    })();
    function identity(s) {
      return s;
    }
    function toSetString(aStr) {
      if (isProtoString(aStr)) {
        return "$" + aStr;
      }
      return aStr;
    }
    exports.toSetString = supportsNullProto ? identity : toSetString;
    function fromSetString(aStr) {
      if (isProtoString(aStr)) {
        return aStr.slice(1);
      }
      return aStr;
    }
    exports.fromSetString = supportsNullProto ? identity : fromSetString;
    function isProtoString(s) {
      if (!s) {
        return false;
      }
      var length = s.length;
      if (length < 9) {
        return false;
      }
      if (s.charCodeAt(length - 1) !== 95 || s.charCodeAt(length - 2) !== 95 || s.charCodeAt(length - 3) !== 111 || s.charCodeAt(length - 4) !== 116 || s.charCodeAt(length - 5) !== 111 || s.charCodeAt(length - 6) !== 114 || s.charCodeAt(length - 7) !== 112 || s.charCodeAt(length - 8) !== 95 || s.charCodeAt(length - 9) !== 95) {
        return false;
      }
      for (var i = length - 10; i >= 0; i--) {
        if (s.charCodeAt(i) !== 36) {
          return false;
        }
      }
      return true;
    }
    function compareByOriginalPositions(mappingA, mappingB, onlyCompareOriginal) {
      var cmp = strcmp(mappingA.source, mappingB.source);
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalLine - mappingB.originalLine;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalColumn - mappingB.originalColumn;
      if (cmp !== 0 || onlyCompareOriginal) {
        return cmp;
      }
      cmp = mappingA.generatedColumn - mappingB.generatedColumn;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.generatedLine - mappingB.generatedLine;
      if (cmp !== 0) {
        return cmp;
      }
      return strcmp(mappingA.name, mappingB.name);
    }
    exports.compareByOriginalPositions = compareByOriginalPositions;
    function compareByGeneratedPositionsDeflated(mappingA, mappingB, onlyCompareGenerated) {
      var cmp = mappingA.generatedLine - mappingB.generatedLine;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.generatedColumn - mappingB.generatedColumn;
      if (cmp !== 0 || onlyCompareGenerated) {
        return cmp;
      }
      cmp = strcmp(mappingA.source, mappingB.source);
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalLine - mappingB.originalLine;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalColumn - mappingB.originalColumn;
      if (cmp !== 0) {
        return cmp;
      }
      return strcmp(mappingA.name, mappingB.name);
    }
    exports.compareByGeneratedPositionsDeflated = compareByGeneratedPositionsDeflated;
    function strcmp(aStr1, aStr2) {
      if (aStr1 === aStr2) {
        return 0;
      }
      if (aStr1 === null) {
        return 1;
      }
      if (aStr2 === null) {
        return -1;
      }
      if (aStr1 > aStr2) {
        return 1;
      }
      return -1;
    }
    function compareByGeneratedPositionsInflated(mappingA, mappingB) {
      var cmp = mappingA.generatedLine - mappingB.generatedLine;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.generatedColumn - mappingB.generatedColumn;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = strcmp(mappingA.source, mappingB.source);
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalLine - mappingB.originalLine;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalColumn - mappingB.originalColumn;
      if (cmp !== 0) {
        return cmp;
      }
      return strcmp(mappingA.name, mappingB.name);
    }
    exports.compareByGeneratedPositionsInflated = compareByGeneratedPositionsInflated;
    function parseSourceMapInput(str) {
      return JSON.parse(str.replace(/^\)]}'[^\n]*\n/, ""));
    }
    exports.parseSourceMapInput = parseSourceMapInput;
    function computeSourceURL(sourceRoot, sourceURL, sourceMapURL) {
      sourceURL = sourceURL || "";
      if (sourceRoot) {
        if (sourceRoot[sourceRoot.length - 1] !== "/" && sourceURL[0] !== "/") {
          sourceRoot += "/";
        }
        sourceURL = sourceRoot + sourceURL;
      }
      if (sourceMapURL) {
        var parsed = urlParse(sourceMapURL);
        if (!parsed) {
          throw new Error("sourceMapURL could not be parsed");
        }
        if (parsed.path) {
          var index = parsed.path.lastIndexOf("/");
          if (index >= 0) {
            parsed.path = parsed.path.substring(0, index + 1);
          }
        }
        sourceURL = join5(urlGenerate(parsed), sourceURL);
      }
      return normalize(sourceURL);
    }
    exports.computeSourceURL = computeSourceURL;
  }
});

// node_modules/source-map/lib/array-set.js
var require_array_set = __commonJS({
  "node_modules/source-map/lib/array-set.js"(exports) {
    var util = require_util();
    var has = Object.prototype.hasOwnProperty;
    var hasNativeMap = typeof Map !== "undefined";
    function ArraySet() {
      this._array = [];
      this._set = hasNativeMap ? /* @__PURE__ */ new Map() : /* @__PURE__ */ Object.create(null);
    }
    ArraySet.fromArray = function ArraySet_fromArray(aArray, aAllowDuplicates) {
      var set = new ArraySet();
      for (var i = 0, len = aArray.length; i < len; i++) {
        set.add(aArray[i], aAllowDuplicates);
      }
      return set;
    };
    ArraySet.prototype.size = function ArraySet_size() {
      return hasNativeMap ? this._set.size : Object.getOwnPropertyNames(this._set).length;
    };
    ArraySet.prototype.add = function ArraySet_add(aStr, aAllowDuplicates) {
      var sStr = hasNativeMap ? aStr : util.toSetString(aStr);
      var isDuplicate = hasNativeMap ? this.has(aStr) : has.call(this._set, sStr);
      var idx = this._array.length;
      if (!isDuplicate || aAllowDuplicates) {
        this._array.push(aStr);
      }
      if (!isDuplicate) {
        if (hasNativeMap) {
          this._set.set(aStr, idx);
        } else {
          this._set[sStr] = idx;
        }
      }
    };
    ArraySet.prototype.has = function ArraySet_has(aStr) {
      if (hasNativeMap) {
        return this._set.has(aStr);
      } else {
        var sStr = util.toSetString(aStr);
        return has.call(this._set, sStr);
      }
    };
    ArraySet.prototype.indexOf = function ArraySet_indexOf(aStr) {
      if (hasNativeMap) {
        var idx = this._set.get(aStr);
        if (idx >= 0) {
          return idx;
        }
      } else {
        var sStr = util.toSetString(aStr);
        if (has.call(this._set, sStr)) {
          return this._set[sStr];
        }
      }
      throw new Error('"' + aStr + '" is not in the set.');
    };
    ArraySet.prototype.at = function ArraySet_at(aIdx) {
      if (aIdx >= 0 && aIdx < this._array.length) {
        return this._array[aIdx];
      }
      throw new Error("No element indexed by " + aIdx);
    };
    ArraySet.prototype.toArray = function ArraySet_toArray() {
      return this._array.slice();
    };
    exports.ArraySet = ArraySet;
  }
});

// node_modules/source-map/lib/mapping-list.js
var require_mapping_list = __commonJS({
  "node_modules/source-map/lib/mapping-list.js"(exports) {
    var util = require_util();
    function generatedPositionAfter(mappingA, mappingB) {
      var lineA = mappingA.generatedLine;
      var lineB = mappingB.generatedLine;
      var columnA = mappingA.generatedColumn;
      var columnB = mappingB.generatedColumn;
      return lineB > lineA || lineB == lineA && columnB >= columnA || util.compareByGeneratedPositionsInflated(mappingA, mappingB) <= 0;
    }
    function MappingList() {
      this._array = [];
      this._sorted = true;
      this._last = { generatedLine: -1, generatedColumn: 0 };
    }
    MappingList.prototype.unsortedForEach = function MappingList_forEach(aCallback, aThisArg) {
      this._array.forEach(aCallback, aThisArg);
    };
    MappingList.prototype.add = function MappingList_add(aMapping) {
      if (generatedPositionAfter(this._last, aMapping)) {
        this._last = aMapping;
        this._array.push(aMapping);
      } else {
        this._sorted = false;
        this._array.push(aMapping);
      }
    };
    MappingList.prototype.toArray = function MappingList_toArray() {
      if (!this._sorted) {
        this._array.sort(util.compareByGeneratedPositionsInflated);
        this._sorted = true;
      }
      return this._array;
    };
    exports.MappingList = MappingList;
  }
});

// node_modules/source-map/lib/source-map-generator.js
var require_source_map_generator = __commonJS({
  "node_modules/source-map/lib/source-map-generator.js"(exports) {
    var base64VLQ = require_base64_vlq();
    var util = require_util();
    var ArraySet = require_array_set().ArraySet;
    var MappingList = require_mapping_list().MappingList;
    function SourceMapGenerator(aArgs) {
      if (!aArgs) {
        aArgs = {};
      }
      this._file = util.getArg(aArgs, "file", null);
      this._sourceRoot = util.getArg(aArgs, "sourceRoot", null);
      this._skipValidation = util.getArg(aArgs, "skipValidation", false);
      this._sources = new ArraySet();
      this._names = new ArraySet();
      this._mappings = new MappingList();
      this._sourcesContents = null;
    }
    SourceMapGenerator.prototype._version = 3;
    SourceMapGenerator.fromSourceMap = function SourceMapGenerator_fromSourceMap(aSourceMapConsumer) {
      var sourceRoot = aSourceMapConsumer.sourceRoot;
      var generator = new SourceMapGenerator({
        file: aSourceMapConsumer.file,
        sourceRoot
      });
      aSourceMapConsumer.eachMapping(function(mapping) {
        var newMapping = {
          generated: {
            line: mapping.generatedLine,
            column: mapping.generatedColumn
          }
        };
        if (mapping.source != null) {
          newMapping.source = mapping.source;
          if (sourceRoot != null) {
            newMapping.source = util.relative(sourceRoot, newMapping.source);
          }
          newMapping.original = {
            line: mapping.originalLine,
            column: mapping.originalColumn
          };
          if (mapping.name != null) {
            newMapping.name = mapping.name;
          }
        }
        generator.addMapping(newMapping);
      });
      aSourceMapConsumer.sources.forEach(function(sourceFile) {
        var sourceRelative = sourceFile;
        if (sourceRoot !== null) {
          sourceRelative = util.relative(sourceRoot, sourceFile);
        }
        if (!generator._sources.has(sourceRelative)) {
          generator._sources.add(sourceRelative);
        }
        var content = aSourceMapConsumer.sourceContentFor(sourceFile);
        if (content != null) {
          generator.setSourceContent(sourceFile, content);
        }
      });
      return generator;
    };
    SourceMapGenerator.prototype.addMapping = function SourceMapGenerator_addMapping(aArgs) {
      var generated = util.getArg(aArgs, "generated");
      var original = util.getArg(aArgs, "original", null);
      var source = util.getArg(aArgs, "source", null);
      var name = util.getArg(aArgs, "name", null);
      if (!this._skipValidation) {
        this._validateMapping(generated, original, source, name);
      }
      if (source != null) {
        source = String(source);
        if (!this._sources.has(source)) {
          this._sources.add(source);
        }
      }
      if (name != null) {
        name = String(name);
        if (!this._names.has(name)) {
          this._names.add(name);
        }
      }
      this._mappings.add({
        generatedLine: generated.line,
        generatedColumn: generated.column,
        originalLine: original != null && original.line,
        originalColumn: original != null && original.column,
        source,
        name
      });
    };
    SourceMapGenerator.prototype.setSourceContent = function SourceMapGenerator_setSourceContent(aSourceFile, aSourceContent) {
      var source = aSourceFile;
      if (this._sourceRoot != null) {
        source = util.relative(this._sourceRoot, source);
      }
      if (aSourceContent != null) {
        if (!this._sourcesContents) {
          this._sourcesContents = /* @__PURE__ */ Object.create(null);
        }
        this._sourcesContents[util.toSetString(source)] = aSourceContent;
      } else if (this._sourcesContents) {
        delete this._sourcesContents[util.toSetString(source)];
        if (Object.keys(this._sourcesContents).length === 0) {
          this._sourcesContents = null;
        }
      }
    };
    SourceMapGenerator.prototype.applySourceMap = function SourceMapGenerator_applySourceMap(aSourceMapConsumer, aSourceFile, aSourceMapPath) {
      var sourceFile = aSourceFile;
      if (aSourceFile == null) {
        if (aSourceMapConsumer.file == null) {
          throw new Error(
            `SourceMapGenerator.prototype.applySourceMap requires either an explicit source file, or the source map's "file" property. Both were omitted.`
          );
        }
        sourceFile = aSourceMapConsumer.file;
      }
      var sourceRoot = this._sourceRoot;
      if (sourceRoot != null) {
        sourceFile = util.relative(sourceRoot, sourceFile);
      }
      var newSources = new ArraySet();
      var newNames = new ArraySet();
      this._mappings.unsortedForEach(function(mapping) {
        if (mapping.source === sourceFile && mapping.originalLine != null) {
          var original = aSourceMapConsumer.originalPositionFor({
            line: mapping.originalLine,
            column: mapping.originalColumn
          });
          if (original.source != null) {
            mapping.source = original.source;
            if (aSourceMapPath != null) {
              mapping.source = util.join(aSourceMapPath, mapping.source);
            }
            if (sourceRoot != null) {
              mapping.source = util.relative(sourceRoot, mapping.source);
            }
            mapping.originalLine = original.line;
            mapping.originalColumn = original.column;
            if (original.name != null) {
              mapping.name = original.name;
            }
          }
        }
        var source = mapping.source;
        if (source != null && !newSources.has(source)) {
          newSources.add(source);
        }
        var name = mapping.name;
        if (name != null && !newNames.has(name)) {
          newNames.add(name);
        }
      }, this);
      this._sources = newSources;
      this._names = newNames;
      aSourceMapConsumer.sources.forEach(function(sourceFile2) {
        var content = aSourceMapConsumer.sourceContentFor(sourceFile2);
        if (content != null) {
          if (aSourceMapPath != null) {
            sourceFile2 = util.join(aSourceMapPath, sourceFile2);
          }
          if (sourceRoot != null) {
            sourceFile2 = util.relative(sourceRoot, sourceFile2);
          }
          this.setSourceContent(sourceFile2, content);
        }
      }, this);
    };
    SourceMapGenerator.prototype._validateMapping = function SourceMapGenerator_validateMapping(aGenerated, aOriginal, aSource, aName) {
      if (aOriginal && typeof aOriginal.line !== "number" && typeof aOriginal.column !== "number") {
        throw new Error(
          "original.line and original.column are not numbers -- you probably meant to omit the original mapping entirely and only map the generated position. If so, pass null for the original mapping instead of an object with empty or null values."
        );
      }
      if (aGenerated && "line" in aGenerated && "column" in aGenerated && aGenerated.line > 0 && aGenerated.column >= 0 && !aOriginal && !aSource && !aName) {
        return;
      } else if (aGenerated && "line" in aGenerated && "column" in aGenerated && aOriginal && "line" in aOriginal && "column" in aOriginal && aGenerated.line > 0 && aGenerated.column >= 0 && aOriginal.line > 0 && aOriginal.column >= 0 && aSource) {
        return;
      } else {
        throw new Error("Invalid mapping: " + JSON.stringify({
          generated: aGenerated,
          source: aSource,
          original: aOriginal,
          name: aName
        }));
      }
    };
    SourceMapGenerator.prototype._serializeMappings = function SourceMapGenerator_serializeMappings() {
      var previousGeneratedColumn = 0;
      var previousGeneratedLine = 1;
      var previousOriginalColumn = 0;
      var previousOriginalLine = 0;
      var previousName = 0;
      var previousSource = 0;
      var result = "";
      var next;
      var mapping;
      var nameIdx;
      var sourceIdx;
      var mappings = this._mappings.toArray();
      for (var i = 0, len = mappings.length; i < len; i++) {
        mapping = mappings[i];
        next = "";
        if (mapping.generatedLine !== previousGeneratedLine) {
          previousGeneratedColumn = 0;
          while (mapping.generatedLine !== previousGeneratedLine) {
            next += ";";
            previousGeneratedLine++;
          }
        } else {
          if (i > 0) {
            if (!util.compareByGeneratedPositionsInflated(mapping, mappings[i - 1])) {
              continue;
            }
            next += ",";
          }
        }
        next += base64VLQ.encode(mapping.generatedColumn - previousGeneratedColumn);
        previousGeneratedColumn = mapping.generatedColumn;
        if (mapping.source != null) {
          sourceIdx = this._sources.indexOf(mapping.source);
          next += base64VLQ.encode(sourceIdx - previousSource);
          previousSource = sourceIdx;
          next += base64VLQ.encode(mapping.originalLine - 1 - previousOriginalLine);
          previousOriginalLine = mapping.originalLine - 1;
          next += base64VLQ.encode(mapping.originalColumn - previousOriginalColumn);
          previousOriginalColumn = mapping.originalColumn;
          if (mapping.name != null) {
            nameIdx = this._names.indexOf(mapping.name);
            next += base64VLQ.encode(nameIdx - previousName);
            previousName = nameIdx;
          }
        }
        result += next;
      }
      return result;
    };
    SourceMapGenerator.prototype._generateSourcesContent = function SourceMapGenerator_generateSourcesContent(aSources, aSourceRoot) {
      return aSources.map(function(source) {
        if (!this._sourcesContents) {
          return null;
        }
        if (aSourceRoot != null) {
          source = util.relative(aSourceRoot, source);
        }
        var key2 = util.toSetString(source);
        return Object.prototype.hasOwnProperty.call(this._sourcesContents, key2) ? this._sourcesContents[key2] : null;
      }, this);
    };
    SourceMapGenerator.prototype.toJSON = function SourceMapGenerator_toJSON() {
      var map = {
        version: this._version,
        sources: this._sources.toArray(),
        names: this._names.toArray(),
        mappings: this._serializeMappings()
      };
      if (this._file != null) {
        map.file = this._file;
      }
      if (this._sourceRoot != null) {
        map.sourceRoot = this._sourceRoot;
      }
      if (this._sourcesContents) {
        map.sourcesContent = this._generateSourcesContent(map.sources, map.sourceRoot);
      }
      return map;
    };
    SourceMapGenerator.prototype.toString = function SourceMapGenerator_toString() {
      return JSON.stringify(this.toJSON());
    };
    exports.SourceMapGenerator = SourceMapGenerator;
  }
});

// node_modules/source-map/lib/binary-search.js
var require_binary_search = __commonJS({
  "node_modules/source-map/lib/binary-search.js"(exports) {
    exports.GREATEST_LOWER_BOUND = 1;
    exports.LEAST_UPPER_BOUND = 2;
    function recursiveSearch(aLow, aHigh, aNeedle, aHaystack, aCompare, aBias) {
      var mid = Math.floor((aHigh - aLow) / 2) + aLow;
      var cmp = aCompare(aNeedle, aHaystack[mid], true);
      if (cmp === 0) {
        return mid;
      } else if (cmp > 0) {
        if (aHigh - mid > 1) {
          return recursiveSearch(mid, aHigh, aNeedle, aHaystack, aCompare, aBias);
        }
        if (aBias == exports.LEAST_UPPER_BOUND) {
          return aHigh < aHaystack.length ? aHigh : -1;
        } else {
          return mid;
        }
      } else {
        if (mid - aLow > 1) {
          return recursiveSearch(aLow, mid, aNeedle, aHaystack, aCompare, aBias);
        }
        if (aBias == exports.LEAST_UPPER_BOUND) {
          return mid;
        } else {
          return aLow < 0 ? -1 : aLow;
        }
      }
    }
    exports.search = function search(aNeedle, aHaystack, aCompare, aBias) {
      if (aHaystack.length === 0) {
        return -1;
      }
      var index = recursiveSearch(
        -1,
        aHaystack.length,
        aNeedle,
        aHaystack,
        aCompare,
        aBias || exports.GREATEST_LOWER_BOUND
      );
      if (index < 0) {
        return -1;
      }
      while (index - 1 >= 0) {
        if (aCompare(aHaystack[index], aHaystack[index - 1], true) !== 0) {
          break;
        }
        --index;
      }
      return index;
    };
  }
});

// node_modules/source-map/lib/quick-sort.js
var require_quick_sort = __commonJS({
  "node_modules/source-map/lib/quick-sort.js"(exports) {
    function swap(ary, x, y) {
      var temp = ary[x];
      ary[x] = ary[y];
      ary[y] = temp;
    }
    function randomIntInRange(low, high) {
      return Math.round(low + Math.random() * (high - low));
    }
    function doQuickSort(ary, comparator, p, r) {
      if (p < r) {
        var pivotIndex = randomIntInRange(p, r);
        var i = p - 1;
        swap(ary, pivotIndex, r);
        var pivot = ary[r];
        for (var j = p; j < r; j++) {
          if (comparator(ary[j], pivot) <= 0) {
            i += 1;
            swap(ary, i, j);
          }
        }
        swap(ary, i + 1, j);
        var q = i + 1;
        doQuickSort(ary, comparator, p, q - 1);
        doQuickSort(ary, comparator, q + 1, r);
      }
    }
    exports.quickSort = function(ary, comparator) {
      doQuickSort(ary, comparator, 0, ary.length - 1);
    };
  }
});

// node_modules/source-map/lib/source-map-consumer.js
var require_source_map_consumer = __commonJS({
  "node_modules/source-map/lib/source-map-consumer.js"(exports) {
    var util = require_util();
    var binarySearch = require_binary_search();
    var ArraySet = require_array_set().ArraySet;
    var base64VLQ = require_base64_vlq();
    var quickSort = require_quick_sort().quickSort;
    function SourceMapConsumer(aSourceMap, aSourceMapURL) {
      var sourceMap = aSourceMap;
      if (typeof aSourceMap === "string") {
        sourceMap = util.parseSourceMapInput(aSourceMap);
      }
      return sourceMap.sections != null ? new IndexedSourceMapConsumer(sourceMap, aSourceMapURL) : new BasicSourceMapConsumer(sourceMap, aSourceMapURL);
    }
    SourceMapConsumer.fromSourceMap = function(aSourceMap, aSourceMapURL) {
      return BasicSourceMapConsumer.fromSourceMap(aSourceMap, aSourceMapURL);
    };
    SourceMapConsumer.prototype._version = 3;
    SourceMapConsumer.prototype.__generatedMappings = null;
    Object.defineProperty(SourceMapConsumer.prototype, "_generatedMappings", {
      configurable: true,
      enumerable: true,
      get: function() {
        if (!this.__generatedMappings) {
          this._parseMappings(this._mappings, this.sourceRoot);
        }
        return this.__generatedMappings;
      }
    });
    SourceMapConsumer.prototype.__originalMappings = null;
    Object.defineProperty(SourceMapConsumer.prototype, "_originalMappings", {
      configurable: true,
      enumerable: true,
      get: function() {
        if (!this.__originalMappings) {
          this._parseMappings(this._mappings, this.sourceRoot);
        }
        return this.__originalMappings;
      }
    });
    SourceMapConsumer.prototype._charIsMappingSeparator = function SourceMapConsumer_charIsMappingSeparator(aStr, index) {
      var c = aStr.charAt(index);
      return c === ";" || c === ",";
    };
    SourceMapConsumer.prototype._parseMappings = function SourceMapConsumer_parseMappings(aStr, aSourceRoot) {
      throw new Error("Subclasses must implement _parseMappings");
    };
    SourceMapConsumer.GENERATED_ORDER = 1;
    SourceMapConsumer.ORIGINAL_ORDER = 2;
    SourceMapConsumer.GREATEST_LOWER_BOUND = 1;
    SourceMapConsumer.LEAST_UPPER_BOUND = 2;
    SourceMapConsumer.prototype.eachMapping = function SourceMapConsumer_eachMapping(aCallback, aContext, aOrder) {
      var context = aContext || null;
      var order = aOrder || SourceMapConsumer.GENERATED_ORDER;
      var mappings;
      switch (order) {
        case SourceMapConsumer.GENERATED_ORDER:
          mappings = this._generatedMappings;
          break;
        case SourceMapConsumer.ORIGINAL_ORDER:
          mappings = this._originalMappings;
          break;
        default:
          throw new Error("Unknown order of iteration.");
      }
      var sourceRoot = this.sourceRoot;
      mappings.map(function(mapping) {
        var source = mapping.source === null ? null : this._sources.at(mapping.source);
        source = util.computeSourceURL(sourceRoot, source, this._sourceMapURL);
        return {
          source,
          generatedLine: mapping.generatedLine,
          generatedColumn: mapping.generatedColumn,
          originalLine: mapping.originalLine,
          originalColumn: mapping.originalColumn,
          name: mapping.name === null ? null : this._names.at(mapping.name)
        };
      }, this).forEach(aCallback, context);
    };
    SourceMapConsumer.prototype.allGeneratedPositionsFor = function SourceMapConsumer_allGeneratedPositionsFor(aArgs) {
      var line = util.getArg(aArgs, "line");
      var needle = {
        source: util.getArg(aArgs, "source"),
        originalLine: line,
        originalColumn: util.getArg(aArgs, "column", 0)
      };
      needle.source = this._findSourceIndex(needle.source);
      if (needle.source < 0) {
        return [];
      }
      var mappings = [];
      var index = this._findMapping(
        needle,
        this._originalMappings,
        "originalLine",
        "originalColumn",
        util.compareByOriginalPositions,
        binarySearch.LEAST_UPPER_BOUND
      );
      if (index >= 0) {
        var mapping = this._originalMappings[index];
        if (aArgs.column === void 0) {
          var originalLine = mapping.originalLine;
          while (mapping && mapping.originalLine === originalLine) {
            mappings.push({
              line: util.getArg(mapping, "generatedLine", null),
              column: util.getArg(mapping, "generatedColumn", null),
              lastColumn: util.getArg(mapping, "lastGeneratedColumn", null)
            });
            mapping = this._originalMappings[++index];
          }
        } else {
          var originalColumn = mapping.originalColumn;
          while (mapping && mapping.originalLine === line && mapping.originalColumn == originalColumn) {
            mappings.push({
              line: util.getArg(mapping, "generatedLine", null),
              column: util.getArg(mapping, "generatedColumn", null),
              lastColumn: util.getArg(mapping, "lastGeneratedColumn", null)
            });
            mapping = this._originalMappings[++index];
          }
        }
      }
      return mappings;
    };
    exports.SourceMapConsumer = SourceMapConsumer;
    function BasicSourceMapConsumer(aSourceMap, aSourceMapURL) {
      var sourceMap = aSourceMap;
      if (typeof aSourceMap === "string") {
        sourceMap = util.parseSourceMapInput(aSourceMap);
      }
      var version = util.getArg(sourceMap, "version");
      var sources = util.getArg(sourceMap, "sources");
      var names = util.getArg(sourceMap, "names", []);
      var sourceRoot = util.getArg(sourceMap, "sourceRoot", null);
      var sourcesContent = util.getArg(sourceMap, "sourcesContent", null);
      var mappings = util.getArg(sourceMap, "mappings");
      var file = util.getArg(sourceMap, "file", null);
      if (version != this._version) {
        throw new Error("Unsupported version: " + version);
      }
      if (sourceRoot) {
        sourceRoot = util.normalize(sourceRoot);
      }
      sources = sources.map(String).map(util.normalize).map(function(source) {
        return sourceRoot && util.isAbsolute(sourceRoot) && util.isAbsolute(source) ? util.relative(sourceRoot, source) : source;
      });
      this._names = ArraySet.fromArray(names.map(String), true);
      this._sources = ArraySet.fromArray(sources, true);
      this._absoluteSources = this._sources.toArray().map(function(s) {
        return util.computeSourceURL(sourceRoot, s, aSourceMapURL);
      });
      this.sourceRoot = sourceRoot;
      this.sourcesContent = sourcesContent;
      this._mappings = mappings;
      this._sourceMapURL = aSourceMapURL;
      this.file = file;
    }
    BasicSourceMapConsumer.prototype = Object.create(SourceMapConsumer.prototype);
    BasicSourceMapConsumer.prototype.consumer = SourceMapConsumer;
    BasicSourceMapConsumer.prototype._findSourceIndex = function(aSource) {
      var relativeSource = aSource;
      if (this.sourceRoot != null) {
        relativeSource = util.relative(this.sourceRoot, relativeSource);
      }
      if (this._sources.has(relativeSource)) {
        return this._sources.indexOf(relativeSource);
      }
      var i;
      for (i = 0; i < this._absoluteSources.length; ++i) {
        if (this._absoluteSources[i] == aSource) {
          return i;
        }
      }
      return -1;
    };
    BasicSourceMapConsumer.fromSourceMap = function SourceMapConsumer_fromSourceMap(aSourceMap, aSourceMapURL) {
      var smc = Object.create(BasicSourceMapConsumer.prototype);
      var names = smc._names = ArraySet.fromArray(aSourceMap._names.toArray(), true);
      var sources = smc._sources = ArraySet.fromArray(aSourceMap._sources.toArray(), true);
      smc.sourceRoot = aSourceMap._sourceRoot;
      smc.sourcesContent = aSourceMap._generateSourcesContent(
        smc._sources.toArray(),
        smc.sourceRoot
      );
      smc.file = aSourceMap._file;
      smc._sourceMapURL = aSourceMapURL;
      smc._absoluteSources = smc._sources.toArray().map(function(s) {
        return util.computeSourceURL(smc.sourceRoot, s, aSourceMapURL);
      });
      var generatedMappings = aSourceMap._mappings.toArray().slice();
      var destGeneratedMappings = smc.__generatedMappings = [];
      var destOriginalMappings = smc.__originalMappings = [];
      for (var i = 0, length = generatedMappings.length; i < length; i++) {
        var srcMapping = generatedMappings[i];
        var destMapping = new Mapping();
        destMapping.generatedLine = srcMapping.generatedLine;
        destMapping.generatedColumn = srcMapping.generatedColumn;
        if (srcMapping.source) {
          destMapping.source = sources.indexOf(srcMapping.source);
          destMapping.originalLine = srcMapping.originalLine;
          destMapping.originalColumn = srcMapping.originalColumn;
          if (srcMapping.name) {
            destMapping.name = names.indexOf(srcMapping.name);
          }
          destOriginalMappings.push(destMapping);
        }
        destGeneratedMappings.push(destMapping);
      }
      quickSort(smc.__originalMappings, util.compareByOriginalPositions);
      return smc;
    };
    BasicSourceMapConsumer.prototype._version = 3;
    Object.defineProperty(BasicSourceMapConsumer.prototype, "sources", {
      get: function() {
        return this._absoluteSources.slice();
      }
    });
    function Mapping() {
      this.generatedLine = 0;
      this.generatedColumn = 0;
      this.source = null;
      this.originalLine = null;
      this.originalColumn = null;
      this.name = null;
    }
    BasicSourceMapConsumer.prototype._parseMappings = function SourceMapConsumer_parseMappings(aStr, aSourceRoot) {
      var generatedLine = 1;
      var previousGeneratedColumn = 0;
      var previousOriginalLine = 0;
      var previousOriginalColumn = 0;
      var previousSource = 0;
      var previousName = 0;
      var length = aStr.length;
      var index = 0;
      var cachedSegments = {};
      var temp = {};
      var originalMappings = [];
      var generatedMappings = [];
      var mapping, str, segment, end, value;
      while (index < length) {
        if (aStr.charAt(index) === ";") {
          generatedLine++;
          index++;
          previousGeneratedColumn = 0;
        } else if (aStr.charAt(index) === ",") {
          index++;
        } else {
          mapping = new Mapping();
          mapping.generatedLine = generatedLine;
          for (end = index; end < length; end++) {
            if (this._charIsMappingSeparator(aStr, end)) {
              break;
            }
          }
          str = aStr.slice(index, end);
          segment = cachedSegments[str];
          if (segment) {
            index += str.length;
          } else {
            segment = [];
            while (index < end) {
              base64VLQ.decode(aStr, index, temp);
              value = temp.value;
              index = temp.rest;
              segment.push(value);
            }
            if (segment.length === 2) {
              throw new Error("Found a source, but no line and column");
            }
            if (segment.length === 3) {
              throw new Error("Found a source and line, but no column");
            }
            cachedSegments[str] = segment;
          }
          mapping.generatedColumn = previousGeneratedColumn + segment[0];
          previousGeneratedColumn = mapping.generatedColumn;
          if (segment.length > 1) {
            mapping.source = previousSource + segment[1];
            previousSource += segment[1];
            mapping.originalLine = previousOriginalLine + segment[2];
            previousOriginalLine = mapping.originalLine;
            mapping.originalLine += 1;
            mapping.originalColumn = previousOriginalColumn + segment[3];
            previousOriginalColumn = mapping.originalColumn;
            if (segment.length > 4) {
              mapping.name = previousName + segment[4];
              previousName += segment[4];
            }
          }
          generatedMappings.push(mapping);
          if (typeof mapping.originalLine === "number") {
            originalMappings.push(mapping);
          }
        }
      }
      quickSort(generatedMappings, util.compareByGeneratedPositionsDeflated);
      this.__generatedMappings = generatedMappings;
      quickSort(originalMappings, util.compareByOriginalPositions);
      this.__originalMappings = originalMappings;
    };
    BasicSourceMapConsumer.prototype._findMapping = function SourceMapConsumer_findMapping(aNeedle, aMappings, aLineName, aColumnName, aComparator, aBias) {
      if (aNeedle[aLineName] <= 0) {
        throw new TypeError("Line must be greater than or equal to 1, got " + aNeedle[aLineName]);
      }
      if (aNeedle[aColumnName] < 0) {
        throw new TypeError("Column must be greater than or equal to 0, got " + aNeedle[aColumnName]);
      }
      return binarySearch.search(aNeedle, aMappings, aComparator, aBias);
    };
    BasicSourceMapConsumer.prototype.computeColumnSpans = function SourceMapConsumer_computeColumnSpans() {
      for (var index = 0; index < this._generatedMappings.length; ++index) {
        var mapping = this._generatedMappings[index];
        if (index + 1 < this._generatedMappings.length) {
          var nextMapping = this._generatedMappings[index + 1];
          if (mapping.generatedLine === nextMapping.generatedLine) {
            mapping.lastGeneratedColumn = nextMapping.generatedColumn - 1;
            continue;
          }
        }
        mapping.lastGeneratedColumn = Infinity;
      }
    };
    BasicSourceMapConsumer.prototype.originalPositionFor = function SourceMapConsumer_originalPositionFor(aArgs) {
      var needle = {
        generatedLine: util.getArg(aArgs, "line"),
        generatedColumn: util.getArg(aArgs, "column")
      };
      var index = this._findMapping(
        needle,
        this._generatedMappings,
        "generatedLine",
        "generatedColumn",
        util.compareByGeneratedPositionsDeflated,
        util.getArg(aArgs, "bias", SourceMapConsumer.GREATEST_LOWER_BOUND)
      );
      if (index >= 0) {
        var mapping = this._generatedMappings[index];
        if (mapping.generatedLine === needle.generatedLine) {
          var source = util.getArg(mapping, "source", null);
          if (source !== null) {
            source = this._sources.at(source);
            source = util.computeSourceURL(this.sourceRoot, source, this._sourceMapURL);
          }
          var name = util.getArg(mapping, "name", null);
          if (name !== null) {
            name = this._names.at(name);
          }
          return {
            source,
            line: util.getArg(mapping, "originalLine", null),
            column: util.getArg(mapping, "originalColumn", null),
            name
          };
        }
      }
      return {
        source: null,
        line: null,
        column: null,
        name: null
      };
    };
    BasicSourceMapConsumer.prototype.hasContentsOfAllSources = function BasicSourceMapConsumer_hasContentsOfAllSources() {
      if (!this.sourcesContent) {
        return false;
      }
      return this.sourcesContent.length >= this._sources.size() && !this.sourcesContent.some(function(sc) {
        return sc == null;
      });
    };
    BasicSourceMapConsumer.prototype.sourceContentFor = function SourceMapConsumer_sourceContentFor(aSource, nullOnMissing) {
      if (!this.sourcesContent) {
        return null;
      }
      var index = this._findSourceIndex(aSource);
      if (index >= 0) {
        return this.sourcesContent[index];
      }
      var relativeSource = aSource;
      if (this.sourceRoot != null) {
        relativeSource = util.relative(this.sourceRoot, relativeSource);
      }
      var url;
      if (this.sourceRoot != null && (url = util.urlParse(this.sourceRoot))) {
        var fileUriAbsPath = relativeSource.replace(/^file:\/\//, "");
        if (url.scheme == "file" && this._sources.has(fileUriAbsPath)) {
          return this.sourcesContent[this._sources.indexOf(fileUriAbsPath)];
        }
        if ((!url.path || url.path == "/") && this._sources.has("/" + relativeSource)) {
          return this.sourcesContent[this._sources.indexOf("/" + relativeSource)];
        }
      }
      if (nullOnMissing) {
        return null;
      } else {
        throw new Error('"' + relativeSource + '" is not in the SourceMap.');
      }
    };
    BasicSourceMapConsumer.prototype.generatedPositionFor = function SourceMapConsumer_generatedPositionFor(aArgs) {
      var source = util.getArg(aArgs, "source");
      source = this._findSourceIndex(source);
      if (source < 0) {
        return {
          line: null,
          column: null,
          lastColumn: null
        };
      }
      var needle = {
        source,
        originalLine: util.getArg(aArgs, "line"),
        originalColumn: util.getArg(aArgs, "column")
      };
      var index = this._findMapping(
        needle,
        this._originalMappings,
        "originalLine",
        "originalColumn",
        util.compareByOriginalPositions,
        util.getArg(aArgs, "bias", SourceMapConsumer.GREATEST_LOWER_BOUND)
      );
      if (index >= 0) {
        var mapping = this._originalMappings[index];
        if (mapping.source === needle.source) {
          return {
            line: util.getArg(mapping, "generatedLine", null),
            column: util.getArg(mapping, "generatedColumn", null),
            lastColumn: util.getArg(mapping, "lastGeneratedColumn", null)
          };
        }
      }
      return {
        line: null,
        column: null,
        lastColumn: null
      };
    };
    exports.BasicSourceMapConsumer = BasicSourceMapConsumer;
    function IndexedSourceMapConsumer(aSourceMap, aSourceMapURL) {
      var sourceMap = aSourceMap;
      if (typeof aSourceMap === "string") {
        sourceMap = util.parseSourceMapInput(aSourceMap);
      }
      var version = util.getArg(sourceMap, "version");
      var sections = util.getArg(sourceMap, "sections");
      if (version != this._version) {
        throw new Error("Unsupported version: " + version);
      }
      this._sources = new ArraySet();
      this._names = new ArraySet();
      var lastOffset = {
        line: -1,
        column: 0
      };
      this._sections = sections.map(function(s) {
        if (s.url) {
          throw new Error("Support for url field in sections not implemented.");
        }
        var offset = util.getArg(s, "offset");
        var offsetLine = util.getArg(offset, "line");
        var offsetColumn = util.getArg(offset, "column");
        if (offsetLine < lastOffset.line || offsetLine === lastOffset.line && offsetColumn < lastOffset.column) {
          throw new Error("Section offsets must be ordered and non-overlapping.");
        }
        lastOffset = offset;
        return {
          generatedOffset: {
            // The offset fields are 0-based, but we use 1-based indices when
            // encoding/decoding from VLQ.
            generatedLine: offsetLine + 1,
            generatedColumn: offsetColumn + 1
          },
          consumer: new SourceMapConsumer(util.getArg(s, "map"), aSourceMapURL)
        };
      });
    }
    IndexedSourceMapConsumer.prototype = Object.create(SourceMapConsumer.prototype);
    IndexedSourceMapConsumer.prototype.constructor = SourceMapConsumer;
    IndexedSourceMapConsumer.prototype._version = 3;
    Object.defineProperty(IndexedSourceMapConsumer.prototype, "sources", {
      get: function() {
        var sources = [];
        for (var i = 0; i < this._sections.length; i++) {
          for (var j = 0; j < this._sections[i].consumer.sources.length; j++) {
            sources.push(this._sections[i].consumer.sources[j]);
          }
        }
        return sources;
      }
    });
    IndexedSourceMapConsumer.prototype.originalPositionFor = function IndexedSourceMapConsumer_originalPositionFor(aArgs) {
      var needle = {
        generatedLine: util.getArg(aArgs, "line"),
        generatedColumn: util.getArg(aArgs, "column")
      };
      var sectionIndex = binarySearch.search(
        needle,
        this._sections,
        function(needle2, section2) {
          var cmp = needle2.generatedLine - section2.generatedOffset.generatedLine;
          if (cmp) {
            return cmp;
          }
          return needle2.generatedColumn - section2.generatedOffset.generatedColumn;
        }
      );
      var section = this._sections[sectionIndex];
      if (!section) {
        return {
          source: null,
          line: null,
          column: null,
          name: null
        };
      }
      return section.consumer.originalPositionFor({
        line: needle.generatedLine - (section.generatedOffset.generatedLine - 1),
        column: needle.generatedColumn - (section.generatedOffset.generatedLine === needle.generatedLine ? section.generatedOffset.generatedColumn - 1 : 0),
        bias: aArgs.bias
      });
    };
    IndexedSourceMapConsumer.prototype.hasContentsOfAllSources = function IndexedSourceMapConsumer_hasContentsOfAllSources() {
      return this._sections.every(function(s) {
        return s.consumer.hasContentsOfAllSources();
      });
    };
    IndexedSourceMapConsumer.prototype.sourceContentFor = function IndexedSourceMapConsumer_sourceContentFor(aSource, nullOnMissing) {
      for (var i = 0; i < this._sections.length; i++) {
        var section = this._sections[i];
        var content = section.consumer.sourceContentFor(aSource, true);
        if (content) {
          return content;
        }
      }
      if (nullOnMissing) {
        return null;
      } else {
        throw new Error('"' + aSource + '" is not in the SourceMap.');
      }
    };
    IndexedSourceMapConsumer.prototype.generatedPositionFor = function IndexedSourceMapConsumer_generatedPositionFor(aArgs) {
      for (var i = 0; i < this._sections.length; i++) {
        var section = this._sections[i];
        if (section.consumer._findSourceIndex(util.getArg(aArgs, "source")) === -1) {
          continue;
        }
        var generatedPosition = section.consumer.generatedPositionFor(aArgs);
        if (generatedPosition) {
          var ret = {
            line: generatedPosition.line + (section.generatedOffset.generatedLine - 1),
            column: generatedPosition.column + (section.generatedOffset.generatedLine === generatedPosition.line ? section.generatedOffset.generatedColumn - 1 : 0)
          };
          return ret;
        }
      }
      return {
        line: null,
        column: null
      };
    };
    IndexedSourceMapConsumer.prototype._parseMappings = function IndexedSourceMapConsumer_parseMappings(aStr, aSourceRoot) {
      this.__generatedMappings = [];
      this.__originalMappings = [];
      for (var i = 0; i < this._sections.length; i++) {
        var section = this._sections[i];
        var sectionMappings = section.consumer._generatedMappings;
        for (var j = 0; j < sectionMappings.length; j++) {
          var mapping = sectionMappings[j];
          var source = section.consumer._sources.at(mapping.source);
          source = util.computeSourceURL(section.consumer.sourceRoot, source, this._sourceMapURL);
          this._sources.add(source);
          source = this._sources.indexOf(source);
          var name = null;
          if (mapping.name) {
            name = section.consumer._names.at(mapping.name);
            this._names.add(name);
            name = this._names.indexOf(name);
          }
          var adjustedMapping = {
            source,
            generatedLine: mapping.generatedLine + (section.generatedOffset.generatedLine - 1),
            generatedColumn: mapping.generatedColumn + (section.generatedOffset.generatedLine === mapping.generatedLine ? section.generatedOffset.generatedColumn - 1 : 0),
            originalLine: mapping.originalLine,
            originalColumn: mapping.originalColumn,
            name
          };
          this.__generatedMappings.push(adjustedMapping);
          if (typeof adjustedMapping.originalLine === "number") {
            this.__originalMappings.push(adjustedMapping);
          }
        }
      }
      quickSort(this.__generatedMappings, util.compareByGeneratedPositionsDeflated);
      quickSort(this.__originalMappings, util.compareByOriginalPositions);
    };
    exports.IndexedSourceMapConsumer = IndexedSourceMapConsumer;
  }
});

// node_modules/source-map/lib/source-node.js
var require_source_node = __commonJS({
  "node_modules/source-map/lib/source-node.js"(exports) {
    var SourceMapGenerator = require_source_map_generator().SourceMapGenerator;
    var util = require_util();
    var REGEX_NEWLINE = /(\r?\n)/;
    var NEWLINE_CODE = 10;
    var isSourceNode = "$$$isSourceNode$$$";
    function SourceNode(aLine, aColumn, aSource, aChunks, aName) {
      this.children = [];
      this.sourceContents = {};
      this.line = aLine == null ? null : aLine;
      this.column = aColumn == null ? null : aColumn;
      this.source = aSource == null ? null : aSource;
      this.name = aName == null ? null : aName;
      this[isSourceNode] = true;
      if (aChunks != null) this.add(aChunks);
    }
    SourceNode.fromStringWithSourceMap = function SourceNode_fromStringWithSourceMap(aGeneratedCode, aSourceMapConsumer, aRelativePath) {
      var node = new SourceNode();
      var remainingLines = aGeneratedCode.split(REGEX_NEWLINE);
      var remainingLinesIndex = 0;
      var shiftNextLine = function() {
        var lineContents = getNextLine();
        var newLine = getNextLine() || "";
        return lineContents + newLine;
        function getNextLine() {
          return remainingLinesIndex < remainingLines.length ? remainingLines[remainingLinesIndex++] : void 0;
        }
      };
      var lastGeneratedLine = 1, lastGeneratedColumn = 0;
      var lastMapping = null;
      aSourceMapConsumer.eachMapping(function(mapping) {
        if (lastMapping !== null) {
          if (lastGeneratedLine < mapping.generatedLine) {
            addMappingWithCode(lastMapping, shiftNextLine());
            lastGeneratedLine++;
            lastGeneratedColumn = 0;
          } else {
            var nextLine = remainingLines[remainingLinesIndex] || "";
            var code = nextLine.substr(0, mapping.generatedColumn - lastGeneratedColumn);
            remainingLines[remainingLinesIndex] = nextLine.substr(mapping.generatedColumn - lastGeneratedColumn);
            lastGeneratedColumn = mapping.generatedColumn;
            addMappingWithCode(lastMapping, code);
            lastMapping = mapping;
            return;
          }
        }
        while (lastGeneratedLine < mapping.generatedLine) {
          node.add(shiftNextLine());
          lastGeneratedLine++;
        }
        if (lastGeneratedColumn < mapping.generatedColumn) {
          var nextLine = remainingLines[remainingLinesIndex] || "";
          node.add(nextLine.substr(0, mapping.generatedColumn));
          remainingLines[remainingLinesIndex] = nextLine.substr(mapping.generatedColumn);
          lastGeneratedColumn = mapping.generatedColumn;
        }
        lastMapping = mapping;
      }, this);
      if (remainingLinesIndex < remainingLines.length) {
        if (lastMapping) {
          addMappingWithCode(lastMapping, shiftNextLine());
        }
        node.add(remainingLines.splice(remainingLinesIndex).join(""));
      }
      aSourceMapConsumer.sources.forEach(function(sourceFile) {
        var content = aSourceMapConsumer.sourceContentFor(sourceFile);
        if (content != null) {
          if (aRelativePath != null) {
            sourceFile = util.join(aRelativePath, sourceFile);
          }
          node.setSourceContent(sourceFile, content);
        }
      });
      return node;
      function addMappingWithCode(mapping, code) {
        if (mapping === null || mapping.source === void 0) {
          node.add(code);
        } else {
          var source = aRelativePath ? util.join(aRelativePath, mapping.source) : mapping.source;
          node.add(new SourceNode(
            mapping.originalLine,
            mapping.originalColumn,
            source,
            code,
            mapping.name
          ));
        }
      }
    };
    SourceNode.prototype.add = function SourceNode_add(aChunk) {
      if (Array.isArray(aChunk)) {
        aChunk.forEach(function(chunk) {
          this.add(chunk);
        }, this);
      } else if (aChunk[isSourceNode] || typeof aChunk === "string") {
        if (aChunk) {
          this.children.push(aChunk);
        }
      } else {
        throw new TypeError(
          "Expected a SourceNode, string, or an array of SourceNodes and strings. Got " + aChunk
        );
      }
      return this;
    };
    SourceNode.prototype.prepend = function SourceNode_prepend(aChunk) {
      if (Array.isArray(aChunk)) {
        for (var i = aChunk.length - 1; i >= 0; i--) {
          this.prepend(aChunk[i]);
        }
      } else if (aChunk[isSourceNode] || typeof aChunk === "string") {
        this.children.unshift(aChunk);
      } else {
        throw new TypeError(
          "Expected a SourceNode, string, or an array of SourceNodes and strings. Got " + aChunk
        );
      }
      return this;
    };
    SourceNode.prototype.walk = function SourceNode_walk(aFn) {
      var chunk;
      for (var i = 0, len = this.children.length; i < len; i++) {
        chunk = this.children[i];
        if (chunk[isSourceNode]) {
          chunk.walk(aFn);
        } else {
          if (chunk !== "") {
            aFn(chunk, {
              source: this.source,
              line: this.line,
              column: this.column,
              name: this.name
            });
          }
        }
      }
    };
    SourceNode.prototype.join = function SourceNode_join(aSep) {
      var newChildren;
      var i;
      var len = this.children.length;
      if (len > 0) {
        newChildren = [];
        for (i = 0; i < len - 1; i++) {
          newChildren.push(this.children[i]);
          newChildren.push(aSep);
        }
        newChildren.push(this.children[i]);
        this.children = newChildren;
      }
      return this;
    };
    SourceNode.prototype.replaceRight = function SourceNode_replaceRight(aPattern, aReplacement) {
      var lastChild = this.children[this.children.length - 1];
      if (lastChild[isSourceNode]) {
        lastChild.replaceRight(aPattern, aReplacement);
      } else if (typeof lastChild === "string") {
        this.children[this.children.length - 1] = lastChild.replace(aPattern, aReplacement);
      } else {
        this.children.push("".replace(aPattern, aReplacement));
      }
      return this;
    };
    SourceNode.prototype.setSourceContent = function SourceNode_setSourceContent(aSourceFile, aSourceContent) {
      this.sourceContents[util.toSetString(aSourceFile)] = aSourceContent;
    };
    SourceNode.prototype.walkSourceContents = function SourceNode_walkSourceContents(aFn) {
      for (var i = 0, len = this.children.length; i < len; i++) {
        if (this.children[i][isSourceNode]) {
          this.children[i].walkSourceContents(aFn);
        }
      }
      var sources = Object.keys(this.sourceContents);
      for (var i = 0, len = sources.length; i < len; i++) {
        aFn(util.fromSetString(sources[i]), this.sourceContents[sources[i]]);
      }
    };
    SourceNode.prototype.toString = function SourceNode_toString() {
      var str = "";
      this.walk(function(chunk) {
        str += chunk;
      });
      return str;
    };
    SourceNode.prototype.toStringWithSourceMap = function SourceNode_toStringWithSourceMap(aArgs) {
      var generated = {
        code: "",
        line: 1,
        column: 0
      };
      var map = new SourceMapGenerator(aArgs);
      var sourceMappingActive = false;
      var lastOriginalSource = null;
      var lastOriginalLine = null;
      var lastOriginalColumn = null;
      var lastOriginalName = null;
      this.walk(function(chunk, original) {
        generated.code += chunk;
        if (original.source !== null && original.line !== null && original.column !== null) {
          if (lastOriginalSource !== original.source || lastOriginalLine !== original.line || lastOriginalColumn !== original.column || lastOriginalName !== original.name) {
            map.addMapping({
              source: original.source,
              original: {
                line: original.line,
                column: original.column
              },
              generated: {
                line: generated.line,
                column: generated.column
              },
              name: original.name
            });
          }
          lastOriginalSource = original.source;
          lastOriginalLine = original.line;
          lastOriginalColumn = original.column;
          lastOriginalName = original.name;
          sourceMappingActive = true;
        } else if (sourceMappingActive) {
          map.addMapping({
            generated: {
              line: generated.line,
              column: generated.column
            }
          });
          lastOriginalSource = null;
          sourceMappingActive = false;
        }
        for (var idx = 0, length = chunk.length; idx < length; idx++) {
          if (chunk.charCodeAt(idx) === NEWLINE_CODE) {
            generated.line++;
            generated.column = 0;
            if (idx + 1 === length) {
              lastOriginalSource = null;
              sourceMappingActive = false;
            } else if (sourceMappingActive) {
              map.addMapping({
                source: original.source,
                original: {
                  line: original.line,
                  column: original.column
                },
                generated: {
                  line: generated.line,
                  column: generated.column
                },
                name: original.name
              });
            }
          } else {
            generated.column++;
          }
        }
      });
      this.walkSourceContents(function(sourceFile, sourceContent) {
        map.setSourceContent(sourceFile, sourceContent);
      });
      return { code: generated.code, map };
    };
    exports.SourceNode = SourceNode;
  }
});

// node_modules/source-map/source-map.js
var require_source_map = __commonJS({
  "node_modules/source-map/source-map.js"(exports) {
    exports.SourceMapGenerator = require_source_map_generator().SourceMapGenerator;
    exports.SourceMapConsumer = require_source_map_consumer().SourceMapConsumer;
    exports.SourceNode = require_source_node().SourceNode;
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/code-gen.js
var require_code_gen = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/code-gen.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.safeJsonLiteral = safeJsonLiteral;
    var _utils = require_utils();
    var NEEDS_ESCAPING = /[\x00-\x1f\\"\u2028\u2029<\ud800-\udfff]/;
    var SCRIPT_DELIMITERS = /<(?=!--|\/?script)/gi;
    function escapeScriptDelimiters(code) {
      return code.replace(SCRIPT_DELIMITERS, "\\u003C");
    }
    function escapeSurrogate(surrogate) {
      return "\\u" + surrogate.charCodeAt(0).toString(16);
    }
    function safeJsonLiteral(value) {
      return escapeScriptDelimiters(JSON.stringify(value).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029").replace(/[\ud800-\udfff]/g, escapeSurrogate));
    }
    var SourceNode = void 0;
    try {
      if (typeof define !== "function" || !define.amd) {
        SourceMap = require_source_map();
        SourceNode = SourceMap.SourceNode;
      }
    } catch (err) {
    }
    var SourceMap;
    if (!SourceNode) {
      SourceNode = function(line, column, srcFile, chunks) {
        this.src = "";
        if (chunks) {
          this.add(chunks);
        }
      };
      SourceNode.prototype = {
        add: function add(chunks) {
          if (_utils.isArray(chunks)) {
            chunks = chunks.join("");
          }
          this.src += chunks;
        },
        prepend: function prepend(chunks) {
          if (_utils.isArray(chunks)) {
            chunks = chunks.join("");
          }
          this.src = chunks + this.src;
        },
        toStringWithSourceMap: function toStringWithSourceMap() {
          return { code: this.toString() };
        },
        toString: function toString() {
          return this.src;
        }
      };
    }
    function castChunk(chunk, codeGen, loc) {
      if (_utils.isArray(chunk)) {
        var ret = [];
        for (var i = 0, len = chunk.length; i < len; i++) {
          ret.push(codeGen.wrap(chunk[i], loc));
        }
        return ret;
      } else if (typeof chunk === "boolean" || typeof chunk === "number") {
        return chunk + "";
      }
      return chunk;
    }
    function CodeGen(srcFile) {
      this.srcFile = srcFile;
      this.source = [];
    }
    CodeGen.prototype = {
      isEmpty: function isEmpty() {
        return !this.source.length;
      },
      prepend: function prepend(source, loc) {
        this.source.unshift(this.wrap(source, loc));
      },
      push: function push(source, loc) {
        this.source.push(this.wrap(source, loc));
      },
      merge: function merge() {
        var source = this.empty();
        this.each(function(line) {
          source.add(["  ", line, "\n"]);
        });
        return source;
      },
      each: function each(iter) {
        for (var i = 0, len = this.source.length; i < len; i++) {
          iter(this.source[i]);
        }
      },
      empty: function empty() {
        var loc = this.currentLocation || { start: {} };
        return new SourceNode(loc.start.line, loc.start.column, this.srcFile);
      },
      wrap: function wrap(chunk) {
        var loc = arguments.length <= 1 || arguments[1] === void 0 ? this.currentLocation || { start: {} } : arguments[1];
        if (chunk instanceof SourceNode) {
          return chunk;
        }
        chunk = castChunk(chunk, this, loc);
        return new SourceNode(loc.start.line, loc.start.column, this.srcFile, chunk);
      },
      functionCall: function functionCall(fn, type, params) {
        params = this.generateList(params);
        return this.wrap([fn, type ? "." + type + "(" : "(", params, ")"]);
      },
      quotedString: function quotedString(str) {
        str = str + "";
        if (!NEEDS_ESCAPING.test(str)) {
          return '"' + str + '"';
        }
        return safeJsonLiteral(str);
      },
      objectLiteral: function objectLiteral(obj) {
        var _this = this;
        var pairs = [];
        Object.keys(obj).forEach(function(key2) {
          var value = castChunk(obj[key2], _this);
          if (value !== "undefined") {
            pairs.push([_this.quotedString(key2), ":", value]);
          }
        });
        var ret = this.generateList(pairs);
        ret.prepend("{");
        ret.add("}");
        return ret;
      },
      generateList: function generateList(entries) {
        var ret = this.empty();
        for (var i = 0, len = entries.length; i < len; i++) {
          if (i) {
            ret.add(",");
          }
          ret.add(castChunk(entries[i], this));
        }
        return ret;
      },
      generateArray: function generateArray(entries) {
        var ret = this.generateList(entries);
        ret.prepend("[");
        ret.add("]");
        return ret;
      }
    };
    exports["default"] = CodeGen;
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/javascript-compiler.js
var require_javascript_compiler = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/javascript-compiler.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _base = require_base();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _utils = require_utils();
    var _codeGen = require_code_gen();
    var _codeGen2 = _interopRequireDefault(_codeGen);
    function Literal(value) {
      this.value = value;
    }
    function JavaScriptCompiler() {
    }
    JavaScriptCompiler.prototype = {
      // PUBLIC API: You can override these methods in a subclass to provide
      // alternative compiled forms for name lookup and buffering semantics
      nameLookup: function nameLookup(parent, name) {
        return this.internalNameLookup(parent, name);
      },
      depthedLookup: function depthedLookup(name) {
        return [this.aliasable("container.lookup"), "(depths, ", this.quotedString(name), ")"];
      },
      compilerInfo: function compilerInfo() {
        var revision = _base.COMPILER_REVISION, versions = _base.REVISION_CHANGES[revision];
        return [revision, versions];
      },
      appendToBuffer: function appendToBuffer(source, location, explicit) {
        if (!_utils.isArray(source)) {
          source = [source];
        }
        source = this.source.wrap(source, location);
        if (this.environment.isSimple) {
          return ["return ", source, ";"];
        } else if (explicit) {
          return ["buffer += ", source, ";"];
        } else {
          source.appendToBuffer = true;
          return source;
        }
      },
      initializeBuffer: function initializeBuffer() {
        return this.quotedString("");
      },
      // END PUBLIC API
      internalNameLookup: function internalNameLookup(parent, name) {
        this.lookupPropertyFunctionIsUsed = true;
        return ["lookupProperty(", parent, ",", this.quotedString(name), ")"];
      },
      lookupPropertyFunctionIsUsed: false,
      compile: function compile(environment, options, context, asObject) {
        this.environment = environment;
        this.options = options;
        this.stringParams = this.options.stringParams;
        this.trackIds = this.options.trackIds;
        this.precompile = !asObject;
        this.name = this.environment.name;
        this.isChild = !!context;
        this.context = context || {
          decorators: [],
          programs: [],
          environments: []
        };
        this.preamble();
        this.stackSlot = 0;
        this.stackVars = [];
        this.aliases = {};
        this.registers = { list: [] };
        this.hashes = [];
        this.compileStack = [];
        this.inlineStack = [];
        this.blockParams = [];
        this.compileChildren(environment, options);
        this.useDepths = this.useDepths || environment.useDepths || environment.useDecorators || this.options.compat;
        this.useBlockParams = this.useBlockParams || environment.useBlockParams;
        var opcodes = environment.opcodes, opcode = void 0, firstLoc = void 0, i = void 0, l = void 0;
        for (i = 0, l = opcodes.length; i < l; i++) {
          opcode = opcodes[i];
          this.source.currentLocation = opcode.loc;
          firstLoc = firstLoc || opcode.loc;
          this[opcode.opcode].apply(this, opcode.args);
        }
        this.source.currentLocation = firstLoc;
        this.pushSource("");
        if (this.stackSlot || this.inlineStack.length || this.compileStack.length) {
          throw new _exception2["default"]("Compile completed with content left on stack");
        }
        if (!this.decorators.isEmpty()) {
          this.useDecorators = true;
          this.decorators.prepend(["var decorators = container.decorators, ", this.lookupPropertyFunctionVarDeclaration(), ";\n"]);
          this.decorators.push("return fn;");
          if (asObject) {
            this.decorators = Function.apply(this, ["fn", "props", "container", "depth0", "data", "blockParams", "depths", this.decorators.merge()]);
          } else {
            this.decorators.prepend("function(fn, props, container, depth0, data, blockParams, depths) {\n");
            this.decorators.push("}\n");
            this.decorators = this.decorators.merge();
          }
        } else {
          this.decorators = void 0;
        }
        var fn = this.createFunctionContext(asObject);
        if (!this.isChild) {
          var ret = {
            compiler: this.compilerInfo(),
            main: fn
          };
          if (this.decorators) {
            ret.main_d = this.decorators;
            ret.useDecorators = true;
          }
          var _context = this.context;
          var programs = _context.programs;
          var decorators = _context.decorators;
          for (i = 0, l = programs.length; i < l; i++) {
            ret[i] = programs[i];
            if (decorators[i]) {
              ret[i + "_d"] = decorators[i];
              ret.useDecorators = true;
            }
          }
          if (this.environment.usePartial) {
            ret.usePartial = true;
          }
          if (this.options.data) {
            ret.useData = true;
          }
          if (this.useDepths) {
            ret.useDepths = true;
          }
          if (this.useBlockParams) {
            ret.useBlockParams = true;
          }
          if (this.options.compat) {
            ret.compat = true;
          }
          if (!asObject) {
            ret.compiler = JSON.stringify(ret.compiler);
            this.source.currentLocation = { start: { line: 1, column: 0 } };
            ret = this.objectLiteral(ret);
            if (options.srcName) {
              ret = ret.toStringWithSourceMap({ file: options.destName });
              ret.map = ret.map && ret.map.toString();
            } else {
              ret = ret.toString();
            }
          } else {
            ret.compilerOptions = this.options;
          }
          return ret;
        } else {
          return fn;
        }
      },
      preamble: function preamble() {
        this.lastContext = 0;
        this.source = new _codeGen2["default"](this.options.srcName);
        this.decorators = new _codeGen2["default"](this.options.srcName);
      },
      createFunctionContext: function createFunctionContext(asObject) {
        var _this = this;
        var varDeclarations = "";
        var locals = this.stackVars.concat(this.registers.list);
        if (locals.length > 0) {
          varDeclarations += ", " + locals.join(", ");
        }
        var aliasCount = 0;
        Object.keys(this.aliases).forEach(function(alias) {
          var node = _this.aliases[alias];
          if (node.children && node.referenceCount > 1) {
            varDeclarations += ", alias" + ++aliasCount + "=" + alias;
            node.children[0] = "alias" + aliasCount;
          }
        });
        if (this.lookupPropertyFunctionIsUsed) {
          varDeclarations += ", " + this.lookupPropertyFunctionVarDeclaration();
        }
        var params = ["container", "depth0", "helpers", "partials", "data"];
        if (this.useBlockParams || this.useDepths) {
          params.push("blockParams");
        }
        if (this.useDepths) {
          params.push("depths");
        }
        var source = this.mergeSource(varDeclarations);
        if (asObject) {
          params.push(source);
          return Function.apply(this, params);
        } else {
          return this.source.wrap(["function(", params.join(","), ") {\n  ", source, "}"]);
        }
      },
      mergeSource: function mergeSource(varDeclarations) {
        var isSimple = this.environment.isSimple, appendOnly = !this.forceBuffer, appendFirst = void 0, sourceSeen = void 0, bufferStart = void 0, bufferEnd = void 0;
        this.source.each(function(line) {
          if (line.appendToBuffer) {
            if (bufferStart) {
              line.prepend("  + ");
            } else {
              bufferStart = line;
            }
            bufferEnd = line;
          } else {
            if (bufferStart) {
              if (!sourceSeen) {
                appendFirst = true;
              } else {
                bufferStart.prepend("buffer += ");
              }
              bufferEnd.add(";");
              bufferStart = bufferEnd = void 0;
            }
            sourceSeen = true;
            if (!isSimple) {
              appendOnly = false;
            }
          }
        });
        if (appendOnly) {
          if (bufferStart) {
            bufferStart.prepend("return ");
            bufferEnd.add(";");
          } else if (!sourceSeen) {
            this.source.push('return "";');
          }
        } else {
          varDeclarations += ", buffer = " + (appendFirst ? "" : this.initializeBuffer());
          if (bufferStart) {
            bufferStart.prepend("return buffer + ");
            bufferEnd.add(";");
          } else {
            this.source.push("return buffer;");
          }
        }
        if (varDeclarations) {
          this.source.prepend("var " + varDeclarations.substring(2) + (appendFirst ? "" : ";\n"));
        }
        return this.source.merge();
      },
      lookupPropertyFunctionVarDeclaration: function lookupPropertyFunctionVarDeclaration() {
        return "\n      lookupProperty = container.lookupProperty || function(parent, propertyName) {\n        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {\n          return parent[propertyName];\n        }\n        return undefined\n    }\n    ".trim();
      },
      // [blockValue]
      //
      // On stack, before: hash, inverse, program, value
      // On stack, after: return value of blockHelperMissing
      //
      // The purpose of this opcode is to take a block of the form
      // `{{#this.foo}}...{{/this.foo}}`, resolve the value of `foo`, and
      // replace it on the stack with the result of properly
      // invoking blockHelperMissing.
      blockValue: function blockValue(name) {
        var blockHelperMissing = this.aliasable("container.hooks.blockHelperMissing"), params = [this.contextName(0)];
        this.setupHelperArgs(name, 0, params);
        var blockName = this.popStack();
        params.splice(1, 0, blockName);
        this.push(this.source.functionCall(blockHelperMissing, "call", params));
      },
      // [ambiguousBlockValue]
      //
      // On stack, before: hash, inverse, program, value
      // Compiler value, before: lastHelper=value of last found helper, if any
      // On stack, after, if no lastHelper: same as [blockValue]
      // On stack, after, if lastHelper: value
      ambiguousBlockValue: function ambiguousBlockValue() {
        var blockHelperMissing = this.aliasable("container.hooks.blockHelperMissing"), params = [this.contextName(0)];
        this.setupHelperArgs("", 0, params, true);
        this.flushInline();
        var current = this.topStack();
        params.splice(1, 0, current);
        this.pushSource(["if (!", this.lastHelper, ") { ", current, " = ", this.source.functionCall(blockHelperMissing, "call", params), "}"]);
      },
      // [appendContent]
      //
      // On stack, before: ...
      // On stack, after: ...
      //
      // Appends the string value of `content` to the current buffer
      appendContent: function appendContent(content) {
        if (this.pendingContent) {
          content = this.pendingContent + content;
        } else {
          this.pendingLocation = this.source.currentLocation;
        }
        this.pendingContent = content;
      },
      // [append]
      //
      // On stack, before: value, ...
      // On stack, after: ...
      //
      // Coerces `value` to a String and appends it to the current buffer.
      //
      // If `value` is truthy, or 0, it is coerced into a string and appended
      // Otherwise, the empty string is appended
      append: function append() {
        if (this.isInline()) {
          this.replaceStack(function(current) {
            return [" != null ? ", current, ' : ""'];
          });
          this.pushSource(this.appendToBuffer(this.popStack()));
        } else {
          var local = this.popStack();
          this.pushSource(["if (", local, " != null) { ", this.appendToBuffer(local, void 0, true), " }"]);
          if (this.environment.isSimple) {
            this.pushSource(["else { ", this.appendToBuffer("''", void 0, true), " }"]);
          }
        }
      },
      // [appendEscaped]
      //
      // On stack, before: value, ...
      // On stack, after: ...
      //
      // Escape `value` and append it to the buffer
      appendEscaped: function appendEscaped() {
        this.pushSource(this.appendToBuffer([this.aliasable("container.escapeExpression"), "(", this.popStack(), ")"]));
      },
      // [getContext]
      //
      // On stack, before: ...
      // On stack, after: ...
      // Compiler value, after: lastContext=depth
      //
      // Set the value of the `lastContext` compiler value to the depth
      getContext: function getContext(depth) {
        this.lastContext = depth;
      },
      // [pushContext]
      //
      // On stack, before: ...
      // On stack, after: currentContext, ...
      //
      // Pushes the value of the current context onto the stack.
      pushContext: function pushContext() {
        this.pushStackLiteral(this.contextName(this.lastContext));
      },
      // [lookupOnContext]
      //
      // On stack, before: ...
      // On stack, after: currentContext[name], ...
      //
      // Looks up the value of `name` on the current context and pushes
      // it onto the stack.
      lookupOnContext: function lookupOnContext(parts, falsy, strict, scoped) {
        var i = 0;
        if (!scoped && this.options.compat && !this.lastContext) {
          this.push(this.depthedLookup(parts[i++]));
        } else {
          this.pushContext();
        }
        this.resolvePath("context", parts, i, falsy, strict);
      },
      // [lookupBlockParam]
      //
      // On stack, before: ...
      // On stack, after: blockParam[name], ...
      //
      // Looks up the value of `parts` on the given block param and pushes
      // it onto the stack.
      lookupBlockParam: function lookupBlockParam(blockParamId, parts) {
        this.useBlockParams = true;
        this.push(["blockParams[", blockParamId[0], "][", blockParamId[1], "]"]);
        this.resolvePath("context", parts, 1);
      },
      // [lookupData]
      //
      // On stack, before: ...
      // On stack, after: data, ...
      //
      // Push the data lookup operator
      lookupData: function lookupData(depth, parts, strict) {
        if (!depth) {
          this.pushStackLiteral("data");
        } else {
          this.pushStackLiteral("container.data(data, " + depth + ")");
        }
        this.resolvePath("data", parts, 0, true, strict);
      },
      resolvePath: function resolvePath(type, parts, startPartIndex, falsy, strict) {
        var _this2 = this;
        if (this.options.strict || this.options.assumeObjects) {
          this.push(strictLookup(this.options.strict && strict, this, parts, startPartIndex, type));
          return;
        }
        var len = parts.length;
        var _loop = function(i2) {
          _this2.replaceStack(function(current) {
            var lookup = _this2.nameLookup(current, parts[i2], type);
            if (!falsy) {
              return [" != null ? ", lookup, " : ", current];
            } else {
              return [" && ", lookup];
            }
          });
        };
        for (var i = startPartIndex; i < len; i++) {
          _loop(i);
        }
      },
      // [resolvePossibleLambda]
      //
      // On stack, before: value, ...
      // On stack, after: resolved value, ...
      //
      // If the `value` is a lambda, replace it on the stack by
      // the return value of the lambda
      resolvePossibleLambda: function resolvePossibleLambda() {
        this.push([this.aliasable("container.lambda"), "(", this.popStack(), ", ", this.contextName(0), ")"]);
      },
      // [pushStringParam]
      //
      // On stack, before: ...
      // On stack, after: string, currentContext, ...
      //
      // This opcode is designed for use in string mode, which
      // provides the string value of a parameter along with its
      // depth rather than resolving it immediately.
      pushStringParam: function pushStringParam(string, type) {
        this.pushContext();
        this.pushString(type);
        if (type !== "SubExpression") {
          if (typeof string === "string") {
            this.pushString(string);
          } else {
            this.pushStackLiteral(string);
          }
        }
      },
      emptyHash: function emptyHash(omitEmpty) {
        if (this.trackIds) {
          this.push("{}");
        }
        if (this.stringParams) {
          this.push("{}");
          this.push("{}");
        }
        this.pushStackLiteral(omitEmpty ? "undefined" : "{}");
      },
      pushHash: function pushHash() {
        if (this.hash) {
          this.hashes.push(this.hash);
        }
        this.hash = { values: {}, types: [], contexts: [], ids: [] };
      },
      popHash: function popHash() {
        var hash = this.hash;
        this.hash = this.hashes.pop();
        if (this.trackIds) {
          this.push(this.objectLiteral(hash.ids));
        }
        if (this.stringParams) {
          this.push(this.objectLiteral(hash.contexts));
          this.push(this.objectLiteral(hash.types));
        }
        this.push(this.objectLiteral(hash.values));
      },
      // [pushString]
      //
      // On stack, before: ...
      // On stack, after: quotedString(string), ...
      //
      // Push a quoted version of `string` onto the stack
      pushString: function pushString(string) {
        this.pushStackLiteral(this.quotedString(string));
      },
      // [pushLiteral]
      //
      // On stack, before: ...
      // On stack, after: value, ...
      //
      // Pushes a value onto the stack. This operation prevents
      // the compiler from creating a temporary variable to hold
      // it.
      pushLiteral: function pushLiteral(value) {
        this.pushStackLiteral(value);
      },
      // [pushProgram]
      //
      // On stack, before: ...
      // On stack, after: program(guid), ...
      //
      // Push a program expression onto the stack. This takes
      // a compile-time guid and converts it into a runtime-accessible
      // expression.
      pushProgram: function pushProgram(guid) {
        if (guid != null) {
          this.pushStackLiteral(this.programExpression(guid));
        } else {
          this.pushStackLiteral(null);
        }
      },
      // [registerDecorator]
      //
      // On stack, before: hash, program, params..., ...
      // On stack, after: ...
      //
      // Pops off the decorator's parameters, invokes the decorator,
      // and inserts the decorator into the decorators list.
      registerDecorator: function registerDecorator(paramSize, name) {
        var foundDecorator = this.nameLookup("decorators", name, "decorator"), options = this.setupHelperArgs(name, paramSize);
        this.decorators.push(["var decorator = ", foundDecorator, ";"]);
        this.decorators.push(['if (typeof decorator !== "function") { throw new Error(', this.quotedString('Missing decorator: "' + name + '"'), "); }"]);
        this.decorators.push(["fn = ", this.decorators.functionCall("decorator", "", ["fn", "props", "container", options]), " || fn;"]);
      },
      // [invokeHelper]
      //
      // On stack, before: hash, inverse, program, params..., ...
      // On stack, after: result of helper invocation
      //
      // Pops off the helper's parameters, invokes the helper,
      // and pushes the helper's return value onto the stack.
      //
      // If the helper is not found, `helperMissing` is called.
      invokeHelper: function invokeHelper(paramSize, name, isSimple) {
        var nonHelper = this.popStack(), helper = this.setupHelper(paramSize, name);
        var possibleFunctionCalls = [];
        if (isSimple) {
          possibleFunctionCalls.push(helper.name);
        }
        possibleFunctionCalls.push(nonHelper);
        if (!this.options.strict) {
          possibleFunctionCalls.push(this.aliasable("container.hooks.helperMissing"));
        }
        var functionLookupCode = ["(", this.itemsSeparatedBy(possibleFunctionCalls, "||"), ")"];
        var functionCall = this.source.functionCall(functionLookupCode, "call", helper.callParams);
        this.push(functionCall);
      },
      itemsSeparatedBy: function itemsSeparatedBy(items, separator) {
        var result = [];
        result.push(items[0]);
        for (var i = 1; i < items.length; i++) {
          result.push(separator, items[i]);
        }
        return result;
      },
      // [invokeKnownHelper]
      //
      // On stack, before: hash, inverse, program, params..., ...
      // On stack, after: result of helper invocation
      //
      // This operation is used when the helper is known to exist,
      // so a `helperMissing` fallback is not required.
      invokeKnownHelper: function invokeKnownHelper(paramSize, name) {
        var helper = this.setupHelper(paramSize, name);
        this.push(this.source.functionCall(helper.name, "call", helper.callParams));
      },
      // [invokeAmbiguous]
      //
      // On stack, before: hash, inverse, program, params..., ...
      // On stack, after: result of disambiguation
      //
      // This operation is used when an expression like `{{foo}}`
      // is provided, but we don't know at compile-time whether it
      // is a helper or a path.
      //
      // This operation emits more code than the other options,
      // and can be avoided by passing the `knownHelpers` and
      // `knownHelpersOnly` flags at compile-time.
      invokeAmbiguous: function invokeAmbiguous(name, helperCall) {
        this.useRegister("helper");
        var nonHelper = this.popStack();
        this.emptyHash();
        var helper = this.setupHelper(0, name, helperCall);
        var helperName = this.lastHelper = this.nameLookup("helpers", name, "helper");
        var lookup = ["(", "(helper = ", helperName, " || ", nonHelper, ")"];
        if (!this.options.strict) {
          lookup[0] = "(helper = ";
          lookup.push(" != null ? helper : ", this.aliasable("container.hooks.helperMissing"));
        }
        this.push(["(", lookup, helper.paramsInit ? ["),(", helper.paramsInit] : [], "),", "(typeof helper === ", this.aliasable('"function"'), " ? ", this.source.functionCall("helper", "call", helper.callParams), " : helper))"]);
      },
      // [invokePartial]
      //
      // On stack, before: context, ...
      // On stack after: result of partial invocation
      //
      // This operation pops off a context, invokes a partial with that context,
      // and pushes the result of the invocation back.
      invokePartial: function invokePartial(isDynamic, name, indent) {
        var params = [], options = this.setupParams(name, 1, params);
        if (isDynamic) {
          name = this.popStack();
          delete options.name;
        }
        if (indent) {
          options.indent = this.quotedString(indent);
        }
        options.helpers = "helpers";
        options.partials = "partials";
        options.decorators = "container.decorators";
        if (!isDynamic) {
          params.unshift(this.nameLookup("partials", name, "partial"));
        } else {
          params.unshift(name);
        }
        if (this.options.compat) {
          options.depths = "depths";
        }
        options = this.objectLiteral(options);
        params.push(options);
        this.push(this.source.functionCall("container.invokePartial", "", params));
      },
      // [assignToHash]
      //
      // On stack, before: value, ..., hash, ...
      // On stack, after: ..., hash, ...
      //
      // Pops a value off the stack and assigns it to the current hash
      assignToHash: function assignToHash(key2) {
        var value = this.popStack(), context = void 0, type = void 0, id = void 0;
        if (this.trackIds) {
          id = this.popStack();
        }
        if (this.stringParams) {
          type = this.popStack();
          context = this.popStack();
        }
        var hash = this.hash;
        if (context) {
          hash.contexts[key2] = context;
        }
        if (type) {
          hash.types[key2] = type;
        }
        if (id) {
          hash.ids[key2] = id;
        }
        hash.values[key2] = value;
      },
      pushId: function pushId(type, name, child) {
        if (type === "BlockParam") {
          this.pushStackLiteral("blockParams[" + name[0] + "].path[" + name[1] + "]" + (child ? " + " + this.quotedString("." + child) : ""));
        } else if (type === "PathExpression") {
          this.pushString(name);
        } else if (type === "SubExpression") {
          this.pushStackLiteral("true");
        } else {
          this.pushStackLiteral("null");
        }
      },
      // HELPERS
      compiler: JavaScriptCompiler,
      compileChildren: function compileChildren(environment, options) {
        var children = environment.children, child = void 0, compiler = void 0;
        for (var i = 0, l = children.length; i < l; i++) {
          child = children[i];
          compiler = new this.compiler();
          var existing = this.matchExistingProgram(child);
          if (existing == null) {
            var index = this.context.programs.push("") - 1;
            child.index = index;
            child.name = "program" + index;
            this.context.programs[index] = compiler.compile(child, options, this.context, !this.precompile);
            this.context.decorators[index] = compiler.decorators;
            this.context.environments[index] = child;
            this.useDepths = this.useDepths || compiler.useDepths;
            this.useBlockParams = this.useBlockParams || compiler.useBlockParams;
            child.useDepths = this.useDepths;
            child.useBlockParams = this.useBlockParams;
          } else {
            child.index = existing.index;
            child.name = "program" + existing.index;
            this.useDepths = this.useDepths || existing.useDepths;
            this.useBlockParams = this.useBlockParams || existing.useBlockParams;
          }
        }
      },
      matchExistingProgram: function matchExistingProgram(child) {
        for (var i = 0, len = this.context.environments.length; i < len; i++) {
          var environment = this.context.environments[i];
          if (environment && environment.equals(child)) {
            return environment;
          }
        }
      },
      programExpression: function programExpression(guid) {
        var child = this.environment.children[guid], programParams = [child.index, "data", child.blockParams];
        if (this.useBlockParams || this.useDepths) {
          programParams.push("blockParams");
        }
        if (this.useDepths) {
          programParams.push("depths");
        }
        return "container.program(" + programParams.join(", ") + ")";
      },
      useRegister: function useRegister(name) {
        if (!this.registers[name]) {
          this.registers[name] = true;
          this.registers.list.push(name);
        }
      },
      push: function push(expr) {
        if (!(expr instanceof Literal)) {
          expr = this.source.wrap(expr);
        }
        this.inlineStack.push(expr);
        return expr;
      },
      pushStackLiteral: function pushStackLiteral(item) {
        this.push(new Literal(item));
      },
      pushSource: function pushSource(source) {
        if (this.pendingContent) {
          this.source.push(this.appendToBuffer(this.source.quotedString(this.pendingContent), this.pendingLocation));
          this.pendingContent = void 0;
        }
        if (source) {
          this.source.push(source);
        }
      },
      replaceStack: function replaceStack(callback) {
        var prefix = ["("], stack = void 0, createdStack = void 0, usedLiteral = void 0;
        if (!this.isInline()) {
          throw new _exception2["default"]("replaceStack on non-inline");
        }
        var top = this.popStack(true);
        if (top instanceof Literal) {
          stack = [top.value];
          prefix = ["(", stack];
          usedLiteral = true;
        } else {
          createdStack = true;
          var _name = this.incrStack();
          prefix = ["((", this.push(_name), " = ", top, ")"];
          stack = this.topStack();
        }
        var item = callback.call(this, stack);
        if (!usedLiteral) {
          this.popStack();
        }
        if (createdStack) {
          this.stackSlot--;
        }
        this.push(prefix.concat(item, ")"));
      },
      incrStack: function incrStack() {
        this.stackSlot++;
        if (this.stackSlot > this.stackVars.length) {
          this.stackVars.push("stack" + this.stackSlot);
        }
        return this.topStackName();
      },
      topStackName: function topStackName() {
        return "stack" + this.stackSlot;
      },
      flushInline: function flushInline() {
        var inlineStack = this.inlineStack;
        this.inlineStack = [];
        for (var i = 0, len = inlineStack.length; i < len; i++) {
          var entry = inlineStack[i];
          if (entry instanceof Literal) {
            this.compileStack.push(entry);
          } else {
            var stack = this.incrStack();
            this.pushSource([stack, " = ", entry, ";"]);
            this.compileStack.push(stack);
          }
        }
      },
      isInline: function isInline() {
        return this.inlineStack.length;
      },
      popStack: function popStack(wrapped) {
        var inline = this.isInline(), item = (inline ? this.inlineStack : this.compileStack).pop();
        if (!wrapped && item instanceof Literal) {
          return item.value;
        } else {
          if (!inline) {
            if (!this.stackSlot) {
              throw new _exception2["default"]("Invalid stack pop");
            }
            this.stackSlot--;
          }
          return item;
        }
      },
      topStack: function topStack() {
        var stack = this.isInline() ? this.inlineStack : this.compileStack, item = stack[stack.length - 1];
        if (item instanceof Literal) {
          return item.value;
        } else {
          return item;
        }
      },
      contextName: function contextName(context) {
        if (this.useDepths && context) {
          return "depths[" + context + "]";
        } else {
          return "depth" + context;
        }
      },
      quotedString: function quotedString(str) {
        return this.source.quotedString(str);
      },
      objectLiteral: function objectLiteral(obj) {
        return this.source.objectLiteral(obj);
      },
      aliasable: function aliasable(name) {
        var ret = this.aliases[name];
        if (ret) {
          ret.referenceCount++;
          return ret;
        }
        ret = this.aliases[name] = this.source.wrap(name);
        ret.aliasable = true;
        ret.referenceCount = 1;
        return ret;
      },
      setupHelper: function setupHelper(paramSize, name, blockHelper) {
        var params = [], paramsInit = this.setupHelperArgs(name, paramSize, params, blockHelper);
        var foundHelper = this.nameLookup("helpers", name, "helper"), callContext = this.aliasable(this.contextName(0) + " != null ? " + this.contextName(0) + " : (container.nullContext || {})");
        return {
          params,
          paramsInit,
          name: foundHelper,
          callParams: [callContext].concat(params)
        };
      },
      setupParams: function setupParams(helper, paramSize, params) {
        var options = {}, contexts = [], types = [], ids = [], objectArgs = !params, param = void 0;
        if (objectArgs) {
          params = [];
        }
        options.name = this.quotedString(helper);
        options.hash = this.popStack();
        if (this.trackIds) {
          options.hashIds = this.popStack();
        }
        if (this.stringParams) {
          options.hashTypes = this.popStack();
          options.hashContexts = this.popStack();
        }
        var inverse = this.popStack(), program = this.popStack();
        if (program || inverse) {
          options.fn = program || "container.noop";
          options.inverse = inverse || "container.noop";
        }
        var i = paramSize;
        while (i--) {
          param = this.popStack();
          params[i] = param;
          if (this.trackIds) {
            ids[i] = this.popStack();
          }
          if (this.stringParams) {
            types[i] = this.popStack();
            contexts[i] = this.popStack();
          }
        }
        if (objectArgs) {
          options.args = this.source.generateArray(params);
        }
        if (this.trackIds) {
          options.ids = this.source.generateArray(ids);
        }
        if (this.stringParams) {
          options.types = this.source.generateArray(types);
          options.contexts = this.source.generateArray(contexts);
        }
        if (this.options.data) {
          options.data = "data";
        }
        if (this.useBlockParams) {
          options.blockParams = "blockParams";
        }
        return options;
      },
      setupHelperArgs: function setupHelperArgs(helper, paramSize, params, useRegister) {
        var options = this.setupParams(helper, paramSize, params);
        options.loc = locationLiteral(this);
        options = this.objectLiteral(options);
        if (useRegister) {
          this.useRegister("options");
          params.push("options");
          return ["options=", options];
        } else if (params) {
          params.push(options);
          return "";
        } else {
          return options;
        }
      }
    };
    (function() {
      var reservedWords = "break else new var case finally return void catch for switch while continue function this with default if throw delete in try do instanceof typeof abstract enum int short boolean export interface static byte extends long super char final native synchronized class float package throws const goto private transient debugger implements protected volatile double import public let yield await null true false".split(" ");
      var compilerWords = JavaScriptCompiler.RESERVED_WORDS = {};
      for (var i = 0, l = reservedWords.length; i < l; i++) {
        compilerWords[reservedWords[i]] = true;
      }
    })();
    JavaScriptCompiler.isValidJavaScriptVariableName = function(name) {
      return !JavaScriptCompiler.RESERVED_WORDS[name] && /^[a-zA-Z_$][0-9a-zA-Z_$]*$/.test(name);
    };
    function locationLiteral(compiler) {
      var loc = compiler.source.currentLocation;
      return loc ? _codeGen.safeJsonLiteral(loc) : "undefined";
    }
    function strictLookup(requireTerminal, compiler, parts, startPartIndex, type) {
      var stack = compiler.popStack(), len = parts.length;
      if (requireTerminal) {
        len--;
      }
      for (var i = startPartIndex; i < len; i++) {
        stack = compiler.nameLookup(stack, parts[i], type);
      }
      if (requireTerminal) {
        return [compiler.aliasable("container.strict"), "(", stack, ", ", compiler.quotedString(parts[len]), ", ", locationLiteral(compiler), " )"];
      } else {
        return stack;
      }
    }
    exports["default"] = JavaScriptCompiler;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars.js
var require_handlebars = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _handlebarsRuntime = require_handlebars_runtime();
    var _handlebarsRuntime2 = _interopRequireDefault(_handlebarsRuntime);
    var _handlebarsCompilerAst = require_ast();
    var _handlebarsCompilerAst2 = _interopRequireDefault(_handlebarsCompilerAst);
    var _handlebarsCompilerBase = require_base2();
    var _handlebarsCompilerCompiler = require_compiler();
    var _handlebarsCompilerJavascriptCompiler = require_javascript_compiler();
    var _handlebarsCompilerJavascriptCompiler2 = _interopRequireDefault(_handlebarsCompilerJavascriptCompiler);
    var _handlebarsCompilerVisitor = require_visitor();
    var _handlebarsCompilerVisitor2 = _interopRequireDefault(_handlebarsCompilerVisitor);
    var _handlebarsNoConflict = require_no_conflict();
    var _handlebarsNoConflict2 = _interopRequireDefault(_handlebarsNoConflict);
    var _create = _handlebarsRuntime2["default"].create;
    function create() {
      var hb2 = _create();
      hb2.compile = function(input, options) {
        return _handlebarsCompilerCompiler.compile(input, options, hb2);
      };
      hb2.precompile = function(input, options) {
        return _handlebarsCompilerCompiler.precompile(input, options, hb2);
      };
      hb2.AST = _handlebarsCompilerAst2["default"];
      hb2.Compiler = _handlebarsCompilerCompiler.Compiler;
      hb2.JavaScriptCompiler = _handlebarsCompilerJavascriptCompiler2["default"];
      hb2.Parser = _handlebarsCompilerBase.parser;
      hb2.parse = _handlebarsCompilerBase.parse;
      hb2.parseWithoutProcessing = _handlebarsCompilerBase.parseWithoutProcessing;
      return hb2;
    }
    var inst = create();
    inst.create = create;
    _handlebarsNoConflict2["default"](inst);
    inst.Visitor = _handlebarsCompilerVisitor2["default"];
    inst["default"] = inst;
    exports["default"] = inst;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/printer.js
var require_printer = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/printer.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.print = print;
    exports.PrintVisitor = PrintVisitor;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _visitor = require_visitor();
    var _visitor2 = _interopRequireDefault(_visitor);
    function print(ast) {
      return new PrintVisitor().accept(ast);
    }
    function PrintVisitor() {
      this.padding = 0;
    }
    PrintVisitor.prototype = new _visitor2["default"]();
    PrintVisitor.prototype.pad = function(string) {
      var out = "";
      for (var i = 0, l = this.padding; i < l; i++) {
        out += "  ";
      }
      out += string + "\n";
      return out;
    };
    PrintVisitor.prototype.Program = function(program) {
      var out = "", body = program.body, i = void 0, l = void 0;
      if (program.blockParams) {
        var blockParams = "BLOCK PARAMS: [";
        for (i = 0, l = program.blockParams.length; i < l; i++) {
          blockParams += " " + program.blockParams[i];
        }
        blockParams += " ]";
        out += this.pad(blockParams);
      }
      for (i = 0, l = body.length; i < l; i++) {
        out += this.accept(body[i]);
      }
      this.padding--;
      return out;
    };
    PrintVisitor.prototype.MustacheStatement = function(mustache) {
      return this.pad("{{ " + this.SubExpression(mustache) + " }}");
    };
    PrintVisitor.prototype.Decorator = function(mustache) {
      return this.pad("{{ DIRECTIVE " + this.SubExpression(mustache) + " }}");
    };
    PrintVisitor.prototype.BlockStatement = PrintVisitor.prototype.DecoratorBlock = function(block) {
      var out = "";
      out += this.pad((block.type === "DecoratorBlock" ? "DIRECTIVE " : "") + "BLOCK:");
      this.padding++;
      out += this.pad(this.SubExpression(block));
      if (block.program) {
        out += this.pad("PROGRAM:");
        this.padding++;
        out += this.accept(block.program);
        this.padding--;
      }
      if (block.inverse) {
        if (block.program) {
          this.padding++;
        }
        out += this.pad("{{^}}");
        this.padding++;
        out += this.accept(block.inverse);
        this.padding--;
        if (block.program) {
          this.padding--;
        }
      }
      this.padding--;
      return out;
    };
    PrintVisitor.prototype.PartialStatement = function(partial) {
      var content = "PARTIAL:" + partial.name.original;
      if (partial.params[0]) {
        content += " " + this.accept(partial.params[0]);
      }
      if (partial.hash) {
        content += " " + this.accept(partial.hash);
      }
      return this.pad("{{> " + content + " }}");
    };
    PrintVisitor.prototype.PartialBlockStatement = function(partial) {
      var content = "PARTIAL BLOCK:" + partial.name.original;
      if (partial.params[0]) {
        content += " " + this.accept(partial.params[0]);
      }
      if (partial.hash) {
        content += " " + this.accept(partial.hash);
      }
      content += " " + this.pad("PROGRAM:");
      this.padding++;
      content += this.accept(partial.program);
      this.padding--;
      return this.pad("{{> " + content + " }}");
    };
    PrintVisitor.prototype.ContentStatement = function(content) {
      return this.pad("CONTENT[ '" + content.value + "' ]");
    };
    PrintVisitor.prototype.CommentStatement = function(comment) {
      return this.pad("{{! '" + comment.value + "' }}");
    };
    PrintVisitor.prototype.SubExpression = function(sexpr) {
      var params = sexpr.params, paramStrings = [], hash = void 0;
      for (var i = 0, l = params.length; i < l; i++) {
        paramStrings.push(this.accept(params[i]));
      }
      params = "[" + paramStrings.join(", ") + "]";
      hash = sexpr.hash ? " " + this.accept(sexpr.hash) : "";
      return this.accept(sexpr.path) + " " + params + hash;
    };
    PrintVisitor.prototype.PathExpression = function(id) {
      var path = id.parts.join("/");
      return (id.data ? "@" : "") + "PATH:" + path;
    };
    PrintVisitor.prototype.StringLiteral = function(string) {
      return '"' + string.value + '"';
    };
    PrintVisitor.prototype.NumberLiteral = function(number) {
      return "NUMBER{" + number.value + "}";
    };
    PrintVisitor.prototype.BooleanLiteral = function(bool) {
      return "BOOLEAN{" + bool.value + "}";
    };
    PrintVisitor.prototype.UndefinedLiteral = function() {
      return "UNDEFINED";
    };
    PrintVisitor.prototype.NullLiteral = function() {
      return "NULL";
    };
    PrintVisitor.prototype.Hash = function(hash) {
      var pairs = hash.pairs, joinedPairs = [];
      for (var i = 0, l = pairs.length; i < l; i++) {
        joinedPairs.push(this.accept(pairs[i]));
      }
      return "HASH{" + joinedPairs.join(", ") + "}";
    };
    PrintVisitor.prototype.HashPair = function(pair) {
      return pair.key + "=" + this.accept(pair.value);
    };
  }
});

// node_modules/handlebars/lib/index.js
var require_lib2 = __commonJS({
  "node_modules/handlebars/lib/index.js"(exports, module) {
    var handlebars = require_handlebars()["default"];
    var printer = require_printer();
    handlebars.PrintVisitor = printer.PrintVisitor;
    handlebars.print = printer.print;
    module.exports = handlebars;
    function extension(module2, filename) {
      var fs = __require("fs");
      var templateString = fs.readFileSync(filename, "utf8");
      module2.exports = handlebars.compile(templateString);
    }
    if (typeof __require !== "undefined" && __require.extensions) {
      __require.extensions[".handlebars"] = extension;
      __require.extensions[".hbs"] = extension;
    }
  }
});

// report/format.ts
function tally(diagnostics) {
  const t = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) t[d.severity]++;
  return t;
}
function formatText(diagnostics) {
  const lines = diagnostics.map(
    (d) => `${d.path}:${d.line}:${d.column}  ${d.severity}  ${d.message}  ${d.rule}`
  );
  const t = tally(diagnostics);
  lines.push(
    diagnostics.length === 0 ? "No problems found." : `${t.error} error(s), ${t.warning} warning(s), ${t.info} info.`
  );
  return `${lines.join("\n")}
`;
}
function formatJson(diagnostics, extra = {}) {
  return `${JSON.stringify({ schemaVersion: SCHEMA_VERSION, ...extra, summary: tally(diagnostics), diagnostics }, null, 2)}
`;
}
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var COMMAND = { error: "error", warning: "warning", info: "notice" };
function formatGithub(diagnostics) {
  return diagnostics.map((d) => {
    const props = [`file=${escapeProperty(d.path)}`, `line=${d.line}`, `col=${d.column}`];
    if (d.endLine !== void 0) props.push(`endLine=${d.endLine}`);
    props.push(`title=${escapeProperty(`boardwright ${d.rule}`)}`);
    return `::${COMMAND[d.severity]} ${props.join(",")}::${escapeData(d.message)}
`;
  }).join("");
}
function formatDiagnostics(format, diagnostics) {
  if (format === "json") return formatJson(diagnostics);
  if (format === "github") return formatGithub(diagnostics);
  return formatText(diagnostics);
}

// generators/diagrams/index.ts
async function dependencySvg(board, links, options = {}) {
  return renderSvg(dependencyDot(board, links), options);
}

// generators/site/diagram.ts
async function dependencyDiagram(board, links) {
  if (!board.items.some((i) => i.dependsOn.length > 0)) return void 0;
  try {
    return inlineSvg(await dependencySvg(board, links));
  } catch {
    return void 0;
  }
}
var UNSAFE_ELEMENTS = /* @__PURE__ */ new Set(["script", "foreignobject", "iframe", "object", "embed"]);
function inlineSvg(svg) {
  const start = svg.search(/<svg[\s>]/i);
  const end = svg.lastIndexOf("</svg>");
  if (start === -1 || end < start) return void 0;
  const body = svg.slice(start, end + "</svg>".length).replace(/<!--[\s\S]*?-->/g, "");
  if (/<!--|<!\[CDATA\[|<\?/i.test(body)) return void 0;
  for (const tag of body.matchAll(/<([A-Za-z][\w:-]*)([^>]*)>/g)) {
    const name = tag[1].toLowerCase();
    if (UNSAFE_ELEMENTS.has(name)) return void 0;
    const attributes = tag[2];
    const rest = attributes.replace(/\s+[\w:-]+="[^"]*"/g, "").replace(/\s*\/?\s*$/, "");
    if (rest !== "") return void 0;
    for (const [, attr, value] of attributes.matchAll(/([\w:-]+)="([^"]*)"/g)) {
      const key2 = attr.toLowerCase();
      if (key2.startsWith("on")) return void 0;
      if (key2.endsWith("href") && !value.startsWith("#")) return void 0;
    }
  }
  return body;
}

// generators/site/templates.ts
var import_handlebars = __toESM(require_lib2(), 1);
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var SiteTemplateError = class extends Error {
};
function siteTemplateRoot() {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, "templates", "site");
    if (existsSync(join(candidate, "board.hbs"))) return candidate;
    dir = dirname(dir);
  }
  throw new SiteTemplateError("The bundled site templates folder (templates/site) is missing.");
}
var cache = /* @__PURE__ */ new Map();
function siteTemplates(root = siteTemplateRoot()) {
  const cached = cache.get(root);
  if (cached) return cached;
  const read = (name) => {
    try {
      return readFileSync(join(root, name), "utf8").replace(/\r\n/g, "\n");
    } catch (e) {
      throw new SiteTemplateError(`Cannot read site template ${name}: ${e.message}`);
    }
  };
  const hb2 = import_handlebars.default.create();
  const options = {
    strict: true,
    knownHelpersOnly: true,
    knownHelpers: { eq: true },
    preventIndent: true
  };
  const compile = (name, partial = false) => {
    const source = read(name);
    const text = partial ? source.replace(/\n$/, "") : source;
    try {
      hb2.parse(text);
      return hb2.compile(text, options);
    } catch (e) {
      throw new SiteTemplateError(
        `Site template ${name} does not compile: ${e.message}`
      );
    }
  };
  hb2.registerHelper("eq", (a, b) => a === b);
  for (const file of readdirSync(root).sort()) {
    const m = /^_([a-z-]+)\.hbs$/.exec(file);
    if (m) hb2.registerPartial(m[1], compile(file, true));
  }
  hb2.registerPartial("layout", compile("layout.hbs"));
  const index = compile("index.hbs");
  const board = compile("board.hbs");
  const render = (template, name) => (view) => {
    try {
      return template(view);
    } catch (e) {
      throw new SiteTemplateError(`Site template ${name} failed: ${e.message}`);
    }
  };
  const built = {
    index: render(index, "index.hbs"),
    board: render(board, "board.hbs"),
    assets: { css: read("site.css"), js: read("site.js") },
    trusted: (html) => new hb2.SafeString(html)
  };
  cache.set(root, built);
  return built;
}

// generators/site/columns.ts
var STATUS_LABELS = {
  backlog: "Backlog",
  ready: "Ready",
  "in-progress": "In progress",
  review: "Review",
  blocked: "Blocked",
  done: "Done",
  cancelled: "Cancelled"
};
var rank = (s) => s === void 0 ? -1 : STATUSES.indexOf(s);
function boardColumns(board) {
  const groups = new Map(board.groups.map((g) => [g.id, g]));
  const columns = [];
  const byTitle = /* @__PURE__ */ new Map();
  for (const g of [...board.groups].sort((a, b) => a.index - b.index)) {
    if (g.kind !== "column") continue;
    const key2 = g.title.trim().toLowerCase();
    if (byTitle.has(key2)) continue;
    const column = {
      title: g.title.trim() || STATUS_LABELS[g.status ?? "backlog"],
      items: []
    };
    if (g.status) column.status = g.status;
    byTitle.set(key2, column);
    columns.push(column);
  }
  const made = [];
  for (const item of board.items) {
    const group = columnGroupOf(item, groups);
    let column = group ? byTitle.get(group.title.trim().toLowerCase()) : void 0;
    column ??= columns.find((c) => c.status === item.status);
    if (!column) {
      column = { title: STATUS_LABELS[item.status], status: item.status, items: [] };
      columns.push(column);
      made.push(column);
    }
    column.items.push(item);
  }
  const fixed = columns.filter((c) => !made.includes(c));
  for (const column of [...made].sort((a, b) => rank(a.status) - rank(b.status))) {
    const at = fixed.findIndex((c) => rank(c.status) > rank(column.status));
    fixed.splice(at === -1 ? fixed.length : at, 0, column);
  }
  return fixed;
}
function columnGroupOf(item, groups) {
  const seen = /* @__PURE__ */ new Set();
  for (let id = item.group; id !== void 0 && !seen.has(id); ) {
    seen.add(id);
    const group = groups.get(id);
    if (!group) return void 0;
    if (group.kind === "column") return group;
    id = group.parent;
  }
  return void 0;
}
function carriesNumber(title, number) {
  const escaped = number.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])v?${escaped}(?![\\p{L}\\p{N}])`, "iu").test(title);
}
function sectionOf(item, groups) {
  const titles = [];
  const seen = /* @__PURE__ */ new Set();
  for (let id = item.group; id !== void 0 && !seen.has(id); ) {
    seen.add(id);
    const group = groups.get(id);
    if (!group) break;
    if (group.kind !== "column") {
      const numbered = group.number !== void 0 && !carriesNumber(group.title, group.number);
      titles.unshift(numbered ? `${group.number} \u2014 ${group.title}` : group.title);
    }
    id = group.parent;
  }
  return titles.join(" \u203A ");
}

// generators/site/names.ts
function boardPages(boards) {
  const pages = /* @__PURE__ */ new Map();
  const taken = /* @__PURE__ */ new Set();
  for (const board of boards) {
    const base = slugify(board.id, "board");
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
    taken.add(name);
    pages.set(board, `boards/${name}.html`);
  }
  return pages;
}
function cardAnchors(board) {
  const anchors = /* @__PURE__ */ new Map();
  const taken = /* @__PURE__ */ new Set();
  for (const item of board.items) {
    const base = `card-${item.id.replace(/[^A-Za-z0-9._-]+/g, "-").slice(0, 80)}`;
    let anchor = base;
    for (let n = 2; taken.has(anchor); n++) anchor = `${base}-${n}`;
    taken.add(anchor);
    anchors.set(item, anchor);
  }
  return anchors;
}

// generators/site/links.ts
var SiteMap = class {
  constructor(boards, links) {
    this.links = links;
    this.pages = boardPages(boards);
    for (const board of boards) this.anchors.set(board, cardAnchors(board));
    const note = (item, ref, value) => {
      const refs = this.special.get(item) ?? /* @__PURE__ */ new Map();
      if (!refs.has(ref)) refs.set(ref, value);
      this.special.set(item, refs);
    };
    for (const g of links.groupRefs)
      note(g.item, g.ref, { id: g.ref, title: g.group.title, note: g.group.kind });
    for (const d of links.dangling) note(d.item, d.ref, { id: d.ref, note: "not found" });
    for (const a of links.ambiguous) note(a.item, a.ref, a.resolved);
  }
  links;
  pages;
  anchors = /* @__PURE__ */ new Map();
  /** What the linker made of each (item, reference) that did not become an item edge. */
  special = /* @__PURE__ */ new Map();
  /** The fragment id of `item`'s card on its board's page. */
  anchor(board, item) {
    return this.anchors.get(board)?.get(item) ?? "card";
  }
  /** The page of `board` relative to the site root, e.g. `boards/release.html`. */
  page(board) {
    return this.pages.get(board) ?? "index.html";
  }
  /** A link to `item`'s card as seen from a page of board `from` (every board page is in `boards/`). */
  linkTo(from, board, item) {
    const fragment = `#${this.anchor(board, item)}`;
    const href = board === from ? fragment : `${this.page(board).slice("boards/".length)}${fragment}`;
    return {
      id: item.id,
      title: item.title,
      href,
      ...board === from ? {} : { note: `on ${board.title || board.path}` }
    };
  }
  /**
   * Each dependency of `item` as written, resolved the way the linker resolved it: an item on
   * this board first, then a group of this board, then the one item with that id elsewhere.
   * References the linker could not resolve are kept with the note "not found".
   */
  dependsOn(board, item) {
    const { graph } = this.links;
    const from = itemKey(board, item);
    return item.dependsOn.map((ref) => {
      const special = this.special.get(item)?.get(ref);
      if (typeof special === "object") return special;
      const local = `${board.id}#${ref}`;
      const key2 = special ?? (graph.hasNode(local) ? local : graph.hasNode(from) ? graph.outNeighbors(from).find((k) => graph.getNodeAttributes(k).item.id === ref) : void 0);
      if (!key2 || !graph.hasNode(key2)) return { id: ref, note: "not found" };
      const target2 = graph.getNodeAttributes(key2);
      return this.linkTo(board, target2.board, target2.item);
    });
  }
  /** The cards that depend on `item` (the linker's reverse edges), in graph order. */
  neededBy(board, item) {
    const { graph } = this.links;
    const key2 = itemKey(board, item);
    if (!graph.hasNode(key2) || graph.getNodeAttributes(key2).item !== item) return [];
    return graph.inNeighbors(key2).map((k) => {
      const source = graph.getNodeAttributes(k);
      return this.linkTo(board, source.board, source.item);
    });
  }
};

// generators/site/view.ts
var KIND_CLASSES = /* @__PURE__ */ new Set(["epic", "story", "task", "subtask", "bug", "feature", "chore"]);
var letters = (text) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
var lineText = (d) => d.column > 1 ? `line ${d.line}, column ${d.column}` : `line ${d.line}`;
function counts(list) {
  const c = { error: 0, warning: 0, info: 0 };
  for (const d of list) c[d.severity]++;
  return c;
}
function findingsByItem(board, diagnostics) {
  const owner = /* @__PURE__ */ new Map();
  const items = [...board.items].sort((a, b) => a.position.line - b.position.line);
  for (const d of diagnostics) {
    let found;
    for (const item of items) {
      if (item.position.line > d.line) break;
      if (d.line <= item.position.endLine) found = item;
    }
    if (found) owner.set(d, found);
  }
  return owner;
}
function diagnosticView(d, card) {
  return {
    severity: d.severity,
    rule: d.rule,
    message: d.message,
    where: lineText(d),
    ...card ? { card } : {},
    ...d.url && /^https:\/\//.test(d.url) ? { url: d.url } : {}
  };
}
function cardView(ctx, item, findings) {
  const { board, site, groups, byId, children } = ctx;
  const section = sectionOf(item, groups);
  const statusLabel = STATUS_LABELS[item.status];
  const fields = [
    {
      name: "Status",
      // The raw text only when it says more than the label ("⏳ Backlog" does not).
      value: item.rawStatus && letters(item.rawStatus) !== letters(statusLabel) ? `${statusLabel} (${item.rawStatus})` : statusLabel
    }
  ];
  const add = (name, value) => {
    if (value) fields.push({ name, value });
  };
  add("Kind", item.kind);
  add("Assignee", item.assignee);
  add("Priority", item.priority);
  add("Section", section);
  add("Branch", item.branch);
  add("Labels", item.labels.join(", "));
  for (const name of Object.keys(item.fields).sort()) add(name, item.fields[name]);
  add("Source", `${board.path}:${item.position.line}`);
  const parentItem = item.parent !== void 0 ? byId.get(item.parent) : void 0;
  const accDone = item.acceptance.filter((a) => a.done).length;
  const kind = item.kind?.toLowerCase();
  return {
    anchor: site.anchor(board, item),
    id: item.id,
    title: item.title,
    ...item.kind ? { kind: item.kind } : {},
    kindClass: kind && KIND_CLASSES.has(kind) ? `kind-${kind}` : "kind-other",
    status: item.status,
    statusLabel,
    ...item.assignee ? { assignee: item.assignee } : {},
    section,
    search: [
      item.id,
      item.title,
      item.kind,
      item.assignee,
      item.priority,
      statusLabel,
      section,
      ...item.labels
    ].filter(Boolean).join(" ").toLowerCase(),
    ...item.acceptance.length ? {
      acceptance: {
        done: accDone,
        total: item.acceptance.length,
        label: `Acceptance criteria: ${accDone} of ${item.acceptance.length} met`
      }
    } : {},
    findings: findings.length,
    details: {
      fields,
      ...item.description ? { description: item.description } : {},
      acceptance: item.acceptance.map((a) => ({ text: a.text, done: a.done })),
      ...parentItem && parentItem !== item ? { parent: site.linkTo(board, board, parentItem) } : item.parent ? { parent: { id: item.parent, note: "not found" } } : {},
      subtasks: (byId.get(item.id) === item ? children.get(item.id) ?? [] : []).filter((c) => c !== item).map((c) => site.linkTo(board, board, c)),
      dependsOn: site.dependsOn(board, item),
      neededBy: site.neededBy(board, item),
      files: item.files,
      diagnostics: findings
    }
  };
}
function boardView(board, workspace, site) {
  const byId = /* @__PURE__ */ new Map();
  const children = /* @__PURE__ */ new Map();
  for (const item of board.items) {
    if (!byId.has(item.id)) byId.set(item.id, item);
    if (item.parent === void 0) continue;
    const list = children.get(item.parent);
    if (list) list.push(item);
    else children.set(item.parent, [item]);
  }
  const ctx = {
    board,
    site,
    groups: new Map(board.groups.map((g) => [g.id, g])),
    byId,
    children
  };
  const own = workspace.diagnostics.filter((d) => d.path === board.path);
  const owners = findingsByItem(board, own);
  const diagnostics = [];
  const perItem = /* @__PURE__ */ new Map();
  for (const d of own) {
    const item = owners.get(d);
    const view = diagnosticView(d, item ? site.linkTo(board, board, item) : void 0);
    diagnostics.push(view);
    if (!item) continue;
    const list = perItem.get(item);
    if (list) list.push(view);
    else perItem.set(item, [view]);
  }
  const cards = /* @__PURE__ */ new Map();
  for (const item of board.items) cards.set(item, cardView(ctx, item, perItem.get(item) ?? []));
  const columns = boardColumns(board).map((column, i) => ({
    title: column.title,
    status: column.status ?? "none",
    anchor: `column-${i + 1}`,
    count: column.items.length,
    cards: column.items.map((item) => cards.get(item))
  }));
  const meta = [];
  for (const [name, value] of [
    ["Version", board.meta.version],
    ["Status", board.meta.status],
    ["Owner", board.meta.owner],
    ["Updated", board.meta.updated]
  ])
    if (value) meta.push({ name, value });
  return {
    title: board.title || board.path,
    path: board.path,
    dialect: board.dialect,
    meta,
    progress: progressOf(board.items),
    columns,
    cardCount: board.items.length,
    dependencies: board.items.filter((item) => item.dependsOn.length > 0).map((item) => ({
      card: site.linkTo(board, board, item),
      dependsOn: cards.get(item).details.dependsOn
    })),
    diagnostics,
    counts: counts(own)
  };
}
function indexView(workspace, site) {
  const paths = new Set(workspace.boards.map((b) => b.path));
  const loose = workspace.diagnostics.filter((d) => !paths.has(d.path));
  return {
    boards: workspace.boards.map((board) => ({
      title: board.title || board.path,
      path: board.path,
      dialect: board.dialect,
      href: site.page(board),
      progress: progressOf(board.items),
      counts: counts(workspace.diagnostics.filter((d) => d.path === board.path))
    })),
    total: progressOf(workspace.boards.flatMap((b) => b.items)),
    diagnostics: loose.map((d) => ({
      ...diagnosticView(d, void 0),
      where: `${d.path}, ${lineText(d)}`
    })),
    counts: counts(loose)
  };
}

// generators/site/index.ts
async function siteFiles(workspace, links) {
  const templates = siteTemplates();
  const site = new SiteMap(workspace.boards, links);
  const files = [
    { path: ".nojekyll", content: "" },
    { path: "assets/site.css", content: templates.assets.css },
    { path: "assets/site.js", content: templates.assets.js },
    {
      path: "index.html",
      content: templates.index({ root: "", page: "index", ...indexView(workspace, site) })
    }
  ];
  for (const board of workspace.boards) {
    const svg = await dependencyDiagram(board, links);
    const view = boardView(board, workspace, site);
    files.push({
      path: site.page(board),
      content: templates.board({
        root: "../",
        page: "board",
        ...view,
        diagram: svg === void 0 ? false : templates.trusted(svg)
      })
    });
  }
  return files.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

// generators/templates/index.ts
var templates_exports = {};
__export(templates_exports, {
  ANSWERS_FILE: () => ANSWERS_FILE,
  TemplateError: () => TemplateError,
  answerProblem: () => answerProblem,
  applyRepositoryUpdate: () => applyRepositoryUpdate,
  bundledTemplateRoot: () => bundledTemplateRoot,
  checkedPath: () => checkedPath,
  defaultAnswer: () => defaultAnswer,
  initRepository: () => initRepository,
  listTemplates: () => listTemplates,
  loadTemplate: () => loadTemplate,
  merge3: () => merge3,
  outputPath: () => outputPath,
  parseAnswers: () => parseAnswers,
  planFile: () => planFile,
  planRepositoryUpdate: () => planRepositoryUpdate,
  planUpdate: () => planUpdate,
  readAnswersFile: () => readAnswersFile,
  renderTemplate: () => renderTemplate,
  resolveAnswers: () => resolveAnswers,
  serializeAnswers: () => serializeAnswers,
  splitLines: () => splitLines
});

// generators/templates/load.ts
var import_semver = __toESM(require_semver(), 1);
import { existsSync as existsSync2, lstatSync, readFileSync as readFileSync2, readdirSync as readdirSync2 } from "node:fs";
import { dirname as dirname2, join as join2 } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";

// generators/templates/types.ts
var TemplateError = class extends Error {
};
var ANSWERS_FILE = ".boardwright-template.json";

// generators/templates/load.ts
function bundledTemplateRoot() {
  let dir = dirname2(fileURLToPath2(import.meta.url));
  for (; ; ) {
    if (existsSync2(join2(dir, "package.json"))) {
      const root = join2(dir, "templates", "repo");
      if (existsSync2(root)) return root;
      break;
    }
    const parent = dirname2(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new TemplateError(
    "The bundled templates folder (templates/repo) is missing from the boardwright package."
  );
}
var NAME = /^[a-z0-9][a-z0-9-]*$/;
function dirs(path) {
  try {
    return readdirSync2(path, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  } catch {
    return [];
  }
}
function listTemplates(root) {
  const list = [];
  for (const name of dirs(root).filter((n) => NAME.test(n))) {
    const versions = dirs(join2(root, name)).filter((v) => import_semver.default.valid(v) === v && existsSync2(join2(root, name, v, "template.json"))).sort(import_semver.default.compare);
    if (!versions.length) continue;
    const latest = readManifest(join2(root, name, versions.at(-1)), name, versions.at(-1));
    list.push({ name, versions, description: latest.description });
  }
  return list;
}
function fail(where, message) {
  throw new TemplateError(`${where}: ${message}`);
}
function readManifest(dir, name, version) {
  const where = join2(dir, "template.json");
  let data;
  try {
    data = JSON.parse(readFileSync2(where, "utf8"));
  } catch (e) {
    fail(where, `cannot be read as JSON (${e.message}).`);
  }
  const m = data;
  if (!m || typeof m !== "object") fail(where, "must be a JSON object.");
  if (m.name !== name) fail(where, `"name" must be "${name}", the folder's name.`);
  if (m.version !== version) fail(where, `"version" must be "${version}", the folder's name.`);
  if (typeof m.description !== "string") fail(where, '"description" must be a string.');
  if (!Array.isArray(m.questions)) fail(where, '"questions" must be an array.');
  const seen = /* @__PURE__ */ new Set();
  m.questions.forEach((q, i) => {
    const at = `question ${i + 1}`;
    if (typeof q?.name !== "string" || !/^[A-Za-z][A-Za-z0-9]*$/.test(q.name))
      fail(
        where,
        `${at}: "name" must be letters and digits (it becomes a flag and a placeholder).`
      );
    if (seen.has(q.name)) fail(where, `${at}: "${q.name}" is asked twice.`);
    seen.add(q.name);
    if (typeof q.message !== "string") fail(where, `${at}: "message" must be a string.`);
    for (const key2 of ["default", "pattern", "hint"])
      if (q[key2] !== void 0 && typeof q[key2] !== "string")
        fail(where, `${at}: "${key2}" must be a string.`);
    if (q.pattern !== void 0) {
      try {
        new RegExp(q.pattern, "u");
      } catch (e) {
        fail(where, `${at}: "pattern" is not a regular expression (${e.message}).`);
      }
    }
  });
  return m;
}
function readFiles(dir, prefix = "") {
  const files = [];
  const entries = readdirSync2(join2(dir, prefix), { withFileTypes: true }).sort(
    (a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0
  );
  for (const entry of entries) {
    const rel = `${prefix}${entry.name}`;
    const full = join2(dir, rel);
    if (lstatSync(full).isSymbolicLink()) fail(full, "template files must not be symbolic links.");
    if (entry.isDirectory()) files.push(...readFiles(dir, `${rel}/`));
    else files.push({ path: rel, source: readFileSync2(full, "utf8").replace(/\r\n/g, "\n") });
  }
  return files;
}
function loadTemplate(root, name, version) {
  const listing = listTemplates(root).find((t) => t.name === name);
  if (!listing) {
    const known = listTemplates(root).map((t) => t.name);
    throw new TemplateError(
      `There is no template "${name}". Known templates: ${known.join(", ") || "(none)"}.`
    );
  }
  const chosen = version ?? listing.versions.at(-1);
  if (!listing.versions.includes(chosen))
    throw new TemplateError(
      `Template ${name} has no version "${chosen}". Versions: ${listing.versions.join(", ")}.`
    );
  const dir = join2(root, name, chosen);
  const manifest = readManifest(dir, name, chosen);
  const filesDir = join2(dir, "files");
  if (!existsSync2(filesDir)) fail(dir, "has no files/ folder.");
  return { manifest, files: readFiles(filesDir) };
}

// generators/templates/answers.ts
var import_handlebars2 = __toESM(require_lib2(), 1);
var MAX_ANSWER_LENGTH = 200;
function answerProblem(question, value) {
  if (/[\u0000-\u001f\u007f\u2028\u2029]/.test(value))
    return `${question.name} must be a single line without control characters.`;
  if (value.length > MAX_ANSWER_LENGTH)
    return `${question.name} is ${value.length} characters long; at most ${MAX_ANSWER_LENGTH} are allowed.`;
  if (question.pattern !== void 0 && !new RegExp(`^(?:${question.pattern})$`, "u").test(value))
    return `${question.name} "${value}" is not ${question.hint ?? `a match for /${question.pattern}/`}.`;
  return void 0;
}
function defaultAnswer(question, before) {
  if (question.default === void 0) return void 0;
  try {
    return import_handlebars2.default.compile(question.default, { noEscape: true, strict: true })(before);
  } catch (e) {
    throw new TemplateError(
      `The default of question "${question.name}" cannot be rendered: ${e.message}`
    );
  }
}
function resolveAnswers(manifest, given, recorded = {}) {
  const answers = {};
  const missing = [];
  const problems = [];
  const asked = new Set(manifest.questions.map((q) => q.name));
  for (const key2 of Object.keys(given).sort())
    if (!asked.has(key2))
      problems.push(
        `Template ${manifest.name} ${manifest.version} asks no question "${key2}"; it asks ${[...asked].join(", ")}.`
      );
  const context = {};
  for (const q of manifest.questions) {
    let value = given[q.name] ?? recorded[q.name];
    if (value === void 0) {
      try {
        value = defaultAnswer(q, context);
      } catch (e) {
        if (!missing.length) throw e;
      }
    }
    if (value === void 0) {
      missing.push(q);
      continue;
    }
    context[q.name] = value;
    const problem = answerProblem(q, value);
    if (problem) problems.push(problem);
    else answers[q.name] = value;
  }
  return { answers, missing, problems };
}
function serializeAnswers(record) {
  return stableJson(record);
}
function parseAnswers(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new TemplateError(`${ANSWERS_FILE} is not valid JSON (${e.message}).`);
  }
  const r = data;
  if (!r || typeof r !== "object" || Array.isArray(r))
    throw new TemplateError(`${ANSWERS_FILE} must hold a JSON object.`);
  if (typeof r.template !== "string" || typeof r.version !== "string")
    throw new TemplateError(`${ANSWERS_FILE} must name "template" and "version" as strings.`);
  if (!r.answers || typeof r.answers !== "object" || Array.isArray(r.answers))
    throw new TemplateError(`${ANSWERS_FILE} must hold "answers" as an object.`);
  for (const [key2, value] of Object.entries(r.answers))
    if (typeof value !== "string")
      throw new TemplateError(`${ANSWERS_FILE}: answer "${key2}" must be a string.`);
  return { schemaVersion: 1, template: r.template, version: r.version, answers: r.answers };
}

// generators/templates/render.ts
var import_handlebars3 = __toESM(require_lib2(), 1);
var hb = import_handlebars3.default.create();
hb.registerHelper("json", (value) => JSON.stringify(String(value)));
hb.registerHelper("yaml", (value) => JSON.stringify(String(value)));
hb.registerHelper("slug", (value) => slugify(String(value), "project"));
hb.registerHelper("gha", (expr) => `\${{ ${String(expr)} }}`);
var PLACEHOLDER = /__([A-Za-z][A-Za-z0-9]*)__/g;
function outputPath(templatePath, answers) {
  const path = templatePath.replace(PLACEHOLDER, (_m, key2) => {
    const value = answers[key2];
    if (value === void 0)
      throw new TemplateError(`Template path "${templatePath}" names no answer "${key2}".`);
    return slugify(value, "project");
  }).replace(/\.hbs$/, "");
  const segments = path.split("/");
  if (path.includes("\\") || path.includes("\0") || segments.some((s) => s === "" || s === "." || s === ".."))
    throw new TemplateError(`Template path "${templatePath}" gives an unsafe path "${path}".`);
  if (path === ANSWERS_FILE)
    throw new TemplateError(`Template path "${templatePath}" would overwrite ${ANSWERS_FILE}.`);
  return path;
}
function renderTemplate(template, answers) {
  const files = [];
  const seen = /* @__PURE__ */ new Set();
  for (const file of template.files) {
    const path = outputPath(file.path, answers);
    if (seen.has(path))
      throw new TemplateError(`Two template files render to the same path "${path}".`);
    seen.add(path);
    let content = file.source;
    if (file.path.endsWith(".hbs")) {
      try {
        content = hb.compile(file.source, { noEscape: true, strict: true })({ ...answers });
      } catch (e) {
        throw new TemplateError(
          `${template.manifest.name} ${template.manifest.version}: ${file.path} does not render: ${e.message}`
        );
      }
    }
    files.push({ path, content });
  }
  return files.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

// generators/templates/apply.ts
import { lstatSync as lstatSync2, readFileSync as readFileSync3, rmSync } from "node:fs";
import { join as join3 } from "node:path";

// generators/templates/merge3.ts
function splitLines(text) {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}
function matches(base, other) {
  const map = new Int32Array(base.length).fill(-1);
  let o = 0;
  let a = 0;
  for (const change of diffArrays(base, other)) {
    const n = change.count ?? change.value.length;
    if (change.added) a += n;
    else if (change.removed) o += n;
    else for (let k = 0; k < n; k++) map[o++] = a++;
  }
  return map;
}
var same = (x, y) => x.length === y.length && x.every((line, i) => line === y[i]);
function merge3(base, ours, theirs, labels, eol = "\n") {
  const O = splitLines(base);
  const A = splitLines(ours);
  const B = splitLines(theirs);
  const mA = matches(O, A);
  const mB = matches(O, B);
  const out = [];
  const conflicts = [];
  let lineNo = 1;
  const emit = (lines) => {
    for (const line of lines) {
      if (out.length && !out[out.length - 1].endsWith("\n")) out[out.length - 1] += eol;
      out.push(line);
      lineNo++;
    }
  };
  let o = 0;
  let a = 0;
  let b = 0;
  while (o < O.length || a < A.length || b < B.length) {
    if (o < O.length && mA[o] === a && mB[o] === b) {
      emit([O[o]]);
      o++;
      a++;
      b++;
      continue;
    }
    let next = o;
    while (next < O.length && (mA[next] < 0 || mB[next] < 0)) next++;
    const aEnd = next < O.length ? mA[next] : A.length;
    const bEnd = next < O.length ? mB[next] : B.length;
    const baseChunk = O.slice(o, next);
    const oursChunk = A.slice(a, aEnd);
    const theirsChunk = B.slice(b, bEnd);
    if (same(oursChunk, baseChunk)) emit(theirsChunk);
    else if (same(theirsChunk, baseChunk) || same(oursChunk, theirsChunk)) emit(oursChunk);
    else {
      conflicts.push({
        line: lineNo,
        baseLines: baseChunk.length,
        oursLines: oursChunk.length,
        theirsLines: theirsChunk.length
      });
      emit([`<<<<<<< ${labels.ours}${eol}`]);
      emit(oursChunk);
      emit([`||||||| ${labels.base}${eol}`]);
      emit(baseChunk);
      emit([`=======${eol}`]);
      emit(theirsChunk);
      emit([`>>>>>>> ${labels.theirs}${eol}`]);
    }
    o = next;
    a = aEnd;
    b = bEnd;
  }
  return { text: out.join(""), conflicts };
}

// generators/templates/plan.ts
function eolOf(text) {
  const crlf = text.split("\r\n").length - 1;
  const lf = text.split("\n").length - 1 - crlf;
  return crlf > lf ? "\r\n" : "\n";
}
var withEol = (text, eol) => eol === "\n" ? text : text.replace(/\r?\n/g, eol);
function planFile(path, base, theirs, ours, labels) {
  if (ours !== null && typeof ours === "object")
    return { path, action: "skip-binary", reason: "not UTF-8 text; left untouched" };
  const eol = ours === null ? "\n" : eolOf(ours);
  const b = base === void 0 ? void 0 : withEol(base, eol);
  const t = theirs === void 0 ? void 0 : withEol(theirs, eol);
  if (t === void 0) {
    if (ours === null || b === void 0)
      return { path, action: "unchanged", reason: "not in either template version" };
    return ours === b ? {
      path,
      action: "delete",
      reason: `removed in template ${labels.to}; you had not changed it`
    } : {
      path,
      action: "keep-removed",
      reason: `removed in template ${labels.to}, but you changed it; left in place`
    };
  }
  if (ours === null) {
    return b === void 0 ? { path, action: "create", reason: `new in template ${labels.to}`, content: t } : {
      path,
      action: "skip-deleted",
      reason: `you deleted it; template ${labels.to} still has it (not re-added)`
    };
  }
  if (ours === t) return { path, action: "unchanged", reason: "already up to date" };
  if (b !== void 0 && ours === b)
    return {
      path,
      action: "update",
      reason: `you had not changed it; takes template ${labels.to}`,
      content: t
    };
  if (b !== void 0 && t === b)
    return {
      path,
      action: "keep",
      reason: `template ${labels.to} did not change it; your edits stay`
    };
  const merged = merge3(
    b ?? "",
    ours,
    t,
    { ours: "yours", base: `template ${labels.from}`, theirs: `template ${labels.to}` },
    eol
  );
  if (merged.conflicts.length) {
    const lines = merged.conflicts.map((c) => c.line).join(", ");
    return {
      path,
      action: "conflict",
      reason: b === void 0 ? `new in template ${labels.to}, but you already have a different file; conflict markers at line ${lines}` : `${merged.conflicts.length} conflicting hunk(s); markers at line ${lines}`,
      content: merged.text,
      conflicts: merged.conflicts
    };
  }
  if (merged.text === ours)
    return { path, action: "keep", reason: `template ${labels.to}'s changes are already in` };
  return {
    path,
    action: "merge",
    reason: `your edits and template ${labels.to}'s changes merged`,
    content: merged.text
  };
}
function planUpdate(baseFiles, theirFiles, readOurs, labels) {
  const base = new Map(baseFiles.map((f) => [f.path, f.content]));
  const theirs = new Map(theirFiles.map((f) => [f.path, f.content]));
  const paths = [.../* @__PURE__ */ new Set([...base.keys(), ...theirs.keys()])].sort(
    (a, b) => a < b ? -1 : a > b ? 1 : 0
  );
  return paths.map((p) => planFile(p, base.get(p), theirs.get(p), readOurs(p), labels));
}

// generators/templates/apply.ts
function checkedPath(dir, rel) {
  let full;
  try {
    full = safeOutputPath(dir, rel);
  } catch (e) {
    throw new TemplateError(e.message);
  }
  const segments = rel.split("/");
  let current = dir;
  for (const [i, segment] of segments.entries()) {
    current = join3(current, segment);
    let stat;
    try {
      stat = lstatSync2(current);
    } catch {
      return full;
    }
    const shown = segments.slice(0, i + 1).join("/");
    if (stat.isSymbolicLink())
      throw new TemplateError(`Refusing to write "${rel}": ${shown} is a symbolic link.`);
    const last = i === segments.length - 1;
    if (last && stat.isDirectory())
      throw new TemplateError(`Cannot write "${rel}": it is a folder.`);
    if (!last && !stat.isDirectory())
      throw new TemplateError(`Cannot write "${rel}": ${shown} is a file, not a folder.`);
  }
  return full;
}
var utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function readRepositoryFile(dir, rel) {
  const full = checkedPath(dir, rel);
  let bytes;
  try {
    bytes = readFileSync3(full);
  } catch (e) {
    if (e.code === "ENOENT") return null;
    throw new TemplateError(`Cannot read "${rel}": ${e.message}`);
  }
  try {
    return utf8.decode(bytes);
  } catch {
    return { binary: true };
  }
}
function checkAnswers(template, given, recorded) {
  const { answers, missing, problems } = resolveAnswers(template.manifest, given, recorded);
  for (const q of missing) problems.push(`No answer for ${q.name} (${q.message}).`);
  if (problems.length) throw new TemplateError(problems.join("\n"));
  return answers;
}
function initRepository(options) {
  const { template, dir } = options;
  const answers = checkAnswers(template, options.answers);
  const record = {
    schemaVersion: 1,
    template: template.manifest.name,
    version: template.manifest.version,
    answers
  };
  const files = [
    ...renderTemplate(template, answers),
    { path: ANSWERS_FILE, content: serializeAnswers(record) }
  ];
  const entries = [];
  const clashes = [];
  for (const file of files) {
    const ours = readRepositoryFile(dir, file.path);
    if (ours === null) entries.push({ path: file.path, action: "create" });
    else if (ours === file.content) entries.push({ path: file.path, action: "unchanged" });
    else {
      entries.push({ path: file.path, action: "overwrite" });
      clashes.push(file.path);
    }
  }
  if (clashes.length && !options.force) {
    const shown = clashes.slice(0, 10).join(", ") + (clashes.length > 10 ? ", \u2026" : "");
    const hint = clashes.includes(ANSWERS_FILE) ? ` The folder was already made from a template (it has ${ANSWERS_FILE}): use "boardwright update" to move it to a newer version.` : "";
    throw new TemplateError(
      `${clashes.length} file(s) already exist in ${dir} and differ: ${shown}. Nothing was written; pass --force to overwrite them.${hint}`
    );
  }
  const changed = files.filter((_f, i) => entries[i].action !== "unchanged");
  if (!options.dryRun && changed.length) writeOutputs(dir, changed);
  return {
    template: record.template,
    version: record.version,
    answers,
    files: entries,
    written: !options.dryRun && changed.length > 0
  };
}
function readAnswersFile(dir) {
  const text = readRepositoryFile(dir, ANSWERS_FILE);
  if (text === null)
    throw new TemplateError(
      `${join3(dir, ANSWERS_FILE)} does not exist: the folder was not made by "boardwright init", or the file was deleted.`
    );
  if (typeof text !== "string") throw new TemplateError(`${ANSWERS_FILE} is not UTF-8 text.`);
  return parseAnswers(text);
}
function planRepositoryUpdate(options) {
  const { dir, record, base, target: target2 } = options;
  const baseFiles = renderTemplate(base, checkAnswers(base, record.answers));
  const answers = checkAnswers(target2, options.given ?? {}, record.answers);
  const theirFiles = renderTemplate(target2, answers);
  const labels = { from: base.manifest.version, to: target2.manifest.version };
  const entries = planUpdate(baseFiles, theirFiles, (p) => readRepositoryFile(dir, p), labels);
  return { template: record.template, from: labels.from, to: labels.to, answers, entries };
}
var writesFile = (e) => e.content !== void 0;
function applyRepositoryUpdate(dir, plan) {
  const record = {
    schemaVersion: 1,
    template: plan.template,
    version: plan.to,
    answers: plan.answers
  };
  const files = plan.entries.filter(writesFile).map((e) => ({ path: e.path, content: e.content }));
  files.push({ path: ANSWERS_FILE, content: serializeAnswers(record) });
  for (const f of files) checkedPath(dir, f.path);
  const removed = plan.entries.filter((e) => e.action === "delete").map((e) => e.path);
  for (const p of removed) checkedPath(dir, p);
  writeOutputs(dir, files);
  for (const p of removed) rmSync(join3(dir, p), { force: true });
  return [...files.map((f) => f.path), ...removed];
}

// generators/summary.ts
function cell(text) {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/[\r\n]+/g, " ").replace(/[<>]/g, (c) => c === "<" ? "&lt;" : "&gt;");
}
function row(name, p) {
  return `| ${cell(name)} | ${p.items} | ${p.done} | ${p.inProgress} | ${p.blocked} | ${p.percentDone}% |`;
}
var HEAD = "| | Items | Done | In progress | Blocked | % done |\n| --- | ---: | ---: | ---: | ---: | ---: |";
function summaryMarkdown(workspace) {
  const lines = ["# Board summary", "", HEAD];
  for (const board of workspace.boards)
    lines.push(row(`${board.title} (${board.path})`, progressOf(board.items)));
  lines.push(row("All boards", progressOf(workspace.boards.flatMap((b) => b.items))));
  for (const board of workspace.boards) lines.push("", ...boardSection(board));
  return `${lines.join("\n")}
`;
}
function boardSection(board) {
  const out = [
    `## ${cell(board.title)}`,
    "",
    `\`${board.path}\` \xB7 dialect \`${board.dialect}\``,
    "",
    HEAD
  ];
  const top = board.groups.filter((g) => !g.parent && g.kind !== "column");
  const columns = board.groups.filter((g) => g.kind === "column" && !g.parent);
  for (const g of [...top, ...columns].sort((a, b) => a.index - b.index)) {
    out.push(row(g.title, progressOf(itemsInGroup(board, g))));
  }
  const loose = board.items.filter((i) => i.group === void 0);
  if (loose.length) out.push(row("(no group)", progressOf(loose)));
  out.push(row("Total", progressOf(board.items)));
  return out;
}
function summaryFiles(workspace) {
  return [{ path: "summary.md", content: summaryMarkdown(workspace) }];
}

// generators/inject.ts
import { readFileSync as readFileSync4, realpathSync, renameSync, rmSync as rmSync2, statSync, writeFileSync } from "node:fs";
var SUMMARY_START = "<!-- boardwright:summary:start -->";
var SUMMARY_END = "<!-- boardwright:summary:end -->";
var InjectError = class extends Error {
  constructor(message, line) {
    super(message);
    this.line = line;
  }
  line;
};
function summaryBlock(workspace) {
  const lines = summaryMarkdown(workspace).split("\n");
  if (/^# /.test(lines[0] ?? "")) lines.splice(0, lines[1] === "" ? 2 : 1);
  return lines.map((l) => /^#{1,5} /.test(l) ? `#${l}` : l).join("\n");
}
function findMarkers(text, marker) {
  const found = [];
  const bom = text.startsWith("\uFEFF") ? 1 : 0;
  for (const node of parseMarkdown(bom ? text.slice(1) : text).children) {
    if (node.type !== "html" || node.value.trim() !== marker) continue;
    const p = node.position;
    found.push({ start: p.start.offset + bom, end: p.end.offset + bom, line: p.start.line });
  }
  return found;
}
function lineOf(text, offset) {
  return text.slice(0, offset).split("\n").length;
}
function single(text, marker, path) {
  const found = findMarkers(text, marker);
  if (found.length === 1) return found[0];
  if (found.length > 1)
    throw new InjectError(
      `${path}:${found[1].line}: "${marker}" appears ${found.length} times (lines ${found.map((m) => m.line).join(", ")}); keep exactly one.`,
      found[1].line
    );
  const raw = text.indexOf(marker);
  if (raw >= 0) {
    const line = lineOf(text, raw);
    throw new InjectError(
      `${path}:${line}: "${marker}" must stand on a line of its own, outside code blocks, lists and quotes.`,
      line
    );
  }
  throw new InjectError(
    `${path}:1: no "${marker}" line. Add the two lines
  ${SUMMARY_START}
  ${SUMMARY_END}
where the summary should go.`,
    1
  );
}
function injectBlock(text, block, path) {
  const start = single(text, SUMMARY_START, path);
  const end = single(text, SUMMARY_END, path);
  if (end.start < start.end)
    throw new InjectError(
      `${path}:${end.line}: "${SUMMARY_END}" comes before "${SUMMARY_START}" (line ${start.line}).`,
      end.line
    );
  const newline = text.indexOf("\n", start.end);
  const crlf = newline > 0 && text[newline - 1] === "\r";
  const eol = crlf ? "\r\n" : "\n";
  const spanStart = crlf ? newline - 1 : newline;
  const spanEnd = text.lastIndexOf("\n", end.start - 1) + 1;
  const body = block.replace(/\r?\n/g, eol);
  return `${text.slice(0, spanStart)}${eol}${eol}${body}${body.endsWith(eol) ? "" : eol}${eol}${text.slice(spanEnd)}`;
}
var utf82 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function injectFile(path, block, checkOnly = false) {
  const bytes = readFileSync4(path);
  let text;
  try {
    text = utf82.decode(bytes);
  } catch {
    throw new InjectError(`${path}:1: is not UTF-8 text; nothing was changed.`, 1);
  }
  const next = injectBlock(text, block, path);
  if (next === text) return { changed: false };
  if (checkOnly) return { changed: true };
  const target2 = realpathSync(path);
  const temp = `${target2}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, next, { mode: statSync(target2).mode & 4095 });
    renameSync(temp, target2);
  } catch (e) {
    rmSync2(temp, { force: true });
    throw e;
  }
  return { changed: true };
}

// kanban/edit/errors.ts
var EditError = class extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
    this.name = "EditError";
  }
  code;
};

// kanban/edit/source.ts
var import_iconv_lite = __toESM(require_lib(), 1);
import { createHash } from "node:crypto";
function contentHash(bytes) {
  return createHash("sha256").update(bytes).digest("hex");
}
var EditSource = class {
  constructor(path, bytes, limits) {
    this.path = path;
    this.bytes = bytes;
    this.hash = contentHash(bytes);
    const decoded = decodeMarkdown(bytes, path, limits);
    if (decoded.text === void 0) {
      const why = decoded.diagnostics[0]?.message ?? "it is not readable text";
      throw new EditError("unusable", `${path} cannot be edited: ${why}`);
    }
    let charset = "utf-8";
    let bom = 0;
    if (bytes[0] === 255 && bytes[1] === 254) [charset, bom] = ["utf-16le", 2];
    else if (bytes[0] === 254 && bytes[1] === 255) [charset, bom] = ["utf-16be", 2];
    else if (bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) bom = 3;
    this.raw = import_iconv_lite.default.decode(Buffer.from(bytes.subarray(bom)), charset);
    const { segments, text, mojibake } = mapText(this.raw);
    if (text !== decoded.text)
      throw new EditError(
        "unusable",
        `${path} cannot be edited: its text could not be mapped back to its bytes.`
      );
    this.text = text;
    this.segments = segments;
    this.encoding = { charset, bom, mojibake, eol: commonEol(this.raw) };
  }
  path;
  bytes;
  hash;
  encoding;
  /** The text as the reader sees it; every offset in an edit refers to it. */
  text;
  /** The file's text as stored, without the BOM (line ends and mojibake as written). */
  raw;
  segments;
  /** Offset in the stored text for an offset of the reader's text; throws inside a mapped sequence. */
  rawOffset(offset) {
    let lo = 0;
    let hi = this.segments.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.segments[mid].textStart <= offset) lo = mid;
      else hi = mid - 1;
    }
    const seg = this.segments[lo];
    if (!seg) return 0;
    if (seg.same) return seg.rawStart + Math.min(offset, seg.textEnd) - seg.textStart;
    if (offset === seg.textStart) return seg.rawStart;
    if (offset === seg.textEnd) return seg.rawEnd;
    throw new EditError(
      "encoding",
      `${this.path}: the edit would split a character sequence the file stores differently; the file was left unchanged.`
    );
  }
  /** Byte offset of an offset in the stored text. */
  byteOffset(rawOffset) {
    const prefix = this.raw.slice(0, rawOffset);
    if (this.encoding.charset === "utf-8") return this.encoding.bom + Buffer.byteLength(prefix);
    return this.encoding.bom + prefix.length * 2;
  }
  /** The line ending of the stored line that holds `rawOffset`, else the file's common one. */
  eolNear(rawOffset) {
    const m = /\r\n|\r|\n/.exec(this.raw.slice(rawOffset));
    if (m) return m[0];
    const before = /(\r\n|\r|\n)[^\r\n]*$/.exec(this.raw.slice(0, rawOffset));
    return before ? before[1] : this.encoding.eol;
  }
  /** New text as this file stores text: its line ending, its mojibake, its charset. */
  encode(text, rawOffset) {
    let stored = text.includes("\n") ? text.replace(/\n/g, this.eolNear(rawOffset)) : text;
    if (this.encoding.mojibake) stored = toMacRomanMojibake(stored);
    return import_iconv_lite.default.encode(stored, this.encoding.charset);
  }
  /**
   * Applies edits (offsets in the reader's text, non-overlapping) to the bytes. Returns the new
   * bytes, the new reader's text, and the one byte span that holds every change. Throws
   * `EditError` (`encoding`) when the new text cannot be stored the way this file stores text.
   */
  apply(edits) {
    const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
    for (let i = 1; i < sorted.length; i++)
      if (sorted[i].start < sorted[i - 1].end)
        throw new Error("overlapping edits");
    const parts = [];
    let text = "";
    let textAt = 0;
    let byteAt = 0;
    let first;
    let last = 0;
    let lastNew = 0;
    let length = 0;
    for (const edit of sorted) {
      const rawStart = this.rawOffset(edit.start);
      const rawEnd = this.rawOffset(edit.end);
      const start = this.byteOffset(rawStart);
      const end = this.byteOffset(rawEnd);
      const stored = this.encode(edit.text, rawStart);
      parts.push(this.bytes.subarray(byteAt, start), stored);
      length += start - byteAt;
      first ??= start;
      length += stored.length;
      last = end;
      lastNew = length;
      byteAt = end;
      text += this.text.slice(textAt, edit.start) + edit.text;
      textAt = edit.end;
    }
    parts.push(this.bytes.subarray(byteAt));
    text += this.text.slice(textAt);
    const bytes = Buffer.concat(parts);
    const span = { start: first ?? 0, end: last, newEnd: lastNew };
    return { bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), text, span };
  }
  /** Text encoded as this file stores it, for checking that a new text survives a re-read. */
  storedForm(text) {
    return this.encoding.mojibake ? toMacRomanMojibake(text) : text;
  }
};
function mapText(raw) {
  const segments = [];
  let text = "";
  let rawAt = 0;
  let mojibake = false;
  const same2 = (upTo) => {
    if (upTo <= rawAt) return;
    const piece = raw.slice(rawAt, upTo);
    segments.push({
      textStart: text.length,
      textEnd: text.length + piece.length,
      rawStart: rawAt,
      rawEnd: upTo,
      same: true
    });
    text += piece;
    rawAt = upTo;
  };
  const mapped = (from, to) => {
    segments.push({
      textStart: text.length,
      textEnd: text.length + to.length,
      rawStart: rawAt,
      rawEnd: rawAt + from.length,
      same: false
    });
    text += to;
    rawAt += from.length;
  };
  const special = /\r\n?|[^\p{ASCII}]{2,}/gu;
  for (const m of raw.matchAll(special)) {
    same2(m.index);
    const found = m[0];
    if (found[0] === "\r") {
      mapped(found, "\n");
      continue;
    }
    for (const piece of repairRunPieces(found)) {
      if (piece.from === piece.to) same2(rawAt + piece.from.length);
      else {
        mojibake = true;
        mapped(piece.from, piece.to);
      }
    }
  }
  same2(raw.length);
  if (segments.length === 0)
    segments.push({ textStart: 0, textEnd: 0, rawStart: 0, rawEnd: 0, same: true });
  return { segments, text, mojibake };
}
function commonEol(raw) {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (const m of raw.matchAll(/\r\n|\r|\n/g)) {
    if (m[0] === "\r\n") crlf++;
    else if (m[0] === "\n") lf++;
    else cr++;
  }
  if (crlf > lf && crlf >= cr) return "\r\n";
  if (cr > lf && cr > crlf) return "\r";
  return "\n";
}

// kanban/edit/apply.ts
import {
  chmodSync,
  lstatSync as lstatSync3,
  readFileSync as readFileSync5,
  realpathSync as realpathSync2,
  renameSync as renameSync2,
  rmSync as rmSync3,
  statSync as statSync2,
  writeFileSync as writeFileSync2
} from "node:fs";
import { basename, dirname as dirname3, isAbsolute, join as join4, relative, resolve, sep } from "node:path";
function inside(root, path) {
  const rel = relative(root, path);
  return rel === "" || !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel);
}
function target(root, patch) {
  const realRoot = realpathSync2(root);
  const full = resolve(root, patch.path);
  if (!inside(resolve(root), full))
    throw new EditError("invalid", `${patch.path} is outside the workspace; nothing was written.`);
  let real;
  try {
    real = realpathSync2(full);
  } catch (e) {
    throw new EditError(
      "conflict",
      `${patch.path} cannot be read any more (${e.code ?? e.message}); nothing was written.`
    );
  }
  if (!inside(realRoot, real))
    throw new EditError(
      "invalid",
      `${patch.path} is a link to ${real}, outside the workspace; boardwright does not write through it.`
    );
  return real;
}
function applyEdit(plan, root) {
  const targets = plan.patches.map((patch) => ({ patch, real: target(root, patch) }));
  for (const { patch, real } of targets) {
    const current = readFileSync5(real);
    if (patch.baseHash && contentHash(current) !== patch.baseHash)
      throw new EditError(
        "conflict",
        `${patch.path} changed since it was read; read it again and repeat the edit. Nothing was written.`
      );
  }
  const written = [];
  for (const { patch, real } of targets) {
    const temp = join4(dirname3(real), `.${basename(real)}.boardwright-${process.pid}.tmp`);
    try {
      writeFileSync2(temp, patch.after, { flag: "wx" });
      chmodSync(temp, statSync2(real).mode & 4095);
      if (lstatSync3(real).isSymbolicLink()) throw new Error("the file became a link");
      renameSync2(temp, real);
    } catch (e) {
      rmSync3(temp, { force: true });
      throw new EditError(
        "conflict",
        `${patch.path} could not be written (${e.code ?? e.message}); it is unchanged.`
      );
    }
    written.push(patch.path);
  }
  return written;
}

// kanban/edit/diff.ts
function storedText(bytes) {
  if (bytes[0] === 255 && bytes[1] === 254)
    return Buffer.from(bytes.subarray(2)).toString("utf16le");
  if (bytes[0] === 254 && bytes[1] === 255) {
    const swapped = Buffer.from(bytes.subarray(2));
    swapped.swap16();
    return swapped.toString("utf16le");
  }
  return Buffer.from(bytes).toString("utf8");
}
function planDiff(plan) {
  return plan.patches.map(
    (p) => createTwoFilesPatch(
      `a/${p.path}`,
      `b/${p.path}`,
      storedText(p.before),
      storedText(p.after),
      "",
      "",
      { context: 3 }
    ).split("\n").slice(1).join("\n")
  ).join("");
}

// kanban/edit/doc.ts
var EditDoc = class {
  /** `tree` is the text's mdast when the caller has it already (from reading the board). */
  constructor(text, tree) {
    this.text = text;
    this.tree = tree ?? parseMarkdown(text);
    this.starts = [0];
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1))
      this.starts.push(i + 1);
  }
  text;
  tree;
  starts;
  /** Number of lines; a final line ending does not start another line. */
  get lineCount() {
    const last = this.starts[this.starts.length - 1];
    return last === this.text.length && this.starts.length > 1 ? this.starts.length - 1 : this.starts.length;
  }
  /** True when the text ends with a line ending (or is empty). */
  get endsWithNewline() {
    return this.text.length === 0 || this.text.endsWith("\n");
  }
  /** Offset of the first character of `line`; past the last line, the end of the text. */
  lineStart(line) {
    return line - 1 < this.starts.length ? this.starts[line - 1] : this.text.length;
  }
  /** Offset of the line ending of `line` (or the end of the text on a last line without one). */
  lineEnd(line) {
    const next = this.starts[line];
    return next === void 0 ? this.text.length : next - 1;
  }
  /** Offset of the line after `line` (the end of the text after the last line). */
  nextLineStart(line) {
    return this.starts[line] ?? this.text.length;
  }
  lineText(line) {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }
  /** True for a line that holds only white space, and for lines past the end. */
  isBlank(line) {
    return line < 1 || line > this.lineCount || this.lineText(line).trim() === "";
  }
  /** 1-based line of an offset. */
  lineAt(offset) {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
  /** Lines `from`…`to` (inclusive) as text, each with its line ending. */
  linesText(from, to) {
    const end = this.nextLineStart(to);
    const text = this.text.slice(this.lineStart(from), end);
    return text.endsWith("\n") || end < this.text.length ? text : `${text}
`;
  }
  /** The list item that starts at `line` and `column`, if any. */
  listItemAt(line, column) {
    let found;
    walk(this.tree, (node) => {
      if (found) return false;
      const p = node.position;
      if (!p || p.end.line < line || p.start.line > line) return false;
      if (node.type === "listItem" && p.start.line === line && (column === void 0 || p.start.column === column)) {
        found = node;
        return false;
      }
      return true;
    });
    return found;
  }
  /** The heading on `line`, if any. */
  headingAt(line) {
    for (const node of this.tree.children)
      if (node.type === "heading" && node.position?.start.line === line) return node;
    return void 0;
  }
  /** Top-level node that holds `line`, and its index among the root's children. */
  topLevelAt(line) {
    const children = this.tree.children;
    for (let i = 0; i < children.length; i++) {
      const p = children[i].position;
      if (p && p.start.line <= line && p.end.line >= line) return { node: children[i], index: i };
    }
    return void 0;
  }
};
function walk(node, visit) {
  if (!visit(node)) return;
  if ("children" in node) for (const child of node.children) walk(child, visit);
}

// kanban/edit/spans.ts
var MARKER = /^([-*+]|\d{1,9}[.)])([ \t]+|$)(?:\[([ xX\-/>!?])\](\*?)(?=[ \t]|$)[ \t]*)?/;
function itemLine(doc, li) {
  const p = li.position;
  const start = p.start.offset;
  const line = p.start.line;
  const lineStart = doc.lineStart(line);
  const lineEnd = doc.lineEnd(line);
  const m = MARKER.exec(doc.text.slice(start, lineEnd));
  const marker = m ? m[1] : "-";
  const afterMarker = start + (m ? m[1].length + m[2].length : 1);
  const out = {
    line,
    prefix: doc.text.slice(lineStart, start),
    marker,
    markerStart: start,
    afterMarker,
    contentStart: m ? start + m[0].length : afterMarker,
    lineEnd
  };
  if (m && m[3] !== void 0) {
    const boxStart = afterMarker;
    out.box = { start: boxStart, end: boxStart + 3 + m[4].length, mark: m[3] };
  }
  return out;
}
function setCheckbox(line, mark) {
  if (!line.box) return [];
  if (line.box.mark === mark || /^[xX]$/.test(mark) && /^[xX]$/.test(line.box.mark)) return [];
  return [{ start: line.box.start + 1, end: line.box.start + 2, text: mark }];
}
var LEADING_EMOJI = new RegExp("^(\\p{Extended_Pictographic}[\\uFE0F\\u200D\\p{Extended_Pictographic}]*)[ \\t]*", "u");
function leadingEmoji(doc, line) {
  const m = LEADING_EMOJI.exec(doc.text.slice(line.contentStart, line.lineEnd));
  if (!m) return void 0;
  return {
    emoji: m[1],
    start: line.contentStart,
    end: line.contentStart + m[0].length
  };
}
function fieldBullets(doc, li) {
  return li.children.flatMap((c) => c.type === "list" ? listFieldBullets(doc, c) : []);
}
function listFieldBullets(doc, list) {
  const out = [];
  {
    for (const sub of list.children) {
      if (typeof sub.checked === "boolean") continue;
      const para = sub.children[0];
      if (para?.type !== "paragraph") continue;
      const field = splitField(plain(para));
      if (!field) continue;
      const span = fieldValueSpan(doc, para);
      if (!span) continue;
      out.push({ li: sub, name: field.name, value: field.value, ...span });
    }
  }
  return out;
}
function fieldValueSpan(doc, para) {
  const p = para.position;
  if (p.start.line !== p.end.line) return void 0;
  const source = doc.text.slice(p.start.offset, p.end.offset);
  const colon = source.indexOf(":");
  if (colon === -1) return void 0;
  let valueStart = p.start.offset + colon + 1;
  const after = /^(\*\*|__|\*|_)?[ \t]*/.exec(source.slice(colon + 1));
  if (after) valueStart += after[0].length;
  return { valueStart, valueEnd: p.end.offset };
}
function boldFieldSpans(doc, para) {
  const out = [];
  const kids = para.children;
  const end = para.position.end.offset;
  for (let i = 0; i < kids.length; i++) {
    const node = kids[i];
    if (node.type !== "strong") continue;
    const label = plain(node);
    const next = kids[i + 1];
    const colonInside = label.endsWith(":");
    const colonAfter = next?.type === "text" && /^\s*:/.test(next.value);
    if (!colonInside && !colonAfter) continue;
    let valueStart = node.position.end.offset;
    if (colonAfter) valueStart += /^\s*:[ \t]*/.exec(doc.text.slice(valueStart))[0].length;
    else valueStart += /^[ \t]*/.exec(doc.text.slice(valueStart))[0].length;
    let gapEnd = end;
    for (let j = i + 1; j < kids.length; j++) {
      const k = kids[j];
      if (k.type !== "strong") continue;
      const l = plain(k);
      const n = kids[j + 1];
      if (l.endsWith(":") || n?.type === "text" && /^\s*:/.test(n.value)) {
        gapEnd = k.position.start.offset;
        break;
      }
    }
    const raw = doc.text.slice(valueStart, gapEnd);
    const valueEnd = valueStart + raw.trimEnd().length;
    out.push({
      name: label.replace(/:$/, "").trim(),
      value: raw.replace(/\s+/g, " ").trim(),
      valueStart,
      valueEnd,
      gapEnd
    });
  }
  return out;
}
function suffixSpan(doc, line, from, raw) {
  const lineEnd = doc.lineEnd(line);
  const source = doc.text.slice(from, lineEnd);
  const content = source.trimEnd();
  const candidates = [];
  for (const opener of /* @__PURE__ */ new Set([[...raw][0] ?? "(", "(", "["]))
    for (let at = content.lastIndexOf(opener); at > 0; at = content.lastIndexOf(opener, at - 1))
      candidates.push(at);
  candidates.sort((a, b) => b - a);
  const norm2 = (s) => s.replace(/[*_`]/g, "").replace(/\s+/g, " ").trim();
  for (const at of candidates) {
    const tail = norm2(content.slice(at));
    if (tail === norm2(raw) || tail === norm2(`(${raw})`) || tail === norm2(`[${raw}]`)) {
      let start = from + at;
      while (start > from && /[ \t]/.test(doc.text[start - 1])) start--;
      return { start, end: from + content.length };
    }
  }
  return void 0;
}
function headingContentStart(doc, heading) {
  const start = heading.position.start.offset;
  const m = /^[ \t]*#{1,6}[ \t]*/.exec(
    doc.text.slice(start, doc.lineEnd(heading.position.start.line))
  );
  return start + (m ? m[0].length : 0);
}
function listUnits(list) {
  return list.children.map((li) => ({
    start: li.position.start.line,
    end: li.position.end.line
  }));
}
function runSeparator(doc, run, fallback) {
  if (run.length < 2) return fallback;
  const a = run[0];
  const b = run[1];
  return "\n".repeat(Math.max(0, b.start - a.end - 1));
}
function endOf(doc, line) {
  return doc.nextLineStart(line);
}
function removeUnit(doc, run, index) {
  const u = run[index];
  let start = doc.lineStart(u.start);
  let end = endOf(doc, u.end);
  if (run.length === 1) {
    if (u.start > 1 && doc.isBlank(u.start - 1) && u.end < doc.lineCount && doc.isBlank(u.end + 1))
      end = endOf(doc, u.end + 1);
  } else if (index < run.length - 1) {
    end = doc.lineStart(run[index + 1].start);
  } else {
    start = endOf(doc, run[index - 1].end);
  }
  if (end === doc.text.length && !doc.endsWithNewline && start > 0) start -= 1;
  return { start, end, text: "" };
}
function insertInRun(doc, run, index, block, separator) {
  if (index < run.length) {
    const at2 = doc.lineStart(run[index].start);
    return { start: at2, end: at2, text: block + separator };
  }
  const last = run[run.length - 1];
  const at = endOf(doc, last.end);
  if (at === doc.text.length && !doc.endsWithNewline)
    return { start: at, end: at, text: `
${separator}${block.replace(/\n$/, "")}` };
  return { start: at, end: at, text: separator + block };
}
function insertAfterLine(doc, after, block, tight = false) {
  const next = after + 1;
  if (next > doc.lineCount) {
    const at2 = doc.text.length;
    return { start: at2, end: at2, text: doc.endsWithNewline ? block : `
${block}` };
  }
  if (tight || !doc.isBlank(next)) {
    if (doc.isBlank(next)) {
      const at3 = doc.lineStart(next);
      return { start: at3, end: at3, text: block };
    }
    const at2 = doc.lineStart(next);
    const following = doc.lineText(next);
    const needsBlank = !/^ {0,3}(?:#{1,6}(?:[ \t]|$)|[-*_](?:[ \t]*[-*_]){2,}[ \t]*$)/.test(
      following
    );
    return { start: at2, end: at2, text: needsBlank ? `${block}
` : block };
  }
  const at = doc.lineStart(next + 1);
  if (next + 1 > doc.lineCount) return { start: at, end: at, text: block };
  return { start: at, end: at, text: `${block}
` };
}
function reindent(block, from, to) {
  if (from === to) return block;
  return block.split("\n").map((l, i, all) => {
    if (i === all.length - 1 && l === "") return l;
    if (l.startsWith(from)) return to + l.slice(from.length);
    return l.trim() === "" ? l : to + l.replace(/^[ \t]*/, "");
  }).join("\n");
}
function insertLinesAfter(doc, line, lines) {
  const at = doc.nextLineStart(line);
  if (at === doc.text.length && !doc.endsWithNewline)
    return { start: at, end: at, text: `
${lines.replace(/\n$/, "")}` };
  return { start: at, end: at, text: lines };
}
var TICKED = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[([xX])\]/;
function doneMark(doc, line) {
  if (line !== void 0)
    for (let d = 1; d <= 40; d++)
      for (const l of [line - d, line + d]) {
        if (l < 1 || l > doc.lineCount) continue;
        const m = TICKED.exec(doc.lineText(l));
        if (m) return m[1];
      }
  let upper = 0;
  let lower = 0;
  for (const m of doc.text.matchAll(new RegExp(TICKED.source, "gm")))
    if (m[1] === "X") upper++;
    else lower++;
  return upper > lower ? "X" : "x";
}

// kanban/edit/items.ts
function listItemOf(ctx, item) {
  const li = ctx.doc.listItemAt(item.position.line, item.position.column);
  if (!li)
    throw new EditError(
      "verify",
      `${ctx.board.path}:${item.position.line}: no list item found for ${item.id}.`
    );
  return li;
}
function headingOf(ctx, item) {
  const h = ctx.doc.headingAt(item.position.line);
  if (!h)
    throw new EditError(
      "verify",
      `${ctx.board.path}:${item.position.line}: no heading found for ${item.id}.`
    );
  return h;
}
function listOf(ctx, li) {
  let found;
  walk(ctx.doc.tree, (node) => {
    if (found) return false;
    if (node.type === "list" && node.children.includes(li)) {
      found = node;
      return false;
    }
    const p = node.position;
    const q = li.position;
    return !p || p.start.line <= q.start.line && p.end.line >= q.end.line;
  });
  if (!found) throw new EditError("verify", `${ctx.board.path}: list item has no list.`);
  return found;
}
function topItems(ctx, groupId, exclude) {
  return ctx.board.items.filter((i) => i.group === groupId && !i.parent && i !== exclude);
}
var STATUS_FIELD = /^(?:status|state)$/i;
function statusBullets(ctx, li) {
  return fieldBullets(ctx.doc, li).filter((f) => STATUS_FIELD.test(f.name));
}
function writeListItemStatus(ctx, item, status, style) {
  const li = listItemOf(ctx, item);
  const line = itemLine(ctx.doc, li);
  const edits = [];
  let said = false;
  if (line.box) {
    const mark = status === "done" ? doneMark(ctx.doc, line.line) : status === "in-progress" && style.doingMark ? style.doingMark : " ";
    edits.push(...setCheckbox(line, mark));
    said = status === "done" || status === "backlog" || mark === style.doingMark;
  }
  const fieldSaid = item.statusEvidence.some((e) => e.source === "field");
  for (const field of fieldSaid ? statusBullets(ctx, li) : []) {
    const word = ctx.words.word("field", status);
    if (!word) throw unsupported(ctx, item, status, style);
    if (ctx.words.statusOf(field.value) !== status)
      edits.push({ start: field.valueStart, end: field.valueEnd, text: word });
    said = true;
  }
  const marks = lineMarks(ctx, item, line);
  if (marks.lead) {
    const lead = marks.lead;
    const current = ctx.words.statusOf(lead.emoji);
    if (current !== status) {
      const seen = ctx.words.texts("emoji").find((t) => ctx.words.statusOf(t) === status);
      if (seen) edits.push({ start: lead.start, end: lead.start + lead.emoji.length, text: seen });
      else edits.push({ start: lead.start, end: lead.end, text: "" });
      said ||= seen !== void 0 || !line.box && status === "backlog";
    } else said = true;
  }
  if (marks.suffix) {
    const s = marks.suffix;
    if (ctx.words.statusOf(s.raw) !== status) {
      const seen = ctx.words.texts(s.source).find((t) => ctx.words.statusOf(t) === status);
      const text = seen ? ` ${s.bracket ? `(${seen})` : seen}` : "";
      edits.push({ start: s.start, end: s.end, text });
      said ||= seen !== void 0;
    } else said = true;
  }
  if (!said && !(status === "backlog" && !line.box && !marks.lead && !marks.suffix)) {
    const add = line.box ? style.add : style.addUnboxed ?? style.add;
    if (add === "field") edits.push(addStatusBullet(ctx, item, li, line, status, style));
    else if (add === "emoji") {
      const word = ctx.words.word("emoji", status);
      if (!word) throw unsupported(ctx, item, status, style);
      edits.push({ start: line.contentStart, end: line.contentStart, text: `${word} ` });
    } else if (add === "suffix") {
      const word = ctx.words.word("suffix", status);
      if (!word) throw unsupported(ctx, item, status, style);
      edits.push({ start: line.lineEnd, end: line.lineEnd, text: ` (${word.toLowerCase()})` });
    } else throw unsupported(ctx, item, status, style);
  }
  return edits;
}
function unsupported(ctx, item, status, style) {
  return new EditError(
    "unsupported",
    `${ctx.board.path}:${item.position.line}: ${style.name} carry only a checkbox, so ${item.id} can be done or not done but not "${status}". Use done or reopen.`
  );
}
function addStatusBullet(ctx, item, li, line, status, style) {
  const word = ctx.words.word("field", status);
  if (!word) throw unsupported(ctx, item, status, style);
  const nested = li.children.find((c) => c.type === "list");
  const first = nested?.children[0];
  if (first) {
    const fl = itemLine(ctx.doc, first);
    const at = ctx.doc.lineStart(fl.line);
    return { start: at, end: at, text: `${fl.prefix}${fl.marker} Status: ${word}
` };
  }
  const indent = line.prefix.replace(/[^\t>]/g, " ") + " ".repeat(line.afterMarker - line.markerStart);
  const end = ctx.doc.lineEnd(li.position.end.line);
  return { start: end, end, text: `
${indent}- Status: ${word}` };
}
function lineMarks(ctx, item, line) {
  const out = {};
  const lead = leadingEmoji(ctx.doc, line);
  if (lead && statusEmoji(lead.emoji) && ctx.words.statusOf(lead.emoji)) out.lead = lead;
  for (const e of item.statusEvidence) {
    if (e.line !== line.line || e.source !== "suffix" && e.source !== "emoji") continue;
    if (out.lead && e.raw === out.lead.emoji) continue;
    const span = suffixSpan(ctx.doc, line.line, line.contentStart, e.raw);
    if (span) {
      const bracket = /^[([]/.test(ctx.doc.text.slice(span.start, span.end).trim());
      out.suffix = { raw: e.raw, ...span, source: e.source, bracket };
    }
  }
  return out;
}
function tickAcceptance(ctx, item, index, done) {
  const criterion = item.acceptance[index];
  if (!criterion)
    throw new EditError(
      "invalid",
      `${item.id} has ${item.acceptance.length} acceptance criteria; there is no number ${index + 1}.`
    );
  const li = ctx.doc.listItemAt(criterion.line);
  const line = li && itemLine(ctx.doc, li);
  if (!line?.box)
    throw new EditError(
      "unsupported",
      `${ctx.board.path}:${criterion.line}: acceptance criterion ${index + 1} of ${item.id} is not a checkbox, so it cannot be ticked.`
    );
  return setCheckbox(line, done ? doneMark(ctx.doc, line.line) : " ");
}
function boldFieldParagraphs(ctx, item) {
  const out = [];
  for (const node of ctx.doc.tree.children) {
    const p = node.position;
    if (!p || p.start.line <= item.position.line || p.start.line > item.position.endLine) continue;
    if (node.type === "heading") break;
    if (node.type === "paragraph" && node.children[0]?.type === "strong") {
      if (boldFieldSpans(ctx.doc, node).length) out.push(node);
    }
  }
  return out;
}
function writeFieldBullets(ctx, item, values) {
  const li = listItemOf(ctx, item);
  const bullets = fieldBullets(ctx.doc, li);
  const edits = [];
  const added = [];
  for (const [name, value] of Object.entries(values)) {
    const found = bullets.find((b) => b.name.toLowerCase() === name.toLowerCase());
    if (found) {
      if (found.value !== value)
        edits.push({ start: found.valueStart, end: found.valueEnd, text: value });
      continue;
    }
    const upper = bullets.length > 0 && bullets.every((b) => /^[A-Z]/.test(b.name));
    const label = upper ? name[0].toUpperCase() + name.slice(1) : name;
    added.push(`${label}: ${value}`);
  }
  if (!added.length) return edits;
  const line = itemLine(ctx.doc, li);
  const lastField = [...bullets].reverse().find((b) => !/^(?:acceptance|ac\b|definition of done)/i.test(b.name));
  if (lastField) {
    const fl = itemLine(ctx.doc, lastField.li);
    const text = added.map((a) => `${fl.prefix}${fl.marker} ${a}
`).join("");
    edits.push(insertLinesAfter(ctx.doc, lastField.li.position.end.line, text));
    return edits;
  }
  const nested = li.children.find((c) => c.type === "list");
  const first = nested?.children[0];
  if (first) {
    const fl = itemLine(ctx.doc, first);
    const at = ctx.doc.lineStart(fl.line);
    edits.push({
      start: at,
      end: at,
      text: added.map((a) => `${fl.prefix}${fl.marker} ${a}
`).join("")
    });
    return edits;
  }
  const indent = line.prefix.replace(/[^\t>]/g, " ") + " ".repeat(line.afterMarker - line.markerStart);
  const end = ctx.doc.lineEnd(li.position.end.line);
  edits.push({ start: end, end, text: added.map((a) => `
${indent}- ${a}`).join("") });
  return edits;
}

// kanban/edit/move.ts
function boardSeparator(ctx) {
  const counts2 = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  for (const item of ctx.board.items) {
    if (item.parent) continue;
    const li = ctx.doc.listItemAt(item.position.line, item.position.column);
    if (!li) continue;
    const list = listOf(ctx, li);
    if (seen.has(list) || list.children.length < 2) continue;
    seen.add(list);
    const sep2 = runSeparator(ctx.doc, listUnits(list), "");
    counts2.set(sep2, (counts2.get(sep2) ?? 0) + 1);
  }
  let best = "";
  let n = 0;
  for (const [sep2, c] of counts2) if (c > n) [best, n] = [sep2, c];
  return best;
}
function itemsHugHeadings(ctx) {
  let hug = 0;
  let apart = 0;
  for (const group of ctx.board.groups) {
    const first = topItems(ctx, group.id)[0];
    if (!first) continue;
    if (groupContentEnd(ctx, group) >= first.position.line && first.position.line === group.position.line + 1)
      hug++;
    else if (first.position.line === group.position.line + 2 && ctx.doc.isBlank(group.position.line + 1))
      apart++;
  }
  return hug > apart;
}
function groupContentEnd(ctx, group) {
  const nodes = ctx.doc.tree.children;
  const i = nodes.findIndex((n) => n.position?.start.line === group.position.line);
  if (i === -1) return group.position.endLine;
  let last = nodes[i].position.end.line;
  for (let j = i + 1; j < nodes.length && nodes[j].type !== "heading"; j++)
    last = nodes[j].position.end.line;
  return last;
}
function listSlot(ctx, group, placement, moving, only = () => true) {
  const siblings = (group ? topItems(ctx, group.id) : []).filter(
    (i) => only(i) && (!moving || i.position.line !== moving.position.start.line)
  );
  const anchor = placement.before ?? placement.after ?? siblings[siblings.length - 1];
  if (!anchor) {
    if (!group) throw new EditError("invalid", "Say where the new item goes: --to or --after.");
    const afterLine = groupContentEnd(ctx, group);
    const tight = afterLine === group.position.line && itemsHugHeadings(ctx);
    return { afterLine, tight, separator: "", prefix: "" };
  }
  const li = listItemOf(ctx, anchor);
  const list = listOf(ctx, li);
  if (moving && list.children.includes(moving))
    throw new EditError(
      "unsupported",
      `${ctx.board.path}:${anchor.position.line}: reordering items within one list is not supported; move the item to another group.`
    );
  const run = listUnits(list);
  const at = list.children.indexOf(li);
  const line = itemLine(ctx.doc, li);
  return {
    run,
    index: placement.before ? at : placement.after ? at + 1 : run.length,
    separator: runSeparator(ctx.doc, run, boardSeparator(ctx)),
    prefix: line.prefix,
    marker: line.marker
  };
}
function insert(ctx, slot, block) {
  if (slot.run) return insertInRun(ctx.doc, slot.run, slot.index, block, slot.separator);
  return insertAfterLine(ctx.doc, slot.afterLine, block, slot.tight);
}
function relocateListItem(ctx, item, group, placement, shape) {
  const li = listItemOf(ctx, item);
  const list = listOf(ctx, li);
  const slot = listSlot(ctx, group, placement, li);
  const line = itemLine(ctx.doc, li);
  const first = li.position.start.line;
  const start = ctx.doc.lineStart(first);
  const firstText = shapeMarker(ctx.doc.lineText(first), line, start, slot.marker);
  const rest = ctx.doc.linesText(first, li.position.end.line).slice(ctx.doc.lineText(first).length);
  let block = shape(line, firstText) + rest;
  block = reindent(block, line.prefix, slot.prefix);
  const removal = removeUnit(ctx.doc, listUnits(list), list.children.indexOf(li));
  return [removal, insert(ctx, slot, block)];
}
function shapeMarker(text, line, lineStart, marker) {
  if (!marker || marker === line.marker || /\d/.test(marker + line.marker)) return text;
  const at = line.markerStart - lineStart;
  return text.slice(0, at) + marker + text.slice(at + line.marker.length);
}
function insertListItem(ctx, group, placement, lines, only) {
  const slot = listSlot(ctx, group, placement, void 0, only);
  const marker = slot.marker ?? firstMarker(ctx);
  return insert(ctx, slot, reindent(lines(marker), "", slot.prefix));
}
function firstMarker(ctx) {
  const first = ctx.board.items.find((i) => !i.parent);
  const li = first && ctx.doc.listItemAt(first.position.line, first.position.column);
  return li ? itemLine(ctx.doc, li).marker : "-";
}
function headingRun(ctx, group, exclude) {
  const items = topItems(ctx, group.id, exclude).filter((i) => ctx.doc.headingAt(i.position.line));
  return { items, run: items.map((i) => ({ start: i.position.line, end: i.position.endLine })) };
}
function relocateHeadingItem(ctx, item, group, placement, shape) {
  const source = ctx.board.groups.find((g) => g.id === item.group);
  if (!source) throw new EditError("unsupported", `${item.id} is in no group.`);
  const from = headingRun(ctx, source);
  const index = from.items.indexOf(item);
  const removal = removeUnit(ctx.doc, from.run, index);
  const block = shape(ctx.doc.linesText(item.position.line, item.position.endLine));
  return [removal, insertHeadingBlock(ctx, group, placement, block, item)];
}
function insertHeadingBlock(ctx, group, placement, block, moving) {
  const to = headingRun(ctx, group, moving);
  const anchor = placement.before ?? placement.after;
  if (to.run.length === 0) return insertAfterLine(ctx.doc, groupContentEnd(ctx, group), block);
  let index = to.run.length;
  if (anchor) index = to.items.indexOf(anchor) + (placement.after ? 1 : 0);
  const sep2 = runSeparator(ctx.doc, to.run, "\n");
  return insertInRun(ctx.doc, to.run, index, block, sep2);
}

// kanban/edit/resolve.ts
function findItem(board, id) {
  let found = board.items.filter((i) => i.id === id);
  if (found.length === 0)
    found = board.items.filter((i) => i.id.toLowerCase() === id.toLowerCase());
  if (found.length === 1) return found[0];
  if (found.length > 1)
    throw new EditError(
      "ambiguous",
      `${board.path}: ${found.length} items have the id ${id} (lines ${found.map((i) => i.position.line).join(" and ")}); make the ids unique before editing ${id}.`
    );
  throw new EditError("not-found", `${board.path}: no item ${id}.${suggest(board, id)}`);
}
function suggest(board, id) {
  const stem = id.toLowerCase().replace(/\d+$/, "");
  const near = board.items.filter((i) => !i.generatedId && stem && i.id.toLowerCase().startsWith(stem)).slice(0, 5).map((i) => i.id);
  return near.length ? ` Ids like it: ${near.join(", ")}.` : "";
}
function statusNamed(word, mapper) {
  const key2 = word.trim().toLowerCase().replace(/[\s_]+/g, "-");
  if (STATUSES.includes(key2)) return key2;
  if (key2 === "todo" || key2 === "to-do") return "ready";
  return mapper.map(word);
}
function norm(text) {
  return text.toLowerCase().replace(/\s*[([]\s*(?:wip|limit|max)?\s*:?\s*\d+\s*[)\]]\s*$/, "").replace(/\s+/g, " ").trim();
}
function key(text) {
  return text.replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}
function ancestors(board, group) {
  const out = [];
  for (let g = group; g?.parent; ) {
    g = board.groups.find((x) => x.id === g.parent);
    if (g) out.push(g);
  }
  return out;
}
function groupsNamed(board, name, item) {
  const n = norm(name);
  const k = key(n);
  const matches2 = board.groups.filter(
    (g) => g.id.toLowerCase() === n || g.number?.toLowerCase() === n || norm(g.title) === n || k !== "" && [g.title, `${g.number ?? ""} ${g.title}`, `${g.kind} ${g.number ?? ""} ${g.title}`].some(
      (t) => key(norm(t)) === k
    )
  );
  if (!item || matches2.length < 2) return matches2;
  const own = board.groups.find((g) => g.id === item.group);
  const near = new Set([own, ...ancestors(board, own)].filter(Boolean).map((g) => g.id));
  const score = (g) => g.parent && near.has(g.parent) ? 0 : near.has(g.id) ? 0 : 1;
  return [...matches2].sort((a, b) => score(a) - score(b));
}
function columnFor(board, item, status) {
  const own = board.groups.find((g) => g.id === item.group);
  const columns = board.groups.filter((g) => g.kind === "column");
  const section = own?.kind === "column" ? own.parent : own?.id;
  return columns.find((g) => g.parent === section && g.status === status) ?? (section === void 0 ? void 0 : columns.find((g) => !g.parent && g.status === status));
}
function describeTargets(board, item) {
  const own = board.groups.find((g) => g.id === item.group);
  const section = own?.kind === "column" ? own.parent : void 0;
  const columns = board.groups.filter((g) => g.kind === "column" && g.parent === section);
  const names = columns.length ? columns.map((g) => g.title) : [...STATUSES];
  return names.join(", ");
}

// kanban/edit/dialects/columns.ts
function targetColumn(ctx, item, status) {
  const column = columnFor(ctx.board, item, status);
  if (!column)
    throw new EditError(
      "unsupported",
      `${ctx.board.path}:${item.position.line}: no column says "${status}" next to ${item.id}; its columns are ${describeTargets(ctx.board, item)}.`
    );
  return column;
}
function columnEmoji(ctx, group, exclude) {
  const status = group.status;
  const cards = topItems(ctx, group.id, exclude);
  if (cards.length === 0) return void 0;
  const counts2 = /* @__PURE__ */ new Map();
  for (const card of cards) {
    const e = card.statusEvidence.find(
      (x) => x.source === "emoji" && x.line === card.position.line
    );
    if (e && e.status === status) counts2.set(e.raw, (counts2.get(e.raw) ?? 0) + 1);
  }
  let best;
  let n = 0;
  for (const [raw, c] of counts2) if (c > n) [best, n] = [raw, c];
  return n * 2 > cards.length ? best : void 0;
}
function shapeCard(ctx, line, text, group, emoji) {
  const base = ctx.doc.lineStart(line.line);
  let out = text;
  const content = line.contentStart - base;
  const lead = new RegExp("^(\\p{Extended_Pictographic}[\\uFE0F\\u200D\\p{Extended_Pictographic}]*)[ \\t]*", "u").exec(
    out.slice(content)
  );
  const leadStatus = lead ? ctx.words.statusOf(lead[1]) : void 0;
  if (lead && leadStatus) {
    if (emoji)
      out = out.slice(0, content) + emoji + out.slice(content + lead[1].length);
    else if (leadStatus !== group.status)
      out = out.slice(0, content) + out.slice(content + lead[0].length);
  } else if (emoji) {
    out = `${out.slice(0, content)}${emoji} ${out.slice(content)}`;
  }
  const boxes = columnBoxes(ctx, group, line);
  if (!line.box && boxes === true) {
    const mark = group.status === "done" ? doneMark(ctx.doc) : " ";
    return `${out.slice(0, line.afterMarker - base)}[${mark}] ${out.slice(line.afterMarker - base)}`;
  }
  if (line.box && boxes === false) {
    const end = line.contentStart - base;
    return out.slice(0, line.box.start - base) + out.slice(end);
  }
  if (line.box && group.status) {
    const at = line.box.start - base + 1;
    const mark = group.status === "done" ? doneMark(ctx.doc) : " ";
    if (!(mark !== " " && /[xX]/.test(out[at] ?? "")) && !(mark === " " && out[at] === " ") && /[ xX]/.test(out[at] ?? ""))
      out = out.slice(0, at) + mark + out.slice(at + 1);
  }
  return out;
}
function columnBoxes(ctx, group, moving) {
  const cards = topItems(ctx, group.id).filter((i) => i.position.line !== moving.line);
  if (cards.length === 0) return void 0;
  let boxes = 0;
  for (const card of cards) {
    const li = ctx.doc.listItemAt(card.position.line, card.position.column);
    if (li && itemLine(ctx.doc, li).box) boxes++;
  }
  if (boxes === 0) return false;
  return boxes * 2 > cards.length ? true : void 0;
}

// kanban/edit/dialects/column-boards.ts
function relocateCard(ctx, item, group, placement = {}) {
  if (group.kind !== "column" && !group.status)
    throw new EditError(
      "unsupported",
      `${group.title} is not a column; move cards between columns.`
    );
  const emoji = columnEmoji(ctx, group, item);
  return relocateListItem(
    ctx,
    item,
    group,
    placement,
    (line, text) => shapeCard(ctx, line, text, group, emoji)
  );
}
function cardsHaveBoxes(ctx, group) {
  let cards = group ? topItems(ctx, group.id) : [];
  if (!cards.length) cards = ctx.board.items.filter((i) => !i.parent);
  let boxes = 0;
  for (const card of cards) {
    const li = ctx.doc.listItemAt(card.position.line, card.position.column);
    if (li && itemLine(ctx.doc, li).box) boxes++;
  }
  return cards.length > 0 && boxes * 2 >= cards.length;
}
function addCard(ctx, request, content) {
  const placement = request.after ? { after: request.after } : {};
  const group = request.group;
  const emoji = group && !request.after?.parent ? columnEmoji(ctx, group) : void 0;
  const beside = request.after && ctx.doc.listItemAt(request.after.position.line, request.after.position.column);
  const boxed = beside ? itemLine(ctx.doc, beside).box !== void 0 : cardsHaveBoxes(ctx, group);
  const box = boxed ? `[${group?.status === "done" && !request.after?.parent ? doneMark(ctx.doc) : " "}] ` : "";
  return [
    insertListItem(
      ctx,
      group,
      placement,
      (marker) => `${marker} ${box}${emoji ? `${emoji} ` : ""}${content}
`
    )
  ];
}
var MENTION = /(^|\s)@([\p{L}][\p{L}\p{N}._-]*)/gu;
function columnBoardFields(ctx, item, values) {
  const edits = [];
  const rest = {};
  for (const [name, value] of Object.entries(values)) {
    if (!/^(?:assignee|assigned to|owner)$/i.test(name) || /\s/.test(value)) {
      rest[name] = value;
      continue;
    }
    const li = listItemOf(ctx, item);
    const line = itemLine(ctx.doc, li);
    const text = ctx.doc.text.slice(line.contentStart, line.lineEnd);
    const mentions = [...text.matchAll(MENTION)];
    if (mentions.length === 0) {
      const end = line.contentStart + text.trimEnd().length;
      edits.push({ start: end, end, text: ` @${value.replace(/^@/, "")}` });
      continue;
    }
    mentions.forEach((m, n) => {
      const start = line.contentStart + m.index + m[1].length;
      const end = line.contentStart + m.index + m[0].length;
      edits.push(
        n === 0 ? { start, end, text: `@${value.replace(/^@/, "")}` } : { start: start - m[1].length, end, text: "" }
      );
    });
  }
  if (Object.keys(rest).length) edits.push(...writeFieldBullets(ctx, item, rest));
  return edits;
}
var columnBoardEditor = {
  dialect: "column-board",
  columns: true,
  needsId: false,
  setStatus(ctx, item, status, placement) {
    return relocateCard(ctx, item, targetColumn(ctx, item, status), placement);
  },
  relocate: relocateCard,
  add(ctx, request) {
    return addCard(ctx, request, request.id ? `${request.id}: ${request.title}` : request.title);
  },
  tick: tickAcceptance,
  setFields: columnBoardFields
};
var obsidianKanbanEditor = {
  dialect: "obsidian-kanban",
  columns: true,
  needsId: false,
  setStatus(ctx, item, status, placement) {
    return relocateCard(ctx, item, targetColumn(ctx, item, status), placement);
  },
  relocate: relocateCard,
  add(ctx, request) {
    return addCard(ctx, request, request.title);
  },
  tick: tickAcceptance
};
function cardAttributes(ctx, item) {
  for (const node of ctx.doc.tree.children) {
    const p = node.position;
    if (!p || p.start.line <= item.position.line || p.start.line > item.position.endLine) continue;
    if (node.type === "list") return node;
    if (node.type === "heading") return void 0;
  }
  return void 0;
}
function kanbanMdFields(ctx, item, values) {
  if (item.parent)
    throw new EditError(
      "unsupported",
      `${item.id} is a step of ${item.parent}; steps carry no fields.`
    );
  if (!ctx.doc.headingAt(item.position.line)) return writeFieldBullets(ctx, item, values);
  const list = cardAttributes(ctx, item);
  const edits = [];
  const added = [];
  const attrs = list ? listFieldBullets(ctx.doc, list) : [];
  for (const [name, value] of Object.entries(values)) {
    const found = attrs.find((a) => a.name.toLowerCase() === name.toLowerCase());
    if (found) edits.push({ start: found.valueStart, end: found.valueEnd, text: value });
    else added.push(`${name.toLowerCase()}: ${value}`);
  }
  if (added.length) {
    if (!list) {
      const end = ctx.doc.lineEnd(headingOf(ctx, item).position.start.line);
      edits.push({ start: end, end, text: added.map((a) => `
  - ${a}`).join("") });
    } else {
      const simple = list.children.filter(
        (li) => typeof li.checked !== "boolean" && li.position.start.line === li.position.end.line
      );
      const last = simple.at(-1) ?? list.children.at(-1);
      const line = itemLine(ctx.doc, last);
      const text = added.map((a) => `${line.prefix}${line.marker} ${a}
`).join("");
      edits.push(insertLinesAfter(ctx.doc, last.position.end.line, text));
    }
  }
  return edits;
}
var kanbanMdEditor = {
  dialect: "kanban-md",
  columns: true,
  needsId: false,
  setStatus(ctx, item, status, placement) {
    return this.relocate(ctx, item, targetColumn(ctx, item, status), placement);
  },
  relocate(ctx, item, group, placement = {}) {
    if (ctx.doc.headingAt(item.position.line))
      return relocateHeadingItem(ctx, item, group, placement, (text) => text);
    return relocateCard(ctx, item, group, placement);
  },
  add(ctx, request) {
    const group = request.group;
    if (!group) throw new EditError("invalid", "Say which column the card goes to with --to.");
    const cards = topItems(ctx, group.id);
    const pool = cards.length ? cards : ctx.board.items.filter((i) => !i.parent);
    const sample = pool.find((i) => ctx.doc.headingAt(i.position.line));
    if (!sample)
      return addCard(ctx, request, request.id ? `[${request.id}] ${request.title}` : request.title);
    const hashes = /^#+/.exec(ctx.doc.lineText(sample.position.line))[0];
    const title = request.id ? `[${request.id}] ${request.title}` : request.title;
    const placement = request.after ? { after: request.after } : {};
    return [insertHeadingBlock(ctx, group, placement, `${hashes} ${title}
`)];
  },
  tick: tickAcceptance,
  setFields: kanbanMdFields
};

// kanban/edit/dialects/compact-kanban.ts
var compactKanbanEditor = {
  dialect: "compact-kanban",
  columns: true,
  needsId: true,
  setStatus(ctx, item, status, placement) {
    return this.relocate(ctx, item, targetColumn(ctx, item, status), placement);
  },
  relocate(ctx, item, group, placement = {}) {
    if (group.kind !== "column")
      throw new EditError(
        "unsupported",
        `${group.title} is not a column; move cards between columns.`
      );
    const emoji = columnEmoji(ctx, group, item);
    return relocateListItem(
      ctx,
      item,
      group,
      placement,
      (line, text) => shapeCard(ctx, line, text, group, emoji)
    );
  },
  add(ctx, request) {
    const group = request.group;
    const emoji = group ? columnEmoji(ctx, group) : void 0;
    const kind = request.kind ? `[${request.kind}] ` : "";
    const placement = request.after ? { after: request.after } : {};
    return [
      insertListItem(
        ctx,
        group,
        placement,
        (marker) => `${marker} ${emoji ? `${emoji} ` : ""}${request.id} \u2014 ${kind}${request.title}
`
      )
    ];
  },
  tick: tickAcceptance,
  setFields(ctx, item, values) {
    return annotate(ctx, item, values);
  }
};
function annotate(ctx, item, values) {
  const li = listItemOf(ctx, item);
  const line = itemLine(ctx.doc, li);
  const text = ctx.doc.text.slice(line.contentStart, line.lineEnd);
  const edits = [];
  let append = "";
  for (const [given, value] of Object.entries(values)) {
    const name = given.toLowerCase();
    const re = new RegExp(
      `\\(\\s*${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*:\\s*([^()]*)\\)`,
      "i"
    );
    const m = re.exec(text);
    if (m) {
      const start = line.contentStart + m.index;
      edits.push({ start, end: start + m[0].length, text: `(${name}:${value})` });
    } else append += ` (${name}:${value})`;
  }
  if (append) {
    const end = line.lineEnd - (text.length - text.trimEnd().length);
    edits.push({ start: end, end, text: append });
  }
  return edits;
}

// kanban/edit/words.ts
var DEFAULT_WORD = {
  backlog: "Backlog",
  ready: "Ready",
  "in-progress": "In Progress",
  review: "Review",
  blocked: "Blocked",
  done: "Done",
  cancelled: "Cancelled"
};
var DEFAULT_EMOJI = {
  backlog: "\u23F3",
  ready: "\u23ED",
  "in-progress": "\u{1F504}",
  review: "\u{1F440}",
  blocked: "\u{1F6D1}",
  done: "\u2705",
  cancelled: "\u274C"
};
var EMOJI_START = new RegExp("^\\p{Extended_Pictographic}", "u");
var TRAILER = /\s+(?:\d{4}-\d{2}-\d{2}|\(\s*\d{4}-\d{2}-\d{2}[^)]*\)).*$/;
var StatusWords = class {
  constructor(board, mapper) {
    this.mapper = mapper;
    for (const item of board.items) for (const e of item.statusEvidence) this.note(e.source, e.raw);
    for (const group of board.groups) if (group.rawStatus) this.note("heading", group.rawStatus);
  }
  mapper;
  seen = /* @__PURE__ */ new Map();
  note(source, raw) {
    const text = raw.replace(TRAILER, "").trim();
    if (!text) return;
    let counts2 = this.seen.get(source);
    if (!counts2) this.seen.set(source, counts2 = /* @__PURE__ */ new Map());
    counts2.set(text, (counts2.get(text) ?? 0) + 1);
  }
  /** Raw texts seen for `source`, most frequent first. */
  texts(source) {
    const counts2 = this.seen.get(source);
    if (!counts2) return [];
    return [...counts2.entries()].sort((a, b) => b[1] - a[1]).map(([t]) => t);
  }
  /** True when most texts of `source` start with an emoji. */
  usesEmoji(source) {
    const texts = this.texts(source);
    return texts.length > 0 && texts.filter((t) => EMOJI_START.test(t)).length * 2 >= texts.length;
  }
  /** The text this board writes for `status` at `source`; undefined when nothing reads back right. */
  word(source, status) {
    for (const text of this.texts(source)) if (this.mapper.map(text) === status) return text;
    const texts = this.texts(source);
    const letters2 = texts.join(" ").replace(/[^\p{L}]/gu, "");
    const upper = letters2.length > 0 && letters2 === letters2.toUpperCase();
    const word = upper ? DEFAULT_WORD[status].toUpperCase() : DEFAULT_WORD[status];
    const candidates = source === "emoji" ? [DEFAULT_EMOJI[status]] : this.usesEmoji(source) ? [`${DEFAULT_EMOJI[status]} ${word}`, word] : [word, `${DEFAULT_EMOJI[status]} ${word}`];
    return candidates.find((c) => this.mapper.map(c) === status);
  }
  /** The status a raw text reads as on this board. */
  statusOf(raw) {
    return this.mapper.map(raw);
  }
};

// kanban/edit/dialects/epic-backlog.ts
function labelText(text) {
  const label = text.replace(/\s*\(\d+\)\s*$/, "").replace(/:\s*$/, "").trim();
  if (!label || label.split(/\s+/).length > 3 || /[.!?]$/.test(label)) return void 0;
  return label;
}
function epicLabels(ctx, epic) {
  const nodes = ctx.doc.tree.children;
  const i = nodes.findIndex((n) => n.position?.start.line === epic.position.line);
  const depth = i >= 0 && nodes[i].type === "heading" ? nodes[i].depth : 2;
  const labels = [];
  let end = epic.position.line;
  let current;
  for (let j = i + 1; j < nodes.length; j++) {
    const node = nodes[j];
    if (node.type === "heading" && node.depth <= depth) break;
    if (node.type !== "thematicBreak") end = node.position.end.line;
    if (node.type === "paragraph" || node.type === "heading") {
      const text = labelText(plain(node));
      const status = text ? ctx.mapper.map(text) : void 0;
      current = status && text ? { status, line: node.position.start.line, text } : void 0;
      if (current) labels.push(current);
      continue;
    }
    if (node.type === "list" && current && !current.list) current.list = node;
  }
  return { labels, end };
}
function labelWord(ctx, status) {
  return ctx.words.texts("section").find((t) => ctx.mapper.map(t) === status) ?? DEFAULT_WORD[status];
}
function insertUnderLabel(ctx, epic, status, block, placement, moving) {
  const { labels, end } = epicLabels(ctx, epic);
  const label = labels.find((l) => l.status === status);
  if (!label) {
    const at = ctx.doc.nextLineStart(end);
    const text = `
${labelWord(ctx, status)}
${block}`;
    return at === ctx.doc.text.length && !ctx.doc.endsWithNewline ? { start: at, end: at, text: `
${text.replace(/\n$/, "")}` } : { start: at, end: at, text };
  }
  if (!label.list) return insertAfterLine(ctx.doc, label.line, block, true);
  if (moving && label.list.children.some((li) => li.position.start.line === moving.position.line))
    throw new EditError("unsupported", `${moving.id} is already under ${label.text}.`);
  const run = listUnits(label.list);
  const anchor = placement.before ?? placement.after;
  let index = run.length;
  if (anchor) {
    const at = run.findIndex((u) => u.start === anchor.position.line);
    if (at !== -1) index = placement.before ? at : at + 1;
  }
  return insertInRun(ctx.doc, run, index, block, runSeparator(ctx.doc, run, boardSeparator(ctx)));
}
function epicOf(ctx, item) {
  const epic = ctx.board.groups.find((g) => g.id === item.group);
  if (!epic) throw new EditError("unsupported", `${item.id} belongs to no epic.`);
  return epic;
}
var epicBacklogEditor = {
  dialect: "epic-backlog",
  columns: false,
  needsId: false,
  setStatus(ctx, item, status, placement = {}) {
    if (item.parent)
      throw new EditError(
        "unsupported",
        `${item.id} is nested under ${item.parent}; change the outer item.`
      );
    const li = listItemOf(ctx, item);
    const list = listOf(ctx, li);
    const block = ctx.doc.linesText(li.position.start.line, li.position.end.line);
    const removal = removeUnit(ctx.doc, listUnits(list), list.children.indexOf(li));
    return [removal, insertUnderLabel(ctx, epicOf(ctx, item), status, block, placement, item)];
  },
  add(ctx, request) {
    const epic = request.group ?? (request.after && epicOf(ctx, request.after));
    if (!epic) throw new EditError("invalid", "Say which epic the item goes to with --to.");
    const status = request.after ? request.after.status : request.status ?? "backlog";
    const placement = request.after ? { after: request.after } : {};
    return [insertUnderLabel(ctx, epic, status, `- ${request.title}
`, placement)];
  },
  tick: tickAcceptance,
  setFields: writeFieldBullets
};

// kanban/edit/dialects/milestone-tracker.ts
var STATUS_FIELD2 = /^(?:status|state)$/i;
function isSubtask(ctx, item) {
  return ctx.doc.headingAt(item.position.line) !== void 0;
}
function checkSection(ctx, item, status) {
  const section = item.statusEvidence.find((e) => e.source === "section" && e.status);
  if (section && section.status !== status)
    throw new EditError(
      "unsupported",
      `${ctx.board.path}:${item.position.line}: ${item.id} sits under "${section.raw}" (line ${section.line}), which says ${section.status}; move it out of that section by hand.`
    );
}
function subtaskStatus(ctx, item, status) {
  const heading = headingOf(ctx, item);
  const line = heading.position.start.line;
  const edits = [];
  const word = ctx.words.word("heading", status);
  if (!word)
    throw new EditError(
      "unsupported",
      `${ctx.board.path}: no heading suffix reads as "${status}" here.`
    );
  const raw = item.statusEvidence.find((e) => e.source === "heading" && e.line === line)?.raw;
  const span = raw ? suffixSpan(ctx.doc, line, headingContentStart(ctx.doc, heading), raw) : void 0;
  if (span) edits.push({ start: span.start, end: span.end, text: ` ${word}` });
  else {
    const end = ctx.doc.lineEnd(line);
    const content = ctx.doc.text.slice(ctx.doc.lineStart(line), end);
    const at = end - (content.length - content.trimEnd().length);
    edits.push({ start: at, end: at, text: ` ${word}` });
  }
  for (const para of boldFieldParagraphs(ctx, item)) {
    for (const field of boldFieldSpans(ctx.doc, para)) {
      if (!STATUS_FIELD2.test(field.name) || ctx.words.statusOf(field.value) === status) continue;
      const value = ctx.words.word("field", status);
      if (!value)
        throw new EditError(
          "unsupported",
          `${ctx.board.path}: no Status value reads as "${status}" here.`
        );
      edits.push({ start: field.valueStart, end: field.valueEnd, text: value });
    }
  }
  return edits;
}
var milestoneTrackerEditor = {
  dialect: "milestone-tracker",
  columns: false,
  needsId: false,
  setStatus(ctx, item, status) {
    checkSection(ctx, item, status);
    if (isSubtask(ctx, item)) return subtaskStatus(ctx, item, status);
    return writeListItemStatus(ctx, item, status, { add: "suffix", name: "tasks" });
  },
  add(ctx, request) {
    const placement = request.after ? { after: request.after } : {};
    if (request.after && isSubtask(ctx, request.after))
      throw new EditError(
        "unsupported",
        `${request.after.id} is a subtask heading; add after one of its tasks instead.`
      );
    const box = request.status === "done" ? doneMark(ctx.doc) : " ";
    return [
      insertListItem(
        ctx,
        request.group,
        placement,
        (marker) => `${marker} [${box}] ${request.title}
`,
        (i) => !isSubtask(ctx, i)
      )
    ];
  },
  tick: tickAcceptance,
  setFields(ctx, item, values) {
    if (!isSubtask(ctx, item))
      throw new EditError(
        "unsupported",
        `${item.id} is a task checkbox; only subtasks carry fields here.`
      );
    const paras = boldFieldParagraphs(ctx, item);
    const edits = [];
    let append = "";
    for (const [name, value] of Object.entries(values)) {
      const field = paras.flatMap((p) => boldFieldSpans(ctx.doc, p)).find((f) => f.name.toLowerCase() === name.toLowerCase());
      if (field) edits.push({ start: field.valueStart, end: field.valueEnd, text: value });
      else append += ` **${name[0].toUpperCase()}${name.slice(1)}**: ${value}`;
    }
    if (append) {
      const para = paras[0];
      if (!para) throw new EditError("unsupported", `${item.id} has no field line to add to.`);
      const at = para.position.end.offset;
      edits.push({ start: at, end: at, text: append });
    }
    return edits;
  }
};

// kanban/edit/dialects/checkboxes.ts
function checkboxEditor(spec) {
  return {
    dialect: spec.dialect,
    columns: false,
    needsId: spec.needsId,
    setStatus(ctx, item, status) {
      return writeListItemStatus(ctx, item, status, spec.style);
    },
    relocate(ctx, item, group, placement = {}) {
      return relocateListItem(ctx, item, group, placement, (_line, text) => text);
    },
    add(ctx, request) {
      const placement = request.after ? { after: request.after } : {};
      const shape = siblingShape(ctx, request.group, request.after);
      const status = request.status ?? "backlog";
      const box = shape.box ? `[${status === "done" ? doneMark(ctx.doc) : " "}] ` : "";
      let nested = "";
      if (shape.statusBullet) {
        const word = ctx.words.word("field", status);
        if (word) nested = `${" ".repeat(shape.indent)}- Status: ${word}
`;
      }
      return [
        insertListItem(
          ctx,
          request.group,
          placement,
          (marker) => `${marker} ${box}${spec.content(request)}
${nested}`
        )
      ];
    },
    tick: tickAcceptance,
    ...spec.fieldBullets ? {
      setFields(ctx, item, values) {
        if (spec.fieldBullets === "boxed" && !itemLine(ctx.doc, listItemOf(ctx, item)).box)
          throw new EditError(
            "unsupported",
            `${ctx.board.path}:${item.position.line}: bullets nested under ${item.id} are read as sub-items, not fields; give it a checkbox first.`
          );
        const odd = Object.keys(values).find(
          (k) => spec.fieldNames && !spec.fieldNames.test(k)
        );
        if (odd)
          throw new EditError(
            "unsupported",
            `${ctx.board.path}: ${spec.dialect} items keep only some fields (${spec.fieldNames.source}); "${odd}" would be read as a note.`
          );
        return writeFieldBullets(ctx, item, values);
      }
    } : {}
  };
}
function siblingShape(ctx, group, after) {
  const siblings = after ? [after] : group ? topItems(ctx, group.id) : [];
  const pool = siblings.length ? siblings : ctx.board.items.filter((i) => !i.parent);
  if (pool.length === 0) return { box: true, statusBullet: false, indent: 2 };
  let boxes = 0;
  let bullets = 0;
  let indent = 2;
  for (const item of pool) {
    const li = listItemOf(ctx, item);
    const line = itemLine(ctx.doc, li);
    if (line.box) boxes++;
    const status = statusBullets(ctx, li);
    if (status.length) {
      bullets++;
      indent = itemLine(ctx.doc, status[0].li).prefix.length - line.prefix.length;
    }
  }
  if (!after && group && siblings.length === 0 && pool.length === 0)
    throw new EditError("invalid", `${group.title} holds no items to copy the shape of.`);
  return { box: boxes * 2 >= pool.length, statusBullet: bullets * 2 > pool.length, indent };
}

// kanban/edit/dialects/task-lists.ts
var checklistTrackerEditor = checkboxEditor({
  dialect: "checklist-tracker",
  needsId: true,
  fieldBullets: true,
  style: { add: "field", name: "items without a Status bullet" },
  content: (r) => `**${r.id}**: ${r.title}`
});
var phaseTasksEditor = checkboxEditor({
  dialect: "phase-tasks",
  needsId: true,
  fieldBullets: true,
  fieldNames: /^(?:status|state|priority|prio|assignee|assigned to|owner|dependencies|depends on|blocked by|requires|branch)$/i,
  style: { add: "field", name: "tasks without a Status bullet" },
  content: (r) => `**Task ${r.id}**: ${r.title}`
});
var specKitEditor = checkboxEditor({
  dialect: "spec-kit",
  needsId: true,
  fieldBullets: false,
  style: { add: "none", name: "spec-kit tasks" },
  content: (r) => `${r.id} ${r.title}`
});
var kiroEditor = checkboxEditor({
  dialect: "kiro",
  needsId: true,
  fieldBullets: false,
  style: { add: "none", doingMark: "-", name: "Kiro tasks" },
  content: (r) => r.id?.includes(".") ? `${r.id} ${r.title}` : `${r.id}. ${r.title}`
});
var openspecEditor = checkboxEditor({
  dialect: "openspec",
  needsId: false,
  fieldBullets: true,
  style: { add: "none", name: "OpenSpec tasks" },
  content: (r) => r.id ? `${r.id} ${r.title}` : r.title
});
var roadmapEditor = checkboxEditor({
  dialect: "roadmap",
  needsId: false,
  fieldBullets: "boxed",
  style: { add: "suffix", addUnboxed: "emoji", name: "roadmap items" },
  content: (r) => r.title
});
var genericEditor = checkboxEditor({
  dialect: "generic",
  needsId: false,
  fieldBullets: true,
  style: { add: "field", name: "task-list items" },
  content: (r) => r.title
});

// kanban/edit/dialects/index.ts
var EDITORS = [
  compactKanbanEditor,
  columnBoardEditor,
  obsidianKanbanEditor,
  kanbanMdEditor,
  checklistTrackerEditor,
  phaseTasksEditor,
  epicBacklogEditor,
  milestoneTrackerEditor,
  specKitEditor,
  kiroEditor,
  openspecEditor,
  roadmapEditor,
  genericEditor
];
function editorFor(dialect) {
  return EDITORS.find((e) => e.dialect === dialect);
}
function editableDialects() {
  return EDITORS.map((e) => e.dialect);
}

// kanban/edit/ids.ts
var NUMBERED = /^(.*?)(\d+)$/;
function nextId(board, group, after) {
  const named = board.items.filter((i) => !i.generatedId);
  if (named.length === 0) return void 0;
  const taken = new Set(board.items.map((i) => i.id));
  const local = named.filter((i) => !i.parent && (!group || i.group === group.id));
  const model = after && !after.generatedId ? after : local[local.length - 1];
  let stem;
  let width = 1;
  if (model) {
    const m = NUMBERED.exec(model.id);
    if (m) [stem, width] = [m[1], m[2].length];
  } else if (group?.number) {
    for (const other of board.groups) {
      if (other === group || other.kind !== group.kind || !other.number) continue;
      const first = named.find((i) => i.group === other.id && !i.parent);
      const m = first && NUMBERED.exec(first.id);
      if (!m) continue;
      const at = m[1].lastIndexOf(other.number);
      if (at === -1 || at + other.number.length + 1 !== m[1].length) continue;
      stem = `${m[1].slice(0, at)}${group.number}${m[1].slice(-1)}`;
      width = m[2].length;
      break;
    }
  }
  if (stem === void 0) {
    const last = [...named].reverse().find((i) => !i.parent && NUMBERED.test(i.id));
    const m = last && NUMBERED.exec(last.id);
    if (!m) return void 0;
    [stem, width] = [m[1], m[2].length];
  }
  let max = 0;
  for (const item of named) {
    if (!item.id.startsWith(stem)) continue;
    const rest = item.id.slice(stem.length);
    if (/^\d+$/.test(rest)) max = Math.max(max, Number(rest));
  }
  let n = max + 1;
  let id = `${stem}${String(n).padStart(width, "0")}`;
  while (taken.has(id)) id = `${stem}${String(++n).padStart(width, "0")}`;
  return id;
}

// kanban/edit/verify.ts
function itemFingerprint(item, generated) {
  return JSON.stringify({
    id: item.generatedId ? void 0 : item.id,
    title: item.title,
    kind: item.kind,
    status: item.status,
    rawStatus: item.rawStatus,
    done: item.done,
    group: item.group,
    parent: item.parent === void 0 ? void 0 : generated.has(item.parent) ? "*" : item.parent,
    assignee: item.assignee,
    priority: item.priority,
    // A dependency on an item without an id of its own names it by title (its id is its place).
    dependsOn: item.dependsOn.map((d) => generated.has(d) ? `~${generated.get(d)}` : d),
    files: item.files,
    acceptance: item.acceptance.map((a) => [a.text, a.done]),
    branch: item.branch,
    labels: item.labels,
    description: item.description,
    fields: item.fields,
    evidence: item.statusEvidence.map((e) => [e.source, e.raw, e.status])
  });
}
function groupsFingerprint(board) {
  return JSON.stringify(
    board.groups.map((g) => ({
      ...g,
      position: void 0,
      declaredCount: g.declaredCount && { ...g.declaredCount, line: void 0 }
    }))
  );
}
function metaFingerprint(board) {
  const totals = board.meta.declaredTotals;
  return JSON.stringify({
    ...board.meta,
    declaredTotals: totals && Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, { ...v, line: void 0 }]))
  });
}
function subtree(items, index) {
  const root = items[index];
  const inside2 = /* @__PURE__ */ new Set([root.id]);
  let end = index + 1;
  while (end < items.length && inside2.has(items[end].parent ?? "")) {
    inside2.add(items[end].id);
    end++;
  }
  return [index, end];
}
function verifyChange(before, after, change, found) {
  if (groupsFingerprint(before) !== groupsFingerprint(after))
    return "the board\u2019s groups would read differently";
  if (metaFingerprint(before) !== metaFingerprint(after))
    return "the board\u2019s metadata would read differently";
  const genBefore = generatedIds(before);
  const genAfter = generatedIds(after);
  const fpBefore = before.items.map((i) => itemFingerprint(i, genBefore));
  const fpAfter = after.items.map((i) => itemFingerprint(i, genAfter));
  let others;
  let size;
  let old = [];
  if (change.index === void 0) {
    others = fpBefore;
    size = 1;
  } else {
    const [from, to] = subtree(before.items, change.index);
    others = [...fpBefore.slice(0, from), ...fpBefore.slice(to)];
    size = to - from;
    old = before.items.slice(from, to);
  }
  if (fpAfter.length !== others.length + size)
    return `the board would read ${fpAfter.length} items instead of ${others.length + size}`;
  const prefix = commonPrefix(others, fpAfter);
  const candidates = [];
  for (let k = 0; k <= prefix && k <= others.length; k++) {
    let ok = true;
    for (let j = k; j < others.length; j++)
      if (others[j] !== fpAfter[j + size]) {
        ok = false;
        break;
      }
    if (ok) candidates.push(k);
  }
  if (candidates.length === 0) return "other items would read differently";
  for (const k of candidates) {
    const block = after.items.slice(k, k + size);
    const problem = checkBlock(old, block, change, genBefore, genAfter);
    if (!problem) {
      found?.(block[0], k);
      return void 0;
    }
    if (k === candidates[candidates.length - 1]) return problem;
  }
  return "the item would read differently";
}
function commonPrefix(a, b) {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}
function checkBlock(old, block, change, genBefore, genAfter) {
  const item = block[0];
  const e = change.expect;
  for (const key2 of ["status", "group", "title", "id", "assignee", "priority", "branch"]) {
    if (e[key2] !== void 0 && item[key2] !== e[key2])
      return `${key2} would read "${item[key2] ?? ""}" instead of "${e[key2]}"`;
  }
  if (e.status !== void 0 && item.done !== (e.status === "done"))
    return "done would not follow the status";
  for (const [name, value] of Object.entries(e.fields ?? {})) {
    const key2 = fieldKey(item, name);
    if (key2 === void 0 || item.fields[key2] !== value)
      return `field ${name} would read "${key2 === void 0 ? "" : item.fields[key2]}" instead of "${value}"`;
  }
  const root = old[0];
  if (!root) return void 0;
  const strip = (i, gen, isRoot) => {
    const copy = { ...i };
    if (isRoot) {
      if (e.status !== void 0 || change.relocates) {
        copy.statusEvidence = [];
        copy.status = "backlog";
        copy.done = false;
        delete copy.rawStatus;
        copy.acceptance = i.acceptance.map((a) => ({ ...a, done: false }));
      }
      if (e.fields) copy.fields = { ...i.fields };
      if (e.fields)
        for (const name of Object.keys(e.fields)) {
          const key2 = fieldKey(copy, name);
          if (key2 !== void 0) delete copy.fields[key2];
        }
      if (e.assignee !== void 0) delete copy.assignee;
      if (e.priority !== void 0) delete copy.priority;
      if (e.branch !== void 0) delete copy.branch;
      if (e.acceptance)
        copy.acceptance = i.acceptance.map(
          (a, n) => n === e.acceptance.index ? { ...a, done: false } : a
        );
    }
    if (change.relocates) {
      delete copy.group;
      delete copy.priority;
      copy.labels = [];
    }
    return itemFingerprint(copy, gen);
  };
  for (let n = 0; n < old.length; n++) {
    if (strip(old[n], genBefore, n === 0) !== strip(block[n], genAfter, n === 0))
      return n === 0 ? "the item would change in more ways than asked" : `nested item "${old[n].title}" would change`;
  }
  if (e.acceptance && item.acceptance[e.acceptance.index]?.done !== e.acceptance.done)
    return "the acceptance criterion would not change";
  return void 0;
}
function fieldKey(item, name) {
  return Object.keys(item.fields).find((k) => k.toLowerCase() === name.toLowerCase());
}
function generatedIds(board) {
  return new Map(board.items.filter((i) => i.generatedId).map((i) => [i.id, i.title]));
}

// kanban/edit/plan.ts
function prepare(input) {
  const source = new EditSource(input.path, input.bytes, input.read.limits);
  if (input.expectHash && input.expectHash !== source.hash)
    throw new EditError(
      "conflict",
      `${input.path} changed since it was read; read it again and repeat the edit.`
    );
  const result = readBoardText(source.text, input.path, input.read);
  if (!result.board) {
    const why = result.diagnostics.find((d) => d.fatal)?.message ?? "it holds no board";
    throw new EditError("unusable", `${input.path} cannot be edited: ${why}`);
  }
  const board = result.board;
  const editor = editorFor(board.dialect);
  if (!editor)
    throw new EditError(
      "unsupported",
      `${input.path} is read as ${board.dialect}, which boardwright cannot edit yet.`
    );
  const mapper = result.mapper ?? input.read.mapper ?? new StatusMapper();
  const doc = new EditDoc(source.text, result.tree);
  const ctx = { doc, board, mapper, words: new StatusWords(board, mapper) };
  return { source, board, ctx, editor };
}
function planEdit(input, operation, options = {}) {
  const p = prepare(input);
  const { board, ctx } = p;
  const { edits, change, summary, item, relocated } = editsFor(p, operation);
  if (edits.length === 0)
    return {
      operation,
      patches: [],
      board,
      ...item ? { item } : {},
      summary: `${summary} (already so; nothing to change)`
    };
  const applied = p.source.apply(edits);
  const decoded = decodeMarkdown(applied.bytes, input.path, input.read.limits);
  if (decoded.text !== applied.text)
    throw new EditError(
      "encoding",
      `${input.path}: the new text cannot be stored the way this file stores text (${describe(p.source)}); the file was left unchanged.`
    );
  const after = readBoardText(applied.text, input.path, input.read).board;
  if (!after)
    throw new EditError("verify", `${input.path}: the edited file could not be read back.`);
  if (after.dialect !== board.dialect)
    throw new EditError(
      "verify",
      `${input.path}: after this edit the file would read as ${after.dialect} instead of ${board.dialect}; nothing was written. Set the dialect in the config to edit it anyway.`
    );
  let changed;
  let at = 0;
  const problem = verifyChange(board, after, change, (i, k) => {
    changed = i;
    at = k;
  });
  if (problem)
    throw new EditError(
      "verify",
      `${input.path}: the edit was not made because ${problem}. This is a boardwright bug; please report it with the file.`
    );
  const lines = {
    start: ctx.doc.lineAt(Math.min(...edits.map((e) => e.start))),
    end: ctx.doc.lineAt(Math.max(...edits.map((e) => e.end))),
    newEnd: new EditDoc(applied.text).lineAt(
      applied.text.length - (p.source.text.length - Math.max(...edits.map((e) => e.end)))
    )
  };
  const patch = {
    path: input.path,
    baseHash: p.source.hash,
    before: input.bytes,
    after: applied.bytes,
    span: applied.span,
    lines
  };
  const plan = { operation, patches: [patch], board: after, summary };
  if (changed) plan.item = changed;
  if (options.inverse && item && changed) {
    const [from, to] = subtree(board.items, board.items.indexOf(item));
    const size = to - from;
    const renamed = (old) => {
      const i = board.items.indexOf(old);
      const o = i < from ? i : i - size;
      return (after.items[o < at ? o : o + size] ?? old).id;
    };
    const inverse = inverseOf(operation, board, item, changed, renamed, relocated);
    if (inverse) {
      try {
        const back = planEdit({ ...input, bytes: applied.bytes, expectHash: void 0 }, inverse);
        const restored = back.patches[0]?.after;
        if (restored && Buffer.compare(Buffer.from(restored), Buffer.from(input.bytes)) === 0)
          plan.inverse = inverse;
      } catch {
      }
    }
  }
  return plan;
}
function describe(source) {
  const e = source.encoding;
  return [e.charset, e.bom ? "with BOM" : "", e.mojibake ? "Mac Roman mojibake" : ""].filter(Boolean).join(", ");
}
function editsFor(p, op) {
  const { board, ctx, editor } = p;
  if (op.op === "add") return planAdd(p, op);
  const item = findItem(board, op.id);
  const index = board.items.indexOf(item);
  if (op.op === "tick") {
    const done = op.done ?? true;
    if (!Number.isInteger(op.acceptance) || op.acceptance < 1)
      throw new EditError("invalid", `--acceptance takes a number from 1; got ${op.acceptance}.`);
    return {
      edits: editor.tick(ctx, item, op.acceptance - 1, done),
      change: { index, expect: { acceptance: { index: op.acceptance - 1, done } } },
      summary: `${done ? "Tick" : "Untick"} acceptance criterion ${op.acceptance} of ${item.id}`,
      item
    };
  }
  if (op.op === "set") return planSet(p, item, index, op.values);
  const placement = placementOf(board, op);
  if (op.op === "status") return planStatus(p, item, index, op.status, placement);
  if (item.parent)
    throw new EditError(
      "unsupported",
      `${board.path}:${item.position.line}: ${item.id} is nested under ${item.parent}; move ${item.parent} instead, or give a status.`
    );
  const status = statusNamed(op.to, ctx.mapper);
  const exact = STATUSES.includes(op.to.trim().toLowerCase());
  const group = exact && !editor.columns ? void 0 : groupsNamed(board, op.to, item)[0];
  if (group && (editor.columns || !status || group.kind !== "column")) {
    if (group.id === item.group && !placement.before && !placement.after)
      return {
        edits: [],
        change: { index, expect: {} },
        summary: `${item.id} is in ${group.title}`,
        item
      };
    if (editor.relocate) {
      const expect = { group: group.id };
      if (group.status && editor.columns) expect.status = group.status;
      else {
        const from = board.groups.find((g) => g.id === item.group);
        const column = [from, group].find((g) => g?.kind === "column");
        if (column)
          throw new EditError(
            "unsupported",
            `${board.path}: "${column.title}" is a status heading on this ${board.dialect} board; boardwright moves items between its milestones and sections, and sets status with a status word (e.g. --to ${column.status ?? "done"}).`
          );
        expect.status = item.status;
      }
      return {
        edits: editor.relocate(ctx, item, group, placement),
        change: { index, expect, relocates: true },
        summary: `Move ${item.id} to ${group.title}`,
        item,
        relocated: true
      };
    }
    if (group.status) return planStatus(p, item, index, group.status, placement);
    throw new EditError(
      "unsupported",
      `${board.path}: ${board.dialect} boards cannot move items between groups; give a status instead (${describeTargets(board, item)}).`
    );
  }
  if (status) return planStatus(p, item, index, status, placement);
  throw new EditError(
    "invalid",
    `${board.path}: "${op.to}" names no column, group or status of this board. Try one of: ${describeTargets(board, item)}.`
  );
}
function placementOf(board, op) {
  const out = {};
  if (op.before) out.before = findItem(board, op.before);
  if (op.after) out.after = findItem(board, op.after);
  return out;
}
function planStatus(p, item, index, status, placement) {
  const { board, ctx, editor } = p;
  if (item.status === status && !placement.before && !placement.after)
    return { edits: [], change: { index, expect: {} }, summary: `${item.id} is ${status}`, item };
  const nested = editor.columns && item.parent !== void 0;
  const edits = nested ? writeListItemStatus(ctx, item, status, { add: "none", name: "steps of a card" }) : editor.setStatus(ctx, item, status, placement);
  let relocated = false;
  const expect = { status };
  if (editor.columns && !nested) {
    const column = columnFor(board, item, status);
    if (column && column.id !== item.group) {
      expect.group = column.id;
      relocated = true;
    }
  }
  return {
    edits,
    change: { index, expect, relocates: relocated || editor.columns && !nested },
    summary: `Set ${item.id} to ${status}`,
    item,
    relocated
  };
}
var ROLES = [
  [/^(?:assignee|assignees|assigned(?: to)?|owner|owners)$/i, "assignee"],
  [/^(?:priority|prio)$/i, "priority"],
  [/^branch$/i, "branch"],
  [/^(?:files?|paths?|extend|location|labels?|tags?|status|state)$/i, "fixed"]
];
function planSet(p, item, index, values) {
  const { ctx, editor } = p;
  const rest = { ...values };
  const statusKey = Object.keys(rest).find((k) => /^(?:status|state)$/i.test(k));
  const statusWord = statusKey === void 0 ? void 0 : rest[statusKey];
  if (statusKey !== void 0) delete rest[statusKey];
  const edits = [];
  const expect = {};
  let relocates = false;
  if (statusWord !== void 0) {
    const status = statusNamed(statusWord, ctx.mapper);
    if (!status)
      throw new EditError(
        "invalid",
        `"${statusWord}" is not a status. Use one of: backlog, ready, in-progress, review, blocked, done, cancelled.`
      );
    if (status !== item.status) {
      const planned = planStatus(p, item, index, status, {});
      edits.push(...planned.edits);
      Object.assign(expect, planned.change.expect);
      relocates = planned.change.relocates ?? false;
    }
  }
  if (Object.keys(rest).length) {
    if (!editor.setFields)
      throw new EditError(
        "unsupported",
        `${p.board.path}: ${p.board.dialect} items carry no fields boardwright can write.`
      );
    edits.push(...editor.setFields(ctx, item, rest));
    const fields = {};
    for (const [k, v] of Object.entries(rest)) {
      const role = ROLES.find(([re]) => re.test(k))?.[1];
      if (role === "fixed")
        throw new EditError("unsupported", `set cannot write "${k}" yet; edit the file for that.`);
      if (role) expect[role] = v;
      else fields[k] = v;
    }
    if (Object.keys(fields).length) expect.fields = fields;
  }
  return {
    edits,
    change: { index, expect, relocates },
    summary: `Set ${Object.entries(values).map(([k, v]) => `${k}=${v}`).join(", ")} on ${item.id}`,
    item
  };
}
function planAdd(p, op) {
  const { board, ctx, editor } = p;
  const title = op.title.replace(/\s+/g, " ").trim();
  if (!title) throw new EditError("invalid", "The new item needs a title.");
  const after = op.after ? findItem(board, op.after) : void 0;
  let group;
  let status = op.status;
  if (op.to) {
    const named = groupsNamed(board, op.to, after);
    group = named[0];
    if (!group) {
      status ??= statusNamed(op.to, ctx.mapper);
      const near = after ?? board.items.find((i) => !i.parent);
      if (status && editor.columns && near) group = columnFor(board, near, status);
      if (!group && !status)
        throw new EditError("invalid", `${board.path}: "${op.to}" names no group of this board.`);
    }
  } else if (after) {
    group = board.groups.find((g) => g.id === after.group);
  } else if (editor.columns) {
    group = board.groups.find((g) => g.kind === "column");
  }
  if (!group && !after && !status)
    throw new EditError(
      "invalid",
      `${board.path}: say where the new item goes: --to a group or --after an item.`
    );
  if (group && editor.columns && group.kind !== "column") {
    const section = group;
    const wanted = status ?? "backlog";
    group = board.groups.find(
      (g) => g.parent === section.id && g.kind === "column" && g.status === wanted
    );
    if (!group)
      throw new EditError(
        "invalid",
        `${board.path}: ${section.title} has no column that says "${wanted}".`
      );
  }
  if (group && after && after.group !== group.id)
    throw new EditError(
      "invalid",
      `${board.path}: ${after.id} is not in ${group.title}; give --to or --after, or both naming the same place.`
    );
  if (!after?.parent) status ??= editor.columns && group?.status ? group.status : void 0;
  const id = op.id ?? (editor.needsId || hasIds(board) ? nextId(board, group, after) : void 0);
  if (op.id && board.items.some((i) => i.id === op.id))
    throw new EditError("invalid", `${board.path}: the id ${op.id} is taken.`);
  if (editor.needsId && !id)
    throw new EditError("invalid", `${board.path}: items here need an id; give one with --id.`);
  const edits = editor.add(ctx, {
    title,
    ...group ? { group } : {},
    ...after ? { after } : {},
    ...id ? { id } : {},
    ...op.kind ? { kind: op.kind } : {},
    ...status ? { status } : {}
  });
  const expect = {};
  if (id) expect.id = id;
  const groupId = group?.id ?? after?.group;
  if (groupId) expect.group = groupId;
  if (status) expect.status = status;
  return {
    edits,
    change: { expect },
    summary: `Add ${id ? `${id} ` : ""}"${title}"${group ? ` to ${group.title}` : ""}`
  };
}
function hasIds(board) {
  const top = board.items.filter((i) => !i.parent);
  return top.length > 0 && top.filter((i) => !i.generatedId).length * 2 > top.length;
}
function inverseOf(op, board, before, after, renamed, relocated) {
  if (op.op === "tick")
    return { op: "tick", id: after.id, acceptance: op.acceptance, done: !(op.done ?? true) };
  if (op.op !== "move" && op.op !== "status") return void 0;
  const siblings = board.items.filter(
    (i) => i.group === before.group && i.parent === before.parent
  );
  const at = siblings.indexOf(before);
  const next = siblings[at + 1];
  const prev = siblings[at - 1];
  const place = {};
  if (next) place.before = renamed(next);
  else if (prev) place.after = renamed(prev);
  if (!relocated && after.group === before.group)
    return { op: "status", id: after.id, status: before.status, ...place };
  const group = board.groups.find((g) => g.id === before.group);
  if (!group) return void 0;
  return { op: "move", id: after.id, to: group.id, ...place };
}

// model/board-view.ts
var LABEL = {
  backlog: "Backlog",
  ready: "Ready",
  "in-progress": "In Progress",
  review: "Review",
  blocked: "Blocked",
  done: "Done",
  cancelled: "Cancelled"
};
function sectionColumns(board) {
  const columns = board.groups.filter((g) => g.kind === "column");
  if (columns.length === 0)
    return STATUSES.map((status) => ({
      title: LABEL[status],
      status,
      items: board.items.filter((i) => i.status === status)
    }));
  const byId = new Map(board.groups.map((g) => [g.id, g]));
  const columnOf = (group) => {
    for (let g = group; g; g = g.parent ? byId.get(g.parent) : void 0)
      if (g.kind === "column") return g;
    return void 0;
  };
  const cards = new Map(columns.map((c) => [c.id, []]));
  for (const item of board.items) {
    if (item.parent) continue;
    const column = columnOf(item.group ? byId.get(item.group) : void 0);
    if (column) cards.get(column.id).push(item);
  }
  return columns.map((c) => {
    const view = { title: c.title, items: cards.get(c.id) };
    if (c.status) view.status = c.status;
    const parent = c.parent ? byId.get(c.parent) : void 0;
    if (parent) view.section = parent.number ? `${parent.number}. ${parent.title}` : parent.title;
    return view;
  });
}
function columnMatches(column, name) {
  const norm2 = (s) => s.toLowerCase().replace(/[\s_-]+/g, " ").trim();
  const n = norm2(name);
  return norm2(column.title) === n || column.status !== void 0 && norm2(column.status) === n;
}

// model/next.ts
var CLOSED = /* @__PURE__ */ new Set(["done", "cancelled"]);
var STARTABLE = /* @__PURE__ */ new Set(["ready", "backlog"]);
function priorityRank(priority) {
  if (!priority) return 2;
  const p = priority.toLowerCase();
  const m = /\bp([0-4])\b/.exec(p);
  if (m) return Number(m[1]);
  if (/\b(?:critical|urgent|blocker|highest)\b/.test(p)) return 0;
  if (/\bhigh\b/.test(p)) return 1;
  if (/\b(?:lowest|someday|trivial)\b/.test(p)) return 4;
  if (/\blow\b/.test(p)) return 3;
  return 2;
}
function nextItems(workspace, links) {
  const { graph } = links;
  const openChildren = /* @__PURE__ */ new Set();
  const byKey = /* @__PURE__ */ new Map();
  const idsOf = /* @__PURE__ */ new Map();
  for (const board of workspace.boards) {
    idsOf.set(board, new Map(board.items.map((i) => [i.id, i])));
    for (const item of board.items) {
      byKey.set(itemKey(board, item), { board, item });
      if (item.parent && !CLOSED.has(item.status)) openChildren.add(`${board.id}#${item.parent}`);
    }
  }
  const closedAncestor = (board, item) => {
    const ids = idsOf.get(board);
    for (let p = item.parent ? ids.get(item.parent) : void 0; p; ) {
      if (CLOSED.has(p.status)) return true;
      p = p.parent ? ids.get(p.parent) : void 0;
    }
    return false;
  };
  const waiting = (key2) => {
    const seen = /* @__PURE__ */ new Set();
    const stack = graph.hasNode(key2) ? [...graph.inNeighbors(key2)] : [];
    while (stack.length) {
      const k = stack.pop();
      if (seen.has(k)) continue;
      const node = byKey.get(k);
      if (!node || CLOSED.has(node.item.status)) continue;
      seen.add(k);
      stack.push(...graph.inNeighbors(k));
    }
    return seen.size;
  };
  const out = [];
  for (const board of workspace.boards) {
    const columns = board.groups.some((g) => g.kind === "column");
    for (const item of board.items) {
      if (!STARTABLE.has(item.status)) continue;
      const key2 = itemKey(board, item);
      if (columns ? item.parent !== void 0 : openChildren.has(key2)) continue;
      if (closedAncestor(board, item)) continue;
      const blocked = graph.hasNode(key2) && graph.outNeighbors(key2).some((dep) => {
        const node = byKey.get(dep);
        return node !== void 0 && !CLOSED.has(node.item.status);
      });
      if (blocked) continue;
      out.push({ board, item, unblocks: waiting(key2), priorityRank: priorityRank(item.priority) });
    }
  }
  const order = new Map(workspace.boards.map((b, i) => [b, i]));
  return out.sort(
    (a, b) => (a.item.status === "ready" ? 0 : 1) - (b.item.status === "ready" ? 0 : 1) || a.priorityRank - b.priorityRank || b.unblocks - a.unblocks || (order.get(a.board) ?? 0) - (order.get(b.board) ?? 0) || a.item.position.line - b.item.position.line
  );
}

// generators/manifest.ts
function manifestFiles(workspace) {
  const files = [{ path: "model.json", content: stableJson(workspace) }];
  for (const board of workspace.boards) {
    files.push({
      path: `boards/${board.id}.json`,
      content: stableJson({
        schemaVersion: workspace.schemaVersion,
        board,
        diagnostics: workspace.diagnostics.filter((d) => d.path === board.path)
      })
    });
  }
  return files;
}

// generators/model-yaml.ts
var import_yaml = __toESM(require_dist(), 1);
function modelYaml(workspace) {
  const data = JSON.parse(stableJson(workspace));
  return (0, import_yaml.stringify)(data, {
    version: "1.2",
    lineWidth: 0,
    minContentWidth: 0,
    aliasDuplicateObjects: false,
    indent: 2
  });
}
function modelYamlFiles(workspace) {
  return [{ path: "model.yaml", content: modelYaml(workspace) }];
}

export {
  tally,
  formatText,
  formatJson,
  formatGithub,
  formatDiagnostics,
  dependencySvg,
  inlineSvg,
  SiteTemplateError,
  boardColumns,
  siteFiles,
  TemplateError,
  ANSWERS_FILE,
  bundledTemplateRoot,
  listTemplates,
  loadTemplate,
  answerProblem,
  defaultAnswer,
  initRepository,
  readAnswersFile,
  planRepositoryUpdate,
  applyRepositoryUpdate,
  templates_exports,
  summaryMarkdown,
  summaryFiles,
  SUMMARY_START,
  SUMMARY_END,
  InjectError,
  summaryBlock,
  injectBlock,
  injectFile,
  EditError,
  contentHash,
  applyEdit,
  planDiff,
  groupsNamed,
  editableDialects,
  planEdit,
  sectionColumns,
  columnMatches,
  priorityRank,
  nextItems,
  manifestFiles,
  modelYaml,
  modelYamlFiles
};
