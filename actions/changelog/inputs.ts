import * as core from '@actions/core';
import { booleanInput, listInput } from '../runtime/inputs.js';
import type { ReleaseOptions } from '../../release/release.js';
import { LAYOUTS, type Layout } from '../../release/render.js';

/**
 * The release options the version and changelog Actions share, from their inputs: tag-prefix,
 * tag-pattern, paths, prerelease, release-as, bump-minor-pre-major, first-release, layout, file,
 * date, unreleased, remote, repo-url, link-items. `cwd` is the working directory.
 */
export function releaseInputs(cwd: string): ReleaseOptions {
  const prefix = core.getInput('tag-prefix');
  const pattern = core.getInput('tag-pattern');
  const layout = core.getInput('layout') || 'auto';
  if (layout !== 'auto' && !LAYOUTS.includes(layout as Layout)) {
    throw new Error(`Input layout must be auto, ${LAYOUTS.join(' or ')}, not "${layout}".`);
  }
  const options: ReleaseOptions = {
    cwd,
    // An unset tag-prefix (outside the runner, which applies the default) means "v".
    tagPattern:
      pattern || `${process.env['INPUT_TAG-PREFIX'] === undefined ? 'v' : prefix}{version}`,
    layout: layout as Layout | 'auto',
    file: core.getInput('file') || 'CHANGELOG.md',
  };
  const paths = listInput('paths');
  if (paths.length) options.paths = paths;
  const set = <K extends keyof ReleaseOptions>(key: K, value: ReleaseOptions[K] | ''): void => {
    if (value !== '' && value !== undefined) options[key] = value as ReleaseOptions[K];
  };
  set('prerelease', core.getInput('prerelease'));
  set('releaseAs', core.getInput('release-as'));
  set('date', core.getInput('date'));
  set('remote', core.getInput('remote'));
  set('repoUrl', core.getInput('repo-url'));
  if (booleanInput('bump-minor-pre-major', false)) options.bumpMinorPreMajor = true;
  if (booleanInput('first-release', false)) options.firstRelease = true;
  if (booleanInput('unreleased', false)) options.unreleased = true;
  if (booleanInput('link-items', false)) options.linkItems = true;
  return options;
}
