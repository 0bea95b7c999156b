import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  Option
} from "./chunk-7ZRF2GAJ.js";
import {
  columnMatches,
  nextItems,
  sectionColumns
} from "./chunk-753TOZRG.js";
import {
  EditError,
  applyEdit,
  editReadOptions,
  locateBoard,
  planBacklogEdit,
  planDiff,
  planEdit,
  reopenStatus
} from "./chunk-767IUN4B.js";
import "./chunk-RIY2WJ2V.js";
import {
  BACKLOG_MD_DIALECT,
  loadWorkspace
} from "./chunk-77ZPIAPV.js";
import {
  StatusMapper
} from "./chunk-AADV2VBK.js";
import "./chunk-IRPZZ7X4.js";
import "./chunk-J5VXYQXS.js";
import "./chunk-YITZYNG4.js";
import "./chunk-U3WXGQSS.js";
import "./chunk-23KL7PU6.js";
import "./chunk-NLBMK4U6.js";
import {
  readWorkspaceFile
} from "./chunk-URQ42WZF.js";
import {
  formatDiagnostics
} from "./chunk-MSRNZQFV.js";
import {
  SCHEMA_VERSION,
  STATUSES
} from "./chunk-4ALAVELF.js";
import {
  printErr,
  printOut,
  safeLine
} from "./chunk-U4BRR2OX.js";
import "./chunk-VFBDS4U7.js";

// cli/commands/edit.ts
import { resolve } from "node:path";
function load(opts, paths = []) {
  return loadWorkspace({
    root: resolve(opts.cwd ?? "."),
    paths: opts.board ? [opts.board] : paths,
    ...opts.config ? { configPath: opts.config } : {}
  });
}
var BOUNDARY_RULES = /* @__PURE__ */ new Set(["outside-workspace", "link-outside-workspace", "missing-path"]);
function boundaryDiagnostics(loaded) {
  return loaded.workspace.diagnostics.filter((d) => BOUNDARY_RULES.has(d.rule));
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
  const root = resolve(opts.cwd ?? ".");
  try {
    const loaded = load(opts);
    const fatal = loaded.workspace.diagnostics.filter((d) => d.fatal);
    const named = opts.board ? boundaryDiagnostics(loaded).filter((d) => d.fatal) : [];
    if (loaded.config.diagnostics.some((d) => d.fatal) || named.length) {
      printErr(formatDiagnostics("text", fatal));
      process.exitCode = 2;
      return;
    }
    let board;
    try {
      board = locateBoard(loaded.workspace.boards, {
        ...id !== void 0 ? { id } : {},
        ...opts.to ? { to: opts.to } : {},
        ...opts.board ? { named: opts.board } : {}
      });
    } catch (e) {
      const why = boundaryDiagnostics(loaded);
      if (e instanceof EditError && why.length) printErr(formatDiagnostics("text", why));
      throw e;
    }
    const read = editReadOptions(loaded.config, board.path);
    const plan = board.dialect === BACKLOG_MD_DIALECT ? planBacklogEdit(
      {
        board,
        readFile: (path) => readWorkspaceFile(root, path),
        limits: read.limits,
        ...read.mapper ? { mapper: read.mapper } : {}
      },
      build(board)
    ) : planEdit(
      { path: board.path, bytes: readWorkspaceFile(root, board.path), read },
      build(board)
    );
    const changed = plan.patches.length > 0;
    const diff = changed && opts.dryRun ? planDiff(plan) : "";
    if (changed && !opts.dryRun) applyEdit(plan, root);
    const patch = plan.patches[0];
    if (opts.json) {
      printOut(
        `${JSON.stringify(
          {
            schemaVersion: SCHEMA_VERSION,
            command,
            path: patch?.path ?? board.path,
            ...patch && patch.path !== board.path ? { board: board.path } : {},
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
      printOut(changed ? diff : `${safeLine(plan.summary)}.
`);
    } else if (!opts.quiet) {
      const at = patch ? `:${patch.lines.start}` : "";
      printOut(`${safeLine(plan.summary)} \u2014 ${safeLine(patch?.path ?? board.path)}${at}.
`);
    }
    process.exitCode = 0;
  } catch (e) {
    if (e instanceof EditError) {
      printErr(`boardwright ${command}: ${safeLine(e.message)}
`);
      if (opts.json)
        printOut(
          `${JSON.stringify(
            {
              schemaVersion: SCHEMA_VERSION,
              command,
              changed: false,
              written: false,
              error: { code: e.code, message: e.message }
            },
            null,
            2
          )}
`
        );
      process.exitCode = e.code === "unusable" ? 2 : 1;
      return;
    }
    const code = e.code;
    printErr(
      `boardwright ${command}: ${safeLine(code ? `${code}: ${e.message}` : e.message)}
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
function register(program) {
  const global = () => program.opts();
  const guard = (command, f) => {
    try {
      f();
    } catch (e) {
      printErr(`boardwright ${command}: ${safeLine(e.message)}
`);
      process.exitCode = 2;
    }
  };
  common(
    program.command("move").description("move an item to another column or section, or to a status").argument("<id>", "the item, e.g. BSP-012, M1.1.1, T007").requiredOption("-t, --to <target>", "a column or section (title, id or number) or a status").option("--before <id>", "place it before this item of the target").option("--after <id>", "place it after this item of the target")
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
  common(program.command("done").description("mark an item done").argument("<id>", "the item")).addHelpText("after", `${LOSSLESS}
${EXIT_CODES}

Example:
  boardwright done M1.1.1`).action(
    (id, o) => runEdit("done", { ...global(), ...o }, () => ({ op: "status", id, status: "done" }), id)
  );
  common(
    program.command("reopen").description("reopen a done or cancelled item").argument("<id>", "the item").option(
      "-t, --to <status>",
      "the open status to give it (default: backlog, or the first open column, e.g. Todo)"
    )
  ).addHelpText(
    "after",
    `${LOSSLESS}
${EXIT_CODES}

Example:
  boardwright reopen BSP-065 --to in-progress`
  ).action(
    (id, o) => guard("reopen", () => {
      const asked = o.to === void 0 ? void 0 : statusArg(o.to);
      runEdit(
        "reopen",
        { ...global(), ...o },
        (board) => ({ op: "status", id, status: asked ?? reopenStatus(board, id) }),
        id
      );
    })
  );
  common(
    program.command("set").description("write fields on an item: status, assignee, priority or any other name").argument("<id>", "the item").argument("<pairs...>", "key=value pairs")
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
    program.command("add").description("add an item, with the next id in the board\u2019s own scheme").argument("<title>", "the new item\u2019s title").option("-t, --to <target>", "the column, section, milestone or phase it goes to").option("--after <id>", "place it right after this item").option("--id <id>", "the id to give it (default: the next one, e.g. BSP-168, M1.4.4, T032)").option("--kind <kind>", "its type where the board writes one, e.g. Story or Task").addOption(new Option("--status <status>", "its status where the target holds several"))
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
    program.command("tick").description("tick an acceptance criterion of an item").argument("<id>", "the item").requiredOption("-a, --acceptance <n>", "the criterion, counted from 1 in the order written").option("--undo", "untick it instead")
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
  program.command("show").description("print boards in the terminal as columns with counts").argument(
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
  program.command("next").description("list the items to pick up next: unblocked, by priority and what they unblock").argument(
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
  if (fatal.length) printErr(formatDiagnostics("text", fatal));
  const boards = loaded.workspace.boards.map((board) => {
    const columns = sectionColumns(board).filter(
      (c) => !opts.column || columnMatches(c, opts.column)
    );
    return { board, columns };
  });
  const matched = boards.some((b) => b.columns.length > 0);
  if (opts.json) {
    printOut(
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
      printOut(
        "No boards found. Name a board file, or run from the repository root (see boardwright build --help).\n"
      );
    for (const { board, columns } of boards) {
      const done = board.items.filter((i) => i.done).length;
      printOut(
        `${safeLine(board.path)} \u2014 ${safeLine(board.title)}  [${board.dialect}, ${board.items.length} items, ${done} done]
`
      );
      const groups = new Map(board.groups.map((g) => [g.id, g]));
      let section;
      for (const column of columns) {
        if (column.section !== section) {
          section = column.section;
          if (section) printOut(`
  ${safeLine(section)}
`);
        }
        const indent = section ? "    " : "  ";
        printOut(`${indent}${safeLine(column.title)} (${column.items.length})
`);
        for (const item of column.items) {
          const kind = item.kind && board.groups.some((g) => g.kind === "column") ? `[${item.kind[0].toUpperCase()}${item.kind.slice(1)}] ` : "";
          const group = item.group ? groups.get(item.group) : void 0;
          const where = !board.groups.some((g) => g.kind === "column") && group ? `  \xB7 ${group.title}` : "";
          const who = item.assignee ? `  @${item.assignee}` : "";
          printOut(
            `${indent}  ${safeLine(item.id)}  ${safeLine(kind + item.title)}${safeLine(who + where)}
`
          );
        }
      }
      printOut("\n");
    }
  }
  if (loaded.unusable) process.exitCode = 2;
  else process.exitCode = opts.column && !matched ? 1 : 0;
  if (opts.column && !matched && !opts.json)
    printErr(`No column "${safeLine(opts.column)}" on these boards.
`);
}
function next(paths, opts) {
  const loaded = load({ ...opts, board: void 0 }, paths);
  const fatal = loaded.workspace.diagnostics.filter((d) => d.fatal);
  if (fatal.length) printErr(formatDiagnostics("text", fatal));
  const limit = Math.max(0, Number.parseInt(opts.limit, 10) || 0);
  const all = nextItems(loaded.workspace, loaded.links);
  const shown = limit ? all.slice(0, limit) : all;
  const started = loaded.workspace.boards.reduce(
    (n, b) => n + b.items.filter((i) => i.status === "in-progress").length,
    0
  );
  if (opts.json) {
    printOut(
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
    printOut(
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
      printOut(
        `${safeLine(n.item.id)}  ${safeLine(n.item.title)}  (${safeLine(notes.join(" \xB7 "))})  ${safeLine(n.board.path)}:${n.item.position.line}
`
      );
    }
    printOut(`${shown.length} of ${all.length} item(s) ready to start; ${started} in progress.
`);
  }
  process.exitCode = loaded.unusable ? 2 : 0;
}
export {
  register
};
