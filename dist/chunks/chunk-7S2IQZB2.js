import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  DEFAULT_DIAGRAMS_OUT,
  EXPORTER_INSTALL_SPECS,
  parseFormats,
  runDiagrams
} from "./chunk-6ITDG7DN.js";
import {
  booleanInput,
  commonInputs,
  getInput,
  info,
  listInput,
  publish
} from "./chunk-3LDJRTKG.js";

// actions/diagrams/run.ts
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
async function run() {
  const common = commonInputs();
  const root = resolve(common.workingDirectory);
  const config = getInput("config");
  const formats = parseFormats(listInput("formats"));
  const user = booleanInput("user", true);
  const out = getInput("out") || DEFAULT_DIAGRAMS_OUT;
  const own = existsSync(resolve(root, out));
  const skip = async (why) => publish(
    { check: "diagrams", title: "Diagrams check", passed: true, skipped: why, diagnostics: [] },
    common
  );
  if (!own && !user) {
    await skip(
      `No committed diagrams in ${out}/: nothing to compare. Run "boardwright diagrams --out ${out}" and commit the files to start checking them.`
    );
    return;
  }
  const diffDir = getInput("diff-dir") || join(process.env.RUNNER_TEMP ?? root, "boardwright-diagram-diffs");
  const browser = getInput("browser");
  const check = () => runDiagrams({
    root,
    paths: listInput("paths"),
    out,
    own,
    formats,
    check: true,
    user,
    diffDir,
    ...browser ? { browser } : {},
    ...config ? { configPath: config } : {}
  });
  let result = await check();
  const missing = result.user?.exporterMissing;
  if (missing && /optional package|is installed: run/.test(missing) && booleanInput("install-exporter", true)) {
    const dir = join(process.env.RUNNER_TEMP ?? root, "boardwright-exporter");
    const npm = spawnSync(
      "npm",
      [
        "install",
        "--no-save",
        "--no-audit",
        "--no-fund",
        "--prefix",
        dir,
        ...EXPORTER_INSTALL_SPECS
      ],
      { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 16 * 1024 * 1024 }
    );
    if (npm.stdout || npm.stderr) info(`${npm.stdout}${npm.stderr}`);
    if (npm.error || npm.status !== 0)
      throw new Error(
        `npm install of the diagram exporter failed (${npm.error?.message ?? `exit ${npm.status}`}); set install-exporter: false and install ${EXPORTER_INSTALL_SPECS.join(" ")} in an earlier step.`
      );
    process.env.BOARDWRIGHT_EXPORTER_DIR = dir;
    result = await check();
  }
  if (!own && !result.unusable && !result.user?.unusable && !result.user?.sources) {
    await skip(
      `No committed diagrams in ${out}/ and no draw.io or Mermaid diagrams with exports: nothing to compare. Run "boardwright diagrams --out ${out}" and commit the files to start checking them.`
    );
    return;
  }
  const drift = result.drift ?? { matched: [], drifted: [], missing: [], extra: [] };
  const fatal = result.loaded.workspace.diagnostics.filter((d) => d.fatal);
  const userReports = result.user?.reports ?? [];
  const diagnostics = result.unusable ? fatal : result.driftDiagnostics;
  const rows = [
    ...drift.drifted.map((f) => [`${result.out}/${f}`, "drifted"]),
    ...drift.missing.map((f) => [`${result.out}/${f}`, "missing"]),
    ...drift.extra.map((f) => [`${result.out}/${f}`, "extra"]),
    ...userReports.filter((r) => r.state !== "in-sync").map((r) => [
      r.export,
      `${r.state}${r.source ? ` (${r.source}${r.page !== void 0 ? ` page ${r.page}` : ""})` : ""}`
    ])
  ];
  const count = (state) => userReports.filter((r) => r.state === state).length;
  const userLine = result.user?.sources ? ` User diagrams: ${result.user.sources} diagram(s), ${userReports.length} export(s), ${count("in-sync")} in sync.` : "";
  await publish(
    {
      check: "diagrams",
      title: "Diagrams check",
      passed: !result.unusable && !result.user?.unusable && diagnostics.length === 0,
      unusable: result.unusable || result.user?.unusable === true,
      diagnostics,
      headline: result.unusable ? "Some boards could not be read, so the diagrams were not compared." : `${drift.matched.length} of ${result.files.length} diagram file(s) in ${result.out}/ match ${result.loaded.workspace.boards.length} board(s) (${formats.join(", ")}).${userLine}`,
      outputs: {
        drifted: drift.drifted.length + count("drifted"),
        missing: drift.missing.length + count("missing"),
        extra: drift.extra.length,
        orphan: count("orphan"),
        files: result.files.length,
        "user-exports": userReports.length,
        "diff-dir": result.user?.diffDir ?? ""
      },
      ...rows.length ? { tables: [{ header: ["File", "Problem"], rows }] } : {}
    },
    common
  );
}

export {
  run
};
