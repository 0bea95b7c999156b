/**
 * Message texts of the OpenSpec checks, in one place. Each says what is wrong and what to do;
 * OpenSpec 1.13 reports the same findings in its own words.
 */
const q = (s: string): string => `"${s}"`;
const names = (list: readonly string[]): string => list.map(q).join(', ');

export const OPENSPEC_MESSAGES = {
  missingPurpose: (empty: boolean) =>
    empty
      ? 'The Purpose section is empty. Say in a sentence or two (50 characters or more) what this capability is for.'
      : 'No "## Purpose" section. Add one saying what this capability is for, then "## Requirements".',
  missingRequirements:
    'No "## Requirements" section. Add one holding "### Requirement: <name>" blocks, each with a "#### Scenario: <name>".',
  noRequirements:
    'The Requirements section has no requirement. Add "### Requirement: <name>" with its text and a "#### Scenario:".',
  noScenario: (name: string, misplaced?: string) =>
    `Requirement ${q(name)} has no scenario with content${misplaced ? `; ${q(misplaced)} is not a level-4 heading` : ''}. Add "#### Scenario: <name>" with its WHEN/THEN steps under it.`,
  requirementLong: (name: string, length: number) =>
    `Requirement ${q(name)} is ${length} characters long; consider splitting it into smaller requirements.`,
  purposePlaceholder:
    'The Purpose is still a placeholder (the sentence "openspec archive" writes, or a TBD/TODO). Replace it in this spec with what the capability is for; a Purpose in a change\'s delta cannot replace it.',
  purposeShort: (length: number, min: number) =>
    `The Purpose is ${length} characters long; OpenSpec's strict mode wants at least ${min}. Say what the capability is for and who relies on it.`,
  noText: (name: string) =>
    `Requirement ${q(name)} has no text under its header. State the behaviour on the next line ("The system SHALL …").`,
  noShall: (name: string, inHeader: boolean) =>
    inHeader
      ? `Requirement ${q(name)} says SHALL or MUST only in its header. Move the normative statement to the line after the header.`
      : `Requirement ${q(name)} says neither SHALL nor MUST; state it normatively ("The system SHALL …"). Text in another language gets this warning too.`,
  deltaInSpec: (header: string) =>
    `A main spec cannot hold the delta header ${q(header)}; it belongs in openspec/changes/<change>/specs/<capability>/spec.md. Merge its requirements into "## Requirements".`,
  outsideRequirements: (header: string) =>
    `${q(header)} is outside the "## Requirements" section, so OpenSpec never reads it. Move it under "## Requirements".`,
  duplicateInSpec: (name: string, first: number) =>
    `Requirement ${q(name)} is declared twice (first on line ${first}). Give each requirement a unique name.`,

  noDeltas:
    'This change has no delta spec. Add specs/<capability>/spec.md with "## ADDED Requirements" (or MODIFIED/REMOVED/RENAMED), or set "skip_specs: true" in .openspec.yaml when no behaviour changes.',
  skipSpecsAccepted:
    'skip_specs is set in .openspec.yaml: this change declares no behaviour change, so it needs no delta spec.',
  skipSpecsConflict:
    'skip_specs is set in .openspec.yaml, yet files exist under specs/. Remove skip_specs or delete the delta specs.',
  skipSpecsInvalid: (why: string) =>
    `skip_specs cannot be honoured because .openspec.yaml is not valid change metadata (${why}). Fix the file.`,
  rootDelta:
    'A delta spec directly in specs/ has no capability, so archive ignores it. Move it to specs/<capability>/spec.md.',
  strayDelta: (file: string, expected: string) =>
    `specs/${file} holds delta sections but only a capability's spec.md is read. Move its requirements into specs/${expected}.`,
  noDeltaSections:
    'No delta sections. Start the file with "## ADDED Requirements" (or MODIFIED/REMOVED/RENAMED), or move notes out of specs/.',
  emptyDeltaSections: (sections: readonly string[]) =>
    `${sections.join(', ')} hold(s) no requirement. Add "### Requirement: <name>" blocks (REMOVED may list "- ### Requirement: <name>" bullets).`,
  strayHeader: (header: string, section: string) =>
    /^requirement:?$/i.test(header)
      ? `"### ${header}" in ${section} has no requirement name and is ignored. Write "### Requirement: <name>".`
      : /^scenario\s*:/i.test(header)
        ? `"### ${header}" in ${section} is ignored: scenarios are level-4 headings ("#### ${header}").`
        : `"### ${header}" in ${section} is not a "### Requirement:" header and is ignored. Write "### Requirement: ${header}" if it is one.`,
  unpairedRename: (side: 'FROM' | 'TO', name: string) =>
    `RENAMED ${side}: ${q(name)} has no matching ${side === 'FROM' ? 'TO' : 'FROM'}: line. Write each rename as a FROM: line directly followed by its TO: line.`,
  orphan: (name: string, section?: string) =>
    `Requirement ${q(name)} is ${section ? `under "## ${section}"` : 'above the first "## " section'}, which is not a delta section, so it is ignored. Move it under "## ADDED Requirements" (or MODIFIED/REMOVED/RENAMED).`,
  duplicate: (op: string, name: string) =>
    `Requirement ${q(name)} appears twice in ${op}. Keep one block per requirement.`,
  duplicateRename: (side: 'FROM' | 'TO', name: string) =>
    `RENAMED has ${q(name)} as ${side} twice. Rename each requirement once.`,
  deltaNoText: (op: string, name: string, inHeader: boolean) =>
    inHeader
      ? `${op} ${q(name)} says SHALL or MUST only in its header. Move the normative statement to the line after the header.`
      : `${op} ${q(name)} has no requirement text. State the behaviour on the line after the header.`,
  deltaNoShall: (op: string, name: string, inHeader: boolean) =>
    inHeader
      ? `${op} ${q(name)} says SHALL or MUST only in its header. Move the normative statement to the line after the header.`
      : `${op} ${q(name)} says neither SHALL nor MUST (text in another language gets this warning too). State it normatively.`,
  deltaNoScenario: (op: string, name: string, emptyHeader: boolean, misplaced?: string) =>
    `${op} ${q(name)} has no scenario${emptyHeader ? ' with content (a "#### Scenario:" header with nothing under it does not count)' : ''}${misplaced ? `; ${q(misplaced)} is not a level-4 heading` : ''}. Add "#### Scenario: <name>" with WHEN/THEN steps.`,
  scenarioLoss: (name: string, missing: readonly string[], kept: number, current: number) =>
    `MODIFIED ${q(name)} drops scenario(s) the current spec has: ${names(missing)} (${kept} here, ${current} in the spec). A MODIFIED block replaces the whole requirement, so copy them in or archive will refuse it.`,
  conflict: (a: string, b: string, name: string) =>
    `Requirement ${q(name)} is both ${a} and ${b} in this delta. Keep it in one section.`,
  modifiedOldName: (to: string) =>
    `MODIFIED names a requirement this delta renames; use its new name ${q(to)}.`,
  renameCollides: (to: string) => `RENAMED TO ${q(to)} is also ADDED. Choose one.`,
  archiveConflict: (why: string) => `Archiving this change would fail: ${why}`,
  unreadableMain: (file: string, code: string) =>
    `${file} cannot be read (${code}) to compare MODIFIED requirements with it; archive reads it too. Fix the file.`,
  nestedChange: (name: string, nested: readonly string[]) =>
    `"${name}" is not a change but a folder around ${nested.map((n) => `openspec/changes/${n}/`).join(', ')}; OpenSpec only sees changes directly under openspec/changes/. Rename each to a flat name (e.g. "${(nested[0] ?? '').split('/').join('-')}").`,
  noCheckboxes:
    'No task here is a checkbox, so OpenSpec counts 0 tasks and sees no work left. Write each task as "- [ ] 1.1 Description".',
  taskGroup: (id: string, group: string, leading: string) =>
    `Task ${id} is under group ${group} but its number points to group ${leading}. Move it or renumber it.`,
  taskDuplicate: (id: string, first: string) =>
    `Task id ${id} is used twice (first ${first}). Renumber one of them.`,
} as const;
