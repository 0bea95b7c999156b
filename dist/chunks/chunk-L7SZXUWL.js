import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  renderSection
} from "./chunk-65W6H4DU.js";
import {
  COMMENT_LIMIT,
  truncateBytes
} from "./chunk-O7GKSGEY.js";
import {
  mdLine,
  mdText
} from "./chunk-RO54TS7C.js";

// release/preview.ts
function releaseHeadline(plan) {
  const since = plan.previousStable ? `since ${plan.previousStable.name}` : "in the whole history";
  if (!plan.release) {
    return `Nothing to release: no feat, fix, perf or breaking change ${since} (${plan.commits} commit(s)).`;
  }
  const from = plan.previousStable ? `${plan.bump} bump from ${plan.previousStable.name}` : "first release";
  return `${plan.version} (${from}): ${plan.commits} commit(s), ${plan.changes.length} change(s) listed.`;
}
function inertSectionInput(input) {
  return {
    ...input,
    changes: input.changes.map((c) => ({
      ...c,
      subject: mdLine(c.subject),
      header: mdLine(c.header),
      ...c.scope === void 0 ? {} : { scope: mdText(c.scope) },
      items: c.items.map(mdText),
      breakingNotes: c.breakingNotes.map(
        (note) => note.split(/\r\n?|\n/).map((line) => mdLine(line)).join("\n")
      ),
      ...c.revert ? { revert: { ...c.revert, header: mdLine(c.revert.header) } } : {}
    }))
  };
}
function releasePreview(plan, title = "Release preview", maxBytes = COMMENT_LIMIT - 1024, more = 'The full section is in the step output "changelog".') {
  const lines = [`### ${mdText(title)}`, ""];
  if (!plan.release) {
    lines.push(`Merging this would release nothing. ${mdText(releaseHeadline(plan))}`);
    return `${lines.join("\n")}
`;
  }
  const section = renderSection(inertSectionInput(plan.input), plan.layout).trimEnd().replace(/^(#{1,4}) /gm, "##$1 ");
  lines.push(
    `Merging this would release **${mdText(plan.version)}** \u2014 ${mdText(releaseHeadline(plan))}`,
    "",
    "The changelog section it would write:",
    "",
    section
  );
  return truncateBytes(`${lines.join("\n")}
`, maxBytes, more);
}

export {
  releaseHeadline,
  releasePreview
};
