// A configuration in the shape commitlint's documentation shows: constants, a spread and
// RuleConfigSeverity. boardwright reads it without running it; commitlint imports it.
import { RuleConfigSeverity } from '@commitlint/types';

const types = ['feat', 'fix', 'docs', 'chore'];

const Configuration = {
  extends: ['@commitlint/config-conventional'],
  defaultIgnores: false,
  rules: {
    'type-enum': [RuleConfigSeverity.Error, 'always', [...types, 'perf', 'revert']],
    'subject-case': [RuleConfigSeverity.Warning, 'never', ['upper-case', 'pascal-case']],
    'header-max-length': [RuleConfigSeverity.Error, 'always', Infinity],
    'body-leading-blank': [RuleConfigSeverity.Error, 'always'],
    'scope-empty': [RuleConfigSeverity.Disabled],
  },
};

export default Configuration;
