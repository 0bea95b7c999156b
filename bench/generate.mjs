/**
 * Generates a realistic checklist-tracker board of about `targetBytes`: milestones, phases, bold-id
 * tasks with Status/Assignee/Dependencies/Files fields and acceptance criteria. Deterministic.
 */
export function generateBoard(targetBytes) {
  const roles = ['Backend Engineer', 'Frontend Engineer', 'QA Engineer', 'DevOps Engineer'];
  const statuses = ['✅ Done', '⏳ Backlog', '🔄 In Progress', '🚧 Blocked'];
  const out = ['# Generated Tasks', '', '**Version:** 1.0.0', '**Last Updated:** 2026-01-01', ''];
  let size = out.join('\n').length;
  let m = 0;
  while (size < targetBytes) {
    const block = [`## M${m}: Milestone ${m}`, ''];
    for (let p = 1; p <= 4; p++) {
      block.push(`### Phase ${m}.${p}: Phase ${p} of milestone ${m}`, '');
      for (let t = 1; t <= 6; t++) {
        const id = `M${m}.${p}.${t}`;
        const s = (m + p + t) % statuses.length;
        block.push(
          `- [${s === 0 ? 'x' : ' '}] **${id}**: Implement part ${t} of phase ${p} with a reasonably long title`,
          `  - Status: ${statuses[s]}`,
          `  - Assignee: ${roles[(m + t) % roles.length]}`,
          `  - Dependencies: ${t > 1 ? `M${m}.${p}.${t - 1}` : 'None'}`,
          `  - Files: \`src/m${m}/p${p}/task_${t}.ts\``,
          '  - Acceptance Criteria:',
          `    - [${s === 0 ? 'x' : ' '}] Handles the normal case described in the spec`,
          `    - [${s === 0 ? 'x' : ' '}] Reports errors with file and line`,
          '',
        );
      }
    }
    const text = block.join('\n');
    out.push(text);
    size += text.length + 1;
    m++;
  }
  return out.join('\n');
}
