// A commitlint formatter for the oracle test: one verdict per linted message, in order, with the
// names of the rules that failed at each level.
export default function format(report) {
  return JSON.stringify(
    report.results.map((r) => ({
      valid: r.valid,
      errors: r.errors.map((e) => e.name).sort(),
      warnings: r.warnings.map((w) => w.name).sort(),
    })),
  );
}
