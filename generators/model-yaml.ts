import { stringify } from 'yaml';
import type { Workspace } from '../model/types.js';
import { stableJson } from './json.js';
import type { OutputFile } from './types.js';

/**
 * The model as YAML 1.2 (the `yaml` package's core schema): the same data as `model.json`,
 * built from the same sorted JSON so that keys come in the same order and `undefined` members are
 * dropped the same way. Strings that would read as another type (`yes`, `1.0`, `null`) are
 * quoted; lines are never folded (`lineWidth: 0`) and shared values are never written as
 * anchors and aliases, so the bytes depend only on the model. Parsing the result gives exactly
 * `JSON.parse(model.json)`.
 */
export function modelYaml(workspace: Workspace): string {
  const data: unknown = JSON.parse(stableJson(workspace));
  return stringify(data, {
    version: '1.2',
    lineWidth: 0,
    minContentWidth: 0,
    aliasDuplicateObjects: false,
    indent: 2,
  });
}

/** The model as an output file, `model.yaml`. */
export function modelYamlFiles(workspace: Workspace): OutputFile[] {
  return [{ path: 'model.yaml', content: modelYaml(workspace) }];
}
