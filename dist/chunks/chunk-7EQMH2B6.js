import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);

// release/preview.ts
function releaseHeadline(plan) {
  const since = plan.previousStable ? `since ${plan.previousStable.name}` : "in the whole history";
  if (!plan.release) {
    return `Nothing to release: no feat, fix, perf or breaking change ${since} (${plan.commits} commit(s)).`;
  }
  const from = plan.previousStable ? `${plan.bump} bump from ${plan.previousStable.name}` : "first release";
  return `${plan.version} (${from}): ${plan.commits} commit(s), ${plan.changes.length} change(s) listed.`;
}
function releasePreview(plan, title = "Release preview") {
  const lines = [`### ${title}`, ""];
  if (!plan.release) {
    lines.push(`Merging this would release nothing. ${releaseHeadline(plan)}`);
    return `${lines.join("\n")}
`;
  }
  lines.push(`Merging this would release **${plan.version}** \u2014 ${releaseHeadline(plan)}`, "");
  lines.push(plan.section.replace(/^(#{2,5}) /gm, "#$1 ").trimEnd());
  return `${lines.join("\n")}
`;
}

export {
  releaseHeadline,
  releasePreview
};
